"""PKCS#11 USB tokens (Vietnamese CAs issue them; SoftHSM2 in the tests): which
library drives them, what tokens and signing keys a library sees, and a signer
on a session opened with the PIN exactly once.

The PIN reaches the token in one login and is never kept or retried: a token
locks itself after a few wrong PINs, so trying again is always the user's
decision. Tokens tell no count of the tries left, only flags (some tries
failed, one try left, locked); they are read before asking and after a failure.

A library is loaded for one operation and unloaded after it, one operation at a
time in the process (a lock): a token plugged in meanwhile is seen next time.
Certificates are public objects on the token, so keys are listed, found and
checked without the PIN; the key and its certificate share one CKA_ID.
"""

from __future__ import annotations

import contextlib
import glob
import os
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path

from app.errors import ValidationError
from db import catalog as cq

KEY_LIBRARY = "pkcs11.library"     # local setting: path of the token's PKCS#11 library

# CKF_* token flags (PKCS#11 v2.40 §3.2), as the token reports them.
CKF_TOKEN_INITIALIZED = 0x00000400
CKF_USER_PIN_COUNT_LOW = 0x00010000
CKF_USER_PIN_FINAL_TRY = 0x00020000
CKF_USER_PIN_LOCKED = 0x00040000

_LOCK = threading.Lock()


class PinState(StrEnum):
    UNKNOWN = ""           # no failed try reported (most tokens report nothing else)
    LOW = "low"            # a wrong PIN was entered since the last good one
    FINAL = "final"        # one more wrong PIN locks it
    LOCKED = "locked"


PIN_TEXTS = {
    PinState.UNKNOWN: "Thiết bị không cho biết còn bao nhiêu lần thử; thiết bị sẽ tự khóa "
                      "sau một số lần nhập sai mã PIN.",
    PinState.LOW: "Thiết bị báo đã có lần nhập sai mã PIN: còn ít lần thử trước khi bị khóa.",
    PinState.FINAL: "Thiết bị báo chỉ còn 1 lần thử: nhập sai lần nữa mã PIN sẽ bị khóa.",
    PinState.LOCKED: "Thiết bị báo mã PIN đã bị khóa; hãy liên hệ tổ chức cấp chứng thư số "
                     "để mở khóa.",
}


class WrongPin(ValidationError):
    """The token refused the PIN; `pin_state` is what it reported afterwards."""

    def __init__(self, message: str, pin_state: PinState, *, detail: str = ""):
        super().__init__(message, detail=detail)
        self.pin_state = pin_state


def pin_state(flags: int) -> PinState:
    if flags & CKF_USER_PIN_LOCKED:
        return PinState.LOCKED
    if flags & CKF_USER_PIN_FINAL_TRY:
        return PinState.FINAL
    if flags & CKF_USER_PIN_COUNT_LOW:
        return PinState.LOW
    return PinState.UNKNOWN


@dataclass(frozen=True)
class TokenKey:
    """A signing key, seen through its certificate (same CKA_ID)."""

    key_id: str        # CKA_ID, hex
    label: str         # CKA_LABEL of the certificate
    subject: str       # common name of the certificate's subject
    serial: str        # certificate serial, hex
    not_after: str     # ISO date the certificate expires
    expired: bool


@dataclass(frozen=True)
class TokenInfo:
    slot: int
    label: str
    manufacturer: str
    model: str
    serial: str
    flags: int
    keys: tuple[TokenKey, ...] = field(default=())

    @property
    def pin_state(self) -> PinState:
        return pin_state(self.flags)

    def as_dict(self) -> dict:
        return {**asdict(self), "keys": [asdict(k) for k in self.keys],
                "pin_state": self.pin_state.value}


# -- the library ------------------------------------------------------------------------
_WINDOWS_NAMES = ("eTPKCS11.dll", "eps2003csp11.dll", "ShuttleCsp11_3003.dll",
                  "opensc-pkcs11.dll")
