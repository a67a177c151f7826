"""Storage: engine, pragmas, migrations, search index, backups, the single-instance lock."""
