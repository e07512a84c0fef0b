"""The command line's packages: `kiemtra export`, `kiemtra merge`, checking a
`.ktpkg` file with `kiemtra verify`, `kiemtra devices` (the devices that
sent packages: trust one, revoke one) and `kiemtra device` (this laptop's
name, id and key fingerprint; `--name` renames it).

Same services as the app (app.packages, app.merge, app.devices); exit status 1
when a package was rejected or there was nothing to export.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.errors import RecordNotFound, ValidationError

HELP = "hiện hướng dẫn này rồi thoát"
EXIT_OK, EXIT_PROBLEM = 0, 1
SUFFIX = ".ktpkg"
SQLITE_HEADER = b"SQLite format 3\x00"

STATUS_LABELS = {"merged": "ĐÃ NHẬP", "unchanged": "ĐÃ NHẬP TỪ TRƯỚC", "rejected": "BỊ TỪ CHỐI",
                 "failed": "LỖI", "preview": "XEM TRƯỚC"}
COUNT_LABELS = (("new", "mới"), ("updated", "cập nhật"), ("merged", "gộp"),
                ("unchanged", "không đổi"), ("conflict", "xung đột"))


# -- parsers -------------------------------------------------------------------

def add_commands(command, sub, parser_class) -> None:
    """`command(name, help)` is cli.build_parser's helper (--db, --json, -h)."""
    export = command("export", "xuất gói dữ liệu (.ktpkg) để mang về văn phòng hoặc sang máy "
                               "khác; mặc định: những gì thay đổi kể từ lần xuất trước")
    export.add_argument("--out", type=Path, required=True, metavar="TỆP.ktpkg",
                        help="tệp gói sẽ ghi, hoặc thư mục (tên tệp tự đặt theo đoàn, máy "
                             "và ngày)")
    export.add_argument("--inspection", action="append", default=[], metavar="MÃ",
                        help="chỉ xuất cuộc kiểm tra này (lặp lại để chọn nhiều)")
    export.add_argument("--campaign", metavar="MÃ", help="xuất mọi cuộc kiểm tra của một đợt")
    export.add_argument("--all", action="store_true", help="xuất toàn bộ dữ liệu")
    export.add_argument("--team", default="", metavar="TÊN",
                        help="tên đoàn, dùng trong tên tệp khi --out là thư mục")
    merge = command("merge", "nhập (hợp nhất) các gói dữ liệu vào tệp dữ liệu")
    merge.add_argument("files", nargs="+", type=Path, metavar="TỆP_HOẶC_THƯ_MỤC",
                       help="gói .ktpkg, hoặc thư mục chứa các gói")
    merge.add_argument("--dry-run", action="store_true",
                       help="chỉ xem trước: kiểm tra và đếm, không ghi gì")
    merge.add_argument("--trust-new", action="store_true",
                       help="tin cậy máy gửi chưa biết (hãy đối chiếu dấu vân tay trước)")
    this = command("device", "tên, mã và dấu vân tay của máy này (tên và dấu vân tay đi kèm "
                             "mọi gói xuất ra); --name để đặt tên", db=False)
    this.add_argument("--name", metavar="TÊN",
                      help="đặt tên mới cho máy này, ví dụ “Đoàn 1 – máy chị Hương” (1–60 ký "
                           "tự; mã máy và khóa ký không đổi)")
    devices = sub.add_parser("devices", help="các máy đã gửi gói: tin cậy, thu hồi",
                             description="các máy đã gửi gói: tin cậy, thu hồi", add_help=False)
    devices.add_argument("-h", "--help", action="help", help=HELP)
    device_sub = devices.add_subparsers(dest="devices_command", metavar="LỆNH", required=True,
                                        parser_class=parser_class)
    for name, text in (("list", "liệt kê các máy đã gửi gói và trạng thái tin cậy"),
                       ("trust", "tin cậy một máy (sau khi đối chiếu dấu vân tay)"),
                       ("revoke", "thu hồi một máy: từ nay mọi gói của máy đó bị từ chối")):
        p = device_sub.add_parser(name, help=text, description=text, add_help=False)
        p.add_argument("-h", "--help", action="help", help=HELP)
        p.add_argument("--db", type=Path, required=True, help="tệp dữ liệu")
        p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
        if name != "list":
            p.add_argument("device", metavar="MÃ_MÁY", help="mã máy (đủ hoặc phần đầu)")


