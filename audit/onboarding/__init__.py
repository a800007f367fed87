"""The first hour with nav-audit: sample files to try (``demo``), a mapping proposed for an
export nobody has described yet (``map``), and a working folder for an office (``init``).

* :mod:`audit.onboarding.names` — the table of header names and value words (readable);
* :mod:`audit.onboarding.inspect` — what a column's values look like;
* :mod:`audit.onboarding.match` — headers to columns, values to codes, with a score;
* :mod:`audit.onboarding.suggest` — a whole proposal for one export, and which checks it allows;
* :mod:`audit.onboarding.draft` — the proposal written as a commented mapping file;
* :mod:`audit.onboarding.verify` — a mapping tried against an export (``map --check``);
* :mod:`audit.onboarding.files` — parameter file and årshjul written for people;
* :mod:`audit.onboarding.demo` and :mod:`audit.onboarding.init` — the two folders.
"""
