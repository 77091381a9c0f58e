"""The HTTP server: the ASGI endpoint and its guards, request signing, OAuth."""
