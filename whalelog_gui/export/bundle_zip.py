"""The bundle's zip container in one canonical form, and a strict reader that accepts only that form.

We write the zip ourselves (it is small: local headers, central directory, end record) because the manifest must
hash each member's compressed bytes as stored: deflate ignores some padding bits, so a content hash alone would
miss a flipped bit there. manifest.json and manifest.sig are stored uncompressed (the signature covers them byte
for byte); every other member is deflated. The reader checks every header byte against the central directory and
the fixed constants, and that nothing lies between, before or after the members.
"""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO

MADE_BY = (3 << 8) | 20  # unix, zip spec 2.0
NEEDED = 20
STORED, DEFLATED = 0, 8
EXTERNAL_ATTR = 0o100644 << 16  # a regular file, rw-r--r--: symlinks, directories and devices are refused
# Limits of the streaming reader: far above any season (a 400-day bundle has under 100 members), far below harm.
MAX_MEMBERS = 10_000
MAX_CENTRAL_DIRECTORY = 4 << 20
CHUNK = 1 << 16
_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")
_END = struct.Struct("<4sHHHHIIH")


class ZipFormatError(ValueError):
    pass


@dataclass(frozen=True)
class Member:
    name: str
    content: bytes
    method: int = DEFLATED
    stored: bytes = b""  # the bytes as they sit in the zip (deflated, or the content itself)


