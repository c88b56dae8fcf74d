"""The leeragenda's statistics: the MT dashboard's figures, from the database to the spreadsheet, one way.

    counting      raw counts of distinct people per team, theme and quarter, in SQL (knows the other apps)
    disclosure    which counts may be shown (pure: no database)
    figures       counting + disclosure = the suppressed cube; raw numbers never leave it
    snapshots     the cube kept between visits (FigureSnapshot), closed quarters frozen
    dashboard     presentation: filters in, rows of shown cells out; charts: the trend chart
    exports       the same cells as CSV and XLSX

A module imports only modules listed before it (counting and disclosure not each other), the leeragenda's models
and selectors, and the floors below; import-linter checks it (pyproject.toml). Views and tasks use the package.
"""
