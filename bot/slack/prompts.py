"""The suggested prompts of roibot's Messages tab: what the app sets when the tab opens,
the same four the manifest declares (a test keeps them equal)."""

from __future__ import annotations

PROMPTS_TITLE = "Ask roibot"
SUGGESTED_PROMPTS = (
    {"title": "Are we a profit center?", "message": "Are we a profit center?"},
    {"title": "What if AHT goes up 15%?", "message": "What if AHT goes up 15%?"},
    {"title": "What uplift do we need?", "message": "What uplift do we need to break even?"},
    {"title": "Our scenarios", "message": "What scenarios do we have?"},
)
