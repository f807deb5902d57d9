"""The Dashboards page's tabs and the charts they draw on (issue 13).

Nothing here is imported at start-up: the page is built when first shown
(desktop/pages/registry.py). The Funnel tab, in front on a first visit, and the
Forecast and Cash tabs draw their bars with QPainter (bar_chart.py); matplotlib
is imported when the Team tab or the accuracy dialog, which draw with it
(chart.py's ChartView), is first shown.
"""
