"""Appendix A title page validation and storage form."""

from datetime import date
from decimal import Decimal

from whalelog_gui.records.title_page import FirstHarpoonKind, Hull, TitlePage
from whalelog_gui.store.audit import encode_value


def test_minimal_page_is_valid_and_round_trips_through_its_row():
    page = TitlePage(
        "Kyo Maru No. 7",
        "2026/27",
        hull=Hull.WOODEN,
        first_harpoon_kind=FirstHarpoonKind.ELECTRIC,
        overall_length_m=Decimal("42.5"),
        asdic_make_model="Simrad",
        asdic_installed_on=date(2020, 1, 5),
    )
    assert page.validate(date(2026, 11, 1)) == []
    row = {k: encode_value(v) for k, v in page.to_row().items()}
    assert row["hull"] == "wooden" and row["overall_length_m"] == "42.5"
    assert TitlePage.from_row(row) == page


def test_each_bad_field_is_named():
    page = TitlePage(
        " ", "", year_built=1700, horsepower=Decimal("-5"), captain_years=-2, asdic_installed_on=date(2020, 1, 1)
    )
    assert {e.field for e in page.validate(date(2026, 11, 1))} == {
        "catcher_name",
        "season",
        "year_built",
        "horsepower",
        "captain_years",
        "asdic_make_model",
    }
