"""The Dashboards page's tabs and the chart they draw on (issue 13).

Nothing here is imported at start-up: the page is built when first shown
(desktop/pages/registry.py), and matplotlib with it (chart.py).
"""
