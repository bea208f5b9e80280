# Wendu — every target is listed by `make help`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := python3.11
WORK_DIR ?= $(CURDIR)/.work
export WENDU_WORK_DIR := $(WORK_DIR)
UV := $(shell command -v uv 2>/dev/null || echo $(WORK_DIR)/bin/uv)
PY := $(UV) run --frozen --no-sync python

PROTO_SRC := $(wildcard protos/wendu/v1/*.proto)
PROTO_OUT := libs/protos/src
PROTO_STAMP := $(PROTO_OUT)/wendu/v1/.generated

.PHONY: help
help: ## List every target with a one-line description
	@grep -hE '^[a-zA-Z0-9_.-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN{FS=":.*?## "}{printf "  \033[36m%-16s\033[0m %s\n", $$1, $$2}'

$(UV):
	@mkdir -p $(WORK_DIR)/bin
	python3 -m pip install --quiet --target $(WORK_DIR)/uv-pkg uv==0.13.9
	ln -sf $(WORK_DIR)/uv-pkg/bin/uv $(UV)

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
