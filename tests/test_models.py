"""claims/models.py: problems print as one line, claim ids are stable, chains run speaker to outlet."""
from __future__ import annotations

from claims.models import Attribution, Entity, Problem, claim_id_for

PUTIN = Entity("putin", "person", "Vladimir Putin")
TASS = Entity("tass", "outlet", "TASS")
WIRE = Entity("northern-wire", "outlet", "Northern Wire")


def test_a_problem_is_one_line_whatever_the_file_name():
    line = str(Problem("error", "bad\nname\x1b[31m.md", "front matter is not closed"))
    assert line == "Error: bad\\nname\\x1b[31m.md: front matter is not closed"
    assert "\n" not in str(Problem("warning", "a.md", "two\u2028lines"))


def test_claim_ids_are_stable_and_short():
    assert claim_id_for("abc", 0, 10) == claim_id_for("abc", 0, 10) != claim_id_for("abc", 0, 11)
    assert claim_id_for("abc", 0, 10).startswith("c") and len(claim_id_for("abc", 0, 10)) == 12


def test_chain_runs_from_speaker_through_sources_to_the_outlet_once_each():
    assert Attribution(PUTIN, "named", (TASS,)).chain(WIRE) == (PUTIN, TASS, WIRE)
    assert Attribution(None, None, (TASS,)).chain(TASS) == (TASS,)
    assert Attribution().chain(WIRE) == (WIRE,)
