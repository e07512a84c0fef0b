"""This laptop's identity: a device id and an Ed25519 signing key.

Both live in the application-data folder, never in the database, so a database
file copied to another laptop does not carry (and so cannot share) the id.
"""

from __future__ import annotations

import json
import os
import platform
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app import paths
from app.errors import StorageError, ValidationError
from db.ids import uuid7

DEVICE_FILE = "device.json"
KEY_FILE = "device-key.pem"
NAME_MAX = 60
NAME_EXAMPLE = "Đoàn 1 – máy chị Hương"


def _write_atomically(target: Path, data: bytes, mode: int = 0o600) -> None:
    fd, tmp = tempfile.mkstemp(prefix=target.name, suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class Device:
    id: str
    name: str
    folder: Path

    def private_key(self):
        from cryptography.hazmat.primitives import serialization

        data = (self.folder / KEY_FILE).read_bytes()
        return serialization.load_pem_private_key(data, password=None)

    def public_key_hex(self) -> str:
        from cryptography.hazmat.primitives import serialization

        raw = self.private_key().public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        return raw.hex()


def _new_key_pem() -> bytes:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def load_or_create(folder: Path | None = None) -> Device:
    """The device of this app-data folder, created (id and key) on first run."""
    folder = folder or paths.data_dir()
    info_path = folder / DEVICE_FILE
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not (folder / KEY_FILE).exists():
            _write_atomically(folder / KEY_FILE, _new_key_pem())
        if info_path.exists():
            info = json.loads(info_path.read_text(encoding="utf-8"))
            return Device(id=info["id"], name=info.get("name", ""), folder=folder)
        info = {
            "id": uuid7(),
            "name": host_name(),
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        _write_atomically(info_path, json.dumps(info, ensure_ascii=False, indent=2).encode())
        return Device(id=info["id"], name=info["name"], folder=folder)
    except (OSError, ValueError, KeyError) as exc:
        raise StorageError(
            f"Không đọc hoặc tạo được định danh của máy trong thư mục “{folder}”. "
            "Hãy kiểm tra quyền ghi của thư mục dữ liệu.",
            detail=str(exc),
        ) from exc


def host_name() -> str:
    """The name a device gets on first run (the computer's host name)."""
    return platform.node() or "may-tinh"


def is_unnamed(device: Device) -> bool:
    """Still called by its host name: nobody has named this laptop yet."""
    return device.name == host_name()


def clean_name(name: str) -> str:
    """The name as it will be stored (trimmed, NFC), or ValidationError."""
    text = unicodedata.normalize("NFC", name or "").strip()
    if not text:
        raise ValidationError("Hãy nhập tên cho máy này, ví dụ “" + NAME_EXAMPLE + "”.")
    if len(text) > NAME_MAX:
        raise ValidationError(f"Tên máy dài {len(text)} ký tự; hãy rút gọn còn tối đa "
                              f"{NAME_MAX} ký tự.")
    if any(unicodedata.category(ch)[0] == "C" or unicodedata.category(ch) in ("Zl", "Zp")
           for ch in text):
        raise ValidationError("Tên máy chứa ký tự điều khiển hoặc ký tự ẩn (xuống dòng, "
                              "tab…); hãy gõ lại tên trên một dòng.")
    return text


def rename(device_or_folder: Device | Path, name: str) -> Device:
    """Give this laptop a name people recognise ("Đoàn 1 – máy chị Hương").

    Only the name changes: the id, the creation time and the key stay, so
    packages from before and after the rename are the same device at merge."""
    new_name = clean_name(name)
    folder = (device_or_folder.folder if isinstance(device_or_folder, Device)
              else Path(device_or_folder))
    info_path = folder / DEVICE_FILE
    try:
        info = json.loads(info_path.read_text(encoding="utf-8"))
        if isinstance(device_or_folder, Device) and info["id"] != device_or_folder.id:
            raise ValueError(f"device.json holds {info['id']}, not {device_or_folder.id}")
        info["name"] = new_name
        _write_atomically(info_path, json.dumps(info, ensure_ascii=False, indent=2).encode())
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StorageError(
            f"Không lưu được tên mới của máy vào thư mục “{folder}”; tên cũ được giữ nguyên. "
            "Hãy kiểm tra quyền ghi của thư mục dữ liệu.",
            detail=str(exc),
        ) from exc
    return Device(id=info["id"], name=new_name, folder=folder)
