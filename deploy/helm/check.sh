#!/usr/bin/env bash
# Check the chart offline, with every values set in deploy/helm/ci/:
#   1. helm lint --strict;
#   2. helm template into <work>/helm-out/<set>.yaml;
#   3. every rendered manifest against the Kubernetes schemas (kubernetes-validate, strict, for the
#      chart's minimum and the newest bundled version); CRD kinds are skipped and reported;
#   4. values that must be refused (schema or template) are refused.
# Installs the tools first (infra/helm-tools.sh). Exits non-zero on any failure.
# Env: WENDU_WORK_DIR (<repo>/.work).
set -euo pipefail

HELM_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$HELM_DIR/../.." && pwd)"
CHART="$HELM_DIR/wendu"
WORK_DIR="${WENDU_WORK_DIR:-$REPO_ROOT/.work}"

bash "$REPO_ROOT/infra/helm-tools.sh" > /dev/null
WORK_DIR="$(cd "$WORK_DIR" && pwd)"
HELM="$WORK_DIR/bin/helm"
PYTHON="$WORK_DIR/helm-venv/bin/python"
OUT="$WORK_DIR/helm-out"

# A helm built with `go install` assumes Kubernetes 1.20 unless told: render for the chart's
# minimum (Chart.yaml kubeVersion), and validate for it and for the newest schemas bundled.
KUBE_MIN=1.27.0
KUBE_VALIDATE=(1.27.0 1.37.0)
RELEASE=wendu
NAMESPACE=wendu

# What each values set exists to turn on, checked in the rendered output.
declare -A EXPECT=(
  [minimal-values]="Deployment,Service,PodDisruptionBudget,NetworkPolicy"
  [production-values]="Deployment,Service,HorizontalPodAutoscaler,PodDisruptionBudget,ServiceMonitor,NetworkPolicy"
  [keda-values]="Deployment,HorizontalPodAutoscaler,ScaledObject"
)

failures=0
fail() { printf 'FAIL %s\n' "$*"; failures=$((failures + 1)); }

