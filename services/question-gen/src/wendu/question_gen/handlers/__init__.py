"""The service layer: use cases over injected repositories, the profile gateway and the event publisher."""
