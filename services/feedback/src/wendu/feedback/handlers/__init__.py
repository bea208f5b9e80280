"""The feedback service layer: use cases over injected repositories, publisher and course recommender."""
