"""The command line: the same services as the GUI, headless.

Exit status: 0 success; 1 the operation ran and found a problem; 2 wrong usage.
Human-readable output by default, a stable JSON document with --json; errors
go to stderr in Vietnamese.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app import APP_NAME, __version__, cli_packages, cli_sign, paths
from app.errors import RecordNotFound, UserError, ValidationError

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


# argparse's own reasons, in Vietnamese (it has no translation of its own).
_REASONS = [
    (r"argument (\S+): invalid choice: '([^']*)' \(choose from (.*)\)",
     lambda m: f"“{m[2]}” không phải lệnh hay lựa chọn hợp lệ; hãy chọn một trong: {m[3]}"),
    (r"invalid choice: '([^']*)' \(choose from (.*)\)",
     lambda m: f"“{m[1]}” không phải lựa chọn hợp lệ; hãy chọn một trong: {m[2]}"),
    (r"the following arguments are required: (.*)",
     lambda m: f"thiếu tham số bắt buộc: {m[1]}"),
    (r"argument (\S+): invalid int value: '([^']*)'",
     lambda m: f"{m[1]} phải là số nguyên, không phải “{m[2]}”"),
    (r"argument (\S+): invalid (\w+) value: '([^']*)'",
     lambda m: f"giá trị “{m[3]}” của {m[1]} không hợp lệ"),
    (r"argument (\S+): expected one argument", lambda m: f"{m[1]} cần một giá trị"),
    (r"unrecognized arguments: (.*)", lambda m: f"không hiểu tham số: {m[1]}"),
    (r"ambiguous option: (\S+) could match (.*)",
     lambda m: f"tùy chọn {m[1]} mơ hồ, có thể là: {m[2]}"),
]


def _vietnamese(message: str) -> str:
    import re

    for pattern, render in _REASONS:
        found = re.fullmatch(pattern, message)
        if found:
            return render(found)
    return message


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, "cách dùng: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = "tham số"
        self._optionals.title = "tùy chọn"

    def error(self, message: str):  # Vietnamese, exit 2 as argparse does
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: lỗi cú pháp: {_vietnamese(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kiemtra", add_help=False,
        description=f"{APP_NAME}: ghi nhận và lập biên bản kiểm tra kỷ luật, kỷ cương hành "
                    "chính. Không có lệnh con: mở giao diện.",
    )
    parser.add_argument("-h", "--help", action="help", help="hiện hướng dẫn này rồi thoát")
    parser.add_argument("--version", action="version", version=f"kiemtra {__version__}",
                        help="hiện số phiên bản rồi thoát")
    parser.add_argument("--db", type=Path, help="tệp dữ liệu (mặc định: thư mục dữ liệu của "
                                                "người dùng)")
    parser.add_argument("--lang", choices=("vi", "en"), help="ngôn ngữ giao diện")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=_Parser)

    def command(name: str, help_text: str, *, db: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text, add_help=False)
        p.add_argument("-h", "--help", action="help", help="hiện hướng dẫn này rồi thoát")
        if db:
            p.add_argument("--db", type=Path, required=True, help="tệp dữ liệu")
        p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
        return p

    command("selftest", "kiểm tra tài nguyên, cơ sở dữ liệu và cửa sổ chính", db=False)
    command("init", "tạo tệp dữ liệu mới (trống)")
    demo = command("demo", "tạo dữ liệu mẫu để trình diễn")
    demo.add_argument("--inspections", type=int, default=40, help="số cuộc kiểm tra (mặc định 40)")
    demo.add_argument("--seed", type=int, default=1, help="hạt giống ngẫu nhiên (mặc định 1)")
    demo.add_argument("--photos", type=int, default=0,
                      help="số ảnh minh chứng mỗi cuộc kiểm tra (mặc định 0)")
    command("list", "liệt kê các cuộc kiểm tra")
    answer = command("answer", "trả lời một mục của phiếu kiểm tra")
    answer.add_argument("--inspection", required=True, help="mã cuộc kiểm tra (đủ hoặc phần đầu)")
    answer.add_argument("--item", required=True, help="mã mục, ví dụ C1")
    answer.add_argument("--value", required=True, help="Đ/K/KAD, số, hoặc a/b")
    answer.add_argument("--note", help="ghi chú của mục")
    photos = sub.add_parser("photos", help="ảnh minh chứng", description="ảnh minh chứng",
                            add_help=False)
    photos.add_argument("-h", "--help", action="help", help="hiện hướng dẫn này rồi thoát")
    photo_sub = photos.add_subparsers(dest="photo_command", metavar="LỆNH", required=True,
                                      parser_class=_Parser)
    add = photo_sub.add_parser("add", help="nhập ảnh từ tệp hoặc thư mục", add_help=False,
                               description="nhập ảnh từ tệp hoặc thư mục (ví dụ thư mục DCIM)")
    add.add_argument("-h", "--help", action="help", help="hiện hướng dẫn này rồi thoát")
    add.add_argument("--db", type=Path, required=True, help="tệp dữ liệu")
    add.add_argument("--inspection", required=True, help="mã cuộc kiểm tra (đủ hoặc phần đầu)")
    add.add_argument("--item", help="mã mục được chứng minh, ví dụ C1")
    add.add_argument("--keep-originals", action="store_true",
                     help="giữ nguyên độ phân giải gốc (không thu nhỏ về 2000 điểm ảnh)")
    add.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    add.add_argument("files", nargs="+", metavar="TỆP_HOẶC_THƯ_MỤC")
    minutes = command("minutes", "lập biên bản kiểm tra (PDF); bản dự thảo khi chưa hoàn tất")
    minutes.add_argument("--inspection", required=True,
                         help="mã cuộc kiểm tra (đủ hoặc phần đầu)")
    minutes.add_argument("--out", type=Path, required=True, metavar="TỆP.pdf",
                         help="tệp PDF sẽ ghi")
    cli_sign.add_signing_options(minutes)
    finalise = command("finalise", "hoàn tất biên bản: ban hành phiên bản 1 và khóa cuộc kiểm tra")
    finalise.add_argument("--inspection", required=True,
                          help="mã cuộc kiểm tra (đủ hoặc phần đầu)")
    verify = command("verify", "kiểm tra một tệp biên bản: có đúng là bản đã ban hành không, "
                     "các chữ ký số còn nguyên vẹn và hợp lệ không; hoặc một gói dữ liệu "
                     "(.ktpkg): nguyên vẹn và đúng chữ ký của máy gửi không",
                     db=False)
    verify.add_argument("--db", type=Path, help="tệp dữ liệu đã ban hành biên bản (với gói: "
                                                "tệp dữ liệu sẽ nhập gói)")
    verify.add_argument("file", type=Path, metavar="TỆP.pdf|TỆP.ktpkg")
    cli_packages.add_commands(command, sub, _Parser)
    cli_sign.add_token_command(sub, _Parser)
    return parser


def _emit(args, document: dict, text: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        print(text)


def _open(args, create: bool):
    from app.workspace import Workspace

    return Workspace.open(args.db, create=create)


def _resolve(ws, given: str) -> str:
    from db import inspections as q

    given = given.strip()
    if len(given) < 8:
        raise ValidationError("Mã cuộc kiểm tra phải có ít nhất 8 ký tự.")
    found = q.ids_with_prefix(ws.db, given)
    if not found:
        raise RecordNotFound(f"Không có cuộc kiểm tra nào có mã “{given}”.")
    if len(found) > 1 and given not in found:
        raise ValidationError(f"Mã “{given}” trùng phần đầu với nhiều cuộc kiểm tra; "
                              "hãy ghi đầy đủ hơn.")
    return given if given in found else found[0]


def cmd_init(args) -> int:
    existed = args.db.exists() and args.db.stat().st_size > 0
    with _open(args, create=True) as ws:
        path = str(ws.path)
    _emit(args, {"db": path, "created": not existed},
          f"Đã có sẵn tệp dữ liệu: {path}" if existed else f"Đã tạo tệp dữ liệu: {path}")
    return EXIT_OK


def cmd_demo(args) -> int:
    from app import demo

    if args.inspections < 0 or args.inspections > 100000:
        raise ValidationError("Số cuộc kiểm tra phải từ 0 đến 100000.")
    if args.photos < 0 or args.photos > 200:
        raise ValidationError("Số ảnh mỗi cuộc kiểm tra phải từ 0 đến 200.")

    def report(done: int, total: int, label: str) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{label}", end="", file=sys.stderr, flush=True)

    with _open(args, create=True) as ws:
        summary = demo.generate(ws, inspections=args.inspections, seed=args.seed,
                                photos_per_inspection=args.photos, progress=report)
    if not args.json and sys.stderr.isatty():
        print(file=sys.stderr)
    _emit(args, {"db": str(args.db), **summary.__dict__},
          f"Đã tạo dữ liệu mẫu: {summary.units} đơn vị, {summary.people} cán bộ, "
          f"{summary.campaigns} đợt, {summary.inspections} cuộc kiểm tra"
          + (f", {summary.photos} ảnh." if summary.photos else "."))
    return EXIT_OK


def cmd_list(args) -> int:
    from app.services.inspections import STATUSES

    with _open(args, create=False) as ws:
        ids = ws.inspections.ids()
        rows = ws.inspections.rows(ids)
        listed = [rows[i] for i in ids]
    document = {"inspections": [
        {"id": r.id, "started_at": r.started_at, "unit": r.unit_name,
         "campaign": r.campaign_name, "status": r.status, "answered": r.answered,
         "fails": r.fails} for r in listed]}
    lines = [f"{len(listed)} cuộc kiểm tra"]
    for r in listed:
        lines.append(f"{r.id}  {r.started_at.replace('T', ' ')}  {STATUSES.get(r.status, r.status):<13}"
                     f"  trả lời {r.answered:>2}  không đạt {r.fails:>2}  {r.unit_name}")
    _emit(args, document, "\n".join(lines))
    return EXIT_OK


def cmd_answer(args) -> int:
    from app import checklist as rules

    with _open(args, create=False) as ws:
        inspection_id = _resolve(ws, args.inspection)
        outcome = ws.checklist.answer(inspection_id, args.item, args.value, note=args.note)
    answer = outcome.answer
    shown = rules.RESULT_SHORT.get(answer.value, answer.value)
    document = {"inspection": inspection_id, "item": answer.item_code, "value": answer.value,
                "result": answer.result, "note": answer.note, "warning": outcome.warning,
                "needs_note": outcome.needs_note, "proposed": outcome.proposed}
    text = [f"Đã ghi mục {answer.item_code}: {shown}"]
    if outcome.warning:
        text.append(f"Lưu ý: {outcome.warning}")
    if outcome.proposed:
        text.append("Đã đề xuất một tồn tại và một kiến nghị cho mục này.")
    if outcome.needs_note:
        text.append(f"Mục {answer.item_code} không đạt cần ghi rõ lý do (--note).")
    _emit(args, document, "\n".join(text))
    return EXIT_OK


def cmd_photos(args) -> int:
    def report(done: int, total: int, label: str) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{label[:70]:<70}", end="", file=sys.stderr, flush=True)

    with _open(args, create=False) as ws:
        inspection_id = _resolve(ws, args.inspection)
        result = ws.photos.import_files(inspection_id, args.files, item_code=args.item,
                                        keep_originals=args.keep_originals, progress=report)
    if not args.json and sys.stderr.isatty():
        print(file=sys.stderr)
    lines = [f"Đã nhập {len(result.imported)} ảnh, đã có sẵn {len(result.present)}, "
             f"bỏ qua {len(result.skipped)}."]
    for photo in result.imported:
        lines += [f"  nhập: {photo.name}"] + [f"    lưu ý: {flag}" for flag in photo.flags]
    lines += [f"  đã có: {name}" for name, _reason in result.present]
    lines += [f"  bỏ qua: {name}: {reason}" for name, reason in result.skipped]
    _emit(args, {"inspection": inspection_id, **result.as_dict()}, "\n".join(lines))
    return EXIT_OK if result.ok else EXIT_PROBLEM


def cmd_minutes(args) -> int:
    def report(done: int, total: int, label: str) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{label[:70]:<70}", end="", file=sys.stderr, flush=True)

    with _open(args, create=False) as ws:
        inspection_id = _resolve(ws, args.inspection)
        draft = ws.inspections.get(inspection_id).status != "finalised"
        if cli_sign.wants_signature(args) and draft:
            raise ValidationError("Bản dự thảo không được ký số; hãy hoàn tất biên bản trước.")
        if cli_sign.wants_signature(args):
            return cli_sign.sign_issued(args, ws, inspection_id, _emit)
        if not draft:
            return _write_issued(args, ws, inspection_id)
        from app.minutes import build_minutes

        info = build_minutes(ws, inspection_id, args.out, draft=draft, progress=report)
    if not args.json and sys.stderr.isatty():
        print(file=sys.stderr)
    kind = "bản dự thảo" if info.draft else "bản chính thức"
    _emit(args, {"inspection": inspection_id, "path": str(info.path), "pages": info.pages,
                 "sha256": info.sha256, "draft": info.draft,
                 "content_sha256": info.content_sha256},
          f"Đã lập biên bản ({kind}): {info.path}\n  số trang: {info.pages}\n"
          f"  SHA-256: {info.sha256}")
    return EXIT_OK


def _write_issued(args, ws, inspection_id: str) -> int:
    """A finalised inspection's minutes are the issued bytes, never a rebuild."""
    from app import issuing

    versions = issuing.issued(ws, inspection_id)
    if not versions:
        raise UserError("Cuộc kiểm tra đã hoàn tất nhưng không có biên bản đã ban hành.")
    latest = versions[-1]
    path = issuing.write_issued(ws, latest, args.out)
    _emit(args, {"inspection": inspection_id, "path": str(path), "version": latest.version,
                 "number": latest.number, "sha256": latest.pdf_sha256, "draft": False},
          f"Đã ghi biên bản đã ban hành (phiên bản {latest.version}, số {latest.number}): "
          f"{path}\n  SHA-256: {latest.pdf_sha256}")
    return EXIT_OK


