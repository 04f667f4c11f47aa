"""The spoken version of a composed guide.

Derived from the same structure as the page, never written separately:
no headings, lists become spoken sequences ("First, ... Then, ..."),
citation numbers become spoken attributions, story cards become a short
recommendation, and the voice opens and closes it.
"""

from __future__ import annotations

from ..compose.guide import ComposedGuide
from ..matching.matcher import MatchResult
from .common import first_sentences, journal, lower_first, paragraphs, sentence, spoken_authors


def _sequence(voice, index: int, total: int) -> str:
    words = voice.sequence
    if index == total - 1 and total > 1:
        return words[-1]
    return words[min(index, len(words) - 2)]


def _attribution(reference) -> str:
    return f"That comes from {spoken_authors(reference)}, writing in {journal(reference)} in {reference.year}."


def transcript(composed: ComposedGuide) -> str:
    g, voice = composed.guide, composed.voice
    spoken: list[str] = [voice.greeting]
    spoken += composed.notes
    # Spoken, the page is shortened the same way every time: whole hook, reframe and closing,
    # the first paragraphs of the why, and the opening sentences of each finding and item.
    spoken += paragraphs(g.hook) + paragraphs(g.reframe) + paragraphs(g.why_at_this_age)[:2]
    spoken.append(voice.research_intro)
    for finding in composed.findings:
        spoken.append(first_sentences(finding.point, 2) + " " + _attribution(finding.reference))
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
        spoken.append(f"{_sequence(voice, index, total)} {lower_first(sentence(item.title))} {first_sentences(item.why, 1)}")
    for number, pick in enumerate(composed.stories[:1]):  # one spoken recommendation, as a narrator would
        s = pick.story
        intro = voice.stories_intro if number == 0 else "There is another one you might like."
        spoken.append(f"{intro} It's called {s.title}, and it's for children aged {s.ages[0]} to {s.ages[1]}. "
                      f"{sentence(s.special)} The lesson your child can take away: {lower_first(sentence(s.key_lesson))} "
                      f"After you read it together, {lower_first(sentence(s.talking_point))}")
    if composed.ladder_step:
        step = composed.ladder_step
        spoken.append(f"{voice.ladder_intro} {lower_first(sentence(step.title))} {sentence(step.example)} {sentence(step.how)}")
    spoken += paragraphs(g.closing)
    if composed.next:
        spoken.append(f"When you're ready, the next guide in this series is called {sentence(composed.next.title)}")
    spoken.append(voice.goodbye)
    return "\n\n".join(spoken) + "\n"


def safety_transcript(match: MatchResult) -> str:
    s = match.safety
    if not s.categories:
        return "\n\n".join([*s.reasons, s.message]) + "\n"
    spoken = []
    for c in s.categories:
        spoken += [c["title"], c["do_now"], c["call"]]
        if c.get("say") and s.level == "urgent":
            spoken.append(c["say"])
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
    if answer.no_guide is not None:
        parts.append(no_guide_transcript(answer.no_guide))
    elif answer.guide is not None:
        parts.append(transcript(answer.guide))
        if answer.alternative:
            parts.append(f"If this wasn't quite it, there is also a guide called {answer.alternative['title']}.\n")
    else:
        parts.append((match.message or "") + "\n")
    return "\n".join(parts)
