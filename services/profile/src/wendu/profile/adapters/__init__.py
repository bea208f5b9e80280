"""Adapters of the profile service: Mongo documents and repositories, the at-rest cipher."""
