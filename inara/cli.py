"""The `inara` command: a thin layer over `inara.Inara`.

Every expected error (bad input, unknown topic, broken library) ends in one
clear message on stderr and exit status 1; never a traceback.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from .errors import InaraError, LibraryError
from .vocab import MATCHERS, REGIONS  # checked by Inara, the one door for both

FORMATS = ("terminal", "markdown", "html", "json", "transcript")  # inara.render.FORMATS, without importing it
OUTPUT = click.option("-o", "--output", "output", type=click.Path(path_type=Path, dir_okay=False),
                      help="Audio file to write (.mp3, or .wav), for the spoken version.")


def write_audio(ctx: click.Context, text: str, output: Path | None) -> None:
    """Say `text` into `output` (through the audio cache) and report where it went."""
    from . import audio

    if output is None:
        raise click.UsageError("audio needs a file to write: add -o FILE.mp3")
    settings = ctx.obj["settings"]
    audio.require(settings.audio)
    with _progress("Rendering audio"):
        written = audio.write(text, output, audio.AudioCache(settings.audio_cache))
    click.echo(f"Wrote {written} ({audio.duration(written) / 60:.1f} minutes of audio)", err=True)


def _progress(label: str):
    from rich.console import Console

    return Console(stderr=True).status(f"{label} (about a second of work for every five seconds of speech)...")


def handle_errors(command):
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except LibraryError as exc:
            for problem in exc.problems:
                click.echo(str(problem), err=True)
            click.echo(f"Error: the library has {len(exc.problems)} problem(s); run `inara check` for the list.", err=True)
            sys.exit(1)
        except InaraError as exc:
            click.echo(f"Error: {exc.message}", err=True)
            sys.exit(1)
    return wrapper


def app(ctx: click.Context):
    """The Inara object, built once per command from the group options."""
    from .app import Inara

    if "inara" not in ctx.obj:
        ctx.obj["inara"] = Inara(**ctx.obj["options"], notify=note, progress=BuildProgress())
    return ctx.obj["inara"]


def note(message: str) -> None:
    click.echo(f"Note: {message}", err=True)


class BuildProgress:
    """Shows an index build on stderr: a bar on a terminal, a few plain lines in a log. A first run
    embeds ~3,800 texts (a few minutes on 2 cores); before this it was minutes of silence."""

    def __init__(self):
        self.bar = None
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        if self.shown < 0:
            click.echo(f"Building the index: embedding {total:,} texts of the library, once "
                       "(a few minutes on 2 cores)...", err=True)
            if sys.stderr.isatty():
                from rich.console import Console
                from rich.progress import Progress

                self.bar = Progress(console=Console(stderr=True), transient=True)
                self.bar.start()
                self.task = self.bar.add_task("Embedding", total=total)
            self.shown = 0
        if self.bar is not None:
            self.bar.update(self.task, completed=done)
        elif done * 5 // total > self.shown * 5 // total or done == total:
            click.echo(f"  {done:,} of {total:,} texts embedded", err=True)
            self.shown = done
        if done == total:
            if self.bar is not None:
                self.bar.stop()
            click.echo("The index is built.", err=True)


def emit_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


class InaraGroup(click.Group):
    def parse_args(self, ctx, args):
        # Bytes that are not UTF-8 reach Python as lone surrogates ("surrogateescape"); every layer
        # after this one (the tokenizer, the terminal, JSON) refuses them with a traceback.
        for arg in args:
            try:
                arg.encode("utf-8")
            except UnicodeEncodeError:
                shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
                raise click.ClickException(f"the argument '{shown}' is not valid UTF-8 text.") from None
        return super().parse_args(ctx, args)


@click.group(cls=InaraGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--library", type=click.Path(path_type=Path, file_okay=False),
              help="A library folder to use instead of the one shipped with Inara. [env: INARA_LIBRARY]")
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False),
              help="The SQLite index file (default: in your user data folder). [env: INARA_DB]")
@click.option("--region", metavar="|".join(REGIONS),
              help="Which emergency and help lines safety messages name (default: generic). [env: INARA_REGION]")
@click.option("--matcher", metavar="|".join(MATCHERS),
              help="How questions are matched to topics (default: fusion). [env: INARA_MATCHER]")
@click.version_option(package_name="inara")
@click.pass_context
def cli(ctx, library, db, region, matcher):
    """Inara: guides for the hard moments of raising a child (ages 1-17)."""
    ctx.ensure_object(dict)
    # Options a caller passed in obj (tests: a deterministic embedder) are kept.
    from .settings import Settings

    settings = Settings.from_environment().given(library=library, db=db, region=region, matcher=matcher)
    ctx.obj["settings"] = settings  # audio and the audio cache, which are not Inara's options
    given = {key: value for key, value in ctx.obj.get("options", {}).items() if value is not None}
    ctx.obj["options"] = {**settings.options(), **given}


@cli.command()
@click.option("--library", "library_path", type=click.Path(path_type=Path, file_okay=False),
              help="The library folder to check (default: the one given to inara, or the shipped one).")
@click.option("--agreement", is_flag=True,
              help="Also screen each guide's 'when to get help' signs and list those the safety screen "
                   "would not flag as the guide does (needs the model; reported, not failing).")
@click.pass_context
def check(ctx, library_path, agreement):
    """Validate the library and list every problem (file, field, what was expected)."""
    from .checking import check as check_folder

    root = library_path or ctx.obj["options"]["library"]
    checked = check_folder(root)
    library, problems = checked.library, checked.problems
    for problem in problems:
        click.echo(str(problem), err=True)
    summary = (f"{len(library.topics)} topics, {len(library.guides)} guides, {len(library.stories)} stories, "
               f"{len(library.references)} references")
    if problems:
        click.echo(f"{summary}: {len(problems)} problem(s).", err=True)
        sys.exit(1)
    for warning in checked.warnings:  # editorial warnings: printed, never failing
        click.echo(f"warning: {warning}")
    click.echo(f"sentences of 8+ words in 3 or more guides: {checked.repeated_share:.2%} ({len(checked.repeated)})")
    if agreement:
        from .agreement import disagreements
        from .app import Inara

        inara = Inara(**{**ctx.obj["options"], "library": library.root})
        signs = sum(len(guide.when_to_get_help) for guide in library.guides.values())
        found = list(disagreements(library, inara.matcher.screen))
        for item in found:
            click.echo(f"warning: {item}")
        click.echo(f"guides and safety screen agree on {signs - len(found)} of {signs} 'when to get help' signs")
    click.echo(f"{summary}: no problems.")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.pass_context
@handle_errors
def stats(ctx, as_json):
    """Count topics, guides per age band, stories and references."""
    from .app import library_stats

    data = library_stats(app(ctx).library)
    if as_json:
        emit_json(data)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Inara library")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("topics", str(data["topics"]))
    for band, count in data["guides"].items():
        table.add_row(f"guides: {band}", str(count))
    table.add_row("stories", str(data["stories"]))
    table.add_row("references", str(data["references"]))
    Console().print(table)


@cli.command()
@click.argument("text", required=False)
@click.option("--age", help="The child's age: years (3, 4.5) or months (18m).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.option("--jsonl", is_flag=True, help='Read {"text": ..., "age_years": ...} lines on stdin; write one result per line.')
@click.option("--safe-now", is_flag=True, help="No one is in danger right now (as `ask --safe-now`).")
@click.pass_context
@handle_errors
def match(ctx, text, age, as_json, jsonl, safe_now):
    """Match a parent's words to topics, after the safety screen."""
    inara = app(ctx)
    if jsonl:
        return match_lines(inara)
    if text is None:
        raise click.UsageError("give the question as TEXT, or use --jsonl")
    result = inara.match(text, age, safe_now)
    if as_json:
        emit_json(result.as_dict())
        return
    click.echo(f"safety: {result.safety.level}" + (f" ({'; '.join(result.safety.reasons)})" if result.safety.reasons else ""))
    click.echo(f"age: {result.age_years if result.age_years is not None else 'unknown'}  band: {result.age_band or 'unknown'}")
    if not result.in_scope:
        click.echo(f"out of scope: {result.message}")
    for topic in result.topics:
        click.echo(f"{topic.score:.3f}  {topic.slug}")


