r"""What a regular expression cannot match without: strings read from the pattern itself, so that
a text which holds none of them is known not to match without running the pattern.

The safety rules are about 800 patterns in eight languages, and Python's `re` runs each over the
whole question: most of a screen's time went on patterns that could not match (the Polish rules
on an English question, the Spanish ones on a French question). Every rule still reads every
question, whatever its language (text that mixes two, a language misdetected): a pattern is
passed over only when it provably has no match in the text, so the findings are those of running
it.

A pattern is read once from its parse tree (`re._parser`, what `re.compile` parses) into needs,
each a set of strings one of which must be in the text; a match meets all of them. For
`\b(?:se )?trag\w*[^.!?]{0,60}\bpilas?\b` they are {"trag"} and {"pila"}. A stretch of fixed
parts is one string ("se trago"), a small choice a few strings ("se trago", "se comio"), and what
can match text that is not known (`\w`, `.`, `[^...]`, anything optional) needs nothing. A choice
between larger parts needs one of the strings that each part needs most telling. Strings are cut
to their first GRAM characters, so that a text is read once, into its substrings of at most GRAM
characters, and then each pattern's test is one integer operation (`Requirements`).

What the reading does not know how to follow (a case-insensitive part, a back-reference, an
opcode not listed here, a parser that changed) needs nothing: that pattern always runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

try:
    from re import _constants as OP
    from re import _parser
except ImportError:  # another Python's private parser: every pattern always runs
    _parser = None

GRAM = 6  # strings are cut to this many characters: six tell "trago" from "tragedy"'s "trag"
EXACT = 8  # the most strings a fixed stretch is followed as ("se trago", "se comio"...) before it is cut

Need = frozenset[str]  # one of these strings is in any text a match is found in
Needs = tuple[Need, ...]  # a match meets every one (none: nothing is known, the pattern always runs)

_REPEATS = () if _parser is None else (OP.MAX_REPEAT, OP.MIN_REPEAT, OP.POSSESSIVE_REPEAT)
_ZERO_WIDTH = () if _parser is None else (OP.AT, OP.ASSERT, OP.ASSERT_NOT)


# Needs read before, by pattern source (`remember`): the safety rules keep theirs on disk, so a new
# process neither parses nor compiles a pattern it does not run.
_remembered: dict[str, Needs] = {}


def remember(known: dict[str, Needs]) -> None:
    """Needs read before (by `needs`, in this Python), by pattern source."""
    _remembered.update(known)


@cache
def needs(pattern) -> Needs:
    """What every match of `pattern` (a compiled pattern, or anything with its `pattern` source
    and `flags`) meets."""
    if isinstance(pattern.pattern, str) and not pattern.flags and pattern.pattern in _remembered:
        return _remembered[pattern.pattern]
    if _parser is None or pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return ()
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        if tree.state.flags & re.IGNORECASE:
            return ()
        exact, needed = _sequence(tree)
    except Exception:  # noqa: BLE001 (a private parser that changed: the pattern runs, as it always did)
        return ()
    return tuple(dict.fromkeys(_of_strings(exact) if exact is not None else needed))


def one_of(alternatives: list[Needs]) -> Needs:
    """What any match of one of `alternatives` meets: the strings of each one's most telling need
    (nothing, if one of them needs nothing). For a whole rule, so that a rule none of whose
    patterns can match is passed over in one test."""
    if any(not needed for needed in alternatives):
        return ()
    return _of_strings(set().union(*(max(needed, key=_telling) for needed in alternatives)))


class Requirements:
    """The needs of many patterns over one vocabulary: a text is read once (`met`) into the needs
    it meets, as the bits of an int, and each pattern's needs are one mask of those bits."""

    def __init__(self) -> None:
        self._bit: dict[Need, int] = {}
        self._needs_with: dict[str, int] = {}  # a string: the bits of the needs it is one of
        self._vocabulary: frozenset[str] | None = None  # every such string, made again after a need is added

    def mask(self, needed: Needs) -> int:
        """The bits of `needed` (0: nothing needed)."""
        mask = 0
        for need in needed:
            if need not in self._bit:
                self._bit[need] = bit = 1 << len(self._bit)
                for string in need:
                    self._needs_with[string] = self._needs_with.get(string, 0) | bit
                self._vocabulary = None
            mask |= self._bit[need]
        return mask

    def met(self, text: str) -> int:
        """The needs `text` meets, as bits: a mask with a bit outside them cannot match. (Only for
        masks made before the text was read: a need added after is not looked for.)"""
        if self._vocabulary is None:
            self._vocabulary = frozenset(self._needs_with)
        bits = 0
        for string in grams(text) & self._vocabulary:
            bits |= self._needs_with[string]
        return bits


