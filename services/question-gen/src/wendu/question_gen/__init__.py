"""Wendu question-gen: positions (competency models, question banks) and interview sessions.

Plans personalised questions, runs the interview state machine, asks follow-ups, and pushes
questions, hints and status to the candidate's stream.
"""
