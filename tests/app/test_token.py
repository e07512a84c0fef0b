"""Signing issued minutes with a PKCS#11 USB token, through a real software token
(SoftHSM2, initialised by each test): listing keys without the PIN, an end-to-end
signature valid for pyHanko and poppler, and every refusal in Vietnamese with
nothing written and the PIN sent to the token at most once."""

from __future__ import annotations

import subprocess

import pytest
from helpers import draft_inspection, dump, finalised_inspection
from softhsm import KEY_ID, PIN, add_key, make_token, needs_softhsm, softhsm_library, write_conf

from app import issuing, pades, token
from app.errors import ValidationError

TABLES = ("minutes", "blobs", "row_versions", "events")

pytestmark = needs_softhsm


@pytest.fixture
def soft_token(tmp_path, monkeypatch):
    folder = tmp_path / "softhsm"
    monkeypatch.setenv("SOFTHSM2_CONF", str(write_conf(folder)))
    return make_token(folder)


@pytest.fixture
def logins(monkeypatch):
    """Every PIN the app sent to a token, in order."""
    sent: list[str] = []
    real = token._login

    def counting(tok, pin):
        sent.append(pin)
        return real(tok, pin)

    monkeypatch.setattr(token, "_login", counting)
    return sent


@pytest.fixture
def inspection(workspace):
    inspection = draft_inspection(workspace)
    workspace.checklist.answer(inspection, "C1", "K", note="Không niêm yết giờ làm việc")
    return inspection


@pytest.fixture
def finalised(workspace, inspection):
    return finalised_inspection(workspace, inspection)


def source(soft_token, pin=PIN, key_id=KEY_ID, label=None) -> pades.TokenSource:
    return pades.TokenSource(soft_token.library, key_id, pin, token_label=label)


def test_listing_shows_the_token_and_its_key_without_the_pin(soft_token, logins):
    assert soft_token.library in token.library_candidates()
    listed = token.list_tokens(soft_token.library)
    assert [t.label for t in listed] == ["KiemTra"]      # the blank slot is left out
    found = listed[0]
    assert found.manufacturer == "SoftHSM project" and found.serial
    assert found.pin_state == token.PinState.UNKNOWN
    assert len(found.keys) == 1
    key = found.keys[0]
    assert key.key_id == KEY_ID and key.subject == "Nguyễn Văn Hùng"
    assert key.label == "Chữ ký số" and not key.expired
    assert key.serial == f"{soft_token.cert.serial_number:X}"
    assert found.as_dict()["keys"][0]["key_id"] == KEY_ID
    assert logins == []


def test_a_token_signs_the_issued_minutes_end_to_end(workspace, finalised, soft_token,
                                                     logins, tmp_path):
    first = issuing.issued(workspace, finalised)[0]
    signed = pades.sign_issued_with(workspace, finalised, source(soft_token))
    assert logins == [PIN]
    assert signed.version == 2 and signed.number == first.number
    assert signed.certificate == f"Nguyễn Văn Hùng (số sê-ri {soft_token.cert.serial_number:X})"
    assert [m.version for m in issuing.issued(workspace, finalised)] == [1, 2]

    out = issuing.write_issued(workspace, signed, tmp_path / "da-ky-token.pdf")
    reports = pades.check_signatures(out.read_bytes(), trust_roots=[soft_token.cert])
    assert len(reports) == 1
    assert reports[0].intact and reports[0].valid and reports[0].trusted
    assert reports[0].signer == "Nguyễn Văn Hùng" and reports[0].covers_whole_file
    assert pades.check_file(workspace, out).ok
    pdfsig = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True)
    assert "Signature Validation: Signature is Valid." in pdfsig.stdout, pdfsig.stdout
    qpdf = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
    assert qpdf.returncode == 0, qpdf.stdout + qpdf.stderr


def test_a_wrong_pin_is_sent_once_reported_and_writes_nothing(workspace, finalised,
                                                             soft_token, logins):
    before = dump(workspace, TABLES)
    with pytest.raises(token.WrongPin) as caught:
        pades.sign_issued_with(workspace, finalised, source(soft_token, pin="0000"))
    assert caught.value.pin_state == token.PinState.LOW
    message = caught.value.message
    assert "Mã PIN của thiết bị ký số không đúng" in message
    # SoftHSM2 raises "count low" after a failure, as a real token does.
    assert "còn ít lần thử" in message and "không tự thử lại" in message
    assert logins == ["0000"]                  # one try, never repeated by the app
    assert dump(workspace, TABLES) == before
    # The next time the user looks, the token says so before a PIN is asked.
    assert token.list_tokens(soft_token.library)[0].pin_state == token.PinState.LOW

    signed = pades.sign_issued_with(workspace, finalised, source(soft_token))
    assert signed.version == 2 and logins == ["0000", PIN]
    assert token.list_tokens(soft_token.library)[0].pin_state == token.PinState.UNKNOWN


def test_a_locked_token_is_not_sent_the_pin(workspace, finalised, soft_token, logins,
                                            monkeypatch):
    monkeypatch.setattr(token, "_fresh_flags", lambda tok: token.CKF_USER_PIN_LOCKED)
    before = dump(workspace, TABLES)
    with pytest.raises(ValidationError, match="mã PIN đã bị khóa"):
        pades.sign_issued_with(workspace, finalised, source(soft_token))
    assert logins == [] and dump(workspace, TABLES) == before


