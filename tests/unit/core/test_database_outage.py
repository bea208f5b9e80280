"""The database-outage gate: calls queued behind a failed database call hear UNAVAILABLE at once."""

from wendu.core.interceptors import DatabaseOutage


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_fresh_gate_lets_calls_through() -> None:
    assert not DatabaseOutage(clock=FakeClock()).active()


def test_a_failure_closes_the_gate_for_the_hold_time_only() -> None:
    clock = FakeClock()
    outage = DatabaseOutage(hold_seconds=1.0, clock=clock)
    outage.record_failure()
    assert outage.active()
    clock.now += 0.99
    assert outage.active()
    clock.now += 0.02
    assert not outage.active(), "after the hold the next call probes the database again"


def test_another_failure_re_arms_the_gate() -> None:
    clock = FakeClock()
    outage = DatabaseOutage(hold_seconds=1.0, clock=clock)
    outage.record_failure()
    clock.now += 1.5
    outage.record_failure()
    clock.now += 0.5
    assert outage.active()
