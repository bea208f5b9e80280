"""``wendu-scoring [api|worker|all]``: run the scoring service in one role."""

from __future__ import annotations

import asyncio

from wendu.core.runtime import parse_role, run_service
from wendu.scoring.bootstrap import bootstrap
from wendu.scoring.config import load_settings


def main() -> None:
    asyncio.run(run_service(load_settings(), parse_role(description="Wendu scoring service"), bootstrap))


if __name__ == "__main__":
    main()
