"""An opened database plus this device: the object every service works through."""

from __future__ import annotations

import os
from pathlib import Path

from app import device as device_mod
from app import templates
from app.device import Device
from db.connection import Database, open_database
from db.ids import HybridClock
from db.records import Writer, last_hlc


class Workspace:
    """Owns one connection. Background work opens its own with `reopen()`."""

    def __init__(self, database: Database, device: Device, clock: HybridClock | None = None):
        from app.badges import BadgeService
        from app.follow_ups import FollowUpService
        from app.photos import PhotoService
        from app.services.catalog import CampaignService, PeopleService, UnitService
        from app.services.checklist import ChecklistService
        from app.services.inspections import InspectionService
        from app.services.records import RecordsService
        from app.signatures import SignatureService

        self.db = database
        self.device = device
        self.clock = clock or HybridClock(last_hlc(database))
        self.writer = Writer(database, device.id, self.clock)
        self.units = UnitService(self)
        self.people = PeopleService(self)
        self.campaigns = CampaignService(self)
        self.inspections = InspectionService(self)
        self.checklist = ChecklistService(self)
        self.records = RecordsService(self)
        self.photos = PhotoService(self)
        self.badges = BadgeService(self)
        self.signatures = SignatureService(self)
        self.follow_ups = FollowUpService(self)

    @property
    def path(self) -> Path:
        return self.db.path

    @classmethod
    def open(cls, path: str | os.PathLike, *, create: bool = True,
             device: Device | None = None) -> Workspace:
        device = device or device_mod.load_or_create()
        database = open_database(path, create=create)
        try:
            workspace = cls(database, device)
            templates.install_shipped(workspace.writer)
        except BaseException:
            database.close()
            raise
        return workspace

    def rename_device(self, name: str) -> Device:
        """Rename this laptop (app.device.rename) and use the new name from now on:
        packages exported through this workspace, or a `reopen()` of it, carry it."""
        self.device = device_mod.rename(self.device, name)
        return self.device

    def reopen(self) -> Workspace:
        """A second connection to the same file (for a worker thread), sharing the
        device and the clock so stamps stay ordered."""
        return Workspace(open_database(self.path, create=False), self.device, self.clock)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
