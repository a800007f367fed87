"""Reading a PDF decision letter (pypdf): its pages' text (:mod:`audit.grounds.reading_pdf_text`: laid out,
page furniture set aside, columns and tables read in order), the fields of a filled form (AcroForm, static XFA,
rich text: :mod:`audit.grounds.reading_forms`), its notes and what else travels with the file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from audit.grounds.identity import identity_spans
from audit.grounds.plain import MAX_TEXT_CHARS, Unreadable, clean, text_paragraphs
from audit.grounds.reading_pdf_text import (columns_in_order, columns_laid_out, gutter, join_pages, label_rows, page_text,
                                            pdf_page_paragraphs, strip_page_furniture)


def pdf_paragraphs(path: Path) -> tuple[list[str], list[str], list[str], bool]:
    """(paragraphs, margins, notes, images?) of a PDF: its pages' paragraphs (running headers, footers and page
    numbers left out, a paragraph broken by a page break joined), that furniture as margins, and as notes the
    text of its form fields (:func:`_form_fields`), of its annotations (:func:`_notes`) and the identity numbers
    in its document information (title, subject, author), which is not the letter's text but travels with the
    file; and whether a page draws an image."""
    import logging
    import warnings

    # pypdf logs what it repairs («EOF marker not found») in English on stderr: the letter's row and note
    # say what matters, in the reader's language
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pages, numbers, fields, images, page_objects = _pdf_pages(path)
            bodies, furniture = strip_page_furniture([text for text, _, _ in pages])
            per_page = [_page_paragraphs(body, text, layout, plain_text, page)
                        for body, (text, layout, plain_text), page in zip(bodies, pages, page_objects)]
    finally:
        pypdf_log.setLevel(level)
    visible = [c for text, _, _ in pages for c in text if not c.isspace()]
    if len(visible) >= 20 and sum(1 for c in visible if _garbled(c)) > 0.1 * len(visible):
        raise Unreadable("grounds.problem.garbled_pdf")  # fonts without a map to letters: a text layer of junk
    if _without_spaces(" ".join(text for text, _, _ in pages)):
        raise Unreadable("grounds.problem.glued_pdf")
    field_paragraphs, field_lines = _form_field_text(fields, per_page)
    out = join_pages([[*paragraphs, *field_paragraphs.get(i, [])] for i, paragraphs in enumerate(per_page)])
    return out, furniture, [*field_lines, *numbers], images


def _page_paragraphs(body: str, text: str, layout: bool, plain_text: str, page) -> list[str]:
    """The paragraphs of one page (``body``: its laid-out ``text`` without its furniture). A page in two columns
    is read column by column, each laid out on its own (:func:`columns_laid_out`; the lines set aside as
    furniture left out), a paragraph the column break cut joined as at a page break; side by side when that
    cannot be done."""
    if not layout:
        return pdf_page_paragraphs(body)
    column = gutter(body)
    columns = columns_laid_out(page, column, plain_text) if column is not None else None
    if columns is None:
        return pdf_page_paragraphs(label_rows(columns_in_order(body)))
    furniture = {clean(a) for a, b in zip(text.split("\n"), body.split("\n")) if clean(a) and not clean(b)}
    return join_pages([pdf_page_paragraphs(label_rows("\n".join("" if clean(x) in furniture else x
                                                                 for x in side.split("\n"))))
                       for side in columns])


# A «word» this long is no Norwegian word: «arbeidsavklaringspengene» has 24 letters, compounds rarely pass 28
_GLUED_WORD = 30


def _without_spaces(text: str) -> bool:
    """Whether a text layer lacks the spaces between its words: a fifth or more of its letters stand in «words» of
    :data:`_GLUED_WORD` letters or more («Duer34årgammelogerderforiyrkesaktivalder.»). Some OCR programs place each
    word by its position without a space character, and where the gap is narrow pypdf reads none; judging such
    a text would say «nei» for every criterion whose words it no longer finds."""
    letters = glued = 0
    for token in text.split():
        n = sum(1 for c in token if c.isalpha())
        letters += n
        if n >= _GLUED_WORD and "://" not in token and "@" not in token:
            glued += n
    return letters >= 200 and glued >= 0.2 * letters


@dataclass
class _Field:
    """A filled form field (AcroForm) of a PDF: its label (tooltip, else name), value and where it stands."""

    name: str
    label: str
    value: str
    page: int | None  # None: a field without a widget on a page read
    top: float = 0.0
    left: float = 0.0


# A field's value of this many words or more is text a caseworker wrote into the form (the grounds);
# shorter ones (a case number, a date, a name, an amount) are searched for the key and identity numbers only
FIELD_PARAGRAPH_WORDS = 4


def _inherited(node, key: str):
    """``key`` of a form field's widget or of the field above it (pypdf objects; at most 20 levels)."""
    for _ in range(20):
        if node is None:
            return None
        if key in node:
            return node[key]
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return None


