"""claims/shingles.py: five-word runs, folded, as signed 64-bit hashes."""
from claims.shingles import shingles


def test_case_and_punctuation_do_not_matter():
    assert shingles("The talks ended on Wednesday, officials said.") == shingles("the talks ENDED on wednesday officials said")


def test_one_shingle_per_run_of_five_words():
    assert len(shingles("one two three four five six seven")) == 3
    assert len(shingles("too short")) == 1


def test_hashes_fit_a_signed_bigint():
    assert all(-2**63 <= h < 2**63 for h in shingles("a b c d e f g h i j k l m n o p"))
