"""Fault tests: the platform keeps every answer through crashes and outages (see docs/faults.md)."""
