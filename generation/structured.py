"""Answers laid out as data — markdown table rows, JSON objects, `"key": "value"` lines — read as the prose they
stand for, so that every cell is checked as the claim its column makes ("| 施鹏 | 中南大学 | 高温合金、粉末冶金 |"
under "| 姓名 | 单位 | 研究方向 |" says 施鹏's directions are 高温合金 and 粉末冶金).
"""

from __future__ import annotations

import csv
import json
import re
from functools import lru_cache

from retrieval.script import simplified

# column or key -> how its value is said in prose ({} the value); the name column leads the sentence, a year column
# goes before the award it dates ("| 国家技术发明奖二等奖 | 2013 |" says 2013年获得国家技术发明奖二等奖)
_NAME = "name"
_YEAR = "{}年"
_ELECTED = "{}年当选院士"  # a 当选年份 column: the year an academician was elected
_LABELS: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p, re.IGNORECASE), prose) for p, prose in (
    (r"^(?:专家)?姓名$|^(?:推荐)?专家$|^(?:expert|name|full name|expert name)$|^人选$", _NAME),
    (r"^(?:获奖|授奖|颁奖)?(?:年份|年度|时间|年)$|^year$", _YEAR),
    (r"当选(?:院士)?(?:年份|年度|时间|年)|^(?:院士)?当选$|^elected$|^election(?: year)?$", _ELECTED),
    (r"所在地|所在城市|所在省|^城市$|^省份$|^location$|^place$|^city$|^province$", "单位位于{}"),  # (before 单位: 单位所在地)
    (r"单位|机构|院校|学校|institution|affiliation|organi[sz]ation|employer|university", "任职于{}"),
    (r"职称|^title$|^rank$", "职称为{}"),
    (r"方向|领域|专长|专业|擅长|研究内容|学科|direction|field|area|expertise|speciali[sz]|research|topic", "研究方向为{}"),
    (r"荣誉|奖|获奖|称号|award|honou?r|prize", "获得{}"),
    (r"院士|当选|academ|理由|原因|说明|简介|介绍|reason|why|summary|description|note", "{}"),
))
ROW_PART = "\x1e"  # between the sentences of one row that are checked apart (one per expert of a transposed table)
_INDEX = {"#", "序号", "No.", "No", "编号", ""}
_EMPTY = {"", "-", "—", "–", "/", "无", "暂无", "n/a", "none", "null", "未知", "—（无）", "none listed", "not listed", "not given",
          "unknown", "未列出", "资料未列出", "无记录"}
_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_KEY_VALUE = re.compile(r'^\s*[{\[]?\s*"([^"]{1,30})"\s*:\s*("(?:[^"\\]|\\.)*"|\[[^\]]*\])\s*,?\s*[}\]]?\s*,?$')


def _cells(line: str) -> list[str] | None:
    """The cells of a markdown table row — or of a CSV line (three fields or more, no sentence end) —, or None when the
    line is neither."""
    text = line.strip()
    if text.startswith("|") and text.endswith("|") and text.count("|") >= 3:
        return [c.strip().strip("*").strip() for c in text[1:-1].split("|")]
    if text.count(",") >= 2 and "|" not in text and "\n" not in text \
            and not _SENTENCE_END.search(re.sub(r'"[^"]*"', '""', text)):  # a quoted field may hold "A and B"
        try:
            cells = next(csv.reader([text]), [])
        except csv.Error:  # a line no CSV reader takes is prose
            return None
        return [re.sub(r"\s*;\s*", "、", c.strip()) for c in cells] if len(cells) >= 3 else None  # A;B;C: a list
    return None


_SENTENCE_END = re.compile(r"[。！？!?]|\.\s*$|\s(?:is|are|was|were|has|have|and)\s")


@lru_cache(maxsize=1024)
def _label(column: str) -> str | None:
    """How a column's value is said in prose (None for a column it does not know); read for every cell of every row."""
    column = simplified(column)  # 獎項 is 奖项
    for pattern, prose in _LABELS:
        if pattern.search(column):
            return prose
    return None


def table_header(line: str) -> list[str] | None:
    """The columns of a table's header row (at least one that it knows besides a name column), else None; a table
    with no name column ("| 奖项 | 年份 |" under a heading about one expert) speaks of the expert in focus."""
    cells = _cells(line)
    if not cells or _SEPARATOR.match(line.strip()) or any(re.search(r"\d", c) or len(c) > (30 if c.isascii() else 20)
                                                          for c in cells):  # "Academy (year elected)" is a column
        return None  # a cell with a figure or a long one is a value: "| 代表奖项 | 2010年国家科技进步二等奖 |" is a row
    labels = [_label(c) for c in cells if c not in _INDEX]
    if _NAME in labels:
        return cells if any(p not in (None, _NAME) for p in labels) else None
    return cells if labels and None not in labels else None  # no name: every column known (not "| 单位 | 北京大学 |")


def is_separator(line: str) -> bool:
    """Whether the line is a table's |---|---| rule."""
    return bool(_SEPARATOR.match(line.strip()))


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "、".join(_value(v) for v in value if _value(v))
    if isinstance(value, dict):
        return "，".join(f"{k}：{_value(v)}" for k, v in value.items() if _value(v))
    text = "" if value is None else str(value).strip()
    return "" if text.lower() in _EMPTY else text


