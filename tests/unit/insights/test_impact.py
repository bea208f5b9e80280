"""LL144 rates and impact ratios, checked against hand calculations."""

from __future__ import annotations

import pytest
from wendu.insights.domain.impact import UNKNOWN, Dimension, Identity, Measure, Observation, impact_table


def people(sex: str | None, race: str | None, values: list[float]) -> list[Observation]:
    return [Observation(Identity(sex, race), v) for v in values]


def row(table, dimension: Dimension, category: str):
    return next(c for c in table.categories if c.dimension is dimension and c.category == category)


def test_scoring_rate_counts_scores_strictly_above_the_median_of_everyone():
    # Scores 1..10: the median is 5.5; men have 6, 7, 8 above (3/5); women 9, 10 (2/5).
    observations = people("male", "white", [1, 2, 6, 7, 8]) + people("female", "white", [3, 4, 5, 9, 10])

    table = impact_table(Measure.SCORING_RATE, observations, min_candidates=1)

    assert table.median_score == 5.5
    women = row(table, Dimension.SEX, "female")
    assert (women.positives, women.rate, women.impact_ratio) == (2, 0.4, pytest.approx(2 / 3))
    assert women.adverse
    assert row(table, Dimension.SEX, "male").impact_ratio == 1.0


def test_selection_rate_counts_the_advanced():
    observations = people("female", "asian", [1, 1, 1, 0]) + people("male", "asian", [1, 0, 0, 0])

    table = impact_table(Measure.SELECTION_RATE, observations, min_candidates=4)

    assert row(table, Dimension.SEX, "male").impact_ratio == pytest.approx(0.25 / 0.75)
    assert row(table, Dimension.SEX, "male").adverse
    assert not row(table, Dimension.SEX, "female").adverse


def test_a_small_group_never_alerts():
    observations = people("female", "white", [1, 0, 0]) + people("male", "white", [1, 1, 1])

    table = impact_table(Measure.SELECTION_RATE, observations, min_candidates=4)

    assert row(table, Dimension.SEX, "female").impact_ratio == pytest.approx(1 / 3)
    assert table.adverse == ()


def test_unknowns_are_counted_but_never_compared():
    observations = people(None, None, [0, 0, 0, 0]) + people("male", None, [1, 1])

    table = impact_table(Measure.SELECTION_RATE, observations, min_candidates=1)

    unknown = row(table, Dimension.SEX, UNKNOWN)
    assert (unknown.candidates, unknown.impact_ratio, unknown.adverse) == (4, 0.0, False)
    # A stated sex with an unstated race is unknown in race and in the intersection.
    assert row(table, Dimension.RACE_ETHNICITY, UNKNOWN).candidates == 6
    assert row(table, Dimension.INTERSECTION, UNKNOWN).candidates == 6
    assert [c.category for c in table.categories if c.dimension is Dimension.SEX] == ["male", UNKNOWN]


def test_intersections_pair_sex_and_race():
    observations = people("female", "black_or_african_american", [1]) + people("male", "white", [1])

    table = impact_table(Measure.SELECTION_RATE, observations, min_candidates=1)

    assert {c.category for c in table.categories if c.dimension is Dimension.INTERSECTION} == {
        "female/black_or_african_american",
        "male/white",
    }


def test_without_any_positive_there_is_no_disparity_to_alert_on():
    table = impact_table(
        Measure.SELECTION_RATE, people("female", "white", [0, 0]) + people("male", "white", [0]), min_candidates=1
    )

    assert all(c.impact_ratio == 1.0 for c in table.categories if c.category != UNKNOWN)
    assert table.adverse == ()


def test_an_empty_window_is_an_empty_table():
    table = impact_table(Measure.SCORING_RATE, [], min_candidates=1)

    assert (table.candidates, table.categories) == (0, ())
