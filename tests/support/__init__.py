"""Helpers shared by the integration tests (importable as ``support``: pytest puts ``tests/`` on the path).

- ``support.kafka``: consumer groups and topic readers on the broker that every test run shares.
- ``support.services``: a service running in-process until a block ends.
- ``support.auth``: the gRPC metadata a staff member or a candidate presents.
"""
