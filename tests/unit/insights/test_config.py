"""Insights' settings and the audit trail's retention fail fast on bad values."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from wendu.core.config import ConfigError
from wendu.insights.config import load_settings

BASE = {"WENDU_AUTH_SECRET": "s" * 32}


def test_defaults_keep_the_audit_trail_190_days_and_need_30_candidates_to_alert():
    settings = load_settings(BASE)

    assert settings.core.audit_retention_days == 190
    assert (settings.monitor.window_days, settings.monitor.min_candidates) == (30, 30)
    assert settings.monitor_app_id == "insights-monitor.wendu"


def test_an_audit_retention_under_six_months_is_refused():
    with pytest.raises(ConfigError, match="WENDU_AUDIT_RETENTION_DAYS"):
        load_settings({**BASE, "WENDU_AUDIT_RETENTION_DAYS": "90"})


@pytest.mark.parametrize("name", ["WENDU_FAIRNESS_MIN_CANDIDATES", "WENDU_FAIRNESS_WINDOW_DAYS"])
def test_a_non_positive_monitor_setting_names_the_variable(name):
    with pytest.raises(ConfigError, match=name):
        load_settings({**BASE, name: "0"})


def test_the_monitor_data_dir_comes_from_the_environment_and_defaults_to_a_temporary_dir():
    assert load_settings({**BASE, "WENDU_INSIGHTS_DATA_DIR": "/var/lib/wendu"}).monitor.data_dir == "/var/lib/wendu"
    default = Path(load_settings(BASE).monitor.data_dir)
    assert default == Path(tempfile.gettempdir()) / "wendu-insights"
    assert default.is_absolute(), "a relative default would land in the working directory again"
