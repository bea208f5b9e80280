"""Server reflection as ``grpc.reflection.v1.ServerReflection`` as well as ``v1alpha``.

grpcio-reflection (up to 1.85 at least, grpc/grpc#38576) ships only the ``v1alpha`` service, but
recent clients (grpcurl, Postman, grpc-java's tooling) ask for ``v1`` first. The two protocols are
wire-identical: ``grpc/reflection/v1/reflection.proto`` is ``v1alpha``'s file with the package
renamed, same messages, same field numbers. So the one servicer answers both names: its handler is
mounted a second time under the v1 name, with the v1alpha message classes (de)serializing. The v1
file descriptor (v1alpha's, renamed) is added to the descriptor pool, so a client can also
``describe grpc.reflection.v1.ServerReflection``.
"""

from __future__ import annotations

from collections.abc import Iterable

import grpc
from google.protobuf import descriptor_pb2, descriptor_pool
from grpc_reflection.v1alpha import reflection
from grpc_reflection.v1alpha import reflection_pb2 as v1alpha_pb2

PACKAGE = "grpc.reflection.v1"
SERVICE_NAME = f"{PACKAGE}.ServerReflection"
FILE_NAME = "grpc/reflection/v1/reflection.proto"
_V1ALPHA_PACKAGE = v1alpha_pb2.DESCRIPTOR.package


def v1_file_descriptor() -> descriptor_pb2.FileDescriptorProto:
    """v1alpha's reflection.proto renamed to v1 (the messages are identical)."""
    proto = descriptor_pb2.FileDescriptorProto()
    v1alpha_pb2.DESCRIPTOR.CopyToProto(proto)
    proto.name = FILE_NAME
    proto.package = PACKAGE
    old, new = f".{_V1ALPHA_PACKAGE}.", f".{PACKAGE}."
    for message in proto.message_type:
        for field in message.field:
            if field.type_name.startswith(old):
                field.type_name = new + field.type_name[len(old) :]
    for service in proto.service:
        for method in service.method:
            method.input_type = method.input_type.replace(old, new, 1)
            method.output_type = method.output_type.replace(old, new, 1)
    proto.options.Clear()
    return proto


def _register_v1_descriptor(pool: descriptor_pool.DescriptorPool) -> None:
    try:
        pool.FindFileByName(FILE_NAME)
    except KeyError:
        pool.Add(v1_file_descriptor())


def enable_server_reflection(service_names: Iterable[str], server: grpc.aio.Server) -> None:
    """Serve reflection on ``server`` under both the v1alpha and the v1 service names."""
    pool = descriptor_pool.Default()
    _register_v1_descriptor(pool)
    servicer = reflection.aio.ReflectionServicer(list(service_names), pool=pool)
    handler = grpc.stream_stream_rpc_method_handler(
        servicer.ServerReflectionInfo,
        request_deserializer=v1alpha_pb2.ServerReflectionRequest.FromString,
        response_serializer=v1alpha_pb2.ServerReflectionResponse.SerializeToString,
    )
    for name in (reflection.SERVICE_NAME, SERVICE_NAME):
        server.add_generic_rpc_handlers(
            (grpc.method_handlers_generic_handler(name, {"ServerReflectionInfo": handler}),)
        )
