"""``wendu-training [api|worker|all]``: run the training service in a role."""

from __future__ import annotations

import asyncio

from wendu.core.runtime import parse_role, run_service
from wendu.training.bootstrap import bootstrap
from wendu.training.config import load_settings


def main() -> None:
    asyncio.run(run_service(load_settings(), parse_role(description="Wendu training service"), bootstrap))


if __name__ == "__main__":
    main()
