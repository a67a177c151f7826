"""Requests and engagements, and the "Warum Sie" handout: the practice profile and the
plain data the handout PDF (``reports/handout.py``) is drawn from.

UI: ``ui/engagements/`` and ``ui/profile/``.
Tests: ``tests/unit/services/engagements/``.
"""
