"""The spoken version of a composed guide.

Derived from the same structure as the page, never written separately:
no headings, lists become spoken sequences ("First, ... Then, ..."),
citation numbers become spoken attributions, story cards become a short
recommendation, and the voice opens and closes it.
"""

from __future__ import annotations

import re

from ..compose.guide import ComposedGuide
from ..matching.matcher import MatchResult, english_part_message
from ..matching.safety import set_aside_text
from .common import first_sentences, lower_first, paragraphs, sentence, speakable, spoken_authors, surname

CONTRACTION = re.compile(r"n't|'re|'ll|'m\b|'ve", re.IGNORECASE)


def _sequence(voice, index: int, total: int) -> str:
    words = voice.sequence
    if index == total - 1 and total > 1:
        return words[-1]
    return words[min(index, len(words) - 2)]


def _attribution(reference, point: str) -> str:
    """Who found it, said once: a researcher's name, never a venue, a URL or a bracket. Most points
    already name the researchers; then nothing is added."""
    if surname(reference.authors[0]) in point:
        return ""
    return f" That comes from the work of {spoken_authors(reference)}, in {reference.year}."


def _because(why: str) -> str:
    reason = first_sentences(why, 1)
    reason = reason[len("Because "):] if reason.startswith("Because ") else reason
    return lower_first(reason)


def spoken_avoid(title: str, why: str) -> str:
    """'Big kids don't cry' is a thing parents say: 'try not to say "big kids don't cry", because
    ...'; 'Over-the-top praise' is a thing they do: 'try to avoid over-the-top praise, because ...'."""
    title = title.rstrip(".")
    first_word = title.split()[0]
    if CONTRACTION.search(title) and not first_word.endswith("ing") and '"' not in title:
        return f'try not to say "{lower_first(title)}", because {_because(why)}'
    return f"try to avoid {lower_first(title)}, because {_because(why)}"


def first_screen_spoken(composed: ComposedGuide) -> list[str]:
    first = composed.first
    spoken = [f"Here it is in short. {first.what}"]
    for index, script in enumerate(first.try_first):
        spoken.append(f"{'If you try one thing first, you might say' if index == 0 else 'Or you might say'}: {script}")
    if first.get_help:
        spoken.append("And please get help, rather than wait, if any of these is true.")
        spoken += [sentence(sign) for sign in first.get_help]
    return spoken


def transcript(composed: ComposedGuide) -> str:
    """The guide as a narrator says it: the In short block first, then the guide shortened the
    same way every time; every paragraph made speakable (no brackets, no citation details)."""
    g, voice = composed.guide, composed.voice
    spoken: list[str] = [voice.greeting]
    spoken += composed.notes
    spoken += first_screen_spoken(composed)
    spoken.append("Now, let's take it a little more slowly.")
    # Spoken, the page is shortened the same way every time: whole hook, reframe and closing,
    # the first paragraph of the why, and the opening sentences of each finding and item.
    spoken += paragraphs(g.hook) + paragraphs(g.reframe) + paragraphs(g.why_at_this_age)[:1]
    spoken.append(voice.research_intro)
    for finding in composed.findings:
        point = first_sentences(finding.point, 2)
        spoken.append(point + _attribution(finding.reference, point))
    spoken.append(f"Here is another way to see it: {lower_first(sentence(g.perspective.title))}")
    spoken += paragraphs(g.perspective.body)
    spoken.append(voice.strategies_intro)
    total = len(g.strategies)
    for index, item in enumerate(g.strategies):
        lead = _sequence(voice, index, total)
        spoken.append(f"{lead} {lower_first(sentence(item.title))} {first_sentences(item.why, 1)} "
                      f"You might say: {item.script}")
    spoken.append(voice.avoid_intro)
    total = len(g.avoid)
    for index, item in enumerate(g.avoid):
        spoken.append(f"{_sequence(voice, index, total)} {spoken_avoid(item.title, item.why)}")
    for number, pick in enumerate(composed.stories[:1]):  # one spoken recommendation, as a narrator would
        s = pick.story
        intro = voice.stories_intro if number == 0 else "There is another one you might like."
        spoken.append(f"{intro} It's called {s.title}, and it's for children aged {s.ages[0]} to {s.ages[1]}. "
                      f"{sentence(s.special)} The lesson your child can take away: {lower_first(sentence(s.key_lesson))} "
                      f"After you read it together, {lower_first(sentence(s.talking_point))}")
    if g.conversation:
        talk = g.conversation
        spoken.append(f"Here is a conversation worth having: {lower_first(sentence(talk.title))} "
                      f"You could start with: {talk.opener} {first_sentences(talk.body, 2)}")
    if composed.ladder_step:
        step = composed.ladder_step
        spoken.append(f"{voice.ladder_intro} {lower_first(sentence(step.title))} {sentence(step.example)} {sentence(step.how)}")
    spoken += paragraphs(g.closing)
    if composed.next:
        spoken.append(f"When you're ready, the next guide in this series is called {sentence(composed.next.title)}")
    spoken.append(voice.goodbye_for(g.band))
    return "\n\n".join(speakable(part) for part in spoken) + "\n"