def test_what_the_tries_left_flags_say():
    assert token.pin_state(0x40D) == token.PinState.UNKNOWN
    assert token.pin_state(token.CKF_USER_PIN_COUNT_LOW) == token.PinState.LOW
    assert token.pin_state(token.CKF_USER_PIN_COUNT_LOW | token.CKF_USER_PIN_FINAL_TRY) \
        == token.PinState.FINAL
    assert token.pin_state(token.CKF_USER_PIN_FINAL_TRY | token.CKF_USER_PIN_LOCKED) \
        == token.PinState.LOCKED
    assert "còn ít lần thử" in token.PIN_TEXTS[token.PinState.LOW]
    assert "chỉ còn 1 lần thử" in token.PIN_TEXTS[token.PinState.FINAL]
    assert "mã PIN đã bị khóa" in token.PIN_TEXTS[token.PinState.LOCKED]


def test_an_unknown_key_or_token_is_refused_before_the_pin(workspace, finalised, soft_token,
                                                           logins):
    before = dump(workspace, TABLES)
    with pytest.raises(ValidationError, match="Không tìm thấy khóa ký số có mã ff01"):
        pades.sign_issued_with(workspace, finalised, source(soft_token, key_id="FF:01"))
    with pytest.raises(ValidationError, match="không hợp lệ"):
        pades.sign_issued_with(workspace, finalised, source(soft_token, key_id="xyz"))
    with pytest.raises(ValidationError, match="Không thấy thiết bị ký số có nhãn “Khác”"):
        pades.sign_issued_with(workspace, finalised, source(soft_token, label="Khác"))
    with pytest.raises(ValidationError, match="Hãy nhập mã PIN"):
        pades.sign_issued_with(workspace, finalised, source(soft_token, pin=""))
    assert logins == [] and dump(workspace, TABLES) == before
    # The right label works.
    assert pades.sign_issued_with(workspace, finalised,
                                  source(soft_token, label="KiemTra")).version == 2


def test_an_expired_certificate_is_refused_before_the_pin(workspace, finalised, soft_token,
                                                         logins, tmp_path):
    add_key(soft_token.library, soft_token.conf.parent, label="KiemTra", pin=PIN,
            key_id="e1", common_name="Trần Thị Hết Hạn", expired=True)
    keys = {k.key_id: k for k in token.list_tokens(soft_token.library)[0].keys}
    assert keys["e1"].expired and not keys[KEY_ID].expired
    before = dump(workspace, TABLES)
    with pytest.raises(ValidationError, match="Chứng thư số đã hết hạn"):
        pades.sign_issued_with(workspace, finalised, source(soft_token, key_id="e1"))
    assert logins == [] and dump(workspace, TABLES) == before


def test_an_encryption_certificate_is_refused_before_the_pin(workspace, finalised,
                                                             soft_token, logins):
    add_key(soft_token.library, soft_token.conf.parent, label="KiemTra", pin=PIN,
            key_id="e2", common_name="Khóa Mã Hóa", signing=False)
    before = dump(workspace, TABLES)
    with pytest.raises(ValidationError, match="không dùng để ký"):
        pades.sign_issued_with(workspace, finalised, source(soft_token, key_id="e2"))
    assert logins == [] and dump(workspace, TABLES) == before


def test_a_draft_is_never_signed_with_a_token(workspace, inspection, soft_token, logins):
    before = dump(workspace, TABLES)
    with pytest.raises(ValidationError, match="Bản dự thảo không được ký số"):
        pades.sign_issued_with(workspace, inspection, source(soft_token))
    assert logins == [] and dump(workspace, TABLES) == before


def test_a_missing_or_wrong_library_and_no_token(tmp_path, monkeypatch):
    with pytest.raises(ValidationError, match="Hãy chọn thư viện PKCS#11"):
        token.list_tokens("  ")
    with pytest.raises(ValidationError, match="Không tìm thấy thư viện PKCS#11"):
        token.list_tokens(str(tmp_path / "khong-co.so"))
    (tmp_path / "hong.so").write_bytes(b"not a shared library")
    with pytest.raises(ValidationError, match="không phải thư viện PKCS#11"):
        token.list_tokens(str(tmp_path / "hong.so"))

    monkeypatch.setenv("SOFTHSM2_CONF", str(write_conf(tmp_path / "trong")))
    library = softhsm_library()
    assert token.list_tokens(library) == []     # only a blank slot
    with pytest.raises(ValidationError, match="Không thấy thiết bị ký số nào"), \
            token.open_signer(library, KEY_ID, PIN):
        pass


def test_the_library_path_is_a_local_setting(workspace):
    assert token.saved_library(workspace) == ""
    token.save_library(workspace, " /opt/nha-cung-cap/libtoken.so ")
    assert token.saved_library(workspace) == "/opt/nha-cung-cap/libtoken.so"
    assert token.parse_key_id("0xA1:B2") == b"\xa1\xb2"
    assert token.parse_key_id("a1 b2") == b"\xa1\xb2"
