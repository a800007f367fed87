"""The learned reader of decision letters (audit/grounds/learned.py; issue 19's experiment, docs/grounds_learned.md)."""

from __future__ import annotations

import json

import pytest

from audit.grounds.learned import WEIGHTS, Model, classify, features, judge, shipped, train
from audit.grounds.learned_features import KEYS, sentence_roles
from sample_data.letters import generate

FRAME_START = ["Vedtak om kvalifiseringsprogram", "Saksnr.: K-0042",
               "Vi viser til søknaden din om kvalifiseringsprogram. NAV Lerkendal har innvilget søknaden din."]
FRAME_END = ["Klageadgang", "Du kan klage på vedtaket innen tre uker.", "Med vennlig hilsen", "NAV Lerkendal"]
WORK_FACT = ("Du har hatt store ryggsmerter siden 2019 og har ikke vært i arbeid de siste fem årene. "
             "Legen din skriver at du bare kan jobbe noen timer i uken.")
WORK_NAMED = "Vi vurderer at arbeidsevnen din er vesentlig nedsatt."


def _tiny_examples():
    out = []
    for bank in ("dev", "tuning"):
        for x in generate(12, seed=7, bank=bank):
            out.append((bank, features(sentence_roles(x.paragraphs), None, "text"),
                        {c: ("ja" if k == "grounds" else "nei") for c, k in x.kinds.items()}))
    return out


def test_training_on_a_tiny_set_gives_the_same_weights_twice():
    examples = _tiny_examples()
    a = train(examples, "text", min_banks=1, min_letters=2, iters=60)
    b = train(examples, "text", min_banks=1, min_letters=2, iters=60)
    assert a.to_json() == b.to_json()
    body = json.loads(a.to_json())
    assert set(body["criteria"]) == set(KEYS)
    # every weight is named by a readable feature: a lemma, a pair, a fact class, a role or a count
    names = [f for m in body["criteria"].values() for f in m["weights"]]
    assert names and all(f.split(":", 1)[0] in {"w", "b", "f", "r", "n"} for f in names)
    assert Model.from_json(a.to_json()).to_json() == a.to_json()


def test_a_feature_only_one_bank_uses_is_left_out():
    examples = _tiny_examples()
    one = train(examples, "text", min_banks=1, min_letters=1, iters=5)
    two = train(examples, "text", min_banks=2, min_letters=1, iters=5)
    assert set(two.criteria["age"].weights) < set(one.criteria["age"].weights)


@pytest.mark.parametrize("weights", ["learned_weights.json", "learned_weights_rule.json"])
def test_shipped_models_read_a_letter_with_and_without_the_fact(weights):
    model = shipped(str(WEIGHTS.with_name(weights)))
    assert model.variant == ("text" if weights == "learned_weights.json" else "text+rule")
    with_fact = classify(FRAME_START + ["Arbeidsevne", WORK_NAMED + " " + WORK_FACT] + FRAME_END, model)
    without = classify(FRAME_START + ["Arbeidsevne", WORK_NAMED] + FRAME_END, model)
    assert with_fact["ground_work_ability"].value == "ja"
    assert without["ground_work_ability"].value == "nei"
    assert with_fact["ground_work_ability"].paragraphs == [5]  # the paragraph that holds the deciding features
    assert with_fact["ground_age"].value == "nei"  # age is nowhere in the letter


def test_evidence_names_features_of_the_model_never_the_letters_sentences():
    model = shipped()
    letters = generate(8, seed=11, bank="dev")
    for x in letters:
        for column, j in classify(x.paragraphs, model).items():
            weights = model.criteria[column.removeprefix("ground_")].weights
            assert j.terms and all(t in weights for t in j.terms)
            # numbers are «#» (no case number, no date); only the count of sentences about the criterion is a digit
            assert not any(ch.isdigit() for t in j.terms if not t.startswith("n:") for ch in t)
            assert all(1 <= p <= len(x.paragraphs) for p in j.paragraphs)
            for p in x.paragraphs:
                if len(p.split()) >= 3:
                    assert not any(p.lower() in t for t in j.terms)
            assert [f for f, _ in j.contributions] == j.terms


def test_judge_decides_by_the_threshold_and_names_what_pushed_towards_the_decision():
    model = shipped()
    feats = features(sentence_roles(FRAME_START + ["Arbeidsevne", WORK_NAMED + " " + WORK_FACT] + FRAME_END))
    j = judge(model, feats)["work_ability"]
    assert j.score < model.criteria["work_ability"].threshold
    assert all(w < 0 for _, w in j.contributions)  # «ja»: the features that weigh against «nei»


def test_benchmark_measures_the_learned_reader(capsys):
    from benchmarks.grounds import main as bench

    assert bench(["--n", "12", "--seed", "5", "--bank", "dev", "--method", "learned"]) == 0
    out = capsys.readouterr().out
    assert "grounds benchmark (learned)" in out
    assert sum(line.startswith("ground_program") for line in out.splitlines()) == 3


def test_measure_judges_a_bank_with_a_weights_file(capsys):
    from benchmarks.grounds_learn import main

    assert main(["--measure", "dev", "--n-test", "6", "--weights", str(WEIGHTS.with_name("learned_weights_rule.json"))]) == 0
    out = capsys.readouterr().out
    assert "learned reader (text+rule" in out and "/5" in out


def test_the_shipped_weights_are_package_data():
    """The command decides with learned_weights.json: it must ship in a non-editable install (pyproject's
    package-data), and the code finds it where importlib.resources does."""
    import fnmatch
    import tomllib
    from importlib.resources import files
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    patterns = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]["audit"]
    for name in ("learned_weights.json", "learned_weights_rule.json"):
        assert any(fnmatch.fnmatch(f"grounds/{name}", p) for p in patterns), patterns
    resource = files("audit.grounds").joinpath("learned_weights.json")
    assert resource.is_file() and Path(str(resource)) == WEIGHTS
    assert Model.from_json(resource.read_text(encoding="utf-8")).variant == "text"


@pytest.mark.parametrize("name", ["learned_weights.json", "learned_weights_rule.json"])
def test_the_shipped_weights_were_trained_on_todays_reading_layer(name):
    """The features stand on the rule's reading (sentences, names, topics, furniture; the text+rule weights on its
    judgements too). A round that changes how letters are read must retrain the weights, or they weigh features read
    another way: the training stamps a digest of how a few letters of every development bank are read."""
    from benchmarks.grounds_learn_cache import reading_fingerprint

    model = shipped(str(WEIGHTS.with_name(name)))
    assert model.meta.get("reading") == reading_fingerprint(model.variant), (
        f"{name} was trained on another reading layer: retrain it with python -m benchmarks.grounds_learn --train "
        f"--variant {model.variant}" + (" --out audit/grounds/learned_weights_rule.json" if model.variant != "text" else ""))
