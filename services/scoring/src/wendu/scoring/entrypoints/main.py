"""``wendu-scoring [api|worker|all]``: run the scoring service in one role."""

from __future__ import annotations

import asyncio

from wendu.core.runtime import parse_role, run_service
from wendu.scoring.bootstrap import bootstrap
from wendu.scoring.config import load_settings


def main() -> None:
    # The role first, so that --help works without any configuration.
    role = parse_role(description="Wendu scoring service")
    asyncio.run(run_service(load_settings(), role, bootstrap))


if __name__ == "__main__":
    main()