def grams(text: str) -> frozenset[str]:
    """Every substring of `text` of at most GRAM characters."""
    return frozenset(text[start:start + size] for size in range(1, GRAM + 1) for start in range(len(text) - size + 1))


# --- reading the parse tree ---------------------------------------------------------------------
# Each part gives (exact, needed): `exact` is the few strings the part can match, when they are
# known (then `needed` is None); otherwise None, and what the part's matches meet.


def _of_strings(strings: set[str]) -> Needs:
    """One of `strings` is in the text (nothing is needed when one of them is empty)."""
    if not strings or "" in strings:  # (no strings at all cannot happen; if it did, the pattern runs)
        return ()
    kept: set[str] = set()
    for string in sorted({string[:GRAM] for string in strings}, key=len):
        # a string that holds another adds nothing: the shorter one is there whenever it is (its
        # substrings looked up, not every kept string tried: a rule's union has hundreds)
        if not grams(string) & kept:
            kept.add(string)
    return (frozenset(kept),)


def _telling(need: Need) -> tuple[int, int]:
    """Longer strings are rarer in a text, and fewer of them too."""
    return min(map(len, need)), -len(need)


def _chars(items) -> set[str] | None:
    """The characters of a class like [lł] or [a-c], when it lists a few; None otherwise."""
    out: set[str] = set()
    for op, value in items:
        if op is OP.LITERAL:
            out.add(chr(value))
        elif op is OP.RANGE and value[1] - value[0] < EXACT:
            out.update(chr(code) for code in range(value[0], value[1] + 1))
        else:  # NEGATE, CATEGORY (\w, \d), a wide range: not a few known characters
            return None
    return out if len(out) <= EXACT else None


def _part(op, value) -> tuple[set[str] | None, Needs | None]:
    if op is OP.LITERAL:
        return {chr(value)}, None
    if op is OP.IN:
        chars = _chars(value)
        return (chars, None) if chars is not None else (None, ())
    if op in _ZERO_WIDTH:  # \b, ^, $, lookarounds: they test the text but match none of it
        return {""}, None
    if op is OP.SUBPATTERN:
        _group, add_flags, _del_flags, items = value
        if add_flags & re.IGNORECASE:
            return None, ()
        return _sequence(items)
    if op is OP.ATOMIC_GROUP:
        return _sequence(value)
    if op is OP.BRANCH:
        branches = [_sequence(items) for items in value[1]]
        if all(exact is not None for exact, _ in branches):
            union = set().union(*(exact for exact, _ in branches))
            if len(union) <= EXACT:
                return union, None
        return None, one_of([_of_strings(exact) if exact is not None else needed for exact, needed in branches])
    if op in _REPEATS:
        low, high, items = value
        if low == 0:
            return None, ()
        exact, needed = _sequence(items)
        if low == high == 1:
            return exact, needed
        return None, _of_strings(exact) if exact is not None else needed
    return None, ()  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, anything else: not known


_WORD = object()  # a run of literal characters, read as one string


def _words(items) -> Iterator[tuple[object, object]]:
    """The parts, with each run of literal characters ("t", "r", "a", "g") joined ("trag")."""
    run: list[str] = []
    for op, value in items:
        if op is OP.LITERAL:
            run.append(chr(value))
            continue
        if run:
            yield _WORD, "".join(run)
            run = []
        yield op, value
    if run:
        yield _WORD, "".join(run)


def _sequence(items) -> tuple[set[str] | None, Needs | None]:
    """Parts one after the other: a stretch of exact parts is one set of strings (their
    concatenations), and the sequence meets what each stretch and each other part needs."""
    needed: list[Need] = []
    stretch = {""}
    whole = True  # every part exact, and few enough concatenations to follow them all
    for op, value in _words(items):
        exact, part_needs = ({value}, None) if op is _WORD else _part(op, value)
        if exact is not None and len(stretch) * len(exact) <= EXACT:
            stretch = {before + after for before in stretch for after in exact}
            continue
        whole = False
        needed += _of_strings(stretch)
        stretch = set(exact) if exact is not None else {""}
        needed += part_needs or ()
    if whole:
        return stretch, None
    needed += _of_strings(stretch)
    return None, tuple(needed)
