"""Issue 14, points 4 and 5, seen from outside through the grpcurl binary against the real profile
service: Health/Watch streams SERVING and stays open, reflection is served as v1, bad text in any
field gets INVALID_ARGUMENT naming it, ids are limited, and a 5 MiB résumé is not refused for size."""

from __future__ import annotations

import base64
import json
import uuid
from pathlib import Path

import pytest
from google.protobuf import descriptor_pb2
from support.grpcurl import grpcurl_run
from wendu.core.validation import MAX_ID_LENGTH
from wendu.v1 import profile_pb2

pytestmark = pytest.mark.integration

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "resumes"
MiB = 1024 * 1024


def address(service) -> str:
    return f"{service.settings.grpc_host}:{service.settings.grpc_port}"


def tenant() -> str:
    return f"t-{uuid.uuid4().hex[:8]}"


async def call(
    service, method: str, body: dict, tenant_id: str, *flags: str, stdin: bytes | None = None
) -> tuple[int, dict]:
    """grpcurl's exit code and JSON: the reply, or for a failed call its status (``code``, ``message``),
    which grpcurl prints on stderr."""
    headers = [arg for name, value in service.staff(tenant_id) for arg in ("-H", f"{name}: {value}")]
    data = "@" if stdin is not None else json.dumps(body, ensure_ascii=False)
    code, stdout, stderr = await grpcurl_run(
        address(service), "-format-error", *flags, *headers, "-d", data, "--", method, stdin=stdin
    )
    return code, json.loads(stdout if code == 0 else stderr)


async def test_health_watch_streams_serving_and_keeps_the_stream_open(service):
    code, stdout, stderr = await grpcurl_run(
        address(service), "-max-time", "3", "-d", '{"service": ""}', "--", "grpc.health.v1.Health/Watch"
    )

    assert json.loads(stdout) == {"status": "SERVING"}
    # The stream was still open when grpcurl gave up after 3 s, as grpc's health servicer does.
    assert code != 0 and "DeadlineExceeded" in stderr, stderr
    assert "Internal" not in stderr


async def test_reflection_v1_lists_the_services(service):
    code, stdout, stderr = await grpcurl_run(address(service), "--", "list")
    assert code == 0, stderr
    listed = set(stdout.split())
    assert {"wendu.v1.ProfileService", "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection"} <= listed

    code, stdout, stderr = await grpcurl_run(
        address(service),
        "-d",
        '{"list_services": ""}',
        "--",
        "grpc.reflection.v1.ServerReflection/ServerReflectionInfo",
    )
    assert code == 0, stderr
    names = {entry["name"] for entry in json.loads(stdout)["list_services_response"]["service"]}
    assert "wendu.v1.ProfileService" in names


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("display_name", "Li\u202eieL", "must not contain bidirectional control characters (U+202E)"),
        ("display_name", "Li\u2066Lei", "must not contain bidirectional control characters (U+2066)"),
        ("display_name", "Li\x00Lei", "must not contain NUL characters"),
        ("display_name", "\u200b\u200d", "contains only invisible characters"),
        ("resume_text", "Led a team\x00", "must not contain NUL characters"),
    ],
)
async def test_nul_bidi_and_invisible_text_get_invalid_argument_naming_the_field(service, field, value, problem):
    body = {"display_name": "Li Lei", "email": "li@example.com", "preferred_language": "LANGUAGE_EN", field: value}

    code, reply = await call(service, "wendu.v1.ProfileService/CreateCandidate", body, tenant())

    assert code != 0
    assert reply == {"code": 3, "message": f"{field}: {problem}"}


async def test_an_over_long_id_gets_invalid_argument_and_is_not_echoed(service):
    long_id = "c" * 5000

    code, reply = await call(service, "wendu.v1.ProfileService/GetCandidate", {"candidate_id": long_id}, tenant())

    assert code != 0
    assert reply == {"code": 3, "message": f"candidate_id: is 5000 characters long, the limit is {MAX_ID_LENGTH}"}


