"""The number readers and the two checks built on them, with exact values."""

from __future__ import annotations

import pytest

from beilun_cli.read.numerals import (
    Number,
    chinese_numbers,
    english_numbers,
    unquoted_claim_numbers,
    untranslated_numbers,
)


def read(numbers: list[Number]) -> list[tuple[str, float, float]]:
    return [(number.text, number.written, number.amount) for number in numbers]


# ------------------------------------------------------------------------------- readers


def test_chinese_arabic_numerals_with_their_magnitude() -> None:
    text = "去年北仑本级实现地区生产总值1146.46亿元,增长7.5%"
    assert read(chinese_numbers(text)) == [("1146.46亿", 1146.46, 114646000000.0), ("7.5%", 7.5, 7.5)]
    assert chinese_numbers(text)[0][3:] == (14, 22, "亿")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("志愿者近17万人", [("17万", 17.0, 170000.0)]),
        ("产业集群2万亿", [("2万亿", 2.0, 2e12)]),
        ("3千米", [("3千", 3.0, 3000.0)]),
        ("近2,000米", [("2,000", 2000.0, 2000.0)]),
        ("创造出全市1/6经济总量", [("1/6", 1 / 6, 1 / 6)]),
        ("森林覆盖率达40.1%", [("40.1%", 40.1, 40.1)]),
        ("30多万人", [("30多万", 30.0, 300000.0)]),
        ("180多个", [("180", 180.0, 180.0)]),
        ("前些天,80后青年左鹏", [("80后", 80.0, 1980.0)]),
        ("“HNE—001型模温", [("001", 1.0, 1.0)]),
        ("１１４６．４６亿元", [("1146.46亿", 1146.46, 114646000000.0)]),
        ("1984年1月27日", [("1984", 1984.0, 1984.0), ("1", 1.0, 1.0), ("27", 27.0, 27.0)]),
    ],
)
def test_chinese_readings(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert read(chinese_numbers(text)) == expected


def test_numeral_characters_are_read_only_when_asked() -> None:
    assert chinese_numbers("突破百亿美元") == []
    assert read(chinese_numbers("突破百亿美元", characters=True)) == [("百亿", 100.0, 1e10)]
    assert read(chinese_numbers("党的十八大以来", characters=True)) == [("十八", 18.0, 18.0)]
    assert read(chinese_numbers("两千", characters=True)) == [("两千", 2000.0, 2000.0)]
    assert read(chinese_numbers("二〇一九年", characters=True)) == [("二〇一九", 2019.0, 2019.0)]
    assert read(chinese_numbers("“246”万千亿级", characters=True)) == [
        ("246", 246.0, 246.0),
        ("千亿", 1000.0, 1e11),
    ]
    # The magnitude of an Arabic numeral is not read a second time.
    assert read(chinese_numbers("20万套", characters=True)) == [("20万", 20.0, 200000.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a GDP of 114.646 billion yuan", [("114.646 billion", 114.646, 114646000000.0)]),
        ("1.47 million yuan", [("1.47 million", 1.47, 1470000.0)]),
        ("nearly 170,000 volunteers", [("170,000", 170000.0, 170000.0)]),
        ("1.1 trillion", [("1.1 trillion", 1.1, 1.1e12)]),
        ("reached 40.1%.", [("40.1%", 40.1, 40.1)]),
        ("6.5 per cent", [("6.5 per cent", 6.5, 6.5)]),
        ("1/6 of output", [("1/6", 1 / 6, 1 / 6)]),
        ("10-billion-yuan-scale", [("10-billion", 10.0, 1e10)]),
        ("US$10bn", [("10bn", 10.0, 1e10)]),
        ("the 21st-Century Maritime Silk Road", [("21", 21.0, 21.0)]),
        ("born in the 1980s", [("1980", 1980.0, 1980.0)]),
        ("In 2018, 17 Beilun companies", [("2018", 2018.0, 2018.0), ("17", 17.0, 17.0)]),
        ("the HNE-001 mould", [("001", 1.0, 1.0)]),
    ],
)
def test_english_readings(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert read(english_numbers(text)) == expected


def test_english_words_are_read_only_when_asked() -> None:
    assert english_numbers("three programmes and one sixth") == []
    assert read(english_numbers("three programmes", words=True)) == [("three", 3.0, 3.0)]
    assert read(english_numbers("seventy-five", words=True)) == [("seventy-five", 75.0, 75.0)]
    assert read(english_numbers("a hundred billion", words=True)) == [("a hundred billion", 1.0, 1e11)]
    assert ("one sixth", 1 / 6, 1 / 6) in read(english_numbers("one sixth", words=True))
    assert read(english_numbers("27 January 1984", words=True)) == [
        ("27", 27.0, 27.0),
        ("January", 1.0, 1.0),
        ("1984", 1984.0, 1984.0),
    ]


# ------------------------------------------------------------------------- claim vs quote

GDP_QUOTE = "去年北仑本级实现地区生产总值1146.46亿元"
GDP_ZH = "2018年北仑本级实现地区生产总值1146.46亿元。"


def test_a_faithful_claim_states_nothing_unquoted() -> None:
    en = "In 2018 Beilun (district level) produced a GDP of 114.646 billion yuan."
    assert unquoted_claim_numbers(GDP_ZH, en, GDP_QUOTE, ["2018", "2018"]) == []


def test_a_yi_slip_is_reported() -> None:
    en = "In 2018 Beilun produced a GDP of 1146.46 billion yuan."
    assert unquoted_claim_numbers(GDP_ZH, en, GDP_QUOTE, ["2018"]) == ["claim.en states 1146.46 billion"]
    zh = "2018年北仑本级实现地区生产总值1146亿元。"
    assert unquoted_claim_numbers(zh, "", GDP_QUOTE, ["2018"]) == ["claim.zh states 1146亿"]
    en = "Beilun's GDP was 120 billion yuan."
    assert unquoted_claim_numbers("", en, GDP_QUOTE, ["2018"]) == ["claim.en states 120 billion"]


def test_a_year_of_the_resolved_time_is_allowed_and_another_is_not() -> None:
    en = "In 2018 Beilun produced a GDP of 114.646 billion yuan."
    assert unquoted_claim_numbers("", en, GDP_QUOTE, ["2018"]) == []
    assert unquoted_claim_numbers("", en, GDP_QUOTE, []) == ["claim.en states 2018"]
    assert unquoted_claim_numbers("", en, GDP_QUOTE, ["2017"]) == ["claim.en states 2018"]


def test_month_and_day_of_the_resolved_time_only_as_a_date() -> None:
    quote = "截至目前,已累计改造面积超100万平方米"
    zh = "截至2019年9月,北仑老旧小区已累计改造面积超100万平方米。"
    en = "As of 16 September 2019, more than 1 million m² had been renovated."
    assert unquoted_claim_numbers(zh, en, quote, ["2019-09-16"]) == []
    assert unquoted_claim_numbers(zh, "", quote, ["2019"]) == ["claim.zh states 9"]
    assert unquoted_claim_numbers("", "9 projects", quote, ["2019-09"]) == ["claim.en states 9"]


def test_numbers_in_brackets_are_glosses() -> None:
    quote = "投产后预计亩均税收可达147万元"
    en = "Tax revenue is expected to reach 1.47 million yuan per mu (1 mu ≈ 667 m²)."
    assert unquoted_claim_numbers("", en, quote, []) == []
    zh = "左鹏是一名80后（20世纪80年代出生的）青年。"
    assert unquoted_claim_numbers(zh, "", "80后青年左鹏", []) == []
    assert unquoted_claim_numbers("", "1 mu is 667 m2.", quote, []) == [
        "claim.en states 1",
        "claim.en states 667",
        "claim.en states 2",
    ]


def test_fractions_and_percentages_are_carried_at_their_value() -> None:
    quote = "以全市6%的地域面积和6.5%的户籍人口,创造出全市1/6经济总量"
    en = "With 6% of the land and 6.5% of the population, Beilun produces 1/6 of the output."
    assert unquoted_claim_numbers("", en, quote, []) == []
    assert unquoted_claim_numbers("", "Beilun produces 1/5 of it.", quote, []) == ["claim.en states 1/5"]
    assert unquoted_claim_numbers("", "a 6.6% share", quote, []) == ["claim.en states 6.6%"]


def test_numeral_characters_of_the_quote_carry_arabic_claims() -> None:
    quote = "去年北仑区外贸进出口双双突破百亿美元"
    en = "In 2018 imports and exports each exceeded 10 billion US dollars."
    assert unquoted_claim_numbers("", en, quote, ["2018"]) == []
    assert unquoted_claim_numbers("", "over 100 billion US dollars", quote, []) == [
        "claim.en states 100 billion"
    ]
    assert unquoted_claim_numbers("", "the 18th CPC National Congress", "党的十八大以来", []) == []


def test_numbers_in_words_are_not_read_from_claims() -> None:
    assert (
        unquoted_claim_numbers("北仑捧获三座大禹鼎。", "three trophies", "捧获三座省级治水“大禹鼎”", []) == []
    )


def test_the_written_value_of_the_quote_carries_too() -> None:
    assert unquoted_claim_numbers("", "17 (ten thousands)", "志愿者近17万人", []) == []


# --------------------------------------------------------------------------- translations

PARAGRAPH = (
    "以全市6%的地域面积和6.5%的户籍人口,创造出全市1/6经济总量。"
    "去年北仑本级实现地区生产总值1146.46亿元,增长7.5%。区域内集聚了5个国家级开发开放功能区,全国罕见。"
)
FAITHFUL = (
    "With 6% of Ningbo's land area and 6.5% of its registered population, Beilun creates one sixth "
    "of the city's economic output. Last year Beilun's GDP was 114.646 billion yuan, up 7.5%. "
    "The district is home to five national-level development and opening-up zones, rare in China."
)


def test_a_faithful_translation_passes() -> None:
    assert untranslated_numbers(PARAGRAPH, FAITHFUL) == []
    assert untranslated_numbers("1984年1月27日国务院批复", "On 27 January 1984 the State Council") == []
    assert untranslated_numbers("突破百亿美元", "exceeded US$10 billion") == []
    assert untranslated_numbers("志愿者近17万人", "nearly 170,000 volunteers") == []
    assert untranslated_numbers("80后青年左鹏", "Zuo Peng, born in the 1980s") == []
    assert untranslated_numbers("“六争攻坚”“两整两提”", "the Six Contests and Two Rectifications") == []


def test_a_mis_scaled_number_fails() -> None:
    slipped = FAITHFUL.replace("114.646 billion", "1146 billion")
    assert untranslated_numbers(PARAGRAPH, slipped) == ["1146.46亿 is not in the English"]
    bare = FAITHFUL.replace("114.646 billion yuan", "1146.46 (100 million yuan)")
    assert untranslated_numbers(PARAGRAPH, bare) == ["1146.46亿 is not in the English"]
    assert untranslated_numbers("志愿者近17万人", "nearly 17 volunteers") == ["17万 is not in the English"]
    assert untranslated_numbers("突破百亿美元", "exceeded US$1 billion") == ["百亿 is not in the English"]


def test_a_dropped_number_fails() -> None:
    dropped = FAITHFUL.replace(", up 7.5%", "")
    assert untranslated_numbers(PARAGRAPH, dropped) == ["7.5% is not in the English"]
    assert untranslated_numbers("创造出全市1/6经济总量", "much of the output") == [
        "1/6 is not in the English"
    ]


# ------------------------------------------------------------- forms beyond the peer corpora


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一万五", [("一万五", 15000.0, 15000.0)]),
        ("三千二", [("三千二", 3200.0, 3200.0)]),
        ("两百五", [("两百五", 250.0, 250.0)]),
        ("一万二千五", [("一万二千五", 12500.0, 12500.0)]),
        ("户籍人口占百分之六点五", [("百分之六点五", 6.5, 6.5)]),
        ("创造出全市六分之一经济总量", [("六分之一", 1 / 6, 1 / 6)]),
        ("千分之五", [("千分之五", 0.005, 0.005)]),
        ("伍佰元整", [("伍佰", 500.0, 500.0)]),
        ("一点五亿", [("一点五亿", 1.5, 1.5e8)]),
        ("负一百二十万", [("负一百二十万", -120.0, -1.2e6)]),
        ("地下负2层", [("负2", -2.0, -2.0)]),
    ],
)
def test_chinese_characters_decimals_shares_banking_and_signs(
    text: str, expected: list[tuple[str, float, float]]
) -> None:
    assert read(chinese_numbers(text, characters=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Words that hold a banking form of a digit, and digits that say "two or three".
        ("北仑注册志愿者队伍约有500支", [("500", 500.0, 500.0)]),
        ("项目陆续建成", []),
        ("收拾行李", []),
        ("两三天", []),
        ("三四线城市", []),
        ("几十万人", []),
        ("数百家企业", []),
        ("十几个", []),
        ("参观人数三千", [("三千", 3000.0, 3000.0)]),
        # Signs only where nothing else is meant.
        ("3胜2负", [("3", 3.0, 3.0), ("2", 2.0, 2.0)]),
        ("正负2", [("2", 2.0, 2.0)]),
        ("增长-5%", [("5%", 5.0, 5.0)]),
        ("2018-2019年", [("2018", 2018.0, 2018.0), ("2019", 2019.0, 2019.0)]),
        # K, M, G: not before a letter, not a network's generation.
        ("跨越2600km", [("2600", 2600.0, 2600.0)]),
        ("5G网络", [("5", 5.0, 5.0)]),
        ("1.2M", [("1.2M", 1.2, 1.2e6)]),
    ],
)
def test_what_is_not_a_number_or_not_negative(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert read(chinese_numbers(text, characters=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two hundred thousand", [("two hundred thousand", 2.0, 200000.0)]),
        ("two hundred and fifty thousand people", [("two hundred and fifty thousand", 250.0, 250000.0)]),
        ("one thousand million", [("one thousand million", 1.0, 1e9)]),
        ("a dozen firms", [("a dozen", 1.0, 12.0)]),
        ("one and two", [("one", 1.0, 1.0), ("two", 2.0, 2.0)]),
        ("1.5 million", [("1.5 million", 1.5, 1.5e6)]),
        ("US$5M", [("5M", 5.0, 5e6)]),
        ("a 10m wall", [("10", 10.0, 10.0)]),
        ("(-3.5%)", [("-3.5%", -3.5, -3.5)]),
    ],
)
def test_english_compounds_suffixes_and_signs(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert read(english_numbers(text, words=True)) == expected


def test_a_sign_is_no_new_number_to_the_checks() -> None:
    # A fall is said in words as often as with a minus: 下降5% is restated by -5%.
    assert unquoted_claim_numbers("", "-5% growth", "出口下降5%", []) == []
    assert untranslated_numbers("出口下降5%", "exports: -5%") == []
