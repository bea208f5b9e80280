# Wendu — every target is listed by `make help`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := python3.11
WORK_DIR ?= $(CURDIR)/.work
export WENDU_WORK_DIR := $(WORK_DIR)
UV := $(WORK_DIR)/bin/uv
PY := $(UV) run --frozen --no-sync python

PROTO_SRC := $(wildcard protos/wendu/v1/*.proto)
PROTO_OUT := libs/protos/src
PROTO_STAMP := $(PROTO_OUT)/wendu/v1/.generated

.PHONY: help
help: ## List every target with a one-line description
	@grep -hE '^[a-zA-Z0-9_.-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN{FS=":.*?## "}{printf "  \033[36m%-16s\033[0m %s\n", $$1, $$2}'

$(WORK_DIR)/bin/uv:
	@mkdir -p $(WORK_DIR)/bin
	python3 -m pip install --quiet --disable-pip-version-check --target $(WORK_DIR)/uv-pkg uv==0.13.9
	ln -sf $(WORK_DIR)/uv-pkg/bin/uv $@

.PHONY: deps
deps: $(UV) ## Install the Python workspace (one uv.lock) into .venv
	$(UV) sync --frozen --all-packages

.PHONY: proto
proto: deps ## Regenerate Python code and .pyi stubs from protos/ (the result is committed)
	rm -f $(PROTO_OUT)/wendu/v1/*_pb2*.py $(PROTO_OUT)/wendu/v1/*_pb2*.pyi
	$(PY) -m grpc_tools.protoc -Iprotos --python_out=$(PROTO_OUT) --pyi_out=$(PROTO_OUT) \
		--grpc_python_out=$(PROTO_OUT) $(PROTO_SRC)


.PHONY: proto-check
proto-check: proto ## Fail when the committed generated code is stale
	@git diff --exit-code --stat -- $(PROTO_OUT) || { echo "generated code is stale: run 'make proto' and commit"; exit 1; }
	@test -z "$$(git status --porcelain -- $(PROTO_OUT))" || { echo "untracked generated files: run 'make proto' and commit"; exit 1; }

BUF_VERSION := 1.75.0
BUF := $(WORK_DIR)/buf/node_modules/.bin/buf

$(BUF):
	npm install --silent --no-audit --no-fund --prefix $(WORK_DIR)/buf @bufbuild/buf@$(BUF_VERSION)

.PHONY: proto-lint
proto-lint: $(BUF) ## Lint the protos with buf (STANDARD rules; exceptions in protos/buf.yaml)
	$(BUF) lint protos

.PHONY: infra-up
infra-up: ## Fetch/build and start Kafka (KRaft, Maven jars) and FerretDB; wait until both answer
	bash infra/up.sh

.PHONY: kafka-acls
kafka-acls: ## Regenerate infra/kafka/acls.txt (the local broker's topics and ACLs) from wendu.core.kafka_access
	$(UV) run --frozen --no-sync python -m wendu.core.kafka_access > infra/kafka/acls.txt

.PHONY: tls
tls: ## A local CA and certificates for the five services under .work/tls (infra/tls.sh)
	bash infra/tls.sh profile question-gen scoring feedback training

.PHONY: infra-down
infra-down: ## Stop exactly the Kafka and FerretDB processes infra-up started (by pid)
	bash infra/down.sh

.PHONY: tools
tools: ## Install the independent check clients: grpcurl (go install), kcat (apt), promtool (apt deb)
	bash infra/tools.sh
	bash infra/promtool.sh

.PHONY: browser
browser: ## Debian chromium + fonts-noto-cjk (apt) and playwright-core (npm, .work/browser) for the browser tests
	bash infra/browser.sh

.PHONY: report-screenshots
report-screenshots: deps browser ## Refresh docs/img/report-{en,zh}.png from the real renderer
	PYTHONPATH=tests $(UV) run --frozen --no-sync python tests/integration/feedback/test_report_renders_in_chromium.py docs/img

GO ?= $(shell command -v go 2>/dev/null || echo /usr/local/go/bin/go)
# The Go module and build caches live in the work folder, shared by every build of the gateway.
# Go's own module and build caches (~/go/pkg/mod, ~/.cache/go-build), which FerretDB's, helm's and
# grpcurl's builds use too: a clean clone then builds the gateway warm (with caches under .work it
# took ~100 s of every cold CI run).
GO_ENV := GOTOOLCHAIN=local
WEB := clients/web
GATEWAY_BIN := $(WORK_DIR)/bin/wendu-gateway
WEB_PORT ?= 8080

.PHONY: web
web: ## Build the candidate web app (npm ci, buf generate, tsc, vite -> clients/web/dist) and the gateway (Go + Vanguard -> .work/bin/wendu-gateway)
	cd $(WEB) && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --silent --no-audit --no-fund
	cd $(WEB) && npm run --silent generate && npm run --silent build
	$(WEB)/node_modules/.bin/buf build protos -o gateway/wendu.binpb
	cd gateway && $(GO_ENV) $(GO) vet ./... && $(GO_ENV) $(GO) test ./... && $(GO_ENV) $(GO) build -trimpath -o $(GATEWAY_BIN) .

.PHONY: test-web
test-web: web browser ## Browser tests (Playwright + the apt chromium, zh/en, phone/desktop, axe) against a real stack they start and stop (needs infra-up)
	cd $(WEB) && WENDU_UV=$(UV) npx playwright test

.PHONY: web-screenshots
web-screenshots: web browser ## Refresh docs/img/web-*.png: every screen in zh and en, phone and desktop, from the browser tests (needs infra-up)
	cd $(WEB) && WENDU_UV=$(UV) WENDU_SCREENSHOTS_DIR=$(CURDIR)/docs/img npx playwright test --project=en-phone --project=zh-phone --project=en-desktop --project=zh-desktop

.PHONY: bench-web
bench-web: web browser ## Web app bundle size and time to interactive of the first screen on a throttled phone (CDP; needs infra-up) -> benchmarks/results/web.json
	cd $(WEB) && WENDU_UV=$(UV) npx playwright test -c playwright.bench.config.ts

.PHONY: up
up: deps infra-up ## Start all six services locally (one process each; SPLIT=1 for api+worker processes)
	$(UV) run --frozen --no-sync wendu stack up $(if $(SPLIT),--split) $(STACK_UP_FLAGS)

.PHONY: down
down: ## Stop the web gateway and the services, then the infrastructure
	-$(UV) run --frozen --no-sync python $(WEB)/tools/web_gateway.py stop
	-$(UV) run --frozen --no-sync wendu stack down
	bash infra/down.sh

.PHONY: run
# The demo starts the consumers at the topics' end: events the tests or benchmarks left on this
# machine's broker are not the demo's to process (`make up` alone resumes where the stack stopped).
run: STACK_UP_FLAGS = --skip-backlog
run: up web ## Bring up everything, put a scripted candidate through a real interview (en, then zh), serve the web app and print the demo candidate's link
	$(UV) run --frozen --no-sync wendu demo --language en
	$(UV) run --frozen --no-sync wendu demo --language zh
	$(UV) run --frozen --no-sync python $(WEB)/tools/web_gateway.py start --port $(WEB_PORT) > /dev/null
	@echo
	@echo "The platform is still running. The web app is at http://127.0.0.1:$(WEB_PORT)/"
	@echo "The demo candidate's invitation link (open it in a browser, on this machine):"
	@$(UV) run --frozen --no-sync wendu interview new --name 'Demo Candidate' --language en --web http://127.0.0.1:$(WEB_PORT)/
	@echo "Or take an interview in the terminal:"
	@echo "  uv run wendu interview new --name 'Your Name' --language en   # prints the take command"
	@echo "Stop everything with: make down"

.PHONY: test
# The checks that need no infrastructure, run two at a time: the evaluation scripts embed on one core
# each (wendu.core.semantic runs its engine single-threaded), so one after another they left the
# second core idle for most of their ~8 minutes. proto-check rewrites the generated code, so it runs
# before them, never beside anything that imports it.
# Longest first (measured on a clean clone: eval-scoring ~310 s, eval-resumes ~250 s, eval-hints ~200 s,
# chart-check ~50 s, typecheck ~30 s), so the two slots finish together.
CHECKS := eval-scoring eval-resumes eval-hints chart-check typecheck

.PHONY: checks
checks: deps browser ## Type checks, the chart check and the three evaluation sets, two at a time (output kept per target)
	$(MAKE) -j2 --output-sync=target $(CHECKS)

.PHONY: test
test: deps tools browser web lint proto-lint proto-check checks ## Install everything, start the infrastructure, run unit + integration + e2e + browser (web) + fault tests, stop what was started
	bash scripts/test.sh

.PHONY: chart-check
chart-check: ## Helm chart: lint --strict, render minimal/production/KEDA values, validate every manifest offline
	bash deploy/helm/check.sh

.PHONY: test-faults
test-faults: deps ## Fault tests only, on their own Kafka+FerretDB (29092/29093/28017): kill -9, broker/DB restart, poison
	$(UV) run --frozen --no-sync pytest tests/faults -q -ra --durations=5

.PHONY: test-unit
test-unit: deps ## Unit tests only (no infrastructure)
	$(UV) run --frozen --no-sync pytest tests/unit -q

.PHONY: lint
lint: deps ## ruff lint and format check
	$(UV) run --frozen --no-sync ruff check .
	$(UV) run --frozen --no-sync ruff format --check .

.PHONY: typecheck
typecheck: deps ## mypy over the shared package, services and CLI
	$(UV) run --frozen --no-sync mypy libs/core/src clients/cli/src services/*/src

.PHONY: bench
bench: deps infra-up ## Benchmarks (~15 min): local scorer, latency at light load, open-loop steps to the knee, 1/2/4 scoring workers -> table, picture, .work/bench/, benchmarks/results/
	$(UV) run --frozen --no-sync python benchmarks/run_all.py

.PHONY: eval-scoring
eval-scoring: deps ## Score the evaluation set (QWK dev/held-out, ranking, determinism, injection, invariance, throughput); fails below eval/scoring/floors.json
	$(UV) run --frozen --no-sync python benchmarks/eval_scoring.py

.PHONY: eval-hints
eval-hints: deps ## Off-topic detection (precision/recall per language and split, AUC, CPU per answer) and what the candidate is shown (hints, follow-ups) on eval/hints; fails below eval/hints/floors.json
	$(UV) run --frozen --no-sync python benchmarks/eval_hints.py

.PHONY: eval-resumes
eval-resumes: deps browser ## Read the labelled résumés as text, PDF and DOCX (signal precision/recall, employers, project titles; dev/held-out); fails below eval/resumes/floors.json
	$(UV) run --frozen --no-sync python benchmarks/eval_resumes.py

.PHONY: bench-load
bench-load: deps infra-up ## Open-loop load test alone: its own stack on ports +2000, steps of answers/s to the knee, 1/2/4 scoring workers -> .work/bench/open_loop.json
	$(UV) run --frozen --no-sync python benchmarks/load/open_loop.py $(BENCH_LOAD_FLAGS)

PY_SPY := $(WORK_DIR)/py-spy/bin/py-spy

$(PY_SPY):
	python3 -m pip install --quiet --disable-pip-version-check --target $(WORK_DIR)/py-spy py-spy==0.4.3

.PHONY: bench-profile
bench-profile: deps infra-up $(PY_SPY) ## Where the time goes: a campus wave with a py-spy profile of every service process
	$(UV) run --frozen --no-sync python benchmarks/load/campus_wave.py --candidates 20 --duration 60 --profile 30 \
		--json $(WORK_DIR)/bench/campus_wave_profile.json
