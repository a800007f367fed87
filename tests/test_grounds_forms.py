"""``nav-audit grounds`` on PDF forms whose values are not plain field values: a static XFA form (LiveCycle /
AEM Forms Designer) whose values live in its XFA datasets packet, and rich-text field values (/RV, XHTML).
Every PDF is built by hand (tests/grounds_letters.py: _pdf_doc) and read through the CLI."""

from __future__ import annotations

from xml.sax.saxutils import escape

from tests.grounds_letters import FNR, GROUNDS, _by_key, _grounds, _paragraphs, _pdf_doc, _rows, _shows

DATA = "http://www.xfa.org/schema/xfa-data/1.0/"
XHTML = "http://www.w3.org/1999/xhtml"
# the page a static XFA form draws: its boilerplate, no values
STATIC = [(56, 800, "Vedtak om kvalifiseringsprogram"), (56, 770, "Saksnummer:"), (56, 750, "Fødselsnummer:"),
          (56, 720, "Begrunnelse:"), (56, 100, "Med vennlig hilsen"), (56, 87, "NAV Midtbyen")]
SUB = "form1[0].#subform[0]"


def _widgets(**values) -> list[dict]:
    """The form's widgets as Designer names them (form1[0].#subform[0].<name>[0]), /V as given (None: none)."""
    rects = {"Saksnr": (160, 765, 400, 780), "Fnr": (160, 745, 400, 760), "Begrunnelse": (56, 200, 540, 715)}
    return [{"name": f"{SUB}.{name}[0]", "value": values.get(name), "rect": rect} for name, rect in rects.items()]


def _grounds_text() -> str:
    return "\n\n".join(_paragraphs()[1:7])


def _datasets(begrunnelse: str | None = None, key: str = "K-xfa", extra: str = "") -> bytes:
    body = escape(_grounds_text()) if begrunnelse is None else begrunnelse
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<xfa:datasets xmlns:xfa="{DATA}"><xfa:data><form1>'
            f"<Saksnr>{key}</Saksnr><Fnr>{FNR[:6]} {FNR[6:]}</Fnr><Begrunnelse>{body}</Begrunnelse>{extra}"
            f'</form1></xfa:data><dd:dataDescription xmlns:dd="http://ns.adobe.com/data-description/" '
            f'dd:name="form1"/></xfa:datasets>').encode("utf-8")


def _judge_folder(tmp_path, files: dict[str, bytes], *args):
    folder = tmp_path / "brev"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out, *args)
    return r, out


# --------------------------------------------------------------------------- static XFA


def test_a_static_xfa_form_is_read_from_its_datasets_packet(tmp_path):
    # the fields' /V are empty: the key, the identity number and the grounds live in the datasets packet only.
    # Before, the key was the file name, no identity number was counted and every criterion was «nei».
    files = {
        "skjema.pdf": _pdf_doc([STATIC], _widgets(), xfa=_datasets()),
        # the whole XDP document in one Flate-packed stream, as some programs write it
        "xdp.pdf": _pdf_doc([STATIC], _widgets(), compress=True, xfa_packets=False, xfa=(
            '<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"/>'
            + _datasets(key="K-xdp").decode().split("?>", 1)[1] + "</xdp:xdp>").encode()),
    }
    r, out = _judge_folder(tmp_path, files)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert sorted(rows) == ["K-xdp", "K-xfa"], rows
    for key in rows:
        assert [rows[key][c] for c in GROUNDS] == ["ja"] * 5, rows[key]
        assert rows[key]["identity_numbers"] == "1"
    assert "skjema.pdf inneholder 1 fødselsnummer" in r.output
    assert not _shows(FNR, r.output + out.read_text(encoding="utf-8-sig"))
    from audit.grounds.reading import read_letter

    paragraphs = read_letter(tmp_path / "brev" / "skjema.pdf").paragraphs
    assert paragraphs[:4] == ["Vedtak om kvalifiseringsprogram", "Saksnummer:", "Fødselsnummer:", "Begrunnelse:"]
    assert paragraphs[-6:] == _paragraphs()[1:7]  # after the page's own text, the data's paragraphs as written


