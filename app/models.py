"""The record types the services return, for code above the app layer."""

from db.models import (  # noqa: F401 (re-exported)
    Answer,
    BadgeCheck,
    Campaign,
    CampaignMember,
    Finding,
    Inspection,
    InspectionRow,
    Member,
    Note,
    Person,
    Photo,
    Request,
    Signature,
    Template,
    TemplateItem,
    Unit,
)
