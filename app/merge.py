"""Merging packages: one transaction per package, version vectors, three-way
comparison, every competing version kept.

The outcome for a record depends only on the set of versions seen of it (its
`row_versions`), never on the order packages arrive in:
- one version dominates all others → it is the record;
- several concurrent versions whose edits (against their common ancestor) touch
  different fields → they merge into one version whose vector is the join of
  theirs (so every machine that merges the same versions writes the same one);
  such a merged version, recognised by a vector that is exactly the join of the
  versions it covers, never competes itself, so which versions met first
  does not matter;
- edits to the same field, a deletion against an edit, or any change to a
  finalised inspection → an open conflict that keeps every competing version;
  until a person resolves it the record shows the greatest (hlc, device id).

A finalised inspection is never changed silently: a version that would change
it, or a record added to it later than its finalisation, goes into a conflict
and the finalised record stays as it is. A late record merged before the
finalisation arrived stays in its table (nothing is ever deleted) and the
arriving finalisation opens the same 'finalised' conflict on it: the open
conflicts do not depend on the order, the presence of that row does.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
import shutil
import sqlite3
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

from app import packages
from app.errors import Cancelled, UserError
from app.packages import NO_CANCEL, PackageInfo, PackageRejected
from app.progress import CancelFlag, ProgressFn, no_progress
from db import package_file as pf
from db.ids import uuid7
from db.merging import Target
from db.migrations import SCHEMA_VERSION
from db.records import SYNC_FIELDS, canonical_json, join
from db.schema_v3 import LOCKED_CHILDREN, TRAVELLING_TABLES

OUTCOMES = ("new", "updated", "merged", "unchanged", "conflict")
DEVICE_STATES = {
    "own": "máy này",
    "trusted": "đã tin cậy",
    "new": "máy mới, chưa tin cậy",
    "untrusted": "chưa tin cậy",
    "revoked": "đã thu hồi",
    "key_mismatch": "khóa không khớp",
}
_HLC = re.compile(r"^\d{13}\.\d{5}$")
_SHA = re.compile(r"^[0-9a-f]{64}$")
_COMPARED = frozenset(SYNC_FIELDS) - {"deleted"}


@dataclass
class MergeResult:
    path: Path
    status: str                      # merged | unchanged | rejected | failed | preview
    reason: str = ""
    code: str = ""
    info: PackageInfo | None = None
    device_state: str = ""
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status in ("merged", "unchanged", "preview")

    def as_dict(self) -> dict:
        return {"path": str(self.path), "status": self.status, "reason": self.reason,
                "code": self.code, "device_state": self.device_state,
                "package": self.info.as_dict() if self.info else None,
                "counts": dict(self.counts)}


class _DryRun(Exception):
    pass


# -- version vectors ---------------------------------------------------------

def parse_vv(text: str) -> dict[str, int]:
    value = json.loads(text)
    if not isinstance(value, dict) or not value or not all(
            isinstance(k, str) and type(v) is int and v > 0 for k, v in value.items()):
        raise ValueError("bad version vector")
    return value


def covers(a: dict[str, int], b: dict[str, int]) -> bool:
    """a has seen everything b has (a ≥ b)."""
    return all(a.get(k, 0) >= v for k, v in b.items())


@dataclass(frozen=True)
class Version:
    vv_text: str
    vv: dict
    hlc: str
    device_id: str
    data: dict
    data_text: str

    @property
    def rank(self) -> tuple:
        return (self.hlc, self.device_id, self.vv_text)


def _fits(value, declared: str) -> bool:
    """A JSON value the column can hold as this application writes it: an integer
    column holds 64-bit integers, a real column finite numbers, a text column text."""
    if value is None:
        return True
    if declared == "INTEGER":
        return type(value) is int and -2**63 <= value < 2**63
    if declared == "REAL":
        return (type(value) is int and -2**63 <= value < 2**63) or (
            type(value) is float and math.isfinite(value))
    return type(value) is str


def _version(vv_text: str, hlc: str, device_id: str, data_text: str) -> Version:
    return Version(vv_text, parse_vv(vv_text), hlc, device_id, json.loads(data_text), data_text)


def frontier(versions: list[Version]) -> list[Version]:
    unique = {v.vv_text: v for v in versions}.values()
    return sorted((v for v in unique if not any(
        o.vv_text != v.vv_text and covers(o.vv, v.vv) for o in unique)),
        key=lambda v: v.vv_text)


def made_by_merge(version: Version, versions: list[Version]) -> bool:
    """A version a merge wrote (here or on another machine): its vector is exactly
    the join of the versions it covers, since a merged version never bumps its
    vector while every edit does. Its content follows from those versions."""
    below = [v.vv for v in versions if v.vv_text != version.vv_text and covers(version.vv, v.vv)]
    return len(below) >= 2 and join(below) == version.vv


def ancestor(versions: list[Version], tops: list[Version]) -> Version | None:
    below = [v for v in versions if all(covers(t.vv, v.vv) for t in tops)]
    if not below:
        return None
    return max(frontier(below), key=lambda v: (sum(v.vv.values()), *v.rank))


# Fields that only say when a person last touched the record: two laptops that
# recorded the same answer at different moments agree; the latest stamp is kept.
SOFT_FIELDS = {"answers": frozenset({"answered_at"}), "notes": frozenset({"written_at"})}


def three_way(base: Version | None, tops: list[Version],
              soft: frozenset = frozenset()) -> tuple[str, dict | None]:
    """('', merged data) when the edits combine; (kind, None) when they clash.
    Differing values of a `soft` field never clash: the greatest version's wins."""
    fields = sorted(set().union(*(t.data for t in tops)) - _COMPARED)
    before = base.data if base else {}
    changes = [{f: t.data.get(f) for f in fields
                if base is None or t.data.get(f) != before.get(f)} for t in tops]
    if base is not None:
        deleting = [i for i, ch in enumerate(changes) if ch.get("deleted") == 1]
        editing = [i for i, ch in enumerate(changes) if set(ch) - {"deleted"}]
        if deleting and any(i not in deleting for i in editing):
            return "delete", None
    merged = {f: before.get(f) for f in fields}
    for f in fields:
        values = {canonical_json(ch[f]) for ch in changes if f in ch}
        if len(values) > 1 and f in soft:
            latest = max((t for t, ch in zip(tops, changes, strict=True) if f in ch),
                         key=lambda t: t.rank)
            values = {canonical_json(latest.data.get(f))}
        if len(values) > 1:
            return "edit", None
        if values:
            merged[f] = json.loads(values.pop())
    if any(t.data.get("status") == "finalised" for t in tops) and any(
            t.data.get("status") != "finalised" or {f: t.data.get(f) for f in fields} != merged
            for t in tops):
        return "finalised", None
    return "", merged