def deflate(content: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return packer.compress(content) + packer.flush()


def member(name: str, content: bytes, method: int = DEFLATED) -> Member:
    return Member(name, content, method, deflate(content) if method == DEFLATED else content)


def dos_time(moment: datetime) -> tuple[int, int]:
    """(time, date) in MS-DOS form, 2-second resolution, as zip headers hold them."""
    t = (moment.hour << 11) | (moment.minute << 5) | (moment.second // 2)
    d = ((moment.year - 1980) << 9) | (moment.month << 5) | moment.day
    return t, d


def write_bundle_zip(fileobj, members: list[Member], moment: datetime) -> None:
    for _ in iter_write_bundle_zip(fileobj, members, moment):
        pass


def iter_write_bundle_zip(fileobj, members: list[Member], moment: datetime):
    """Write members in the given order, all stamped with moment; yields each name once it is written."""
    mtime, mdate = dos_time(moment)
    central = []
    offset = 0
    for m in members:
        name = m.name.encode("ascii")
        crc = zlib.crc32(m.content)
        header = _LOCAL.pack(
            b"PK\x03\x04", NEEDED, 0, m.method, mtime, mdate, crc, len(m.stored), len(m.content), len(name), 0
        )
        fileobj.write(header + name)
        fileobj.write(m.stored)
        central.append(
            _CENTRAL.pack(
                b"PK\x01\x02",
                MADE_BY,
                NEEDED,
                0,
                m.method,
                mtime,
                mdate,
                crc,
                len(m.stored),
                len(m.content),
                len(name),
                0,
                0,
                0,
                0,
                EXTERNAL_ATTR,
                offset,
            )
            + name
        )
        offset += len(header) + len(name) + len(m.stored)
        yield m.name
    directory = b"".join(central)
    fileobj.write(directory)
    fileobj.write(_END.pack(b"PK\x05\x06", 0, 0, len(members), len(members), len(directory), offset, 0))


def _central_entries(data: bytes, cd_offset: int, cd_size: int, count: int) -> list[tuple]:
    entries, pos = [], cd_offset
    for _ in range(count):
        if pos + _CENTRAL.size > cd_offset + cd_size:
            raise ZipFormatError("zip: central directory is shorter than its entry count")
        (
            sig,
            made_by,
            needed,
            flags,
            method,
            mtime,
            mdate,
            crc,
            csize,
            usize,
            name_len,
            extra_len,
            comment_len,
            disk_start,
            int_attr,
            ext_attr,
            offset,
        ) = _CENTRAL.unpack_from(data, pos)
        if sig != b"PK\x01\x02":
            raise ZipFormatError("zip: bad central directory entry signature")
        if (made_by, needed, flags, extra_len, comment_len, disk_start, int_attr, ext_attr) != (
            MADE_BY,
            NEEDED,
            0,
            0,
            0,
            0,
            0,
            EXTERNAL_ATTR,
        ) or method not in (STORED, DEFLATED):
            raise ZipFormatError("zip: central directory entry is not in the bundle's form")
        raw_name = data[pos + _CENTRAL.size : pos + _CENTRAL.size + name_len]
        entries.append((raw_name, method, mtime, mdate, crc, csize, usize, offset))
        pos += _CENTRAL.size + name_len
    if pos != cd_offset + cd_size:
        raise ZipFormatError("zip: central directory has bytes beyond its entries")
    return entries


@dataclass(frozen=True)
class ZipEntry:
    name: str
    method: int
    crc: int
    csize: int  # bytes as stored in the zip
    usize: int  # bytes after inflating, as the headers claim (checked while inflating, never trusted for memory)
    body_offset: int


def _read_at(fh: BinaryIO, offset: int, size: int) -> bytes:
    fh.seek(offset)
    data = fh.read(size)
    if len(data) != size:
        raise ZipFormatError("zip: truncated")
    return data


def read_bundle_index(fh: BinaryIO, file_size: int) -> tuple[dict[str, ZipEntry], tuple[int, int]]:
    """The members by name (in file order) and their shared (dos time, dos date), checked from the end record,
    the central directory and every local header, without reading or inflating any member's body."""
    if file_size < _END.size:
        raise ZipFormatError("zip: no end-of-directory record where it must be (truncated, or trailing bytes)")
    end = _read_at(fh, file_size - _END.size, _END.size)
    if end[:4] != b"PK\x05\x06":
        raise ZipFormatError("zip: no end-of-directory record where it must be (truncated, or trailing bytes)")
    _sig, disk, cd_disk, n_disk, n_total, cd_size, cd_offset, comment_len = _END.unpack(end)
    if disk or cd_disk or n_disk != n_total or comment_len:
        raise ZipFormatError("zip: end-of-directory record is not in the bundle's form")
    if cd_offset + cd_size != file_size - _END.size:
        raise ZipFormatError("zip: central directory size/offset do not match the file")
    if n_total > MAX_MEMBERS or cd_size > MAX_CENTRAL_DIRECTORY:
        raise ZipFormatError(f"zip: more members than a bundle has ({n_total})")
    directory = _read_at(fh, cd_offset, cd_size)
    entries: dict[str, ZipEntry] = {}
    stamps = set()
    pos = 0
    for raw_name, method, mtime, mdate, crc, csize, usize, offset in _central_entries(directory, 0, cd_size, n_total):
        if offset != pos or pos + _LOCAL.size > cd_offset:
            raise ZipFormatError("zip: members are not contiguous (gap, overlap or reordering)")
        local = _LOCAL.unpack(_read_at(fh, pos, _LOCAL.size))
        start = pos + _LOCAL.size
        if (
            local != (b"PK\x03\x04", NEEDED, 0, method, mtime, mdate, crc, csize, usize, len(raw_name), 0)
            or start + len(raw_name) > cd_offset
            or _read_at(fh, start, len(raw_name)) != raw_name
        ):
            raise ZipFormatError("zip: a local header does not match the central directory")
        try:
            name = raw_name.decode("ascii")
        except UnicodeDecodeError as exc:
            raise ZipFormatError("zip: member name is not ASCII") from exc
        if (
            name in entries
            or not name
            or name.startswith("/")
            or name.endswith("/")
            or "\\" in name
            or ".." in name.split("/")
        ):
            raise ZipFormatError(f"zip: unsafe, duplicate or directory member name {name!r}")
        body = start + len(raw_name)
        if body + csize > cd_offset:
            raise ZipFormatError(f"zip: {name} runs into the central directory")
        entries[name] = ZipEntry(name, method, crc, csize, usize, body)
        stamps.add((mtime, mdate))
        pos = body + csize
    if pos != cd_offset:
        raise ZipFormatError("zip: bytes between the last member and the central directory")
    if len(stamps) != 1:
        raise ZipFormatError("zip: members do not share the bundle's timestamp")
    return entries, stamps.pop()


def iter_member(fh: BinaryIO, entry: ZipEntry) -> Iterator[tuple[bytes, bytes]]:
    """(stored chunk, content chunk) pairs (either may be empty), inflating at most CHUNK bytes at a time;
    ZipFormatError as soon as the output passes the declared size (a bomb stops there), or when size, CRC or
    the end of the compressed stream do not match the headers."""
    fh.seek(entry.body_offset)
    remaining, produced, crc = entry.csize, 0, 0
    inflater = zlib.decompressobj(-15) if entry.method == DEFLATED else None
    while remaining:
        stored = fh.read(min(CHUNK, remaining))
        if not stored:
            raise ZipFormatError(f"zip: {entry.name} is truncated")
        remaining -= len(stored)
        yield stored, b""
        pending = stored
        while pending:
            if inflater is None:
                piece, pending = pending, b""
            else:
                try:
                    piece = inflater.decompress(pending, CHUNK)
                except zlib.error as exc:
                    raise ZipFormatError(f"zip: {entry.name} does not decompress ({exc})") from exc
                pending = inflater.unconsumed_tail
            produced += len(piece)
            if produced > entry.usize:
                raise ZipFormatError(f"zip: {entry.name} inflates beyond its declared size")
            crc = zlib.crc32(piece, crc)
            yield b"", piece
    if inflater is not None and (not inflater.eof or inflater.unused_data):
        raise ZipFormatError(f"zip: {entry.name} compressed data does not end where its size says")
    if produced != entry.usize or crc != entry.crc:
        raise ZipFormatError(f"zip: {entry.name} fails its size/CRC check")


def hash_member(fh: BinaryIO, entry: ZipEntry) -> tuple[str, str]:
    """(SHA-256 of the content, SHA-256 of the stored bytes), streamed."""
    content, stored = hashlib.sha256(), hashlib.sha256()
    for stored_chunk, content_chunk in iter_member(fh, entry):
        stored.update(stored_chunk)
        content.update(content_chunk)
    return content.hexdigest(), stored.hexdigest()


def read_member(fh: BinaryIO, entry: ZipEntry, limit: int) -> bytes:
    """The whole content of one member, refused (before inflating) when it claims more than limit bytes."""
    if entry.usize > limit:
        raise ZipFormatError(
            f"zip: {entry.name} is larger ({entry.usize} bytes) than this verifier reads ({limit} bytes)"
        )
    return b"".join(piece for _, piece in iter_member(fh, entry))


def read_bundle_zip(data: bytes) -> tuple[dict[str, Member], tuple[int, int]]:
    """Members by name (in file order) with their stored bytes, and the (dos time, dos date) all share, read in
    memory through the same checks as a file (read_bundle_index, iter_member); ZipFormatError otherwise."""
    fh = io.BytesIO(data)
    entries, stamp = read_bundle_index(fh, len(data))
    members = {}
    for name, entry in entries.items():
        pieces = list(iter_member(fh, entry))  # the size/CRC checks run at the end, even for an empty member
        stored = b"".join(chunk for chunk, _ in pieces)
        members[name] = Member(name, b"".join(piece for _, piece in pieces), entry.method, stored)
    return members, stamp
