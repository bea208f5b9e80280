"""``wendu-feedback [api|worker|all]``: run the feedback service in a role."""

from __future__ import annotations

import asyncio

from wendu.core.runtime import parse_role, run_service
from wendu.feedback.bootstrap import bootstrap
from wendu.feedback.config import load_settings


def main() -> None:
    asyncio.run(run_service(load_settings(), parse_role(description="Wendu feedback service"), bootstrap))


if __name__ == "__main__":
    main()