def short_transcript(composed: ComposedGuide) -> str:
    """The first thing to hear, ready in seconds: what is going on and the first thing to say."""
    first = composed.first
    spoken = [f"Here it is in short. {first.what}",
              f"If you try one thing first, you might say: {first.try_first[0]}"]
    return "\n\n".join(speakable(part) for part in spoken) + "\n"


def story_transcript(story, name: str | None = None, pronouns: str | None = None) -> str:
    from ..compose.personalise import personalise, personalise_title

    text = personalise(story, name, pronouns) if name or pronouns else story.text
    return "\n\n".join(speakable(part) for part in [f"{personalise_title(story, pronouns)}.", *paragraphs(text)]) + "\n"


# What a transcript must never say aloud (`inara check` and tests/test_transcript.py).
URL = re.compile(r"https?://|www\.|doi\.org|\bdoi:", re.IGNORECASE)
BRACKET = re.compile(r"[()\[\]{}]")
YEAR_IN_BRACKETS = re.compile(r"\(\s*(1[89]|20)\d\d[a-z]?\s*\)")
# Phrases that name a child of another age: the closing for a teen is not "that little one".
BAND_WRONG = {
    "toddler": ("your teenager", "your teen ", "your teen,", "your teen."),
    "preschool": ("your teenager", "your teen ", "your teen,", "your teen."),
    "school-age": ("that little one", "your little one", "your toddler", "your preschooler"),
    "teen": ("that little one", "your little one", "your toddler", "your preschooler", "little ones"),
}


def ear_problems(text: str, composed: ComposedGuide) -> list[str]:
    """What in a transcript is written for the eye, not the ear: each as 'what was expected'."""
    from .common import journal

    out = []
    if URL.search(text):
        out.append(f"no URL or DOI, found '{URL.search(text).group(0)}'")
    if YEAR_IN_BRACKETS.search(text):
        out.append(f"no year in brackets, found '{YEAR_IN_BRACKETS.search(text).group(0)}'")
    elif BRACKET.search(text):
        found = BRACKET.search(text)
        out.append(f"no brackets, found '{text[max(0, found.start() - 30):found.end() + 30]}'")
    for citation in composed.citations:
        venue = journal(citation.reference)
        # A one-word venue ("Pediatrics") is also a word of the organisations guides name ("the
        # American Academy of Pediatrics"): only its use as a venue counts.
        pattern = re.escape(venue) if " " in venue else rf"\b(?:in|for) (?:the )?{re.escape(venue)}\b"
        if len(venue) > 4 and re.search(pattern, text):
            out.append(f"no venue, found '{venue}' ({citation.reference.id})")
    lowered = text.lower()
    for phrase in BAND_WRONG.get(composed.guide.band, ()):
        if phrase in lowered:
            out.append(f"words for a {composed.guide.band} guide, found '{phrase.strip()}'")
    return out


def safety_transcript(match: MatchResult) -> str:
    s = match.safety
    if not s.categories:
        return "\n\n".join([*s.reasons, s.message]) + "\n"
    spoken = []
    for c in s.categories:
        spoken += [c["title"], c["do_now"], c["call"]]
        if c.get("say") and s.level == "urgent":
            spoken.append(c["say"])
    if s.set_aside:
        spoken.append(set_aside_text(s.language, "done"))
    return "\n\n".join(spoken) + "\n"


def no_guide_transcript(no_guide) -> str:
    spoken = [no_guide.headline, no_guide.understood]
    if no_guide.nearest:
        titles = [n.guide.title for n in no_guide.nearest]
        listed = titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]
        spoken.append(f"The nearest guides we have are {listed}. {no_guide.nearest[0].why}")
    if no_guide.principles:
        spoken.append(no_guide.principles.intro)
        spoken += [f"{p.title}. {p.body}" for p in no_guide.principles.principles]
    spoken.append(no_guide.where_to_go)
    return "\n\n".join(spoken) + "\n"


def answer_transcript(answer) -> str:
    match = answer.match
    if answer.kind == "urgent":
        return safety_transcript(match)
    parts = [safety_transcript(match)] if match.safety.level != "ok" else []
    if match.english_sentences_only:  # the voice is English: the note's English half
        parts.append(english_part_message("en") + "\n")
    if answer.no_guide is not None:
        parts.append(no_guide_transcript(answer.no_guide))
    elif answer.guide is not None:
        parts.append(transcript(answer.guide))
        if answer.alternative:
            parts.append(f"If this wasn't quite it, there is also a guide called {answer.alternative['title']}.\n")
    else:
        parts.append((match.message or "") + "\n")
    return "\n".join(parts)
