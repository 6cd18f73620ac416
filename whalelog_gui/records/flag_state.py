"""The vessel's flag State: an ISO 3166-1 alpha-2 code (NO, JP, IS, RU), checked against pycountry's ISO list.

Which Schedule paragraphs bind a vessel depends on its flag State (Convention Article V.3: a Government that
objected is not bound until it withdraws), so the code is validated strictly: two capital letters naming a country.
"""

from __future__ import annotations

import re

_CODE = re.compile(r"^[A-Z]{2}$")


class FlagStateError(ValueError):
    """Not an ISO 3166-1 alpha-2 code; the message says what is wrong, in one line."""


def check_flag_state(code: object) -> str:
    """The code itself when it is an assigned ISO 3166-1 alpha-2 code, else FlagStateError."""
    import pycountry

    if not isinstance(code, str) or not _CODE.match(code):
        raise FlagStateError(f"flag State {code!r} is not an ISO 3166-1 alpha-2 code (two capital letters, e.g. NO)")
    if pycountry.countries.get(alpha_2=code) is None:
        raise FlagStateError(f"flag State {code!r} is not an assigned ISO 3166-1 alpha-2 code")
    return code


def state_name(code: str) -> str:
    """The country's short name for messages: "Norway", "Japan", "Russian Federation"."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    name = country.name
    return f"the {name}" if name.startswith(("Russian", "United", "Netherlands", "Philippines")) else name
