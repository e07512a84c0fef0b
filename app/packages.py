"""Export packages: what goes in, the digest and the device signature, writing
one safely, and checking one without a database (`kiemtra verify FILE.ktpkg`).

A package never carries the final file name until it is complete: it is written
to a temporary name next to the target, synced, renamed, and the folder synced.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import Cancelled, UserError, ValidationError
from app.progress import CancelFlag, ProgressFn, no_progress
from db import catalog
from db import package_file as pf
from db.ids import uuid7
from db.migrations import SCHEMA_VERSION
from db.records import canonical_json

DEFAULT_MARK = "default"
CANCELLED_EXPORT = "Đã hủy xuất gói; không có tệp nào được tạo, dữ liệu giữ nguyên."
NO_CANCEL = CancelFlag()


class PackageRejected(UserError):
    """A package that must not be merged; the message says why, in Vietnamese."""

    def __init__(self, message: str, *, code: str, detail: str = ""):
        super().__init__(message, detail=detail)
        self.code = code


def fingerprint(public_key_hex: str) -> str:
    """What a person compares by phone: 8 groups of 4 hex digits of SHA-256(key)."""
    digest = hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


@dataclass(frozen=True)
class PackageInfo:
    path: Path
    package_id: str
    device_id: str
    device_name: str
    public_key: str
    created_at: str
    app_version: str
    schema_version: int
    format_version: int
    scope: str
    digest: str
    manifest: dict[str, int] = field(default_factory=dict)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def as_dict(self) -> dict:
        return {"path": str(self.path), "package_id": self.package_id,
                "device_id": self.device_id, "device_name": self.device_name,
                "fingerprint": self.fingerprint, "created_at": self.created_at,
                "app_version": self.app_version, "schema_version": self.schema_version,
                "format_version": self.format_version, "scope": self.scope,
                "digest": self.digest, "manifest": self.manifest}


# -- digest and signature -----------------------------------------------------

def compute_digest(conn: sqlite3.Connection, meta: dict, cancel: CancelFlag = NO_CANCEL,
                   schema: str = "main") -> str:
    """SHA-256 over the meta fields and every row the digest covers, streamed."""
    h = hashlib.sha256()
    h.update(canonical_json({k: meta[k] for k in pf.META_FIELDS}).encode())
    for number, row in enumerate(pf.digest_rows(conn, schema)):
        if number % 4096 == 0:
            cancel.check()
        h.update(b"\n")
        h.update(canonical_json(list(row)).encode())
    return h.hexdigest()


def sign_digest(device, digest: str) -> str:
    return device.private_key().sign(bytes.fromhex(digest)).hex()


def signature_ok(public_key_hex: str, digest: str, signature_hex: str) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
        key.verify(bytes.fromhex(signature_hex), bytes.fromhex(digest))
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


# -- checking a package ------------------------------------------------------

DAMAGED = ("Tệp “{name}” không phải là gói dữ liệu hợp lệ hoặc đã bị hỏng (có thể chép "
           "chưa xong hoặc bị cắt ngang). Hãy chép lại gói từ máy gửi.")
MAX_TEXT = 2_000_000        # a versions/events row: far above any real record
MAX_BLOB = 200_000_000      # one stored photo or PDF


@contextlib.contextmanager
def opened(path: Path):
    """The package opened defensively, or PackageRejected."""
    try:
        if path.is_dir():
            raise PackageRejected(f"“{path.name}” là thư mục, không phải gói dữ liệu.",
                                  code="not_a_package")
        if not path.exists():
            raise PackageRejected(f"Không tìm thấy tệp “{path.name}”.", code="missing")
        if path.stat().st_size == 0:
            raise PackageRejected(f"Tệp “{path.name}” trống (0 byte): gói chưa được chép "
                                  "xong. Hãy chép lại gói từ máy gửi.", code="empty")
        conn = pf.open_readonly(path)
    except pf.NotAPackage as exc:
        raise PackageRejected(f"Tệp “{path.name}” là tệp SQLite nhưng không phải gói dữ liệu "
                              "(gói được tạo bằng chức năng xuất gói, đuôi .ktpkg).",
                              code="not_a_package", detail=str(exc)) from exc
    except pf.ForeignObject as exc:
        raise PackageRejected(f"Gói “{path.name}” có cấu trúc khác định dạng gói (thêm bảng, "
                              "khung nhìn hay trigger lạ, hoặc bảng bị sửa): đã bị sửa bằng "
                              "công cụ khác; gói bị từ chối.", code="unexpected_object",
                              detail=str(exc)) from exc
    except pf.PackageDamaged as exc:
        raise PackageRejected(DAMAGED.format(name=path.name), code="damaged",
                              detail=str(exc)) from exc
    except OSError as exc:
        raise PackageRejected(f"Không đọc được tệp “{path.name}”.", code="unreadable",
                              detail=str(exc)) from exc
    try:
        yield conn
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # a page broken beyond what quick_check saw, or text that is not UTF-8
        raise PackageRejected(DAMAGED.format(name=path.name), code="damaged",
                              detail=str(exc)) from exc
    finally:
        conn.close()


def check(conn: sqlite3.Connection, path: Path, cancel: CancelFlag = NO_CANCEL) -> PackageInfo:
    """Format, versions, sizes, digest and signature of an opened package."""
    try:
        meta = pf.read_meta(conn)
    except pf.PackageDamaged as exc:
        raise PackageRejected(DAMAGED.format(name=path.name), code="damaged",
                              detail=str(exc)) from exc
    _check_meta_types(meta, path)
    if meta["format_version"] > pf.FORMAT_VERSION:
        raise PackageRejected(
            f"Gói “{path.name}” được tạo bởi phiên bản phần mềm mới hơn (định dạng gói "
            f"{meta['format_version']}, phiên bản này đọc được định dạng {pf.FORMAT_VERSION}). "
            "Hãy cập nhật phần mềm rồi nhập lại.", code="newer_format")
    if meta["schema_version"] > SCHEMA_VERSION:
        raise PackageRejected(
            f"Gói “{path.name}” dùng lược đồ dữ liệu {meta['schema_version']}, mới hơn phiên "
            f"bản này (lược đồ {SCHEMA_VERSION}). Hãy cập nhật phần mềm rồi nhập lại.",
            code="newer_schema")
    text, blob = pf.largest_cells(conn)
    if text > MAX_TEXT or blob > MAX_BLOB:
        raise PackageRejected(f"Gói “{path.name}” chứa trường dữ liệu lớn bất thường "
                              f"({max(text, blob):,} byte); gói bị từ chối.", code="too_large")
    unknown = pf.unknown_tables(conn)
    if unknown:
        raise PackageRejected(f"Gói “{path.name}” chứa loại bản ghi không biết "
                              f"({', '.join(unknown[:3])}).", code="unexpected_table")
    digest = compute_digest(conn, meta, cancel)
    if digest != meta["digest"]:
        raise PackageRejected(f"Nội dung gói “{path.name}” đã bị thay đổi sau khi ký (mã "
                              "kiểm tra không khớp); gói bị từ chối.", code="digest_mismatch")
    if not signature_ok(meta["public_key"], digest, meta["signature"]):
        raise PackageRejected(f"Chữ ký của gói “{path.name}” không hợp lệ (không phải do "
                              "khóa của máy gửi ký); gói bị từ chối.", code="bad_signature")
    return PackageInfo(path=path, package_id=meta["package_id"], device_id=meta["device_id"],
                       device_name=meta["device_name"], public_key=meta["public_key"],
                       created_at=meta["created_at"], app_version=meta["app_version"],
                       schema_version=meta["schema_version"],
                       format_version=meta["format_version"], scope=meta["scope"],
                       digest=digest, manifest=_manifest(conn, path))


def _manifest(conn: sqlite3.Connection, path: Path) -> dict[str, int]:
    """The manifest, which must tell the truth about the rows (a signed package
    whose counts lie was made by something other than this application)."""
    manifest = pf.read_manifest(conn)
    if manifest != pf.counted(conn):
        raise PackageRejected(DAMAGED.format(name=path.name), code="damaged",
                              detail=f"manifest {manifest} != rows")
    return manifest


_HEX = re.compile(r"^[0-9a-f]+$")


def _check_meta_types(meta: dict, path: Path) -> None:
    ints = ("format_version", "schema_version")
    ok = all(type(meta[k]) is int and meta[k] >= 1 for k in ints) and all(
        isinstance(meta[k], str) for k in meta if k not in ints)
    ok = ok and len(meta.get("public_key", "")) == 64 and bool(_HEX.match(meta["public_key"]))
    ok = ok and len(meta["signature"]) == 128 and bool(_HEX.match(meta["signature"]))
    if not ok:
        raise PackageRejected(DAMAGED.format(name=path.name), code="damaged",
                              detail="meta types")


def verify_file(path: str | os.PathLike) -> PackageInfo:
    """Check a package on its own (no database): PackageInfo or PackageRejected."""
    path = Path(path)
    with opened(path) as conn:
        info = check(conn, path)
        # Blob bytes are outside the digest (merge re-hashes each one): check them
        # here too, or a package with a changed photo would pass as valid.
        for sha, size, _mime, data in pf.blobs(conn):
            if not (isinstance(data, bytes) and size == len(data)
                    and hashlib.sha256(data).hexdigest() == sha):
                raise PackageRejected(f"Gói “{path.name}” có ảnh hoặc tệp đính kèm không khớp "
                                      "với mã băm của nó (đã bị sửa hoặc hỏng); gói bị từ chối.",
                                      code="blob_mismatch", detail=str(sha))
        return info


# -- exporting ------------------------------------------------------------------

@dataclass(frozen=True)
class ExportPlan:
    records: int
    inspections: int
    photos: int
    blobs: int
    blob_bytes: int
    by_table: dict[str, int]

    @property
    def empty(self) -> bool:
        return self.records == 0


@dataclass(frozen=True)
class ExportResult:
    path: Path
    package_id: str
    digest: str
    plan: ExportPlan


def _selection(exporter: pf.Exporter, ws, inspections, campaign, everything) -> None:
    if everything:
        exporter.select_all()
    elif inspections or campaign:
        if inspections:
            exporter.select_inspections(list(inspections))
        if campaign:
            exporter.select_campaign(campaign)
    else:
        exporter.select_changed_since(_mark(ws))
    exporter.close_over_parents()


def _mark(ws) -> int:
    value = catalog.setting(ws.db, f"export_mark:{DEFAULT_MARK}")
    return int(value) if value else 0


def _plan(exporter: pf.Exporter) -> ExportPlan:
    counts = exporter.counts()
    blob_count, blob_bytes = exporter.blob_bytes()
    return ExportPlan(records=sum(counts.values()), inspections=counts.get("inspections", 0),
                      photos=counts.get("photos", 0), blobs=blob_count, blob_bytes=blob_bytes,
                      by_table=counts)


def plan_export(ws, *, inspections=(), campaign: str | None = None,
                everything: bool = False) -> ExportPlan:
    """What an export would contain, without writing anything."""
    exporter = pf.Exporter(ws.db.conn, Path())
    with exporter.session(attach=False):
        _selection(exporter, ws, inspections, campaign, everything)
        return _plan(exporter)


def default_name(ws, team: str = "") -> str:
    """e.g. `doan-1_may-A_2026-11-28_0930.ktpkg`: team, device and date."""
    from app.text import ascii_slug

    parts = [ascii_slug(team) or "doan", ascii_slug(ws.device.name) or "may",
             dt.datetime.now().strftime("%Y-%m-%d_%H%M")]
    return "_".join(parts) + pf.SUFFIX


def export(ws, out_path: str | os.PathLike, *, inspections=(), campaign: str | None = None,
           everything: bool = False, progress: ProgressFn = no_progress,
           cancel: CancelFlag = NO_CANCEL, schema_version: int = SCHEMA_VERSION) -> ExportResult:
    """Write a package. The live database is only read; the export mark (local
    bookkeeping) moves only after the file is complete under its final name."""
    from app import __version__

    target = Path(out_path)
    if target.suffix.lower() != pf.SUFFIX:
        target = target.with_name(target.name + pf.SUFFIX)
    if target.exists() and target.is_dir():
        raise ValidationError(f"“{target}” là một thư mục; hãy chọn tên tệp cho gói.")
    if not target.parent.is_dir():
        raise ValidationError(f"Không có thư mục “{target.parent}” để ghi gói.")
    _remove_stale_temps(target)
    temp = target.with_name(f".{target.name}.{uuid7()[-12:]}.tmp")
    conn = ws.db.conn
    exporter = pf.Exporter(conn, temp)
    steps = ["chọn bản ghi", "versions", "blobs", "events", "ký gói", "ghi ra đĩa"]
    labels = {"versions": "chép các phiên bản bản ghi", "blobs": "chép ảnh và tệp",
              "events": "chép nhật ký thay đổi"}
    done = 0

    def step(name: str) -> None:
        nonlocal done
        if cancel.is_set():
            raise Cancelled(CANCELLED_EXPORT)
        progress(done, len(steps), labels.get(name, name))
        done += 1

    def abort_on_cancel() -> int:
        return 1 if cancel.is_set() else 0

    conn.set_progress_handler(abort_on_cancel, 20_000)
    try:
        with exporter.session():
            step("chọn bản ghi")
            mark = exporter.row_version_mark()
            _selection(exporter, ws, inspections, campaign, everything)
            plan = _plan(exporter)
            if plan.empty:
                raise ValidationError(_nothing_message(inspections, campaign, everything))
            exporter.write(step)
            length, table, record_id = exporter.largest_version()
            if length > MAX_TEXT - 4096:
                raise ValidationError(
                    f"Một bản ghi quá lớn để gửi đi ({length:,} byte, bảng {table}, mã "
                    f"{record_id}); nơi nhận sẽ từ chối gói. Hãy rút gọn nội dung đó "
                    "(ví dụ một ghi chú dán quá dài) rồi xuất lại.")
            if exporter.missing_current():
                raise UserError("Lịch sử phiên bản của một số bản ghi không đầy đủ; không "
                                "xuất được gói.")
            step("ký gói")
            meta = {"format_version": pf.FORMAT_VERSION, "package_id": uuid7(),
                    "device_id": ws.device.id, "device_name": ws.device.name,
                    "public_key": ws.device.public_key_hex(),
                    "created_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
                    "app_version": __version__, "schema_version": schema_version,
                    "scope": _scope(inspections, campaign, everything)}
            digest = compute_digest(conn, meta, cancel, schema="pkg")
            meta |= {"digest": digest, "signature": sign_digest(ws.device, digest)}
            exporter.finish(meta)
        step("ghi ra đĩa")
        pf.fsync_path(temp)
        os.replace(temp, target)
        with contextlib.suppress(OSError):   # not every file system syncs folders
            pf.fsync_path(target.parent)
    except sqlite3.OperationalError as exc:
        temp.unlink(missing_ok=True)
        if "interrupted" in str(exc).lower():
            raise Cancelled(CANCELLED_EXPORT) from exc
        raise _write_error(target, exc) from exc
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _write_error(target, exc) from exc
    except Cancelled:
        temp.unlink(missing_ok=True)
        raise Cancelled(CANCELLED_EXPORT) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    finally:
        conn.set_progress_handler(None, 0)
    if not (inspections or campaign or everything):
        catalog.set_setting(ws.db, f"export_mark:{DEFAULT_MARK}", str(mark))
    progress(len(steps), len(steps), "xong")
    return ExportResult(path=target, package_id=meta["package_id"], digest=digest, plan=plan)


def _nothing_message(inspections, campaign, everything) -> str:
    if inspections or campaign:
        return "Không tìm thấy cuộc kiểm tra hoặc đợt kiểm tra đã chọn; không có gì để xuất."
    if everything:
        return "Tệp dữ liệu chưa có bản ghi nào để xuất."
    return ("Không có gì mới để xuất kể từ lần xuất trước. Có thể chọn “Tất cả” để xuất "
            "toàn bộ dữ liệu.")


STALE_TEMP_SECONDS = 60


def _remove_stale_temps(target: Path) -> None:
    """Temporary files (and their journals) that an export to the same name left
    behind when it was killed (power cut, crash): hidden, but each as big as a
    package. Only those unmodified for a minute, so no running export loses its file."""
    pattern = re.compile(re.escape(f".{target.name}.") + r"[0-9a-f]{12}\.tmp(-journal)?")
    cutoff = dt.datetime.now().timestamp() - STALE_TEMP_SECONDS
    with contextlib.suppress(OSError):
        for path in target.parent.iterdir():
            if pattern.fullmatch(path.name) and path.stat().st_mtime < cutoff:
                path.unlink(missing_ok=True)


def _write_error(target: Path, exc: Exception) -> UserError:
    text = str(exc).lower()
    if "full" in text or "no space" in text or getattr(exc, "errno", None) == 28:
        return UserError(f"Ổ đĩa chứa “{target.parent}” đã đầy; gói chưa được ghi. Hãy giải "
                         "phóng chỗ trống hoặc chọn ổ khác.", detail=str(exc))
    return UserError(f"Không ghi được gói vào “{target.parent}”. Hãy kiểm tra ổ đĩa (USB) và "
                     "quyền ghi, rồi thử lại.", detail=str(exc))


def _scope(inspections, campaign, everything) -> str:
    if everything:
        return "all"
    if campaign:
        return f"campaign:{campaign}"
    if inspections:
        return "inspections:" + ",".join(inspections)
    return "changes"
