"""The trained half of the safety screen.

Rules catch the ways people usually say alarming things; parents also say them sideways ("she
gave away her things and thanked us for everything"), misspelt, in slang or deep in a long post.
Sentence embeddings of each sentence and clause (all-MiniLM-L6-v2 with its top two layers
fine-tuned on the screen's sentences: model_files.screen_layers) are compared with about
21,000 sentences and clauses written for Inara (`data/safety_training/` and `data/safety_examples.yaml`:
every category of `data/safety_categories.yaml`, and ordinary look-alikes: jokes, negations,
resolved past events); a category fires when a unit is close to its sentences and closer to them
than to the ordinary ones. The sentences are embedded once by `scripts/train_safety.py` and
shipped as `data/safety_model.npz`; nothing is embedded but the question at run time.

Reading clauses as well as sentences makes the screen stable: adding an ordinary clause to a
worrying sentence ("..., he can't swim") leaves the worrying clause as it was, so a flag never
switches off because more was said. Each finding then goes through the same negation and time
checks as the rules' (`safety.with_context`).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from .safety import DATA, Finding, categories, with_context

MODEL = DATA / "safety_model.npz"
SENTENCE = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n+")
CLAUSE = re.compile(r"\s*[,;:()]\s*|\s+(?:but|and then|because|though|although|while|tbh|ngl|lol)\s+|\s+[-\u2013\u2014]+\s+")
MIN_WORDS = 3
MAX_UNITS = 64  # a 4,000-character question of tiny sentences must not cost seconds
WORD = re.compile(r"\w+")


def word_count(text: str) -> int:
    """Words, not whitespace tokens: a lone "?" (French puts a space before it) is not a word."""
    return len(WORD.findall(text))


def pieces(sentence: str) -> list[str]:
    """A sentence cut at its clause boundaries (commas, "but", dashes...), short bits included."""
    return [part.strip() for part in CLAUSE.split(sentence) if part and part.strip()]


def clauses(sentence: str) -> list[str]:
    """The clauses of a sentence with at least MIN_WORDS words. Nothing is merged, so what is
    written around a clause never changes the clause itself."""
    return [part for part in pieces(sentence) if word_count(part) >= MIN_WORDS]


def pairs(sentence: str) -> list[str]:
    """Each two neighbouring pieces of a sentence read together (a short piece gives its
    neighbour its context: "he's wheezing, sucking in at his neck")."""
    parts = pieces(sentence)
    return [f"{a}, {b}" for a, b in zip(parts, parts[1:]) if word_count(f"{a} {b}") >= MIN_WORDS]


def units(text: str) -> list[str]:
    """What the screen reads: the whole question, each sentence, each clause and each pair of
    neighbouring clauses; each once. Adding words to a question keeps its sentences, clauses and
    pairs exactly as they were (a one- or two-clause sentence stays a unit when a clause is added
    to it), so no finding of theirs can disappear; the whole question is the one unit that changes,
    so a finding only the whole of a several-sentence question gives can (a known case is pinned in
    tests/test_semantic_safety.py)."""
    found = [text.strip()]
    parts = [p.strip() for p in SENTENCE.split(text.strip()) if p and p.strip()]
    for sentence in parts:
        if word_count(sentence) >= MIN_WORDS:
            found.append(sentence)
        if len(pieces(sentence)) > 1:
            found += clauses(sentence) + pairs(sentence)
    unique = list(dict.fromkeys(u for u in found if u))
    return unique[:MAX_UNITS]


@lru_cache(maxsize=1)
def load_model() -> dict | None:
    if not MODEL.exists():
        return None
    data = np.load(MODEL, allow_pickle=False)
    return {key: data[key] for key in data.files}


def save_model(path, **arrays: np.ndarray) -> None:
    """Writes the index as `np.load` reads it (an .npz), with the vectors stored as they are and
    the rest compressed: half-precision vectors barely compress (23.5 -> 21.7 MB) and inflating
    them cost about 0.1 s of every cold start, while the labels shrink from 2.3 MB to 11 KB."""
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        for name, array in arrays.items():
            entry = zipfile.ZipInfo(f"{name}.npy")  # a fixed date: the same arrays, the same bytes
            entry.compress_type = zipfile.ZIP_STORED if name == "vectors" else zipfile.ZIP_DEFLATED
            with archive.open(entry, "w", force_zip64=True) as handle:
                np.lib.format.write_array(handle, np.asanyarray(array), allow_pickle=False)


# Chosen per question on the tuning sets (evals/dev.jsonl, blind-2, blind-3, blind-safety-1, -4, -5,
# -6 and -7, all no longer blind; see evals/README.md) and on the look-alike half that is not in the
# index (scripts/experiments/screen_pick_vs_base.py with ASYM=1, 2026-12-01): of the settings that keep
# ordinary questions as they were (dev's false alarms under 3%, the newer topics' questions flagged
# no more often than by the screen before), the one that gives up least urgent recall against the
# screen before on the tuning sets, then the fewest false alarms. No setting kept every set's urgent
# recall: this one loses 7 urgent questions on blind-2, blind-3, blind-safety-1 and -5 and gains 9
# on blind-safety-4 and -7, raises see-professional recall on every blind set and cuts false alarms
# on most (the kept-out look-alikes 0.156 -> 0.054). The fine-tuned layers pull a category's
# sentences together, so similarities run higher than the packaged model's.
# A level fires for a unit when the mean similarity of its three nearest sentences of that level is
# at least FLOOR, exceeds the three nearest ordinary sentences (topic phrasings) by MARGIN, and the
# three nearest look-alikes (jokes, negations, resolved past events) by VETO (a short unit, being
# easily close to anything, by PART_EXTRA more).
NEIGHBOURS = 3
LOOKALIKE = "ok-lookalike"
URGENT_ONLY_ORDINARY = "ok-urgent-veto"  # ordinary questions that weigh against urgent findings only
SEE_ONLY_ORDINARY = "ok-see-veto"  # ordinary questions that weigh against see-professional findings only
FLOOR = {"urgent": 0.62, "see-professional": 0.75}
MARGIN = {"urgent": 0.0, "see-professional": 0.04}
VETO = {"urgent": 0.06, "see-professional": 0.03}
PART_EXTRA = 0.06
SHORT_WORDS = 8  # units with fewer words get PART_EXTRA
# Another language is compared with the sentences written in it only (data/safety_training/
# languages/): MiniLM's vocabulary is mostly English, so its sentences sit near each other
# whatever they say, and an English neighbour says little. Its own settings, chosen on the tuning
# sets' questions in those languages (scripts/experiments/other_language_grid.py over the 234
# non-English questions of blind-safety-4 to -8, 2026-12-01): the most urgent recall whose false
# alarms stay at the English screen's level on the same sets (about 0.18). Rules alone: urgent
# 70/93, see-professional 14/71, false alarms 5/70; with this screen: 82/93, 36/71, 12/70. The
# margin is what decides (0: 88/93 urgent with 29/70 false alarms; 0.03: 74/93 with 7/70), and the
# floor is high.
OTHER_FLOOR = {"urgent": 0.75, "see-professional": 0.8}
OTHER_MARGIN = {"urgent": 0.01, "see-professional": 0.05}


def at_least_two_rows(vectors: np.ndarray) -> np.ndarray:
    """One row goes through another BLAS routine (matrix-vector) whose sums differ in the last bit
    between a part of the matrix and the whole, and between layouts; two rows or more go through
    the matrix-matrix one, whose sums do not. A single unit is multiplied as two copies of itself,
    so that every product the screen makes and its reference (`similarities`) agree bit for bit."""
    return vectors if len(vectors) > 1 else np.vstack([vectors, vectors])


class SemanticScreen:
    """Reads unit vectors and finds categories by their nearest written sentences: every line
    of data/safety_training/ and data/safety_examples.yaml, embedded once by
    scripts/train_safety.py and shipped in data/safety_model.npz."""

    def __init__(self, model: dict | None = None):
        model = model if model is not None else load_model()
        if model is None:
            raise FileNotFoundError(f"{MODEL} is missing: run scripts/train_safety.py")
        self.vectors = model["vectors"].astype(np.float32)
        self.labels = np.asarray(model["labels"]).astype(str)
        known = categories()
        names, index = np.unique(self.labels, return_inverse=True)
        level_of = {str(name): known[name].level if name in known else "ok" for name in names}
        levels = np.array([level_of[str(name)] for name in names])[index]
        self.masks = {level: levels == level for level in ("urgent", "see-professional")}
        ordinary = (levels == "ok") & (self.labels != LOOKALIKE)
        # The newer topics' phrasings sit at the edge of see-professional signs (their guides say
        # when to get help) but are never urgent: they weigh against urgent findings only. Real
        # parents' ordinary questions and everyday look-alikes weigh against see-professional
        # findings only: against urgent ones too, they cost emergencies (scripts/train_safety.py).
        self.masks["ok"] = ordinary & (self.labels != SEE_ONLY_ORDINARY)
        self.masks["ok-see"] = ordinary & (self.labels != URGENT_ONLY_ORDINARY)
        self.masks[LOOKALIKE] = self.labels == LOOKALIKE
        self.languages = (np.asarray(model["languages"]).astype(str) if "languages" in model
                          else np.full(len(self.labels), "en"))
        self._written = set(self.languages.tolist())
        self._by_language: dict[str, dict[str, np.ndarray]] = {}
        self._last: tuple[np.ndarray, np.ndarray] | None = None
        # The same kinds of sentence as `masks`, named by the labels they hold (what `Neighbours`
        # reads), and each language's sentences in label order (`_block`: a second copy of the
        # vectors, 47 MB, so that one product per question serves every kind of sentence).
        ordinary_labels = {label for label, level in level_of.items() if level == "ok"} - {LOOKALIKE}
        self.groups = {level: sorted(label for label, lv in level_of.items() if lv == level)
                       for level in ("urgent", "see-professional")}
        self.groups["ok"] = sorted(ordinary_labels - {SEE_ONLY_ORDINARY})
        self.groups["ok-see"] = sorted(ordinary_labels - {URGENT_ONLY_ORDINARY})
        self.groups[LOOKALIKE] = [LOOKALIKE]
        self._blocks: dict[str, tuple[np.ndarray, np.ndarray, dict[str, tuple[int, int]]]] = {}
        self._last_neighbours: tuple[np.ndarray, str, Neighbours] | None = None

    def _masks(self, language: str) -> dict[str, np.ndarray]:
        """Each kind of sentence, of those written in `language` (English reads English only, so
        adding another language changes nothing for English questions)."""
        if language not in self._by_language:
            written = self.languages == language
            self._by_language[language] = {name: mask & written for name, mask in self.masks.items()}
        return self._by_language[language]

    def category_mask(self, slug: str, language: str) -> np.ndarray:
        """The sentences of one category written in `language` (what the judge reads)."""
        key = f"{slug}@{language}"
        if key not in self._by_language:
            self._by_language[key] = {"mask": (self.labels == slug) & (self.languages == language)}
        return self._by_language[key]["mask"]

    def nearness(self, vectors: np.ndarray, language: str, slugs: list[str]) -> dict[str, float]:
        """For each category in `slugs`: how near the question's nearest unit comes to that
        category's written sentences (the mean of its three nearest, as the screen measures),
        in the question's language where the index has it. What orders the messages when more
        than one category is found."""
        read_as = language if self.reads(language) else "en"
        near = self.neighbours(vectors, read_as)
        return {slug: float(near.mean([slug]).max()) for slug in slugs if near.has([slug])}

    def reads(self, language: str) -> bool:
        """Whether the index has sentences written in this language."""
        return language in self._written

    def similarities(self, vectors: np.ndarray) -> np.ndarray:
        """Each unit's similarity to every written sentence (what `_nearest` and `category` read,
        the reference `Neighbours` is checked against; the screen itself reads `neighbours`). The
        last product is kept with the array it was made from (one tuple, swapped whole: a thread
        reading another question's units makes its own)."""
        last = self._last
        if last is not None and last[0] is vectors:
            return last[1]
        sims = at_least_two_rows(vectors) @ self.vectors.T
        sims = sims[:len(vectors)]
        self._last = (vectors, sims)
        return sims

    def _block(self, language: str) -> tuple[np.ndarray, np.ndarray, dict[str, tuple[int, int]]]:
        """The sentences written in `language`, in label order: their rows in `vectors`, the
        vectors themselves as columns ([384, sentences], contiguous), and each label's [start,
        end) among them. Stored as columns, the product with a question's units runs in half the
        time of the same product with the rows transposed on the fly (OpenBLAS packs the
        transposed matrix, 37 MB for English, on every call; 14 -> 7 ms for 2 to 12 units, one
        thread, `scripts/experiments/product_layout.py`), and gives the same floats bit for bit."""
        if language not in self._blocks:
            rows = np.flatnonzero(self.languages == language)
            rows = rows[np.argsort(self.labels[rows], kind="stable")]
            labels = self.labels[rows]
            bounds = {}
            for label in dict.fromkeys(labels.tolist()):
                found = np.flatnonzero(labels == label)
                bounds[label] = (int(found[0]), int(found[-1]) + 1)
            self._blocks[language] = (rows, np.ascontiguousarray(self.vectors[rows].T), bounds)
        return self._blocks[language]

    def neighbours(self, vectors: np.ndarray, language: str) -> "Neighbours":
        """Each unit's nearest sentences of every label written in `language` (`Neighbours`). The
        last one is kept with the array it was read from, as `similarities` keeps its product: the
        screen, the judge and the order of categories read the same units in turn."""
        last = self._last_neighbours
        if last is not None and last[0] is vectors and last[1] == language:
            return last[2]
        rows, columns, bounds = self._block(language)
        sims = (at_least_two_rows(vectors) @ columns)[:len(vectors)]
        near = Neighbours(sims, bounds)
        self._last_neighbours = (vectors, language, near)
        return near

    def _nearest(self, sims: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Each row's mean similarity to its NEIGHBOURS nearest sentences of `mask`. The k largest
        are found by a partition, then sorted, so the mean adds the same numbers in the same order
        as a full sort would (the same float, bit for bit), at a fraction of the cost."""
        part = sims[:, mask]
        k = min(NEIGHBOURS, part.shape[1])
        if k < part.shape[1]:
            part = np.partition(part, part.shape[1] - k, axis=1)
        return np.sort(part[:, -k:], axis=1).mean(axis=1)

    def unit_categories(self, vectors: np.ndarray, texts: list[str] | None = None,
                        language: str = "en") -> list[tuple[int, str]]:
        """(unit index, category) for each unit close to a level's sentences and closer to them
        than to ordinary ones; urgent first. Another language is read against its own sentences."""
        return self._read(vectors, texts, language)[0]

    def _read(self, vectors: np.ndarray, texts: list[str] | None, language: str) -> tuple[list[tuple[int, str]], bool]:
        """unit_categories, and whether its urgent findings are doubtful (see `doubtful`)."""
        near = self.neighbours(vectors, language)
        groups = self.groups
        other = language != "en"
        ordinary = {"urgent": near.mean(groups["ok"]), "see-professional": near.mean(groups["ok-see"])}
        lookalike = (near.mean(groups[LOOKALIKE]) if near.has(groups[LOOKALIKE])
                     else np.full(len(vectors), -1.0))
        # A short unit is easily close to anything, so it needs PART_EXTRA more margin. The extra
        # depends on the unit's own words, never on where it sits: the same words are read the same
        # way as a whole sentence or as a pair inside a longer one, so adding a clause to a
        # sentence cannot switch its finding off.
        part = np.array([texts is not None and word_count(texts[row]) < SHORT_WORDS for row in range(len(vectors))])
        found = []
        doubt = False
        floor, margin = (OTHER_FLOOR, OTHER_MARGIN) if other else (FLOOR, MARGIN)
        for level in ("urgent", "see-professional"):
            if not near.has(groups[level]) or (other and not near.has(groups["ok"])):
                continue
            score = near.mean(groups[level])
            extra = PART_EXTRA * part
            hits = ((score >= floor[level]) & (score - ordinary[level] >= margin[level] + extra)
                    & (score - lookalike >= VETO[level] + extra))
            for row in np.flatnonzero(hits):
                found.append((int(row), near.category(int(row), groups[level])))
            if level == "urgent" and hits.any() and not other:
                doubt = doubtful(float((score - ordinary[level])[hits].max()),
                                 float(min(score[0] - ordinary[level][0], score[0] - lookalike[0])))
        return found, doubt

    def category(self, sims: np.ndarray, mask: np.ndarray) -> str:
        """The category most of a unit's nearest sentences of the level belong to."""
        top = np.argsort(np.where(mask, sims, -1.0))[-NEIGHBOURS:]
        labels, counts = np.unique(self.labels[top], return_counts=True)
        return str(labels[np.argmax(counts)])

    def findings(self, vectors: np.ndarray, texts: list[str], language: str = "en") -> list[Finding]:
        """vectors[i] is the vector of texts[i] (see `units`, the whole question first), written in
        `language`. A doubtful urgent finding (see `doubtful`) becomes its category's
        `when_unsure` see-professional one."""
        known = categories()
        out: dict[str, Finding] = {}
        hits, doubt = self._read(vectors, texts, language)
        for row, category in hits:
            unit = texts[row].lower()
            finding = with_context(Finding(known[category].level, category, f"semantic:{category}", unit), unit)
            if finding and doubt and finding.level == "urgent":
                unsure = known[category].when_unsure
                finding = Finding("see-professional", unsure, f"semantic:{category}+unsure", unit, unsure_of=category)
            if finding and finding.category not in out:
                out[finding.category] = finding
        return list(out.values())


class Neighbours:
    """Each unit's NEIGHBOURS largest similarities within each label of one language's sentences,
    found once. Every kind of sentence the screen and the judge compare a unit with (a level, the
    ordinary ones, the look-alikes, one category) is a set of labels, and its NEIGHBOURS nearest
    are among its labels' own: so each kind costs a few numbers, not a pass over every sentence,
    and `mean` adds the same numbers in the same order as `SemanticScreen._nearest` over the
    kind's mask (the same float, bit for bit)."""

    def __init__(self, sims: np.ndarray, bounds: dict[str, tuple[int, int]]):
        self.tops: dict[str, np.ndarray] = {}
        for label, (start, end) in bounds.items():
            part = sims[:, start:end]
            k = min(NEIGHBOURS, part.shape[1])
            if k < part.shape[1]:
                part = np.partition(part, part.shape[1] - k, axis=1)
            self.tops[label] = np.sort(part[:, -k:], axis=1)

    def has(self, labels: list[str]) -> bool:
        return any(label in self.tops for label in labels)

    def _top(self, labels: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The candidates (each label's nearest) and their labels, for a kind of sentence."""
        present = [label for label in labels if label in self.tops]
        values = np.hstack([self.tops[label] for label in present])
        names = np.array([label for label in present for _ in range(self.tops[label].shape[1])])
        return values, names

    def mean(self, labels: list[str]) -> np.ndarray:
        """Each unit's mean similarity to its NEIGHBOURS nearest sentences of these labels."""
        values, _ = self._top(labels)
        k = min(NEIGHBOURS, values.shape[1])
        if k < values.shape[1]:
            values = np.partition(values, values.shape[1] - k, axis=1)
        return np.sort(values[:, -k:], axis=1).mean(axis=1)

    def category(self, row: int, labels: list[str]) -> str:
        """The label most of a unit's NEIGHBOURS nearest sentences of these labels carry (a tie:
        the first in alphabetical order), as `SemanticScreen.category` counts them."""
        values, names = self._top(labels)
        top = np.argsort(values[row])[-NEIGHBOURS:]
        found, counts = np.unique(names[top], return_counts=True)
        return str(found[np.argmax(counts)])


# The second reading, of the whole question (English only: its settings were chosen on English
# questions). An urgent finding the sentence screen makes is doubtful when no unit is clearly
# urgent (the best unit's margin over ordinary sentences under CLEAR_UNIT) and the whole question
# reads as ordinary (its urgent score under its ordinary and look-alike neighbours' by more than
# -WHOLE_DOUBT): one clause of a long ordinary post that brushes a warning ("it cut him", "she's 10
# and her friends have started wearing them"). It is then told as see-professional, under its
# category's `when_unsure` (a doctor or an advice line): never dropped, since the clause may be
# the one that matters. Chosen before measuring on blind-safety-10, on the English questions of the
# tuning sets whose urgent level came from the sentence screen alone (231 urgent, 63
# see-professional, 79 ordinary: scripts/experiments/doubt_grid.py, evals/results/doubt-grid-2026-12-02.txt): this setting is
# the one that keeps all 231 urgent, and it tells 15 of the 79 ordinary and 16 of the 63
# see-professional questions a doctor or an advice line instead of the emergency number. A unit
# clearly urgent stays urgent whatever is written around it, so adding words can turn such a
# finding doubtful only when no unit was clear: it is then see-professional, never ok.
CLEAR_UNIT = 0.03
WHOLE_DOUBT = -0.04


def doubtful(best_unit_margin: float, whole_margin: float) -> bool:
    return best_unit_margin < CLEAR_UNIT and whole_margin < WHOLE_DOUBT
