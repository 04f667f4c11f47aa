"""The content model: the shipped library loads and validates, and the typed
models refuse what a person might get wrong by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from inara import LibraryError, load_library
from inara.content.checks import check_library
from inara.content.loader import content_files, content_hash, default_library_path, read_library
from inara.content.models import Reference, Story, Strategy, TopicCard
from inara.vocab import BANDS

from .conftest import SHIPPED


def test_default_library_path_is_the_shipped_library():
    assert default_library_path() == SHIPPED


def test_shipped_library_has_a_card_for_every_guide_topic_and_validates(library):
    assert len(library.topics) >= 17
    assert {guide.topic for guide in library.guides.values()} <= set(library.topics)
    _, problems = read_library(SHIPPED)
    assert problems == []
    assert check_library(library) == []  # structure; editorial checks have their own tests


def test_every_guide_file_is_loaded_under_its_topic_and_band(library):
    files = sorted(SHIPPED.glob("guides/*/*.yaml"))
    assert len(library.guides) == len(files) > 0
    for path in files:
        key = f"{path.parent.name}/{path.stem}"
        assert key in library.guides
        assert library.sources[("guide", key)] == str(path.relative_to(SHIPPED))


def test_content_hash_changes_with_any_content_file(library_copy):
    before = content_hash(library_copy)
    assert before == content_hash(library_copy)  # stable
    first = content_files(library_copy)[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert content_hash(library_copy) != before


def test_load_library_on_missing_folder_raises_library_error(tmp_path):
    with pytest.raises(LibraryError) as raised:
        load_library(tmp_path / "nowhere")
    assert "does not exist" in str(raised.value)
    assert len(raised.value.problems) == 1


# --- the models themselves -------------------------------------------------

REFERENCE = {
    "id": "smith-2020-example", "authors": ["Smith, A."], "year": 2020, "title": "A title",
    "venue": "Journal, 1(2), 3-4", "doi": "10.1000/xyz123", "finding": "What it found.",
    "checked": "2026-01-01: DOI record matches.",
}


def test_reference_needs_a_doi_or_a_url():
    Reference.model_validate(REFERENCE)
    Reference.model_validate({**{k: v for k, v in REFERENCE.items() if k != "doi"}, "url": "https://example.org/a"})
    with pytest.raises(ValidationError, match="doi or a url"):
        Reference.model_validate({k: v for k, v in REFERENCE.items() if k != "doi"})


@pytest.mark.parametrize("doi", ["https://doi.org/10.1000/xyz", "doi:10.1000/xyz", "10.12/short"])
def test_reference_doi_has_the_bare_shape(doi):
    with pytest.raises(ValidationError, match="DOI looks like"):
        Reference.model_validate({**REFERENCE, "doi": doi})


def test_reference_url_must_be_https():
    data = {**{k: v for k, v in REFERENCE.items() if k != "doi"}, "url": "http://example.org"}
    with pytest.raises(ValidationError, match="https://"):
        Reference.model_validate(data)


def test_models_forbid_unknown_fields():
    with pytest.raises(ValidationError) as raised:
        Strategy.model_validate({"title": "t", "why": "w", "script": "s", "scirpt": "typo"})
    assert raised.value.errors()[0]["type"] == "extra_forbidden"


def test_strategy_needs_a_script():
    with pytest.raises(ValidationError) as raised:
        Strategy.model_validate({"title": "t", "why": "w"})
    assert raised.value.errors()[0]["loc"] == ("script",)


def test_blank_text_is_not_text():
    with pytest.raises(ValidationError):
        Strategy.model_validate({"title": "   ", "why": "w", "script": "s"})


@pytest.mark.parametrize("ages", [(0, 3), (5, 4), (12, 18)])
def test_story_ages_are_an_ordered_range_inside_1_to_17(library, ages):
    story = next(iter(library.stories.values())).model_dump()
    with pytest.raises(ValidationError, match="youngest"):
        Story.model_validate({**story, "ages": ages})


def test_a_topic_slug_is_any_well_formed_slug_topics_are_library_data(library):
    card = library.topics["picky-eating"].model_dump()
    assert TopicCard.model_validate({**card, "slug": "fussy-eating"}).slug == "fussy-eating"
    with pytest.raises(ValidationError, match="pattern"):
        TopicCard.model_validate({**card, "slug": "Fussy Eating"})


def test_models_are_frozen(library):
    guide = next(iter(library.guides.values()))
    with pytest.raises(ValidationError):
        guide.title = "changed"


def test_library_root_is_recorded(library):
    assert Path(library.root) == SHIPPED
