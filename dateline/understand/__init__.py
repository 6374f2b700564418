"""Understand: actors, time expressions, quotes and events, as spaCy pipeline components."""
