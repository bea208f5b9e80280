"""``wendu-insights [api|worker|all]``: run the insights service in a role."""

from __future__ import annotations

import asyncio

from wendu.core.runtime import parse_role, run_service
from wendu.insights.bootstrap import make_bootstrap
from wendu.insights.config import load_settings


def main() -> None:
    settings = load_settings()
    asyncio.run(run_service(settings.core, parse_role(description="Wendu insights service"), make_bootstrap(settings)))


if __name__ == "__main__":
    main()
