"""The safety classifier: a trained reading of the whole question, after the rules.

The rules are the floor: what they find stands. The classifier reads what they miss. It is
MiniLM with its own two top layers and a linear head, fine-tuned end to end on whole parents'
questions labelled by level and category (7,125 questions written blind for the safety
tuning and training sets, plus the screen's written sentences, each also with neutral clauses
added so that an added clause does not change the reading: `scripts/train_safety_classifier.py`). Its layers
ride with the topic head over the shared lower layers (`model_files`), so a question costs two
more layers, not another pass.

It gives a probability for "ordinary" and for each category. The question is urgent when the
urgent categories together reach `urgent_at`, under the most probable of them; otherwise it is
flagged for a professional when every category together reaches `flag_at`, under the most
probable see-professional category, or, when the urgent ones weigh more, under the
`when_unsure` category of the most probable urgent one (a doctor or the right service, never the
emergency number on a doubt). A question it leaves below urgent while the urgent categories
together still reach `recheck_at` is read by the sentence screen and its judge as well
(matcher.findings): one added clause moves the classifier's reading more than theirs. The
thresholds were chosen on sets it never trained on (`data/safety_classifier.json` names them;
evals/README.md has the splits). The default screen since 2026-12-04 (blind-safety-25).

An emergency the classifier finds alone (no rule finds one) is read a second time by a classifier of the
same shape trained further on everyday ordinary questions while held to the first one's readings of every
emergency (`data/classifier_veto_layers.safetensors`: candidate `n`, evals/results/classifier-n-plan.md,
trained further as `n2`, classifier-veto-n2-plan.md, then as `n3` with every topic card's phrasings as ordinary
questions, classifier-veto-n3-plan.md and -n3b-plan.md, then as `n4` with 1,200 ordinary questions written to sound
alarming, classifier-veto-n4-plan.md).
When that second reading puts the urgent categories together under `veto_below` (0.45 since 2026-12-07, the
classifier's own `urgent_at`: candidate sw3, evals/results/classifier-sw3-plan.md; 0.1 before), the emergency is taken back
and the question is read as if the classifier had left it below urgent (`findings(..., vetoed=True)`): its
see-professional reading and the sentence screen's re-read still apply. On the safety sets it was gated on
(2,079 urgent lines), it took back no urgent line the rules do not catch (evals/results/classifier-veto-gates.txt, -n2-gates.txt,
-n3b-gates.txt, -n4-gates.txt); at 0.45, none of blind-safety-27 to -76's 5,940 with today's rules
(evals/results/classifier-sw3-decision.md).
"""

from __future__ import annotations

import json
from functools import lru_cache

import numpy as np

from .model_files import VETO_LAYERS, classifier_layers, veto_layers
from .safety import DATA, Finding, categories, told_as_over

MODEL = DATA / "safety_classifier.json"
OK = "ok"
ALSO_AT = 0.25  # another category of the leading level at least this probable is found too


@lru_cache(maxsize=1)
def _load(mtime: int) -> dict | None:
    shipped = classifier_layers()
    if shipped is None:
        return None
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    model["weight"] = shipped[0]["classifier.weight"].astype(np.float32)
    model["bias"] = shipped[0]["classifier.bias"].astype(np.float32)
    shipped_second = model.get("veto_below") is not None and VETO_LAYERS.exists()
    model["veto"] = _SecondReading(scale=model["scale"], classes=model["classes"]) if shipped_second else None
    return model


class _SecondReading(dict):
    """The second reading's head, as a model dict; its weights are read from its layers' file the
    first time a lone emergency asks for them (about 30 ms a process otherwise spent at every start)."""

    def __missing__(self, key: str) -> np.ndarray:
        if key not in ("weight", "bias"):
            raise KeyError(key)
        layers = veto_layers()[0]
        self["weight"] = layers["classifier.weight"].astype(np.float32)
        self["bias"] = layers["classifier.bias"].astype(np.float32)
        return self[key]


def load() -> dict | None:
    """The classifier's head and settings, or None when its files are not shipped."""
    if not MODEL.exists():
        return None
    return _load(MODEL.stat().st_mtime_ns)


def usable(model: dict | None) -> bool:
    """Whether the classifier was trained on today's categories (a category added since needs
    scripts/train_safety_classifier.py run again; until then the sentence screen runs instead)."""
    return model is not None and sorted(model["classes"]) == sorted([OK, *categories()])


def probabilities(vector: np.ndarray, model: dict) -> dict[str, float]:
    """Each class's probability for one classifier vector ([384] or [1, 384])."""
    logits = (np.asarray(vector, dtype=np.float32).reshape(-1) * model["scale"]) @ model["weight"].T + model["bias"]
    weights = np.exp(logits - logits.max())
    return dict(zip(model["classes"], (weights / weights.sum()).tolist()))


def urgent_probability(vector: np.ndarray, model: dict) -> float:
    """The urgent categories' probabilities together."""
    known = categories()
    p = probabilities(vector, model)
    return sum(p[slug] for slug in known if known[slug].level == "urgent")


def vetoed(second_vector: np.ndarray, model: dict) -> bool:
    """Whether the second reading takes back an emergency the classifier found alone: its urgent
    categories together under `veto_below`, for the question's vector from its own layers
    (`embed_veto`). False when it is not shipped."""
    if model.get("veto") is None:
        return False
    return urgent_probability(second_vector, model["veto"]) < model["veto_below"]


def findings(vector: np.ndarray, text: str, model: dict, vetoed: bool = False) -> list[Finding]:
    """What the classifier finds in a question (see the module's docstring), most probable first.
    `vetoed`: its emergency was taken back (`vetoed`), so the question is read as below urgent."""
    known = categories()
    p = probabilities(vector, model)
    by_level = {level: {slug: p[slug] for slug in known if known[slug].level == level and not known[slug].only_when_unsure}
                for level in ("urgent", "see-professional")}
    urgent = sum(p[slug] for slug in known if known[slug].level == "urgent")
    if urgent >= model["urgent_at"] and not vetoed:
        ranked = sorted(by_level["urgent"], key=by_level["urgent"].get, reverse=True)
        found = [Finding("urgent", slug, f"classifier:{slug}", text)
                 for i, slug in enumerate(ranked) if i == 0 or by_level["urgent"][slug] >= ALSO_AT]
        return told_as_over(found, text, "classifier:past")
    if 1.0 - p[OK] < model["flag_at"]:
        return []
    if urgent >= sum(by_level["see-professional"].values()):
        lead = max(by_level["urgent"], key=by_level["urgent"].get)
        slug = known[lead].when_unsure
        return [Finding("see-professional", slug, f"classifier:{lead}+unsure", text, unsure_of=lead)]
    ranked = sorted(by_level["see-professional"], key=by_level["see-professional"].get, reverse=True)
    return [Finding("see-professional", slug, f"classifier:{slug}", text)
            for i, slug in enumerate(ranked) if i == 0 or by_level["see-professional"][slug] >= ALSO_AT]

