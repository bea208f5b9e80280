"""``wendu-profile [api|worker|all]``: run the profile service in a role until SIGTERM."""

from __future__ import annotations

import asyncio

from wendu.core.runtime import parse_role, run_service
from wendu.profile.bootstrap import bootstrap
from wendu.profile.config import load_settings


def main() -> None:
    role = parse_role(description="Wendu profile service")
    # Settings first: a missing secret or encryption key stops the process before anything starts.
    settings = load_settings(needs_encryption_key=role.serves_api)
    asyncio.run(run_service(settings, role, bootstrap))


if __name__ == "__main__":
    main()
