"""beilun ask: the answer first, of the kind the question asks for, in the question's language;
then its evidence; exit 1 with the closest facts when no fact answers well enough."""

from __future__ import annotations

import json
import subprocess
import unicodedata
from pathlib import Path

import pytest
from conftest import fact_toml, installed_script, on_a_terminal, run, write_base

from beilun_cli.answer import answers

VOLUNTEERS_PARAGRAPH = (
    "这是一座充满爱心的城市。注册志愿者队伍507支、«志愿者近17万人»,涌现出“红领之家”陈军浩、“警察妈妈”胡朝霞、"
    "“送粥奶奶”陈杏娣、“最美志愿者”朱志平等爱心人士。新时代文明实践牵手文化礼堂、图书馆、博物馆、青年广场、"
    "爱心书屋、“凉亭故事会”等,将爱洒满北仑。“爱心食堂”7年来已遍布92家、实现80岁以上老人全覆盖;"
    "“红色基因关怀项目”在汪清扶贫增辉,胡朝霞爱心团队跨越2600公里的爱心接力,17岁吉林姑娘的手臂得救了;"
    "筹建全市首家区级“爱心公园”,吸引爱心企业认领建设项目,成为北仑发布道德先进和举办爱心活动的新地标。"
)

# (question, the answer line in a pipe, the evidence ids): each kind in both languages.
ANSWERS = [
    ("北仑有多少志愿者？", "近17万人", ["volunteers-nearly-170k"]),
    ("how many volunteers are there", "近17万人 (nearly 170,000 people)", ["volunteers-nearly-170k"]),
    ("去年北仑GDP多少", "1146.46亿元，2018年（去年）", ["gdp-2018"]),
    (
        "how much did the district produce last year in GDP",
        "1146.46亿元 (114.646 billion yuan), in 2018 (去年)",
        ["gdp-2018"],
    ),
    (
        "今年上半年有几项经济指标全市第一？",
        "10项，2019年上半年（今年上半年）",
        ["ten-indicators-first-in-ningbo-h1-2019"],
    ),
    ("滨海新区什么时候更名为北仑？", "1987年9月14日（精确到日）", ["binhai-renamed-beilun-1987"]),
    ("When was Binhai renamed Beilun?", "14 September 1987 (day)", ["binhai-renamed-beilun-1987"]),
    (
        "哪家公司在北仑建设总投资640亿元的项目？",
        "中芯国际、雪佛龙",
        ["smic-chevron-lng-projects-under-construction"],
    ),
    (
        "Which companies are building the 64 billion yuan projects?",
        "SMIC, Chevron",
        ["smic-chevron-lng-projects-under-construction"],
    ),
    ("谁守护了第一部党章", "张人亚", ["zhang-renya-guardian-first-constitution"]),
    ("中国港口博物馆在哪里？", "宁波市", ["china-port-museum-only-national"]),
    ("Where is the China Port Museum?", "Ningbo", ["china-port-museum-only-national"]),
    (
        "张人亚是谁",  # who, but the question names him: the claim about him answers
        "近年来,北仑区深度挖掘中共第一部党章“神秘守护人”张人亚的感人事迹。",
        ["zhang-renya-guardian-first-constitution"],
    ),
    (
        "Tell me about the China Port Museum",
        "The China Port Museum is Ningbo's only national-level museum.",
        ["china-port-museum-only-national"],
    ),
]


@pytest.mark.parametrize(("question", "answer", "evidence"), ANSWERS, ids=[case[0] for case in ANSWERS])
def test_each_kind_is_answered_first_in_the_questions_language(
    question: str, answer: str, evidence: list[str]
) -> None:
    result = run(["ask", question])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0] == f"answer\t{answer}"
    assert [line.split("\t")[1] for line in lines if line.startswith("id\t")] == evidence


