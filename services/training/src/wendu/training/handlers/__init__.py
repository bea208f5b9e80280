"""The training service layer: catalogue queries and learning plans over injected repositories."""
