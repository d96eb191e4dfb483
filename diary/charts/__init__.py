"""Matplotlib panels drawn on a bare Figure: data in, artists out (no Qt, no pyplot).

Importing this package loads nothing; matplotlib comes with the modules below, so the unlock
window never waits for it.

- ``panels``: the registry ``PANELS`` (month, scatter, streaks, kinds, week, pixels, checkins)
  that the command line, the PDF report and the Insights page use.
- ``month``, ``scatter``, ``streaks``, ``kinds``, ``week``, ``pixels``, ``checkins``: one panel
  each;
  ``draw_*`` draws on an Axes and returns its artists, ``draw`` lays it out on a Figure,
  ``table`` gives its numbers.
- ``theme``: the light and dark ChartTheme; ``figure``: ``new_figure`` and ``chart_file``.
- ``context``: which month/year a chart is about; ``table``: DataTable; ``text``: date formats.
- ``locate``: which day is under the pointer; ``report``: the multi-page PDF report.
"""
