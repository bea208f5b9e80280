"""The profile service layer: use cases and event handlers over injected repositories and a publisher."""
