"""The wendu command-line client."""