_WINDOWS_PATTERNS = ("*pkcs11*.dll", "*csp11*.dll")
_POSIX_PATHS = (
    "/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so", "/usr/lib/opensc-pkcs11.so",
    "/usr/lib/libeTPkcs11.so", "/usr/local/lib/softhsm/libsofthsm2.so",
    "/opt/homebrew/lib/softhsm/libsofthsm2.so", "/Library/OpenSC/lib/opensc-pkcs11.so",
)
_POSIX_PATTERNS = ("/usr/lib/*/pkcs11/*.so",)   # where distributions put PKCS#11 modules


def library_candidates() -> list[str]:
    """PKCS#11 libraries present on this machine that a token may need: the
    drivers token vendors install (Windows: DLLs in System32), OpenSC, SoftHSM2."""
    found: list[str] = []
    if sys.platform == "win32":
        root = Path(os.environ.get("SYSTEMROOT", r"C:\Windows")) / "System32"
        paths = [str(root / name) for name in _WINDOWS_NAMES]
        for pattern in _WINDOWS_PATTERNS:
            paths += sorted(glob.glob(str(root / pattern)))
        programs = os.environ.get("PROGRAMFILES", r"C:\Program Files")
        paths.append(str(Path(programs) / "OpenSC Project" / "OpenSC" / "pkcs11" /
                         "opensc-pkcs11.dll"))
    else:
        paths = list(_POSIX_PATHS)
        for pattern in _POSIX_PATTERNS:
            paths += sorted(glob.glob(pattern))
    seen = set()
    for path in paths:
        key = os.path.normcase(os.path.realpath(path))
        if key not in seen and os.path.isfile(path):
            seen.add(key)
            found.append(path)
    return found


def saved_library(ws) -> str:
    return cq.setting(ws.db, KEY_LIBRARY) or ""


def save_library(ws, path: str) -> None:
    """Remember the library for next time (a local setting, never travels)."""
    cq.set_setting(ws.db, KEY_LIBRARY, (path or "").strip())


@contextlib.contextmanager
def _library(path: str) -> Iterator:
    """The loaded library, for one operation; unloaded after it."""
    import pkcs11

    path = (path or "").strip()
    if not path:
        raise ValidationError("Hãy chọn thư viện PKCS#11 (trình điều khiển) của thiết bị ký số.")
    if not os.path.isfile(path):
        raise ValidationError(f"Không tìm thấy thư viện PKCS#11 “{path}”. Hãy chọn tệp trình "
                              "điều khiển (.dll hoặc .so) mà phần mềm của USB token đã cài.")
    with _LOCK:
        try:
            lib = pkcs11.lib(path)
        except Exception as exc:  # noqa: BLE001 - not a library, wrong architecture, …
            raise ValidationError(f"Tệp “{path}” không phải thư viện PKCS#11 của thiết bị ký số, "
                                  "hoặc không nạp được.", detail=str(exc)) from exc
        try:
            yield lib
        except pkcs11.PKCS11Error as exc:
            raise _explain(exc) from exc
        finally:
            with contextlib.suppress(Exception):
                pkcs11.unload(path)


def _explain(exc) -> ValidationError:
    """A PKCS#11 error in the user's words."""
    import pkcs11.exceptions as e

    if isinstance(exc, e.TokenNotPresent | e.DeviceRemoved | e.TokenNotRecognised |
                  e.SessionClosed | e.SessionHandleInvalid):
        text = "Thiết bị ký số đã bị rút ra hoặc không đọc được; hãy cắm lại rồi thử lại."
    elif isinstance(exc, e.PinLocked):
        text = PIN_TEXTS[PinState.LOCKED]
    elif isinstance(exc, e.PinExpired):
        text = ("Mã PIN của thiết bị đã hết hạn; hãy đổi mã PIN bằng phần mềm quản lý của "
                "thiết bị rồi thử lại.")
    elif isinstance(exc, e.FunctionCancelled):
        text = "Thao tác đã bị hủy trên thiết bị ký số."
    else:
        text = ("Thiết bị ký số báo lỗi; hãy rút ra, cắm lại rồi thử lại. Nếu vẫn lỗi, hãy "
                "kiểm tra thư viện PKCS#11 đã chọn có đúng của thiết bị này không.")
    return ValidationError(text, detail=f"{type(exc).__name__}: {exc}")


