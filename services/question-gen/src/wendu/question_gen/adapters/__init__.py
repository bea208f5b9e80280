"""Adapters to the outside world: Mongo repositories, the profile service client, the event bus."""