def test_a_pipe_gets_the_answer_the_fact_and_its_paragraph_quote_marked() -> None:
    result = run(["ask", "北仑有多少志愿者？"])
    assert result.stdout == (
        "answer\t近17万人\n"
        "id\tvolunteers-nearly-170k\n"
        "claim\t北仑有志愿者近17万人。\n"
        "quote\t志愿者近17万人\n"
        "source\tcnnb-2019-09-16 ¶45\n"
        "context\t" + VOLUNTEERS_PARAGRAPH + "\n"
    )


def test_evidence_as_good_as_the_answer_follows_it_without_a_paragraph(tmp_path: Path) -> None:
    # Two facts in the same words score the same: the second follows the answer as evidence.
    # (Their records give no figure, so the question is asked in keywords: a question of how
    # much would be declined.)
    twins = fact_toml("growth") + fact_toml("growth-again")
    root = write_base(tmp_path / "twins", twins)
    result = run(["--facts", str(root), "ask", "北仑增长"])
    assert result.exit_code == 0
    blocks = result.stdout.split("\n\n")
    assert [block.splitlines()[0] for block in blocks] == ["answer\t北仑增长5%。", "id\tgrowth-again"]
    assert blocks[0].splitlines()[-1].startswith("context\t")  # the answer's paragraph, a field
    assert blocks[1].splitlines()[1:] == [
        "claim\t北仑增长5%。",
        "quote\t增长5%",
        "source\tsrc ¶1",
    ]


def test_lang_chooses_the_language_of_the_answer_claim_and_paragraph() -> None:
    result = run(["ask", "北仑有多少志愿者？", "--lang", "en"])
    lines = result.stdout.splitlines()
    assert lines[:3] == [
        "answer\t近17万人 (nearly 170,000 people)",
        "id\tvolunteers-nearly-170k",
        "claim\tBeilun has nearly 170,000 volunteers.",
    ]
    assert lines[-1].startswith("context\tThis is a city full of love.")
    assert "«" in lines[-1]


def test_json_is_the_question_the_structured_answer_and_the_evidence_as_search_writes_it() -> None:
    result = run(["ask", "北仑有多少志愿者？", "--json"])
    assert result.exit_code == 0
    assert result.stderr == ""
    data = json.loads(result.stdout)
    searched = json.loads(run(["search", "志愿者近17万人", "--json", "--limit", "1"]).stdout)[0]
    assert list(data) == ["question", "answer", "evidence"]
    assert data["question"] == "北仑有多少志愿者？"
    assert data["answer"] == {
        "kind": "quantity",
        "lang": "zh",
        "text": "近17万人",
        "fact": "volunteers-nearly-170k",
        "quantity": {"written": "近17万人", "qualifier": "nearly", "amount": 170000, "amount_unit": "people"},
        "as_of": None,
        "entities": [{"id": "beilun", "kind": "place", "name": {"zh": "北仑区", "en": "Beilun District"}}],
    }
    [evidence] = data["evidence"]
    assert set(evidence) == set(searched)
    assert {key: evidence[key] for key in evidence if key != "score"} == {
        key: searched[key] for key in searched if key != "score"
    }


def test_json_of_who_names_the_entities_as_records() -> None:
    data = json.loads(
        run(["ask", "Which companies are building the 64 billion yuan projects?", "--json"]).stdout
    )
    assert data["answer"]["kind"] == "who"
    assert data["answer"]["entities"] == [
        {"id": "smic", "kind": "company", "name": {"zh": "中芯国际", "en": "SMIC"}},
        {"id": "chevron", "kind": "company", "name": {"zh": "雪佛龙", "en": "Chevron"}},
    ]
    time = json.loads(run(["ask", "When was Binhai renamed Beilun?", "--json"]).stdout)["answer"]
    assert (time["kind"], time["text"]) == ("time", "14 September 1987 (day)")
    assert time["as_of"] == {
        "written": "1987年9月14日",
        "start": "1987-09-14",
        "end": "1987-09-14",
        "precision": "day",
    }