def _field_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):  # a list box with several choices
        return ", ".join(_field_value(v) for v in value)
    value = value.get_object() if hasattr(value, "get_object") else value
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return str(value)


def _full_name(node) -> str:
    """A form field's full name: the partial names (/T) of the field and the fields above it, joined by «.»
    (a static XFA form's «form1[0].#subform[0].Begrunnelse[0]»)."""
    parts: list[str] = []
    for _ in range(20):
        if node is None:
            break
        if node.get("/T") is not None:
            parts.append(str(node["/T"]))
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return ".".join(reversed(parts))


def _value_of(node) -> tuple[str, list[str]]:
    """(a text field's value as a viewer shows it, other text it carries): its rich text (/RV, XHTML, read as
    its text) when it has one, else /V; a /V that differs from the rich text travels with the file too."""
    from audit.grounds.reading_forms import rich_value

    plain_value = _field_value(_inherited(node, "/V"))
    rich = rich_value(_inherited(node, "/RV"))
    if rich.strip():
        return rich, [plain_value] if plain_value.strip() and _collapsed(plain_value) != _collapsed(rich) else []
    return plain_value, []


def _form_fields(reader, n_pages: int) -> tuple[list[_Field], list[str]]:
    """(the text and choice fields of a filled PDF form with a value — check boxes and buttons say nothing in
    words —, by their widgets on the pages read, then those of the form that have none there; other text the
    form carries, searched for identity numbers only).

    A static XFA form's values come from its datasets packet (:mod:`audit.grounds.reading_forms`), which is
    what Acrobat shows: a value there is the value of the widget its name matches (with indices, without
    them, else by its last part when one widget alone has it) and replaces that field's /V; a value no widget
    shows is read like a field without a widget (key and identity numbers, never a paragraph)."""
    out: list[_Field] = []
    carried: list[str] = []
    widgets: list[tuple[str, _Field]] = []  # (full name, field) of every text or choice widget on the pages read
    for i, page in enumerate(reader.pages[:n_pages]):
        annots = page.get("/Annots")
        for annot in (annots.get_object() if annots is not None else None) or []:
            a = annot.get_object()
            if a.get("/Subtype") != "/Widget" or _inherited(a, "/FT") not in ("/Tx", "/Ch"):
                continue
            value, other = _value_of(a)
            carried.extend(other)
            name = str(_inherited(a, "/T") or "")
            full = _full_name(a)
            if any(full == f and value == w.value for f, w in widgets):
                continue  # a field shown on several pages is read once
            label = str(_inherited(a, "/TU") or name)
            rect = [float(x) for x in (a.get("/Rect") or [0, 0, 0, 0])]
            widgets.append((full, _Field(name, label, value, i, top=max(rect[1], rect[3]), left=min(rect[0], rect[2]))))
    named = {w.name for _, w in widgets if w.value.strip()}
    for name, field in (reader.get_fields() or {}).items():
        if field.get("/FT") not in ("/Tx", "/Ch"):
            continue
        value, other = _value_of(field)
        carried.extend(other)
        if value.strip() and name not in named and str(field.get("/T", name)) not in named \
                and not any(full == name for full, _ in widgets):
            out.append(_Field(str(name), str(field.get("/TU") or name), value, None))
    _xfa_into(reader, widgets, out, carried)
    out[:0] = [w for _, w in widgets if w.value.strip()]
    return out, carried


