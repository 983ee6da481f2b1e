"""claims/checkworthy.py: a score in [0, 1]; checkable statements above questions and bylines.
Loose on purpose: the weights may change, the ordering should not."""
from __future__ import annotations

import pytest

from claims.checkworthy import score
from claims.models import Attribution, Entity

SPEAKER = Attribution(speaker=Entity("putin", "person", "Vladimir Putin"), speaker_ref="named", kind="indirect_quote")
NONE = Attribution()

CHECKABLE = [("Putin said Russia would raise grain exports by 12 percent in March.", SPEAKER),
             ("The central bank raised its rate to 6.5% on Wednesday.", NONE),
             ("रिज़र्व बैंक ने बुधवार को रेपो दर 6.5 प्रतिशत कर दी।", NONE)]
NOT_CHECKABLE = [("Will the talks go ahead?", NONE), ("By Anna Lee", NONE), ("Read more", NONE),
                 ("Also read: the week in pictures", NONE)]


@pytest.mark.parametrize("text, attribution", CHECKABLE + NOT_CHECKABLE)
def test_score_is_in_range(text, attribution):
    assert 0.0 <= score(text, attribution) <= 1.0


def test_checkable_statements_score_above_non_claims():
    low = max(score(t, a) for t, a in NOT_CHECKABLE)
    assert all(score(t, a) > low for t, a in CHECKABLE)
    assert all(score(t, a) >= 0.5 for t, a in CHECKABLE)


def test_a_credited_speaker_raises_the_score():
    text = "Russia would raise grain exports next year, the minister said."
    assert score(text, SPEAKER) > score(text, NONE)
