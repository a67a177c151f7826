"""The helper that builds the sample practice: people by name, days relative to today."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from empfehlung_desktop.model import (
    ConsentChannel,
    ConsentPurpose,
    ConsentRecord,
    Contact,
    Referral,
    ReferralDirection,
    ReferralEvent,
    ReferralStatus,
    Role,
    SpiralStage,
    SpiralStep,
    sort_key,
)

R = Role


class DemoBuilder:
    """Keeps the session, the day and name→contact lookups while building."""

    def __init__(self, session: Session, today: dt.date) -> None:
        self.session = session
        self.today = today
        self.by_name: dict[str, Contact] = {}

    def day(self, offset: int) -> dt.date:
        return self.today + dt.timedelta(days=offset)

    def contact(self, spec: dict[str, object]) -> Contact:
        name = str(spec["name"])
        contact = Contact(
            name=name,
            sort_name=sort_key(name),
            organisation=str(spec.get("organisation", "")),
            email=str(spec.get("email", "")),
            phone=str(spec.get("phone", "")),
            profession=str(spec.get("profession", "")),
            competences=str(spec.get("competences", "")),
            roles=spec.get("roles", R(0)),
            source=spec.get("source"),
            notes=str(spec.get("notes", "")),
            consent_share=bool(spec.get("consent", False)),
            consent_share_on=self.day(-60) if spec.get("consent") else None,
            data_origin="Beispieldaten",
        )
        referrer = spec.get("referred_by")
        if referrer:
            contact.referred_by = self.by_name[str(referrer)]
        self.session.add(contact)
        self.by_name[name] = contact
        stages = spec.get("stages")
        if isinstance(stages, list):
            self.spiral(contact, stages)
        if contact.consent_share:
            contact.consents.append(
                ConsentRecord(
                    purpose=ConsentPurpose.SHARE_CONTACT_DETAILS,
                    given_on=self.day(-60),
                    channel=ConsentChannel.VERBAL,
                    note="Im Gespräch zugestimmt",
                )
            )
        return contact

    def spiral(self, contact: Contact, stages: list[SpiralStage]) -> None:
        previous: SpiralStage | None = None
        for index, stage in enumerate(stages):
            # Evenly spaced over the past year, the latest step 30 days ago.
            contact.spiral_steps.append(
                SpiralStep(
                    changed_on=self.day(-30 - 60 * (len(stages) - 1 - index)),
                    stage=stage,
                    previous_stage=previous,
                    note="",
                )
            )
            previous = stage
        contact.spiral_stage = previous

    def referral(
        self,
        direction: ReferralDirection,
        path: list[tuple[ReferralStatus, int, str]],
        **values: object,
    ) -> Referral:
        """A referral that walked ``path`` (status, day offset, note) to its status."""
        people = {k: self.by_name[str(v)] for k, v in values.items() if k in _PEOPLE and v}
        plain = {k: v for k, v in values.items() if k not in _PEOPLE}
        referral = Referral(direction=direction, status=path[-1][0], **people, **plain)
        referral.referred_on = self.day(path[0][1])
        previous: ReferralStatus | None = None
        for status, offset, note in path:
            referral.events.append(
                ReferralEvent(
                    occurred_on=self.day(offset), from_status=previous, to_status=status, note=note
                )
            )
            previous = status
        self.session.add(referral)
        return referral


_PEOPLE = {"giver", "recommended", "recipient"}
