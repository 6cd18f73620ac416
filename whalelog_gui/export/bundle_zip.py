"""The bundle's zip container in one canonical form, and a strict reader that accepts only that form.

We write the zip ourselves (it is small: local headers, central directory, end record) because the manifest must
hash each member's compressed bytes as stored: deflate ignores some padding bits, so a content hash alone would
miss a flipped bit there. manifest.json and manifest.sig are stored uncompressed (the signature covers them byte
for byte); every other member is deflated. The reader checks every header byte against the central directory and
the fixed constants, and that nothing lies between, before or after the members.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from datetime import datetime

MADE_BY = (3 << 8) | 20  # unix, zip spec 2.0
NEEDED = 20
STORED, DEFLATED = 0, 8
EXTERNAL_ATTR = 0o100644 << 16
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
        header = _LOCAL.pack(b"PK\x03\x04", NEEDED, 0, m.method, mtime, mdate, crc, len(m.stored),
                             len(m.content), len(name), 0)
        fileobj.write(header + name)
        fileobj.write(m.stored)
        central.append(_CENTRAL.pack(b"PK\x01\x02", MADE_BY, NEEDED, 0, m.method, mtime, mdate, crc, len(m.stored),
                                     len(m.content), len(name), 0, 0, 0, 0, EXTERNAL_ATTR, offset) + name)
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
        (sig, made_by, needed, flags, method, mtime, mdate, crc, csize, usize, name_len, extra_len, comment_len,
         disk_start, int_attr, ext_attr, offset) = _CENTRAL.unpack_from(data, pos)
        if sig != b"PK\x01\x02":
            raise ZipFormatError("zip: bad central directory entry signature")
        if (made_by, needed, flags, extra_len, comment_len, disk_start, int_attr, ext_attr) != (
                MADE_BY, NEEDED, 0, 0, 0, 0, 0, EXTERNAL_ATTR) or method not in (STORED, DEFLATED):
            raise ZipFormatError("zip: central directory entry is not in the bundle's form")
        raw_name = data[pos + _CENTRAL.size : pos + _CENTRAL.size + name_len]
        entries.append((raw_name, method, mtime, mdate, crc, csize, usize, offset))
        pos += _CENTRAL.size + name_len
    if pos != cd_offset + cd_size:
        raise ZipFormatError("zip: central directory has bytes beyond its entries")
    return entries


def _content(name: str, method: int, body: bytes, crc: int, usize: int) -> bytes:
    if method == STORED:
        content = body
    else:
        inflater = zlib.decompressobj(-15)
        try:
            content = inflater.decompress(body) + inflater.flush()
        except zlib.error as exc:
            raise ZipFormatError(f"zip: {name} does not decompress ({exc})") from exc
        if not inflater.eof or inflater.unused_data:
            raise ZipFormatError(f"zip: {name} compressed data does not end where its size says")
    if len(content) != usize or zlib.crc32(content) != crc:
        raise ZipFormatError(f"zip: {name} fails its size/CRC check")
    return content


def read_bundle_zip(data: bytes) -> tuple[dict[str, Member], tuple[int, int]]:
    """Members by name (in file order) and the (dos time, dos date) all share; ZipFormatError otherwise."""
    if len(data) < _END.size or data[-_END.size : -_END.size + 4] != b"PK\x05\x06":
        raise ZipFormatError("zip: no end-of-directory record where it must be (truncated, or trailing bytes)")
    _sig, disk, cd_disk, n_disk, n_total, cd_size, cd_offset, comment_len = _END.unpack(data[-_END.size :])
    if disk or cd_disk or n_disk != n_total or comment_len:
        raise ZipFormatError("zip: end-of-directory record is not in the bundle's form")
    if cd_offset + cd_size != len(data) - _END.size:
        raise ZipFormatError("zip: central directory size/offset do not match the file")
    members: dict[str, Member] = {}
    stamps = set()
    pos = 0
    for raw_name, method, mtime, mdate, crc, csize, usize, offset in _central_entries(data, cd_offset, cd_size,
                                                                                      n_total):
        if offset != pos or pos + _LOCAL.size > cd_offset:
            raise ZipFormatError("zip: members are not contiguous (gap, overlap or reordering)")
        local = _LOCAL.unpack_from(data, pos)
        start = pos + _LOCAL.size
        name_len = local[9]
        if local != (b"PK\x03\x04", NEEDED, 0, method, mtime, mdate, crc, csize, usize, len(raw_name), 0) or \
                data[start : start + name_len] != raw_name:
            raise ZipFormatError("zip: a local header does not match the central directory")
        try:
            name = raw_name.decode("ascii")
        except UnicodeDecodeError as exc:
            raise ZipFormatError("zip: member name is not ASCII") from exc
        if name in members or name.startswith("/") or ".." in name.split("/"):
            raise ZipFormatError(f"zip: unsafe or duplicate member name {name!r}")
        body_start = start + name_len
        if body_start + csize > cd_offset:
            raise ZipFormatError(f"zip: {name} runs into the central directory")
        body = data[body_start : body_start + csize]
        members[name] = Member(name, _content(name, method, body, crc, usize), method, body)
        stamps.add((mtime, mdate))
        pos = body_start + csize
    if pos != cd_offset:
        raise ZipFormatError("zip: bytes between the last member and the central directory")
    if len(stamps) != 1:
        raise ZipFormatError("zip: members do not share the bundle's timestamp")
    return members, stamps.pop()
