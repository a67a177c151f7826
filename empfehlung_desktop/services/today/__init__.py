"""What is due today (Heute), the steps behind "erledigt", snoozing, the referral
spiral, and the figures of the Überblick.

UI: ``ui/today/`` and ``ui/overview/``.
Tests: ``tests/unit/services/today/``.
"""
