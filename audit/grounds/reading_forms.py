"""The values of a filled PDF form that are not plain field values (/V): a static XFA form's ``datasets``
packet and rich-text values (/RV, XHTML). Read for :mod:`audit.grounds.reading_pdf`, which treats them as it
treats the fields' values (key, identity numbers, paragraphs of four words or more not on the page).

A static XFA form (Adobe LiveCycle / AEM Forms Designer, «Static PDF Form») draws its boilerplate on the pages
and keeps its fields as AcroForm widgets, but the values Acrobat shows live in the XFA ``datasets`` packet, an
XML document; a program that fills the form on a server often writes only that packet, so the fields' /V are
empty or stale. The packet is parsed with defusedxml (no DTD entities, no external entities) and only after
its stream is decompressed under :data:`MAX_XFA_BYTES`; rich text is parsed with the standard library's HTML
parser, which expands no entity of its own.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from html.parser import HTMLParser

from audit.grounds.plain import Unreadable

# The datasets packet of a letter's form, unpacked: a few kilobytes of text, or some hundred kilobytes with a
# signature image. More is no letter's form but a decompression bomb (1 MB of zeros packs into 1 kB).
MAX_XFA_BYTES = 10 * 1024 * 1024
# A rich-text value (/RV) unpacked; a letter's text is at most 100,000 characters (plain.MAX_TEXT_CHARS)
MAX_RICH_TEXT_BYTES = 2 * 1024 * 1024

_XFA_DATA = "{http://www.xfa.org/schema/xfa-data/1.0/}"
_XHTML = "{http://www.w3.org/1999/xhtml}"


def stream_bytes(obj, limit: int) -> bytes:
    """The decoded bytes of a PDF string or stream (pypdf object), at most ``limit`` of them: a Flate stream is
    unpacked step by step and refused (:class:`Unreadable` «too large») as soon as it passes the limit, instead
    of being unpacked whole first."""
    obj = obj.get_object() if hasattr(obj, "get_object") else obj
    if isinstance(obj, str):
        data = obj.encode("utf-8")
    elif isinstance(obj, bytes) and not hasattr(obj, "get_data"):
        data = bytes(obj)
    else:
        filters = obj.get("/Filter")
        filters = [str(f) for f in (filters if isinstance(filters, list) else [filters] if filters else [])]
        if filters in (["/FlateDecode"], ["/Fl"]) and not obj.get("/DecodeParms"):
            unpack = zlib.decompressobj()
            data = unpack.decompress(obj._data, limit + 1)
        elif not filters:
            data = bytes(obj._data)
        else:  # another filter (pypdf bounds each at 75 MB): decoded by pypdf, then measured
            data = obj.get_data()
    if len(data) > limit:
        raise Unreadable("grounds.problem.too_large")
    return data


# ----------------------------------------------------------------------------------------------- XFA datasets


def xfa_packet(catalog, packet: str = "datasets") -> bytes | None:
    """The XML of a form's XFA ``packet`` (``datasets``: the values; ``template``: the form's design), or None
    when the form has no XFA. /XFA is an array of packets (name, stream, name, stream …) or one stream holding
    the whole XDP document (returned whole for either packet)."""
    acro = catalog.get("/AcroForm")
    acro = acro.get_object() if acro is not None else None
    xfa = acro.get("/XFA") if acro is not None else None
    if xfa is None:
        return None
    xfa = xfa.get_object()
    if isinstance(xfa, list):
        for name, stream in zip(xfa[0::2], xfa[1::2]):
            if str(name) == packet:
                return stream_bytes(stream, MAX_XFA_BYTES)
        return None
    return stream_bytes(xfa, MAX_XFA_BYTES)


def xfa_datasets(catalog) -> bytes | None:
    """The XML of a form's XFA ``datasets`` packet (:func:`xfa_packet`)."""
    return xfa_packet(catalog, "datasets")


_CONTAINERS = {"subform", "subformSet", "exclGroup", "area", "pageSet", "pageArea", "field"}


def xfa_bindings(xml: bytes | None) -> dict[str, str]:
    """{a field's name without indices («form1.Side1.Begrunnelse»): the data it is bound to by reference, as a
    path without indices («Sak.BegrunnelseTekst»)} from the template packet: a field with ``<bind match="dataRef"
    ref="$.Sak.BegrunnelseTekst"/>`` shows data of another name than its own. Empty for no template, a damaged
    one or one with entities (the values are then matched by name only)."""
    from defusedxml import ElementTree as SafeET

    if not xml:
        return {}
    try:
        root = SafeET.fromstring(xml)
    except Exception:  # noqa: BLE001
        return {}
    template = root if _local(root.tag) == "template" else next(
        (el for el in root.iter() if _local(el.tag) == "template"), None)
    out: dict[str, str] = {}

    def walk(el, path: list[str], depth: int) -> None:
        if depth > 200:
            return
        for child in el:
            tag = _local(child.tag)
            here = [*path, child.get("name")] if tag in _CONTAINERS and child.get("name") else path
            if tag == "field":
                bind = next((b for b in child if _local(b.tag) == "bind"), None)
                ref = bind.get("ref") if bind is not None and bind.get("match") == "dataRef" else None
                if ref:
                    tail = re.sub(r"^\$(?:record|data)?\.?|\[[^\]]*\]", "", ref.strip()).strip(".")
                    if tail:
                        out[".".join(here)] = tail
            walk(child, here, depth + 1)

    if template is not None:
        walk(template, [], 0)
    return out