# -- tokens and keys ----------------------------------------------------------------------
def _tokens(lib) -> list:
    """Initialised tokens in the slots (an empty reader or a blank token is skipped)."""
    import pkcs11

    tokens = []
    for slot in lib.get_slots(token_present=True):
        try:
            token = slot.get_token()
        except (pkcs11.TokenNotPresent, pkcs11.TokenNotRecognised):
            continue
        if token.flags & CKF_TOKEN_INITIALIZED:
            tokens.append(token)
    return tokens


def _text(value) -> str:
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    return str(value or "").strip()


def _certificates(session, key_id: bytes | None = None) -> list[tuple[bytes, str, object]]:
    """(CKA_ID, label, certificate) of the X.509 certificates the session sees."""
    from cryptography import x509
    from pkcs11 import Attribute, ObjectClass

    query = {Attribute.CLASS: ObjectClass.CERTIFICATE}
    if key_id is not None:
        query[Attribute.ID] = key_id
    found = []
    for obj in list(session.get_objects(query)):
        try:
            cert = x509.load_der_x509_certificate(obj[Attribute.VALUE])
            ident = bytes(obj[Attribute.ID] or b"")
            label = _text(obj[Attribute.LABEL])
        except Exception:  # noqa: BLE001 - not an X.509 certificate, or unreadable: skip it
            continue
        if ident:
            found.append((ident, label, cert))
    return found


def common_name(cert) -> str:
    from cryptography import x509

    names = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


def _key(ident: bytes, label: str, cert) -> TokenKey:
    import datetime as dt

    return TokenKey(key_id=ident.hex(), label=label, subject=common_name(cert),
                    serial=f"{cert.serial_number:X}",
                    not_after=cert.not_valid_after_utc.date().isoformat(),
                    expired=cert.not_valid_after_utc < dt.datetime.now(dt.UTC))


def _info(token, keys=()) -> TokenInfo:
    return TokenInfo(slot=int(token.slot.slot_id), label=_text(token.label),
                     manufacturer=_text(token.manufacturer_id), model=_text(token.model),
                     serial=_text(token.serial), flags=int(token.flags), keys=tuple(keys))


def list_tokens(library: str) -> list[TokenInfo]:
    """The tokens the library sees and the keys on each (no PIN needed)."""
    with _library(library) as lib:
        listed = []
        for token in _tokens(lib):
            with token.open() as session:
                keys = [_key(*found) for found in _certificates(session)]
            listed.append(_info(token, keys))
        return listed


def parse_key_id(text: str) -> bytes:
    """ "a1b2", "A1:B2", "0xa1b2", "a1 b2" → b"\\xa1\\xb2"."""
    cleaned = "".join(ch for ch in (text or "").strip() if ch not in ": -").lower()
    cleaned = cleaned.removeprefix("0x")
    try:
        value = bytes.fromhex(cleaned)
    except ValueError:
        value = b""
    if not value:
        raise ValidationError(f"Mã khóa “{text}” không hợp lệ: hãy ghi mã (CKA_ID) bằng chữ số "
                              "thập lục phân, ví dụ a1b2.")
    return value