def test_no_confident_answer_exits_1_with_the_closest_facts_a_line_each() -> None:
    # The installed script, as a user runs it: the ids in a column, each claim cut to fit 80 columns.
    declined = subprocess.run(
        [installed_script(), "ask", "What is the capital of France?"], capture_output=True, text=True
    )
    assert (declined.returncode, declined.stdout) == (1, "")
    assert declined.stderr == (
        "beilun: no confident answer to 'What is the capital of France?'\n"
        "hint: the closest facts:\n"
        "  expansion-symposium-21-projects-signed  At Beilun's symposium on capital incr…\n"
        "  expansion-symposium-total-investment    The 21 expansion projects signed in S…\n"
        "  expansion-symposium-companies           The 21 expansion projects signed in S…\n"
    )
    chinese = subprocess.run([installed_script(), "ask", "北仑区长是谁"], capture_output=True, text=True)
    assert chinese.stderr == (
        "beilun: 无法有把握地回答“北仑区长是谁”：文章没有提到区长\n"
        "提示：最接近的事实：\n"
        "  expansion-symposium-21-projects-signed            2019年9月北仑区重点企…\n"
        "  foreign-trade-imports-exports-over-10bn-usd-2018  2018年北仑区外贸进口和…\n"
        "  youth-beilun-ten-policies-feb-2019                从2019年2月开始,北仑…\n"
    )
    for line in (declined.stderr + chinese.stderr).splitlines():
        assert sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line) <= 80, line


def test_a_question_nothing_matches_exits_1_as_search_does() -> None:
    result = run(["ask", "巴黎的人口是多少", "--json", "--lang", "en"])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {
        "question": "巴黎的人口是多少",
        "answer": None,
        "reason": "no fact matches enough of the question",
        "closest": [
            "registered-population-share-of-ningbo",
            "economic-output-share-of-ningbo",
            "structural-adjustment-high-quality-development",
        ],
    }
    assert result.stderr.startswith(
        "beilun: no confident answer to '巴黎的人口是多少'\nhint: the closest facts:\n  "
    )
    nothing = run(["ask", "zzzqqq"])
    assert (nothing.exit_code, nothing.stderr) == (
        1,
        "beilun: no confident answer to 'zzzqqq'\nhint: try other words, or see 'beilun topics'\n",
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ask", " "], "beilun: empty question\n"),
        (
            ["ask", "北仑有多少志愿者？", "--lang", "both"],
            "beilun: unknown language 'both'; languages are: zh, en\n",
        ),
        (
            ["ask", "北仑有多少志愿者？", "--format", "csv"],
            "beilun: ask does not write csv; formats are: table, tsv, md, json, jsonl\n",
        ),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    result = run(args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines()[0] + "\n" == message


def test_a_terminal_gets_the_answer_above_the_fact_laid_out_to_its_width() -> None:
    run(["topics"])  # the index built first
    status, text = on_a_terminal(["ask", "Where is the China Port Museum?", "--color", "never"], columns=60)
    assert status == 0
    assert text.splitlines()[:8] == [
        "answer   Ningbo",
        "id       china-port-museum-only-national",
        "claim    The China Port Museum is Ningbo's only",
        "         national-level museum.",
        "quote    作为宁波市唯一国字号博物馆,中国港口博物馆",
        "source   cnnb-2019-09-16 ¶48",
        "context  As Ningbo's only national-level museum, the China",
        "         Port Museum takes port culture as its theme and",
    ]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("北仑有多少志愿者？", "quantity"),
        ("爱心食堂有几家", "quantity"),
        ("北仑户籍人口占比", "quantity"),
        ("What share of the city's land does Beilun have?", "quantity"),
        ("How big is the economy?", "quantity"),
        ("滨海新区几月更名", "time"),  # 几月 is a time, though 几 alone asks for a number
        ("北仑哪一年更名", "time"),
        ("What year was Binhai renamed?", "time"),
        ("when did it happen", "time"),
        ("谁守护了党章", "who"),
        ("哪家公司投资了640亿元", "who"),
        ("Which company builds chips?", "who"),
        ("Whose team made the relay?", "who"),
        ("博物馆在哪里", "where"),
        ("Where is the beach?", "where"),
        ("Tell me about the Dandelion Lecture Group", "claim"),
        ("北仑的双城战略", "claim"),
        ("Whom did the lottery favour?", "who"),
        ("What portion of Ningbo's economy does Beilun produce?", "quantity"),
        ("How fast did the economy grow?", "quantity"),
        ("What do the big projects add up to?", "quantity"),
        ("somewhere nice", "claim"),
        ("愛心食堂有幾家", "quantity"),  # traditional characters
        ("第一部黨章是誰保護的", "who"),  # a word that holds where is not the question word
    ],
)
def test_question_words_decide_the_kind(question: str, kind: str) -> None:
    assert answers.question_kind(question) == kind


