"""A safety message in the parent's language: every urgent category's message, who to call and the
words around them (inara/data/safety_categories.yaml, resources.yaml, safety_languages.yaml) exist
in each language the rules read, and an emergency written in one of them is answered in it, in the
terminal, markdown and the web page alike."""

from __future__ import annotations

from markupsafe import escape  # as the pages escape text (Jinja2)

import pytest
import yaml

from inara.matching import safety
from inara.matching.safety import (TRANSLATED, SafetyDataError, categories, next_step, safety_text, screen,
                                   set_aside_text)
from inara.render.markdown import safety_markdown

URGENT = [c for c in categories().values() if c.level == "urgent"]
URGENT_CONTACTS = sorted({c.contact for c in URGENT})
# A swallowed button battery, as a parent in each language might write it (written here).
BATTERY = {
    "es": "Mi hijo de 3 años se ha tragado una pila de botón",
    "fr": "Mon fils de 3 ans a avalé une pile bouton",
    "pt": "O meu filho de 3 anos engoliu uma pilha de botão",
    "de": "Mein Sohn (3) hat eine Knopfbatterie verschluckt",
    "it": "Mio figlio di 3 anni ha ingoiato una pila a bottone",
    "nl": "Mijn zoon van 3 heeft een knoopcelbatterij ingeslikt",
    "pl": "Mój syn (3 lata) połknął baterię guzikową",
}


def test_the_examples_cover_every_translated_language():
    assert sorted(BATTERY) == sorted(TRANSLATED)


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_urgent_category_has_its_own_message_in_every_language(language):
    for category in URGENT:
        text = category.in_language(language)
        assert text is not category, (category.slug, language)
        for field in ("title", "do_now", "say"):
            assert getattr(text, field) and getattr(text, field) != getattr(category, field), (category.slug, field)
        assert (text.if_unsure is None) == (category.if_unsure is None), category.slug


@pytest.mark.parametrize("language", TRANSLATED)
def test_who_to_call_and_the_words_around_it_exist_in_every_language(language):
    for contact in URGENT_CONTACTS:
        assert next_step(contact, "generic", language) != next_step(contact, "generic", "en"), contact
    for key in ("get_help", "act_now", "say_now", "choose_country"):
        assert safety_text(language, key) != safety_text("en", key), key
    for key in ("offer", "button", "done"):
        assert set_aside_text(language, key) != set_aside_text("en", key), key


@pytest.mark.parametrize("language", TRANSLATED)
def test_an_emergency_in_another_language_is_answered_in_it(language):
    result = screen(BATTERY[language], age=3, language=language)
    poisoning = categories()["poisoning"].in_language(language)
    assert result.level == "urgent" and result.language == language
    assert result.categories[0]["title"] == poisoning.title
    assert result.categories[0]["say"] == poisoning.say
    assert result.message.startswith(safety_text(language, "act_now"))
    assert next_step("poison", "generic", language) in result.next_steps


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_answer_is_rendered_in_that_language(inara, language):
    from inara import render
    from inara.render.terminal import safety_panel

    answer = inara.ask(BATTERY[language], 3)
    assert answer.kind == "urgent" and answer.match.safety.language == language
    heading = safety_text(language, "get_help")
    assert safety_markdown(answer.match).startswith(f"## {heading}\n")
    assert safety_panel(answer).title == heading
    page = render.answer(answer, "html")
    for words in (heading, safety_text(language, "say_now"), answer.match.safety.categories[0]["title"]):
        assert escape(words) in page, words
    assert f'lang="{language}"' in page


def test_an_english_emergency_stays_in_english():
    result = screen("my 3 year old swallowed a button battery", age=3)
    assert result.language == "en" and result.message.startswith("Please act now.")


def test_a_missing_translation_names_the_file_and_the_field(tmp_path, monkeypatch):
    data = yaml.safe_load((safety.DATA / "safety_categories.yaml").read_text(encoding="utf-8"))
    del data["urgent"][0]["fr"]
    del data["urgent"][2]["pl"]["say"]
    del data["see-professional"][0]["nl"]
    (tmp_path / "safety_categories.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(safety, "DATA", tmp_path)
    safety.categories.cache_clear()
    try:
        with pytest.raises(SafetyDataError) as caught:
            safety.categories()
        message = str(caught.value)
        assert "safety_categories.yaml" in message and "urgent.0.fr" in message and "urgent.2.pl" in message
        assert "see-professional.0.nl" in message
    finally:
        safety.categories.cache_clear()


def test_a_language_missing_from_the_words_file_is_named(tmp_path, monkeypatch):
    data = yaml.safe_load((safety.DATA / "safety_languages.yaml").read_text(encoding="utf-8"))
    del data["nl"]
    del data["de"]["say_now"]
    (tmp_path / "safety_languages.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(safety, "DATA", tmp_path)
    safety._words.cache_clear()
    try:
        with pytest.raises(SafetyDataError) as caught:
            safety_text("de", "say_now")
        message = str(caught.value)
        assert "safety_languages.yaml" in message and "nl" in message and "de.say_now" in message
    finally:
        safety._words.cache_clear()


SEE_PROFESSIONAL = [c for c in categories().values() if c.level == "see-professional"]


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_see_professional_category_has_its_message_in_every_language(language):
    for category in SEE_PROFESSIONAL:
        text = category.in_language(language)
        assert text is not category, (category.slug, language)
        assert text.title != category.title and text.do_now != category.do_now, category.slug
        assert next_step(category.contact, "generic", language) != next_step(category.contact, "generic", "en")


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_see_professional_answer_in_another_language_is_in_it_and_promises_no_guide(language):
    from inara.matching.safety import Finding, combine

    result = combine([Finding("see-professional", "development", "test")], "generic", language)
    development = categories()["development"].in_language(language)
    assert result.language == language and result.categories[0]["title"] == development.title
    assert result.message.startswith(safety_text(language, "professional_intro"))
    assert next_step("doctor-development", "generic", language) in result.message
    assert "guide below" not in result.message  # a question in another language gets no guide
    assert safety_markdown_heading(result) == safety_text(language, "talk_to_professional")


def safety_markdown_heading(result) -> str:
    from types import SimpleNamespace

    return safety_markdown(SimpleNamespace(safety=result)).splitlines()[0].removeprefix("## ")


def test_an_english_see_professional_answer_still_points_to_the_guide_below():
    from inara.matching.safety import Finding, combine

    result = combine([Finding("see-professional", "development", "test")])
    assert result.message.endswith("The guide below can help in the meantime, but it does not replace that visit.")
