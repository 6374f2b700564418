"""Organise understood articles: duplicates, same-story clusters, world events, the timeline."""
