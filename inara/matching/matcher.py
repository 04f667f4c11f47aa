"""Understanding the parent: safety first, then age, scope and ranked topics.

Every topic card carries many phrasings written the way parents write. A
question is compared with all of them two ways, by words (BM25) and by meaning
(sentence embeddings), and the two are fused. Questions about products, money,
medicine and so on are a class of their own (`data/out_of_scope.yaml`): when a
question is closer to those than to any topic, Inara says what it can help
with instead of guessing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..content.models import Library
from ..errors import BadInput
from ..vocab import SCREENS
from .age import OUTSIDE, OutsideAges, normalise_numbers
from .data_files import out_of_scope
from .language import english_part
from .lexical import BM25
from . import fit
from .per_class import PerClass
from .question import MAX_CHARS, Question, check_question  # noqa: F401 (MAX_CHARS, check_question: kept importable here)
from .safety import SafetyResult, combine, rule_findings, told_as_over
from . import safety_classifier, safety_judge
from .signal_words import unworded
from .semantic_safety import SemanticScreen, load_model, units

OUT = "__out_of_scope__"
TOP = 5
DATA = Path(__file__).resolve().parent.parent / "data"

# How the two rankers are combined, chosen on evals/dev.jsonl (see README, "Matching").
EMBED_WEIGHT = 0.8  # share of the embedding ranker in the fused score (0.7 before the topic layers; README, "Matching")
NEIGHBOURS = 5  # a topic's semantic score: mean similarity of its 5 closest phrasings
LEXICAL_TOP = 3
QUERY_TOKENS = 128  # a question's first 128 tokens decide its topic; every sentence is still screened  # a topic's lexical score: mean BM25 of its 3 best-matching phrasings
OUT_MARGIN = 0.0
MIN_SIMILARITY = 0.25


@dataclass
class Evidence:
    fused: dict[str, float]
    lexical: dict[str, float]
    semantic: dict[str, float] | None
    raw_lexical: float
    best_similarity: float
    similarities: np.ndarray | None  # to every phrasing
    labels: np.ndarray
    query: np.ndarray | None = None  # the question's topic vector (what the fit model's probe reads)

    def ranked(self) -> list[tuple[float, str]]:
        return sorted(((s, c) for c, s in self.fused.items() if c != OUT), reverse=True)

    def features(self) -> np.ndarray:
        """What the "does any guide fit?" model reads (see fit.py): how strong and how clear
        the best topic is, by words and by meaning."""
        ranked = self.ranked()
        (top1, best), (top2, _second) = ranked[0], ranked[1] if len(ranked) > 1 else (0.0, None)
        out_gap = self.fused.get(OUT, 0.0) - top1
        if self.semantic is None or self.similarities is None:
            return np.array([top1, top1 - top2, 0.0, 0.0, 0.0, 0.0, np.log1p(self.raw_lexical), out_gap,
                             self.lexical.get(best, 0.0), 0.0, 0.0], dtype=np.float32)
        sem = sorted((v for c, v in self.semantic.items() if c != OUT), reverse=True)
        nearest = np.argsort(self.similarities)[-10:]
        agree = float(np.mean(self.labels[nearest] == best))
        own = self.labels == best
        # The best topic's card (its title and description, the topic's first phrasing: Matcher
        # builds it so) says what the topic is about; its ten closest phrasings, how much of the
        # topic is near, not only its five best. Both tell a question on the topic from one
        # beside it better than the five-best mean alone (scripts/train_fit.py).
        card = float(self.similarities[int(np.argmax(own))])
        wide = float(np.sort(self.similarities[own])[-10:].mean())
        return np.array([top1, top1 - top2, self.semantic[best], float(self.similarities.max()),
                         sem[0] - (sem[1] if len(sem) > 1 else 0.0), agree, np.log1p(self.raw_lexical), out_gap,
                         self.lexical.get(best, 0.0), card, wide], dtype=np.float32)


@dataclass
class TopicScore:
    slug: str
    score: float
    # The topic the question came nearest to, when it has no guide for the child's band and this one is its
    # card's `nearest` for that band (a 7-year-old who bites: hitting-and-biting gives way to aggression's
    # school-age guide, the guide the answer shows); None otherwise.
    via: str | None = None


@dataclass
class MatchResult:
    age_years: float | None
    age_band: str | None
    in_scope: bool
    safety: SafetyResult
    topics: list[TopicScore] = field(default_factory=list)
    message: str | None = None
    age_source: str = "none"
    language: str = "en"
    outcome: str = "fit"  # fit, close-call, no-guide or out-of-scope (see fit.py)
    age_note: str = ""  # which child's age was used, when the text names several (or one out of range)
    other_bands: list[str] = field(default_factory=list)  # the other children's bands, to offer
    fit_probability: float | None = None
    english_sentences_only: bool = False  # another language, matched on its English sentences (language.english_part)

    @property
    def language_note(self) -> str:
        """Above the answer to a question matched on its English sentences alone, in its language:
        that Inara answers in English and read only those sentences."""
        return english_part_message(self.language) if self.english_sentences_only else ""

    @property
    def best(self) -> str | None:
        return self.topics[0].slug if self.topics else None

    def as_dict(self) -> dict:
        out = {
            "age_years": self.age_years,
            "age_band": self.age_band,
            "in_scope": self.in_scope,
            "safety": self.safety.as_dict(),
            "topics": [{"slug": t.slug, "score": round(t.score, 4), **({"via": t.via} if t.via else {})}
                       for t in self.topics],
        }
        if self.message:
            out["message"] = self.message
        out["language"] = self.language
        if self.english_sentences_only:
            out["english_sentences_only"] = True
            out["language_note"] = self.language_note
        out["outcome"] = self.outcome
        if self.age_note:
            out["age_note"] = self.age_note
            out["other_bands"] = self.other_bands
        out["fit_probability"] = None if self.fit_probability is None else round(self.fit_probability, 4)
        return out


OTHER_LANGUAGE = {
    "es": "Inara responde solo en inglés por ahora. Si puede, escriba su pregunta en inglés; si su hijo corre peligro, llame ahora al número de emergencias de su país.",
    "fr": "Inara ne répond pour l'instant qu'en anglais. Si vous le pouvez, écrivez votre question en anglais ; si votre enfant est en danger, appelez tout de suite le numéro d'urgence de votre pays.",
    "pt": "A Inara responde apenas em inglês por enquanto. Se puder, escreva a sua pergunta em inglês; se o seu filho estiver em perigo, ligue já para o número de emergência do seu país.",
    "de": "Inara antwortet vorerst nur auf Englisch. Schreiben Sie Ihre Frage bitte auf Englisch; wenn Ihr Kind in Gefahr ist, rufen Sie sofort den Notruf Ihres Landes an.",
    "it": "Per ora Inara risponde solo in inglese. Se può, scriva la domanda in inglese; se suo figlio è in pericolo, chiami subito il numero di emergenza del suo paese.",
    "nl": "Inara antwoordt voorlopig alleen in het Engels. Stel uw vraag zo mogelijk in het Engels; is uw kind in gevaar, bel dan nu het alarmnummer van uw land.",
    "pl": "Inara na razie odpowiada tylko po angielsku. Jeśli to możliwe, proszę zadać pytanie po angielsku; jeśli dziecko jest w niebezpieczeństwie, proszę natychmiast zadzwonić pod numer alarmowy w swoim kraju.",
}


ENGLISH_PART = {
    "es": "Inara responde solo en inglés por ahora, así que esta respuesta se basa en las partes de su pregunta escritas en inglés.",
    "fr": "Inara ne répond pour l'instant qu'en anglais : cette réponse s'appuie donc sur les parties de votre question écrites en anglais.",
    "pt": "A Inara responde apenas em inglês por enquanto, por isso esta resposta baseia-se nas partes da sua pergunta escritas em inglês.",
    "de": "Inara antwortet vorerst nur auf Englisch; diese Antwort stützt sich daher auf die Teile Ihrer Frage, die auf Englisch geschrieben sind.",
    "it": "Per ora Inara risponde solo in inglese, quindi questa risposta si basa sulle parti della sua domanda scritte in inglese.",
    "nl": "Inara antwoordt voorlopig alleen in het Engels; dit antwoord gaat daarom uit van de delen van uw vraag die in het Engels zijn geschreven.",
    "pl": "Inara na razie odpowiada tylko po angielsku, więc ta odpowiedź opiera się na tych częściach pytania, które są napisane po angielsku.",
}


def english_part_message(language: str) -> str:
    """The note above an answer matched on a question's English sentences alone: in its
    language, and in English after it."""
    english = "Inara answers in English for now, so this answer reads only the parts of your question written in English."
    return f"{ENGLISH_PART[language]} ({english})" if language in ENGLISH_PART else english


def class_means_loop(values: np.ndarray, masks: dict[str, np.ndarray], k: int, drop: np.ndarray | None = None,
                     only_kept: bool = False) -> dict[str, float]:
    """Each class's mean of its k best `values`, one mask and sort per class: how the matcher
    scored classes before `PerClass`, kept as the reference it is tested against and for `drop`
    (phrasings masked out; a class with none left is left out). only_kept: the dropped phrasings
    are not among a class's best (lexical); otherwise they stay, at the value the caller gave
    them (semantic: -1)."""
    out = {}
    for c, m in masks.items():
        kept = m if drop is None else m & ~drop
        if drop is None or kept.any():
            out[c] = float(np.sort(values[kept if only_kept else m])[-k:].mean())
    return out


def other_language_message(language: str) -> str:
    """What a question in another language gets when no urgent finding fired: in its language,
    and in English after it."""
    english = "Inara answers in English for now: please ask again in English if you can."
    return f"{OTHER_LANGUAGE[language]} ({english})" if language in OTHER_LANGUAGE else english


class Matcher:
    def __init__(self, library: Library, embedder=None, store=None, method: str = "fusion",
                 screen: str = SCREENS[0]):
        self.library = library
        self.embedder = embedder if method != "lexical" else None
        self.method = method if embedder is not None or method == "lexical" else "lexical"
        docs: list[str] = []
        labels: list[str] = []
        for slug, card in library.topics.items():
            for text in [f"{card.title}. {card.description}", *card.examples]:
                docs.append(text)
                labels.append(slug)
        for text in out_of_scope()["examples"]:
            docs.append(text)
            labels.append(OUT)
        self.labels = np.array(labels)
        self.classes = [*library.topics, OUT]
        self.masks = {c: self.labels == c for c in self.classes}
        self.per_class = PerClass(self.labels, self.classes)
        self.documents = docs
        self.bm25 = BM25(docs, store=store)
        self.vectors = None
        self.semantic: SemanticScreen | None = None
        self.classifier: dict | None = None
        if self.embedder is not None:
            self.vectors = store.embeddings(self.embedder, docs) if store is not None else self.embedder.embed(docs)
            classifier = safety_classifier.load() if screen == "classifier" else None
            if safety_classifier.usable(classifier) and hasattr(self.embedder, "embed_classified"):
                self.classifier = classifier
                if classifier.get("recheck_at") is not None and load_model() is not None:
                    self.semantic = SemanticScreen()  # re-reads what the classifier leaves in doubt
            elif load_model() is not None:
                self.semantic = SemanticScreen()

    def _lexical(self, text: str, drop: np.ndarray | None = None,
                 normalised: str | None = None) -> tuple[dict[str, float], float]:
        """Lexical score per class (its 3 best phrasings, relative to the best class), and the raw
        best BM25 score. `drop` masks phrasings out (to score a phrasing without itself)."""
        raw = self.bm25.scores(text, normalised)
        if drop is not None:
            raw = np.where(drop, 0.0, raw)
        per_class = self._class_means(raw, LEXICAL_TOP, drop, only_kept=True)
        top = max(per_class.values()) or 1.0
        return {c: s / top for c, s in per_class.items()}, float(raw.max())

    def _semantic(self, query: np.ndarray, drop: np.ndarray | None = None) -> tuple[dict[str, float], np.ndarray]:
        sims = self.vectors @ query
        if drop is not None:
            sims = np.where(drop, -1.0, sims)
        return self._class_means(sims, NEIGHBOURS, drop, only_kept=False), sims

    def _class_means(self, values: np.ndarray, k: int, drop: np.ndarray | None, only_kept: bool) -> dict[str, float]:
        """Each class's mean of its k best `values`, in `classes` order. A match (no `drop`) has
        every class's at once (`PerClass`: about 1 ms a question less than a mask and a sort per
        class); scripts/train_fit.py, scoring a phrasing without itself, has the plain loop."""
        if drop is None:
            means = self.per_class.best_means(values, k)
            if means is not None:
                return dict(zip(self.classes, means.tolist()))
        return class_means_loop(values, self.masks, k, drop, only_kept)

    def embed_question(self, question: Question | str) -> tuple[np.ndarray | None, np.ndarray | None, list[str]]:
        """The whole question's vector (for topics), and the vectors of what the safety screen
        reads (the question, its sentences and clauses: `Question.units`), in the screen's own
        vector space (the packaged model's lower layers, the screen's top layers). A bare text
        (scripts, `evidence` without a query) is split here instead."""
        text = question.text if isinstance(question, Question) else question
        if self.embedder is None:
            return None, None, []
        if self.classifier is not None:
            # The safety classifier reads the whole question (up to 256 tokens); its vector comes
            # from the same pass as the topic vector.
            topic, classified = self.embedder.embed_classified(text, QUERY_TOKENS)
            return topic[0], classified, [text]
        # The whole question in one pass (topic and screen vectors share the lower layers), its
        # parts in another: padded to the whole question, a batch with its sentences cost 3-4
        # times the question alone; the parts together cost about one short pass.
        if self.semantic is None:
            return self.embedder.embed([text], max_tokens=QUERY_TOKENS)[0], None, []
        return self._sentence_vectors(question)

    def load_rereads(self) -> None:
        """Load the screen's own graph, which re-reading a question the classifier leaves in doubt
        runs, and the classifier's second reading's, which an emergency it finds alone runs. A
        process otherwise loads the first at its second re-read (its first borrows the whole
        question's graph, `OnnxMiniLM._session_for`), so that question, one a parent may be
        worried about, waited about half a second more."""
        if self.classifier is None or self.semantic is None or self.embedder is None:
            return
        runner = getattr(getattr(self.embedder, "screen", None), "model", None)
        if runner is not None and hasattr(runner, "session"):
            runner.session(("screen",))
            if self.classifier.get("veto") is not None:
                runner.session(("veto",))  # the second reading of a lone emergency

    def prepare_graphs(self) -> None:
        """Build (not load) the graphs the safety classifier and its second reading run, so that a
        first question, or a first emergency the classifier finds alone, does not wait about a
        second for one to be built (`inara index` at set-up, and a server's warm-up, run this)."""
        if self.classifier is None or not hasattr(self.embedder, "prepare"):
            return
        graphs = [("vectors", "classifier"), ("classifier",)]
        if self.classifier.get("veto") is not None:
            graphs.append(("veto",))
        self.embedder.prepare(graphs)

    def _sentence_vectors(self, question: Question | str,
                          topic_too: bool = True) -> tuple[np.ndarray | None, np.ndarray, list[str]]:
        """The topic vector, and what the sentence screen reads (the question, its sentences and
        clauses, in the screen's space) with their texts: for every question when the sentence
        screen is the screen, and for one the classifier asks it to re-read (`topic_too` False:
        the topic vector is known, so the whole question runs the screen's layers alone, the same
        vector bit for bit and about a fifth cheaper)."""
        text = question.text if isinstance(question, Question) else question
        screen = getattr(self.embedder, "screen", self.embedder)
        if not topic_too and screen is not self.embedder:
            topic, whole = None, screen.embed([text], max_tokens=QUERY_TOKENS)
        elif hasattr(self.embedder, "embed_question"):
            topic, whole = self.embedder.embed_question(text, max_tokens=QUERY_TOKENS)
        else:
            topic = whole = self.embedder.embed([text], max_tokens=QUERY_TOKENS)
        parts = list(question.units) if isinstance(question, Question) else units(text)
        topic = None if topic is None else topic[0]
        if len(parts) <= 1:
            return topic, whole, parts[:1]
        return topic, np.vstack([whole, screen.embed(parts[1:], max_tokens=QUERY_TOKENS)]), parts

    def evidence(self, text: str, query: np.ndarray | None = None, drop: np.ndarray | None = None,
                 normalised: str | None = None) -> "Evidence":
        """Everything the rankers say about a question: fused scores per class, and what the
        decision between "fits", "close call", "no guide fits" and "out of scope" reads."""
        lexical, raw_best = self._lexical(text, drop, normalised)
        if self.method == "lexical":
            return Evidence(lexical, lexical, None, raw_best, 1.0, None, self.labels)
        if query is None:
            query, _, _ = self.embed_question(text)
        semantic, sims = self._semantic(query, drop)
        if self.method == "embedding":
            return Evidence(semantic, lexical, semantic, raw_best, max(semantic.values()), sims, self.labels, query)
        best = max(semantic.values())
        fused = {c: EMBED_WEIGHT * semantic[c] + (1 - EMBED_WEIGHT) * lexical[c] * best for c in semantic}
        return Evidence(fused, lexical, semantic, raw_best, best, sims, self.labels, query)

    def findings(self, question: Question, unit_vectors: np.ndarray | None, unit_texts: list[str]) -> list:
        """Everything the safety screen finds: the rules, then the sentence screen (in English and
        in each language it has written sentences for)."""
        findings = rule_findings(question.text, question.age.years, question.normalised)
        if self.classifier is not None and unit_vectors is not None:
            # The rules stand; the classifier adds what it finds in the whole question. A question
            # it leaves below urgent with some urgent probability (at least `recheck_at`) is read
            # by the sentence screen and its judge as well, and keeps what they find: one added
            # clause moves the classifier's reading more than theirs (stability, issue 10).
            read = safety_classifier.findings(unit_vectors[0], question.text, self.classifier)
            if (safety_judge.level_of(read) == "urgent" and safety_judge.level_of(findings) != "urgent"
                    and self.classifier.get("veto") is not None
                    and safety_classifier.vetoed(self.embedder.embed_veto(question.text), self.classifier)):
                # An emergency the classifier finds alone, taken back by its second reading
                # (safety_classifier.vetoed): read as below urgent, and re-read below if in doubt.
                read = safety_classifier.findings(unit_vectors[0], question.text, self.classifier, vetoed=True)
            found = findings + read
            recheck_at = self.classifier.get("recheck_at")
            if (self.semantic is None or recheck_at is None or safety_judge.level_of(found) == "urgent"
                    or safety_classifier.urgent_probability(unit_vectors[0], self.classifier) < recheck_at):
                return found
            _, vectors, texts = self._sentence_vectors(question, topic_too=False)
            # What the re-read adds is a reading of the whole question too: an emergency it finds
            # that the question tells as over is none now, as for the classifier.
            added = [f for f in self._sentence_findings(question, findings, vectors, texts) if f not in findings]
            return found + told_as_over(added, question.text, "re-read:past")
        return self._sentence_findings(question, findings, unit_vectors, unit_texts)

    def _sentence_findings(self, question: Question, findings: list, unit_vectors: np.ndarray | None,
                           unit_texts: list[str]) -> list:
        """The rules' findings, and what the sentence screen and its judge make of them."""
        if self.semantic is None or unit_vectors is None:
            return findings
        sentences = []
        if question.language == "en" or self.semantic.reads(question.language):
            # Another language is read against the sentences written in it (semantic_safety), on
            # top of its rules (data/safety.yaml); a language with no written sentences has its
            # rules only: against the English sentences, every ordinary Spanish question fired.
            sentences = self.semantic.findings(unit_vectors, unit_texts, question.language)
        rules = safety_judge.level_of(findings)
        judge = safety_judge.load()
        if rules == "urgent" or not safety_judge.usable(judge):
            return findings + sentences
        # Then the judge reads each unit and the whole question (safety_judge): it can raise the
        # level or doubt the sentence screen, never silence an urgent finding.
        units = safety_judge.unit_features(self.semantic, unit_vectors, unit_texts, question.language,
                                           judge["categories"])
        return safety_judge.judge(findings + sentences, rules, units, safety_judge.level_of(sentences), judge,
                                  unit_texts[0].lower())

    def _screened(self, question: Question | str, age: str | float | None, region: str):
        """The question read once (or as the caller read it) and the safety screen's verdict on it:
        what `screen` returns and what `match` starts from."""
        if not isinstance(question, Question):
            question = Question.read(question, age)
        query, unit_vectors, unit_texts = self.embed_question(question)
        found = unworded(self.findings(question, unit_vectors, unit_texts), question.normalised, question.language)
        safety = combine(found, region, question.language, self.nearness(found, question, unit_vectors))
        return question, query, safety

    def nearness(self, found: list, question: Question, unit_vectors: np.ndarray | None) -> dict[str, float] | None:
        """When the screen finds more than one category at its level: how near the question comes
        to each one's written sentences, so that the one it is most about leads (`combine`; a rule's
        category counts `safety.RULE_LEAD` nearer). On the safety tuning sets' questions answered at
        their level the labelled category led 1,578 of 1,825 times this way, 1,534 with rule findings
        always first (scripts/experiments/lead_bonus.py)."""
        level = safety_judge.level_of(found)
        slugs = list(dict.fromkeys(f.category for f in found if f.level == level))
        if len(slugs) < 2 or unit_vectors is None:
            return None
        if self.classifier is not None:
            p = safety_classifier.probabilities(unit_vectors[0], self.classifier)
            return {slug: p.get(slug, 0.0) for slug in slugs}
        if self.semantic is None:
            return None
        return self.semantic.nearness(unit_vectors, question.language, slugs)

    def guide_topic(self, slug: str, band: str | None) -> str:
        """The topic whose guide a parent of a child in `band` gets when `slug` is the topic: itself, or,
        when it has no guide for the band, its card's `nearest` topic for the band if that one has."""
        card = self.library.topics.get(slug)
        if band is None or card is None or self.library.guide(slug, band) is not None:
            return slug
        near = card.nearest.get(band)
        return near if near and self.library.guide(near, band) is not None else slug

    def for_band(self, ranked: list[tuple[float, str]], band: str | None) -> list[tuple[float, str, str | None]]:
        """The ranked topics as the child's band has them: a topic with no guide for the band gives way to
        its card's `nearest` topic for that band when that one has a guide (the guide the answer shows:
        compose.guide.resolve_guide), each topic once at its best place, so that the topics named, the
        close call and the figures are the guides a parent would get. Each is (score, slug, via)."""
        out, seen = [], set()
        for score, asked in ranked:
            slug = self.guide_topic(asked, band)
            via = asked if slug != asked else None
            if slug not in seen:
                seen.add(slug)
                out.append((score, slug, via))
        return out

    def screen(self, question: Question | str, age: str | float | None = None, region: str = "generic"):
        """The safety screen alone (rules and trained screen), as `match` runs it first."""
        return self._screened(question, age, region)[-1]

    def match(self, question: Question | str, age: str | float | None = None, region: str = "generic",
              safe_now: bool = False) -> MatchResult:
        """`question` as Question.read gives it, or the text (and `age`) to read. `safe_now`: the
        parent says no one is in danger right now, so an emergency that only a trained reading found
        is set aside (`SafetyResult.set_aside`: its help still leads) and the question is matched; an
        emergency a rule found never is."""
        question, query, safety = self._screened(question, age, region)
        if safe_now and safety.can_set_aside and not question.age.refusal:
            safety.set_aside = True
        resolved, language = question.age, question.language
        if resolved.refusal and safety.level == "ok":
            raise OutsideAges(resolved.refusal, resolved.years)  # an --age outside 1-17, and nothing in the words to act on
        result = MatchResult(resolved.years, resolved.band, True, safety, age_source=resolved.source,
                             language=language, age_note=resolved.note(), other_bands=resolved.other_bands)
        if resolved.years is not None and resolved.band is None:
            result.in_scope = False
            result.message = (f"{OUTSIDE}, so it has no guide for a baby under 1 ('{resolved.phrase}'): please ask "
                              f"your health visitor or doctor." if resolved.years < 1 else
                              f"{OUTSIDE}, so it has no guide for a child of {resolved.years:g} years.")
            return result
        if safety.level == "urgent" and not safety.set_aside:
            return result  # nothing but the safety message: no topic, no guide
        text, normalised = question.text, question.normalised
        if language != "en":
            english = english_part(question.text)
            if english is None:
                result.message = other_language_message(language)
                return result  # the guides are English: say so in the parent's language
            # Enough of it is English to match on those sentences alone (language.english_part);
            # the screen above read the whole question.
            result.english_sentences_only = True
            text, normalised, query = english, normalise_numbers(english), None
        evidence = self.evidence(text, query, normalised=normalised)
        scores, best_similarity = evidence.fused, evidence.best_similarity
        ranked = evidence.ranked()
        p_out = (fit.out_of_scope_probability(evidence.query, OUT, getattr(self.embedder, "name", None))
                 if self.method == "fusion" else None)
        if (scores[OUT] > ranked[0][0] + OUT_MARGIN or best_similarity < MIN_SIMILARITY
                or (p_out is not None and p_out > fit.PROBE_OUT)):
            if safety.level == "ok" or safety.set_aside:
                result.in_scope = False
                result.outcome = "out-of-scope"
                result.message = out_of_scope()["message"]
                return result
        ranked = self.for_band(ranked, resolved.band)
        result.topics = [TopicScore(slug, max(0.0, min(1.0, score)), via) for score, slug, via in ranked[:TOP]]
        result.fit_probability = fit.probability(fit.features(evidence)) if self.method == "fusion" else None
        second = ranked[1][0] if len(ranked) > 1 else 0.0
        result.outcome = fit.decide(result.fit_probability, ranked[0][0], second)
        return result