@dataclass
class DataValue:
    """One value of the form's data: its path as a SOM name (``form1[0].Sak[0].Begrunnelse[0]``) and text."""

    path: str
    value: str


def xfa_values(xml: bytes) -> tuple[list[DataValue], list[str]]:
    """(the values of the datasets packet's data — each element without child elements, or rich text —,
    the packet's other words: its attribute values, searched for identity numbers only).

    Images (``xfa:contentType="image/…"``, base64 data) are no text and are left out. :class:`Unreadable`
    for a packet that is not well-formed XML or declares entities (defusedxml refuses them)."""
    from defusedxml import ElementTree as SafeET

    try:
        root = SafeET.fromstring(xml)
    except Exception:  # noqa: BLE001 - damaged, or a DTD with entities (a «billion laughs»)
        raise Unreadable("grounds.problem.xfa_data") from None
    if root.tag != f"{_XFA_DATA}datasets":  # the whole XDP document in one stream
        found = root.find(f".//{_XFA_DATA}datasets")
        if found is None:
            return [], []
        root = found
    data = root.find(f"{_XFA_DATA}data")
    values: list[DataValue] = []
    other: list[str] = []
    for el in root.iter():
        other.extend(v for k, v in el.attrib.items() if v and not k.startswith(_XFA_DATA))
    counts: dict[str, int] = {}
    try:
        for top in (data if data is not None else root):
            if not top.tag.startswith(_XFA_DATA):
                _walk(top, [], values, counts)
    except RecursionError:  # data nested thousands deep is no form's data
        raise Unreadable("grounds.problem.xfa_data") from None
    return values, other


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _walk(el, path: list[str], out: list[DataValue], counts: dict[str, int]) -> None:
    name = _local(el.tag)
    index = counts.get(name, 0)
    counts[name] = index + 1
    here = [*path, f"{name}[{index}]"]
    kind = str(el.get(f"{_XFA_DATA}contentType") or "")
    children = list(el)
    if kind.startswith("image/") or el.get("href"):
        return  # a picture (base64) or a linked image: no words
    body = next((c for c in children if c.tag == f"{_XHTML}body" or _local(c.tag) in ("body", "html")), None)
    if body is not None or kind == "text/html":
        from xml.etree.ElementTree import tostring

        text = rich_text("".join(tostring(c, encoding="unicode") for c in children) if children else (el.text or ""))
        if text.strip():
            out.append(DataValue(".".join(here), text))
        return
    if not children:
        if el.text and el.text.strip():
            out.append(DataValue(".".join(here), el.text.strip()))
        return
    mine: dict[str, int] = {}
    for c in children:
        _walk(c, here, out, mine)


_INDEX = re.compile(r"\[\d+\]")


def som_forms(name: str) -> tuple[str, str, str]:
    """The forms a field's name is matched by: (the SOM name with indices, without them, the last part with its
    index). Unnamed subforms and areas («#subform[0]») have no data of their own and are left out; a part
    without an index has index 0 («form1.Tekst» is «form1[0].Tekst[0]»)."""
    parts = [p if p.endswith("]") else f"{p}[0]" for p in name.split(".") if p and not p.startswith("#")]
    indexed = ".".join(parts)
    return indexed, _INDEX.sub("", indexed), parts[-1] if parts else ""


def xml_words(xml: bytes) -> str:
    """The text and attribute values of an XML document (a PDF's XMP metadata), for the identity search only;
    empty for one that is damaged or declares entities (defusedxml refuses them)."""
    from defusedxml import ElementTree as SafeET

    try:
        root = SafeET.fromstring(xml)
    except Exception:  # noqa: BLE001
        return ""
    return " ".join(x for el in root.iter() for x in (el.text, *el.attrib.values()) if x and x.strip())


# ----------------------------------------------------------------------------------------------- rich text


_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "ul", "ol", "blockquote"}


class _RichText(HTMLParser):
    """The text of rich text (XHTML) as a reader sees it: a paragraph or list item per block, a line break a
    line; markup, styles and scripts give no words."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        tag = tag.rsplit(":", 1)[-1].lower()
        if tag in ("style", "script", "head"):
            self.skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag.rsplit(":", 1)[-1].lower() == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag):
        tag = tag.rsplit(":", 1)[-1].lower()
        if tag in ("style", "script", "head"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def rich_text(xhtml: str) -> str:
    """The text of a rich-text value (XHTML as PDF forms and XFA write it: ``<body><p>…</p></body>``): paragraphs
    apart by blank lines, a ``<br/>`` a line break. Text that is not markup is returned as it is."""
    if "<" not in xhtml:
        return xhtml.strip()
    parser = _RichText()
    parser.feed(xhtml)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]*\n[ \t\r\f\v]*", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def rich_value(obj) -> str:
    """The text of a field's rich-text value (/RV: a string or a stream of XHTML); empty for none."""
    if obj is None:
        return ""
    data = stream_bytes(obj, MAX_RICH_TEXT_BYTES)
    text = data.decode("utf-16") if data.startswith((b"\xfe\xff", b"\xff\xfe")) else data.decode("utf-8", "replace")
    return rich_text(text)


__all__ = ["MAX_RICH_TEXT_BYTES", "MAX_XFA_BYTES", "DataValue", "rich_text", "rich_value", "som_forms",
           "stream_bytes", "xfa_bindings", "xfa_datasets", "xfa_packet", "xfa_values", "xml_words"]
