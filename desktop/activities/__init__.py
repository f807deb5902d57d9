"""The activity log's desktop side: undo commands, the activity editor and the timeline model.

:mod:`desktop.activities.commands` holds the undo steps over
:mod:`model.services.activities`; :mod:`desktop.activities.editor` the one
dialog that logs and edits an activity (the deal panel's "Log visit…" uses it
too) and :func:`~desktop.activities.editor.quick_capture`, which every "Log
activity…" entry calls; :mod:`desktop.activities.table` the timeline's model.
"""
