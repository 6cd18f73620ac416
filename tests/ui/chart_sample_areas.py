"""Sample areas for the chart tests, drawn from the Schedule's words (para 7(b)) in the shapes GeoJSON
writers use for a region round the South Pole. Test data only: the regulated geometry is resources/zones."""

from whalelog_gui.ui.chart.layers import ChartArea, chart_area_from_feature

# Schedule para 7(b): from 40°S 50°W east to 20°E, south to 55°S, east to 130°E, north to 40°S,
# east to 130°W, south to 60°S, east to 50°W, north to the start; closed over the pole.
# Written with longitudes running on past 180 (allowed by RFC 7946), so never cut:
SOS_PAST_180 = [
    [-50, -40],
    [20, -40],
    [20, -55],
    [130, -55],
    [130, -40],
    [230, -40],
    [230, -60],
    [310, -60],
    [310, -90],
    [-50, -90],
    [-50, -40],
]
# RFC 7946 style: longitudes in [-180, 180], cut at the antimeridian and closed over the pole.
SOS_POLE_CLOSED = [
    [-50, -40],
    [20, -40],
    [20, -55],
    [130, -55],
    [130, -40],
    [180, -40],
    [180, -90],
    [-180, -90],
    [-180, -40],
    [-130, -40],
    [-130, -60],
    [-50, -60],
    [-50, -40],
]
# Para 7(a), southern part only (20°E-130°E, equator to 55°S) plus a rough northern part.
IOS = [
    [20, -55],
    [130, -55],
    [130, 0],
    [100, 0],
    [100, 25],
    [58, 25],
    [43, 12],
    [38, 20],
    [32, 30],
    [32, 0],
    [20, 0],
    [20, -55],
]
# A box across the antimeridian (like para 8(a)'s 150°E-140°W): longitudes past 180, and cut in two.
PACIFIC_BOX = [[150, -40], [220, -40], [220, -60], [150, -60], [150, -40]]
PACIFIC_BOX_CUT = [
    [[150, -40], [180, -40], [180, -60], [150, -60], [150, -40]],
    [[-180, -40], [-140, -40], [-140, -60], [-180, -60], [-180, -40]],
]


def feature(area_id, paragraph, name, ring):
    return {
        "type": "Feature",
        "properties": {"id": area_id, "paragraph": paragraph, "name": name},
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }


def sos(ring=SOS_POLE_CLOSED) -> ChartArea:
    return chart_area_from_feature(feature("sos", "7(b)", "Southern Ocean Sanctuary", ring))


def ios() -> ChartArea:
    return chart_area_from_feature(feature("ios", "7(a)", "Indian Ocean Sanctuary", IOS))


def pacific_box(cut=False) -> ChartArea:
    if not cut:
        return chart_area_from_feature(feature("box", "8(a)", "Pacific box", PACIFIC_BOX))
    geometry = {"type": "MultiPolygon", "coordinates": [[ring] for ring in PACIFIC_BOX_CUT]}
    return chart_area_from_feature(
        {
            "type": "Feature",
            "geometry": geometry,
            "properties": {"id": "box", "paragraph": "8(a)", "name": "Pacific box"},
        }
    )
