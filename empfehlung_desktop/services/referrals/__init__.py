"""Referrals in every direction: records, the three-step workflow, give and take with
partners, and the anonymous inquiry to a partner (``inquiry`` + ``anonymize``).

UI: ``ui/referrals/``.
Tests: ``tests/unit/services/referrals/``.
"""
