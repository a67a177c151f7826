"""Data safety in the GUI: import/export, backups and restore, integrity, DSGVO."""