def match_lines(inara) -> None:
    """One result per input line, in order; a line that cannot be used gives {"error": ...} and
    the batch goes on, whatever the line holds (bad bytes, huge numbers, deep nesting)."""
    for number, raw in enumerate(sys.stdin.buffer, 1):
        if not raw.strip():
            continue
        click.echo(json_line(match_line(inara, raw, number)))
        sys.stdout.flush()


def match_line(inara, raw: bytes, number: int) -> dict:
    try:
        item = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return {"error": f"line {number}: not UTF-8 text"}
    except json.JSONDecodeError as exc:
        return {"error": f"line {number}: not valid JSON ({exc.msg})"}
    except RecursionError:
        return {"error": f"line {number}: nested too deeply to read"}
    except ValueError:  # Python refuses integers of more than 4,300 digits
        return {"error": f"line {number}: a number too long to read"}
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        return {"error": f'line {number}: expected an object like {{"text": "...", "age_years": 3}}'}
    try:
        return inara.match(item["text"], item.get("age_years")).as_dict()
    except InaraError as exc:
        return {"error": f"line {number}: {exc.message}"}


def json_line(data: dict) -> str:
    try:
        return json.dumps(data, ensure_ascii=False)
    except UnicodeEncodeError:  # only an error quoting what could not be read: escape it
        return json.dumps(data)


