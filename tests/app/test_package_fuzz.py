"""Fuzzing packages (issue #5): a valid package, mutated at random — bytes flipped,
cut short, spliced; or rows changed, deleted or duplicated with SQLite, with the
old digest kept or re-signed by the sender's key — is either merged or refused
with a reason in Vietnamese and a code. Never a traceback, never a partial
change: a refused package leaves every row of the target as it was, and a
mutant that merges (the bytes hit unused space) gives exactly what the original
gives. `kiemtra verify` agrees with the merge on every mutant."""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from helpers import add_photos, reseal, table_digests
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app import demo, packages
from app import device as dm
from app.merge import merge_file
from app.packages import PackageRejected
from app.workspace import Workspace
from db import package_file as pf

VIETNAMESE = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]",
                        re.IGNORECASE)
FUZZ = settings(max_examples=200, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.filter_too_much])


class Target:
    """Headquarters' database, reused across examples and put back to its base
    state only when a mutant merged (a refused one must not have changed it)."""

    def __init__(self, base: Path, path: Path, device):
        self.base, self.path, self.device = base, path, device
        self.ws = None
        self.reset()

    def reset(self) -> None:
        self.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.base, self.path)
        self.ws = Workspace.open(self.path, device=self.device)

    def close(self) -> None:
        if self.ws is not None:
            self.ws.close()
            self.ws = None


@pytest.fixture(scope="module")
def field(tmp_path_factory):
    """A small real package: laptop A's changes since its first package (edited
    answers, an edited inspection, new photos), which headquarters — holding A's
    first package and its own edit of one of those answers — merges with updates,
    new records, blobs and one conflict."""
    root = tmp_path_factory.mktemp("fuzz")
    laptop, hq = dm.load_or_create(root / "may-A"), dm.load_or_create(root / "van-phong")
    with Workspace.open(root / "a.sqlite", device=laptop) as ws:
        demo.generate(ws, inspections=2, seed=3)
        first = packages.export(ws, root / "a-1.ktpkg")
        answers = [r[0] for r in ws.db.query("SELECT id FROM answers ORDER BY id LIMIT 5")]
        for answer_id in answers:
            ws.writer.update("answers", answer_id, {"note": "Đã bổ sung hồ sơ tại chỗ."})
        inspection = ws.db.query("SELECT id FROM inspections ORDER BY id")[0][0]
        ws.writer.update("inspections", inspection, {"place": "Hội trường tầng 2"})
        add_photos(ws, 3, 3000, seed=3)
        second = packages.export(ws, root / "a-2.ktpkg")
    with Workspace.open(root / "base.sqlite", device=hq) as ws:
        assert merge_file(ws, first.path, trust_new=True).status == "merged"
        ws.writer.update("answers", answers[0], {"note": "Văn phòng ghi chú khác."})
    shutil.copyfile(root / "base.sqlite", root / "ref.sqlite")
    with Workspace.open(root / "ref.sqlite", device=hq) as ws:
        reference = merge_file(ws, second.path, trust_new=True)
    assert reference.status == "merged"
    assert reference.counts["conflict"] == 1 and reference.counts["blobs_new"] == 3
    target = Target(root / "base.sqlite", root / "hq.sqlite", hq)
    yield Field(root=root, laptop=laptop, package=second.path.read_bytes(), target=target,
                device_ids=[laptop.id, hq.id, "01a0a0a0-0000-7000-8000-000000000000"],
                base_exact=table_digests(root / "base.sqlite", normalise=False),
                ref=table_digests(root / "ref.sqlite", normalise=True))
    target.close()


class Field(dict):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)

    def __repr__(self) -> str:   # what hypothesis prints for a failing example
        return "field"