_YES = {"是", "是的", "对", "有", "y", "yes", "true", "✓", "√", "✔"}
_NO = {"否", "不是", "n", "no", "false", "✗", "×", "✘"}  # 无 / 没有 read as an empty cell
_IS_KEY = re.compile(r"^(?:是否|是不是|有无|is[_ ]|has[_ ])?(.+?)$", re.IGNORECASE)
_KEY_WORDS = {"academician": "院士", "cas_academician": "中国科学院院士", "cae_academician": "中国工程院院士",
              "professor": "教授", "fellow": "Fellow"}


def _yes_no(key: str, value: str) -> str | None:
    """A yes/no cell as the claim it makes: 是否院士 | 是 -> 是院士; "is_academician": true -> 是院士."""
    if value.lower() not in _YES | _NO:
        return None
    what = _IS_KEY.match(key.strip()).group(1)
    what = _KEY_WORDS.get(what.lower().replace(" ", "_"), what)
    return ("是" if value.lower() in _YES else "不是") + what


_SEATS = {"cae": "中国工程院", "cas": "中国科学院", "chinese academy of engineering": "中国工程院",
          "chinese academy of sciences": "中国科学院", "中国工程院": "中国工程院", "中国科学院": "中国科学院"}
_SEAT_CELL = re.compile(r"^(CAE|CAS|Chinese Academy of Engineering|Chinese Academy of Sciences|中国工程院|中国科学院)(?:院士)?\s*"
                        r"(?:[(（]\s*(?:(?:elected\s+(?:in\s+)?)?((?:19|20)\d\d)\s*年?(?:当选)?|(?:year\s+)?not\s+(?:listed|given|"
                        r"stated)|年份未列出|未列出年份)\s*[)）])?$", re.IGNORECASE)


def _prose(pairs: list[tuple[str, str]]) -> str:
    """Column/key-value pairs as one sentence: the name first, then each value in the words its column means."""
    name = [v for k, v in pairs if _label(k) == _NAME and v]
    year = [v for k, v in pairs if _label(k) == _YEAR and v]
    parts = list(name[:1])
    for key, value in pairs:
        label = _label(key)
        if not value or label in (_NAME, _YEAR):
            continue
        claim = _yes_no(key, value)
        value = value.removesuffix("年") if label == _ELECTED else value
        seat = _SEAT_CELL.match(value)
        if seat:  # "CAE (2001)", "Chinese Academy of Sciences (1995)": an academy and the year of election
            elected = f"{seat.group(2)}年当选" if seat.group(2) else ""  # "CAE (year not listed)": the seat alone
            parts.append(f"{elected}{_SEATS[seat.group(1).lower()]}院士")
            continue
        if value[:1].isascii() and value[:1].isalpha():  # English read as English: "为 CAE Academician", not "为CAE"
            value = f" {value} "
        parts.append(claim if claim else label.format(value) if label else f"{key}：{value}")
    if year:
        award = next((i for i, p in enumerate(parts) if p.startswith("获得")), None)
        if award is None:
            parts.append(_YEAR.format(year[0]))
        else:
            parts[award] = _YEAR.format(year[0]) + parts[award]
    return "，".join(parts) + "。" if parts else ""


def row_prose(line: str, columns: list[str]) -> str | None:
    """A table row under `columns` as prose, or None when the line is not a row of that table."""
    cells = _cells(line)
    if cells is None or len(cells) != len(columns) or is_separator(line):
        return None
    return _prose([(c, _value(v)) for c, v in zip(columns, cells)])


def transposed_prose(line: str, names: list[str]) -> str | None:
    """A row of a table whose columns are experts ("| 对比项 | 万建民 | 陈温福 |" over "| 单位 | 中国农科院 | 沈阳农业大学 |")
    as one sentence per expert, or None when the line is not such a row."""
    cells = _cells(line)
    if cells is None or len(cells) != len(names) + 1 or is_separator(line):
        return None
    return ROW_PART.join(name + _prose([(cells[0], _value(v))]) for name, v in zip(names, cells[1:]) if _value(v))


def json_prose(line: str) -> str | None:
    """A JSON object (or list of them) on one line, or one `"key": "value",` line of a longer one, as prose; None for
    a line that is none, or JSON nested too deep to read (an answer is model output: it may be anything)."""
    try:
        return _json_prose(line)
    except RecursionError:
        return None


def _json_prose(line: str) -> str | None:
    text = re.sub(r"^```\w*\s*|\s*```$", "", line.strip()).rstrip(",")  # a code block written on one line
    if text.startswith(("{", "[")):
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        objects = data if isinstance(data, list) else [data]
        if data is not None and all(isinstance(o, dict) for o in objects):
            return ROW_PART.join(_prose([(str(k), _value(v)) for k, v in o.items()]) for o in objects)  # apart
    if text.startswith('"'):  # "Zhou Liwei (周立伟)": {"institution": …}: an object keyed by the expert's name
        try:
            keyed = json.loads("{" + text + "}")
        except ValueError:
            keyed = None
        if isinstance(keyed, dict) and keyed and all(isinstance(v, dict) for v in keyed.values()):
            return ROW_PART.join(_prose([(_NAME, k), *((str(f), _value(v)) for f, v in o.items())])
                                 for k, o in keyed.items())
    m = _KEY_VALUE.match(line)
    if m:
        try:
            value = json.loads(m.group(2))
        except ValueError:
            return None
        return _prose([(m.group(1), _value(value))])
    return None