rm -rf "$OUT"
mkdir -p "$OUT"
specs=()
for values in "$HELM_DIR"/ci/*.yaml; do
  set_name="$(basename "$values" .yaml)"
  echo "== $set_name"
  # Lint mode only logs `required` and `fail` (as INFO, exit 0): look for them too.
  if "$HELM" lint --strict --kube-version "$KUBE_MIN" "$CHART" -f "$values" > "$OUT/$set_name.lint.txt" 2>&1 \
     && ! grep -qE '\[INFO\] (Missing required value|Fail):' "$OUT/$set_name.lint.txt"; then
    echo "ok   helm lint --strict ($(grep -F 'chart(s) linted' "$OUT/$set_name.lint.txt"))"
  else
    cat "$OUT/$set_name.lint.txt"
    fail "helm lint --strict -f ci/$set_name.yaml"
  fi
  if "$HELM" template "$RELEASE" "$CHART" -f "$values" --namespace "$NAMESPACE" --kube-version "$KUBE_MIN" \
       > "$OUT/$set_name.yaml" 2> "$OUT/$set_name.template.err"; then
    echo "ok   helm template -> $OUT/$set_name.yaml"
    specs+=("$OUT/$set_name.yaml:${EXPECT[$set_name]:-}")
  else
    cat "$OUT/$set_name.template.err"
    fail "helm template -f ci/$set_name.yaml"
  fi
done

echo "== schema validation (kubernetes-validate)"
if [ "${#specs[@]}" -gt 0 ]; then
  kube_args=()
  for version in "${KUBE_VALIDATE[@]}"; do kube_args+=(--kube-version "$version"); done
  "$PYTHON" "$HELM_DIR/validate.py" "${kube_args[@]}" "${specs[@]}" || fail "manifest validation"
fi

echo "== security properties of the rendered manifests"
# Default-deny NetworkPolicies both ways, topology spread, and each secret only in the pods that use it.
for set_file in "$OUT"/*-values.yaml; do
  if "$PYTHON" - "$set_file" <<'PY'
import sys
import yaml

problems = []
for doc in yaml.safe_load_all(open(sys.argv[1])):
    if not doc:
        continue
    kind, name = doc["kind"], doc["metadata"]["name"]
    if kind == "NetworkPolicy":
        spec = doc["spec"]
        if sorted(spec.get("policyTypes", [])) != ["Egress", "Ingress"]:
            problems.append(f"{name}: policyTypes {spec.get('policyTypes')}")
        if any(not rule.get("ports") for rule in spec.get("egress", [])):
            problems.append(f"{name}: an egress rule open to every port")
        if any(not rule.get("from") for rule in spec.get("ingress", [])):
            problems.append(f"{name}: an ingress rule open to every source")
    if kind == "Deployment":
        pod = doc["spec"]["template"]["spec"]
        if not pod.get("topologySpreadConstraints"):
            problems.append(f"{name}: no topologySpreadConstraints")
        service = doc["metadata"]["labels"]["app.kubernetes.io/name"]
        role = doc["metadata"]["labels"]["app.kubernetes.io/component"]
        env = {e["name"]: e for e in pod["containers"][0]["env"]}
        if "WENDU_ENCRYPTION_KEY" in env and (service, role) != ("profile", "api"):
            problems.append(f"{name}: holds the encryption key")
        if "WENDU_LLM_API_KEY" in env and service not in ("question-gen", "scoring"):
            problems.append(f"{name}: holds the LLM key")
        if "WENDU_KAFKA_PASSWORD" in env:
            secret = env["WENDU_KAFKA_PASSWORD"]["valueFrom"]["secretKeyRef"]["name"]
            if not secret.endswith(f"-{service}"):
                problems.append(f"{name}: Kafka login of another service ({secret})")
        for volume in pod.get("volumes", []):
            if volume["name"] == "grpc-tls" and not volume["secret"]["secretName"].endswith(f"-{service}"):
                problems.append(f"{name}: gRPC certificate of another service")
if problems:
    print("\n".join(problems))
    sys.exit(1)
PY
  then
    echo "ok   $(basename "$set_file"): default-deny NetworkPolicies, topology spread, secrets only where used"
  else
    fail "security properties: $(basename "$set_file")"
  fi
done

echo "== values that must be refused"
# "description|expected message|--set arguments...", on top of the minimal values set.
refusals=(
  "unknown key under default|additional properties 'replica' not allowed|default.api.replica=2"
  "unknown key under a service|additional properties 'grpcport' not allowed|services.scoring.grpcport=1"
  "image tag latest|/default/image/tag|default.image.tag=latest"
  "plaintext secret in extraEnv|/services/profile/extraEnv/0|services.profile.extraEnv[0].name=WENDU_MONGO_URI,services.profile.extraEnv[0].value=mongodb://user:pw@db"
  "service key not camelCase|invalid propertyName|services.new_service.grpcPort=50056,services.new_service.metricsPort=9456"
  "no Kafka bootstrap|config.kafkaBootstrap is required|config.kafkaBootstrap="
  "openai without base URL|config.llm.baseUrl is required|config.llm.provider=openai"
  "KEDA without topics|worker.topics is empty|services.scoring.worker.keda.enabled=true,services.scoring.worker.topics=null"
)
for case in "${refusals[@]}"; do
  IFS='|' read -r description expected sets <<< "$case"
  if output="$("$HELM" template "$RELEASE" "$CHART" -f "$HELM_DIR/ci/minimal-values.yaml" \
                 --kube-version "$KUBE_MIN" --set "$sets" 2>&1 > /dev/null)"; then
    fail "accepted: $description (--set $sets)"
  elif ! grep -qF -- "$expected" <<< "$output"; then
    printf '%s\n' "$output"
    fail "refused for another reason than expected ('$expected'): $description"
  else
    echo "ok   refused: $description"
  fi
done

echo "== a new service from values alone"
# Adding a service is adding values: its Deployments, Service and address must appear.
if added="$("$HELM" template "$RELEASE" "$CHART" -f "$HELM_DIR/ci/minimal-values.yaml" --kube-version "$KUBE_MIN" \
             --set services.resumeParser.grpcPort=50056,services.resumeParser.metricsPort=9456 \
             --set 'services.resumeParser.worker.topics={profile-updated}' 2>&1)"; then
  for want in "name: $RELEASE-resume-parser-api" "name: $RELEASE-resume-parser-worker" \
              "name: $RELEASE-resume-parser" "name: WENDU_RESUME_PARSER_ADDR" '"wendu-resume-parser"'; do
    grep -qF -- "$want" <<< "$added" || fail "new service: '$want' not rendered"
  done
  echo "ok   services.resumeParser renders with no template change"
else
  printf '%s\n' "$added"
  fail "new service: helm template"
fi

if [ "$failures" -gt 0 ]; then
  echo "chart check FAILED: $failures failure(s)"
  exit 1
fi
echo "chart check passed (rendered manifests in $OUT)"
