"""Feedback's adapters: Mongo documents and repositories, and the training service client."""
