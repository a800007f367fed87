"""``nav-audit demo``: the sample exports shipped inside the package, written to a folder the user
names, with their mappings, a parameter file and an årshjul, and the commands to try next.

The samples are package data (``sample_data/``), so this works after a plain ``pip install``
from any folder; the printed commands use the folder as the user wrote it, so they work
from where the user is.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import shlex
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from audit.errors import ConfigError
from audit.io import atomic_write_bytes, atomic_write_text
from audit.onboarding.files import Inputs, parameter_file, wheel
from audit.text import msg, t

AS_OF = "2025-12-31"  # the samples' audit date
# file written -> (package folder, file) of sample_data
SAMPLES: dict[str, tuple[str, str]] = {
    "kvp_saker.xlsx": ("kvp", "kvp_saker.xlsx"),
    "kvp_saker.csv": ("kvp", "kvp_saker.csv"),
    "kvp_mapping.yaml": ("kvp", "kvp_mapping.yaml"),
    "stonad_saker.csv": ("stonad", "stonad_saker.csv"),
    "stonad_mapping.yaml": ("stonad", "stonad_mapping.yaml"),
    "kvp_11cf_2025.dat": ("kostra", "kvp_11cf_2025.dat"),
    "stonad_11f_2025.dat": ("kostra", "stonad_11f_2025.dat"),
}
LETTERS = "vedtaksbrev"  # the sample decision letters (sample_data/letters/sample), for `nav-audit grounds`
# The KVP mapping without the export's «Begrunnet: …» columns: the letters' table (begrunnelser.csv) gives the
# ground_* values of their cases (granted cases of the export) instead; with both, their disagreements stop the run.
LETTERS_MAPPING = "kvp_mapping_uten_begrunnelser.yaml"
# an export as it leaves the case system, before `nav-audit pseudonymise`: identity numbers from
# Skatteetaten's synthetic test register (month + 80), which no person has
IDENTITY_SAMPLE = "uttrekk_med_fodselsnummer.csv"
IDENTITY_ROWS = 20


def sample_letters() -> list:
    """The sample letters (.txt, .docx, .pdf; not their labels), in name order."""
    folder = resources.files("sample_data").joinpath("letters").joinpath("sample")
    return sorted((f for f in folder.iterdir() if f.name.endswith((".txt", ".docx", ".pdf"))), key=lambda f: f.name)


def letters_mapping() -> str:
    """The KVP sample mapping without its ``ground_*`` lines, with a comment saying why (:data:`LETTERS_MAPPING`)."""
    lines = sample_bytes("kvp", "kvp_mapping.yaml").decode("utf-8").splitlines(keepends=True)
    body = [line for line in lines if not line.startswith("#") and not line.lstrip().startswith("ground_")]
    return ("# The KVP sample mapping (kvp_mapping.yaml) without the columns «Begrunnet: …», for an export joined with\n"
            "# the table `nav-audit grounds` writes from the decision letters (begrunnelser.csv): the letters give the\n"
            "# ground_* values of their cases. Mapped from both files, a case whose values disagree stops the run.\n"
            + "".join(body))


PARAMS = "parametre.yaml"
WHEEL = "arshjul.yaml"
HISTORY = "historikk.sqlite"
OUT = "rapporter"


def identity_sample() -> str:
    """The first rows of the KVP sample with a «Fødselsnummer» column: synthetic numbers (month + 80) with
    valid check digits for each row's birth date, the same every time."""
    from sample_data.kostra import identity_number

    rows = list(csv.DictReader(io.StringIO(sample_bytes("kvp", "kvp_saker.csv").decode("utf-8-sig")), delimiter=";"))
    rng = random.Random(2025)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(["Saksnummer", "Fødselsnummer", "NAV-kontor", "Søknad registrert", "Vedtaksdato", "Vedtak"])
    for row in rows[:IDENTITY_ROWS]:
        birth = dt.datetime.strptime(row["Fødselsdato"], "%d.%m.%Y").date()
        writer.writerow([row["Saksnummer"], identity_number(birth, rng, "synthetic"), row["NAV-kontor"],
                         row["Søknad registrert"], row["Vedtaksdato"], row["Vedtak"]])
    return out.getvalue()


def ready_folder(folder: Path, overwrite: bool) -> None:
    """Refuse a folder that holds anything, unless ``overwrite``; refuse a file in its place."""
    if folder.exists() and not folder.is_dir():
        raise ConfigError(msg("error.onboarding.file_not_folder"), file=str(folder))
    if folder.is_dir() and any(folder.iterdir()) and not overwrite:
        raise ConfigError(msg("error.onboarding.folder_not_empty"), file=str(folder),
                          hint=msg("error.onboarding.folder_not_empty_hint"))
    folder.mkdir(parents=True, exist_ok=True)