# -- the engine ----------------------------------------------------------------

class _Engine:
    def __init__(self, ws, target: Target, conn: sqlite3.Connection, info: PackageInfo,
                 progress: ProgressFn, cancel: CancelFlag):
        self.ws = ws
        self.target = target
        self.conn = conn
        self.info = info
        self.progress = progress
        self.cancel = cancel
        self.counts: Counter = Counter({k: 0 for k in OUTCOMES})
        self.now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        self.max_hlc = ""

    def reject(self, message: str, code: str, detail: str = "") -> PackageRejected:
        return PackageRejected(f"Gói “{self.info.path.name}”: {message}", code=code,
                               detail=detail)

    def run(self) -> Counter:
        self.open_keys = self.target.open_conflict_keys()
        total = max(self.info.manifest.get("records", 0), 1)
        done = 0
        for table in TRAVELLING_TABLES:
            rows = pf.versions_of_table(self.conn, table)
            for record_id, group in groupby(rows, key=lambda row: row[0]):
                self.record(table, record_id, list(group))
                done += 1
                if done % 200 == 0:
                    self.cancel.check()
                    self.progress(done, total, "bản ghi")
        self.progress(done, total, "ảnh và tệp")
        self.blobs()
        self.events()
        dangling = self.target.dangling_references()
        if dangling:
            table, record, column, missing = dangling[0]
            raise self.reject(f"có bản ghi tham chiếu đến bản ghi không có ở đâu cả ({table}."
                              f"{column} = {missing}); gói bị từ chối.", "dangling_reference",
                              detail=repr(dangling))
        self.counts["blobs_missing"] = len(self.target.missing_blobs())
        return self.counts

    # records
    def parse(self, table: str, record_id: str, rows: list[tuple]) -> tuple[list, Version]:
        columns = set(self.target.columns(table))
        types = self.target.column_types(table)
        parsed, currents = [], []
        for _rid, vv_text, hlc, device_id, data_text, current in rows:
            try:
                version = _version(vv_text, hlc, device_id, data_text)
            except (ValueError, TypeError, RecursionError) as exc:   # deep nesting too
                raise self.reject("có bản ghi hỏng; gói bị từ chối.", "bad_record",
                                  detail=f"{table}/{record_id}: {exc}") from exc
            data = version.data
            ok = (isinstance(data, dict) and set(SYNC_FIELDS) <= set(data) <= columns
                  and isinstance(data["created_by"], str) and isinstance(data["updated_by"], str)
                  and data.get("id") == record_id
                  and data.get("vv") == vv_text and data.get("hlc") == hlc
                  and isinstance(hlc, str) and bool(_HLC.match(hlc))
                  and isinstance(device_id, str)
                  and canonical_json(data) == data_text
                  and all(_fits(v, types.get(k, "")) for k, v in data.items()))
            if not ok:
                raise self.reject("có bản ghi không đúng cấu trúc; gói bị từ chối.",
                                  "bad_record", detail=f"{table}/{record_id}")
            parsed.append(version)
            if current == 1:
                currents.append(version)
            elif current != 0:
                raise self.reject("có bản ghi hỏng; gói bị từ chối.", "bad_record")
        if len(currents) != 1:
            raise self.reject("có bản ghi thiếu phiên bản hiện hành; gói bị từ chối.",
                              "bad_record", detail=f"{table}/{record_id}")
        return parsed, currents[0]

    def record(self, table: str, record_id: str, rows: list[tuple]) -> None:
        versions, incoming = self.parse(table, record_id, rows)
        for v in versions:
            self.target.add_version(table, record_id, v.vv_text, v.hlc, v.device_id,
                                    v.data_text)
            self.max_hlc = max(self.max_hlc, v.hlc)
        local = self.target.current(table, record_id)
        key = (table, record_id)
        simple = key not in self.open_keys and all(covers(incoming.vv, v.vv) for v in versions)
        local_vv = json.loads(local["vv"]) if local is not None else {}
        if local is None and simple:
            if self.late_child(table, incoming):
                outcome = self.conflict(table, record_id, "finalised", None, [incoming], None)
            else:
                self.target.write_row(table, incoming.data, exists=False)
                outcome = "new"
        elif local is not None and simple and covers(local_vv, incoming.vv):
            outcome = "unchanged"
        elif local is not None and simple and covers(incoming.vv, local_vv):
            if self.locked(table, local, incoming) and not _same(local, incoming.data):
                outcome = self.conflict(table, record_id, "finalised", None,
                                        [self.as_version(local), incoming], local)
            else:
                self.target.write_row(table, incoming.data, exists=True)
                outcome = "updated"
        else:
            outcome = self.settle(table, record_id, local)
        if table == "inspections" and (local is None or local["status"] != "finalised"):
            self.flag_late_children(record_id)
        self.target.log_item(self.info.package_id, table, record_id, incoming.vv_text, outcome)
        self.counts[outcome] += 1

    def flag_late_children(self, inspection_id: str) -> None:
        """The inspection has just become finalised here: records of it already
        merged but stamped after its finalisation were not in the signed minutes.
        They stay (nothing is deleted) but each opens a 'finalised' conflict, so a
        reviewer sees them whichever package arrived first."""
        state = self.target.inspection_status(inspection_id)
        if state is None or state[0] != "finalised":
            return
        for table, row in self.target.children_after(LOCKED_CHILDREN, inspection_id, state[1]):
            if (table, row["id"]) not in self.open_keys:
                self.conflict(table, row["id"], "finalised", None, [self.as_version(row)], row)
                self.counts["conflict"] += 1

    def settle(self, table: str, record_id: str, local: dict | None) -> str:
        """The slow path: decide from every version seen of the record."""
        seen = [_version(*row) for row in self.target.versions(table, record_id)]
        # Merged versions (made here or elsewhere) do not compete: counting one
        # would make the result depend on which versions met first.
        tops = frontier([v for v in seen if not made_by_merge(v, seen)])
        winner = max(tops, key=lambda v: v.rank)
        if local is None and self.late_child(table, winner):
            return self.conflict(table, record_id, "finalised", None, tops, None)
        if len(tops) == 1:
            if local is not None and self.locked(table, local, winner) \
                    and not _same(local, winner.data):
                return self.conflict(table, record_id, "finalised", None,
                                     [self.as_version(local), winner], local)
            self.show(table, local, winner.data)
            closed = self.target.close_conflict(table, record_id, "superseded", self.now)
            self.open_keys.discard((table, record_id))
            return "updated" if closed or local is None or local["vv"] != winner.vv_text \
                else "unchanged"
        base = ancestor(seen, tops)
        kind, merged = three_way(base, tops, SOFT_FIELDS.get(table, frozenset()))
        if merged is not None and not (local is not None and self.locked(table, local, winner)):
            data = dict(merged)
            data.update(id=record_id, vv=canonical_json(join(t.vv for t in tops)),
                        hlc=max(t.hlc for t in tops), updated_by=winner.data["updated_by"],
                        created_by=(base.data if base else min(
                            tops, key=lambda t: t.data["created_by"]).data)["created_by"])
            text = canonical_json(data)
            self.target.add_version(table, record_id, data["vv"], data["hlc"],
                                    winner.device_id, text)
            wrote = self.show(table, local, data)
            closed = self.target.close_conflict(table, record_id, "merged", self.now)
            self.open_keys.discard((table, record_id))
            return "merged" if wrote or closed else "unchanged"   # seen before: no change
        if local is not None and self.locked(table, local, winner):
            return self.conflict(table, record_id, "finalised", base, tops, local)
        if kind == "finalised":   # the finalised version is shown, whichever arrived first
            winner = max((t for t in tops if t.data.get("status") == "finalised"),
                         key=lambda v: v.rank)
        return self.conflict(table, record_id, kind or "edit", base, tops, None, shown=winner)

    def conflict(self, table: str, record_id: str, kind: str, base: Version | None,
                 versions: list[Version], keep: dict | None, shown: Version | None = None) -> str:
        wrote = shown is not None and self.show(
            table, self.target.current(table, record_id), shown.data)
        listed = sorted({v.vv_text: v for v in versions}.values(), key=lambda v: v.vv_text)
        saved = self.target.save_conflict(
            uuid7(), table, record_id, kind, base.vv_text if base else None,
            [{"vv": v.vv_text, "hlc": v.hlc, "device_id": v.device_id, "data": v.data}
             for v in listed], self.now)
        self.open_keys.add((table, record_id))
        # the same open conflict with the same versions: this package changed nothing
        return "conflict" if wrote or saved else "unchanged"

    def show(self, table: str, local: dict | None, data: dict) -> bool:
        """Make `data` the current row; False when it already was."""
        if local is None:
            self.target.write_row(table, data, exists=False)
        elif local["vv"] != data["vv"] or not _same(local, data):
            self.target.write_row(table, data, exists=True)
        else:
            return False
        return True

    def as_version(self, row: dict) -> Version:
        text = canonical_json(row)
        return Version(row["vv"], json.loads(row["vv"]), row["hlc"], row["updated_by"],
                       dict(row), text)

    def locked(self, table: str, local: dict, incoming: Version) -> bool:
        if table == "inspections":
            return local.get("status") == "finalised"
        return self.late_child(table, incoming) or self.late_child(table, self.as_version(local))

    def late_child(self, table: str, version: Version) -> bool:
        """A record of a finalised inspection written after the finalisation."""
        if table not in LOCKED_CHILDREN:
            return False
        state = self.target.inspection_status(version.data.get("inspection_id"))
        return state is not None and state[0] == "finalised" and version.hlc > state[1]

    # blobs and events
    def blobs(self) -> None:
        new = 0
        for number, (sha, size, mime, data) in enumerate(pf.blobs(self.conn)):
            if number % 16 == 0:
                self.cancel.check()
            ok = (isinstance(sha, str) and bool(_SHA.match(sha)) and isinstance(data, bytes)
                  and size == len(data) and isinstance(mime, str)
                  and hashlib.sha256(data).hexdigest() == sha)
            if not ok:
                raise self.reject("có ảnh hoặc tệp đính kèm không khớp với mã băm của nó (đã "
                                  "bị sửa hoặc hỏng); gói bị từ chối.", "blob_mismatch",
                                  detail=str(sha))
            if not self.target.has_blob(sha):
                self.target.put_blob(sha, size, mime, data)
                new += 1
        self.counts["blobs_new"] = new

    def events(self) -> None:
        def checked():
            for row in pf.events(self.conn):
                if not (all(isinstance(v, str) for i, v in enumerate(row) if i != 2)
                        and type(row[2]) is int):
                    raise self.reject("có dòng nhật ký hỏng; gói bị từ chối.", "bad_event")
                yield row
        self.counts["events_new"] = self.target.add_events(checked())


