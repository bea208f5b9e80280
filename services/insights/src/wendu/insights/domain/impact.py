"""LL144 selection and scoring rates, and impact ratios, of one position in one window. Pure.

- A candidate's *categories*: sex, race/ethnicity and their intersection (sex/race); ``unknown``
  where they did not say (declined, withdrew, never answered). Unknowns are counted and reported,
  never compared.
- *Scoring rate* (LL144 § 5-300): the share of a category scored above the median overall score
  of every candidate of the position in the window.
- *Selection rate*: the share of a category the employer advanced.
- *Impact ratio*: a category's rate over the highest rate among the known categories of the same
  dimension. Below four fifths (0.8) it is *adverse* — when the category has at least
  ``min_candidates`` candidates, so a handful of people cannot raise an alarm on their own.
"""

from __future__ import annotations

import enum
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

UNKNOWN = "unknown"
FOUR_FIFTHS = 0.8


class Measure(enum.StrEnum):
    SCORING_RATE = "scoring"
    SELECTION_RATE = "selection"


class Dimension(enum.StrEnum):
    SEX = "sex"
    RACE_ETHNICITY = "race_ethnicity"
    INTERSECTION = "intersection"


@dataclass(frozen=True)
class Identity:
    """What a candidate stated; ``None`` for what they did not."""

    sex: str | None = None
    race_ethnicity: str | None = None

    def category(self, dimension: Dimension) -> str:
        if dimension is Dimension.SEX:
            return self.sex or UNKNOWN
        if dimension is Dimension.RACE_ETHNICITY:
            return self.race_ethnicity or UNKNOWN
        if self.sex is None or self.race_ethnicity is None:
            return UNKNOWN
        return f"{self.sex}/{self.race_ethnicity}"


@dataclass(frozen=True)
class Observation:
    """One candidate's outcome in a window: an overall score (scoring rate) or 1.0/0.0 for
    advanced/rejected (selection rate)."""

    identity: Identity
    value: float


@dataclass(frozen=True)
class CategoryImpact:
    dimension: Dimension
    category: str
    candidates: int
    positives: int
    rate: float
    impact_ratio: float
    adverse: bool


@dataclass(frozen=True)
class ImpactTable:
    measure: Measure
    candidates: int
    # The median overall score the scoring rate is measured against (0.0 for selection).
    median_score: float
    categories: tuple[CategoryImpact, ...]

    @property
    def adverse(self) -> tuple[CategoryImpact, ...]:
        return tuple(c for c in self.categories if c.adverse)


def impact_table(measure: Measure, observations: Sequence[Observation], *, min_candidates: int) -> ImpactTable:
    """The rates and impact ratios of every category of every dimension, in a stable order."""
    if measure is Measure.SCORING_RATE:
        median = statistics.median(o.value for o in observations) if observations else 0.0
        positive = [o.value > median for o in observations]
    else:
        median = 0.0
        positive = [o.value >= 1.0 for o in observations]
    rows: list[CategoryImpact] = []
    for dimension in Dimension:
        rows.extend(_dimension_rows(dimension, observations, positive, min_candidates))
    return ImpactTable(measure=measure, candidates=len(observations), median_score=median, categories=tuple(rows))


def _dimension_rows(
    dimension: Dimension, observations: Sequence[Observation], positive: Sequence[bool], min_candidates: int
) -> Iterable[CategoryImpact]:
    counts: dict[str, list[int]] = {}
    for observation, is_positive in zip(observations, positive, strict=True):
        tally = counts.setdefault(observation.identity.category(dimension), [0, 0])
        tally[0] += 1
        tally[1] += int(is_positive)
    rates = {category: positives / total for category, (total, positives) in counts.items()}
    best = max((rate for category, rate in rates.items() if category != UNKNOWN), default=0.0)
    for category in sorted(counts, key=lambda c: (c == UNKNOWN, c)):
        total, positives = counts[category]
        if category == UNKNOWN:
            ratio = 0.0
        elif best == 0.0:
            # Nobody of any category was selected (or scored above the median): no disparity to measure.
            ratio = 1.0
        else:
            ratio = rates[category] / best
        yield CategoryImpact(
            dimension=dimension,
            category=category,
            candidates=total,
            positives=positives,
            rate=rates[category],
            impact_ratio=ratio,
            adverse=category != UNKNOWN and total >= min_candidates and ratio < FOUR_FIFTHS,
        )
