"""The "Warum Sie" handout from the Anfragen view: checked, built, previewed, sent.

A handout with sample text or without a practice name is held back and the
profile offered; otherwise the PDF is built in a temporary folder (removed when
the preview closes) and shown with the mail draft. Texts keep the context
"EngagementsView", so their translations stay where they were.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from empfehlung_desktop.errors import StoreError, UserError
from empfehlung_desktop.model import AddressForm
from empfehlung_desktop.services.engagements import engagements as engagement_service
from empfehlung_desktop.services.engagements import handout as handout_service
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.engagements.handout_pdf import build_in_temp_folder
from empfehlung_desktop.ui.formats import full_date_text


def create_handout(
    parent: QWidget,
    context: ViewContext,
    engagement_id: int,
    ask_to_fix_profile: Callable[[list[str]], bool],
    on_sent: Callable[[], None],
) -> None:
    """Build the handout of ``engagement_id`` and open its preview (not modal).

    ``ask_to_fix_profile`` is asked when the profile is not ready (True: open it);
    ``on_sent`` runs when the practitioner confirms it was sent.
    """
    try:
        with context.db.reader() as session:
            data = handout_service.handout_data(session, engagement_id)
            prospect = engagement_service.get_engagement(session, engagement_id).contact
            email = prospect.email
            informal = prospect.address_form is AddressForm.INFORMAL
        problems = handout_service.handout_problems(data)
        if problems:
            if ask_to_fix_profile(problems):
                context.navigate("profile", None)
            return
        folder, pdf_path = build_in_temp_folder(data, prefix="warum-sie-")
    except (UserError, StoreError, OSError) as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("EngagementsView", "Anfragen & Aufträge"), str(exc)
        )
        return
    from empfehlung_desktop.ui.engagements.preview import HandoutPreviewDialog

    meeting = (
        QCoreApplication.translate("EngagementsView", "am {date}").format(
            date=full_date_text(data.first_meeting_at.date())
        )
        if data.first_meeting_at
        else ""
    )
    dialog = HandoutPreviewDialog(
        pdf_path,
        handout_service.handout_filename(data),
        recipient_email=email,
        recipient_name=data.prospect_name,
        sender_name=data.profile.name,
        meeting_text=meeting,
        greeting=data.greeting,
        informal=informal,
        parent=parent,
    )
    dialog.sentConfirmed.connect(on_sent)
    dialog.finished.connect(lambda _result: folder.cleanup())
    dialog.open()


def ask_to_fix_profile(parent: QWidget, problems: list[str]) -> bool:
    """Sample text or no practice name: say so and offer the profile. True = open it."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("EngagementsView", "„Warum Sie“ noch nicht versandfertig"),
        QCoreApplication.translate(
            "EngagementsView",
            "Dieses Handout würde so an die Interessentin bzw. den Interessenten gehen:\n\n"
            "{problems}\n\nBitte ergänzen Sie zuerst Ihr Profil.",
        ).format(problems="\n".join(f"• {p}" for p in problems)),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    open_profile = box.addButton(
        QCoreApplication.translate("EngagementsView", "Profil öffnen"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.setDefaultButton(open_profile)
    box.exec()
    return box.clickedButton() is open_profile