def cmd_finalise(args) -> int:
    from app import issuing

    with _open(args, create=False) as ws:
        inspection_id = _resolve(ws, args.inspection)
        problems = issuing.blocking(ws, inspection_id)
        if problems:
            _emit(args, {"inspection": inspection_id, "finalised": False, "problems": problems},
                  "Chưa thể hoàn tất biên bản:\n" + "\n".join(f"  - {p}" for p in problems))
            return EXIT_PROBLEM
        issued = issuing.finalise(ws, inspection_id)
    _emit(args, {"inspection": inspection_id, "finalised": True, "number": issued.number,
                 "version": issued.version, "sha256": issued.pdf_sha256},
          f"Đã hoàn tất biên bản số {issued.number} (phiên bản {issued.version}); cuộc kiểm "
          f"tra đã khóa.\n  SHA-256: {issued.pdf_sha256}")
    return EXIT_OK


def cmd_verify(args) -> int:
    """Exit 0 when the file is a version the database issued, or when every
    digital signature is intact and valid and nothing was added after the last.
    The wording is app.verify_report's, the same as the app's result dialog."""
    from app import pades, verify_report

    if cli_packages.is_package(args.file):
        return cli_packages.cmd_verify_package(args, _emit)
    if args.db is None:
        result = pades.check_file(None, args.file)
    else:
        with _open(args, create=False) as ws:
            result = pades.check_file(ws, args.file)
    report = verify_report.describe(result)
    _emit(args, verify_report.as_json(result, str(args.file)), "\n".join(report.lines()))
    return EXIT_OK if report.ok else EXIT_PROBLEM


COMMANDS = {"init": cmd_init, "demo": cmd_demo, "list": cmd_list, "answer": cmd_answer,
            "photos": cmd_photos, "minutes": cmd_minutes, "finalise": cmd_finalise,
            "verify": cmd_verify, "token": lambda args: cli_sign.cmd_token(args, _emit)}
cli_packages.register(COMMANDS, _emit, _resolve)


def run(args) -> int:
    try:
        return COMMANDS[args.command](args)
    except (ValidationError, RecordNotFound) as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except UserError as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return EXIT_PROBLEM
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu; dữ liệu giữ nguyên như trước.", file=sys.stderr)
        return EXIT_PROBLEM
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback
        print(f"Lỗi không mong đợi ({type(exc).__name__}: {exc}). Dữ liệu đã lưu trước đó "
              "không bị ảnh hưởng; hãy báo lại cho bộ phận hỗ trợ.", file=sys.stderr)
        return EXIT_PROBLEM


def default_db(args) -> Path:
    return args.db or paths.default_db_path()
