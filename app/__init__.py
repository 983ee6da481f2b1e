"""Where ``claims`` (text to typed claims) and ``store`` (DuckDB) meet: the command line,
ingest and uploads. Nothing below this package imports it."""
