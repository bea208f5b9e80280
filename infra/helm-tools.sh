#!/usr/bin/env bash
# Install the chart-check tools, idempotently, and verify that each one runs:
#   helm v3.21.4              -> <work>/bin/helm        (go install, GOTOOLCHAIN=local)
#   kubernetes-validate 1.37.0 -> <work>/helm-venv       (its own venv; the project's .venv is not touched)
# Used by deploy/helm/check.sh. Env: WENDU_WORK_DIR (<repo>/.work).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

HELM_VERSION=v3.21.4
KUBERNETES_VALIDATE_VERSION=1.37.0
HELM_VENV="$WORK_DIR/helm-venv"
mkdir -p "$BIN_DIR"

# helm: skip when the binary was built from the pinned module version.
helm_is_pinned() {
  [ -x "$BIN_DIR/helm" ] && go version -m "$BIN_DIR/helm" 2>/dev/null \
    | grep -qE "^[[:space:]]+mod[[:space:]]+helm.sh/helm/v3[[:space:]]+$HELM_VERSION([[:space:]]|$)"
}
if helm_is_pinned; then
  log "helm $HELM_VERSION already in $BIN_DIR"
else
  command -v go >/dev/null || die "go is required to install helm"
  log "installing helm $HELM_VERSION into $BIN_DIR (go install; a cold build takes a few minutes) ..."
  GOBIN="$BIN_DIR" go install "helm.sh/helm/v3/cmd/helm@$HELM_VERSION"
  helm_is_pinned || die "$BIN_DIR/helm is not $HELM_VERSION"
fi
# `go install` leaves helm's own version string unset; the module version is checked above.
"$BIN_DIR/helm" version --short > /dev/null 2>&1 || die "helm does not run"
log "helm ok: $HELM_VERSION"

# kubernetes-validate: a venv of its own, so the chart checks never change the project's uv environment.
# Its entry script must also run: a venv made in another folder (a moved checkout, a git worktree
# sharing .work) keeps that folder's path in its shebangs.
kv_is_pinned() {
  [ -x "$HELM_VENV/bin/kubernetes-validate" ] \
    && "$HELM_VENV/bin/kubernetes-validate" --help > /dev/null 2>&1 \
    && [ "$("$HELM_VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("kubernetes-validate"))' 2>/dev/null)" \
         = "$KUBERNETES_VALIDATE_VERSION" ]
}
if kv_is_pinned; then
  log "kubernetes-validate $KUBERNETES_VALIDATE_VERSION already in $HELM_VENV"
else
  log "installing kubernetes-validate $KUBERNETES_VALIDATE_VERSION into $HELM_VENV ..."
  rm -rf "$HELM_VENV"
  python3 -m venv "$HELM_VENV"
  "$HELM_VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
    "kubernetes-validate==$KUBERNETES_VALIDATE_VERSION"
  kv_is_pinned || die "kubernetes-validate $KUBERNETES_VALIDATE_VERSION did not install into $HELM_VENV"
fi
"$HELM_VENV/bin/kubernetes-validate" --help > /dev/null 2>&1 || die "kubernetes-validate does not run"
log "kubernetes-validate ok: $KUBERNETES_VALIDATE_VERSION"

printf 'helm:                %s\nkubernetes-validate: %s\n' "$BIN_DIR/helm" "$HELM_VENV/bin/kubernetes-validate"
