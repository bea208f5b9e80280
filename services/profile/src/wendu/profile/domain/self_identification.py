"""Voluntary self-identification: sex and race/ethnicity in NYC Local Law 144's categories, or a decline.

Walled off from everything that judges a candidate: it is not part of :class:`Candidate` or
:class:`Profile`, no read of the candidate returns it, and it leaves the service only on the
``self-identification`` topic, which only the adverse-impact monitor may read (docs/fairness.md).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from wendu.core.errors import InvalidArgument


class Sex(enum.StrEnum):
    MALE = "male"
    FEMALE = "female"


class RaceEthnicity(enum.StrEnum):
    HISPANIC_OR_LATINO = "hispanic_or_latino"
    WHITE = "white"
    BLACK_OR_AFRICAN_AMERICAN = "black_or_african_american"
    NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER = "native_hawaiian_or_pacific_islander"
    ASIAN = "asian"
    NATIVE_AMERICAN_OR_ALASKA_NATIVE = "native_american_or_alaska_native"
    TWO_OR_MORE_RACES = "two_or_more_races"


@dataclass(frozen=True)
class SelfIdentification:
    """What the candidate chose to state; None where they did not say. ``declined``: prefer not to say."""

    sex: Sex | None = None
    race_ethnicity: RaceEthnicity | None = None
    declined: bool = False

    def validated(self) -> SelfIdentification:
        if self.declined:
            if self.sex is not None or self.race_ethnicity is not None:
                raise InvalidArgument("declined", "a decline states no category (leave sex and race_ethnicity unset)")
            return self
        if self.sex is None and self.race_ethnicity is None:
            raise InvalidArgument("sex", "state sex, race_ethnicity or both, or set declined")
        return self


DECLINED = SelfIdentification(declined=True)
