"""`inara check`: a library folder through every stage, each a separate step, and every
problem from all of them at once.

1. read       content/loader.py     files parsed into typed models (file: field: expected), and
                                    the data files of inara/data/ (matching/data_files.py)
2. structure  content/checks.py     ids that exist, the guide anatomy: whether it can be served
3. editorial  content/quality.py    reading level, length, near-copies, spelling, orphans
4. composed   here                  what the composer makes of it: stories picked for every
                                    guide, every transcript written for the ear

Stage 4 sits here, above content and compose, because it runs the composer: the content
package reads and checks files and never imports what is built on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .compose.guide import compose
from .compose.stories import fits, pick_stories
from .content.checks import check_library
from .content.loader import default_library_path, read_library
from .content.models import Library
from .content.quality import CONFIG_PATH, load_config, quality_problems
from .content.report import number_warnings, repeated_sentences
from .errors import Problem
from .matching.data_files import data_problems
from .render.transcript import ear_problems, transcript


@dataclass
class Checked:
    library: Library
    problems: list[Problem]
    warnings: list[Problem] = field(default_factory=list)  # editorial, printed and never failing
    repeated_share: float = 0.0  # sentences of 8+ words in 3 or more guides
    repeated: list = field(default_factory=list)


def check(root: Path | str | None = None, config_path: Path = CONFIG_PATH) -> Checked:
    """Every stage; the warnings and figures only for a library without problems."""
    library, problems = read_library(root if root is not None else default_library_path())
    if not library.root.is_dir():  # read_library already said so; 17 "missing topic" lines would only bury it
        return Checked(library, problems)
    problems += data_problems()
    problems += check_library(library)
    problems += quality_problems(library, config_path)
    problems += story_pick_problems(library, config_path)
    if not problems:  # a transcript is composed from the whole guide: only once the rest holds
        problems += transcript_problems(library)
    if problems:
        return Checked(library, problems)
    share, repeated = repeated_sentences(library)
    return Checked(library, problems, list(number_warnings(library)), share, repeated)


def story_pick_problems(library: Library, config_path: Path = CONFIG_PATH) -> list[Problem]:
    """Stories for every guide: what the composer would pick, where the library has stories for
    the band (the thresholds are in quality.yaml's stories_per_guide)."""
    config, problems = load_config(config_path)
    if config is None:
        return []  # quality_problems has said why
    wanted = config.stories_per_guide
    out = []
    for key, guide in library.guides.items():
        if guide.band not in wanted.bands or guide.topic not in library.topics:
            continue
        if not any(fits(story, guide.band) for story in library.stories.values()):
            continue  # no stories for this band at all: nothing to pick from
        picks = pick_stories(library, guide, limit=wanted.min)
        if len(picks) < wanted.min:
            out.append(Problem(
                library.source("guide", key), "stories",
                f"at least {wanted.min} stories for this guide (a shared goal or topic, ages that fit {guide.band}), "
                f"got {len(picks)}",
            ))
    return out


def transcript_problems(library: Library) -> list[Problem]:
    """Every guide's transcript, in every voice, written for the ear."""
    problems = []
    for key, guide in sorted(library.guides.items()):
        for voice in sorted(library.voices):
            composed = compose(library, guide.topic, guide.band, voice)
            for problem in ear_problems(transcript(composed), composed):
                problems.append(Problem(library.source("guide", key), f"transcript ({voice} voice)", problem))
    return problems
