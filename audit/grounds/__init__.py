"""Reading decision letters: a first pass on whether a KVP decision gives grounds for each criterion.

``nav-audit grounds LETTERS… --out grounds.csv`` (docs/grounds.md):

* :mod:`audit.grounds.reading` — .txt, .docx (zipfile + defusedxml), .pdf with a text layer (pypdf:
  :mod:`audit.grounds.reading_pdf`, its pages' text :mod:`audit.grounds.reading_pdf_text`, form values beyond
  /V — static XFA data, rich text — :mod:`audit.grounds.reading_forms`; shared line handling in
  :mod:`audit.grounds.plain`) → paragraphs;
* :mod:`audit.grounds.keys` — the case key from the letter or the file name;
* :mod:`audit.grounds.vocabulary` — the declared words and patterns per criterion (read this first);
* :mod:`audit.grounds.terms` — sentences, words and their lemmas (simplemma), where a declared term occurs;
* :mod:`audit.grounds.classify` — applies the vocabulary's rules to them;
* :mod:`audit.grounds.identity` — identity numbers in a letter, counted, never shown;
* :mod:`audit.grounds.judge` — one result per letter; :mod:`audit.grounds.output` — the CSV and
  reading it back as review-sheet suggestions.

The result is a suggestion for a person to confirm, not a verdict.
"""
