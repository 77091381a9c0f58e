"""The shell around calc/: the Slack app, the scenario store, the CLI and the runners."""