def _same(local: dict, data: dict) -> bool:
    return all(local.get(k) == v for k, v in data.items() if k not in _COMPARED)


# -- entry points ------------------------------------------------------------------

def device_state(ws, target: Target, info: PackageInfo) -> str:
    if info.device_id == ws.device.id:
        return "own" if info.public_key == ws.device.public_key_hex() else "key_mismatch"
    known = target.device(info.device_id)
    if known is None:
        return "new"
    if known["public_key"] and known["public_key"] != info.public_key:
        return "key_mismatch"
    if known["revoked"]:
        return "revoked"
    return "trusted" if known["trusted"] else "untrusted"


def merge_file(ws, path, *, dry_run: bool = False, trust_new: bool = False,
               progress: ProgressFn = no_progress, cancel: CancelFlag = NO_CANCEL) -> MergeResult:
    """Merge one package (or, with `dry_run`, say what merging it would do).
    Anything but a complete merge leaves the database exactly as it was."""
    path = Path(path)
    result = MergeResult(path=path, status="rejected")
    try:
        with packages.opened(path) as conn:
            progress(0, 1, "kiểm tra gói")
            result.info = packages.check(conn, path, cancel)
            if result.info.schema_version < SCHEMA_VERSION:
                return _merge_upgraded(ws, result, dry_run, trust_new, progress, cancel)
            return _merge_checked(ws, conn, result, dry_run, trust_new, progress, cancel)
    except PackageRejected as exc:
        result.status, result.reason, result.code = "rejected", exc.message, exc.code
        return result


