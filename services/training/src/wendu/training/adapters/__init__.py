"""Training's adapters: Mongo documents and repositories."""
