"""Entry points: the gRPC servicers and the process main."""
