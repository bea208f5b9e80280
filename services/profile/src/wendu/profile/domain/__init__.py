"""The profile domain: pure models and rules, no I/O."""
