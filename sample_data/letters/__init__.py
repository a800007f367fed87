"""Synthetic KVP decision letters with known labels, for ``nav-audit grounds`` and its benchmark.

:func:`generate` writes (in memory) seeded letters in bokmål and nynorsk, each with a
known kind per criterion: ``grounds`` (the letter says why — label ``ja``), ``named``,
``quoted``, ``negated`` or ``absent`` (label ``nei``). Letters vary in structure
(sections under headings, one «Begrunnelse» in prose, a compact letter), in order, in
the frame around the grounds (amounts of kvalifiseringsstønad, start dates, appeal
deadlines, a general «du oppfyller vilkårene i § 29», a quoted list of all criteria)
and in where the case key stands. Phrasings come from a bank: the development banks
(``phrasing_dev`` and ``phrasing_tuning`` … ``phrasing_tuning12``, former held-out banks,
each measured once and then used to develop the vocabulary; ``phrasing_heldout14`` … ``phrasing_heldout23`` keep their
names, below) or a held-out bank: ``phrasing_heldout28`` (round 19, the benchmark's default again since round 22, below) and
``phrasing_heldout13`` (round 12's second independent author;
``--bank heldout13``) — never opened by anyone who changed the rule. ``phrasing_heldout16`` … ``phrasing_heldout19`` were held out until
round 14 (16, 17) and round 15 (18, 19) measured them with round 14's rule; round 15's rule was changed on their
misjudged letters, so they are development banks since. ``phrasing_heldout20`` and ``phrasing_heldout21`` were held
out until round 16 measured them once with round 15's rule; round 16's rule was changed on their misjudged letters,
so they are development banks since. ``phrasing_heldout22`` and ``phrasing_heldout23`` were held out until round 17
measured them once with round 15's rule and once with round 16's; round 17's rule was changed on their misjudged
letters, so they are development banks since. ``phrasing_heldout24`` and ``phrasing_heldout25`` were held out until round 18
measured them once with round 16's rule and once with round 17's; round 18's rule was changed on their misjudged
letters, so they are development banks since. ``phrasing_heldout27`` was held out until round 19 measured it once with round
17's rule and once with round 18's; round 19's rule was changed on its misjudged letters, so it is a development bank
since. ``phrasing_heldout26`` was held out until round 20 measured it once with round 17's rule, once with round 18's
and once with round 19's; round 20's rule was changed on its misjudged letters, so it is a development bank since.
``phrasing_heldout29`` was held out until round 22 measured it once with round 20's rule and once with round 21's;
round 22's rule was changed on its misjudged letters, so it is a development bank since.
Round 12's first independent bank, ``phrasing_heldout12``, is ``phrasing_tuning12`` since round 13.
``phrasing_heldout14`` (round 13: big-city klarspråk case-management letters, its own template) keeps its
name but is a development bank: the letter's furniture (audit/grounds/furniture.py) was developed on it.
``phrasing_heldout15`` (round 13: narrative letters from Northern and Central Norway, its own template) keeps its
name too and is round 14's development bank: the rule of round 14 was changed on its misjudged letters.
``phrasing_heldout16`` (round 14, the benchmark's default until round 15: a nynorsk municipality in Vestland / Møre og Romsdal,
seven letters in ten in nynorsk, its own numbered template; an independent author).
``phrasing_heldout17`` (round 14: a lawyer-drafted template in a large Eastern Norway municipality, «Faktum» /
«Rettsgrunnlag» / «Vurdering», caseworkers of uneven skill; an independent author; ``--bank heldout17``).
``phrasing_heldout18`` (round 15: person-centred narrative letters from an inter-municipal Trøndelag office, its own
template; an independent author; ``--bank heldout18``).
``phrasing_heldout19`` (round 15: letters printed from a case-management template in an Agder/Rogaland municipality,
field labels with free text of uneven quality, bokmål and nynorsk 6 to 4; an independent author; ``--bank heldout19``).
``phrasing_heldout20`` (round 16's development bank: hand-written narrative letters from a small office in Nordland or Finnmark, no
template, references to meetings, documents and what the user said, bokmål and nynorsk 85 to 15, its own frame;
an independent author; ``--bank heldout20``).
``phrasing_heldout21`` (round 16's development bank: new decisions after a complaint or a reconsideration from an Innlandet office,
«Vilkår – Vurdering – Konklusjon» per criterion, bokmål and nynorsk 2 to 1, its own template; an independent author;
``--bank heldout21``).
``phrasing_heldout22`` (round 17's development bank: checklist decisions printed by the case-management system of a Vestfold og Telemark
office, a status per criterion and a telegram-style justification of uneven care, bokmål and nynorsk 9 to 1, its own
frame in field style and its own offices; an independent author; ``--bank heldout22``).
``phrasing_heldout23`` (round 17's development bank: case notes (journalnotat / saksnotat) pasted into the letter by an office in Møre og
Romsdal, the person in the third person and the passive with dates of meetings and documents, then a line to «du»;
bokmål and nynorsk 6 to 4, its own frame and offices; an independent author; ``--bank heldout23``).
``phrasing_heldout24`` (round 18's development bank: letters built from an Oslo district office's phrase library (fraseverk) in Grorud,
Stovner, Alna or Søndre Nordstrand, standard paragraphs with the caseworker's insertions of uneven care, many users
with an immigrant background; bokmål and nynorsk 95 to 5, its own frame and offices; an independent author;
``--bank heldout24``).
``phrasing_heldout25`` (round 18's development bank: decisions from a Bergen office that set the assessment out as a two-column table
«Vilkår» | «Vurdering», read as text taken out of a PDF — one line per row, cells split by a tab or « | », assessments
of uneven care, some rows broken over two lines, some caseworkers writing under the table in prose; bokmål and nynorsk
8 to 2, its own frame; an independent author; ``--bank heldout25``).
``phrasing_heldout26`` (round 20's development bank: decisions from a Trondheim office printed from a digital decision-support tool that
sets the assessment out as question and answer per criterion — the tool's question in varied wording, then the
caseworker's answer of uneven care («Ja.», «Ja, se AEV», «Ikke vurdert ennå», a line of law, a full reasoned answer),
sometimes on the next line, some caseworkers answering in free prose; bokmål and nynorsk 9 to 1, its own frame; an
independent author; ``--bank heldout26``).
``phrasing_heldout27`` (round 19's development bank: easy-read (lettlest) decisions from an Akershus office for users with little
Norwegian or reading difficulties — short sentences, everyday words instead of legal terms, one thought per line, the
law rarely and in plain words, «du» throughout, some bullet points; bokmål and nynorsk 9 to 1, its own easy-read frame
and Akershus offices; an independent author; ``--bank heldout27``).
``phrasing_heldout28`` (round 19: short simplified decisions («forenkla vedtak») from a small Sogn og Fjordane
(Vestland) office, mostly nynorsk as a busy caseworker writes them — dash and bullet lists, abbreviations (AAP, AEV,
SØS, jf.), numbers in digits and in words, references to attachments, terse lines without a verb; bokmål and nynorsk
4 to 6, its own frame and offices; an independent author; ``--bank heldout28``).
``phrasing_heldout30`` (round 21's development bank: decisions printed from a case-management template at a Nord-Norge office (Troms and
Nordland) — per criterion a field label and a value («Vurdering:», «Konklusjon:», «Dokumentasjon:», «Kilde:»),
check marks and status words («☒ Oppfylt», «[x] Ja», «Status: vurdert»), the caseworker's short note in the third
person («Bruker har …», «Vedkommende …») or without a subject, abbreviations, sometimes a sentence of prose to «du»;
bokmål and nynorsk 7 to 3, its own frame in field style and its own offices; an independent author;
``--bank heldout30``).
``phrasing_heldout31`` (round 21's development bank: new decisions after a complaint (omgjøring etter klage / ny behandling) from a
Vestfold office — what the first decision said and what the office now finds, criterion by criterion, references to
the complaint and to documents received after it, «tidligere …, nå …», «vi» to «du»; bokmål and nynorsk 7 to 3, its
own after-complaint frame and Vestfold offices; an independent author; ``--bank heldout31``).
``phrasing_heldout29`` (round 22's development bank, held out until round 22 measured it once with round 20's rule and
once with round 21's: long, formal decisions written by the lawyers of an Oslo district office (bydel) —
each criterion a paragraph of running prose that weaves the legal rule, the case's documents and the facts about the
person into the same long sentences, in the passive and nominal style («det legges til grunn at», «det er på det rene
at»), the person as «søker» / «vedkommende» mixed with «du», parentheses with the dates of documents; the «named» and
«quoted» phrasings as long and formal as the grounds; bokmål and nynorsk 8 to 2, its own frame and Oslo offices; an
independent author; ``--bank heldout29``).
``phrasing_heldout32`` (round 22: long, formal decisions written in nynorsk by the lawyers of a Vestland office (Voss,
Odda, Stord, Førde) — each criterion a paragraph or two of running prose that weaves the rule, the case's documents
and the facts about the person together («Etter ei samla vurdering av opplysningane i saka, mellom anna …, finn NAV
at …»), nominal and passive style («det vert lagt til grunn at», «det er på det reine at»), references to the
preparatory works and the circular, the person as «du» or «søkjaren»; «named» and «negated» phrasings as long and
formal as the grounds; bokmål and nynorsk 3 to 7, its own frame and Vestland offices; an independent author;
``--bank heldout32``).
``phrasing_heldout33`` (round 22: chronological life-story decisions from a Rogaland office (Stavanger, Sandnes,
Haugesund, Egersund) — within each criterion the person's story in time order, sentences opened by time expressions
(«I 2016 …», «Etter at du flyttet hit …», «Siden våren …», «Fram til …», «Da …», «Senere …»), past-tense narrative,
the office's conclusion last; «named» phrasings tell the history of the case (application, meetings, documents),
«quoted» ones the law, the circular or how the rule came about (2007, 2019); headings of the law's words, a question
or a topic; bokmål and nynorsk 6 to 4, its own frame and Rogaland offices; an independent author; ``--bank heldout33``).
``phrasing_heldout34`` (round 22: friendly, encouraging decisions from the youth team (ungdomsteam, users 18–29) of a
Viken/Akershus office — «du» throughout, everyday words and youth-work jargon («oppfølging», «ungdomsgarantien», «losen
din», «fullføre vgs», «hybel», «praksisplass»), «Vi ser at …», «Slik vi forstår det …», hedges («det kan virke som»,
«vi vurderer det slik at»), the facts of young lives (school dropped out of, no work experience yet, living with the
parents or in a hybel, youth measures tried, anxiety, no income of one's own); the rule in plain words; bokmål and
nynorsk 8 to 2, its own friendly frame and Viken/Akershus offices; an independent author; ``--bank heldout34``).
A bank moved into development keeps the random stream of its held-out name (``SEED_NAMES``),
so its letters, and the committed sample, stay the same.
A phrasing with line breaks is a paragraph followed by more (a lead-in line and its list).

    python -m sample_data.letters --bank heldout13 --n 40 --seed 2019 --out DIR [--formats txt,docx,pdf]
    python -m sample_data.letters --bank tuning12 --n 40 --out DIR
    python -m sample_data.letters --bank tuning11 --n 24 --seed 2019 --kvp-keys --out sample_data/letters/sample

writes the letters and ``labels.csv`` (case_id, ground_* as ja/nei, and the kind).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from importlib import import_module

CRITERIA = ("age", "work_ability", "benefits", "necessity", "program")
KINDS = ("grounds", "named", "quoted", "negated", "absent")
KIND_WEIGHTS = (0.5, 0.18, 0.12, 0.07, 0.13)
STRUCTURES = ("sections", "prose", "compact")
# Bokmål and nynorsk letters, 3 to 1, unless a bank declares its own ``LANG_WEIGHTS`` (a nynorsk municipality).
LANG_WEIGHTS = (0.75, 0.25)
# The phrasing banks: the development banks (dev, then each former held-out bank, measured once
# and then used for development) and the held-out banks (independent authors); the benchmark measures on
# HELDOUT_BANK unless told ``--bank``.
DEVELOPMENT_BANKS = ("dev", "tuning", "tuning2", "tuning3", "tuning4", "tuning5", "tuning6", "tuning7", "tuning8",
                     "tuning9", "tuning10", "tuning11", "tuning12",
                     "heldout14",  # round 13's first new bank: measured once, then the furniture's development bank
                     "heldout15",  # round 13's second bank: measured twice, then round 14's development bank
                     # round 14's and round 15's banks: measured with round 14's rule, then round 15's development banks
                     "heldout16", "heldout17", "heldout18", "heldout19",
                     # round 16's development banks, measured once with round 15's rule
                     "heldout20", "heldout21",
                     # round 17's development banks, measured once with round 15's rule and once with round 16's
                     "heldout22", "heldout23",
                     # round 18's development banks, measured once with round 16's rule and once with round 17's
                     "heldout24", "heldout25",
                     # round 19's development bank, measured once with round 17's rule and once with round 18's
                     "heldout27",
                     # round 20's development bank, measured once with round 17's rule, once with 18's and once with 19's
                     "heldout26",
                     # round 21's development banks, measured once with round 19's rule and once with round 20's
                     "heldout30", "heldout31",
                     # round 22's development bank, measured once with round 20's rule and once with round 21's
                     "heldout29")
# round 12 on: each bank by its own author, independent of the rule and of the other banks (round 12's «heldout12»
# is tuning12 since round 13; round 13's heldout14 and heldout15 are development banks since); no one who changed
# the rule has opened them
HELDOUT_BANKS = ("heldout13", "heldout28", "heldout32", "heldout33", "heldout34")
HELDOUT_BANK = "heldout33"  # the benchmark's default: round 22's chronological bank, the one round 21's rule read worst
# The seed name of a bank renamed when it moved into development: the same letters as under its held-out
# name (tuning11 was «heldout11» until round 12, sample_data/letters/sample was written with it; tuning12 was
# «heldout12» until round 13).
SEED_NAMES = {"tuning11": "heldout11", "tuning12": "heldout12"}
BANKS = (*DEVELOPMENT_BANKS, *HELDOUT_BANKS)
OFFICES = ("Lerkendal", "Heimdal", "Falkenborg", "Midtbyen", "Steinkjer", "Os", "Voss")
MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
          "desember")

# The frame of a letter (title, decision, money, appeal …): the same for every bank unless the bank declares
# its own ``FRAME`` with the same keys (a municipality's own template; the banks differ in how the grounds are
# written, and a held-out bank may also differ in the letter around them).
FRAME = {
    "nb": {
        "title": ["Vedtak om kvalifiseringsprogram", "Svar på søknad om kvalifiseringsprogram"],
        "intro": ["Vi viser til søknaden din om kvalifiseringsprogram, mottatt {date}.",
                  "Du søkte om kvalifiseringsprogram {date}. Vi har nå behandlet søknaden."],
        "decision": ["NAV {office} har innvilget søknaden din om kvalifiseringsprogram fra {date}.",
                     "Du får kvalifiseringsprogram i perioden {date} til {date2}."],
        "general": ["Du oppfyller vilkårene for kvalifiseringsprogram, jf. sosialtjenesteloven § 29.",
                    "Vilkårene for å få kvalifiseringsprogram er at du er i yrkesaktiv alder, har vesentlig nedsatt "
                    "arbeids- og inntektsevne og ingen eller svært begrensede ytelser til livsopphold, og at programmet "
                    "er nødvendig og hensiktsmessig. Kommunen må også kunne tilby et tilpasset program."],
        "reasons_heading": ["Begrunnelse", "Begrunnelse for vedtaket"],
        "money_heading": ["Kvalifiseringsstønad"],
        "money": ["Du får kvalifiseringsstønad på {kvp_amount} kroner i året, utbetalt hver måned. Stønaden er skattepliktig.",
                  "Stønaden utgjør kr {kvp_amount} per år. Du får utbetalt stønaden den 20. hver måned."],
        "start": ["Programmet starter {date} og varer i ett år.", "Oppstart i programmet er {date}."],
        "evaluation": ["Programmet skal evalueres hver tredje måned sammen med veilederen din."],
        "appeal_heading": ["Du har rett til å klage", "Klageadgang"],
        "appeal": ["Du kan klage på vedtaket innen tre uker fra du mottok det, jf. forvaltningsloven § 29. Klagen sendes "
                   "til NAV {office}.",
                   "Klagefristen er tre uker. Statsforvalteren er klageinstans."],
        "closing": ["Med vennlig hilsen", "Vennlig hilsen"],
    },
    "nn": {
        "title": ["Vedtak om kvalifiseringsprogram", "Svar på søknad om kvalifiseringsprogram"],
        "intro": ["Vi viser til søknaden din om kvalifiseringsprogram, motteken {date}.",
                  "Du søkte om kvalifiseringsprogram {date}. Vi har no handsama søknaden."],
        "decision": ["NAV {office} har innvilga søknaden din om kvalifiseringsprogram frå {date}.",
                     "Du får kvalifiseringsprogram i perioden {date} til {date2}."],
        "general": ["Du oppfyller vilkåra for kvalifiseringsprogram, jf. sosialtenestelova § 29.",
                    "Vilkåra for å få kvalifiseringsprogram er at du er i yrkesaktiv alder, har vesentleg nedsett "
                    "arbeids- og inntektsevne og ingen eller svært avgrensa ytingar til livsopphald, og at programmet "
                    "er naudsynt og føremålstenleg."],
        "reasons_heading": ["Grunngjeving", "Grunngjeving for vedtaket"],
        "money_heading": ["Kvalifiseringsstønad"],
        "money": ["Du får kvalifiseringsstønad på {kvp_amount} kroner i året, utbetalt kvar månad. Stønaden er skattepliktig."],
        "start": ["Programmet startar {date} og varer i eitt år.", "Oppstart i programmet er {date}."],
        "evaluation": ["Programmet skal evaluerast kvar tredje månad saman med rettleiaren din."],
        "appeal_heading": ["Du har rett til å klage", "Klagerett"],
        "appeal": ["Du kan klage på vedtaket innan tre veker frå du fekk det, jf. forvaltningslova § 29. Klaga sender "
                   "du til NAV {office}."],
        "closing": ["Med venleg helsing"],
    },
}


@dataclass
class SyntheticLetter:
    key: str
    lang: str
    structure: str
    kinds: dict[str, str]
    paragraphs: list[str] = field(default_factory=list)

    @property
    def labels(self) -> dict[str, str]:
        return {f"ground_{c}": ("ja" if k == "grounds" else "nei") for c, k in self.kinds.items()}


def _bank(name: str):
    if name not in BANKS:
        raise ValueError(f"unknown phrasing bank {name!r}: {', '.join(BANKS)}")
    return import_module(f"sample_data.letters.phrasing_{name}")


def _slots(rng: random.Random, fillers: dict) -> dict:
    d = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
    age = rng.randrange(20, 64)
    slots = {
        "age": age, "birth_year": d.year - age, "year": rng.randrange(2012, 2024),
        "years": rng.choice(["tre", "fem", "sju", "ti"]),
        "date": f"{d.day:02d}.{d.month:02d}.{d.year}", "month": rng.choice(MONTHS),
        "date2": f"{d.day:02d}.{d.month:02d}.{d.year + 1}", "months": rng.choice(["fire", "seks", "ni", "tolv"]),
        "amount": f"kr {rng.randrange(2, 12)} {rng.randrange(100, 999)}", "hours": rng.choice(["30", "37,5"]),
        "kvp_amount": rng.choice(["248 000", "262 000", "174 000"]),
        "office": rng.choice(OFFICES),
    }
    for name, values in fillers.items():
        slots[name] = rng.choice(values)
    return slots


def _pick(rng: random.Random, options: list[str], slots: dict) -> str:
    return rng.choice(options).format(**slots)


def make_letter(rng: random.Random, key: str, bank: str = "dev", lang: str | None = None) -> SyntheticLetter:
    b = _bank(bank)
    lang = lang or rng.choices(("nb", "nn"), weights=getattr(b, "LANG_WEIGHTS", LANG_WEIGHTS))[0]
    structure = rng.choice(STRUCTURES)
    kinds = {c: rng.choices(KINDS, weights=KIND_WEIGHTS)[0] for c in CRITERIA}
    slots = _slots(rng, b.FILLERS)
    f = getattr(b, "FRAME", FRAME)[lang]
    letter = SyntheticLetter(key=key, lang=lang, structure=structure, kinds=kinds)
    out = letter.paragraphs
    out.append(_pick(rng, f["title"], slots))
    where_key = rng.random()
    if where_key < 0.4:
        out.append(f"Saksnr.: {key}")
    elif where_key < 0.6:
        out.append(f"Vår ref.: {key}    Dato: {slots['date']}")
    out.append(_pick(rng, f["intro"], slots) + " " + _pick(rng, f["decision"], slots))
    if rng.random() < 0.4:
        out.append(_pick(rng, f["general"], slots))
    order = list(CRITERIA)
    if rng.random() < 0.5:
        rng.shuffle(order)
    texts = {c: _pick(rng, b.CRITERIA[c][kinds[c]][lang], slots) for c in order if kinds[c] != "absent"}
    # A phrasing with line breaks is a paragraph followed by more (a list: «Programinnhold:» and its items).
    if structure == "sections":
        for c in order:
            if c in texts:
                out.append(rng.choice(b.HEADINGS[c][lang]))
                out.extend(texts[c].split("\n"))
    else:
        # prose: under a «Begrunnelse» heading, a new paragraph after a criterion 6 times in 10;
        # compact: everything in one paragraph after the decision. A list breaks the paragraph in both.
        paragraph_break = 0.6 if structure == "prose" else 0.0
        if structure == "prose":
            out.append(rng.choice(f["reasons_heading"]))
        chunk: list[str] = []
        for c in order:
            if c in texts:
                first, *rest = texts[c].split("\n")
                chunk.append(first)
                if rest:
                    out.append(" ".join(chunk))
                    out.extend(rest)
                    chunk = []
                elif paragraph_break and rng.random() < paragraph_break:  # compact draws no number here
                    out.append(" ".join(chunk))
                    chunk = []
        if chunk:
            out.append(" ".join(chunk))
    if rng.random() < 0.6:
        out.append(rng.choice(f["money_heading"]))
    out.append(_pick(rng, f["money"], slots))
    out.append(_pick(rng, f["start"], slots) + (" " + _pick(rng, f["evaluation"], slots) if rng.random() < 0.5 else ""))
    out.append(rng.choice(f["appeal_heading"]))
    out.append(_pick(rng, f["appeal"], slots))
    out.append(rng.choice(f["closing"]))
    out.append(f"NAV {slots['office']}")
    return letter


def generate(n: int, *, seed: int = 2019, bank: str = "dev", keys: list[str] | None = None) -> list[SyntheticLetter]:
    """``n`` letters with keys K-0001 … , or ``keys`` (deterministic for the same seed and bank; the keys change
    only the letters' case numbers, never what else they say)."""
    if keys is not None and len(keys) < n:
        raise ValueError(f"{n} letters need {n} keys, got {len(keys)}")
    rng = random.Random(f"{SEED_NAMES.get(bank, bank)}:{seed}")
    return [make_letter(rng, keys[i - 1] if keys is not None else f"K-{i:04d}", bank) for i in range(1, n + 1)]


def kvp_sample_keys(n: int) -> list[str]:
    """The keys of the first ``n`` granted cases of the KVP sample export (sample_data/kvp/kvp_saker.csv), in its
    order: letters named by them join the export (``nav-audit demo`` ships the committed sample with these keys)."""
    import csv
    import io
    from importlib import resources

    text = resources.files("sample_data").joinpath("kvp").joinpath("kvp_saker.csv").read_bytes().decode("utf-8-sig")
    granted = [r["Saksnummer"] for r in csv.DictReader(io.StringIO(text), delimiter=";") if r["Vedtak"] == "Innvilget"]
    if len(granted) < n:
        raise ValueError(f"the KVP sample export has {len(granted)} granted cases, not {n}")
    return granted[:n]


def write_letter(letter: SyntheticLetter, folder, fmt: str) -> "Path":
    """Write one letter as .txt, .docx or .pdf named by its key; returns the path."""
    from pathlib import Path

    path = Path(folder) / f"{letter.key}.{fmt}"
    if fmt == "txt":
        path.write_text("\n\n".join(letter.paragraphs) + "\n", encoding="utf-8")
    elif fmt == "docx":
        from sample_data.letters.docx import docx_bytes

        path.write_bytes(docx_bytes(letter.paragraphs))
    elif fmt == "pdf":
        from sample_data.letters.pdf import pdf_bytes

        path.write_bytes(pdf_bytes(letter.paragraphs))
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return path


def labels_csv(letters: list[SyntheticLetter]) -> str:
    cols = [f"ground_{c}" for c in CRITERIA]
    lines = [";".join(["case_id", *cols, *(f"kind_{c}" for c in CRITERIA), "lang", "structure"])]
    for x in letters:
        lines.append(";".join([x.key, *(x.labels[c] for c in cols), *(x.kinds[c] for c in CRITERIA), x.lang, x.structure]))
    return "\r\n".join(lines) + "\r\n"


__all__ = ["BANKS", "CRITERIA", "DEVELOPMENT_BANKS", "HELDOUT_BANK", "HELDOUT_BANKS", "KINDS", "SyntheticLetter", "generate", "kvp_sample_keys",
           "labels_csv", "make_letter", "write_letter"]
