"""SQLite storage: connection, schema, migrations and the one write path."""
