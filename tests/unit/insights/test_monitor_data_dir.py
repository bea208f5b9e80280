"""The faust app's data directory is the configured one, never faust's default in the working
directory (where runs from the repository root left ``insights-monitor.*-data`` directories)."""

from __future__ import annotations

import os
from pathlib import Path

from wendu.insights.config import MonitorSettings
from wendu.insights.entrypoints.monitor import Monitor


class NoDeadLetters:
    """Nothing is consumed here, so nothing is dead-lettered (and no Kafka client is opened)."""

    async def publish_raw(self, *args, **kwargs) -> None:
        raise AssertionError("no record is consumed in this test")


async def test_the_faust_app_keeps_its_data_under_the_configured_dir_one_per_app_id(tmp_path, monkeypatch):
    working_dir = tmp_path / "repo"
    working_dir.mkdir()
    monkeypatch.chdir(working_dir)
    settings = MonitorSettings(data_dir=str(tmp_path / "state"))

    async def ignore(snapshot, newest_ms):
        return None

    apps = [
        Monitor(
            app_id=app_id,
            bootstrap="127.0.0.1:1",
            settings=settings,
            on_snapshot=ignore,
            dead_letters=NoDeadLetters(),  # type: ignore[arg-type]
        ).app
        for app_id in ("insights-monitor.a", "insights-monitor.b")
    ]

    assert [Path(app.conf.datadir) for app in apps] == [
        tmp_path / "state" / "insights-monitor.a-data",
        tmp_path / "state" / "insights-monitor.b-data",
    ]
    # faust resolves its table and app directories under it (and nothing under the working dir).
    assert all(tmp_path / "state" in Path(app.conf.appdir).parents for app in apps)
    assert os.listdir(working_dir) == []