def test_the_datasets_value_is_what_the_form_shows_not_a_stale_field_value_and_printed_values_count_once(tmp_path):
    # a server filled the data; the fields still hold the template's placeholder. A form printed with its
    # values on the page (flattened) is not read twice.
    printed = STATIC + [(56, 700 - 13 * i, line) for i, line in enumerate(_grounds_text().split("\n"))]
    files = {
        "K-stale.pdf": _pdf_doc([STATIC], _widgets(Begrunnelse="Skriv begrunnelsen for vedtaket her, med vilkårene"),
                                xfa=_datasets(key="K-stale")),
        "K-flat.pdf": _pdf_doc([printed], _widgets(), xfa=_datasets(key="K-flat")),
    }
    r, out = _judge_folder(tmp_path, files)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert [rows["K-stale"][c] for c in GROUNDS] == ["ja"] * 5
    from audit.grounds.reading import read_letter

    stale = read_letter(tmp_path / "brev" / "K-stale.pdf").paragraphs
    assert not any("Skriv begrunnelsen" in p for p in stale)
    flat = read_letter(tmp_path / "brev" / "K-flat.pdf").paragraphs
    assert sum(p.startswith("Du er 34 år gammel") for p in flat) == 1


def test_rich_text_in_the_datasets_and_data_no_widget_shows_and_pictures(tmp_path):
    # rich text (xfa:contentType="text/html"): its paragraphs; a value no widget shows (hidden data) gives no
    # paragraph but its identity numbers count; a picture's base64 is no text
    rich = "".join(f"<p>{escape(p)}</p>" for p in _paragraphs()[1:7])
    hidden = (f"<Intern>Saksbehandlers notat om bruker med fødselsnummer {FNR} som ikke sendes ut</Intern>"
              f'<Signatur xfa:contentType="image/png">{"MTUwODc1" * 40}</Signatur>')
    data = _datasets(begrunnelse=f'<body xmlns="{XHTML}">{rich}</body>', key="K-rich", extra=hidden)
    data = data.replace(b"<Begrunnelse>", b'<Begrunnelse xfa:contentType="text/html">')
    r, out = _judge_folder(tmp_path, {"rik.pdf": _pdf_doc([STATIC], _widgets(), xfa=data)})
    assert r.exit_code == 0, r.output
    (row,) = _rows(out)
    assert row["case_id"] == "K-rich" and [row[c] for c in GROUNDS] == ["ja"] * 5, row
    assert row["identity_numbers"] == "2"  # the one in Fnr and the one in the hidden note
    from audit.grounds.reading import read_letter

    letter = read_letter(tmp_path / "brev" / "rik.pdf")
    assert _paragraphs()[1] in letter.paragraphs and _paragraphs()[6] in letter.paragraphs
    assert not any("notat" in p or "MTUw" in p for p in letter.paragraphs)


def test_hostile_xfa_data_entities_and_a_decompression_bomb_are_refused_quickly_and_the_others_go_on(tmp_path):
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";" if i > 1 else "&lol;") * 10}">' for i in range(1, 10))
              + f']><xfa:datasets xmlns:xfa="{DATA}"><xfa:data><form1><Begrunnelse>&lol9;</Begrunnelse></form1>'
              "</xfa:data></xfa:datasets>").encode()
    bomb = _datasets(key="K-bomb", extra="<Fyll>" + " " * (64 * 1024 * 1024) + "</Fyll>")
    files = {
        "K-lol.pdf": _pdf_doc([STATIC], _widgets(), xfa=laughs),
        "K-bomb.pdf": _pdf_doc([STATIC], _widgets(), xfa=bomb, compress=True),
        "K-ok.pdf": _pdf_doc([STATIC], _widgets(), xfa=_datasets(key="K-ok")),
    }
    assert len(files["K-bomb.pdf"]) < 200_000
    r, out = _judge_folder(tmp_path, files, "--key-from", "name")
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert rows["K-lol"]["ground_age"] == "" and rows["K-lol"]["letter_problem"].startswith("PDF-skjemaets XFA-data")
    assert rows["K-bomb"]["ground_age"] == "" and rows["K-bomb"]["letter_problem"] == "filen er for stor til å være et vedtaksbrev"
    assert [rows["K-ok"][c] for c in GROUNDS] == ["ja"] * 5


# --------------------------------------------------------------------------- rich text (/RV)


