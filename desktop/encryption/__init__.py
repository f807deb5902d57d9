"""Workspaces encrypted at rest: the passphrase prompt and the File menu's entries."""
