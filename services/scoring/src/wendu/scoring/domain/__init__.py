"""Pure scoring rules and models: no I/O, no gRPC, no Mongo."""
