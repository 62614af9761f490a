"""Questions about the article itself (when it was published, which outlet ran it, who reported
it, its title, its editor): no fact of the base says these, its source record does. `of_the_record`
reads such a question; `record_answer` answers it from the catalog's source."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from beilun_cli.answer.questions import folded, question_kind
from beilun_cli.answer.wording import in_lang, time_text
from beilun_cli.read.lazy_regex import Lazy

if TYPE_CHECKING:
    from collections.abc import Callable

    from beilun_cli.base.records import SourceRecord, TimeRecord
    from beilun_cli.store.catalog import Catalog

# Words that point at the article itself, not at what it reports: in English a noun of a
# written piece after this or the, whatever words describe it between (the Beilun twin-city
# strategy article, this news piece).
_THE_ARTICLE = Lazy(
    r"这篇|本文|该文|这则|此文|这条新闻|这个报道|这篇报道|原文|文章|报道|新闻稿|稿子"
    r"|\b(?:this|the|that)(?:\s+[\w'’-]+){0,6}?\s+(?:article|story|report|piece|news item|write-up)\b"
)
# The fields of the record, by the words that ask for them; the first that matches wins.
_FIELDS = (
    (
        "reporters",
        Lazy(
            r"记者|作者|谁写|撰稿|\bwho (?:wrote|reported|authored)\b|\breporters?\b|\bauthors?\b"
            r"|\bjournalists?\b|\bbyline\b"
        ),
    ),
    ("editor", Lazy(r"编辑|责编|\beditor\b|\bedited\b")),
    ("title", Lazy(r"标题|题目|叫什么|\btitle\b|\bheadline\b|\bcalled\b")),
    (
        "outlet",
        Lazy(
            # Who published it (谁发布的, who ran it): its publisher, the outlet.
            r"谁(?:发布|发表|刊登|发的)|\bwho (?:published|posted|ran|carried)\b"
            r"|网站|媒体|哪家|报纸|平台|刊物|登的|登在|发在|刊登在|哪个网|\boutlet\b|\bwebsite\b|\bsite\b"
            r"|\bnewspaper\b|\bpaper\b|\bpublication\b|\bmedia\b|\bran\b|\bcarried\b"
        ),
    ),
    (
        "published",
        Lazy(r"发表|发布|刊登|发的|哪天|日期|\bpublished\b|\bposted\b|\bcome out\b|\bcame out\b|\bdate\b"),
    ),
)


class RecordAnswer:
    """An answer from the article's own record: which `field` (published, outlet, reporters,
    title, editor), its text in `lang`, and the source it comes from."""

    __slots__ = ("question", "kind", "field", "lang", "text", "source")

    def __init__(self, question: str, field: str, lang: str, text: str, source: SourceRecord) -> None:
        self.question = question
        self.kind = "source"
        self.field = field
        self.lang = lang
        self.text = text
        self.source = source

    def to_dict(self) -> dict[str, Any]:
        """The answer as `ask --json` writes it: the source's id in place of a fact's."""
        return {
            "kind": self.kind,
            "lang": self.lang,
            "text": self.text,
            "fact": None,
            "source": self.source["id"],
            "field": self.field,
        }

    def shown(self) -> dict[str, object]:
        """The source as the evidence of the answer: what `sources` leads with."""
        return {
            "id": self.source["id"],
            "outlet": self.source["outlet"],
            "title": self.source["title"],
            "published": self.source["published"],
        }


def of_the_record(question: str, titles: Callable[[], tuple[str, ...]] = tuple) -> str | None:
    """The field of the article's record a question asks for, or None when it asks about what
    the article reports. The question points at the article by a word for it (这篇报道, this
    story) or by its title (one of `titles()`, its punctuation aside; read only for a question
    with no such word that asks for a field). When, 哪天: the publication date; which outlet,
    哪家网站, who published it: the outlet; a date asked without a question word (文章发布日期)
    too. A question of how much, or of when for another field, is about what the article
    reports (本文发表前, 左鹏买了多大的房子?)."""
    text = folded(question)
    kind = question_kind(question)
    field = next((field for field, pattern in _FIELDS if pattern.search(text)), None)
    if field is None and kind != "time":
        return None
    if not _THE_ARTICLE.search(text) and not _names_a_title(text, titles()):
        return None
    if field == "published" and kind == "claim":
        return field
    if kind == "quantity" or (field == "published") != (kind == "time"):
        return "published" if field is None and kind == "time" else None
    return field


def _names_a_title(text: str, titles: tuple[str, ...]) -> bool:
    """Whether a question holds one of the titles, its letters and characters alone (the quotation
    marks and spaces may be written otherwise)."""
    letters = _letters(text)
    return any(len(title) > 5 and title in letters for title in map(_letters, titles))


def _letters(text: str) -> str:
    return "".join(char for char in folded(text) if char.isalnum())


def record_answer(base: Catalog, question: str, field: str, lang: str) -> RecordAnswer:
    """The answer to a question about the article's record, from the base's only source."""
    source = base.source()
    if field == "published":
        day = source["published"][:10]
        as_of: TimeRecord = {"written": source["published"], "start": day, "end": day, "precision": "day"}
        text = time_text(as_of, lang)
    elif field == "reporters":
        text = ("、" if lang == "zh" else ", ").join(source["reporters"])
    elif field == "editor":
        text = source["editor"]
    else:
        text = in_lang(source[field], lang)  # type: ignore[literal-required]
    return RecordAnswer(question, field, lang, text, source)
