"""Feedback at the end of an engagement: entry and testimonials, the questions (one
wording for app, PDF and summary), asking by PDF form (``forms``: content, token and
the record of the request), form tokens and the evaluation figures.

PDFs: ``reports/feedback_form.py``, ``reports/feedback_summary.py``; returned forms:
``interchange/pdf_form.py``. UI: ``ui/feedback/``.
Tests: ``tests/unit/services/feedback/``.
"""
