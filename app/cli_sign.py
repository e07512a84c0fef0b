"""The command line's digital signing: `kiemtra minutes … --p12 …` or
`… --pkcs11-key-id …`, and `kiemtra token list` (which keys a USB token holds).

A password or PIN comes only from an environment variable named on the command
line, never from an argument (arguments show in the process list and in shell
history). The PIN is sent to the token once; a wrong one is reported, not retried.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from app.errors import ValidationError

HELP = "hiện hướng dẫn này rồi thoát"


def add_signing_options(minutes: argparse.ArgumentParser) -> None:
    minutes.add_argument("--p12", type=Path, metavar="TỆP.p12",
                         help="chứng thư số PKCS#12 để ký số (chỉ biên bản đã hoàn tất)")
    minutes.add_argument("--p12-password-env", metavar="BIẾN",
                         help="tên biến môi trường chứa mật khẩu của tệp .p12")
    minutes.add_argument("--pkcs11-lib", metavar="THƯ_VIỆN",
                         help="thư viện PKCS#11 của USB token (.dll/.so); mặc định: thư viện "
                              "đã chọn trong ứng dụng")
    minutes.add_argument("--pkcs11-key-id", metavar="MÃ_KHÓA",
                         help="ký số bằng USB token: mã khóa (CKA_ID, thập lục phân; xem "
                              "“kiemtra token list”)")
    minutes.add_argument("--pkcs11-token", metavar="NHÃN",
                         help="nhãn của thiết bị khi có nhiều thiết bị chứa cùng mã khóa")
    minutes.add_argument("--pkcs11-pin-env", metavar="BIẾN",
                         help="tên biến môi trường chứa mã PIN của USB token")


def add_token_command(sub, parser_class) -> None:
    token = sub.add_parser("token", help="thiết bị ký số (USB token)", add_help=False,
                           description="thiết bị ký số (USB token)")
    token.add_argument("-h", "--help", action="help", help=HELP)
    token_sub = token.add_subparsers(dest="token_command", metavar="LỆNH", required=True,
                                     parser_class=parser_class)
    listing = token_sub.add_parser(
        "list", add_help=False, help="liệt kê thiết bị và khóa ký số (không cần mã PIN)",
        description="liệt kê các thiết bị ký số mà thư viện PKCS#11 thấy và các khóa trên "
                    "mỗi thiết bị (không cần mã PIN)")
    listing.add_argument("-h", "--help", action="help", help=HELP)
    listing.add_argument("--pkcs11-lib", required=True, metavar="THƯ_VIỆN",
                         help="thư viện PKCS#11 của USB token (.dll/.so)")
    listing.add_argument("--json", action="store_true", help="in kết quả dạng JSON")


def wants_signature(args) -> bool:
    return bool(args.p12 or args.pkcs11_key_id)


def _secret(variable: str | None, option: str, what: str) -> str:
    if not variable:
        raise ValidationError(f"Hãy cho biết biến môi trường chứa {what} ({option}).")
    value = os.environ.get(variable, "")
    if not value:
        raise ValidationError(f"Biến môi trường {variable} chưa có hoặc trống: không có {what}.")
    return value


def signing_source(args, ws):
    """The source the options name: a .p12 file or a key on a USB token."""
    from app import pades, token

    if args.p12 and args.pkcs11_key_id:
        raise ValidationError("Hãy chọn một cách ký số: tệp .p12 (--p12) hoặc USB token "
                              "(--pkcs11-key-id), không dùng cả hai.")
    if args.p12:
        password = _secret(args.p12_password_env, "--p12-password-env",
                           "mật khẩu của tệp chứng thư số")
        return pades.P12Source(args.p12, password.encode("utf-8"))
    library = args.pkcs11_lib or token.saved_library(ws)
    if not library:
        raise ValidationError("Hãy cho biết thư viện PKCS#11 của USB token (--pkcs11-lib).")
    pin = _secret(args.pkcs11_pin_env, "--pkcs11-pin-env", "mã PIN của USB token")
    return pades.TokenSource(library, args.pkcs11_key_id, pin, token_label=args.pkcs11_token)


def sign_issued(args, ws, inspection_id: str, emit) -> int:
    """Sign the latest issued version: a new issued version, written to --out."""
    from app import issuing, pades

    signed = pades.sign_issued_with(ws, inspection_id, signing_source(args, ws))
    path = issuing.write_issued(ws, signed, args.out)
    emit(args, {"inspection": inspection_id, "path": str(path), "version": signed.version,
                "number": signed.number, "sha256": signed.pdf_sha256, "draft": False,
                "signed": True, "certificate": signed.certificate},
         f"Đã ký số biên bản số {signed.number} (phiên bản {signed.version}): {path}\n"
         f"  người ký: {signed.certificate}\n  SHA-256: {signed.pdf_sha256}")
    return 0


def cmd_token(args, emit) -> int:
    from app import token

    tokens = token.list_tokens(args.pkcs11_lib)
    lines = [f"Thư viện: {args.pkcs11_lib}"]
    if not tokens:
        lines.append("Không thấy thiết bị ký số nào; hãy cắm USB token rồi thử lại.")
    for found in tokens:
        lines.append(f"Thiết bị “{found.label}” ({found.manufacturer}, {found.model}, số sê-ri "
                     f"{found.serial})")
        if found.pin_state != token.PinState.UNKNOWN:
            lines.append(f"  {token.PIN_TEXTS[found.pin_state]}")
        if not found.keys:
            lines.append("  (không thấy chứng thư số nào trước khi nhập mã PIN)")
        for key in found.keys:
            state = "ĐÃ HẾT HẠN" if key.expired else "hết hạn"
            year, month, day = key.not_after.split("-")
            lines.append(f"  mã khóa {key.key_id}: {key.subject}, nhãn “{key.label}”, "
                         f"{state} ngày {day}/{month}/{year}")
    emit(args, {"library": args.pkcs11_lib, "tokens": [t.as_dict() for t in tokens]},
         "\n".join(lines))
    return 0 if tokens else 1