def _merge_upgraded(ws, result, dry_run, trust_new, progress, cancel) -> MergeResult:
    """An older package is migrated in a temporary copy, never in place."""
    info = result.info
    with tempfile.TemporaryDirectory(prefix="kiemtra-goi-") as folder:
        copy = Path(folder) / info.path.name
        shutil.copyfile(info.path, copy)
        pf.set_schema_version(copy, SCHEMA_VERSION)   # rows of v1–v3 read the same
        with packages.opened(copy) as conn:
            return _merge_checked(ws, conn, result, dry_run, trust_new, progress, cancel)


def _merge_checked(ws, conn, result: MergeResult, dry_run: bool, trust_new: bool,
                   progress: ProgressFn, cancel: CancelFlag) -> MergeResult:
    info = result.info
    target = Target(ws.db)
    result.device_state = device_state(ws, target, info)
    logged = target.logged_digest(info.package_id)
    if logged is not None:
        if logged != info.digest:
            raise PackageRejected(
                f"Gói “{info.path.name}” có mã gói đã nhập trước đây nhưng nội dung khác (có "
                "thể đã bị sửa); gói bị từ chối.", code="tampered")
        result.status = "unchanged"
        result.reason = "Gói này đã được nhập trước đây; không có gì thay đổi."
        return result
    state = result.device_state
    if state == "revoked":
        raise PackageRejected(f"Gói “{info.path.name}” đến từ máy đã bị thu hồi quyền gửi dữ "
                              "liệu; gói bị từ chối.", code="revoked")
    if state == "key_mismatch":
        raise PackageRejected(
            f"Gói “{info.path.name}” mang mã máy đã biết nhưng được ký bằng một khóa khác (dấu "
            f"vân tay {info.fingerprint}); gói bị từ chối.", code="key_mismatch")
    if state in ("new", "untrusted") and not (trust_new or dry_run):
        raise PackageRejected(
            f"Máy gửi gói “{info.path.name}” ({info.device_name}) chưa được tin cậy. Hãy đối "
            f"chiếu dấu vân tay {info.fingerprint} với máy gửi rồi chọn tin cậy.",
            code="untrusted")
    engine = _Engine(ws, target, conn, info, progress, cancel)
    try:
        with target.transaction():
            if state in ("new", "untrusted"):
                target.trust_device(info.device_id, info.device_name, info.public_key,
                                    engine.now)
            elif state == "trusted" and info.device_name:
                target.note_device_name(info.device_id, info.device_name)
            counts = engine.run()
            if dry_run:
                raise _DryRun()
            target.log_package(info.package_id, info.digest, info.device_id, engine.now,
                               {"file": info.path.name, "counts": dict(counts),
                                "device_name": info.device_name, "scope": info.scope,
                                "created_at": info.created_at})
    except _DryRun:
        result.status, result.counts = "preview", dict(engine.counts)
        return result
    except Cancelled:
        raise Cancelled("Đã hủy nhập gói; dữ liệu giữ nguyên như trước.") from None
    except sqlite3.IntegrityError as exc:
        raise PackageRejected(f"Gói “{info.path.name}” chứa bản ghi vi phạm ràng buộc dữ liệu; "
                              "gói bị từ chối.", code="invalid_record", detail=str(exc)) from exc
    except sqlite3.OperationalError as exc:
        raise _storage_error(exc) from exc
    if engine.max_hlc:
        ws.clock.observe(engine.max_hlc)
    result.status, result.counts = "merged", dict(counts)
    return result


