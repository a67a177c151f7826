"""The helper that builds the sample practice through the services, like a user would.

People are named instead of numbered and days are offsets from ``today``; every
call goes through the same service function (and so the same rules) as the app.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy.orm import Session

from empfehlung_desktop.model import (
    AddressForm,
    ConsentChannel,
    ConsentPurpose,
    ContactInitiative,
    ContactSource,
    ReferralOutcome,
    ReferralStatus,
    Role,
    Salutation,
    SpiralStage,
)
from empfehlung_desktop.sample_practice import people
from empfehlung_desktop.services.contacts import contacts as contact_service
from empfehlung_desktop.services.referrals import referrals as referral_service
from empfehlung_desktop.services.referrals import workflow
from empfehlung_desktop.services.today import spiral

ORIGIN = "Beispieldaten"
# Contacts who agreed to share their details did so two months ago.
CONSENT_OFFSET = -60


class SampleBuilder:
    """Keeps the session, the day and name → contact id while building."""

    def __init__(self, session: Session, today: dt.date) -> None:
        self.session = session
        self.today = today
        self.ids: dict[str, int] = {}

    def day(self, offset: int) -> dt.date:
        return self.today + dt.timedelta(days=offset)

    def id(self, name: str) -> int:
        return self.ids[name]

    # -- contacts -------------------------------------------------------------

    def contact(self, spec: dict[str, object]) -> int:
        """A contact from a spec (see :mod:`people`), with its spiral history and consent."""
        consent = bool(spec.get("consent", False))
        referrer = spec.get("referred_by")
        source = spec.get("source")
        roles = spec.get("roles")
        name = str(spec["name"])
        birthday = people.BIRTHDAYS.get(name, (None, None, None))
        data = contact_service.ContactData(
            name=name,
            salutation=Salutation.MS if name in people.WOMEN else Salutation.MR,
            address_form=AddressForm.INFORMAL if name in people.INFORMAL else AddressForm.FORMAL,
            birth_day=birthday[0],
            birth_month=birthday[1],
            birth_year=birthday[2],
            tags=people.TAGS.get(name, ""),
            organisation=str(spec.get("organisation", "")),
            email=str(spec.get("email", "")),
            phone=str(spec.get("phone", "")),
            profession=str(spec.get("profession", "")),
            competences=str(spec.get("competences", "")),
            roles=roles if isinstance(roles, Role) else Role(0),
            source=source if isinstance(source, ContactSource) else None,
            referred_by_id=self.id(str(referrer)) if referrer else None,
            notes=str(spec.get("notes", "")),
            consent_share=consent,
            consent_share_on=self.day(CONSENT_OFFSET) if consent else None,
            data_origin=ORIGIN,
        )
        contact = contact_service.create_contact(self.session, data, today=self.today)
        self.ids[contact.name] = contact.id
        stages = spec.get("stages")
        if isinstance(stages, list):
            self._spiral(contact.id, stages)
        if consent:
            contact_service.record_consent(
                self.session,
                contact.id,
                ConsentPurpose.SHARE_CONTACT_DETAILS,
                ConsentChannel.VERBAL,
                given_on=self.day(CONSENT_OFFSET),
                note="Im Gespräch zugestimmt",
            )
        return contact.id

    def _spiral(self, contact_id: int, stages: list[SpiralStage]) -> None:
        # Evenly spaced over the past year, the latest step 30 days ago.
        for index, stage in enumerate(stages):
            on = self.day(-30 - 60 * (len(stages) - 1 - index))
            spiral.change_stage(self.session, contact_id, stage, on=on)

    # -- referrals --------------------------------------------------------------

    def referral(
        self,
        data: referral_service.ReferralData,
        offset: int,
        note: str = "",
        *,
        giver: str | None = None,
        recommended: str | None = None,
        recipient: str | None = None,
    ) -> int:
        """A new referral dated ``offset`` days from today, the people given by name."""
        data = replace(
            data,
            giver_id=self.id(giver) if giver else None,
            recommended_id=self.id(recommended) if recommended else None,
            recipient_id=self.id(recipient) if recipient else None,
            referred_on=self.day(offset),
            event_note=note,
        )
        return referral_service.create_referral(self.session, data, today=self.today).id

    def consent(
        self,
        referral_id: int,
        given: bool,
        offset: int,
        how: str,
        note: str = "",
        anonymous: bool = False,
    ) -> None:
        workflow.record_consent(
            self.session, referral_id, given, self.day(offset), how, anonymous, note
        )

    def ask(self, referral_id: int, partner: str, offset: int, note: str = "") -> None:
        workflow.ask_partner(
            self.session, referral_id, self.id(partner), on=self.day(offset), note=note
        )

    def answer(self, referral_id: int, accepted: bool, offset: int, note: str = "") -> None:
        target = ReferralStatus.PARTNER_ACCEPTED if accepted else ReferralStatus.PARTNER_DECLINED
        workflow.advance(self.session, referral_id, target, note, on=self.day(offset))

    def match(
        self,
        referral_id: int,
        initiative: ContactInitiative,
        offset: int,
        *,
        contact_by: int | None = None,
        follow_up: int | None = None,
        note: str = "",
    ) -> None:
        workflow.match(
            self.session,
            referral_id,
            initiative,
            self.day(contact_by) if contact_by is not None else None,
            on=self.day(offset),
            follow_up_on=self.day(follow_up) if follow_up is not None else None,
            note=note,
        )

    def advance(
        self, referral_id: int, target: ReferralStatus, offset: int, note: str = ""
    ) -> None:
        workflow.advance(self.session, referral_id, target, note, on=self.day(offset))

    def follow_up(self, referral_id: int, outcome: ReferralOutcome, offset: int) -> None:
        """Asked the recipient how it went (the referral stays open until closed)."""
        workflow.record_follow_up(
            self.session, referral_id, outcome, on=self.day(offset), close=False
        )

    def close(
        self, referral_id: int, outcome: ReferralOutcome, offset: int, note: str = ""
    ) -> None:
        workflow.close(self.session, referral_id, outcome, on=self.day(offset), note=note)

    def thank(self, referral_id: int, offset: int, note: str = "") -> None:
        workflow.thank_giver(self.session, referral_id, on=self.day(offset), note=note)
