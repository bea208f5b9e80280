"""Process entry point: ``wendu-question-gen [api|worker|all]``."""

from __future__ import annotations

import asyncio

from wendu.core.runtime import parse_role, run_service
from wendu.question_gen.bootstrap import bootstrap
from wendu.question_gen.config import load_settings


def main() -> None:
    asyncio.run(run_service(load_settings(), parse_role(description="Wendu question-gen service"), bootstrap))


if __name__ == "__main__":
    main()