def check_mutant(field, data: bytes | None = None, *, path: Path | None = None,
                 resigned: bool = False) -> str:
    """Verify and merge one mutant; assert the promises; say what happened."""
    if path is None:
        path = field["root"] / "mutant" / "a-2.ktpkg"   # same name: same merge_log summary
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
    target = field["target"]
    try:
        verified = packages.verify_file(path)
    except PackageRejected as exc:
        verified = None
        assert exc.code and VIETNAMESE.search(exc.message), exc
    result = merge_file(target.ws, path, trust_new=True)   # anything raised fails the test
    assert result.status in ("merged", "rejected"), result
    if result.status == "rejected":
        assert result.code and result.reason and VIETNAMESE.search(result.reason), result
        assert not re.search(r"Traceback|Error|errno", result.reason), result.reason
        assert table_digests(target.path, normalise=False) == field["base_exact"], result
        if not resigned:
            assert verified is None, f"verify accepts what merge refuses: {result}"
        return f"rejected: {result.code}"
    problems = [r[0] for r in target.ws.db.query("PRAGMA integrity_check")]
    problems += [tuple(r) for r in target.ws.db.query("PRAGMA foreign_key_check")]
    assert problems == ["ok"], problems
    if not resigned:
        assert verified is not None, "merge accepts what verify refuses"
        assert table_digests(target.path, normalise=True) == field["ref"]
    else:
        # The signer's own content: whatever it is, merging it twice changes nothing.
        again = table_digests(target.path, normalise=False)
        assert merge_file(target.ws, path, trust_new=True).status == "unchanged"
        assert table_digests(target.path, normalise=False) == again
    target.reset()
    return "merged"


def test_the_unmutated_package_merges_like_the_reference(field):
    assert check_mutant(field, field["package"]) == "merged"


# -- byte-level mutations ---------------------------------------------------------

