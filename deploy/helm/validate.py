"""Validate rendered chart manifests offline against the Kubernetes OpenAPI schemas.

Run by deploy/helm/check.sh with the kubernetes-validate venv that infra/helm-tools.sh installs:

    python validate.py --kube-version 1.27.0 --kube-version 1.37.0 out/minimal.yaml out/keda.yaml:ScaledObject

Each FILE may carry ``:Kind,Kind`` — kinds that must appear in it (so a values set that is meant to
turn a feature on is seen to do so). Custom resources have no schema in kubernetes-validate; they
are skipped by kind and reported. Exit status 1 on any failure.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

import kubernetes_validate
import yaml

# Custom resources: their schemas come from CRDs in the cluster, not from Kubernetes itself.
SKIPPED_KINDS = {
    "ServiceMonitor": "monitoring.coreos.com/v1",
    "ScaledObject": "keda.sh/v1alpha1",
}
# The chart references Secrets by name and key; it must never render one.
FORBIDDEN_KINDS = {"Secret"}


def _describe(doc: dict) -> str:
    return f"{doc.get('kind')}/{doc.get('metadata', {}).get('name')}"


def validate_file(path: str, expected_kinds: list[str], kube_versions: list[str]) -> int:
    failures = 0
    with open(path, encoding="utf-8") as handle:
        docs = [doc for doc in yaml.safe_load_all(handle) if doc]
    if not docs:
        print(f"FAIL {path}: no manifests rendered")
        return 1
    kinds = Counter(doc.get("kind") for doc in docs)
    for doc in docs:
        kind = doc.get("kind")
        if kind in FORBIDDEN_KINDS:
            print(f"FAIL {path}: {_describe(doc)}: the chart must not render {kind}s (secrets are by reference)")
            failures += 1
        elif kind in SKIPPED_KINDS:
            if doc.get("apiVersion") != SKIPPED_KINDS[kind]:
                print(f"FAIL {path}: {_describe(doc)}: apiVersion {doc.get('apiVersion')}, want {SKIPPED_KINDS[kind]}")
                failures += 1
            else:
                print(f"skip {path}: {_describe(doc)} ({doc['apiVersion']} is a CRD: no schema offline)")
        else:
            for version in kube_versions:
                try:
                    kubernetes_validate.validate(doc, version, strict=True)
                except kubernetes_validate.ValidationError as exc:
                    where = "/".join(str(part) for part in exc.path)
                    print(f"FAIL {path}: {_describe(doc)} (k8s {version}) at {where or '<root>'}: {exc.message}")
                    failures += 1
                except kubernetes_validate.SchemaNotFoundError as exc:
                    print(f"FAIL {path}: {_describe(doc)}: {exc.message}")
                    failures += 1
    for kind in expected_kinds:
        if not kinds[kind]:
            print(f"FAIL {path}: expected at least one {kind}, rendered none")
            failures += 1
    summary = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
    status = "ok  " if not failures else "FAIL"
    print(f"{status} {path}: {len(docs)} manifests ({summary}); k8s {', '.join(kube_versions)}, strict")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kube-version", action="append", required=True, help="repeatable, e.g. 1.27.0")
    parser.add_argument("files", nargs="+", metavar="FILE[:Kind,Kind]")
    args = parser.parse_args(argv)
    failures = 0
    for spec in args.files:
        path, _, kinds = spec.partition(":")
        failures += validate_file(path, [kind for kind in kinds.split(",") if kind], args.kube_version)
    print(f"{failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
