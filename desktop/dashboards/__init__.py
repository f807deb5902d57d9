"""The Dashboards page's tabs and the charts they draw on (issue 13).

Nothing here is imported at start-up: the page is built when first shown
(desktop/pages/registry.py). The tabs draw their charts with QPainter
(bar_chart.py), so the page's first visit imports no matplotlib whichever tab is
in front; only the forecast accuracy dialog draws with it (chart.py's ChartView)
and imports it when first opened.
"""
