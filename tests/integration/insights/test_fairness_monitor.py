"""The adverse-impact monitor against the real broker: a planted disparity gives the hand-calculated
impact ratio and an adverse flag; an even population gives none; a recompute from the topics' start
equals the live result, also when reports were corrected by a person (a higher revision of the same
interview) and an older revision arrives late."""

from __future__ import annotations

import asyncio

import pytest
from support.insights import Person, Snapshots, running_monitor
from wendu.insights.domain.impact import Dimension

pytestmark = pytest.mark.integration


def planted_disparity() -> list[Person]:
    """40 men (30 score 9.0, 10 score 3.0), 40 women (15 score 9.0, 25 score 3.0), 10 who did not
    say (6.0). Race is balanced: 20 white and 20 asian of each sex.

    By hand: 90 scores, sorted 35 x 3.0, 10 x 6.0, 45 x 9.0; the median is (6.0 + 9.0) / 2 = 7.5.
    Above it: men 30/40 = 0.75, women 15/40 = 0.375: women's impact ratio 0.375 / 0.75 = 0.5 < 0.8.
    White: 15 men + 8 women high = 23/40; asian: 15 + 7 = 22/40: asian's ratio 22/23 = 0.957.
    """
    people = []
    for sex, high in (("male", 30), ("female", 15)):
        highs_white = 15 if sex == "male" else 8
        for i in range(40):
            race = "white" if i < 20 else "asian"
            is_high = (i < highs_white) if race == "white" else (i - 20 < high - highs_white)
            people.append(Person(sex=sex, race=race, score=9.0 if is_high else 3.0, advanced=is_high))
    people.extend(Person(sex=None, race=None, score=6.0, advanced=False) for _ in range(10))
    return people


def even_population() -> list[Person]:
    """40 men and 40 women, each half above and half below: every ratio is 1.0."""
    return [
        Person(sex=sex, race="white" if i % 2 else "asian", score=8.0 if i < 20 else 4.0, advanced=i < 20)
        for sex in ("male", "female")
        for i in range(40)
    ]


def _key(snapshot):
    return (snapshot.tenant_id, snapshot.position_id, snapshot.table.measure.value, snapshot.window_start)


def row(snapshot, dimension: Dimension, category: str):
    return next(c for c in snapshot.table.categories if c.dimension is dimension and c.category == category)


async def test_a_planted_disparity_gives_the_hand_calculated_ratio_and_alerts(infra, publisher, tenant):
    from support.insights import Population

    sink = Snapshots()
    async with running_monitor(infra.kafka_bootstrap, sink, publisher):
        await Population(publisher, tenant, "pos-disparity").publish(planted_disparity())
        scoring = await sink.wait_for(tenant, "scoring", 90, unknown=10)
        selection = await sink.wait_for(tenant, "selection", 90, unknown=10)

    assert scoring.table.median_score == 7.5
    women = row(scoring, Dimension.SEX, "female")
    men = row(scoring, Dimension.SEX, "male")
    assert (men.candidates, men.positives, men.rate, men.impact_ratio) == (40, 30, 0.75, 1.0)
    assert (women.candidates, women.positives, women.rate) == (40, 15, 0.375)
    assert women.impact_ratio == pytest.approx(0.5)
    assert women.adverse and not men.adverse
    asian = row(scoring, Dimension.RACE_ETHNICITY, "asian")
    assert asian.impact_ratio == pytest.approx(22 / 23) and not asian.adverse
    unknown = row(scoring, Dimension.SEX, "unknown")
    assert (unknown.candidates, unknown.positives, unknown.adverse) == (10, 0, False)
    # Intersections: female/asian is 7/20 against male/white (or male/asian) 15/20, but 20 < 30 candidates.
    female_asian = row(scoring, Dimension.INTERSECTION, "female/asian")
    assert female_asian.impact_ratio == pytest.approx(7 / 15) and not female_asian.adverse
    # The decisions follow the scores here: the selection rate shows the same disparity.
    assert row(selection, Dimension.SEX, "female").impact_ratio == pytest.approx(0.5)
    assert {f"{c.dimension.value}:{c.category}" for c in scoring.table.adverse} == {"sex:female"}


async def test_an_even_population_raises_no_alert(infra, publisher, tenant):
    from support.insights import Population

    sink = Snapshots()
    async with running_monitor(infra.kafka_bootstrap, sink, publisher):
        await Population(publisher, tenant, "pos-even").publish(even_population())
        scoring = await sink.wait_for(tenant, "scoring", 80, unknown=0)
        selection = await sink.wait_for(tenant, "selection", 80, unknown=0)

    assert scoring.table.adverse == () and selection.table.adverse == ()
    assert row(scoring, Dimension.SEX, "female").impact_ratio == pytest.approx(1.0)


async def test_a_recompute_from_the_topics_start_equals_the_live_result(infra, publisher, tenant):
    from support.insights import Population

    population = Population(publisher, tenant, "pos-recompute")
    live = Snapshots()
    async with running_monitor(infra.kafka_bootstrap, live, publisher):
        people = planted_disparity()
        published = await population.publish(people[:45])
        await live.wait_for(tenant, "scoring", 45, unknown=0)
        # A change of identity after the outcome is re-stated under the new category.
        published += await population.publish(people[45:])
        await live.wait_for(tenant, "scoring", 90, unknown=10)
        await live.wait_for(tenant, "selection", 90, unknown=10)
        # Five women's reports corrected by a person (9.0 -> 3.0, revision 1), then their first
        # revision redelivered late: each interview counts once, at its latest revision.
        corrected = [
            (candidate, interview)
            for person, candidate, interview in published
            if person.sex == "female" and person.score == 9.0
        ][:5]
        for candidate, interview in corrected:
            await population.report(candidate, 3.0, interview_id=interview, revision=1)
        for candidate, interview in corrected:
            await population.report(candidate, 9.0, interview_id=interview, revision=0)
        # By hand: 40 x 3.0, 10 x 6.0, 40 x 9.0: median 6.0; women above it 10/40 against men 30/40.
        revised = await live.wait_for(
            tenant, "scoring", 90, unknown=10, where=lambda s: row(s, Dimension.SEX, "female").positives == 10
        )
        assert revised.table.median_score == 6.0
        assert row(revised, Dimension.SEX, "female").impact_ratio == pytest.approx(1 / 3)
        await asyncio.sleep(1.0)  # the late revision 0 had its chance to (wrongly) count again
        assert row(live.of(tenant)[_key(revised)], Dimension.SEX, "female").positives == 10

    recomputed = Snapshots()
    async with running_monitor(infra.kafka_bootstrap, recomputed, publisher, from_start=True):
        # From the topics' start: every earlier run's records come first.
        await recomputed.wait_for(tenant, "scoring", 90, unknown=10, timeout=240)
        await recomputed.wait_for(tenant, "selection", 90, unknown=10, timeout=60)

    assert {k: v.table for k, v in recomputed.of(tenant).items()} == {k: v.table for k, v in live.of(tenant).items()}
