"""Record ids (UUIDv7) and the hybrid logical clock used to stamp every change."""

from __future__ import annotations

import os
import threading
import time
import uuid
from dataclasses import dataclass

_lock = threading.Lock()
_last_ms = 0
_seq = 0


def uuid7() -> str:
    """A time-ordered UUIDv7 (RFC 9562) as text, monotonic within this process."""
    global _last_ms, _seq
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            _seq += 1
            if _seq > 0xFFF:  # 12-bit counter exhausted: borrow the next millisecond
                ms += 1
                _seq = 0
        else:
            _seq = int.from_bytes(os.urandom(2), "big") & 0x3FF
        _last_ms = ms
        seq = _seq
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= seq << 64
    value |= 0b10 << 62
    value |= rand
    return str(uuid.UUID(int=value))


def derived_id(*parts: str) -> str:
    """A stable id for a record that two devices must meet as one (e.g. an answer
    to item X of inspection Y): both laptops make the same id, so their edits
    become versions of one record instead of two rows."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "kiemtra:" + "/".join(parts)))


@dataclass(frozen=True, order=True)
class Hlc:
    """Hybrid logical clock value: wall milliseconds plus a logical counter."""

    ms: int
    counter: int = 0

    def text(self) -> str:
        return f"{self.ms:013d}.{self.counter:05d}"

    @classmethod
    def parse(cls, text: str) -> Hlc:
        ms, _, counter = text.partition(".")
        return cls(int(ms), int(counter or 0))


ZERO_HLC = Hlc(0, 0)
MAX_COUNTER = 99_999                       # Hlc.text writes five digits
MAX_AHEAD_MS = 366 * 24 * 3600 * 1000      # a laptop's clock a year wrong is still followed


class HybridClock:
    """Never goes backwards, even when the wall clock does (laptops in the field
    often have wrong clocks); `observe` folds in stamps seen from other devices."""

    def __init__(self, last: Hlc = ZERO_HLC, wall=None):
        self._wall = wall or (lambda: time.time_ns() // 1_000_000)
        self._lock = threading.Lock()
        self._last = last if last == ZERO_HLC or self._plausible(last) else ZERO_HLC

    def now(self) -> str:
        with self._lock:
            wall = self._wall()
            if wall > self._last.ms:
                self._last = Hlc(wall, 0)
            elif self._last.counter < MAX_COUNTER:
                self._last = Hlc(self._last.ms, self._last.counter + 1)
            else:          # the counter carries into the milliseconds: 5 digits, always
                self._last = Hlc(self._last.ms + 1, 0)
            return self._last.text()

    def observe(self, text: str) -> None:
        seen = Hlc.parse(text)
        with self._lock:
            if seen > self._last and self._plausible(seen):
                self._last = seen

    def _plausible(self, stamp: Hlc) -> bool:
        """A stamp from a clock set absurdly far ahead (or forged) is kept in the
        data but does not drag this clock along: otherwise every later stamp here
        would sit at that far future and the counter would run out."""
        return stamp.ms <= self._wall() + MAX_AHEAD_MS
