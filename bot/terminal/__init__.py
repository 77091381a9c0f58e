"""The terminal: the `roi` CLI, the console, and the plain-text and JSON layouts of replies."""
