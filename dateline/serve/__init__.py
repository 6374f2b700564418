"""Serve: the command line, exports (and later the REST API and web UI)."""