def shown(render, fmt: str) -> None:
    """Print what `render(fmt, color, width)` gives: colour only for the terminal format on a terminal."""
    import shutil

    color = fmt == "terminal" and sys.stdout.isatty()
    click.echo(render(fmt, color=color, width=shutil.get_terminal_size().columns).rstrip("\n"))


@cli.command()
@click.argument("text")
@click.option("--age", help="The child's age: years (3, 4.5) or months (18m).")
@click.option("--voice", default="warm", show_default=True, help="Narrator voice (see `inara voices`).")
@click.option("--format", "fmt", type=click.Choice((*FORMATS, "audio")), default="terminal", show_default=True,
              help="audio: the spoken transcript as an audio file (needs -o and the audio extra).")
@click.option("--safe-now", is_flag=True,
              help="No one is in danger right now: when only a trained reading found an emergency, show its help "
                   "and then the guide (an emergency a rule found stays as it is).")
@OUTPUT
@click.pass_context
@handle_errors
def ask(ctx, text, age, voice, fmt, output, safe_now):
    """Ask about a hard moment; get a guide, or who to call when it can't wait."""
    from . import render

    if fmt == "audio":
        from . import audio

        audio.require(ctx.obj["settings"].audio)  # before the model loads: say at once what is missing
    answer = app(ctx).ask(text, age, voice, safe_now)
    if fmt == "audio":
        write_audio(ctx, render.answer(answer, "transcript"), output)
    else:
        shown(lambda *args, **kwargs: render.answer(answer, *args, **kwargs), fmt)
    if answer.kind == "urgent":
        sys.exit(2)  # scripts can tell an urgent answer from a guide


@cli.command()
@click.argument("topic")
@click.option("--band", required=True, help="toddler, preschool, school-age or teen.")
@click.option("--voice", default="warm", show_default=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="terminal", show_default=True)
@click.pass_context
@handle_errors
def guide(ctx, topic, band, voice, fmt):
    """Show the guide for a topic and age band, without matching."""
    from . import render

    composed = app(ctx).guide(topic, band, voice)
    shown(lambda *args, **kwargs: render.guide(composed, *args, **kwargs), fmt)


@cli.command()
@click.argument("topic")
@click.option("--band", required=True, help="toddler, preschool, school-age or teen.")
@click.option("--voice", default="warm", show_default=True, help="Narrator voice (the words; the sound is Piper's).")
@click.option("--short", is_flag=True, help="Only the In short part: what is going on and the first thing to say.")
@click.option("-o", "--output", "output", required=True, type=click.Path(path_type=Path, dir_okay=False),
              help="The audio file to write: .mp3 (or .wav).")
