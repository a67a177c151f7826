"""Contacts: listing and edits, the search index, undo snapshots and field checks.

UI: ``ui/contacts/``.
Tests: ``tests/unit/services/contacts/``.
"""
