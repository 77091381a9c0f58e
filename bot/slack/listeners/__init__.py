"""Bolt listeners, one module per kind of request; each is thin: read, call the service,
lay out, answer."""
