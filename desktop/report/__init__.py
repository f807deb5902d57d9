"""Printed reports: the account review pack (a PDF per account, issue 13).

:mod:`desktop.report.pack` reads and draws the pack, :mod:`desktop.report.dialog`
asks where to save it from the app, :mod:`desktop.report.cli` is
``keyaccount report``.
"""
