"""Feedback's entry points: the gRPC API, the HTML report view and the process main."""
