"""The lifecycle and owner-fencing settings: defaults, overrides from the environment, and a bad value failing fast."""

from __future__ import annotations

from datetime import timedelta

import pytest
from wendu.question_gen.config import load_lifecycle_settings, load_owner_fencing


def test_the_defaults_give_a_day_of_idleness_and_a_two_week_window():
    settings = load_lifecycle_settings({})

    assert settings.idle_abandon_after == timedelta(days=1)
    assert settings.default_window == timedelta(days=14)
    assert settings.sweep_seconds == 60.0


def test_each_setting_is_read_from_the_environment():
    settings = load_lifecycle_settings(
        {
            "WENDU_QUESTION_GEN_IDLE_ABANDON_MINUTES": "90",
            "WENDU_QUESTION_GEN_DEFAULT_WINDOW_DAYS": "3",
            "WENDU_QUESTION_GEN_SWEEP_SECONDS": "5",
        }
    )

    assert settings.idle_abandon_after == timedelta(minutes=90)
    assert settings.default_window == timedelta(days=3)
    assert settings.sweep_seconds == 5.0


@pytest.mark.parametrize("value", ["0", "-1", "soon"])
def test_a_bad_value_fails_fast_naming_the_variable(value):
    with pytest.raises(ValueError, match="WENDU_QUESTION_GEN_IDLE_ABANDON_MINUTES"):
        load_lifecycle_settings({"WENDU_QUESTION_GEN_IDLE_ABANDON_MINUTES": value})


def test_owner_fencing_is_auto_by_default_and_a_bad_value_names_the_variable():
    assert load_owner_fencing({}) is None
    assert load_owner_fencing({"WENDU_QUESTION_GEN_OWNER_FENCING": " On "}) is True
    assert load_owner_fencing({"WENDU_QUESTION_GEN_OWNER_FENCING": "off"}) is False
    with pytest.raises(ValueError, match="WENDU_QUESTION_GEN_OWNER_FENCING"):
        load_owner_fencing({"WENDU_QUESTION_GEN_OWNER_FENCING": "sometimes"})
