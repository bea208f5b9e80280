"""The service layer: use cases that take repositories, the scorer and a publisher, injected."""