def is_package(path: Path) -> bool:
    """A `.ktpkg` name, or SQLite content (a PDF never starts with that header)."""
    if path.suffix.lower() == SUFFIX:
        return True
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


# -- wording --------------------------------------------------------------------

def size_text(size: int) -> str:
    """Bytes for a person, with the Vietnamese decimal comma: '488 KB', '1,2 MB'."""
    value, unit = float(size), "B"
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            break
        value /= 1024
    shown = f"{value:.0f}" if unit == "B" or value >= 10 else f"{value:.1f}".replace(".", ",")
    return f"{shown} {unit}"


def _progress(args):
    def report(done: int, total: int, label: str) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{label[:70]:<70}", end="", file=sys.stderr, flush=True)
    return report


def _end_progress(args) -> None:
    if not args.json and sys.stderr.isatty():
        print(file=sys.stderr)


def device_line(info, state: str) -> str:
    from app.merge import DEVICE_STATES

    label = DEVICE_STATES.get(state, state)
    shown = f"; {label}" if state else ""
    return f"máy gửi: {info.device_name or '(không tên)'} — dấu vân tay {info.fingerprint}{shown}"


def _contents(manifest: dict) -> str:
    return (f"{manifest.get('inspections', 0)} cuộc kiểm tra, {manifest.get('photos', 0)} ảnh, "
            f"{manifest.get('records', 0)} bản ghi, {manifest.get('blobs', 0)} tệp ảnh/tài liệu "
            f"({size_text(manifest.get('blob_bytes', 0))})")


# -- export -----------------------------------------------------------------------

def _campaign(ws, given: str) -> str:
    given = given.strip()
    campaigns = ws.campaigns.list()
    if any(c.id == given for c in campaigns):
        return given
    found = [c.id for c in campaigns if len(given) >= 8 and c.id.startswith(given)]
    if len(found) == 1:
        return found[0]
    if found:
        raise ValidationError(f"Mã “{given}” trùng phần đầu với nhiều đợt kiểm tra; hãy ghi "
                              "đầy đủ hơn.")
    raise RecordNotFound(f"Không có đợt kiểm tra nào có mã “{given}”.")


def _target(ws, out: Path, team: str) -> Path:
    from app import packages

    if out.is_dir():
        name = packages.default_name(ws, team)
        target, number = out / name, 1
        while target.exists():
            number += 1
            target = out / f"{name[:-len(SUFFIX)]}-{number}{SUFFIX}"
        return target
    if out.suffix.lower() != SUFFIX:
        out = out.with_name(out.name + SUFFIX)
    if out.exists():
        raise ValidationError(f"Đã có tệp “{out}”; hãy chọn tên khác (gói không ghi đè lên tệp "
                              "có sẵn) hoặc cho một thư mục.")
    return out


def cmd_export(args, emit, resolve) -> int:
    from app import packages

    if args.all and (args.inspection or args.campaign):
        raise ValidationError("--all xuất toàn bộ dữ liệu; không dùng cùng --inspection hay "
                              "--campaign.")
    with _open(args) as ws:
        inspections = [resolve(ws, given) for given in args.inspection]
        campaign = _campaign(ws, args.campaign) if args.campaign else None
        selection = {"inspections": inspections, "campaign": campaign, "everything": args.all}
        plan = packages.plan_export(ws, **selection)
        if plan.empty:
            emit(args, {"exported": False, "path": None, "records": 0},
                 "Tệp dữ liệu chưa có bản ghi nào để xuất; không có tệp nào được tạo."
                 if args.all else
                 "Không có gì để xuất cho lựa chọn này; không có tệp nào được tạo."
                 if inspections or campaign else
                 "Không có gì mới để xuất kể từ lần xuất trước; không có tệp nào được tạo. "
                 "Dùng --all để xuất toàn bộ dữ liệu.")
            return EXIT_PROBLEM
        target = _target(ws, args.out, args.team)
        result = packages.export(ws, target, **selection, progress=_progress(args))
    _end_progress(args)
    plan, size = result.plan, result.path.stat().st_size
    document = {"exported": True, "path": str(result.path), "package_id": result.package_id,
                "digest": result.digest, "inspections": plan.inspections,
                "photos": plan.photos, "records": plan.records, "blobs": plan.blobs,
                "blob_bytes": plan.blob_bytes, "size": size, "by_table": plan.by_table}
    emit(args, document,
         f"Đã xuất gói: {result.path}\n"
         f"  nội dung: {plan.inspections} cuộc kiểm tra, {plan.photos} ảnh, {plan.records} "
         f"bản ghi, {plan.blobs} tệp ảnh/tài liệu ({size_text(plan.blob_bytes)})\n"
         f"  kích thước gói: {size_text(size)}\n  mã gói: {result.package_id}")
    return EXIT_OK


