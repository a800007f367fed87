"""Fixed-width record layouts: the building blocks of the 11CF/11F definitions.

A layout is the ordered list of a record's fields. KOSTRA records have no gaps, so
the declarations in ``form_11cf.py`` / ``form_11f.py`` list fields with their
lengths only; :func:`layout` assigns 1-based start positions (as Statistics Norway
counts them) and checks that the record comes out at its published length, which
catches a wrong length in a declaration.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable

TEXT, INTEGER, DATE = "text", "integer", "date"
DDMMYY, DDMMYYYY = "ddMMyy", "ddMMyyyy"


@dataclass(frozen=True)
class Field:
    name: str
    start: int  # 1-based position of the first character
    length: int
    type: str = TEXT  # text | integer | date
    date_mask: str | None = None  # ddMMyy | ddMMyyyy, for dates
    codes: tuple[str, ...] = ()  # allowed values (after trimming blanks); empty: any
    mandatory: bool = False

    @property
    def end(self) -> int:
        """1-based position of the last character."""
        return self.start + self.length - 1

    def cut(self, line: str) -> str:
        return line[self.start - 1 : self.end]


def text(name: str, length: int, *codes: str, mandatory: bool = False) -> Field:
    """A text field; ``codes`` (if any) are the values it may hold."""
    return Field(name, 0, length, TEXT, None, tuple(codes), mandatory)


def integer(name: str, length: int, *, mandatory: bool = False) -> Field:
    return Field(name, 0, length, INTEGER, None, (), mandatory)


def date(name: str, mask: str, *, mandatory: bool = False) -> Field:
    return Field(name, 0, len(mask), DATE, mask, (), mandatory)


def optional(fields: Iterable[Field]) -> tuple[Field, ...]:
    """The same fields, none of them mandatory."""
    return tuple(replace(f, mandatory=False) for f in fields)


@dataclass(frozen=True)
class Layout:
    form: str  # "11CF" | "11F"
    year: int  # reporting year
    record_length: int
    fields: tuple[Field, ...]

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def has(self, name: str) -> bool:
        return any(f.name == name for f in self.fields)

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.fields]

    def derive(self, year: int, rename: dict[str, str] | None = None) -> "Layout":
        """This layout for another reporting year, with fields renamed (same positions)."""
        rename = rename or {}
        unknown = set(rename) - set(self.names)
        if unknown:
            raise ValueError(f"{self.form} {self.year} has no field(s) {sorted(unknown)}")
        return Layout(self.form, year, self.record_length,
                      tuple(replace(f, name=rename.get(f.name, f.name)) for f in self.fields))


def layout(form: str, year: int, record_length: int, *blocks: Iterable[Field]) -> Layout:
    """Place the fields of ``blocks`` one after the other from position 1."""
    placed: list[Field] = []
    pos = 1
    for block in blocks:
        for f in block:
            placed.append(replace(f, start=pos))
            pos += f.length
    names = [f.name for f in placed]
    if len(set(names)) != len(names):
        raise ValueError(f"{form} {year}: duplicate field names")
    if pos - 1 != record_length:
        raise ValueError(f"{form} {year}: fields add up to {pos - 1} characters, expected {record_length}")
    return Layout(form, year, record_length, tuple(placed))