@click.pass_context
@handle_errors
def speak(ctx, topic, band, voice, short, output):
    """Write a guide read aloud (its transcript) to an audio file, offline with Piper."""
    from . import audio
    from .render.transcript import short_transcript, transcript

    audio.require(ctx.obj["settings"].audio)
    composed = app(ctx).guide(topic, band, voice)
    write_audio(ctx, short_transcript(composed) if short else transcript(composed), output)


@cli.command()
@click.option("--age", help="Only stories that suit this age (years, or months like 18m).")
@click.option("--goal", help="Only stories with this therapeutic goal (see `inara goals`).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@handle_errors
def stories(ctx, age, goal, as_json):
    """List stories, by age and therapeutic goal."""
    found = app(ctx).story_list(age, goal)
    if as_json:
        emit_json(found)  # the shape of /api/stories
        return
    for s in found["stories"]:
        click.echo(f"{s['slug']:40} ages {s['ages'][0]}-{s['ages'][1]:<3} {s['title']}")
    if not found["stories"]:
        past = found["past_the_stories"]
        if past:
            bands = " or ".join(g["band"] for g in past["guides"])
            click.echo(f"{past['message']} See `inara guide TOPIC --band {bands}`.", err=True)
        else:
            click.echo("No stories match.", err=True)


@cli.command()
@click.argument("slug")
@click.option("--name", help="Read it with your child's first name in place of the main character's (used for this output only).")
@click.option("--pronouns", type=click.Choice(["she", "he", "they"]),
              help="The pronouns the main character takes (with or without --name).")
@click.option("--format", "fmt", type=click.Choice(["terminal", "markdown", "json"]), default="terminal", show_default=True)
@click.option("--audio", "as_audio", is_flag=True, help="Write the story read aloud to -o FILE (needs the audio extra).")
@OUTPUT
@click.pass_context
@handle_errors
def story(ctx, slug, name, pronouns, fmt, as_audio, output):
    """Print one story, or read it aloud into an audio file."""
    from .render.markdown import story_markdown

    inara = app(ctx)
    found = inara.story(slug)
    if as_audio:
        from .render.transcript import story_transcript

        write_audio(ctx, story_transcript(found, name, pronouns), output)
        return
    if fmt == "json":
        emit_json(inara.story_data(slug, name, pronouns))  # the shape of /api/stories/{slug}
        return
    text = story_markdown(found, name, pronouns)
    if fmt == "markdown":
        click.echo(text)
    else:
        from rich.console import Console
        from rich.markdown import Markdown

        Console().print(Markdown(text))


@cli.command()
@click.pass_context
@handle_errors
def goals(ctx):
    """List the therapeutic goals stories and topics share."""
    for goal in app(ctx).library.goals.values():
        click.echo(f"{goal.slug:28} {goal.title}")


@cli.command()
@click.pass_context
@handle_errors
def voices(ctx):
    """List the narrator voices."""
    for voice in app(ctx).library.voices.values():
        click.echo(f"{voice.name:10} {voice.description}")


@cli.command(name="eval")
@click.argument("file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True)
@click.option("--misses", is_flag=True, help="Also list the questions whose top topic was wrong.")
@click.option("--also-acceptable", "extra", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="A JSONL of {id, acceptable: [slugs]} adding acceptable topics (a relabel against a larger library).")
@click.option("--safe-now", is_flag=True,
              help="Score the answers after a parent told 'no one is in danger right now' (as `ask --safe-now`): an "
                   "emergency only a trained reading found keeps its level and is matched as well.")
@click.pass_context
@handle_errors
def evaluate_command(ctx, file, as_json, misses, extra, safe_now):
    """Measure matching on a labelled JSONL file."""
    from .evaluate import evaluate, read_items, with_acceptable

    inara = app(ctx)
    items = read_items(file)
    if extra:
        with_acceptable(items, extra)
    report = evaluate((lambda text, age: inara.match(text, age, safe_now=True)) if safe_now else inara.match, items,
                      inara.matcher.guide_topic)
    if as_json:
        emit_json(report.as_dict() if misses else {"counts": report.counts, "metrics": report.metrics})
        return
    m = report.metrics
    click.echo(f"questions: {report.counts['questions']}  (with a topic: {report.counts['with_topic']})  matcher: {inara.matcher.method}")
    for key in ("top1", "top3", "band_accuracy", "out_of_scope_precision", "out_of_scope_recall", "in_scope_refused"):
        click.echo(f"{key:24} {m[key] if m[key] is not None else 'n/a'}")
    for level, value in m["safety_recall"].items():
        click.echo(f"{'recall ' + level:24} {value}")
    for key, value in m["outcomes"].items():
        click.echo(f"{key:24} {value if value is not None else 'n/a'}")
    confusion = report.counts["confusion"]
    columns = ("fit", "close-call", "wrong-guide", "no-guide", "out-of-scope")
    click.echo("outcome (rows: expected)  " + " ".join(f"{c:>12}" for c in columns))
    for row in ("fit", "no-guide", "out-of-scope"):
        if row in confusion:
            click.echo(f"{row:26}" + " ".join(f"{confusion[row].get(c, 0):>12}" for c in columns))
    if misses:
        for miss in report.misses:
            click.echo(f"miss {miss['id']}: expected {miss['expected']}, got {', '.join(miss['got']) or '-'}")


@cli.command()
@click.pass_context
@handle_errors
def index(ctx):
    """Build or refresh the SQLite index now (it is also refreshed automatically)."""
    inara = app(ctx)
    before = inara.store.embedded_now  # an Inara reused in process may have embedded before
    inara.warm_up()  # embeds every phrasing not embedded before
    click.echo(f"index: {inara.store.path} ({'rebuilt' if inara.rebuilt else 'up to date'}; "
               f"{inara.store.embedded_now - before} new embeddings; matcher: {inara.matcher.method})")


def cores() -> int:
    from .web import cores

    return cores()


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--access-log", is_flag=True, help="Log request lines (off by default: they can carry what parents typed).")
@click.option("--workers", default=cores, show_default="one per core", type=click.IntRange(1, 64),
              help="Worker processes, each matching one question at a time and answering 503 (Retry-After) "
                   "when a question would wait over half a second.")
@click.pass_context
@handle_errors
def serve(ctx, host, port, access_log, workers):
    """Run the web site and JSON API (SQLite embedded; nothing to install)."""
    from .web import limit_threads

    limit_threads()  # before anything imports NumPy: the workers inherit it
    from .app import check_settings

    check_settings(ctx.obj["options"]["region"], ctx.obj["options"]["matcher"])  # before workers start
    from .web.server import serve as run

    click.echo(f"Inara on http://{host}:{port}/  ({workers} worker(s); Ctrl-C to stop)", err=True)
    settings = ctx.obj["settings"]
    run(host=host, port=port, access_log=access_log, workers=workers, audio=settings.audio,
        audio_cache=settings.audio_cache, **ctx.obj["options"])  # settings.options()


@cli.command(name="build-site")
@click.argument("out_dir", type=click.Path(path_type=Path, file_okay=False))
@click.option("--base-url", default="", help="The site's public address, for sitemap.xml (none without it) "
              "and the 404 page's links (links in other pages stay relative either way).")
@click.option("--audio", "with_audio", is_flag=True, help="Also read every guide aloud into MP3 files with a Listen "
              "control on each page (needs the audio extra; hours of CPU the first time, cached after).")
@click.pass_context
@handle_errors
def build_site(ctx, out_dir, base_url, with_audio):
    """Write the whole site as static files for any web host (relative links)."""
    from .web.static import build_site as build

    settings = ctx.obj["settings"]
    if with_audio:
        from . import audio

        audio.require(settings.audio)
    from .web.static import check_base_url

    base_url = check_base_url(base_url)
    count = build(app(ctx), out_dir, base_url=base_url, progress=True, audio=with_audio,
                  audio_cache=settings.audio_cache)
    click.echo(f"Wrote {count} files to {out_dir}")
    if not base_url:
        click.echo("Note: no sitemap.xml, since a sitemap needs the site's address: give --base-url "
                   "https://your.site/path/ to write one.", err=True)


def main():
    cli(obj={})
