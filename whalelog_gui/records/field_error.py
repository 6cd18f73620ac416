"""Validation results that name the field the user got wrong and say why, for the form to show at that field."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    field: str  # the dataclass field (or "events[3].at" for an item of a list)
    reason: str

    def __str__(self) -> str:
        return f"{self.field}: {self.reason}"


class InvalidRecord(ValueError):
    """Raised instead of saving when validation found errors; nothing was written."""

    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        super().__init__("; ".join(str(e) for e in self.errors))

    def fields(self) -> set[str]:
        return {e.field for e in self.errors}


def raise_if(errors: list[FieldError]) -> None:
    if errors:
        raise InvalidRecord(errors)
