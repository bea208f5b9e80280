"""Entrypoints of the profile service: the gRPC servicer and the process main."""
