"""Data and privacy: GDPR export and erasure, and entity rows as JSON-ready dicts.

File formats live in ``interchange/``, backups in ``store/backup.py``. UI: ``ui/data/``.
Tests: ``tests/unit/services/data/``.
"""
