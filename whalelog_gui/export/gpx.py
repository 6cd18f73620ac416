"""track.gpx: the thinned track as GPX 1.1, one segment per stretch without a gap, speed/course as extensions."""

from __future__ import annotations

from datetime import datetime, timezone

from whalelog_gui.nav.track_point import TrackPoint

GPX_NS = "http://www.topografix.com/GPX/1/1"
WL_NS = "https://whalelog.invalid/xmlschemas/track/1"  # our extension namespace (GPX 1.1 has no speed field)
SEGMENT_GAP_S = 30 * 60  # a longer silence (receiver off, fix lost) starts a new segment


class _TimeText:
    """UTC "YYYY-MM-DDThh:mm:ssZ" for unix seconds; the date part is formatted once per day (a season has
    ~100 000 points and strftime per point dominated the export time)."""

    def __init__(self):
        self._days: dict[int, str] = {}

    def __call__(self, t: int) -> str:
        day, seconds = divmod(t, 86400)
        prefix = self._days.get(day)
        if prefix is None:
            prefix = self._days[day] = datetime.fromtimestamp(day * 86400, timezone.utc).strftime("%Y-%m-%dT")
        hours, rest = divmod(seconds, 3600)
        return f"{prefix}{hours:02d}:{rest // 60:02d}:{rest % 60:02d}Z"


def track_gpx(points: list[TrackPoint], name: str, creator: str) -> bytes:
    # imported when a bundle is written: xml.sax.saxutils brings urllib.request, http.client and ssl (~15 ms),
    # which the bridge's start-up (the Transmission page imports the bundle code) has no use for
    from xml.sax.saxutils import escape, quoteattr

    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<gpx version="1.1" creator={quoteattr(creator)} xmlns="{GPX_NS}" xmlns:wl="{WL_NS}">\n',
        f"<metadata><name>{escape(name)}</name></metadata>\n",
    ]
    if points:
        _time = _TimeText()
        parts.append(f"<trk><name>{escape(name)}</name>\n<trkseg>\n")
        previous = None
        for p in points:
            if previous is not None and p.t - previous > SEGMENT_GAP_S:
                parts.append("</trkseg>\n<trkseg>\n")
            previous = p.t
            if p.sog_kn is not None and p.cog_deg is not None and not p.alert:  # the common case, one format
                ext = f"<extensions><wl:sog_kn>{p.sog_kn:.1f}</wl:sog_kn><wl:cog_deg>{p.cog_deg:.1f}</wl:cog_deg></extensions>"
            elif p.sog_kn is not None or p.cog_deg is not None or p.alert:
                ext = "<extensions>"
                ext += f"<wl:sog_kn>{p.sog_kn:.1f}</wl:sog_kn>" if p.sog_kn is not None else ""
                ext += f"<wl:cog_deg>{p.cog_deg:.1f}</wl:cog_deg>" if p.cog_deg is not None else ""
                ext += "<wl:alert>1</wl:alert>" if p.alert else ""
                ext += "</extensions>"
            else:
                ext = ""
            # GPX <src>: where the position came from (receiver, replay, simulator), issue 11
            src = f"<src>{escape(p.source)}</src>" if p.source else ""
            parts.append(f'<trkpt lat="{p.lat:.6f}" lon="{p.lon:.6f}"><time>{_time(p.t)}</time>{src}{ext}</trkpt>\n')
        parts.append("</trkseg>\n</trk>\n")
    parts.append("</gpx>\n")
    return "".join(parts).encode("utf-8")


def parse_gpx_points(data: bytes) -> list[tuple[float, float, str]]:
    """(lat, lon, time) of every track point; ValueError when the file is not GPX 1.1."""
    return iter_gpx_points([data])


def iter_gpx_points(chunks, max_points: int | None = None) -> list[tuple[float, float, str]]:
    """parse_gpx_points over the file in chunks, in bounded memory: each point's element is dropped once read.
    ValueError when the file is not GPX 1.1, or holds more than max_points points."""
    from xml.etree import ElementTree  # when a bundle is verified, as for xml.sax above

    parser = ElementTree.XMLPullParser(events=("start", "end"))
    out: list[tuple[float, float, str]] = []
    root = None
    open_elements = []  # the path from the root: a point read is removed from its parent, so memory stays flat
    trkpt, time_tag = f"{{{GPX_NS}}}trkpt", f"{{{GPX_NS}}}time"
    try:
        for chunk in chunks:
            parser.feed(chunk)
            for event, element in parser.read_events():
                if root is None:
                    root = element
                    if root.tag != f"{{{GPX_NS}}}gpx" or root.get("version") != "1.1":
                        raise ValueError("not a GPX 1.1 document")
                if event == "start":
                    open_elements.append(element)
                    continue
                open_elements.pop()
                if element.tag == trkpt:
                    out.append(_point(element, time_tag))
                    if max_points is not None and len(out) > max_points:
                        raise ValueError(f"more than {max_points} track points")
                if element.tag != time_tag and open_elements:
                    open_elements[-1].remove(element)
        parser.close()
    except ElementTree.ParseError as exc:
        raise ValueError(f"not well-formed XML: {exc}") from exc
    if root is None:
        raise ValueError("not a GPX 1.1 document")
    return out


def _point(pt, time_tag: str) -> tuple[float, float, str]:
    try:
        lat, lon = float(pt.get("lat")), float(pt.get("lon"))
    except (TypeError, ValueError) as exc:
        raise ValueError("track point without a numeric lat/lon") from exc
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"track point out of range: {lat}, {lon}")
    return lat, lon, pt.findtext(time_tag) or ""