def _xfa_into(reader, widgets: list[tuple[str, _Field]], out: list[_Field], carried: list[str]) -> None:
    """The values of a static XFA form's datasets packet put into the widgets that show them (``widgets``: by name,
    else by the template's data reference, ``<bind match="dataRef">``), the others into ``out`` as fields without
    a widget; the packet's attribute values into ``carried``."""
    from audit.grounds.reading_forms import som_forms, xfa_bindings, xfa_packet, xfa_values

    try:
        catalog = reader.trailer["/Root"].get_object()
        xml = xfa_packet(catalog, "datasets")
        bound = xfa_bindings(xfa_packet(catalog, "template")) if xml else {}
    except Unreadable:
        raise
    except Exception:  # noqa: BLE001 - a damaged XFA stream: the form's data cannot be read
        raise Unreadable("grounds.problem.xfa_data") from None
    if not xml:
        return
    values, other = xfa_values(xml)
    carried.extend(other)
    forms = [(som_forms(full), w) for full, w in widgets]
    lasts: dict[str, int] = {}
    for (_, _, last), _w in forms:
        lasts[last] = lasts.get(last, 0) + 1
    for dv in values:
        indexed, bare, last = som_forms(dv.path)
        shown = [w for (i, _, _), w in forms if i == indexed] or [w for (_, b, _), w in forms if b == bare] \
            or [w for (_, _, x), w in forms if x == last and lasts[x] == 1] \
            or [w for (_, b, _), w in forms if b in bound and f".{bare}".endswith(f".{bound[b]}")]  # by reference
        if not shown:
            out.append(_Field(dv.path, dv.path.rsplit(".", 1)[-1].split("[")[0], dv.value, None))
            continue
        for w in shown:  # the datasets value is what Acrobat shows; a different /V travels with the file
            if w.value.strip() and _collapsed(w.value) != _collapsed(dv.value):
                carried.append(w.value)
            w.value = dv.value


def _collapsed(text: str) -> str:
    return re.sub(r"\s+", " ", clean(text)).casefold()


def _form_field_text(fields: list[_Field], per_page: list[list[str]]) -> tuple[dict[int, list[str]], list[str]]:
    """({page index: paragraphs of the fields on that page whose text is not on the page's text layer},
    one «label: value» line per field, searched for the key and for identity numbers).

    A filled form keeps its values in its fields, drawn over the page but not part of its text: a value of
    :data:`FIELD_PARAGRAPH_WORDS` words or more becomes paragraphs of its page (after the page's own text,
    top to bottom), unless the page's text already holds it (a form flattened or printed with its values)."""
    paragraphs: dict[int, list[str]] = {}
    lines: list[str] = []
    for f in sorted(fields, key=lambda f: (f.page is None, f.page or 0, -f.top, f.left)):
        label = clean(re.sub(r"\[\d+\]", "", f.label).replace("_", " "))  # «Saksnr[0]» of an XFA form is «Saksnr»
        if f.name != f.label:  # the field's name travels with the file too: only its identity numbers
            lines.extend(f.name[a:b] for a, b in identity_spans(f.name))
        on_page = f.page is not None and _collapsed(f.value) in _collapsed(" ".join(per_page[f.page]))
        if f.page is not None and not on_page and len(f.value.split()) >= FIELD_PARAGRAPH_WORDS:
            paragraphs.setdefault(f.page, []).extend(text_paragraphs(f.value))
            on_page = True
        value = f.value
        if on_page:  # the letter's text holds the value: its identity numbers are counted there, once
            for a, b in identity_spans(f.value):
                value = value[:a] + "•" * (b - a) + value[b:]
        lines.append(clean(f"{label}: {value}"))
    return paragraphs, lines