def _find(lib, key_id: bytes, token_label: str | None):
    """(token, certificate or None) for the key: the one token holding a
    certificate with that id; a single token when the certificate is private."""
    tokens = _tokens(lib)
    if not tokens:
        raise ValidationError("Không thấy thiết bị ký số nào; hãy cắm USB token rồi thử lại.")
    if token_label:
        wanted = token_label.strip()
        chosen = [t for t in tokens if _text(t.label) == wanted]
        if not chosen:
            present = ", ".join(f"“{_text(t.label)}”" for t in tokens)
            raise ValidationError(f"Không thấy thiết bị ký số có nhãn “{wanted}”; đang cắm: "
                                  f"{present}.")
        tokens = chosen
    holders, shows_certificates = [], False
    for token in tokens:
        with token.open() as session:
            public = _certificates(session)
        shows_certificates = shows_certificates or bool(public)
        holders += [(token, cert) for ident, _label, cert in public if ident == key_id][:1]
    if len(holders) > 1:
        raise ValidationError(f"Có {len(holders)} thiết bị chứa khóa mã {key_id.hex()}; hãy "
                              "chọn thiết bị theo nhãn.")
    if holders:
        return holders[0]
    if len(tokens) == 1 and not shows_certificates:
        return tokens[0], None       # certificates only after login (rare): look then
    raise _no_key(key_id)


def _no_key(key_id: bytes) -> ValidationError:
    return ValidationError(f"Không tìm thấy khóa ký số có mã {key_id.hex()} trên thiết bị. Hãy "
                           "bấm “Đọc thiết bị” (hoặc chạy “kiemtra token list”) để xem các "
                           "khóa có trên thiết bị.")


def _fresh_flags(token) -> int:
    """The token's flags now (a Token object keeps those it was read with)."""
    try:
        return int(token.slot.get_token().flags)
    except Exception:  # noqa: BLE001 - the token may have been pulled out meanwhile
        return 0


def _login(token, pin):
    """The one place the PIN reaches the token: one login, never repeated."""
    return token.open(user_pin=pin)


def _wrong_pin(token, exc) -> WrongPin:
    state = pin_state(_fresh_flags(token))
    if state == PinState.LOCKED:
        return WrongPin(PIN_TEXTS[state], state, detail=type(exc).__name__)
    return WrongPin("Mã PIN của thiết bị ký số không đúng; biên bản chưa được ký. "
                    f"{PIN_TEXTS[state]} Ứng dụng không tự thử lại: hãy kiểm tra mã PIN "
                    "trước khi nhập lại.", state, detail=type(exc).__name__)


@contextlib.contextmanager
def open_signer(library: str, key_id: str, pin: str | bytes, token_label: str | None = None,
                *, before_login: Callable[[object], None] | None = None) -> Iterator[tuple]:
    """(pyHanko PKCS11Signer, `cryptography` certificate) on a session logged in
    once with `pin`. `before_login(cert)` may refuse the certificate (expired)
    before the PIN is used."""
    import pkcs11
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding
    from pkcs11 import Attribute, ObjectClass
    from pyhanko.sign.pkcs11 import PKCS11Signer

    ident = parse_key_id(key_id)
    if not pin:
        raise ValidationError("Hãy nhập mã PIN của thiết bị ký số.")
    with _library(library) as lib:
        token, cert = _find(lib, ident, token_label)
        if cert is not None and before_login is not None:
            before_login(cert)
        if pin_state(_fresh_flags(token)) == PinState.LOCKED:
            raise WrongPin(PIN_TEXTS[PinState.LOCKED], PinState.LOCKED)
        try:
            session = _login(token, pin)
        except (pkcs11.PinIncorrect, pkcs11.PinInvalid, pkcs11.PinLenRange) as exc:
            raise _wrong_pin(token, exc) from exc
        with session:
            if cert is None:
                found = _certificates(session, ident)
                if not found:
                    raise _no_key(ident)
                cert = found[0][2]
                if before_login is not None:
                    before_login(cert)
            keys = list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY,
                                             Attribute.ID: ident}))
            if not keys:
                raise _no_key(ident)
            signer = PKCS11Signer(
                session, key_id=ident, cert_id=ident,
                signing_cert=asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER)))
            yield signer, cert