@pytest.mark.parametrize(
    ("quantity", "text"),
    [
        (
            {"written": "1146.46亿元", "qualifier": "exact", "amount": 114646000000, "amount_unit": "yuan"},
            "114.646 billion yuan",
        ),
        (
            {"written": "突破百亿美元", "qualifier": "over", "amount": 1e10, "amount_unit": "usd"},
            "over 10 billion US dollars",
        ),
        (
            {"written": "147万元", "qualifier": "exact", "amount": 1470000, "amount_unit": "yuan-per-mu"},
            "1.47 million yuan per mu",
        ),
        (
            {"written": "近17万人", "qualifier": "nearly", "amount": 170000, "amount_unit": "people"},
            "nearly 170,000 people",
        ),
        (
            {"written": "约230万平方米", "qualifier": "about", "amount": 2300000, "amount_unit": "m2"},
            "about 2,300,000 m²",
        ),
        (
            {"written": "14.9平方米", "qualifier": "exact", "amount": 14.9, "amount_unit": "m2-per-person"},
            "14.9 m² per person",
        ),
        ({"written": "40.1%", "qualifier": "exact", "amount": 40.1, "amount_unit": "percent"}, "40.1%"),
        ({"written": "1/6", "qualifier": "exact", "amount": 1 / 6, "amount_unit": "ratio"}, "1/6"),
        (
            {"written": "30多年", "qualifier": "more_than", "amount": 30, "amount_unit": "years"},
            "more than 30 years",
        ),
        (
            {
                "written": "1500场以上",
                "qualifier": "at_least",
                "amount": 1500,
                "amount_unit": "talks-per-year",
            },
            "at least 1,500 talks per year",
        ),
        ({"written": "2600公里", "qualifier": "exact", "amount": 2600000, "amount_unit": "m"}, "2,600 km"),
        ({"written": "近2000米", "qualifier": "nearly", "amount": 2000, "amount_unit": "m"}, "nearly 2 km"),
        ({"written": "800米", "qualifier": "exact", "amount": 800, "amount_unit": "m"}, "800 m"),
    ],
)
def test_amounts_in_english_words(quantity: dict[str, object], text: str) -> None:
    assert answers.amount_text(quantity) == text  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("as_of", "en", "zh"),
    [
        (
            {"written": "8月9日", "start": "2019-08-09", "end": "2019-08-09", "precision": "day"},
            "9 August 2019 (day)",
            "2019年8月9日（精确到日）",
        ),
        (
            {"written": "本月", "start": "2019-09", "end": "2019-09", "precision": "month"},
            "September 2019 (month)",
            "2019年9月（精确到月）",
        ),
        (
            {"written": "去年", "start": "2018", "end": "2018", "precision": "year"},
            "2018 (year)",
            "2018年（精确到年）",
        ),
        (
            {"written": "今年上半年", "start": "2019-01", "end": "2019-06", "precision": "half-year"},
            "the first half of 2019 (half-year)",
            "2019年上半年（精确到半年）",
        ),
        (
            {"written": "70年来", "start": "1949", "end": "2019", "precision": "period"},
            "1949 to 2019 (period)",
            "1949年至2019年（一段时期）",
        ),
    ],
)
def test_times_with_their_precision(as_of: dict[str, str], en: str, zh: str) -> None:
    assert answers.time_text(as_of, "en") == en  # type: ignore[arg-type]
    assert answers.time_text(as_of, "zh") == zh  # type: ignore[arg-type]


