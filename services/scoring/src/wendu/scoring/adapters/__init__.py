"""Adapters to the outside: the Mongo store of scores."""
