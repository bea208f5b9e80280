"""Wendu question-gen service."""