def _open(args):
    from app.workspace import Workspace

    return Workspace.open(args.db, create=False)


# -- merge --------------------------------------------------------------------------

def _counts_line(counts: dict) -> str:
    records = ", ".join(f"{counts.get(key, 0)} {label}" for key, label in COUNT_LABELS)
    line = f"bản ghi: {records}; tệp ảnh/tài liệu mới: {counts.get('blobs_new', 0)}"
    if counts.get("blobs_missing"):
        line += f"; còn thiếu {counts['blobs_missing']} tệp (gói sau có thể bổ sung)"
    return line


def merge_lines(result, trust_new: bool) -> list[str]:
    lines = [f"[{STATUS_LABELS.get(result.status, result.status)}] {result.path.name}"]
    if result.reason:
        lines.append(f"  {result.reason}")
    if result.info is not None:
        state = result.device_state
        if state in ("new", "untrusted") and result.status == "merged" and trust_new:
            state = ""
            line = device_line(result.info, "") + "; đã tin cậy từ lần nhập này (--trust-new)"
        else:
            line = device_line(result.info, state)
        lines.append(f"  {line}")
    if result.counts:
        lines.append(f"  {_counts_line(result.counts)}")
    return lines


def totals(results) -> dict:
    out = {status: sum(r.status == status for r in results) for status in STATUS_LABELS}
    for key, _label in COUNT_LABELS:
        out[f"records_{key}"] = sum(r.counts.get(key, 0) for r in results)
    return out


def cmd_merge(args, emit) -> int:
    from app import merge

    files = merge.expand(args.files)
    if not files:
        emit(args, {"packages": [], "ok": False, "totals": totals([])},
             "Không tìm thấy gói .ktpkg nào trong các thư mục đã cho.")
        return EXIT_PROBLEM
    with _open(args) as ws:
        results = merge.merge_many(ws, files, dry_run=args.dry_run, trust_new=args.trust_new,
                                   progress=_progress(args))
    _end_progress(args)
    ok = all(r.ok for r in results)
    summed = totals(results)
    lines = [line for r in results for line in merge_lines(r, args.trust_new)]
    verb = "xem trước" if args.dry_run else "đã nhập"
    done = summed["preview"] if args.dry_run else summed["merged"]
    lines.append(
        f"Tổng cộng {len(results)} gói: {done} {verb}, {summed['unchanged']} đã nhập từ trước, "
        f"{summed['rejected']} bị từ chối, {summed['failed']} lỗi; bản ghi: "
        + ", ".join(f"{summed['records_' + key]} {label}" for key, label in COUNT_LABELS) + ".")
    if args.dry_run:
        lines.append("Chạy thử (--dry-run): chưa có gì được ghi vào tệp dữ liệu.")
    emit(args, {"packages": [r.as_dict() for r in results], "ok": ok, "totals": summed},
         "\n".join(lines))
    return EXIT_OK if ok else EXIT_PROBLEM


# -- verify a package -----------------------------------------------------------------

def _against_database(ws, info) -> dict:
    """What this database knows of the package and of its device."""
    from app.merge import device_state
    from db.merging import Target

    target = Target(ws.db)
    logged = target.logged_digest(info.package_id)
    merged = None if logged is None else logged == info.digest
    return {"merged": merged, "device_state": device_state(ws, target, info)}


