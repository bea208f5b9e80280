"""Wendu scoring service."""
