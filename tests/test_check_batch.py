"""`check -` answers each line as if it were alone: what check keeps from one claim to the next
(the markers, places, open lists and marker words of a text; the concepts' signature of a fact's
words: verify/kept.py) is the same whichever claim asked first, and no caller can change it.

Generated claims (tests/check_generated.py: own claims, rewrites, perturbations and additions of
every eighth of them, over every fact) are checked in one process in their order and in another
in the reverse order: the answers must be the same, line for line.
"""

from __future__ import annotations

import functools
import json
import subprocess

from check_generated import cases
from conftest import installed_script

from beilun_cli.read import markers
from beilun_cli.store import catalog
from beilun_cli.verify.lists import open_lists
from beilun_cli.verify.places import places_in

SHIPPED = functools.cache(lambda: catalog.open_base(use_cache=False))


def _answers(claims: list[str]) -> dict[str, str]:
    """Each claim's JSON answer from one `check -` process, by claim."""
    result = subprocess.run(
        [installed_script(), "check", "-", "--format", "jsonl"],
        input="".join(f"{claim}\n" for claim in claims),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert len(lines) == len(claims)
    return {json.loads(line)["claim"]: line for line in lines}


def test_a_batch_answers_each_claim_whatever_came_before() -> None:
    generated = list(cases(SHIPPED()))[::8]
    claims = list(dict.fromkeys(case.claim for case in generated if not case.claim.startswith("#")))
    assert len(claims) > 900
    forward = _answers(claims)
    backward = _answers(claims[::-1])
    assert forward.keys() == set(claims)
    differing = [claim for claim in claims if forward[claim] != backward[claim]]
    assert differing == []


def test_what_is_kept_for_the_next_claim_is_handed_out_as_a_copy() -> None:
    text = "北仑是宁波唯一的国家级生态区，拥有中国女排、国家跳水队等国家队训练基地"
    kept = (markers.markers_of(text), markers.marker_words(text), places_in(text), open_lists(text))
    assert kept[0] == {"only"}
    assert kept[1] == {"only": "唯一"}
    assert [written for written, _ in kept[2]] == ["北仑", "宁波", "中国"]
    assert [found.members for found in kept[3]] == [("拥有中国女排", "国家跳水队")]
    for found in kept:
        found.clear()
    assert markers.markers_of(text) == {"only"}
    assert markers.marker_words(text) == {"only": "唯一"}
    assert [written for written, _ in places_in(text)] == ["北仑", "宁波", "中国"]
    assert [found.members for found in open_lists(text)] == [("拥有中国女排", "国家跳水队")]
