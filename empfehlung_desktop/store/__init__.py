"""Storage: engine, pragmas, migrations, search index, backups, demo data."""
