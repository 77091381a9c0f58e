"""The Slack layer: the Bolt app, its middleware and listeners, Block Kit layouts, delivery."""