def cmd_verify_package(args, emit) -> int:
    """Exit 0 when the package is intact and signed by the key it names (and, with
    --db, is not a changed copy of a package merged before nor signed by another
    key than the one known for its device)."""
    from app import packages
    from app.merge import DEVICE_STATES

    document = {"file": str(args.file), "kind": "package", "valid": False, "ok": False,
                "code": "", "reason": "", "package": None}
    lines = [f"Gói dữ liệu: {args.file}"]
    try:
        info = packages.verify_file(args.file)
    except packages.PackageRejected as exc:
        document |= {"code": exc.code, "reason": exc.message}
        lines += [f"  {exc.message}", "Kết luận: gói KHÔNG hợp lệ."]
        emit(args, document, "\n".join(lines))
        return EXIT_PROBLEM
    document |= {"valid": True, "ok": True, "package": info.as_dict()}
    lines += [f"  mã gói: {info.package_id}",
              f"  {device_line(info, '')} (mã máy {info.device_id})",
              f"  tạo lúc: {info.created_at.replace('T', ' ')}; phần mềm {info.app_version}, "
              f"lược đồ dữ liệu {info.schema_version}, định dạng gói {info.format_version}",
              f"  nội dung: {_contents(info.manifest)}"]
    problem = ""
    if args.db is not None:
        with _open(args) as ws:
            known = _against_database(ws, info)
        document |= known
        state = known["device_state"]
        lines.append({None: "  Chưa nhập vào tệp dữ liệu này.",
                      True: "  Đã nhập vào tệp dữ liệu này trước đây.",
                      False: "  MÃ GÓI ĐÃ NHẬP TRƯỚC ĐÂY NHƯNG NỘI DUNG KHÁC: có thể đã bị "
                             "sửa."}[known["merged"]])
        lines.append(f"  Máy gửi trong tệp dữ liệu này: {DEVICE_STATES.get(state, state)}.")
        if known["merged"] is False:
            problem = "tampered"
        elif state == "key_mismatch":
            problem = "key_mismatch"
    if problem:
        document |= {"ok": False, "code": problem}
        lines.append("Kết luận: gói KHÔNG được nhận (xem trên).")
    else:
        lines.append("Kết luận: gói hợp lệ — nội dung nguyên vẹn, chữ ký đúng của máy gửi.")
    emit(args, document, "\n".join(lines))
    return EXIT_PROBLEM if problem else EXIT_OK


# -- devices ----------------------------------------------------------------------------

def cmd_devices(args, emit) -> int:
    from app import devices

    with _open(args) as ws:
        if args.devices_command == "list":
            known = devices.list_devices(ws)
            lines = [f"{len(known)} máy đã gửi gói"]
            for d in known:
                lines.append(f"{d.id}  {d.state_label:<12}  {d.fingerprint}  {d.packages} gói  "
                             f"{d.name}")
            emit(args, {"devices": [d.as_dict() for d in known]}, "\n".join(lines))
            return EXIT_OK
        change = devices.trust if args.devices_command == "trust" else devices.revoke
        device = change(ws, args.device)
    done = ("Đã tin cậy máy" if args.devices_command == "trust" else
            "Đã thu hồi máy (mọi gói của máy này sẽ bị từ chối)")
    emit(args, {"device": device.as_dict()},
         f"{done}: {device.name} ({device.id})\n  dấu vân tay {device.fingerprint}")
    return EXIT_OK


def cmd_device(args, emit) -> int:
    """This laptop: shown, or renamed then shown. A bad name exits 2 (ValidationError)."""
    from app import device as device_mod
    from app import packages

    me = device_mod.load_or_create()
    renamed = args.name is not None
    if renamed:
        me = device_mod.rename(me, args.name)
    fingerprint = packages.fingerprint(me.public_key_hex())
    unnamed = device_mod.is_unnamed(me)
    lines = [f"Đã đặt tên máy: {me.name}" if renamed else f"Tên máy: {me.name}",
             f"  mã máy: {me.id}", f"  dấu vân tay: {fingerprint}"]
    if unnamed:
        lines.append("  Máy vẫn mang tên hệ điều hành đặt sẵn; hãy đặt tên dễ nhận ra, ví dụ "
                     f"kiemtra device --name \"{device_mod.NAME_EXAMPLE}\".")
    emit(args, {"id": me.id, "name": me.name, "fingerprint": fingerprint,
                "renamed": renamed, "still_host_name": unnamed}, "\n".join(lines))
    return EXIT_OK


def register(commands: dict, emit, resolve) -> None:
    commands.update({
        "export": lambda args: cmd_export(args, emit, resolve),
        "merge": lambda args: cmd_merge(args, emit),
        "devices": lambda args: cmd_devices(args, emit),
        "device": lambda args: cmd_device(args, emit),
    })