def damage(original: bytes):
    """Damage as a short list of (kind, offset, bytes) steps, so that a failing
    example prints what was done, not the whole file."""
    size = len(original)
    # The header, the schema page, anywhere, and bytes in use (not free space).
    used = [at for at, byte in enumerate(original) if byte]
    offset = st.one_of(st.integers(0, 99), st.integers(0, 8191), st.integers(0, size - 1),
                       st.sampled_from(used), st.sampled_from(used))
    step = st.one_of(
        st.tuples(st.just("flip"), offset, st.integers(1, 255)),
        st.tuples(st.just("truncate"), st.integers(0, size - 1), st.none()),
        st.tuples(st.just("overwrite"), offset, st.binary(min_size=1, max_size=64)),
        st.tuples(st.just("copy"), offset, st.tuples(offset, st.integers(1, 4096))),
        st.tuples(st.just("insert"), offset, st.binary(min_size=1, max_size=64)),
        st.tuples(st.just("zero page"), st.integers(0, size // 8192 - 1), st.none()))
    return st.lists(step, min_size=1, max_size=4)


def damaged(original: bytes, steps) -> bytes:
    data = bytearray(original)
    for kind, at, arg in steps:
        at = min(at, max(len(data) - 1, 0))
        if kind == "flip" and data:
            data[at] ^= arg
        elif kind == "truncate":
            del data[at:]
        elif kind == "overwrite":
            data[at:at + len(arg)] = arg
        elif kind == "copy":
            start, length = arg
            chunk = original[start:start + length]
            data[at:at + len(chunk)] = chunk
        elif kind == "insert":
            data[at:at] = arg
        elif kind == "zero page":
            data[at * 8192:(at + 1) * 8192] = bytes(8192)
    return bytes(data)


@FUZZ
@given(st.data())
def test_damaged_bytes_are_merged_identically_or_refused(field, data):
    steps = data.draw(damage(field["package"]), label="damage")
    event(check_mutant(field, damaged(field["package"], steps)))


# -- row-level mutations ------------------------------------------------------------

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-3, 3),
                    st.integers(-2**63, 2**63 - 1), st.floats(), st.text(max_size=8))
ODD = st.one_of(SCALARS, st.binary(max_size=12), st.just("x" * 2_100_000),
                st.just("[" * 3000 + "]" * 3000))
JSON_VALUES = st.one_of(SCALARS, st.integers(), st.lists(st.integers(), max_size=2),
                        st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
                        st.just("[" * 3000 + "]" * 3000))
# Mostly record versions: that is where the merge rules read.
TABLES = ("versions",) * 5 + ("events", "events", "blobs", "manifest", "package_meta")


def _canonical(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _near(value):
    """Values close to `value` (what a bit of damage or a person's edit makes) and
    values of every other type SQLite will store in any column."""
    if isinstance(value, str):
        def tweak(args):
            at, char = args
            return value[:at] + char + value[at + 1:]
        return st.one_of(
            st.tuples(st.integers(0, max(len(value) - 1, 0)), st.characters()).map(tweak),
            st.sampled_from([value + " ", value.upper(), ""]), ODD)
    if isinstance(value, int):
        return st.one_of(st.sampled_from([value + 1, value - 1, 0, -1, 2**63 - 1]), ODD)
    if isinstance(value, bytes) and value:
        def flip(at):
            return value[:at] + bytes([value[at] ^ 1]) + value[at + 1:]
        return st.one_of(st.integers(0, len(value) - 1).map(flip), ODD)
    return ODD


def _record(text) -> dict | None:
    """The record a version's data holds, unless an earlier edit broke it."""
    try:
        value = json.loads(text)
    except (TypeError, ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) and value else None


def _edit_version(row: dict, data, device_ids: list[str]) -> None:
    """Change a record version as someone who understands the format would: one
    field of its data, or its version vector or clock (column and data alike)."""
    record = _record(row["data"])
    how = data.draw(st.sampled_from(["set", "drop", "add", "vv", "hlc", "current"]),
                    label="version edit")
    if how == "set":
        record[data.draw(st.sampled_from(sorted(record)), label="field")] = data.draw(
            JSON_VALUES, label="value")
    elif how == "drop":
        record.pop(data.draw(st.sampled_from(sorted(record)), label="field"))
    elif how == "add":
        record[data.draw(st.text(max_size=6), label="field")] = data.draw(SCALARS)
    elif how == "vv":
        vv = data.draw(st.dictionaries(st.sampled_from(device_ids), st.integers(1, 4),
                                       min_size=1), label="vv")
        row["vv"] = record["vv"] = _canonical(vv)
    elif how == "hlc":
        hlc = data.draw(st.sampled_from(["0000000000000.00000", "9999999999999.99999",
                                         record["hlc"][:-1] + "9", "soon"]), label="hlc")
        row["hlc"] = record["hlc"] = hlc
    else:
        row["current"] = data.draw(st.sampled_from([0, 1, 2]), label="current")
    row["data"] = _canonical(record)


def mutate_rows(path: Path, data, device_ids: list[str]) -> None:
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        for _ in range(data.draw(st.integers(1, 3), label="edits")):
            table = data.draw(st.sampled_from(TABLES), label="table")
            rowids = [r[0] for r in conn.execute(f"SELECT rowid FROM {table}")]
            if not rowids:
                continue
            rowid = data.draw(st.sampled_from(rowids), label="row")
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            action = data.draw(st.sampled_from(["change", "change", "delete", "duplicate"]),
                               label="action")
            if action == "delete":
                conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
                continue
            row = dict(zip(columns, conn.execute(f"SELECT * FROM {table} WHERE rowid = ?",
                                                 (rowid,)).fetchone(), strict=True))
            if table == "versions" and _record(row["data"]) and data.draw(
                    st.booleans(), label="as a record"):
                _edit_version(row, data, device_ids)
            else:
                column = data.draw(st.sampled_from(columns), label="column")
                row[column] = data.draw(_near(row[column]), label="value")
            with contextlib.suppress(sqlite3.IntegrityError):   # NOT NULL, a key taken
                if action == "change":
                    conn.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in row)} "
                                 f"WHERE rowid = ?", (*row.values(), rowid))
                else:
                    conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES "
                                 f"({', '.join('?' for _ in row)})", tuple(row.values()))
    finally:
        conn.close()


@FUZZ
@given(st.data())
def test_edited_rows_are_refused_or_merged_whole(field, data):
    path = field["root"] / "mutant" / "a-2.ktpkg"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(field["package"])
    mutate_rows(path, data, field["device_ids"])
    # Re-signed by the sender's key, the edit reaches the merge rules themselves.
    resigned = data.draw(st.sampled_from([True, True, False]), label="re-signed")
    if resigned:
        try:
            reseal(path, field["laptop"])
        except (sqlite3.Error, pf.PackageDamaged, KeyError, TypeError, ValueError):
            resigned = False   # not even the sender could sign this: it stays unsigned
    event(("re-signed, " if resigned else "") + check_mutant(field, path=path,
                                                             resigned=resigned))
