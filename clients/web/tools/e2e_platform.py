"""The real platform for the browser tests: Kafka + FerretDB (already up), the five services as
processes, and the gateway serving the built app. Playwright's global setup and teardown call it.

    python clients/web/tools/e2e_platform.py up STATE.json
    python clients/web/tools/e2e_platform.py down

Ports: the services at their usual ports + WENDU_WEB_E2E_PORT_OFFSET (default 2500, beside the
local stack and the Python e2e stack), the gateway at 8080 + the same offset. STATE.json receives
what the tests need: the gateway URL, an admin key of a fresh tenant, and tokens that must be
refused kindly (expired, signed by another platform, malformed).
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import web_gateway
from wendu.cli import stack
from wendu.core import topics
from wendu.core.auth import Role, TokenSigner
from wendu.core.bus import ensure_topics, start_group_at_end

STACK_NAME = "web-e2e"
PORT_OFFSET = int(os.environ.get("WENDU_WEB_E2E_PORT_OFFSET", "2500"))
# A test-only secret, like the Python e2e stack's: tokens minted here are worthless elsewhere.
SECRET = "web-e2e-secret-for-wendu-browser-tests-0123456789"


def _infra_env() -> dict[str, str]:
    kafka_port = os.environ.get("KAFKA_PORT", "9092")
    mongo_port = os.environ.get("MONGO_PORT", "27017")
    return {
        "WENDU_KAFKA_BOOTSTRAP": f"127.0.0.1:{kafka_port}",
        "WENDU_MONGO_URI": f"mongodb://127.0.0.1:{mongo_port}/",
        "WENDU_MONGO_DB": f"wendu_web_e2e_{uuid.uuid4().hex[:6]}",
    }


async def _fresh_consumer_groups(bootstrap: str, prefix: str) -> None:
    await ensure_topics(bootstrap, topics.ALL_TOPICS)
    for service in stack.SERVICES:
        await start_group_at_end(bootstrap, f"{prefix}.{service.name}", topics.ALL_TOPICS)


def up(state_path: Path) -> None:
    # The local broker requires SASL: this tool acts as its admin; the services log in as themselves.
    stack.use_local_kafka_admin()
    infra = _infra_env()
    prefix = f"web-e2e-{uuid.uuid4().hex[:8]}"
    asyncio.run(_fresh_consumer_groups(infra["WENDU_KAFKA_BOOTSTRAP"], prefix))
    asyncio.run(
        stack.start_stack_until_serving(
            stack_name=STACK_NAME,
            port_offset=PORT_OFFSET,
            extra_env={**infra, "WENDU_AUTH_SECRET": SECRET, "WENDU_CONSUMER_GROUP_PREFIX": prefix},
        )
    )
    url = web_gateway.start(STACK_NAME, 8080 + PORT_OFFSET, PORT_OFFSET)
    signer = TokenSigner(SECRET)
    tenant = f"web-{uuid.uuid4().hex[:8]}"
    state = {
        "baseURL": url,
        "adminKey": signer.mint_api_key(tenant, [Role.ADMIN, Role.RECRUITER], subject="web-e2e"),
        "expiredToken": signer.mint_candidate_token(tenant, "iv-expired", "cand-expired", ttl_seconds=-60),
        "foreignToken": TokenSigner("another-platform-secret-0123456789").mint_candidate_token(
            tenant, "iv-foreign", "cand-foreign"
        ),
    }
    state_path.parent.mkdir(parents=True, exist_ok=True)
    state_path.write_text(json.dumps(state, indent=2))
    print(f"web e2e platform up: {url}")


def down() -> None:
    web_gateway.stop(STACK_NAME)
    stack.stop_stack(STACK_NAME)


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "up":
        up(Path(sys.argv[2]))
    elif len(sys.argv) == 2 and sys.argv[1] == "down":
        down()
    else:
        raise SystemExit(__doc__)
