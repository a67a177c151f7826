"""PDF documents built with ReportLab: handout, questionnaire, summary."""