def test_a_time_in_the_question_prefers_the_fact_of_that_time() -> None:
    # 经济总量 is the words of the share fact (1/6, undated); 去年 asks for 2018's GDP.
    result = run(["ask", "北仑去年经济总量有多大", "--json"])
    answer = json.loads(result.stdout)["answer"]
    assert (answer["fact"], answer["text"]) == ("gdp-2018", "1146.46亿元，2018年（去年）")


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # A time the article gives no figure of: its 2018 figure is no answer (it is a hint).
        ("北仑2015年的地区生产总值是多少", "no fact of 2015年 answers it"),
        ("What was Beilun's GDP in 2012?", "no fact of 2012 answers it"),
        # A figure asked for in a unit no close fact counts in: a count is no sum of money.
        ("红色教育基地花了多少钱", "the closest facts give no sum of money"),
        # A place the article never names, whatever words the question shares with a fact.
        ("镇海区的森林覆盖率是多少", "the article says nothing of 镇海区"),
        ("What is the forest coverage of Yinzhou?", "the article says nothing of Yinzhou"),
    ],
)
def test_a_question_of_another_time_or_place_gets_no_answer(question: str, reason: str) -> None:
    result = run(["ask", question, "--lang", "en"])  # the reason in English whatever the question
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"beilun: no confident answer to '{question}': {reason}"
    assert result.stderr.splitlines()[1] == "hint: the closest facts:"


def test_places_the_article_names_and_words_that_only_look_like_places_are_answered() -> None:
    # 北仑区 is named; 老旧小区 is a housing estate, not a district; 哪家公司 asks for a company.
    for question, fact in (
        ("北仑区的森林覆盖率是多少", "forest-coverage-40-1"),
        ("北仑的老旧小区改造了多少个？", "old-communities-renovation-count"),
        ("哪家公司在北仑建设总投资640亿元的项目？", "smic-chevron-lng-projects-under-construction"),
    ):
        result = run(["ask", question, "--json"])
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout)["answer"]["fact"] == fact


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("蒲公英宣讲团一年讲多少场？", "count"),
        ("北仑有几家百亿企业", "count"),
        ("北仑有多少志愿者", "people"),
        ("how many visitors come each year", "people"),
        ("胡朝霞团队的爱心接力跑了多远？", "m"),
        ("老旧小区改造了多大面积", "m2"),
        ("北仑户籍人口占全市百分之几", "percent"),
        ("What share of Ningbo's land is Beilun?", "percent"),
        ("How much of Beilun is covered by forest?", "percent"),
        ("北仑的人口占全市多少", "percent"),  # 占…多少: a share
        ("项目占地多少亩", "m2"),  # 占地: the land it takes
        ("爱心食堂办了几年", "years"),
        ("How long has the Dandelion group been going?", "years"),
        ("吉林姑娘几岁", "age"),
        ("How old was the girl?", "age"),
        ("How many expansion deals were signed?", "number"),  # how many, of no unit
        ("How many people attend?", "people"),
        ("How much money was invested?", "yuan"),
        ("北仑GDP多少", None),
    ],
)
def test_the_unit_a_question_of_quantity_asks_in(question: str, unit: str | None) -> None:
    assert answers.asked_unit(question) == unit


def test_among_close_hits_the_figure_in_the_asked_unit_answers() -> None:
    # The talks a year, not their audience (人次); the relay's distance, not the girl's age.
    for question, fact in (
        ("蒲公英宣讲团一年讲多少场？", "dandelion-1500-sessions-a-year"),
        ("How far did the relay of Hu Zhaoxia's team go?", "hu-zhaoxia-team-2600km-relay"),
    ):
        result = run(["ask", question, "--json"])
        assert json.loads(result.stdout)["answer"]["fact"] == fact


