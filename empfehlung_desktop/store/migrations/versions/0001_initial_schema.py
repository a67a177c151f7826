"""Initial schema: all entities, plus the contact search index.

SQLite gets an FTS5 trigram table kept in sync by triggers; PostgreSQL gets a
GIN trigram index (pg_trgm) on the searched columns joined by spaces, which
answers ILIKE '%term%' on that expression (see store/search.py).

Revision ID: 0001
Revises:
Create Date: 2026-11-22 17:26:53.597831
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agenda_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_state")),
        sa.UniqueConstraint("kind", "subject_id", name=op.f("uq_agenda_state_kind_subject_id")),
    )
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_setting")),
    )
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("sort_name", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("profession", sa.String(length=200), nullable=False),
        sa.Column("competences", sa.Text(), nullable=False),
        sa.Column("roles", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=True),
        sa.Column("referred_by_id", sa.Integer(), nullable=True),
        sa.Column("spiral_stage", sa.String(length=32), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("consent_share", sa.Boolean(), nullable=False),
        sa.Column("consent_share_on", sa.Date(), nullable=True),
        sa.Column("data_origin", sa.String(length=200), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["referred_by_id"],
            ["contact.id"],
            name=op.f("fk_contact_referred_by_id_contact"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_email"), ["email"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contact_referred_by_id"), ["referred_by_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contact_sort_name"), ["sort_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_source"), ["source"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_spiral_stage"), ["spiral_stage"], unique=False)
        batch_op.create_index("ix_contact_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "practice_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("website", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("logo_mime", sa.String(length=40), nullable=False),
        sa.Column("sections", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_profile")),
    )
    op.create_table(
        "consent_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=32), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_consent_record_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_record")),
    )
    with op.batch_alter_table("consent_record", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consent_record_contact_id"), ["contact_id"], unique=False
        )

    op.create_table(
        "referral",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("giver_id", sa.Integer(), nullable=True),
        sa.Column("recommended_id", sa.Integer(), nullable=True),
        sa.Column("recipient_id", sa.Integer(), nullable=True),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("need", sa.Text(), nullable=False),
        sa.Column("expectations", sa.Text(), nullable=False),
        sa.Column("giver_statement", sa.Text(), nullable=False),
        sa.Column("temperature", sa.Integer(), nullable=True),
        sa.Column("giver_tone", sa.String(length=32), nullable=True),
        sa.Column("reason", sa.String(length=32), nullable=True),
        sa.Column("reason_note", sa.Text(), nullable=False),
        sa.Column("consent_given", sa.Boolean(), nullable=True),
        sa.Column("consent_on", sa.Date(), nullable=True),
        sa.Column("consent_how", sa.String(length=200), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("initiative", sa.String(length=32), nullable=True),
        sa.Column("contact_by", sa.Date(), nullable=True),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("followed_up_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.Column("thanked_on", sa.Date(), nullable=True),
        sa.Column("thanks_note", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["giver_id"],
            ["contact.id"],
            name=op.f("fk_referral_giver_id_contact"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"],
            ["contact.id"],
            name=op.f("fk_referral_recipient_id_contact"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["recommended_id"],
            ["contact.id"],
            name=op.f("fk_referral_recommended_id_contact"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral")),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referral_direction"), ["direction"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_referral_follow_up_on"), ["follow_up_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_referral_giver_id"), ["giver_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_referral_recipient_id"), ["recipient_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_referral_recommended_id"), ["recommended_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_referral_status"), ["status"], unique=False)

    op.create_table(
        "referral_ask",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("asked_on", sa.Date(), nullable=False),
        sa.Column("result", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_referral_ask_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_ask")),
    )
    with op.batch_alter_table("referral_ask", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_ask_contact_id"), ["contact_id"], unique=False
        )

    op.create_table(
        "spiral_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("stage", sa.String(length=32), nullable=False),
        sa.Column("previous_stage", sa.String(length=32), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_spiral_step_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_spiral_step")),
    )
    with op.batch_alter_table("spiral_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_spiral_step_contact_id"), ["contact_id"], unique=False)

    op.create_table(
        "engagement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=True),
        sa.Column("onward_referral_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=True),
        sa.Column("referred_by_id", sa.Integer(), nullable=True),
        sa.Column("prior_knowledge", sa.String(length=32), nullable=True),
        sa.Column("first_meeting_at", sa.DateTime(), nullable=True),
        sa.Column("need", sa.Text(), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("frustrations", sa.Text(), nullable=False),
        sa.Column("wishes", sa.Text(), nullable=False),
        sa.Column("expectation_fit", sa.String(length=32), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("handout_show_referrer", sa.Boolean(), nullable=False),
        sa.Column("handout_show_need", sa.Boolean(), nullable=False),
        sa.Column("handout_sent_at", sa.DateTime(), nullable=True),
        sa.Column("feedback_token", sa.String(length=64), nullable=True),
        sa.Column("feedback_requested_on", sa.Date(), nullable=True),
        sa.Column("feedback_received_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_engagement_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["onward_referral_id"],
            ["referral.id"],
            name=op.f("fk_engagement_onward_referral_id_referral"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referral.id"],
            name=op.f("fk_engagement_referral_id_referral"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["referred_by_id"],
            ["contact.id"],
            name=op.f("fk_engagement_referred_by_id_contact"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_engagement")),
        sa.UniqueConstraint("feedback_token", name=op.f("uq_engagement_feedback_token")),
    )
    with op.batch_alter_table("engagement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_engagement_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_engagement_ended_on"), ["ended_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_engagement_first_meeting_at"), ["first_meeting_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_engagement_referral_id"), ["referral_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_engagement_referred_by_id"), ["referred_by_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_engagement_status"), ["status"], unique=False)

    op.create_table(
        "referral_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("from_status", sa.String(length=32), nullable=True),
        sa.Column("to_status", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referral.id"],
            name=op.f("fk_referral_event_referral_id_referral"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_event")),
    )
    with op.batch_alter_table("referral_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_event_referral_id"), ["referral_id"], unique=False
        )

    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("engagement_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("first_time", sa.Text(), nullable=False),
        sa.Column("works_better", sa.Text(), nullable=False),
        sa.Column("benefit", sa.Text(), nullable=False),
        sa.Column("expectations_met", sa.Integer(), nullable=True),
        sa.Column("recommend_score", sa.Integer(), nullable=True),
        sa.Column("quote_permission", sa.String(length=32), nullable=False),
        sa.Column("who_else", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("form_token", sa.String(length=64), nullable=True),
        sa.Column("raw_form", sa.Text(), nullable=False),
        sa.Column("testimonial_approved", sa.Boolean(), nullable=False),
        sa.Column("testimonial_text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_feedback_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback")),
        sa.UniqueConstraint("form_token", name=op.f("uq_feedback_form_token")),
    )
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_feedback_engagement_id"), ["engagement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_feedback_received_on"), ["received_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_feedback_recommend_score"), ["recommend_score"], unique=False
        )

    _create_contact_search()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("contact_fts_ai", "contact_fts_ad", "contact_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS contact_fts")
    elif op.get_bind().dialect.name == "postgresql":
        # The pg_trgm extension stays: other databases on the server may use it.
        op.execute(f"DROP INDEX IF EXISTS {_PG_TRGM_INDEX}")
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_recommend_score"))
        batch_op.drop_index(batch_op.f("ix_feedback_received_on"))
        batch_op.drop_index(batch_op.f("ix_feedback_engagement_id"))

    op.drop_table("feedback")
    with op.batch_alter_table("referral_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_event_referral_id"))

    op.drop_table("referral_event")
    with op.batch_alter_table("engagement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_engagement_status"))
        batch_op.drop_index(batch_op.f("ix_engagement_referred_by_id"))
        batch_op.drop_index(batch_op.f("ix_engagement_referral_id"))
        batch_op.drop_index(batch_op.f("ix_engagement_first_meeting_at"))
        batch_op.drop_index(batch_op.f("ix_engagement_ended_on"))
        batch_op.drop_index(batch_op.f("ix_engagement_contact_id"))

    op.drop_table("engagement")
    with op.batch_alter_table("spiral_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_spiral_step_contact_id"))

    op.drop_table("spiral_step")
    with op.batch_alter_table("referral_ask", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_ask_contact_id"))

    op.drop_table("referral_ask")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_status"))
        batch_op.drop_index(batch_op.f("ix_referral_recommended_id"))
        batch_op.drop_index(batch_op.f("ix_referral_recipient_id"))
        batch_op.drop_index(batch_op.f("ix_referral_giver_id"))
        batch_op.drop_index(batch_op.f("ix_referral_follow_up_on"))
        batch_op.drop_index(batch_op.f("ix_referral_direction"))

    op.drop_table("referral")
    with op.batch_alter_table("consent_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_record_contact_id"))

    op.drop_table("consent_record")
    op.drop_table("practice_profile")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_updated_at")
        batch_op.drop_index(batch_op.f("ix_contact_spiral_stage"))
        batch_op.drop_index(batch_op.f("ix_contact_source"))
        batch_op.drop_index(batch_op.f("ix_contact_sort_name"))
        batch_op.drop_index(batch_op.f("ix_contact_referred_by_id"))
        batch_op.drop_index(batch_op.f("ix_contact_email"))

    op.drop_table("contact")
    op.drop_table("app_setting")
    op.drop_table("agenda_state")


_FTS_COLUMNS = "name, organisation, email, phone, profession, competences, notes"


_PG_TRGM_INDEX = "ix_contact_search_trgm"


def _create_contact_search() -> None:
    """The contact search index: FTS5 on SQLite, pg_trgm on PostgreSQL.

    Without FTS5 trigram support (SQLite < 3.34) the app searches with LIKE.
    """
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _create_pg_trigram_index(bind)
        return
    if bind.dialect.name != "sqlite":
        return
    try:
        bind.exec_driver_sql("SAVEPOINT fts_probe")
        bind.exec_driver_sql(
            f"CREATE VIRTUAL TABLE contact_fts USING fts5({_FTS_COLUMNS}, "
            "content='contact', content_rowid='id', tokenize='trigram')"
        )
        bind.exec_driver_sql("RELEASE fts_probe")
    except sa.exc.OperationalError:
        bind.exec_driver_sql("ROLLBACK TO fts_probe")
        bind.exec_driver_sql("RELEASE fts_probe")
        return
    new_values = ", ".join(f"new.{c.strip()}" for c in _FTS_COLUMNS.split(","))
    old_values = ", ".join(f"old.{c.strip()}" for c in _FTS_COLUMNS.split(","))
    op.execute(
        "CREATE TRIGGER contact_fts_ai AFTER INSERT ON contact BEGIN "
        f"INSERT INTO contact_fts(rowid, {_FTS_COLUMNS}) VALUES (new.id, {new_values}); END"
    )
    op.execute(
        "CREATE TRIGGER contact_fts_ad AFTER DELETE ON contact BEGIN "
        f"INSERT INTO contact_fts(contact_fts, rowid, {_FTS_COLUMNS}) "
        f"VALUES ('delete', old.id, {old_values}); END"
    )
    op.execute(
        "CREATE TRIGGER contact_fts_au AFTER UPDATE ON contact BEGIN "
        f"INSERT INTO contact_fts(contact_fts, rowid, {_FTS_COLUMNS}) "
        f"VALUES ('delete', old.id, {old_values}); "
        f"INSERT INTO contact_fts(rowid, {_FTS_COLUMNS}) VALUES (new.id, {new_values}); END"
    )
    op.execute("INSERT INTO contact_fts(contact_fts) VALUES ('rebuild')")


def _create_pg_trigram_index(bind: sa.Connection) -> None:
    """A GIN trigram index over the searched columns (PostgreSQL only).

    pg_trgm is a trusted extension (PostgreSQL 13+), so a database owner may
    create it; where the server does not allow it (or lacks the contrib
    package) the app still searches with ILIKE, only without an index.
    """
    bind.exec_driver_sql("SAVEPOINT trgm_probe")
    try:
        bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:
        bind.exec_driver_sql("ROLLBACK TO SAVEPOINT trgm_probe")
        bind.exec_driver_sql("RELEASE SAVEPOINT trgm_probe")
        return
    bind.exec_driver_sql("RELEASE SAVEPOINT trgm_probe")
    # One document per contact, exactly as store/search.py builds it: a single
    # index scan per search term instead of one per column.
    document = " || ' ' || ".join(c.strip() for c in _FTS_COLUMNS.split(","))
    op.execute(f"CREATE INDEX {_PG_TRGM_INDEX} ON contact USING gin (({document}) gin_trgm_ops)")
