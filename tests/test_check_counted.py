"""What a count counts is part of its measure (docs/check.md, figure-exclusive): the reader of a
figure's noun, and check on claims of our own words (not the blind sets') whose figure counts
another kind of thing than the fact that holds their other words. The same mechanism over every
fact: tests/check_generated_counted.py."""

from __future__ import annotations

import functools
import json

import pytest
from conftest import assert_checked, run

from beilun_cli.read import quantities
from beilun_cli.read.claims import reading_form
from beilun_cli.read.counted import counted_kind
from beilun_cli.store import catalog
from beilun_cli.verify.counted import fact_kinds

SHIPPED = functools.cache(lambda: catalog.open_base(use_cache=False))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("区里现有党员约5万名", "party-members"),
        ("区里有五万名党员", "party-members"),
        ("the canteens feed roughly 5,000 elderly diners", "elderly"),
        ("当天一共签下21个扩产项目", "projects"),
        # After 个, which fits any noun, a noun before the head is its modifier (工业企业 of 项目);
        # not a noun past another count (八家企业), nor after a classifier of a kind (家).
        ("21个工业企业增资扩产项目集体签约", "projects"),
        ("21个增资扩产项目来自多家企业", "projects"),
        ("8家企业增资扩产项目集体签约", "companies"),
        ("it counts 507 registered volunteer teams", "teams"),
        ("基地每年迎来游客近10万人次", "visits"),
        ("宣讲的受众超8万人次", "listeners"),
        ("区内志愿者队伍有507支", "teams"),
        # A noun after 的 has the figure; the measure of a sum of money stands before it.
        ("总投资66亿元的重大项目", "investment"),
        ("投资4亿美元建设智能制造基地", "investment"),
        ("新增100亿元产值", "output-value"),
        ("三座省级治水“大禹鼎”", "trophies"),
        ("20 red (revolutionary) education bases", "bases"),
        # No noun by the figure: nothing read.
        ("buyers must be under 35", None),
        ("北仑“爱心食堂”已遍布92家", None),
    ],
)
def test_the_noun_a_figure_counts_is_read(text: str, kind: str | None) -> None:
    folded = reading_form(text)
    values, spans = quantities.read_values(folded, [], folded.isascii())
    assert len(values) == 1
    assert counted_kind(folded, spans[0]) == kind


def test_a_fact_counts_the_kind_its_claims_write_and_its_unit_names() -> None:
    base = SHIPPED()
    kinds = {
        ident: fact_kinds(base.fact_record(ident)) for ident in ("love-canteens-92", "volunteer-teams-507")
    }
    assert kinds == {"love-canteens-92": {"canteens"}, "volunteer-teams-507": {"teams"}}


@pytest.mark.parametrize(
    ("claim", "verdict", "evidence"),
    [
        # A count of Party members is no count of visits (近10万人次), nor of volunteers.
        ("北仑的红色教育基地每年接待约5万名党员。", "not-enough-info", None),
        ("The red education bases welcome around 50,000 Party members a year.", "not-enough-info", None),
        # Diners are not canteens (92家).
        ("Each day Beilun's Love Canteens feed some 3,000 elderly diners.", "not-enough-info", None),
        # Output is not the tax per mu (亩均税收147万元).
        ("微科项目投产后新增产值预计可达147万元。", "not-enough-info", None),
        # The same kind still refutes, and supports.
        ("北仑的红色教育基地每年接待游客约5万人次。", "refuted", "red-education-visitors-100k"),
        ("北仑有注册志愿者队伍600支。", "refuted", "volunteer-teams-507"),
        ("Beilun counts 507 registered teams of volunteers.", "supported", "volunteer-teams-507"),
        # Of two facts of projects, the one that states the figure in the claim's words wins.
        (
            "Beautiful Beilun focuses on ten major projects.",
            "supported",
            "beautiful-beilun-ten-major-projects",
        ),
        ("Beautiful Beilun has scheduled 80 key projects.", "refuted", "beautiful-beilun-70-key-projects"),
        # The head of the phrase, not its modifier: projects, not the 8 companies.
        (
            "本月北仑区重点企业增资扩产工作座谈会上,21个工业企业增资扩产项目集体签约。",
            "supported",
            "expansion-symposium-21-projects-signed",
        ),
    ],
)
def test_a_figure_is_judged_only_against_a_count_of_its_kind(
    claim: str, verdict: str, evidence: str | None
) -> None:
    assert_checked(claim, verdict, evidence)


def test_the_json_names_the_rule_of_a_count_of_another_kind() -> None:
    result = run(["check", "--json", "北仑全区有党员约5万名。"])
    assert result.stderr == ""
    answer = json.loads(result.stdout)
    assert (answer["verdict"], answer["rule"], answer["evidence"]) == ("not-enough-info", "no-figure", [])
