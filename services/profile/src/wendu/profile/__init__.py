"""Wendu's profile service: candidates, résumés and parsed profiles, consents and interview history."""