def test_colloquial_fillers_and_the_time_asked_about_do_not_count_against_an_answer() -> None:
    # 那些, 加起来: words of the asking; last year: the time, judged apart (2018 is the fact's).
    for question, fact in (
        ("北仑那些森林步道加起来有多长", "forest-trails-123-km"),
        ("How big was the Beilun economy last year?", "gdp-2018"),
    ):
        result = run(["ask", question, "--json"])
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout)["answer"]["fact"] == fact


def test_who_is_known_by_a_name_is_answered_with_the_person() -> None:
    # Police Mum is what 胡朝霞 is known as: the answer. 胡朝霞是谁 names her: the claim answers.
    called = run(["ask", "Who is called the Police Mum?", "--json"])
    answer = json.loads(called.stdout)["answer"]
    assert (answer["kind"], answer["text"], answer["fact"]) == ("who", "Hu Zhaoxia", "hu-zhaoxia-police-mum")
    named = json.loads(run(["ask", "胡朝霞是谁", "--json"]).stdout)["answer"]
    assert named["kind"] == "claim"
    assert "hu-zhaoxia" in [entity["id"] for entity in named["entities"]]  # a fact of hers


def test_a_known_name_and_a_word_are_no_unknown_place() -> None:
    # 北仑建区 reads as a place by its suffix, but it is 北仑 and 建区 (founding the district).
    result = run(["ask", "北仑建区是哪一年", "--json"])
    assert result.exit_code == 0, result.stderr


def test_a_time_word_the_fact_holds_counts_for_it() -> None:
    # 今年 is both the question's time and a word of the fact's claim (今年推出): it counts.
    result = run(["ask", "今年总共推出多少套青年公寓", "--json"])
    assert json.loads(result.stdout)["answer"]["fact"] == "youth-apartments-1000-planned-2019"


def test_each_or_per_asks_for_a_figure_per_something() -> None:
    # 50 people a talk, not the 80,000 listeners in all; the forest's share, once (40.1%).
    for question, fact, text in (
        (
            "蒲公英宣讲团每场有多少人听",
            "dandelion-50-people-scale",
            "50人规模以上，2012年11月至2019年9月（党的十八大以来）",
        ),
        ("How much of Beilun is covered by forest?", "forest-coverage-40-1", "40.1%"),
    ):
        answer = json.loads(run(["ask", question, "--json"]).stdout)["answer"]
        assert (answer["fact"], answer["text"]) == (fact, text)


def test_a_yes_no_question_word_is_no_word_of_the_question() -> None:
    # 有没有 asks yes or no: its 没 must not match the 没 of a phrasing (开建了没).
    result = run(["ask", "北仑有没有地铁"])
    assert (result.exit_code, result.stderr.splitlines()[0]) == (
        1,
        "beilun: 无法有把握地回答“北仑有没有地铁”",
    )


def test_a_chinese_question_is_declined_in_chinese() -> None:
    result = run(["ask", "镇海区的森林覆盖率是多少"])
    assert result.exit_code == 1
    assert (
        result.stderr.splitlines()[0]
        == "beilun: 无法有把握地回答“镇海区的森林覆盖率是多少”：文章没有提到镇海区"
    )
    assert result.stderr.splitlines()[1] == "提示：最接近的事实："
    nothing = run(["ask", "龘龘龘是什么"])
    assert (nothing.exit_code, nothing.stderr) == (
        1,
        "beilun: 无法有把握地回答“龘龘龘是什么”\n提示：换个说法试试，或看看 beilun topics\n",
    )


