"""Uses vulture cannot see (``make deadcode``): Qt, SQLAlchemy and Alembic call these by name.

Only for names a framework calls or a column/enum the database stores; a function
nothing calls is deleted, not listed here.
"""
# ruff: noqa
# mypy: ignore-errors

# Qt virtual overrides and widgets created by name (ui/navigation.py "module:Class").
_.eventFilter
_.columnCount
_.headerData
_.createEditor
_.setEditorData
_.setModelData
_.dragEnterEvent
_.dropEvent
_.wheelEvent
_.redo
_.undo
watched  # eventFilter(self, watched, event)
option  # createEditor(self, parent, option, index)
TodayView
ContactsView
ReferralsView
EngagementsView
FeedbackView
OverviewView
ProfileView
ENUM_LABELS  # ui/enum_strings.py: read by lupdate, not by Python

# ReportLab: chart attributes are read by the renderer; wrap(availWidth, availHeight).
_.strokeColor
_.valueMin
_.valueMax
_.valueStep
_.fontName
_.fontSize
_.visibleGrid
_.gridStrokeColor
_.categoryNames
_.labelTextFormat
_.barLabelFormat
_.nudge
_.groupSpacing
_.fillColor
available_height

# logging: handler hooks (error_log.PrivateRotatingFileHandler).
_._open
_.handleError

# SQLAlchemy: type decorators, compiler hooks, mapper configuration, driver settings.
_.impl
_.cache_ok
_.process_bind_param
_.process_result_value
_.inherit_cache
__mapper_args__
_compile_contains
_compile_contains_pg
_.isolation_level

# Alembic: revision module attributes and hook parameters.
down_revision
branch_labels
depends_on
downgrade
reflected
compare_to

# Stored in the database (columns, enum codes a file or an older version may hold).
_.purpose
_.given_on
_.withdrawn_on
_.recorded_at
BOOK_OR_TALK
NOT_NOW
STORE_DATA
QUOTE_FEEDBACK
NEWSLETTER
WRITTEN
FORM

# Module __getattr__ (questions.INTRO and friends in the current language).
__getattr__

# Fields filled for callers that do not read them yet (kept: part of the result's shape).
_.partner_name
_.last_referral_id
_.last_referral_status
_.source_id
_.quotable

# Called only by tests, kept on purpose (see each):
_.at  # Clock.at: the fixed clock of demos and of the whole test suite
read_csv  # interchange/csv_io.py: the CSV reader's entry point (owned by the readers' work)
_.field_error  # contact form: the inline validation message has no other reader
_.cached_pages  # contacts model: proves the 100k-row table loads page by page
text_pairs  # ui/theme.py: every text colour on its background, for the contrast test
contrast_ratio  # ui/theme.py: the WCAG ratio the contrast test checks
WCAG_AA  # ui/theme.py: 4.5:1, the contrast test's threshold

# ui/theme.py colours read by name (theme.qcolor("score_good"), style sheets' "@muted").
_.score_good
_.score_medium
_.score_bad

# ReportLab attribute replaced at run time (reports/fonts.py: astral characters' ToUnicode map).
_.makeToUnicodeCMap

# Kept references: the open Hilfe dialog must not be garbage-collected; the welcome
# panel is reached by tests and by screen readers walking the view.
_.method_dialog
_.welcome

# ReportLab AcroForm attributes replaced per form (reports/form_font.py: the embedded
# field font in /DR, one appearance stream per text field).
_.fontRef
_._refMap

# Flowable.draw: ReportLab calls it (reports/handout.py: the thin rule).
_.draw