def test_a_rich_text_field_value_is_read_as_its_text_and_an_identity_number_in_it_is_found(tmp_path):
    # /RV only (no /V): before, the field was passed over — every criterion «nei», the number not counted.
    # The number is split over two styled spans, as a word processor pasting into the form writes it.
    rich = (f'<?xml version="1.0"?><body xmlns="{XHTML}" xmlns:xfa="{DATA}" xfa:APIVersion="Acrobat:11.0.0" '
            'xfa:spec="2.0.2"><p style="font-size:10pt">Fødselsnummer: <span>' + FNR[:6] + '</span>&#160;'
            '<span style="font-weight:bold">' + FNR[6:] + "</span></p>"
            + "".join(f"<p>{escape(p)}</p>" for p in _paragraphs()[1:7]) + "</body>")
    fields = [{"name": "Saksnr", "value": "K-rv", "rect": (160, 765, 400, 780)},
              {"name": "Begrunnelse", "value": None, "rv": rich, "rect": (56, 200, 540, 715)}]
    note = [{"note": "Se merknad", "author": "Saksbehandler", "rc": f'<body xmlns="{XHTML}"><p>Gjelder {FNR}</p></body>'}]
    files = {"rv.pdf": _pdf_doc([STATIC], fields), "note.pdf": _pdf_doc([STATIC + [(56, 300, "Saksnr.: K-note")]], note)}
    r, out = _judge_folder(tmp_path, files)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert [rows["K-rv"][c] for c in GROUNDS] == ["ja"] * 5, rows["K-rv"]
    assert rows["K-rv"]["identity_numbers"] == "1" and rows["K-note"]["identity_numbers"] == "1"
    assert not _shows(FNR, r.output + out.read_text(encoding="utf-8-sig"))
    from audit.grounds.reading import read_letter

    paragraphs = read_letter(tmp_path / "brev" / "rv.pdf").paragraphs
    assert _paragraphs()[1] in paragraphs and not any("<" in p or "font" in p for p in paragraphs)


def test_rich_text_and_its_plain_copy_are_read_once(tmp_path):
    # Acrobat keeps a formatted field's text twice: /V plain and /RV as XHTML; the letter holds it once
    from audit.grounds.reading import read_letter
    from audit.grounds.reading_forms import rich_text

    text = _grounds_text()
    rich = f'<body xmlns="{XHTML}">' + "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n")) + "</body>"
    path = tmp_path / "K-begge.pdf"
    path.write_bytes(_pdf_doc([STATIC], [{"name": "Begrunnelse", "value": text, "rv": rich, "rect": (56, 200, 540, 715)}]))
    paragraphs = read_letter(path).paragraphs
    assert sum(p.startswith("Du er 34 år gammel") for p in paragraphs) == 1 and _paragraphs()[6] in paragraphs
    assert rich_text("<body><p>Første avsnitt</p><p>Andre<br/>linje &amp; mer</p></body>") == \
        "Første avsnitt\n\nAndre\nlinje & mer"
    assert rich_text("bare tekst") == "bare tekst"
    assert rich_text("<body><style>p {color:red}</style><p>Tekst</p></body>") == "Tekst"


def test_a_field_bound_to_data_of_another_name_by_the_template_shows_that_data(tmp_path):
    # a form designed against a schema binds its field «Begrunnelse» to «$.Sak.BegrunnelseTekst»: the value
    # matched no widget by name and was read as hidden data (every criterion «nei»)
    template = ('<template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"><subform name="form1"><subform>'
                '<field name="Saksnr"/><field name="Fnr"/><field name="Begrunnelse">'
                '<bind match="dataRef" ref="$.Sak.BegrunnelseTekst[*]"/></field></subform></subform></template>').encode()
    data = _datasets(key="K-bind").replace(b"<Begrunnelse>", b"<Sak><BegrunnelseTekst>").replace(
        b"</Begrunnelse>", b"</BegrunnelseTekst></Sak>")
    r, out = _judge_folder(tmp_path, {"bundet.pdf": _pdf_doc([STATIC], _widgets(), xfa=data, template=template),
                                      "uten.pdf": _pdf_doc([STATIC], _widgets(), xfa=data.replace(b"K-bind", b"K-uten"))})
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert [rows["K-bind"][c] for c in GROUNDS] == ["ja"] * 5, rows["K-bind"]
    # without the template's reference the value is data no field shows: its key and identity number only
    assert rows["K-uten"]["ground_age"] == "nei" and rows["K-uten"]["identity_numbers"] == "1"