def answered(question: str) -> tuple[str, str, str]:
    """(kind, fact, text) of the answer to a question, by the installed command."""
    result = run(["ask", question, "--json"])
    assert result.exit_code == 0, result.stderr
    answer = json.loads(result.stdout)["answer"]
    return answer["kind"], answer["fact"], answer["text"]


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # 累计8家 and 新增2家 are siblings: now, in all, 一共 ask for the one; new, 又多了 the other.
        ("北仑现在有几家上百亿的大企业？", "total-ten-billion-yuan-enterprises"),
        ("How many ten-billion-yuan companies are there in all?", "total-ten-billion-yuan-enterprises"),
        ("去年北仑又多了几家百亿级公司？", "new-ten-billion-yuan-enterprises-2018"),
        ("What do the big newly attracted projects add up to?", "introduced-projects-total-over-50bn"),
        # One of the projects a total adds up is asked of: its own (20亿元以上 each), not the sum.
        ("禹洲集团在北仑的项目投资有多大？", "introduced-projects-over-2bn-each"),
    ],
)
def test_a_total_so_far_and_what_was_new_are_told_apart(question: str, fact: str) -> None:
    assert answered(question)[1] == fact


def test_a_figure_the_question_states_finds_the_fact_of_that_figure() -> None:
    # Four facts of the old estates match these words alike; one is of 180.
    assert answered("more than 180 old residential communities")[1] == "old-communities-renovation-count"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # How many years: a figure in years first (十年), else the span of a fact's time, written
        # as the article writes it (7年来), not the fact's figure (92 canteens).
        (
            "How long has the Dandelion group been going?",
            ("quantity", "dandelion-ten-years", "十年 (10 years)"),
        ),
        ("北侖的愛心食堂辦了幾年了？", ("time", "love-canteens-92", "7年来（2012年至2019年）")),
        (
            "How many years have the Love Canteens been running?",
            ("time", "love-canteens-92", "7年来 (2012 to 2019)"),
        ),
        # An age is someone's, not a number of years.
        (
            "How old was the girl whose arm was saved?",
            ("quantity", "jilin-girl-17-arm-saved", "17岁 (17 years old)"),
        ),
        # How many, of no unit: the projects signed, not the money they add up to.
        (
            "How many expansion deals were signed in September?",
            (
                "quantity",
                "expansion-symposium-21-projects-signed",
                "21个 (21 projects), in September 2019 (本月)",
            ),
        ),
        # A figure in the unit asked for, below the best hit's score but matching as much.
        ("How much of Beilun is woodland?", ("quantity", "forest-coverage-40-1", "40.1%")),
    ],
)
def test_the_unit_asked_for_chooses_among_the_best_hits(
    question: str, expected: tuple[str, str, str]
) -> None:
    assert answered(question) == expected


def test_an_age_answers_only_of_the_person_asked_of() -> None:
    # The girl the team saved was 17; the article gives no age of 胡朝霞.
    result = run(["ask", "How old is Hu Zhaoxia?"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "beilun: no confident answer to 'How old is Hu Zhaoxia?': the closest facts give no age"
    )


def test_a_decade_is_searched_by_its_time_not_its_number() -> None:
    # The 80 of 80年代 would find 80后 (born in the 1980s) and 80岁以上 first.
    assert answered("80年代的小港是什么样子")[1] == "caption-xiaogang-area-1985"


def test_a_fact_of_the_decade_asked_about_counts_its_time_as_matched() -> None:
    # the eighties are the photo's 1985: with the time, the caption matches more than half.
    assert (
        answered("What did the Xiaogang area look like in the eighties?")[1] == "caption-xiaogang-area-1985"
    )


def test_question_words_and_fillers_count_neither_way() -> None:
    # 那个, 多少: the asking, not what is asked about; the fact matches the rest.
    assert answered("微科那个项目建成后一亩地能交多少税？")[1] == "weike-tax-per-mu"


def test_of_hits_scoring_level_the_one_matching_more_of_the_question_is_the_best() -> None:
    # Two facts of the five zones score within a hair of each other; one says "rarely seen in
    # China", as the question asks.
    question = "Is it unusual in China for one district to have five national-level zones?"
    assert answered(question)[1] == "five-national-development-opening-zones"
