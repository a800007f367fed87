"""All user-facing words and their formatting, bokmål (``nb``) and English (``en``).

- :func:`t` looks a key up in the one catalogue (the ``TEXT`` tables of the modules in
  :mod:`audit.text.words`, one module per domain, merged at first use);
- :class:`Formatter` formats numbers, percents, dates (dd.mm.yyyy in bokmål) and units
  with Babel's locale data (``nb_NO`` / ``en_GB``);
- :class:`Msg` (made with :func:`msg`) is a key and its values rendered later, in the
  language of whoever reads it (errors raised deep in the library).

A language branch (``lang == "nb"``) belongs here and nowhere else: code elsewhere asks
for a key or a formatted value in the language it was given.
"""

from __future__ import annotations

from audit.text.catalogue import DEFAULT_LANG, LANGS, bokmal_only, catalogue, check_lang, has, plural, t
from audit.text.format import Formatter
from audit.text.message import Msg, msg
from audit.text.translator import Translator

__all__ = ["DEFAULT_LANG", "LANGS", "Formatter", "Msg", "Translator", "bokmal_only", "catalogue", "check_lang", "has",
           "msg", "plural", "t"]
