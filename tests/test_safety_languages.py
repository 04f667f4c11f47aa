"""The safety rules in other languages: every sentence of tests/data/safety_other_languages.yaml
(written by hand for the rules' development, in Spanish, French, Portuguese, German, Italian,
Dutch and Polish) screens at its level: urgent ones find their category, see-professional ones
theirs, and ordinary look-alikes (jokes, idioms, pretend play, teaching safety, past events)
stay ok. The embedding screen reads English only, so in these languages the rules are all there is."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from inara.matching.safety import categories, screen

DATA = Path(__file__).resolve().parent / "data" / "safety_other_languages.yaml"
SENTENCES = yaml.safe_load(DATA.read_text(encoding="utf-8"))
URGENT = sorted(slug for slug, c in categories().items() if c.level == "urgent")


def cases(level: str) -> list[tuple[str, str | None, str]]:
    out = []
    for language, groups in SENTENCES.items():
        for item in groups.get(level) or []:
            category, text = (None, item) if level == "ok" else item
            out.append((language, category, text))
    return out


def test_the_file_covers_every_urgent_category_in_every_language():
    for language, groups in SENTENCES.items():
        found = {category for category, _text in groups["urgent"]}
        assert found == set(URGENT), (language, set(URGENT) - found)
        assert len(groups["urgent"]) >= 54, language
    assert len(cases("ok")) >= 60
    for language in ("es", "fr"):
        found = [category for category, _text in SENTENCES[language]["see-professional"]]
        for category in ("development", "feeding-weight", "school-refusal", "aggression-injury",
                         "fire-animal-cruelty", "substance-use", "staring-spells"):
            assert found.count(category) >= 2, (language, category)
    for language in ("pt", "de", "it"):
        found = [category for category, _text in SENTENCES[language]["see-professional"]]
        for category in ("development", "feeding-weight", "anxiety-mood-ocd", "school-refusal", "substance-use"):
            assert found.count(category) >= 2, (language, category)


@pytest.mark.parametrize("language, category, text", cases("urgent"), ids=[f"{l}:{t[:40]}" for l, _c, t in cases("urgent")])
def test_urgent_in_other_languages(language, category, text):
    result = screen(text)
    assert result.level == "urgent", (text, result.rules)
    assert category in {c["slug"] for c in result.categories}, (category, result.categories, result.rules)


@pytest.mark.parametrize("language, category, text", cases("see-professional"),
                         ids=[f"{l}:{t[:40]}" for l, _c, t in cases("see-professional")])
def test_see_professional_in_other_languages(language, category, text):
    result = screen(text)
    assert result.level == "see-professional", (text, result.level, result.rules)
    assert category in {c["slug"] for c in result.categories}, (category, result.categories, result.rules)


@pytest.mark.parametrize("language, category, text", cases("ok"), ids=[f"{l}:{t[:40]}" for l, _c, t in cases("ok")])
def test_ordinary_look_alikes_stay_ok(language, category, text):
    result = screen(text)
    assert result.level == "ok", (text, result.level, result.rules, [c["slug"] for c in result.categories])


def test_spanish_message_for_a_spanish_emergency():
    result = screen("le pega su padrastro y tiene moratones", language="es")
    assert result.level == "urgent" and result.language == "es"
    assert "Actúe ahora" in result.message


def test_every_language_of_the_file_is_detected_as_itself():
    """Dutch and Polish questions read as German or English before nl and pl joined the identifier."""
    from inara.matching.language import detect

    for language, groups in SENTENCES.items():
        texts = [text for text in groups.get("ok") or []] + [text for _c, text in groups["urgent"]]
        wrong = [text for text in texts if detect(text) != language]
        assert len(wrong) <= len(texts) // 50, (language, wrong)
