"""The sample practice (``empfehlung-desktop demo``, ``--demo``) and generated contacts.

``build.build_demo`` creates Katrin Sommerfeld's practice through the services, like a
user's own data; ``generated.add_generated_contacts`` bulk-inserts plain contacts for
benchmarks and scale tests. Sits above ``services/`` and below ``interchange/``, ``ui/``
and ``cli/``.
Tests: ``tests/unit/sample_practice/``.
"""
