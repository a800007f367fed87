"""A message that is rendered in the reader's language when it is shown, not when it is made.

Errors are raised deep in the library, long before anybody knows whether the terminal
speaks bokmål or English. They carry a :class:`Msg` (a catalogue key and its values)
and the CLI renders it with ``--lang``. A value may itself be a :class:`Msg` (a
sub-phrase such as «skilletegn semikolon») and is rendered in the same language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from audit.text.catalogue import DEFAULT_LANG, t


@dataclass(frozen=True)
class Msg:
    key: str
    values: dict = field(default_factory=dict)

    def render(self, lang: str = DEFAULT_LANG) -> str:
        return t(self.key, lang, **{k: render(v, lang) for k, v in self.values.items()})

    def __str__(self) -> str:
        return self.render()


def msg(key: str, /, **values: object) -> Msg:
    """The message ``key`` of the catalogue with its ``{placeholders}`` to be filled in."""
    return Msg(key, values)


def render(value: object, lang: str = DEFAULT_LANG) -> object:
    """A :class:`Msg` rendered in ``lang``; any other value unchanged."""
    return value.render(lang) if isinstance(value, Msg) else value