def _garbled(c: str) -> bool:
    return c == "\ufffd" or c < " " or "\x7f" <= c < "\xa0" or "\ue000" <= c <= "\uf8ff"


def _pdf_pages(path: Path) -> tuple[list[tuple[str, bool, str]], list[str], list, bool, list]:
    """((page text, laid out?, the plain mode's text) per page, identity numbers in the document information, the
    form fields, whether a page draws an image, the pages read)."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise Unreadable("grounds.problem.encrypted_pdf")
            except Unreadable:
                raise
            except Exception:  # noqa: BLE001 - a password is needed
                raise Unreadable("grounds.problem.encrypted_pdf") from None
        if _needs_rendering(reader):
            # a dynamic XFA form: its pages only say «Please wait…»; the letter is XML only Adobe Reader draws
            raise Unreadable("grounds.problem.xfa_pdf")
        pages: list[tuple[str, bool, str]] = []
        try:  # the document information (title, subject, author …) travels with the file
            info = " ".join(str(v) for v in (reader.metadata or {}).values())
        except Exception:  # noqa: BLE001 - damaged metadata is not the letter
            info = ""
        info = " ".join([info, *_carried_by_catalog(reader)])
        numbers = [info[a:b] for a, b in identity_spans(info)]
        for page in reader.pages:
            if _content_bytes(page) > MAX_PAGE_CONTENT:
                raise Unreadable("grounds.problem.page_too_large")  # reading its text would take minutes
            pages.append(page_text(page))
            if sum(len(p) for p, _, _ in pages) > 2 * MAX_TEXT_CHARS:  # no letter: the rest is not worth extracting
                break
        # bookmarks and links' addresses: a number the pages show too is counted there, once
        shown = {_digits(n) for text, _, _ in pages for n in (text[a:b] for a, b in identity_spans(text))}
        numbers.extend(n for text in _outline_and_links(reader, len(pages))
                       for n in (text[a:b] for a, b in identity_spans(text)) if _digits(n) not in shown)
        fields, carried = _form_fields(reader, len(pages))
        numbers.extend(n for text in carried for n in (text[a:b] for a, b in identity_spans(text)))
        numbers.extend(_notes(reader, len(pages)))
        images = any(_has_image(page) for page in reader.pages[:len(pages)])
    except Unreadable:
        raise
    except Exception as exc:  # noqa: BLE001
        from pypdf.errors import LimitReachedError

        if isinstance(exc, LimitReachedError):  # a stream that unpacks past pypdf's limit (75 MB): no letter's page
            raise Unreadable("grounds.problem.page_too_large") from None
        raise Unreadable("grounds.problem.damaged_pdf") from None
    return pages, numbers, fields, images, reader.pages[:len(pages)]


def _digits(number: str) -> str:
    from audit.privacy import plain

    return "".join(c for c in plain(number) if c.isdigit())


def _outline_and_links(reader, n_pages: int) -> list[str]:
    """The titles of a PDF's bookmarks (the outline a word processor writes from the headings) and the addresses of
    the links on the pages read (a web case system's address of the person): searched for identity numbers only."""
    out: list[str] = []
    try:
        todo = list(reader.outline)
        for _ in range(10_000):  # nested lists of bookmarks
            if not todo:
                break
            item = todo.pop()
            if isinstance(item, list):
                todo.extend(item)
            elif item.get("/Title") is not None:
                out.append(str(item.get("/Title")))
    except Exception:  # noqa: BLE001 - a damaged outline is not the letter
        pass
    for page in reader.pages[:n_pages]:
        try:
            annots = page.get("/Annots")
            for annot in (annots.get_object() if annots is not None else None) or []:
                a = annot.get_object()
                action = a.get("/A").get_object() if a.get("/Subtype") == "/Link" and a.get("/A") is not None else {}
                if action.get("/URI") is not None:
                    out.append(str(action.get("/URI")))
        except Exception:  # noqa: BLE001 - a damaged annotation is not the letter
            continue
    return out


def _carried_by_catalog(reader) -> list[str]:
    """What else travels with a PDF without being its text: its XMP metadata (the title, subject and author as
    PDF 2.0 keeps them, where the document information may be absent) and the names and descriptions of its
    attached files — searched for identity numbers only. Nothing for a damaged or oversized part."""
    from audit.grounds.reading_forms import stream_bytes, xml_words

    out: list[str] = []
    try:
        root = reader.trailer["/Root"].get_object()
        meta = root.get("/Metadata")
        if meta is not None:
            out.append(xml_words(stream_bytes(meta, 1_000_000)))
        names = root.get("/Names")
        files = names.get_object().get("/EmbeddedFiles") if names is not None else None
        todo = [files.get_object()] if files is not None else []
        for _ in range(200):  # the name tree: its leaves' /Names, its kids
            if not todo:
                break
            node = todo.pop()
            items = node.get("/Names") or []
            for item in items:
                item = item.get_object()
                if isinstance(item, dict):
                    out.extend(str(item.get(k)) for k in ("/F", "/UF", "/Desc") if item.get(k) is not None)
                else:
                    out.append(str(item))
            todo.extend(k.get_object() for k in node.get("/Kids") or [])
    except Exception:  # noqa: BLE001 - damaged metadata or attachments are not the letter
        pass
    return list(dict.fromkeys(out))  # an attachment's name stands in the name tree, /F and /UF: once


# A page's drawing instructions, unpacked: a letter's page takes some 10–100 kB, a page with a drawn logo a few
# hundred; pypdf reads about 4 MB of them a minute (both its modes), so more is no letter's page but a file that
# would hold the command for minutes
MAX_PAGE_CONTENT = 4 * 1024 * 1024


def _content_bytes(page) -> int:
    try:
        contents = page.get_contents()
        return len(contents.get_data()) if contents is not None else 0
    except Exception:  # noqa: BLE001 - damaged contents: found when the text is read
        return 0


def _needs_rendering(reader) -> bool:
    try:
        return bool(reader.trailer["/Root"].get_object().get("/NeedsRendering"))
    except Exception:  # noqa: BLE001 - a damaged catalog is found by reading the pages
        return False


def _notes(reader, n_pages: int) -> list[str]:
    """The text of the annotations on the pages read (sticky notes, comments, text boxes drawn over the page)
    and their authors: like a Word document's comments, searched for the key and identity numbers only."""
    out: list[str] = []
    for page in reader.pages[:n_pages]:
        try:
            annots = page.get("/Annots")
            for annot in (annots.get_object() if annots is not None else None) or []:
                a = annot.get_object()
                if a.get("/Subtype") in ("/Widget", "/Link"):
                    continue
                text = " ".join(_field_value(a.get(k)) for k in ("/T", "/Contents", "/Subj") if a.get(k) is not None)
                if a.get("/RC") is not None:  # the note's rich text (XHTML), which a viewer may show instead
                    from audit.grounds.reading_forms import rich_value

                    text = f"{text} {rich_value(a.get('/RC'))}"
                if clean(text):
                    out.append(clean(text))
        except Exception:  # noqa: BLE001 - a damaged annotation is not the letter
            continue
    return out


def _has_image(page) -> bool:
    """Whether a page draws an image (a scan): an image among its resources, or inside a form they hold."""
    try:
        resources = page.get("/Resources")
        todo = [resources.get_object()] if resources is not None else []
        for _ in range(4):  # a form inside a form …: a few levels
            more = []
            for res in todo:
                xobjects = res.get("/XObject")
                for x in (xobjects.get_object() if xobjects is not None else {}).values():
                    x = x.get_object()
                    if x.get("/Subtype") == "/Image":
                        return True
                    if x.get("/Subtype") == "/Form" and x.get("/Resources") is not None:
                        more.append(x["/Resources"].get_object())
            todo = more
    except Exception:  # noqa: BLE001 - damaged resources: no image known
        return False
    return False


__all__ = ["pdf_paragraphs"]
