"""Training's entry points: the gRPC API and the process main."""
