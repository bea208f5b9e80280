#!/usr/bin/env bash
# Runs every test layer against the real infrastructure and stops what this run started, even on
# failure. Infrastructure that was already running before the run is reused and left running.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
WORK_DIR="${WENDU_WORK_DIR:-$PWD/.work}"
UV="$WORK_DIR/bin/uv"

infra_was_running() {
  local pid
  for name in kafka ferretdb; do
    pid=$(cat "$WORK_DIR/pids/$name.pid" 2>/dev/null) || return 1
    kill -0 "$pid" 2>/dev/null || return 1
  done
}

started_infra=0
if ! infra_was_running; then started_infra=1; fi

cleanup() {
  "$UV" run --frozen --no-sync wendu stack down >/dev/null 2>&1 || true
  # The browser tests' platform (services + gateway), should their own teardown not have run.
  "$UV" run --frozen --no-sync python clients/web/tools/e2e_platform.py down >/dev/null 2>&1 || true
  # The fault tests tear down their own stack and Kafka+FerretDB instance; this covers a killed run,
  # unless another fault-test session holds the instance (tests/faults/harness.py instance_lock).
  mkdir -p "$WORK_DIR/instances"
  # shellcheck disable=SC2016  # $1 expands in the inner shell
  flock -n "$WORK_DIR/instances/faults.lock" bash -c '
    "$1" run --frozen --no-sync python -c "from wendu.cli import stack; stack.stop_stack(\"faults\")"
    set -a; source tests/faults/instance.env; bash infra/down.sh --purge' _ "$UV" >/dev/null 2>&1 || true
  if [ "$started_infra" = 1 ]; then bash infra/down.sh; fi
}
trap cleanup EXIT

bash infra/up.sh
export PATH="$WORK_DIR/bin:$PATH"
# One pytest run per layer, in this order: an end-to-end stack lives for its whole pytest session,
# and its workers would otherwise consume the events integration tests publish. The fault tests
# come last and run on their own Kafka+FerretDB instance (tests/faults/instance.env), which they
# stop and restart; the shared one is never touched.
# The browser tests (clients/web, Playwright + chromium) run after e2e: they start their own stack
# and gateway beside it (ports +2500) and stop them (`make web` built the app and the gateway).
for layer in unit integration e2e web faults; do
  echo "== $layer tests"
  if [ "$layer" = web ]; then
    (cd clients/web && WENDU_UV="$UV" npx playwright test)
    continue
  fi
  "$UV" run --frozen --no-sync pytest "tests/$layer" -q -ra --durations=5 "$@"
done