def _storage_error(exc: Exception) -> UserError:
    text = str(exc).lower()
    if "full" in text:
        return UserError("Ổ đĩa chứa tệp dữ liệu đã đầy giữa chừng khi nhập gói; mọi thay đổi "
                         "của gói đã được hoàn tác, dữ liệu giữ nguyên như trước. Hãy giải "
                         "phóng chỗ trống rồi nhập lại.", detail=str(exc))
    return UserError("Lỗi đọc/ghi ổ đĩa khi nhập gói; mọi thay đổi của gói đã được hoàn tác, "
                     "dữ liệu giữ nguyên như trước.", detail=str(exc))


def expand(paths) -> list[Path]:
    """Files as given; folders become their .ktpkg files, sorted by name."""
    out: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            out += sorted(p for p in path.iterdir() if p.suffix.lower() == pf.SUFFIX
                          and not p.name.startswith("."))
        else:
            out.append(path)
    return out


def merge_many(ws, paths, *, dry_run: bool = False, trust_new: bool = False,
               progress: ProgressFn = no_progress,
               cancel: CancelFlag = NO_CANCEL) -> list[MergeResult]:
    """Each package on its own: one rejected package does not stop the others.

    A dry run previews the packages in order, each as if the ones before it had
    been merged (two packages carrying the same records do not both count them
    as new), then takes everything back: nothing is written."""
    files = expand(paths)
    if not dry_run:
        return _each(ws, files, trust_new, progress, cancel, preview=False)
    results: list[MergeResult] = []
    try:
        with ws.db.transaction():
            results = _each(ws, files, True, progress, cancel, preview=True)
            raise _DryRun()
    except _DryRun:
        pass
    return results


def _each(ws, files: list[Path], trust_new: bool, progress: ProgressFn, cancel: CancelFlag,
          *, preview: bool) -> list[MergeResult]:
    results = []
    for number, path in enumerate(files):
        def step(done, total, label, number=number, name=path.name):
            progress(number * 1000 + (1000 * done // max(total, 1)), len(files) * 1000,
                     f"{name}: {label}")
        try:
            result = merge_file(ws, path, trust_new=trust_new, progress=step, cancel=cancel)
        except Cancelled:
            raise
        except UserError as exc:
            result = MergeResult(path=path, status="failed", reason=exc.message,
                                 code="storage")
        if preview and result.status == "merged":
            result.status = "preview"     # merged only inside the transaction taken back
        results.append(result)
    return results
