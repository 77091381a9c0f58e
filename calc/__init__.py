"""The pure core of roibot: text → settings → validated inputs → result → formatted figures.

Nothing in this package imports Slack or SQLite or does I/O; the CLI, the bot and the tests
all call into it.
"""
