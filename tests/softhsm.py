"""A real PKCS#11 token for tests: SoftHSM2 (Debian `softhsm2`, installed by
`./dev setup`) with its token folder under the test's tmp folder.

SoftHSM2 reads SOFTHSM2_CONF when the library is initialised: set it in
os.environ (monkeypatch.setenv) before `make_token`, and it applies to this
process and to the `kiemtra` processes the test starts."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

LABEL = "KiemTra"
PIN = "1234"
SO_PIN = "5678"
KEY_ID = "a1b2"

needs_softhsm = pytest.mark.skipif(
    shutil.which("softhsm2-util") is None,
    reason="softhsm2-util is not installed (Debian package softhsm2; ./dev setup installs it)")


def softhsm_library() -> str:
    from app.token import library_candidates

    found = [path for path in library_candidates() if "softhsm" in path]
    if not found:
        pytest.skip("libsofthsm2.so not found (Debian package softhsm2; ./dev setup installs it)")
    return found[0]


@dataclass(frozen=True)
class SoftToken:
    conf: Path
    library: str
    label: str
    pin: str
    key_id: str
    cert: object          # `cryptography` certificate of the key


def write_conf(folder: Path) -> Path:
    """An empty SoftHSM2 configuration in `folder` (no token yet)."""
    tokens = folder / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\n"
                    "log.level = ERROR\nslots.removable = false\n")
    return conf


def make_token(folder: Path, *, label: str = LABEL, pin: str = PIN,
               common_name: str = "Nguyễn Văn Hùng") -> SoftToken:
    """Initialise a token in SOFTHSM2_CONF's folder and put one RSA key with
    its certificate on it (id KEY_ID)."""
    conf = Path(os.environ["SOFTHSM2_CONF"])
    assert conf.parent == folder, "set SOFTHSM2_CONF to write_conf(folder) first"
    _run("--init-token", "--free", "--label", label, "--pin", pin, "--so-pin", SO_PIN)
    library = softhsm_library()
    cert = add_key(library, folder, label=label, pin=pin, key_id=KEY_ID,
                   common_name=common_name)
    return SoftToken(conf, library, label, pin, KEY_ID, cert)


def add_key(library: str, folder: Path, *, label: str, pin: str, key_id: str,
            common_name: str, expired: bool = False, key_label: str = "Chữ ký số",
            signing: bool = True):
    """An RSA key (softhsm2-util --import) and its self-signed certificate (a
    public certificate object made with python-pkcs11) under `key_id`."""
    import pkcs11
    from cryptography.hazmat.primitives import serialization
    from helpers import self_signed_certificate
    from pkcs11 import Attribute, CertificateType, ObjectClass

    key, cert = self_signed_certificate(common_name, expired=expired, ca=False,
                                        signing=signing)
    pem = folder / f"key-{key_id}.pem"
    pem.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                      serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()))
    try:
        _run("--import", str(pem), "--token", label, "--label", key_label, "--id", key_id,
             "--pin", pin)
    finally:
        pem.unlink()
    lib = pkcs11.lib(library)
    try:
        with lib.get_token(token_label=label).open(rw=True, user_pin=pin) as session:
            session.create_object({
                Attribute.CLASS: ObjectClass.CERTIFICATE,
                Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                Attribute.TOKEN: True, Attribute.PRIVATE: False,
                Attribute.ID: bytes.fromhex(key_id), Attribute.LABEL: key_label,
                Attribute.SUBJECT: cert.subject.public_bytes(),
                Attribute.VALUE: cert.public_bytes(serialization.Encoding.DER)})
    finally:
        pkcs11.unload(library)
    return cert


def _run(*args: str) -> None:
    done = subprocess.run(["softhsm2-util", *args], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
