"""The data files of inara/data/ that people edit, each read through a typed model
(`extra="forbid"`): safety_categories.yaml and safety.yaml (models in safety.py), resources.yaml,
out_of_scope.yaml and safety_examples.yaml (the exemplars scripts/train_safety.py reads).
A mistake is `file: field: what was expected`, every one in a file at once, never a KeyError or
a traceback; `inara check` reads them all (data_problems)."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field

from ..errors import Problem
from .safety import SafetyDataError, _Strict, categories, resources, rules, typed


class OutOfScope(_Strict):
    message: str = Field(min_length=1)  # what Inara says it covers instead
    examples: list[str] = Field(min_length=1)  # questions outside it, a class of their own in matching


class Exemplars(_Strict):
    urgent: dict[str, list[str]]
    see_professional: dict[str, list[str]] = Field(alias="see-professional")
    ok: list[str]


@lru_cache(maxsize=1)
def out_of_scope() -> dict:
    return typed("out_of_scope.yaml", OutOfScope).model_dump()


def exemplars() -> Exemplars:
    return typed("safety_examples.yaml", Exemplars)


def data_problems() -> list[Problem]:
    """Every problem in every data file, read afresh (not from the caches serving uses)."""
    problems = []
    for load in (categories, rules, resources, out_of_scope, exemplars):
        try:
            getattr(load, "__wrapped__", load)()
        except SafetyDataError as exc:
            problems += exc.problems
    return problems