async def test_a_not_found_id_is_echoed_only_as_a_prefix(service):
    ident = "n" * MAX_ID_LENGTH

    _, reply = await call(service, "wendu.v1.ProfileService/GetCandidate", {"candidate_id": ident}, tenant())

    assert reply["code"] == 5
    assert ident not in reply["message"] and len(reply["message"]) < 60


def bytes_typed_protoset(path: Path) -> None:
    """profile.proto with CreateCandidateRequest.display_name typed ``bytes``: the same wire format, so
    grpcurl can put bytes that are not UTF-8 where the server expects a string."""
    files: dict[str, descriptor_pb2.FileDescriptorProto] = {}

    def add(file) -> None:
        for dependency in file.dependencies:
            add(dependency)
        if file.name not in files:
            proto = descriptor_pb2.FileDescriptorProto()
            file.CopyToProto(proto)
            files[file.name] = proto

    add(profile_pb2.DESCRIPTOR)
    profile = files[profile_pb2.DESCRIPTOR.name]
    request = next(m for m in profile.message_type if m.name == "CreateCandidateRequest")
    next(f for f in request.field if f.name == "display_name").type = descriptor_pb2.FieldDescriptorProto.TYPE_BYTES
    path.write_bytes(descriptor_pb2.FileDescriptorSet(file=list(files.values())).SerializeToString())


async def test_a_string_field_with_invalid_utf8_gets_invalid_argument_naming_it(service, tmp_path):
    protoset = tmp_path / "profile_bytes.protoset"
    bytes_typed_protoset(protoset)
    headers = [arg for name, value in service.staff(tenant()) for arg in ("-H", f"{name}: {value}")]
    body = json.dumps(
        {
            "display_name": base64.b64encode(b"Li \xff\xfe Lei").decode(),
            "email": "li@example.com",
            "preferred_language": "LANGUAGE_EN",
        }
    )

    code, stdout, stderr = await grpcurl_run(
        address(service),
        "-protoset",
        str(protoset),
        "-format-error",
        *headers,
        "-d",
        body,
        "--",
        "wendu.v1.ProfileService/CreateCandidate",
    )

    assert code != 0, stdout
    assert json.loads(stderr) == {
        "code": 3,
        "message": "display_name: is not valid UTF-8 (the request is not valid protobuf)",
    }


async def import_resume(service, tenant_id: str, content: bytes, media_type: str) -> tuple[int, dict]:
    code, created = await call(
        service,
        "wendu.v1.ProfileService/CreateCandidate",
        {
            "display_name": "Li Lei",
            "email": "li@example.com",
            "preferred_language": "LANGUAGE_EN",
            "consents": {"resume_use": True},
        },
        tenant_id,
    )
    assert code == 0, created
    body = {
        "candidate_id": created["candidate_id"],
        "content": base64.b64encode(content).decode(),
        "media_type": media_type,
    }
    # The body (base64: 4/3 of the file) goes through stdin: it is too long for a command-line argument.
    return await call(
        service,
        "wendu.v1.ProfileService/ImportResume",
        {},
        tenant_id,
        "-max-msg-sz",
        str(16 * MiB),
        stdin=json.dumps(body).encode(),
    )


async def test_a_5_mib_resume_is_not_refused_for_size(service):
    text = (FIXTURES / "resume_en.txt").read_bytes()
    content = text + b"\n" * (5 * MiB - len(text))  # exactly the documented 5 MiB
    assert len(content) == 5 * MiB

    code, profile = await import_resume(service, tenant(), content, "text/plain")

    assert code == 0, profile
    assert profile["skills"]


async def test_a_request_over_the_receive_limit_gets_resource_exhausted(service):
    code, reply = await import_resume(service, tenant(), b"x" * (7 * MiB), "text/plain")

    assert code != 0
    assert reply["code"] == 8  # RESOURCE_EXHAUSTED, from grpc itself


async def test_a_text_resume_that_is_not_text_gets_invalid_argument(service):
    # A UTF-16 byte-order mark, then an odd number of bytes: was INTERNAL.
    code, reply = await import_resume(service, tenant(), b"\xff\xfeL\x00i\x00\xd8", "text/plain")

    assert code != 0
    assert reply["code"] == 3 and reply["message"].startswith("content: plain text is not valid UTF-16"), reply
