"""Competitors: the workspace's list, how we fare against each, and its editor."""
