"""The funnel board's parts: column models, card delegate, dialogs, commands, deal panel.

:mod:`desktop.pages.board` puts them together; the rules they show come from
:mod:`model.board` and :mod:`model.gates`.
"""
