"""Wendu training service: a course catalogue, course suggestions and learning plans."""
