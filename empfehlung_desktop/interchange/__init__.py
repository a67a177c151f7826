"""Import and export: vCard, CSV, JSON, calendar, returned PDF forms, GDPR export."""
