"""Tasks and the self-check on the Team page.

``model`` makes the tasks (a stage's key actions, when a deal enters it) and
says who sees them; this package shows them: the Tasks tab (a member's list,
"My tasks" by default, with what escalated to them), its editor and undo
commands, and the Self-check tab (P3.SELFCHECK.1..2).
"""
