"""Shared core of the Wendu services.

Everything two services need lives here once: configuration, logging, the Kafka bus, the gRPC
server bootstrap, calls between services, the Mongo connection, metrics, authentication, the LLM
port and text analysis.
This package is a library: it is imported, never run.
"""