def sample_bytes(package_folder: str, name: str) -> bytes:
    return resources.files("sample_data").joinpath(package_folder, name).read_bytes()


@dataclass
class Written:
    folder: str  # as the user wrote it
    files: list[str]
    commands: list[tuple[str, str]]  # (what, command)


def write_demo(folder: str, overwrite: bool = False, lang: str = "nb") -> Written:
    target = Path(folder)
    ready_folder(target, overwrite)
    files: list[str] = []
    for name, (pkg, src) in SAMPLES.items():
        atomic_write_bytes(target / name, sample_bytes(pkg, src))
        files.append(name)
    (target / LETTERS).mkdir(exist_ok=True)
    for letter in sample_letters():
        atomic_write_bytes(target / LETTERS / letter.name, letter.read_bytes())
    files.append(f"{LETTERS}/")
    atomic_write_text(target / LETTERS_MAPPING, letters_mapping())
    files.append(LETTERS_MAPPING)
    atomic_write_text(target / IDENTITY_SAMPLE, identity_sample())
    files.append(IDENTITY_SAMPLE)
    atomic_write_text(target / PARAMS, parameter_file(lang))
    files.append(PARAMS)
    atomic_write_text(target / WHEEL, wheel(
        t("onboarding.demo.wheel_title", lang), "5001",
        kvp=Inputs("kvp_saker.csv", "kvp_mapping.yaml"), stonad=Inputs("stonad_saker.csv", "stonad_mapping.yaml"),
        kostra_11cf=Inputs("kvp_11cf_2025.dat"), kostra_11f=Inputs("stonad_11f_2025.dat"),
        output=OUT, config=PARAMS, lang=lang))
    files.append(WHEEL)
    return Written(folder=folder, files=files, commands=next_commands(folder, lang))


def _p(folder: str, name: str) -> str:
    return shlex.quote(str(Path(folder) / name))


def next_commands(folder: str, lang: str = "nb") -> list[tuple[str, str]]:
    d = folder
    hist = _p(d, HISTORY)
    return [
        (t("onboarding.demo.cmd.run_kvp", lang),
         f"nav-audit run {_p(d, 'kvp_saker.xlsx')} --mapping {_p(d, 'kvp_mapping.yaml')} --as-of {AS_OF} "
         f"--out {_p(d, OUT + '/kvp')} --no-history"),
        (t("onboarding.demo.cmd.run_stonad", lang),
         f"nav-audit run {_p(d, 'stonad_saker.csv')} --suite stonad --mapping {_p(d, 'stonad_mapping.yaml')} "
         f"--config {_p(d, PARAMS)} --as-of {AS_OF} --out {_p(d, OUT + '/stonad')} --history {hist}"),
        (t("onboarding.demo.cmd.kostra", lang),
         f"nav-audit run {_p(d, 'kvp_11cf_2025.dat')} --as-of {AS_OF} --out {_p(d, OUT + '/kostra-11cf')} --no-history"),
        (t("onboarding.demo.cmd.map", lang), f"nav-audit map {_p(d, 'kvp_saker.csv')}"),
        (t("onboarding.demo.cmd.check", lang),
         f"nav-audit map {_p(d, 'kvp_saker.csv')} --check {_p(d, 'kvp_mapping.yaml')}"),
        (t("onboarding.demo.cmd.grounds", lang),
         f"nav-audit grounds {_p(d, LETTERS)} --out {_p(d, 'begrunnelser.csv')}"),
        (t("onboarding.demo.cmd.grounds_run", lang),
         f"nav-audit run {_p(d, 'kvp_saker.xlsx')} {_p(d, 'begrunnelser.csv')} -m {_p(d, LETTERS_MAPPING)} -m - "
         f"--as-of {AS_OF} --out {_p(d, OUT + '/kvp-begrunnelser')} --no-history"),
        (t("onboarding.demo.cmd.pseudonymise", lang),
         f"nav-audit pseudonymise {_p(d, IDENTITY_SAMPLE)} {_p(d, 'uttrekk_pseudonymisert.csv')} --column Fødselsnummer"),
        (t("onboarding.demo.cmd.history", lang), f"nav-audit history list --history {hist}"),
        (t("onboarding.demo.cmd.wheel", lang), f"nav-audit schedule show -f {_p(d, WHEEL)} --year 2026"),
        (t("onboarding.demo.cmd.report_en", lang),
         f"nav-audit report {_p(d, OUT + '/kvp/results.json')} --lang en --out {_p(d, OUT + '/kvp-en')}"),
    ]
