"""beilun ask on the families of questions the blind sets found it weak on: the article's own
record asked in any words for it (its title, a news piece, the outlet that ran the story)."""

from __future__ import annotations

import json

import pytest
from conftest import run


@pytest.mark.parametrize(
    ("question", "field", "text"),
    [
        # The article named by a noun for it, whatever words describe it between.
        ("Which news outlet published the Beilun twin-city strategy article?", "outlet", "China Ningbo Net"),
        ("which news site ran the Beilun twin city strategy story", "outlet", "China Ningbo Net"),
        (
            "what's the headline of this news piece",
            "title",
            "Beilun's Twin-City Strategy opens a new pattern of development",
        ),
        # A date asked without a question word; the article named by its title.
        ("文章发布日期", "published", "2019年9月16日（精确到日）"),
        ("北仑“双城战略”拉开发展新格局 发布日期", "published", "2019年9月16日（精确到日）"),
        ("北仑双城战略拉开发展新格局这篇报道的发布日期", "published", "2019年9月16日（精确到日）"),
    ],
)
def test_the_article_s_record_is_asked_in_any_words(question: str, field: str, text: str) -> None:
    result = run(["ask", question, "--json"])
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)["answer"]
    assert (found["kind"], found["field"], found["text"]) == ("source", field, text)


def test_what_the_article_reports_is_not_its_record() -> None:
    # A noun for the article that asks for no field of its record asks of what it reports.
    result = run(["ask", "What is the story of Beilun's forest coverage?", "--json"])
    assert json.loads(result.stdout)["answer"]["kind"] != "source"
