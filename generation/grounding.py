"""The guard: every claim an answer makes about an expert must be that expert's fact in the retrieved experts.

Each sentence is split into claims (generation/claims.py); each claim is attributed to the expert the sentence is
about (a name in the same clause, else in the sentence, else the expert a pronoun, ordinal or the paragraph refers
to) and checked against THAT expert's record: institution, title, honours, awards (name, grade, year), fields and
directions. A person who is not a retrieved expert, an organisation or honour nobody in the record has, or a fact
of another expert, makes the sentence unsupported; unsupported sentences are removed and reported claim by claim.
Sentences without claims ("建议尽快联系专家进行诊断。") are kept.

    kept_text, report = check_answer(text, experts)      # report.sentences: one SentenceVerdict per sentence
    state = GuardState.start(experts); check_sentence(s, state)   # the same, one sentence at a time (streaming)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from generation.aliases import TITLE_EQUIVALENTS
from generation.biography import BIOGRAPHY
from generation.census_claims import SUPERLATIVE_SAID, SUPERLATIVE_SAID_EN, Counter, census_claims
from generation.claims import (
    ADDRESSED,
    GENERIC_WORDS,
    NOT_ACADEMICIAN,
    NOT_EXPERTISE,
    OWN_SIDE,
    UNRELATED,
    AwardText,
    Found,
    Lexicon,
    arabic,
    award_text,
    canonical_org,
    clean_phrase,
    extract,
    latin_surname_owners,
    surname,
)
from generation.comparisons import compare, elected
from generation.english import NUMBER_WORDS, joined_parts, latin_org_matches, topic_parts, topic_phrases
from generation.exclusive import ONLY, SCOPE_ZH, THIS_DIRECTION, exclusive
from generation.letters import SALUTATION, addressee, as_said_of, speaker, to_addressee
from generation.models import Claim, GroundingReport, SentenceVerdict
from generation.normalise import normalise, simplified_expert
from generation.structured import ROW_PART, is_separator, json_prose, row_prose, table_header, transposed_prose
from generation.unheld import BOOK, NO_AWARD_EN, PLACES
from generation.year_spans import span_before, span_years
from retrieval.english_names import reads_as, said_within
from retrieval.models import NATIONAL_AWARDS, ExpertMatch

# A sentence ends at 。！？!? (a run of them), a newline, or a "." that ends a Latin sentence before Chinese text or
# a capital ("…of MIT. 建议…", "…in 2014. He…"), but not in "1.", "12." or "Prof. Zhang".
_END = re.compile(r"[。！？!?]+(?:\[\d{1,2}\])*|\n|(?<!\b[0-9])(?<!\b[0-9][0-9])(?<!\b[A-Z])(?<!Prof)(?<!Dr)(?<!Mr)(?<!Mrs)(?<!Ms)"
                  r"(?<!St)(?<!No)(?<!vs)(?<!etc)\.(?:\[\d{1,2}\])*(?=[ \t]*[\u4e00-\u9fff]|[ \t]+[A-Z])")  # a footnote mark ends it too
_CLAUSE_BREAK = re.compile(r"[,，;；、:：]|和|与|及|以及|并且")
_FOOTNOTE_MARKS = re.compile(r"(?<=[。！？!?.])(?:\[\d{1,2}\])+\s*$")
UNKNOWN = -1  # the sentence is about a person who is not a retrieved expert
Similarity = Callable[[str, Sequence[str]], float]
#: an English topic holds when its cosine (USE) to one of the expert's directions or fields reaches this; set on the
#: dev split of tests/data/grounding_english.jsonl
EN_TOPIC_MIN = 0.55
#: a topic written with a held neighbour counts when the pair is about as close as the neighbour alone: a held pair
#: loses little (crop genetics 0.79 → "crop genetics and breeding" 0.78), an invented one a lot (plastic moulding
#: 0.90 → "plastic moulding and welding" 0.65)
EN_JOIN_SLACK = 0.1
#: an English topic closer to another retrieved expert's directions by this much is theirs, not the subject's —
#: unless it is this close to the subject's own (set on the dev split of tests/data/grounding_english.jsonl)
EN_OTHER_MARGIN = 0.1
EN_PAIR_MIN = 0.5  # how close an item of an English list must be to the direction it is paired with (`_an_item_too_many`)
EN_OWN_SURE = 0.75
EN_JOIN_GAIN = 0.05  # how much closer two neighbours in an English list must be together to be paired as one item
EN_FIELD_SLACK = 0.2  # how much less close than its closest direction an item may be to the field it is paired with
MAX_PIECE = 240  # characters checked at once; longer sentences are checked clause by clause


# A line break inside a sentence (…奖一等奖\n（1998年）。 / 曾任\n沈阳农业大学校长。): the line stops mid-sentence (on a
# word, a digit or a comma) and the next one goes on with words, a digit or a bracket, not a list item, heading, table
# row or bold label — checked as one sentence, or a fact split over two lines would escape the check of both halves
_LINE_GOES_ON = re.compile(r"[\u4e00-\u9fffA-Za-z0-9，,、（(\-]$")
_NEXT_LINE_GOES_ON = re.compile(r"(?![ \t]*(?:[-*•·+>#|]|\d{1,2}[.、)）]\s|[（(]\d{1,2}[)）]|\*\*))[ \t]*"
                                r"[\u4e00-\u9fff0-9（(A-Za-z]")
_LIST_LINE = re.compile(r"^[ \t]*(?:[-*•·+>#|]|\d{1,2}[.、)）]|[（(]\d{1,2}[)）]|\*\*)")


def sentence_end(text: str) -> int | None:
    """Where the first complete sentence of `text` ends (a trailing newline included), or None if none has yet; a line
    break that a sentence runs across is not an end (None while the next line has not begun)."""
    if (greeting := SALUTATION.match(text)) and greeting.end() < len(text):
        return greeting.end()  # "尊敬的孙金声院士：" / "Dear Prof. Ye," before the letter's first sentence
    for m in _END.finditer(text):
        if m.group() != "\n":
            return m.end() + 1 if text[m.end():m.end() + 1] == "\n" else m.end()
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if not _LINE_GOES_ON.search(line) or _LIST_LINE.match(line) or not line.strip():
            return m.end()
        if m.end() == len(text):
            return None  # the next line decides
        if not _NEXT_LINE_GOES_ON.match(text, m.end()):
            return m.end()
    return None


def split_sentences(text: str) -> list[str]:
    """The answer cut into sentences; joined back they are the text unchanged."""
    out = []
    while text:
        end = sentence_end(text) or len(text)
        out.append(text[:end])
        text = text[end:]
    return out


@dataclass
class GuardState:
    """What one answer has said so far: its lexicon, the expert in focus, and the experts in order of mention."""

    lexicon: Lexicon
    current: int | None = None  # the retrieved expert in focus (index), or None before anyone is named
    unknown_last: bool = False  # the previous sentence ended on a person who is not retrieved: 他 may mean them
    order: list[int] = field(default_factory=list)
    columns: list[str] | None = None  # the header of the markdown table the answer is in, if any
    expert_columns: list[str] | None = None  # the experts a table's columns are, if its header names them
    listed: bool = False  # 第N位 is the Nth expert as given (a follow-up's list), not the Nth this answer named
    label: str | None = None  # a "研究方向：" line with nothing after it: the list items below it are its items
    label_indent: int = -1  # that line's indent when it is a list item itself (its items are indented further)
    advice: bool = False  # under a heading such as "## 合作建议": a sentence naming no one is advice, about no expert
    unseen: int | None = None  # the expert in focus through a removed sentence: 他 next would read as someone else
    question: str = ""  # the user's turn a follow-up answer replies to: a bare 是的 affirms what it asks
    table_head: list[str] = field(default_factory=list)  # a table's header and rule, shown with its first kept row
    table_shown: bool = False  # a row of the current table has been shown
    turn: str = ""  # the user's last turn (what "both" / 两位 means before the answer names anyone)
    turn_names: list[int] | None = None  # the retrieved experts that turn names (read once, when first needed)
    headings: list[tuple[int, str]] = field(default_factory=list)  # markdown headings whose section shows nothing yet
    speaker: int | None = None  # the expert an answer speaks as ("I am …", 我是…): "I" and 我 are them
    renamed: str | None = None  # the sentence just checked as shown: its leading 他 as the name the reader never saw
    written: dict[int, str] = field(default_factory=dict)  # how the answer wrote each expert's name in Latin letters
    addressee: tuple[int, str] | None = None  # the expert a letter's salutation addresses, as the letter names them
    last_award: AwardText | None = None  # the one award the sentence before named (该奖项 next is that one)
    counter: Counter | None = None  # counts the graph's experts, for claims about the whole graph (census_claims)

    @classmethod
    def start(cls, experts: list[ExpertMatch], similarity: Similarity | None = None,
              current: int | None = None, given: str = "", counter: Counter | None = None) -> GuardState:
        """The state before an answer's first sentence; `similarity` (english.topic_similarity) lets English topics
        be checked against the Chinese directions; `current`: the expert in focus before it (a follow-up's 他);
        `given`: what the user wrote (its figures — 13500kWh, 60MPa — may be repeated in the answer); `counter`: counts
        the graph's experts (without it, a count of the whole graph is not supported)."""
        lexicon = Lexicon.from_experts([simplified_expert(e) for e in experts], similarity)
        lexicon.given = frozenset(figures(normalise(given)))
        lexicon.given_text = given.lower()
        return cls(lexicon, current=current, listed=current is not None,
                   question=given.rsplit("\n", 1)[-1] if current is not None else "", turn=given.rsplit("\n", 1)[-1],
                   counter=counter)

    @property
    def experts(self) -> list[ExpertMatch]:
        return self.lexicon.experts

    @property
    def in_order(self) -> list[int]:
        """The experts in the order the answer has named them, then the others as retrieved (前两位, 后两位)."""
        return self.order + [i for i in range(len(self.experts)) if i not in self.order]


def check_answer(text: str, experts: list[ExpertMatch], similarity: Similarity | None = None,
                 current: int | None = None, given: str = "", counter: Counter | None = None
                 ) -> tuple[str, GroundingReport]:
    """The answer with unsupported sentences removed, and a verdict for every sentence in answer order; `current`:
    the index of the expert a follow-up is about (他 before anyone is named); `given`: what the user wrote."""
    state = GuardState.start(experts, similarity, current, given, counter)
    report = GroundingReport()
    shown = [guard_sentence(sentence, state, report) for sentence in split_sentences(text or "")]
    return re.sub(r"\n{3,}", "\n\n", "".join(shown)).strip(), report


def guard_sentence(sentence: str, state: GuardState, report: GroundingReport) -> str:
    """What the user sees of one sentence (or line) of an answer: itself if the guard keeps it, else its line break; a
    table's header and rule wait for its first kept row, so a table whose every row was removed shows nothing."""
    verdict = check_sentence(sentence, state)
    if verdict is not None:
        add_verdict(report, verdict)
    if state.renamed is not None:  # 他 → the name of the expert whose naming sentence was removed
        sentence, state.renamed = sentence.replace(sentence.strip(), state.renamed, 1), None
    kept = verdict is None or verdict.kept
    gone = "\n" if sentence.endswith("\n") else ""
    text = sentence.strip()
    if (heading := _MD_HEADING.match(text)) is not None:  # a section's heading waits for its first kept line
        level = len(heading.group(1))
        state.headings = [h for h in state.headings if h[0] < level]  # sections this deep ended with nothing kept
        if kept:
            state.headings.append((level, sentence))
        return ""
    if not text and state.headings:  # the blank line under a waiting heading waits with it
        state.headings[-1] = (state.headings[-1][0], state.headings[-1][1] + sentence)
        return ""
    if not text.startswith("|"):
        if text:  # the table, if one was open, has ended
            state.table_head, state.table_shown = [], False
        return _under_headings(sentence, state) if kept and text else sentence if kept else gone
    if not state.table_shown and (is_separator(text) or table_header(text) is not None):
        if kept:
            state.table_head.append(sentence)
        return ""
    if not kept:
        return ""  # a removed row leaves no blank line: the rows after it stay in the table
    head, state.table_head, state.table_shown = "".join(state.table_head), [], True
    return _under_headings(head + sentence, state)


_MD_HEADING = re.compile(r"^(#{1,6})\s")


def _under_headings(shown: str, state: GuardState) -> str:
    """`shown` after the headings still waiting for their section's first kept line."""
    waiting, state.headings = "".join(h for _, h in state.headings), []
    return waiting + shown


def warm_up() -> None:
    """Load the guard's dictionaries (jieba, pypinyin: 1-2 s once per process) now rather than in the first answer."""
    check_answer("王伟教授。Prof. Wang Wei.", [ExpertMatch(id="warm-up", name="王伟", score=0.0)])


def add_verdict(report: GroundingReport, verdict: SentenceVerdict) -> None:
    """Record one sentence's verdict, with its claims in the flat grounded/dropped lists."""
    report.sentences.append(verdict)
    for c in verdict.claims:
        entry = f"{'expert' if c.kind == 'person' else c.kind}:{c.text}"
        target = report.grounded if c.supported else report.dropped
        if entry not in target:
            target.append(entry)


def recommends(report: GroundingReport) -> bool:
    """Whether a kept sentence names a retrieved expert, i.e. a recommendation survived the guard."""
    return any(s.kept and any(c.kind == "person" and c.supported for c in s.claims) for s in report.sentences)


# the heading over one problem's experts (generation/grounded.py `problem_heading`, grounded_en `_problem_heading`)
_PROBLEM_HEADING = re.compile(r"【第\d+个问题：(?P<zh>[^】]+)】|For (?:the \w+|another) problem \((?P<en>.+)\):")


def _users_heading(text: str, given: str) -> bool:
    """Whether a line is a problem's heading whose words are all the user's own, clause by clause (the words after a
    requirement was taken out, or cut short with …, still are)."""
    m = _PROBLEM_HEADING.fullmatch(text)
    if m is None or not given:
        return False
    clauses = [c for c in re.split(r"[，,；;]", (m.group("zh") or m.group("en")).rstrip("…").lower()) if c.strip()]
    return bool(clauses) and all(c.strip() in given for c in clauses)


def check_sentence(sentence: str, state: GuardState) -> SentenceVerdict | None:
    """The verdict on one sentence (None for blank text); `state` moves on to the expert it was about."""
    text = sentence.strip()
    if not text:
        return None
    if _users_heading(text, state.lexicon.given_text):  # 【第1个问题：我单位为…交通投资集团，…】: the user's own words
        return None  # over the experts found for that problem (its institution was removed as a claim, rt106)
    read = _FOOTNOTE_MARKS.sub("", text)  # "…in 1995.[1]": the note's number is no figure of the sentence
    if (to := addressee(text, state.lexicon)) is not None:  # "尊敬的孙金声院士：": 您 is 孙金声 from here on
        state.addressee = to
    elif state.addressee is not None:
        read = to_addressee(read, state.addressee[1])
    if (me := speaker(text, state.lexicon)) is not None:  # "I am Jia Chengzao …": "I" is 贾承造 from here on
        state.speaker, state.current = me, me
    elif state.speaker is not None:
        read = as_said_of(read)
        if _SPEECH_ENDS.search(text):  # the closing quote: the speech is over
            state.speaker = None
    if _HEADING.match(text):
        state.advice = bool(_ADVICE_HEADING.search(text)) and not any(n in text for n in state.lexicon.known_names)
    item = _LIST_ITEM_TEXT.match(text)
    line = sentence.lstrip("\r\n")
    indent = len(line) - len(line.lstrip(" \t")) if item else -1
    if item and state.label and (indent < state.label_indent or _OWN_LABEL.match(item.group(1))):
        state.label = None  # "- 推荐理由：…" (a label of its own) or an item left of "  - 研究方向：" is past its items
    if _LABEL_LINE.match(text):  # "研究方向：" alone: the list items under it are what it labels
        state.label = _LABEL_LINE.match(text).group(1)
        state.label_indent = indent
    elif item and state.label:
        read = f"{state.label}：{item.group(1)}"  # "- 氮化镓功率器件" under 研究方向： claims a direction
    elif not item:
        state.label = None
    quoted = _quoted_biography(text, state)
    before = state.current
    own, rest = _own_clause(read, state)
    claims = [c for c in _claims_of(own, state) if c.kind not in ("institution", "direction", "field")] \
        if own else []  # "我公司是一家从事食用菌菌种选育的企业，久闻您…": the enterprise's own trade, then the expert
    claims += _claims_of(rest, state)
    if OWN_SIDE.match(read) and not any(c.kind in ("person", "honour") for c in claims):
        # "我们是一家石油钻井公司，正在开展…" in a letter the enterprise sends: its own trade and work, no expert's
        claims = [c for c in claims if c.kind not in ("institution", "direction", "field")]
    if quoted is not None:  # the biography's own words: whatever they state, the graph states it of this expert
        state.current = quoted
        claims = [c.model_copy(update={"supported": True, "reason": "quoted from the graph's biography"})
                  for c in claims]
    if not claims and _AFFIRMS.match(text) and (asked := _proposition(state.question)):
        # 是的，获得过。 / 是真的。 to 他获得过国家最高科学技术奖吗？: the answer states what the question asks
        probe = replace(state, order=list(state.order))  # read without moving the answer's own focus
        bad = [c for piece in _pieces(normalise(asked)) for c in _claims(piece, probe) if not c.supported]
        if _THEIRS.search(asked):  # 他和贵公司合作过吗？: the graph holds nothing of the user's own company
            bad.append(Claim(kind="relation", text=asked, supported=False, reason="about the user's own company"))
        if bad:
            claims.append(Claim(kind=bad[0].kind, text=text[:12], supported=False,
                                reason=f"affirms what the question asks: {bad[0].text} ({bad[0].reason})"))
    if SUPERLATIVE_SAID.search(read) or SUPERLATIVE_SAID_EN.search(read):  # 其中获奖记录最多的是A，12项 / "…; of them,
        # A was elected first, in 1980": its extreme, year and order are checked by counting (census_claims), below
        claims = [c for c in claims if c.kind not in _COMPUTED]
    by_name: dict[str, list[str]] = {}
    for e in state.experts:
        by_name.setdefault(e.name, []).append(e.id)
    counted = census_claims(read, state.counter, state.lexicon.names, by_name)  # 图谱中共有25位…: counted in the graph
    if counted and all(c.supported for c in counted):  # "The knowledge graph holds 73 academicians at 清华大学.": the
        # institution is the count's condition, counted with it — no expert's (it was dropped with none shown, rt71)
        claims = [c for c in claims if not (c.kind in ("institution", "honour", "award") and c.expert_id is None and
                                            not c.supported)]
        # (and a seat: "The knowledge graph holds 0 experts who are 中国工程院院士 elected in 2018", none shown, rt134;
        # "… 383 experts who are 中国工程院院士 elected in 1990–1999" read the seat as an award of no one: only "Some of
        # them:" was left)
    claims += counted
    named = any(c.kind == "person" for c in claims)
    # named the one it is about (他与申长雨同年当选 names 申长雨, but is about 他)
    names_focus = named and state.current is not None and state.current >= 0 and \
        any(c.kind == "person" and c.expert_id == state.experts[state.current].id for c in claims) \
        or state.unseen is not None and _by_surname(text, state) == state.unseen \
        and not _read_by_meaning(text, claims)  # "Lei works on …", 雷院士…
    if state.unseen is not None and not names_focus and state.current == state.unseen and (claims or _GOES_ON.match(text)):
        # "他…" after a removed sentence that named someone else: the reader would take him for the expert named
        # before — so a sentence that holds shows the name in place of 他, and any other goes too
        lead = _PRONOUN_LEAD.match(text)
        name = state.experts[state.unseen].name  # in an English sentence as the answer wrote it ("Wang Ziqiang")
        name = state.written.get(state.unseen, name) if lead and lead.group(2).isascii() else name
        if lead and all(c.supported for c in claims) and not _read_by_meaning(text, claims):
            possessive = lead.group(2).lower() in ("his", "her") and not lead.group(3)
            state.renamed = text[:lead.start(2)] + name + ("'s" if possessive else "") + text[lead.end(2):]
            claims.append(Claim(kind="reference", text=text[:12], supported=True,
                                reason=f"about {name}, named in place of the pronoun: the sentence naming them was removed"))
            state.unseen = None
        else:
            claims.append(Claim(kind="reference", text=text[:12], supported=False,
                                reason=f"about {name}, whose naming sentence was removed"))
    for c in claims:  # "Wang Ziqiang": how the answer writes this expert in English, for a sentence naming him later
        if c.kind == "person" and c.supported and re.fullmatch(r"[A-Z][A-Za-z'’-]*(?: [A-Z][A-Za-z'’-]*){1,3}", c.text):
            state.written.update((i, c.text) for i, e in enumerate(state.experts) if e.id == c.expert_id)
    kept = all(c.supported for c in claims)
    if not kept and named and state.current is not None and state.current >= 0 and state.current != before:
        state.unseen = state.current  # the reader never saw this expert named here
    elif named and kept:
        state.unseen = None
    return SentenceVerdict(text=text, kept=kept, claims=claims)


def _claims_of(text: str, state: GuardState) -> list[Claim]:
    return [c for part in normalise(_as_positions(_as_prose(text, state), state)).split(ROW_PART)
            for piece in _pieces(part) for c in _claims(piece, state)] if text else []


def _own_clause(read: str, state: GuardState) -> tuple[str, str]:
    """A sentence that opens on the enterprise's own trade and goes on to the expert ("我公司是一家…企业，久闻您在…"):
    its first clause apart from the rest; ("", the sentence) for any other."""
    if not OWN_SIDE.match(read) or (cut := re.search(r"[，,；;]", read)) is None:
        return "", read
    rest = read[cut.end():]
    if re.search(r"您|\byou(?:r)?\b", rest, re.IGNORECASE) or any(n in rest for n in state.lexicon.names):
        return read[:cut.end()], rest
    return "", read


def _read_by_meaning(text: str, claims: list[Claim]) -> bool:
    """Whether an English sentence states topics, which the guard can only hold by meaning (USE), not word for word:
    after a removed naming sentence — the answer caught inventing about that expert — such a sentence goes too."""
    latin, chinese = len(re.findall(r"[A-Za-z]", text)), len(re.findall(r"[\u4e00-\u9fff]", text))
    return latin > 2 * chinese and (any(c.kind in ("direction", "field") for c in claims) or bool(topic_phrases(text))
                                    or bool(_TOPIC_WORDS_EN.search(text)))


_TOPIC_WORDS_EN = re.compile(r"\b(?:fields?|directions?|research|expertise|speciali[sz]\w*|focus\w*|works?\s+on)\b", re.IGNORECASE)


def _by_surname(text: str, state: GuardState) -> int | None:
    """The one retrieved expert a sentence opens on by surname alone ("Lei works on …", "雷院士的方向…"), else None."""
    if m := re.match(r"\s*(?:[-*•]\s*)?([A-Z][a-z]{1,6})(?:['’]s)?\b", text):
        owners = latin_surname_owners(m.group(1), state.lexicon)
    elif m := re.match(r"\s*(?:[-*•]\s*)?([\u4e00-\u9fff]{1,2}?)(?:院士|教授|研究员|老师)", text):
        owners = tuple(i for i, e in enumerate(state.experts) if surname(e.name) == m.group(1))
    else:
        return None
    return owners[0] if len(owners) == 1 else None


_SPEECH_ENDS = re.compile(r"[\"”」』]\s*$")
# a sentence that opens on a pronoun for the expert in focus: 他的…, 不过他…, "His directions …", "He received …"
_PRONOUN_LEAD = re.compile(r"^(\s*(?:[-*•·]\s*)?(?:不过|但是?|而|另外|此外|同时|其中)?\s*)(他|她|He|She|His|Her)(?![A-Za-z])(\s+(?:is|was|has|had))?")


# a line that goes on about the expert of the line before ("Research: …", "他的方向…", "- 研究方向：…"), even where it
# states nothing the guard reads: after a removed header it would read as the previous expert's
_GOES_ON = re.compile(r"^\s*(?:[-*•·]\s*)?(?:\*\*)?\s*(?:(?:He|His|She|Her|Its)\b|他|她|其|(?:Research(?:\s+directions?)?|Directions?|"
                      r"Fields?|Awards?|Honou?rs|Institution|Why\s+(?:he|she|they)\s+fits?|研究方向|研究领域|学科|获奖|荣誉|单位|推荐理由)"
                      r"\s*(?:\*\*)?\s*[:：])", re.IGNORECASE)


# a bare yes that takes its fact from the question: 是的, 对, 没错, 是真的, 获得过, 合作过, 可以 (and nothing else of substance)
_AFFIRMS = re.compile(r"^\s*(?:是的|是啊|是|对的|对|没错|确实|确实如此|当然|真的|是真的|有的|有|嗯|yes|yeah|correct|right|indeed|"
                      r"(?!(?:只不|不|通|经|超|难|度|错)过)[\u4e00-\u9fff]{1,3}过)(?:[，,。.！!～~\s]|$)", re.IGNORECASE)  # not 不过 (but)
_THEIRS = re.compile(r"贵(?:公司|企业|司|单位|厂)|我们|我司|我厂|本公司|我公司")
_YES_NO_ASKED = re.compile(r"(?:是不是|是否|有没有|能不能|会不会|对不对|是真的吗|对吗|是吗|[吗么吧嘛])\s*[？?。！!]*\s*$|是不是|是否|有没有")


def _proposition(question: str) -> str:
    """What a yes/no question asks as a statement (他是不是2015年当选的？ → 他是2015年当选的), "" for other questions."""
    if not question or not _YES_NO_ASKED.search(question):
        return ""
    said = re.sub(r"(?:是真的吗|对吗|对不对|是吗|[吗么吧嘛呢])?\s*[？?。！!]*\s*$", "", question.strip())
    for asked, stated in (("是不是", "是"), ("是否", ""), ("有没有", "有"), ("能不能", "能"), ("会不会", "会")):
        said = said.replace(asked, stated)
    return said + "。"


def _quoted_biography(text: str, state: GuardState) -> int | None:
    """The expert in focus when `text` is a sentence of their biography as written (at least four characters) and
    the answer cites that biography (generation/biography.py adds it for a question about their life), else None."""
    if state.current is None:
        return None
    said = _plain(text)[0]
    if len(said) < 4:
        return None
    name = state.experts[state.current].name  # a namesake's biography is theirs (两位周济: each one's quotes)
    for i in [state.current, *(i for i, e in enumerate(state.experts) if e.name == name and i != state.current)]:
        if any(said in _plain(c.snippet)[0] for c in _facts(state.experts[i], BIOGRAPHY)):
            return i
    return None


_LABEL_LINE = re.compile(r"^(?:[-*•·]\s*)?(?:\*\*)?(研究方向|主要研究方向|研究领域|研究兴趣|方向|获奖|获奖情况|荣誉|主要荣誉|主要奖项|"
                         r"荣誉奖项|代表性成果|Research (?:focus|areas|interests|directions)|Honou?rs|Awards)(?:\*\*)?\s*[:：]"
                         r"(?:\*\*)?\s*$", re.IGNORECASE)
_HEADING = re.compile(r"^(?:#{1,6}\s|\*\*[^*]{1,30}\*\*\s*[:：]?\s*$|[^\s，,。；;]{1,16}[:：]\s*$)")
_ADVICE_HEADING = re.compile(r"建议|下一步|步骤|路径|措施|对接|合作方式|合作模式|行动|总结|结语|小结|注意事项|"
                             r"next steps|suggest|recommendations|summary|action", re.IGNORECASE)
_LIST_ITEM_TEXT = re.compile(r"^\s*(?:[-*•·+]|\d{1,2}[.、)）])\s+(?!\*\*)(.+)$")
_OWN_LABEL = re.compile(r"(?:\*\*)?[\u4e00-\u9fff]{2,8}(?:\*\*)?\s*[:：]|(?:\*\*)?[A-Za-z][A-Za-z ]{1,30}(?:\*\*)?\s*:")


def _as_prose(text: str, state: GuardState) -> str:
    """A table row or JSON line as the sentence it stands for (a header or rule says nothing); prose as it is."""
    if is_separator(text):
        return ""
    row = row_prose(text, state.columns) if state.columns else None  # a row first: its cells may look like a header
    if row is None and state.expert_columns:
        row = transposed_prose(text, state.expert_columns)
    if row is not None:
        return row
    header = table_header(text)
    if header is not None:
        state.columns = header
        return ""
    cells = [c.strip().strip("*").strip() for c in text.strip("|").split("|")] if text.startswith("|") else []
    if len(cells) >= 3 and all(state.lexicon.names.get(c) for c in cells[1:]):
        state.expert_columns = cells[1:]  # "| 对比项 | 万建民 | 陈温福 |": a column per expert
        return ""
    if len(cells) == 2 and all(cells) and not state.lexicon.names.get(cells[0]):
        return f"{cells[0]}：{cells[1]}"  # a key-value row ("| 代表奖项 | 2010年国家科技进步二等奖 |"): a labelled line
    if not text.startswith("|") and not (state.columns and text.startswith("```")):  # a CSV block's fence ends no table
        state.columns = state.expert_columns = None
    prose = json_prose(text)
    return text if prose is None else prose


_CN = "一二三四五六七八九十"
_MARKED_GROUP = re.compile(r"([①②③④⑤⑥⑦⑧⑨⑩]{2,}|[甲乙丙丁戊]{2,}|第[一二三四五六](?:位)?(?:[、和与及]第?[一二三四五六](?:位)?)+)"
                           r"(?:[两二三四五六]?(?:位|人|名)(?:专家)?)?")


def _as_positions(text: str, state: GuardState) -> str:
    """"①②两位", "甲乙两位", "第二、三位" as the first or last N of the experts in the order given (前两位, 后两位), which
    the group reading resolves; other sets of positions stay as written."""
    def positions(m: re.Match) -> str:
        marks = re.sub(r"第|位|[、和与及]", "", m.group(1))
        at = [("①②③④⑤⑥⑦⑧⑨⑩".find(c) + 1) or ("甲乙丙丁戊".find(c) + 1) or (_CN.find(c) + 1) for c in marks]
        n, total = len(at), len(state.experts)
        if n < 2 or at != list(range(at[0], at[0] + n)):
            return m.group()
        if at[0] == 1:
            return f"前{_CN[n - 1]}位" if n < total else f"{_CN[n - 1]}位"
        return f"后{_CN[n - 1]}位" if at[-1] == total else m.group()
    return _MARKED_GROUP.sub(positions, text) if _MARKED_GROUP.search(text) else text


def _pieces(text: str, size: int = MAX_PIECE) -> list[str]:
    """A very long sentence in clause-sized pieces (at ，；、 where possible), so checking it stays linear."""
    if len(text) <= size:
        return [text]
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = _cut(text, start, end)
            end = cut + 1 if cut > start else end
        out.append(text[start:end])
        start = end
    return out


def _cut(text: str, start: int, end: int) -> int:
    """Where to end a piece of text[start:end]: the last clause break in its second half — ； before ， before 、
    before a space — outside a quote or bracket and not after a colon ("…terms for your problem: 「制剂 (part of 药物制剂)」"
    cut at a space in or before its quote left 药物制剂 a direction claim of its own, rt90); -1 for none."""
    depth, best = 0, {}
    for i in range(start, end):
        depth = max(0, depth + (text[i] in "「“（(") - (text[i] in "」”）)"))
        if not depth and i >= start + (end - start) // 2 and text[i - 1] not in ":：":
            for rank, breaks in enumerate(("；;", "，,", "、", " ")):
                if text[i] in breaks:
                    best[rank] = i
    return best[min(best)] if best else -1


def _claims(text: str, state: GuardState) -> list[Claim]:
    """The claims of one sentence (or piece of one), each checked against the expert it is about."""
    found = extract(text, state.lexicon, implicit=(state.current is not None or state.unknown_last) and not state.advice)
    anchors = [f for f in found if f.kind == "anchor"]
    resolved = [(a, _described(a, found, state) if _kind(a) in ("described", "only") else _resolve(a, state))
                for a in anchors]
    resolved = _in_sentence_order([(a, _namesake_at(a, w, text, state.experts)) for a, w in resolved], text)
    claims = _references(text, resolved, state)
    left_over: dict[int, frozenset[str]] = {}  # per expert: the items of the sentence's English list too many
    # 同年当选, 比B晚六年当选, 当选最早, 获奖最多: computed from the records, in place of the words' own readings
    counted = [a for a, _ in resolved if _kind(a) == "plural"]
    computed = compare(text, [(a.start, a.end, w) for a, w in resolved if w is not None and w >= 0
                              and _kind(a) not in ("plural", "described", "only")], state.experts,
                       _counted_group(counted[-1], state) if counted else [])
    # 1990年至2000年间: the years of a span said, no duration compared (2000年间 is no 年间)
    computed = [c for c in computed if not any(a <= c.start < b for a, b in span_years(text, recent=False))]
    spans = span_years(text)
    named = {w for a, w in resolved if w is not None and w >= 0 and _kind(a) not in ("plural", "described", "only")}
    for a, who in resolved:  # "三人中唯一的教授": there must be exactly one
        if _kind(a) == "only" and who is None:
            claims.append(Claim(kind="reference", text=a.text, supported=False,
                                reason=f"not exactly one {a.value[1]} among the retrieved experts"))
        elif _kind(a) == "only" and len(named) == 1 and who not in named:  # "B是三人中唯一的两院院士" of A's seats
            claims.append(Claim(kind="reference", text=a.text, supported=False,
                                reason=f"the only {a.value[1]} is {state.experts[who].name}"))
    resolved = [(a, w) for a, w in resolved if a.value is None or a.value[:3] != ("plural", 1, False)]  # "另一位" is no
    # group; "其中两位是X、一位是Y": one is a part, counted
    respective = _respectively(text, found, resolved, state)
    for f in found:
        if f.kind == "anchor" or f.kind in _COMPUTED and any(c.start <= f.start < c.end for c in computed):
            continue
        if f.kind == "figure" and (_apart(text, f) or _apart_quoted(text, f, [state.experts[w] for w in named])):
            continue  # "…in 2011 and … in 1991: 20 years apart": the difference of two years it states (each checked),
            # or of one it states and one of an honour the biography quoted below dates (于敏's 1999 medal, rt120)
        if f.kind in ("year", "award", "honour", "institution") and \
                any(m.start() <= f.start < m.end() for m in _CENSUS_SENTENCE.finditer(text)):
            continue  # 知识图谱中，1980年当选的获得过一等奖的院士共41位: conditions of a count, checked by counting it
            # (census_claims), not claims of the experts listed after it (清华大学的院士共73位, with no one listed)
        if f.kind == "year" and any(a <= f.start < b for a, b in spans) and any(
                g.kind == "award" and isinstance(g.value, AwardText) and g.start > f.start for g in found):
            continue  # 2010年以后获得X奖: a bound of the span the award is checked in, not a year of its own
        if f.kind == "year" and not anchors:  # a year alone says nothing of anyone, unless it answers a question
            if state.last_award is not None and state.current is not None and state.current >= 0 \
                    and _THAT_AWARD.search(text):  # "…Award. The award came in 2012.": that award's year
                held = any(h.year == f.value and _award_compatible(state.last_award, h) == ""
                           for h in state.lexicon.awards[state.current])
                claims.append(_claim(f, state.current, held, "the year of the award the sentence before names"
                                     if held else "not the year of the award the sentence before names", state.experts))
            elif state.listed and state.current is not None and state.current >= 0:  # about the one in focus (是2013年。)
                held = any(a.year == f.value for a in state.experts[state.current].awards)
                claims.append(_claim(f, state.current, held, "a year of the record" if held else
                                     f"no award or election of {state.experts[state.current].name} in that year",
                                     state.experts))
            continue
        if id(f) in respective and f.kind == "year":  # "分别于2017年和2001年当选": each one's election (or award) year
            who = respective[id(f)]
            named = [g.value for g in found if g.kind == "award" and g.start > f.start and isinstance(g.value, AwardText)]
            years = elected(state.experts[who]) if _ELECTED_WORD.search(text) else \
                {h.year for h in state.lexicon.awards[who] if h.year and _award_compatible(replace(named[0], year=None), h)
                 == ""} if named else {a.year for a in state.experts[who].awards if a.year}  # 分别于2006年和2007年获得X
            claims.append(_claim(f, who, f.value in years, f"{state.experts[who].name}'s years: {sorted(years)}",
                                 state.experts))
            continue
        if id(f) in respective:  # "A、B分别任职于X和Y": X is A's, Y is B's
            claims.append(_verify(f, respective[id(f)], state.lexicon))
            continue
        group = _group(f, text, resolved, state) if f.kind != "person" else None
        if not group and f.kind != "person" and _SO_TOO.search(text, f.end):  # "A是杰青，B亦然": A's claim is B's too
            group = list(dict.fromkeys(w for a, w in resolved if a.value is None and w is not None and w >= 0))
            group = group if len(group) >= 2 else []
        if group:  # "两位专家都…", "A和B均…": the fact must be every one of theirs
            checks = [_verify(f, who, state.lexicon) for who in group]
            bad = [c for c in checks if not c.supported]
            if f.kind in ("direction", "field") and len(bad) < len(checks) and _TOGETHER.search(text, 0, f.start):
                bad = []  # "三位院士的研究覆盖A、B和C": together, each topic is someone's
            if bad and f.kind in ("direction", "field") and (joined := _one_domain(f, found, text)) and all(
                    any(_verify(g, who, state.lexicon).supported for g in joined) for who in group):
                bad = []  # "三位院士均来自半导体与微电子领域": one domain of two words, each expert in one of them
            claims.append(bad[0] if bad else next(c for c in checks if c.supported))
            continue
        part = [a for a, _ in resolved if isinstance(a.value, tuple) and a.value[0] == "plural" and a.value[2]
                and a.value[1] and a.end <= f.start and not _PART_END.search(text, a.end, f.start)
                and not any(b.value is None and a.end <= b.start < f.start for b, _ in resolved)]
        if part and f.kind != "person":  # "三位中有两位来自X": exactly that many of the retrieved experts hold it
            n = part[-1].value[1]
            holders = [i for i in range(len(state.experts)) if _holds(f, i, state.lexicon)
                       or f.text.endswith("院士") and f.text in (state.experts[i].title or "")]
            claims.append(_claim(f, None, len(holders) == n, f"{len(holders)} of the retrieved experts hold it, not {n}"
                                 if len(holders) != n else f"{n} of the retrieved experts", state.experts))
            continue
        subject = _subject(f, text, resolved, state)
        claim = _verify(f, subject, state.lexicon, frozenset(w for _, w in resolved if w is not None and w >= 0))
        if f.kind in ("direction", "field") and subject is not None and subject >= 0 and _said_unrelated(text, f):
            held = _holds(f, subject, state.lexicon)  # 与食用菌关系较远, "rather than medical scanners": not theirs
            claim = _claim(f, subject, not held, f"said to be apart from {state.experts[subject].name}'s work, and "
                           + ("their record holds it" if held else "their record does not hold it"), state.experts)
        if f.kind == "superlative" and subject is not None and subject >= 0 and \
                (tail := _exclusive_tail(f, text, found)) is not None and \
                (got := exclusive(tail, subject, state.experts, functools.partial(_topic_held, lex=state.lexicon))):
            claim = _claim(f, subject, got[0], got[1], state.experts)  # "the only one of the three with a national award"
        if f.kind == "quantity" and subject is not None and subject >= 0 and \
                (tally := _award_tally(f.text, state.experts[subject])
                 or _direction_tally(text[:f.start], f.text, state.experts[subject])) is not None:
            claim = _claim(f, subject, tally[0], tally[1], state.experts)  # "holds three national science awards"
        if claim.supported and _english_topic(f) and subject is not None and subject >= 0:
            if subject not in left_over:  # the sentence's English list paired with this expert's directions once
                listed = {g.text: g.value[1] for g in found if _english_topic(g)}
                left_over[subject] = _items_left_over(tuple(listed), subject, state.lexicon, listed)
            if f.text in left_over[subject]:
                claim = _claim(f, subject, False, "an item too many: the list says more topics than the record holds",
                               state.experts)
        if not claim.supported and f.kind in _CLAUSE_KINDS and subject is not None and subject >= 0 \
                and _clause_in_sources(text, f, [a for a, _ in resolved], state.experts[subject]):
            claim = _claim(f, subject, True, f"in {state.experts[subject].name}'s sources: its clause word for word",
                           state.experts)
        if not claim.supported and f.kind == "year" and subject is not None and subject >= 0 \
                and _year_of_named_award(f.value, found, state.lexicon.awards[subject], text,
                                                     state.last_award):
            claim = _claim(f, subject, True, "the year of the award the sentence names", state.experts)
        if not claim.supported and f.kind == "year" and subject is not None and subject >= 0 \
                and state.last_award is not None and _THAT_AWARD.search(text) \
                and any(h.year == f.value and _award_compatible(state.last_award, h) == ""
                        for h in state.lexicon.awards[subject]):  # A奖。该奖项是2008年获得的: the award just named
            claim = _claim(f, subject, True, "the year of the award the sentence before names", state.experts)
        if not claim.supported and f.kind == "year" and subject is not None and subject >= 0 \
                and _ELECTED_WORD.search(text) and f.value in elected(state.experts[subject]):
            claim = _claim(f, subject, True, "the year of the election the sentence speaks of", state.experts)
        if not claim.supported and f.kind == "comparison" and subject is not None and subject >= 0 \
                and _span_held(f.text, text, state.lexicon.awards[subject]):  # 2003年获…，十年后当选 (2013)
            claim = _claim(f, subject, True, "the span between two of the record's years", state.experts)
        if claim.supported and f.kind == "award" and isinstance(f.value, AwardText) and subject is not None \
                and subject >= 0 and (n := _award_count(f, text)) is not None \
                and (times := _times_held(f.value, state.lexicon.awards[subject])) != n:  # 获得过三项…奖 held twice
            claim = _claim(f, subject, False, f"{state.experts[subject].name}'s record holds it {times} times, not {n}",
                           state.experts)
        if claim.supported and f.kind == "award" and isinstance(f.value, AwardText) and subject is not None \
                and subject >= 0 and (span := span_before(text, f.start)) is not None:  # 近五年获得X奖: dated in it
            years = [h.year for h in state.lexicon.awards[subject]
                     if _award_compatible(replace(f.value, year=None), h) == ""]
            held = any(y is not None and span[0] <= y <= span[1] for y in years)
            claim = _claim(f, subject, held, "dated within the years said" if held else
                           f"{state.experts[subject].name}'s record dates it {sorted(y for y in years if y) or 'nowhere'}, "
                           "not within the years said", state.experts)
        if not claim.supported and subject is not None and subject >= 0 \
                and _award_count_held(f, text, found, state.lexicon.awards[subject]):
            claim = _claim(f, subject, True, f"{state.experts[subject].name}'s record holds that award so many times",
                           state.experts)
        claims.append(claim)
    claims += [Claim(kind="comparison", text=text[c.start:c.end], supported=c.held, reason=c.reason) for c in computed]
    people = [w for a, w in resolved if w is not None and (a.value is None or a.value[0] != "plural")]
    before = state.current
    for who in people:  # the focus moves to the last retrieved expert the sentence is about
        if who != UNKNOWN:
            state.current = who
            if who not in state.order:
                state.order.append(who)
    named = {w for w in people if w >= 0}
    if len(named) >= 2 and before in named:  # "陈立泉's work complements that of 查全性. He …": still 陈立泉, whose
        state.current = before  # paragraph it is, not the one compared with (与项海帆相比，林元培…。他 in 林元培's)
    state.unknown_last = bool(people) and people[-1] == UNKNOWN
    awards = [f.value for f in found if f.kind == "award" and isinstance(f.value, AwardText)]
    state.last_award = awards[-1] if len(awards) == 1 else None if awards or people else state.last_award
    return claims


# the award the sentence before named: 该奖项, 这一奖项, 此奖, "this award", "the prize"
_THAT_AWARD = re.compile(r"(?:该|这一?|此|这个|这项|上述)(?:奖项|奖励|荣誉|奖)|\b(?:this|that|the) (?:award|prize)\b",
                         re.IGNORECASE)


# kinds a computed comparison's own words are read as (比□□早, 同为2009年, 大21岁, 出生最晚, "the youngest"): the
# computation decides them instead
# "20 years apart", "相隔20年": a number of years the sentence computes from two of its own years
_APART = re.compile(r"\b(\d{1,3})\s+years?\s+apart\b|相隔(\d{1,3})年(?!时间)", re.IGNORECASE)


def _apart(text: str, f: Found) -> bool:
    """Whether a figure is the gap between two years the same sentence states (those years are claims of their own)."""
    m = next((m for m in _APART.finditer(text) if m.start() <= f.start < m.end()), None)
    years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)]
    return m is not None and int(m.group(1) or m.group(2)) in {abs(a - b) for a in years for b in years if a != b}


# the year of the other event said to be the quoted biography's (generation.year_gaps writes it)
_QUOTED_OTHER = re.compile(r"简介中写的另一项的年份|the year the biography quoted below gives for the other")
_HONOUR_QUOTED = re.compile(r"奖|勋章|称号|院士|学部委员")


def _apart_quoted(text: str, f: Found, experts: list[ExpertMatch]) -> bool:
    """Whether a figure is the gap between a year the sentence states and one a quoted biography sentence of the expert
    it is about gives an honour (…1982年获得国家自然科学奖一等奖；按下面所引简介中写的另一项的年份，两者相隔17年)."""
    m = next((m for m in _APART.finditer(text) if m.start() <= f.start < m.end()), None)
    if m is None or not _QUOTED_OTHER.search(text) or len(experts) != 1:
        return False
    said = {int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)}
    quoted = {int(y) for c in experts[0].citations if c.kind == BIOGRAPHY for fact in c.facts
              if _HONOUR_QUOTED.search(fact.fact) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", fact.fact)}
    return int(m.group(1) or m.group(2)) in {abs(a - b) for a in said for b in quoted - said}


# a count of the graph's experts with its conditions (知识图谱中，2011年获得过国家最高科学技术奖的院士共1位)
_CENSUS_SENTENCE = re.compile(r"知识图谱中，[^。！？\n]*?共\d+位")
_COMPUTED = frozenset({"comparison", "year", "quantity", "figure", "life", "superlative"})


# kinds of claim a source sentence of the subject's record supports when the whole clause that states it is written
# there (1925年4月11日生于江苏南京, 2007年获国际电池材料协会终生成就奖, 已培养硕士87名和博士77名): what the bio says
_CLAUSE_KINDS = frozenset({"life", "year", "education", "quantity", "figure", "award", "honour", "position", "institution",
                           "work", "partnership", "application", "superlative", "direction", "field", "term", "title"})
_CLAUSE_LEAD = re.compile(r"^(?:\s|[-*•>]|\d{1,2}[.、)）]|\*\*[^*]{0,12}\*\*[:：]?|[\u4e00-\u9fff]{2,6}[:：])*(?:是|为|系)?")
_NOT_WORD = re.compile(r"[\W_]+")


def _clause_in_sources(text: str, f: Found, anchors: list[Found], e: ExpertMatch) -> bool:
    """Whether the clause stating `f`, without its list marker, label and the people it names, is written in one of
    the expert's source sentences (at least six characters of it)."""
    cs, ce = _clause(text, f.start)
    if f.end > ce:  # the claim runs past its clause (项目：9项): the clause is not all of it
        return False

    def core(end: int) -> str:
        kept = [c for i, c in enumerate(text[cs:end], cs) if not any(a.start <= i < a.end for a in anchors)]
        return _NOT_WORD.sub("", _CLAUSE_LEAD.sub("", "".join(kept).strip()))

    said = core(ce)
    if len(said) < 6 and ce < len(text):  # "2007年，他获…": a year's clause goes with the next
        said = core(_clause(text, ce + 1)[1])
    if len(said) < 6:
        return False
    after = set(e.name[-1:]) | _BOUNDARY_CHARS  # the clause may follow the expert's name or 曾/现/并 … in the source
    for c in (c for cite in e.citations for c in cite.facts):
        plain, starts = _plain(c.snippet)
        at = plain.find(said)
        while at >= 0:
            # an organisation or title not read as the tail of a longer name: 电子科技大学 in 西安电子科技大学
            if f.kind not in ("institution", "title", "position") or starts[at] or plain[at - 1] in after:
                return True
            at = plain.find(said, at + 1)
    return False


_BOUNDARY_CHARS = frozenset("曾现并还也已于在后又再均都即为是任")
_COUNT = re.compile(r"\s*(?:先后|共获?|累计)?\s*(\d+|[一二两三四五六七八九十]+)\s*[项次]\s*")


def _span_held(said: str, text: str, held: list[AwardText]) -> bool:
    """Whether "N年后/前" in a sentence that dates one event of the record leads to another of its years
    (2003年获得…的蹇锡高，十年后当选: 2013)."""
    m = re.fullmatch(r"(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*年(?:之|以)?([后前])", said.strip())
    if m is None:
        return False
    n = int(arabic(m.group(1))) * (1 if m.group(2) == "后" else -1)
    years = {a.year for a in held if a.year}
    return any(int(y) in years and int(y) + n in years for y in re.findall(r"(?:19|20)\d\d", text))


def _award_count_held(f: Found, text: str, found: list[Found], held: list[AwardText]) -> bool:
    """Whether a count right after an award (二等奖2项) or right before it (两次获得国家技术发明奖) is how many times
    the record holds that award."""
    m = _COUNT.fullmatch(f.text) if f.kind == "quantity" else None
    award = next((a for a in found if a.kind == "award" and isinstance(a.value, AwardText) and (
        a.end <= f.start and not text[a.end:f.start].strip() or f.end <= a.start and _WON.fullmatch(text[f.end:a.start]))),
        None)
    if m is None or award is None:
        return False
    return _times_held(award.value, held) == int(arabic(m.group(1)))


# "holds three national science awards": how many awards of a kind the record lists (national: 国家…; science:
# 科学/科技), computed; any other word about the awards (provincial, international, first-class) is not
_TALLY_EN = re.compile(r"\b(?:received|won|holds?|has|lists?|earned)\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                       r"((?:(?:national|state|science|scientific|science\s+and\s+technology|major)\s+)*)(?:awards|prizes)\b",
                       re.IGNORECASE)


def _award_tally(text: str, e: ExpertMatch) -> tuple[bool, str] | None:
    """Whether an English count of an expert's awards ("holds three national science awards") is the record's."""
    m = _TALLY_EN.search(text)
    if m is None:
        return None
    said, kind = int(NUMBER_WORDS.get(m.group(1).lower(), m.group(1))), m.group(2).lower()
    names = [a.name for a in e.awards if not a.name.endswith("院士")]
    if "national" in kind or "state" in kind:
        names = [n for n in names if n.startswith("国家")]
    if "scien" in kind:
        names = [n for n in names if "科学" in n or "科技" in n]
    return len(names) == said, f"{e.name}'s record lists {len(names)} such awards"


def _direction_tally(before: str, said: str, e: ExpertMatch) -> tuple[bool, str] | None:
    """Whether a count of an expert's directions ("研究方向只有光纤通信一项") is the record's."""
    count = re.fullmatch(r"([一二两三四五六七八九十\d]+)\s*[项个]", said.strip())
    if count is None or not _DIRECTIONS_COUNTED.search(before):
        return None
    return len(e.directions) == int(arabic(count.group(1))), f"{e.name}'s record lists {len(e.directions)} directions"


_DIRECTIONS_COUNTED = re.compile(r"(?:研究)?方向[^，。；;]{0,4}?(?:只有|仅有|只|仅|共有?|共计|包括|有)[^，。；;]{0,24}$")


_TITLE_AFTER = re.compile(r"^\s*(?:院士|教授|研究员|老师)?(?:一人|一位)?")


def _exclusive_tail(f: Found, text: str, found: list[Found]) -> str | None:
    """What follows the words of an exclusivity among the retrieved experts ("the only one …", 三位中唯一…), None
    for another superlative or one beyond them (国内唯一); "唯一列出这一方向的" as the direction the sentence named
    before it."""
    if only := ONLY.match(f.text):
        return text[f.start + only.end():]
    if f.text.endswith(("只有", "仅有")):  # 三位专家中，只有侯锋院士获得过国家技术发明奖: what follows his name
        name = next((g for g in found if g.kind == "anchor" and g.start >= f.end), None)
        rest = _TITLE_AFTER.sub("", text[name.end:], count=1) if name is not None else ""
        rest = re.sub(r"\s*[（(][^（）()]{0,12}[）)]", "", rest)  # 获得过国家最高科学技术奖（2011年）: the year aside
        return re.split(r"[，,。；;！!？?]", rest, maxsplit=1)[0] + "的" if rest else None
    at = f.text.find("唯一")
    if at < 0 or not SCOPE_ZH.search(text, 0, f.start + at + 2):
        return None
    tail = text[f.start + at + 2:]
    named = [g.text for g in found if g.kind in ("direction", "field") and g.end <= f.start]
    if named and (this := THIS_DIRECTION.match(tail)):
        return f"研究{named[-1]}的{tail[this.end():].lstrip('的')}"
    return tail


def _topic_held(topic: str, e: ExpertMatch, lex: Lexicon) -> bool:
    """Whether a topic an exclusivity names is one of the expert's: by its words in Chinese, by meaning in English."""
    if re.search(r"[\u4e00-\u9fff]", topic):
        return _phrase_matches(topic, e.directions + e.fields)
    return lex.similarity is not None and lex.similarity(topic, topic_parts([*e.directions, *e.fields])) >= EN_PAIR_MIN


# a topic said to lie apart from the expert's work: 与食用菌关系较远, 与精神病学没有直接关系, "rather than medical scanners"
_UNRELATED_BEFORE = re.compile(r"\b(?:rather\s+than|instead\s+of|unrelated\s+to|not\s+related\s+to|nothing\s+to\s+do\s+with|"
                               r"far\s+from|outside)\s+(?:the\s+|any\s+)?$", re.IGNORECASE)


def _said_unrelated(text: str, f: Found) -> bool:
    return bool(UNRELATED.match(text, f.end) or _UNRELATED_BEFORE.search(text, max(0, f.start - 24), f.start))


def _year_of_named_award(year: int, found: list[Found], held: list[AwardText], text: str = "",
                         last: AwardText | None = None) -> bool:
    """Whether a year said apart from its award is the record's year of an award the sentence names without one
    ("王伟的国家技术发明奖二等奖是2018年获得的", "His State Technological Invention Award came in 2018") — or, where it
    names none, of an award of the grade it says ("received his first-class award in 1995", 他的一等奖是1995年获得的)."""
    named = [f.value for f in found if f.kind == "award" and isinstance(f.value, AwardText) and f.value.year is None]
    if not any(f.kind == "award" for f in found) and (unnamed := _UNNAMED_AWARD.search(text)):
        grade = _GRADE_OF.get((unnamed.group(1) or unnamed.group(2) or "").lower())
        if grade is None and last is not None:  # "…Award. The award came in 1988.": the award just named
            return any(h.year == year and _award_compatible(last, h) == "" for h in held)
        return any(h.year == year and (grade is None or h.grade == grade) for h in held)
    return any(h.year == year and _award_compatible(a, h) == "" for a in named for h in held)


# an award the sentence names only by its grade, or not at all: "his first-class award", "the prize", 他的一等奖
_UNNAMED_AWARD = re.compile(r"\b(?:his|her|the|this|that)\s+(?:(first|second|third|special)[- ](?:class|grade|prize)\s+)?"
                            r"(?:award|prize)\b|(?:他|她|其)的(一|二|三|特)?等?奖", re.IGNORECASE)
_GRADE_OF = {"first": "一", "second": "二", "third": "三", "special": "特", "一": "一", "二": "二", "三": "三", "特": "特"}


def _times_held(award: AwardText, held: list[AwardText]) -> int:
    return sum(1 for h in held if _award_compatible(award, h) == "")


def _award_count(f: Found, text: str) -> int | None:
    """The count an award claim states before the award (获得过三项国家技术发明奖, 两次获得…, "received three second-class
    … Awards"), None when none."""
    m = _COUNT_BEFORE.search(text[max(0, f.start - 12):f.start] + _COUNT_LEAD.match(f.text).group())
    if m:
        return int(arabic(m.group(1)))
    m = _COUNT_BEFORE_EN.search(text, max(0, f.start - 12), f.start)
    return int({"twice": "2", "thrice": "3", **NUMBER_WORDS}.get(m.group(1).lower(), m.group(1))) if m else None


# a count before an award: 三项国家技术发明奖, 先后两次获得, 共获3项 (approximate counts — 二十余项 — are quantities)
_COUNT_BEFORE = re.compile(r"(\d+|[一二两三四五六七八九十]+)\s*[项次个]\s*(?:获得过?|获得了|荣获|获|摘得|斩获|拿下|拿过)?\s*$")
_COUNT_BEFORE_EN = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|twice|thrice)(?:\s+times)?\s+"
                              r"(?:(?:won|received|been\s+awarded|got)\s+)?获?$", re.IGNORECASE)  # "has twice won"
_COUNT_LEAD = re.compile(r"^(?:[^\u4e00-\u9fff\d]*(?:获得过?|获得了|荣获|获|共|共获|先后)?\s*(?:\d+|[一二两三四五六七八九十]+)\s*[项次个])?")
_WON = re.compile(r"\s*(?:获得过?|获得了|荣获|获|摘得|斩获|拿下|拿过)?\s*")


_CLAUSE_END = re.compile(r"[,，;；:：]")
_PART_END = re.compile(r"[,，;；:：(（]")
_ALL = re.compile(r"(?<![首成京])(?:都|均|皆|全都|全部|一致|一样[，,]?\s*也|同(?=[在为属是]))(?![市会])|(?<![A-Za-z])(?:both|all|each)(?![A-Za-z])")
_TOGETHER = re.compile(r"覆盖|涵盖|横跨|兼顾|合起来|加起来|together|between them|jointly cover", re.IGNORECASE)
_SO_TOO = re.compile(r"亦然|也是如此|同样如此|亦是如此|也一样|也不例外|也是(?=\s*(?:[。！!；;]|$))"
                     r"|(?<![A-Za-z])(?:and so (?:did|has|does|is|was)|as (?:did|has|does)|(?:did|does|has|is|was) too)(?![A-Za-z])")
_BOTH_FIRST = re.compile(r"^\s*(?:[-*•]\s*)?(?:[Bb]oth|[Aa]ll (?:three|two|four) of|[Ee]ach of)\s")  # "Both A and B won X"


def _count_ok(n: int, named: int, state: GuardState, head: str = "") -> bool:
    """Whether "N位专家" can be true: N experts were retrieved, mentioned so far, or named in the sentence;
    "前两位"/"后两位" needs at least N."""
    if head in ("前", "后"):
        return n <= len(state.experts)
    return n in (len(state.experts), len(state.order), named)


def _references(text: str, resolved: list[tuple[Found, int | None]], state: GuardState) -> list[Claim]:
    """Claims the references themselves make: "以上三位" needs three experts, "第四位" a fourth, "第二位专家X" X second."""
    out: list[Claim] = []
    named = {w for a, w in resolved if a.value is None and w is not None and w >= 0}
    counts = [a.value[1] for a, _ in resolved if isinstance(a.value, tuple) and a.value[0] == "plural" and a.value[1]
              and not a.value[2]]
    for i, (a, who) in enumerate(resolved):
        kind = a.value[0] if isinstance(a.value, tuple) else None
        if kind == "plural" and a.value[1] and a.value[1] > 1 and not a.value[2] and (
                a.value[3] or _ALL.search(text, a.end)):  # a group spoken of: "以上三位…", "两位专家都…"
            n = a.value[1]  # "两位研究员和一位教授": counts that add up to the group are its parts
            clause = max((m.end() for m in _CLAUSE_END.finditer(text, 0, a.start)), default=0)
            listed = {w for b, w in resolved if b.value is None and w is not None and w >= 0 and clause <= b.start < a.start}
            ok = n == 1 or _count_ok(n, len(named), state, a.value[3]) or len(counts) > 1 and _count_ok(sum(counts), len(named), state) \
                or n == len(_qualified(state, a.value)) or n == len(listed) \
                or not state.order and n == len(_named_in_turn(state))  # "林鸿宣、刘耀光两位都…": the two just named;
            # "Both …" first in an answer to "How does A compare with B?": the two the question names
            out.append(Claim(kind="reference", text=a.text, supported=ok,
                             reason=f"{n} experts" + ("" if ok else f", but {len(state.experts)} were retrieved")))
        elif kind == "ordinal" and isinstance(a.value[1], int):
            n = a.value[1]
            if who == UNKNOWN:
                out.append(Claim(kind="reference", text=a.text, supported=False,
                                 reason=f"no expert {n}: {len(state.experts)} were retrieved"))
                continue
            nxt = resolved[i + 1] if i + 1 < len(resolved) else None
            if nxt and nxt[0].value is None and nxt[1] is not None and nxt[1] >= 0 and \
                    not _CLAUSE_BREAK.search(text, a.end, nxt[0].start):
                ok = nxt[1] in (who, n - 1)  # in order of mention, or of retrieval
                out.append(Claim(kind="reference", text=a.text, expert_id=state.experts[nxt[1]].id, supported=ok,
                                 reason=f"{state.experts[nxt[1]].name} is expert {nxt[1] + 1}" if not ok else
                                 f"{state.experts[nxt[1]].name}"))
    return out


def _counted_group(anchor: Found, state: GuardState) -> list[int]:
    """The experts a counted group stands for (前两位, 后两位, 三位, 他们): in the order given; [] when it cannot say."""
    n, head, order = anchor.value[1], anchor.value[3], state.in_order
    if n and head in ("前", "后"):
        return order[:n] if head == "前" else order[-n:]
    if n in (None, len(state.experts)):
        return list(state.order) if n is None and len(state.order) >= 2 else list(range(len(state.experts)))
    if n == len(state.order):
        return list(state.order)
    asked = [] if state.order else _named_in_turn(state)  # "How does A compare with B?" — "Both work on …"
    return asked if len(asked) == n else []


def _named_in_turn(state: GuardState) -> list[int]:
    """The retrieved experts the user's last turn names, in its order (read once per answer)."""
    if state.turn_names is None:
        found = extract(state.turn, state.lexicon) if state.turn else []
        state.turn_names = list(dict.fromkeys(f.experts[0] for f in found if f.kind == "person" and len(f.experts) == 1))
    return state.turn_names


def _qualified(state: GuardState, value: tuple) -> list[int]:
    """The retrieved experts a counted group's noun fits ("两位院士": those whose title or awards say 院士); [] for none."""
    qual = value[4] if len(value) > 4 else ""
    if not qual:
        return []
    return [i for i, e in enumerate(state.experts)
            if qual in (e.title or "") or any(qual in a.name for a in e.awards)
            or qual in ("教授", "研究员") and (e.title or "").endswith(qual) and not (e.title or "").startswith("副")]


def _group(f: Found, text: str, resolved: list[tuple[Found, int | None]], state: GuardState) -> list[int]:
    """The experts a distributive claim is about ("两位专家都是…", "A和B都研究…"); [] when it is about one."""
    marks = [m.start() for m in _ALL.finditer(text, 0, f.start)]
    if _BOTH_FIRST.match(text):  # the names come after "Both": the group is every one named before the claim
        named = list(dict.fromkeys(w for a, w in resolved if a.start < f.start and a.value is None and w is not None
                                   and w >= 0))
        return named if len(named) >= 2 else []
    if not marks:
        return []
    if any(w is not None and w >= 0 and a.value is None and _CLAUSE_END.search(text, marks[-1], a.start)
           for a, w in resolved if marks[-1] < a.start < f.start):
        return []  # "A和B都来自X，但A是…": a later clause about one of them is no longer the group's
    if any(_kind(a) == "plural" and a.value[2] and marks[-1] < a.start < f.start for a, _ in resolved):
        return []  # "三位均…，其中两位是X": a part of them, counted (the claims' part reading)
    before = [(a, w) for a, w in resolved if a.start < marks[-1]]
    named = list(dict.fromkeys(w for a, w in before if a.value is None and w is not None and w >= 0))
    plural = [a for a, _ in before if isinstance(a.value, tuple) and a.value[0] == "plural" and not a.value[2]]
    if not plural:
        return named if len(named) >= 2 else []
    n, head = plural[-1].value[1], plural[-1].value[3]
    qualified = _qualified(state, plural[-1].value)
    if n and len(qualified) == n and len(named) < 2:  # "两位院士都…" of three retrieved: the two academicians
        return qualified
    if n and head in ("前", "后"):  # "前两位专家都…": the first (last) N in the order they were given
        return state.in_order[:n] if head == "前" else state.in_order[-n:]
    if len(named) >= 2 and (n is None or n == len(named) or _AMONG.match(text, plural[-1].end)):
        return named  # "三位专家中，A和B都…": the three are where A and B are, the two the group
    if n is not None and n == len(state.order) and n != len(state.experts):
        return list(state.order)
    if n is None and len(state.order) >= 2:
        return list(state.order)
    if n and not state.order and len(asked := _named_in_turn(state)) == n:  # 两位都… answering "A和B相比如何？"
        return asked
    return list(range(len(state.experts))) if n in (None, len(state.experts)) else []


_JOINED = re.compile(r"\s*(?:与|和|及|以及|、|或)\s*")
_DOMAIN = re.compile(r"\s*(?:等)?(?:相关)?(?:领域|方向|行业|学科|方面)")


def _one_domain(f: Found, found: list[Found], text: str) -> list[Found]:
    """The topics joined into one domain with `f` ("半导体与微电子领域"), `f` among them; [] when it stands alone."""
    topics = [g for g in found if g.kind in ("direction", "field")]
    at = next(i for i, g in enumerate(topics) if g is f)
    lo = hi = at
    while lo > 0 and _JOINED.fullmatch(text, topics[lo - 1].end, topics[lo].start):
        lo -= 1
    while hi + 1 < len(topics) and _JOINED.fullmatch(text, topics[hi].end, topics[hi + 1].start):
        hi += 1
    return topics[lo:hi + 1] if hi > lo and _DOMAIN.match(text, topics[hi].end) else []


_AMONG = re.compile(r"\s*(?:之中|当中|中间|中|里面|里)")
_RESPECTIVELY = re.compile(r"分别")
_ELECTED_WORD = re.compile(r"当选|入选|增选|\belect(?:ed|ion)\b", re.IGNORECASE)


def _respectively(text: str, found: list[Found], resolved: list[tuple[Found, int | None]],
                  state: GuardState) -> dict[int, int]:
    """For "A、B分别…X和Y": each claim after 分别 (by id) -> the named expert in the same place of the list."""
    m = _RESPECTIVELY.search(text)
    if m is None:
        return {}
    people = list(dict.fromkeys(w for a, w in resolved if a.value is None and w is not None and w >= 0
                                and a.start < m.start()))
    groups = [a for a, _ in resolved if _kind(a) == "plural" and a.value[1] and a.end <= m.start()]
    if len(people) < 2 and groups:  # "前两位分别…", "三人分别…": the experts in the order given
        people = _counted_group(groups[-1], state)
    facts = [f for f in found if f.start >= m.end() and f.kind not in ("anchor", "person", "year")]
    # 分别于2017年和2001年当选院士: the years, the last one read with the seat it dates
    years = [f for f in found if f.start >= m.end() and (f.kind == "year" or f.kind == "honour" and f.value[2])]
    dated = [f for f in facts if f.kind == "award" and isinstance(f.value, AwardText) and f.value.year]
    if len(facts) == 1 and dated and len(years) + 1 == len(people) and all(y.start < dated[0].start for y in years):
        years.append(dated[0])  # 分别于2006年和2007年获得X: the last year was read with the award it dates
    after = facts if len(facts) == len(people) or len(years) != len(people) else years
    kinds = {f.kind for f in after}
    if len(people) < 2 or len(after) != len(people) or len(kinds) != 1 and after is not years:
        return {}
    return {id(f): who for f, who in zip(after, people)}


def _kind(anchor: Found) -> str | None:
    return anchor.value[0] if isinstance(anchor.value, tuple) else anchor.value


def _described(anchor: Found, found: list[Found], state: GuardState) -> int | None:
    """The one expert a description fits ("来自X的那位专家": X is theirs; "唯一的教授": their title); UNKNOWN when it
    fits nobody, None when it fits several (then any of them)."""
    lex, n = state.lexicon, len(state.experts)
    if _kind(anchor) == "only":
        word = anchor.value[1]
        title = [lex.experts[i].title or "" for i in range(n)]
        fits = [i for i in range(n) if (word in title[i] if word == "院士" else all(s in title[i] for s in _ACADEMY_SEATS.values())
                                        if word == "两院院士" else _title_matches(word, title[i]))]
        return fits[0] if len(fits) == 1 else None
    start, word = anchor.value[1], anchor.value[2]
    facts = [f for f in found if f.kind not in ("anchor", "person", "year") and start <= f.start < anchor.start]
    if word in ("教授", "研究员"):
        facts.append(Found("title", anchor.start, anchor.end, word, (), word))
    if not facts:
        return None
    fits = [i for i in range(n) if all(_holds(f, i, lex) for f in facts)]
    return fits[0] if len(fits) == 1 else UNKNOWN if not fits else None


def _resolve(anchor: Found, state: GuardState) -> int | None:
    """The expert an anchor stands for: a name, 他/她 (the expert in focus), 第二位, 前者/后者, 专家2; UNKNOWN."""
    if anchor.value is None:
        return anchor.experts[0] if anchor.experts else UNKNOWN
    kind = anchor.value[0] if isinstance(anchor.value, tuple) else anchor.value
    if kind == "surname":
        mentioned = [i for i in state.order if i in anchor.experts]
        return mentioned[-1] if mentioned else anchor.experts[0]
    if kind == "pronoun":
        return UNKNOWN if state.unknown_last else state.current
    if kind == "retrieved":
        n = anchor.value[1]
        return n - 1 if 1 <= n <= len(state.experts) else UNKNOWN
    if kind == "ordinal":
        n = anchor.value[1]
        if n in ("前", "后"):
            if len(state.order) < 2:
                return state.current
            return state.order[-2] if n == "前" else state.order[-1]
        order = list(range(len(state.experts))) if state.listed else state.in_order
        return order[n - 1] if 1 <= n <= len(order) else UNKNOWN
    return None  # plural: any of them


def _namesake_at(anchor: Found, who: int | None, text: str, experts: list[ExpertMatch]) -> int | None:
    """Which of namesakes a name stands for where the text ties it to an institution (清华大学的周济, 周济（清华大学）,
    "周济 of 清华大学"): that one; else whom the name was resolved to (the first of them)."""
    if anchor.value is not None or len(anchor.experts) < 2:
        return who
    before, after = text[max(0, anchor.start - 30):anchor.start], text[anchor.end:anchor.end + 34]
    for i in anchor.experts:
        org = experts[i].institution
        if org and (before.endswith(org + "的") or re.match(rf"\s*(?:[（(]|\b(?:of|at)\s+){re.escape(org)}", after)):
            return i
    return who


_LIKE_BEFORE = re.compile(r"(?:与|和|跟|同|像|比|不同于|除了|相较于|相比于|对比)\s*$")


def _in_sentence_order(resolved: list[tuple[Found, int | None]], text: str) -> list[tuple[Found, int | None]]:
    """前者/后者 after two experts named in the same sentence (陈红和王伟相比，前者…) stand for the first and the last of
    them, not for the answer's earlier order; 他/其 after a person the sentence names stands for that person."""
    out = []
    for a, who in resolved:
        if _kind(a) == "pronoun":  # "傅恒志研究凝固理论，其所在单位为…": the person this sentence named before it,
            people = [w for b, w in resolved if b.value is None and b.end <= a.start and w is not None  # not one
                      and not _LIKE_BEFORE.search(text[max(0, b.start - 4):b.start])]  # compared with (与X一样，他…)
            who = people[-1] if people else who
        if _kind(a) == "surname":  # "**2. 杨德森**（…）杨院士的方向…": the one of that surname the sentence named
            people = [w for b, w in resolved if b.value is None and b.end <= a.start and w in a.experts]
            who = people[-1] if people else who
        if _kind(a) == "ordinal" and a.value[1] in ("前", "后"):
            named = list(dict.fromkeys(w for b, w in resolved if b.value is None and b.end <= a.start
                                       and w is not None and w >= 0))
            if len(named) >= 2:
                who = named[0] if a.value[1] == "前" else named[-1]
        out.append((a, who))
    return out


def _clause(text: str, pos: int) -> tuple[int, int]:
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, pos) if m.end() <= pos]
    end = _CLAUSE_BREAK.search(text, pos)
    return (starts[-1] if starts else 0), (end.start() if end else len(text))


_COMPARED_WITH = re.compile(r"(?:比|先于|早于|晚于|后于)\s*$")


def _subject(f: Found, text: str, resolved: list[tuple[Found, int | None]], state: GuardState) -> int | None:
    """The expert a claim is about: itself for a person; else the nearest person in its clause, then sentence."""
    if f.kind == "person":
        return f.experts[0] if f.experts else UNKNOWN
    cs, ce = _clause(text, f.start)
    in_clause = [(a, w) for a, w in resolved if cs <= a.start < ce]
    before = [(a, w) for a, w in in_clause if a.start < f.start]
    if len(before) >= 2 and _COMPARED_WITH.search(text, max(0, before[-1][0].start - 3), before[-1][0].start):
        before = before[:-1]  # 他比李德群院士早六年当选中国科学院院士: the seat is his, not the one compared with
    after = [(a, w) for a, w in in_clause if a.start >= f.end]
    pick = before[-1] if before else after[0] if after else None
    if f.kind == "institution" and after and after[0][0].start == f.end + 1 and text[f.end] == "的" and \
            after[0][1] is not None and after[0][1] >= 0 and \
            sum(e.name == state.experts[after[0][1]].name for e in state.experts) > 1:
        pick = after[0]  # 关桥比清华大学的周济年长26岁: 清华大学 is 周济's (namesakes told apart so)
    if pick is None:
        before = [(a, w) for a, w in resolved if a.start < f.start]
        after = [(a, w) for a, w in resolved if a.start >= f.end]
        pick = before[-1] if before else after[0] if after else None
    if pick is None:  # no one named: the expert in focus, unless the sentence is advice to the enterprise
        # 建议先从肺癌筛查切入, or a step under "## 合作建议": a topic, not his
        return None if state.advice or ADDRESSED.search(text, 0, f.start) else state.current
    return pick[1]


def _claim(f: Found, who: int | None, ok: bool, reason: str, experts: list[ExpertMatch]) -> Claim:
    expert_id = experts[who].id if who is not None and who >= 0 else None
    return Claim(kind=f.kind, text=f.text, expert_id=expert_id, supported=ok, reason=reason)


def _verify(f: Found, who: int | None, lex: Lexicon, named: frozenset[int] = frozenset()) -> Claim:
    """Whether expert `who` (None: any retrieved expert) has the fact `f` states (`named`: the experts the sentence
    names, whose own words it may be giving)."""
    experts = lex.experts
    if f.kind == "person":
        ok = bool(f.experts)
        return _claim(f, who, ok, "a retrieved expert" if ok else "not a retrieved expert", experts)
    if who == UNKNOWN:
        return _claim(f, None, False, "about a person who is not a retrieved expert", experts)
    holders = [i for i in range(len(experts)) if _holds(f, i, lex)]
    if who is None:
        ok = bool(holders)
        return _claim(f, None, ok, "in the retrieved experts' records" if ok else "not in the graph", experts)
    if who in holders and not named & set(f.experts) and _anothers_word_for_word(f, who, experts):
        return _claim(f, who, False, f"word for word {'、'.join(experts[i].name for i in f.experts)}'s, not "
                      f"{experts[who].name}'s", experts)
    if who in holders:
        return _claim(f, who, True, f"in {experts[who].name}'s record", experts)
    namesakes = [i for i in holders if experts[i].name == experts[who].name]
    if namesakes:  # two retrieved experts share the name: the name alone cannot say which one is meant
        return _claim(f, namesakes[0], True, f"in the record of {experts[who].name} (one of namesakes)", experts)
    if f.kind in _VERBATIM_KINDS and _in_any_source(f.text, experts[who]):
        return _claim(f, who, True, f"in {experts[who].name}'s sources, word for word", experts)
    why = _mismatch(f, lex.awards[who])
    if not why and holders:
        why = f"belongs to {'、'.join(experts[i].name for i in holders)}, not {experts[who].name}"
    return _claim(f, who, False, why or f"not in {experts[who].name}'s record", experts)


def _anothers_word_for_word(f: Found, who: int, experts: list[ExpertMatch]) -> bool:
    """Whether a direction said of `who` is, word for word, another retrieved expert's while `who`'s record holds it
    only by its words' pairs, not written: 食品工程 (朱蓓薇's) said of 孙宝国, whose 香料和食品添加剂 and 轻纺工程 share
    its pairs — a direction moved from one card to another."""
    if f.kind not in ("direction", "field") or not f.experts or who in f.experts:
        return False
    said = clean_phrase(f.text)
    return not any(said in clean_phrase(t) for t in [*experts[who].directions, *experts[who].fields])


# where an institution is (位于上海, 单位在上海, 在上海工作): a claim the graph's record of the institution can hold, not
# where the person lives or comes from (老家, 定居, 上海人)
_AT_INSTITUTION = re.compile(r"^(?:位于|(?:单位|所在地|工作单位|工作地)(?:都|均|也)?(?:在|位于)|(?:在|于)(?=.*(?:工作|任职|办公|上班|任教|执教)$))")
_PLACE_WORD = re.compile(PLACES)


def _located(text: str, e: ExpertMatch) -> bool:
    """Whether a location claim says where the expert's institution is, and every place it names is the place the
    graph records for that institution (province or city) or a word of its name (单位（复旦大学）位于上海)."""
    said = _PLACE_WORD.findall(text)
    held = {p for p in (e.province, e.city) if p} | set(_PLACE_WORD.findall(e.institution or ""))
    return bool(_AT_INSTITUTION.match(text)) and bool(said) and set(said) <= held


def _holds(f: Found, i: int, lex: Lexicon) -> bool:
    e = lex.experts[i]
    if f.kind == "location":
        return _located(f.text, e)
    if f.kind == "institution":
        canon = f.value if isinstance(f.value, str) else canonical_org(f.text)
        if canon in _ACADEMY_SEATS:  # 三位院士均来自中国工程院: of the academy, as its academician
            return any(a.name.startswith(_ACADEMY_SEATS[canon]) for a in e.awards) or \
                (e.title or "").startswith(_ACADEMY_SEATS[canon])
        return _org_matches(f.text, canon, e.institution, lex.org_forms[i]) or _in_sources(f.text, e, lex.org_forms[i])
    if f.kind == "title":  # the record's title, or one its sources state (南开大学教授。 for a 院士)
        return _title_matches(f.text, e.title) or any(_title_matches(f.text, c.fact) for c in _facts(e, "title"))
    if f.kind == "position":  # a post the record's own source sentences name (现任…副总工程师), exactly so
        tense, named, honorary, of = f.value[1:5] if isinstance(f.value, tuple) else (None, (), False, None)
        return any(_post_in_sources(post, e, tense, named, honorary, of) for post in _posts_said(f.text))
    if f.kind == "honour":
        mode, required, year = f.value
        hay = [(a.name, a.year) for a in e.awards] + ([] if year else [(e.title or "", None)])
        hits = [any(r.lower() in h.lower() and (not year or y == year) for h, y in hay) for r in required]
        return all(hits) if mode == "all" else any(hits)
    if f.kind == "award":
        return any(_award_compatible(f.value, a) == "" for a in lex.awards[i])
    if f.kind == "negation" and isinstance(f.value, tuple) and f.value[0] == NOT_EXPERTISE:  # 焊接不是他的专长
        return not any(_phrase_matches(t, e.directions + e.fields) for t in f.value[1] if t.strip("\u25a1 "))
    if f.kind == "negation" and f.value == NOT_ACADEMICIAN:  # 丁博涛不是院士: no election in the record, no such title
        return not any(a.name.endswith("院士") for a in e.awards) and "院士" not in (e.title or "")
    if f.kind == "negation" and (none := NO_AWARD_EN.search(f.text)):  # "has no national … award on record": the
        national = re.search(r"national|state", none.group(1), re.IGNORECASE)  # record's awards decide
        return not any(not a.name.endswith("院士") and (not national or a.name.startswith("国家")) for a in e.awards)
    if f.kind in ("partnership", "work"):
        cited = [clean_phrase(c.title) for c in e.citations if c.title]
        if f.text[:1] == "《" and f.text[-1:] == "》" and clean_phrase(f.text[1:-1]) in cited:
            return True  # one cited title, which may quote a book: 《《劳动合同法》适用疑难问题实证研究》
        named = BOOK.findall(f.text) or [f.text]  # 著有《A》和《B》: each book must be a cited source
        if f.kind == "partnership" and not BOOK.search(f.text) and \
                (work := re.sub(r"(?:的)?(?:咨询|研究|评审|论证)?工作$", "", clean_phrase(f.text))) != clean_phrase(f.text) and \
                any(work and work in clean_phrase(d) for d in e.directions):
            return True  # 参与国家能源发展战略的咨询工作 of one whose direction is 国家能源发展战略的咨询
        return all(any(clean_phrase(n.strip("《》")) in t for t in cited) for n in named)
    if f.kind == "contact" and f.text.startswith(("http://", "https://")):  # a page the record cites as its source
        return f.text in {c.url for c in e.citations if c.url}
    if f.kind == "figure":  # a figure of the record or its sources, or one the problem gave
        said = arabic(f.text)
        return said in lex.given or said in _record_figures(e)
    if f.kind == "term":  # a Latin term the problem or the record writes, or one close in meaning to its topics —
        # checked only where the record itself writes such terms (its MOCVD makes an MBE a swap; a bio in Chinese
        # words alone cannot tell a true MEMS from a false one)
        said, record = f.text.lower(), _record_text(e)
        return said in lex.given_text or said in record or not _TERMS_IN.search(record) or \
            _english_topic_holds(f.text, (), topic_parts([*e.directions, *e.fields]), lex)
    if _english_topic(f):
        return _english_topic_holds(f.text, f.value[1], topic_parts([*e.directions, *e.fields]), lex) \
            and not _fits_another_better(f.text, i, lex, f.value[1])
    if f.kind in ("field", "direction"):
        return _phrase_matches(f.text, e.directions + e.fields + e.reasons)
    return False  # a year on its own: the graph records years only with awards


def _english_topic(f: Found) -> bool:
    return f.kind in ("field", "direction") and isinstance(f.value, tuple) and f.value[0] == "english"


def _items_left_over(phrases: tuple[str, ...], i: int, lex: Lexicon,
                     joins: dict[str, tuple[tuple[str, str], ...]] | None = None) -> frozenset[str]:
    """The items of an English list that are one more than expert `i`'s record holds: when the list's items are paired
    with the expert's directions, each direction said once (whole, or its parts one item each: 疫苗和细胞培养技术 is
    "vaccines and cell culture technology", or "vaccines" and "cell culture technology"), the pairing that holds the most
    items (then the closest) leaves these without a direction close enough — a neighbouring topic added to a true list
    ("hydraulic structures and temperature control of mass concrete" for 水工结构 alone). Two neighbours that together
    are clearly closer to a direction than either alone (EN_JOIN_GAIN) are one item ("removal of iron and manganese
    from groundwater" for 地下水除铁除锰). An item near certain on its own (EN_OWN_SURE), or held only together with its
    neighbour (under EN_TOPIC_MIN alone), is never one too many."""
    similar = lex.similarity
    e = lex.experts[i]
    if similar is None or not 2 <= len(phrases) <= 10:
        return frozenset()
    # each topic with the direction it comes from and the part of it it is (None: the whole)
    sources: list[tuple[str, int, str | None]] = []
    for k, topic in enumerate([*e.directions, *e.fields]):
        sources.append((topic, k, None))
        sources += [(part, k, part) for part in topic_parts([topic]) if part != topic]
    if not sources:
        return frozenset()
    close = [[similar(p, [t]) for t, _, _ in sources] for p in phrases]
    units: list[tuple[tuple[int, ...], list[float]]] = []  # the items paired as one, with their closeness
    n = 0
    while n < len(phrases):
        joined = next((j for j, other in (joins or {}).get(phrases[n], ()) if n + 1 < len(phrases)
                       and other == phrases[n + 1]), None)
        row = [similar(joined, [t]) for t, _, _ in sources] if joined else []
        read = [k for k, (t, d, part) in enumerate(sources) if joined and part is None and d < len(e.directions)
                and reads_as(joined, t)]  # word for word one direction: paired with it, as sure as can be
        row = [1.0 if k in read else 0.0 if read else score for k, score in enumerate(row)]  # that one only
        if row and (max(row) >= EN_PAIR_MIN and max(row) >= max(close[n]) + EN_JOIN_GAIN
                    and max(row) >= max(close[n + 1]) + EN_JOIN_GAIN or read):
            units.append(((n, n + 1), row))
            n += 2
        else:
            units.append(((n,), close[n]))
            n += 1
    own = len(e.directions)  # sources from a direction come first; a field is a discipline, not one more direction:
    # an item takes a field only when the field says it about as well as the closest direction ("coal mining" for
    # 矿业工程 beside 煤炭开采), never as a spare slot ("bridge engineering" for 建筑工程 beside 桥梁工程)
    nearest = [max((s for (_, k, _), s in zip(sources, row) if k < own), default=0.0) for _, row in units]
    options = [sorted(((k, s) for k, s in enumerate(row) if s >= EN_PAIR_MIN
                       and (sources[k][1] < own or s >= nearest[u] - EN_FIELD_SLACK)), key=lambda c: -c[1])[:4]
               for u, (_, row) in enumerate(units)]
    best: list[tuple[int, float, frozenset[int]]] = [(-1, 0.0, frozenset())]  # (units held, closeness, which)

    def pair(u: int, used: frozenset[tuple[int, str | None]], held: int, total: float, which: frozenset[int]) -> None:
        if held + len(units) - u < best[0][0]:
            return  # cannot hold as many as the best pairing found
        if u == len(units):
            if (held, total) > best[0][:2]:
                best[0] = (held, total, which)
            return
        for k, score in options[u]:
            _, direction, part = sources[k]
            if (direction, None) in used or (direction, part) in used or \
                    part is None and any(d == direction for d, _ in used):
                continue
            pair(u + 1, used | {(direction, part)}, held + 1, total + score, which | {u})
        pair(u + 1, used, held, total, which)

    pair(0, frozenset(), 0, 0.0, frozenset())
    return frozenset(phrases[n] for u, (items, _) in enumerate(units) if u not in best[0][2] for n in items
                     if EN_TOPIC_MIN <= max(close[n]) < EN_OWN_SURE)


def _fits_another_better(phrase: str, i: int, lex: Lexicon, joins: tuple[tuple[str, str], ...] = ()) -> bool:
    """Whether an English topic said of expert `i` is clearly another retrieved expert's (closer to their directions
    by EN_OTHER_MARGIN while not close to `i`'s by EN_OWN_SURE): a direction moved from one card to another — unless,
    written together with its neighbour, it is closer to `i`'s ("suspension preheating and precalcining technology"
    for 水泥悬浮预热预分解技术, not another's 应用技术)."""
    similar = lex.similarity
    if similar is None or len(lex.experts) < 2:
        return False
    own = topic_parts([*lex.experts[i].directions, *lex.experts[i].fields])
    if any(term.lower() in "".join(own).lower() for term in re.findall(r"\b[A-Z][A-Z0-9-]{1,9}\b", phrase)):
        return False  # "LAK cells" of 巴德年, whose record writes LAK细胞: the term itself is theirs
    # a topic both records write (机电一体化 within 机电一体化技术) is no other expert's alone
    others = [kept for j, e in enumerate(lex.experts) if j != i
              if (kept := [t for t in topic_parts([*e.directions, *e.fields]) if not any(t in o or o in t for o in own)])]
    if not others or any(said_within(phrase, t) for t in own):  # "mines" of 油田-矿山地热: its words are that topic's
        return False
    mine = similar(phrase, own)
    if mine >= EN_OWN_SURE:
        return False
    theirs = max(similar(phrase, t) for t in others)
    if theirs - mine < EN_OTHER_MARGIN:
        return False
    return not any((together := similar(joined, own)) >= EN_TOPIC_MIN and together > theirs
                   and together > max(similar(joined, t) for t in others) for joined, _ in joins)


def _english_topic_holds(phrase: str, joins: tuple[tuple[str, str], ...], topics: list[str], lex: Lexicon) -> bool:
    """An English topic ("injection mould design") is one of the expert's when it is close enough in meaning to one
    of their directions or fields — alone, or written together with its neighbour in the list where that pair is
    about as close as the neighbour alone ("spacecraft design and control" for 航天器设计与控制; "mould design and 3D
    printing" is much further than "mould design")."""
    similar = lex.similarity
    if similar is None or not topics:
        return False
    if similar(phrase, topics) >= EN_TOPIC_MIN or any(said_within(phrase, t) for t in topics):
        return True  # close in meaning, or each word given by one of them ("burn surgery" within 烧伤外科)
    if any((both := similar(joined, topics)) >= EN_TOPIC_MIN and both >= similar(other, topics) - EN_JOIN_SLACK
           for joined, other in joins):
        return True
    # one direction that joins two said as two items beside each other: "geodesy and satellite navigation" for
    # 大地测量与卫星导航 — each item close to its own part (the weaker at EN_PAIR_MIN, the other at EN_TOPIC_MIN)
    for topic in topics:
        parts = joined_parts(topic)
        if len(parts) < 2:
            continue
        for _, other in joins:
            if any(similar(phrase, [a]) >= EN_PAIR_MIN and similar(other, [b]) >= EN_TOPIC_MIN
                   for a in parts for b in parts if a != b):
                return True
    return False


def _mismatch(f: Found, awards: list[AwardText]) -> str:
    """Why an award almost matches: the right award with the wrong grade or year."""
    if f.kind != "award":
        return ""
    for a in awards:
        why = _award_compatible(f.value, a)
        if why and why != "other":
            return why
    return ""


# a national science prize said without its name (国家级奖项, 国家级科技奖, 国家奖), and the names it stands for
_ANY_NATIONAL = frozenset(award_text(w).base for w in ("国家级奖", "国家级奖项", "国家级奖励", "国家级科技奖", "国家奖"))
_NATIONAL_BASES = tuple(award_text(w).base for w in NATIONAL_AWARDS)


def _award_compatible(said: AwardText, stored: AwardText) -> str:
    """"" when `said` is `stored` (name, and grade and year where stated); else what differs, or "other"."""
    base, have = said.base, stored.base
    if base in ("", "奖") and said.grade and have:  # 他的一等奖（1999年）: one of the record's awards of that grade
        same_grade = said.grade == stored.grade and (not said.year or said.year == stored.year)
        return "" if same_grade else "other"
    if not base or not have:
        return "other"
    if base in _ANY_NATIONAL:  # 国家级奖项 (李德群的国家级奖项最多): any national science prize of the record
        held = have.startswith(_NATIONAL_BASES) and (not said.year or said.year == stored.year)
        return "" if held else "other"
    same = base == have or base.endswith(have) or (len(base) >= 3 and base in have)
    if not same:
        return "other"
    if said.grade and said.grade != stored.grade:
        return f"grade {said.grade}等, graph says {stored.grade + '等' if stored.grade else 'no grade'}"
    if said.year and said.year != stored.year:
        return f"year {said.year}, graph says {stored.year or 'no year'}"
    return ""


def _org_matches(surface: str, canon: str, institution: str | None, forms: list[str]) -> bool:
    if not institution:
        return False
    if re.fullmatch(r"[A-Za-z][A-Za-z'&.,\- ]*", surface.strip()):  # "Crop Research Institute, Shandong Academy of …"
        return latin_org_matches(surface, clean_phrase(institution))
    inst = _DASHES.sub("", clean_phrase(institution))  # 资源化利用技术--国家工程实验室, as written either way
    surface = clean_phrase(surface)
    if surface in forms or canon == inst:
        return True
    plain = re.sub(r"[(（].*?[)）]", "", inst)
    # the name alone or with its parent left off: 长江科学院 for 长江水利委员会长江科学院 — not with a place left off
    # (电子科技大学 is another university than 西安电子科技大学, 交通大学 no name at all): a parent is a longer name
    return len(canon) >= 4 and (plain.startswith(canon) or inst.startswith(canon)
                                or plain.endswith(canon) and len(plain) - len(canon) >= 4)


_ACADEMY_SEATS = {"中国工程院": "中国工程院院士", "中国科学院": "中国科学院院士"}
_DASHES = re.compile(r"[-—–_·•\s]+")


_FIGURE = re.compile(r"(?<![\d.])\d+(?:[.,]\d+)*(?![\d])")
_CN_FIGURE = re.compile(r"[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九](?=\s*(?:类|种|型|套|批|代|款|系列|项|个))")
def figures(text: str) -> set[str]:
    """The figures a text writes (13500, 1.5, 95; 两类 as 2), each as written in Arabic digits."""
    return set(_FIGURE.findall(text)) | {arabic(m) for m in _CN_FIGURE.findall(text)}


def _record_figures(e: ExpertMatch) -> set[str]:
    """The figures the expert's record and its source sentences write (63 of 明恢63, 200 of 200W)."""
    texts = [e.institution or "", e.title or "", *e.directions, *e.fields, *(a.name for a in e.awards),
             *(str(a.year) for a in e.awards if a.year), *(c.title or "" for c in e.citations),
             *(f.snippet for c in e.citations for f in c.facts), *(f.fact for c in e.citations for f in c.facts)]
    return _figures_of(" ".join(texts))


_TERMS_IN = re.compile(r"(?<![a-z0-9])[a-z]{2,}[a-z0-9]*(?![a-z0-9])")  # a Latin word in a lower-cased record


def _record_text(e: ExpertMatch) -> str:
    """The expert's record and source sentences as one lower-case text (for Latin terms)."""
    return _lower(" ".join([e.institution or "", *e.directions, *e.fields, *(a.name for a in e.awards),
                            *(c.title or "" for c in e.citations), *(f.snippet for c in e.citations for f in c.facts)]))


@functools.lru_cache(maxsize=1024)
def _lower(text: str) -> str:
    return text.lower()


@functools.lru_cache(maxsize=1024)
def _figures_of(text: str) -> frozenset[str]:
    return frozenset(figures(normalise(text)))


@functools.lru_cache(maxsize=4096)
def _plain(snippet: str) -> tuple[str, tuple[bool, ...]]:
    """A source sentence as `_clause_in_sources` compares it — normalised, words and figures only — and for each of
    its characters whether a punctuation mark or the start of the sentence comes right before it."""
    chars, starts, gap = [], [], True
    for ch in normalise(snippet):
        if _NOT_WORD.fullmatch(ch):
            gap = True
            continue
        chars.append(ch)
        starts.append(gap)
        gap = False
    return "".join(chars), tuple(starts)


def _facts(e: ExpertMatch, kind: str) -> list:  # noqa: ANN201 - the CitedFacts of one kind
    return [c for cite in e.citations for c in cite.facts if c.kind == kind]


def _in_sources(text: str, e: ExpertMatch, forms: list[str]) -> bool:
    """Whether `text` is a part of the record's institution that a source sentence writes as it is: 武汉大学化学学院
    where the snippet says 武汉大学化学学院教授 (not another organisation a source names: 毕业于北京大学)."""
    text = clean_phrase(text)
    for own in forms:  # the record's institution as an answer may write it (Lexicon.org_forms)
        if len(own) < 2 or len(text) < 2:
            continue
        part = re.compile(re.escape(own) + r"[^，,。；;、\s]{0,20}?" + re.escape(text.removeprefix(own)))  # 北京大学…工程学院
        if any(part.search(clean_phrase(c.snippet)) for k in ("institution", "title") for c in _facts(e, k)):
            return True
    return False


# kinds of claim a source sentence of the record supports when it writes the claim's words as they are (博士生导师,
# 授权专利30余项, 我国燃料电池开拓者之一); awards (grade, year), posts (tense) and years are checked as facts instead
_VERBATIM_KINDS = frozenset({"title", "quantity", "work", "direction", "field", "partnership", "application",
                             "superlative"})


def _in_any_source(text: str, e: ExpertMatch) -> bool:
    text = clean_phrase(text).strip("，,。.；;：: ")
    return len(text) >= 3 and any(text in clean_phrase(c.snippet) for cite in e.citations for c in cite.facts)


def _post_in_sources(post: str, e: ExpertMatch, tense: str | None = None, named: tuple[str, ...] = (),
                     honorary: bool = False, of: str | None = None) -> bool:
    """Whether a source sentence names this post (院长, not within 副院长 unless said so) for the expert — as held now
    when the claim says 现任 and the source says it was (曾任, 原): a past post is no current one; of the journal the
    claim names (《环境科学学报》主编 is no 《离子交换与吸附》主编); honorary (名誉院长) exactly when the claim says so;
    of the organisation an English post names ("director of the Institute of Oceanology" is no 研究中心主任)."""
    post = post.strip()
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", post):
        return False
    pattern = re.compile(("" if post.startswith(("副", "常务")) else "(?<![副])") + re.escape(post))
    for c in (c for k in ("institution", "title", "award") for c in _facts(e, k)):
        for m in pattern.finditer(c.snippet):
            clause = re.split(r"[，,。；;]", c.snippet[:m.start()])[-1]  # 曾任A、B: both were
            if bool(_HONORARY_BEFORE.search(clause)) != honorary:
                continue
            if of is not None and not latin_org_matches(of, _POST_LEAD.sub("", clause).strip("“”\"「」 ")):
                continue
            if (tense != "now" or not _PAST_POST.search(clause)) and all(n in c.snippet for n in named):
                return True
    return False


_POST_LEAD = re.compile(r"^.*?(?:曾任|现任|历任|兼任|担任|出任|任|为|是)")  # 曾任中国科学院海洋研究所|副所长


_PAST_POST = re.compile(r"曾|原|历任|前任|早年")
_HONORARY_BEFORE = re.compile(r"(?:名誉|荣誉)\s*$")
# an English post as the Chinese posts it may translate (the sources are Chinese): "honorary president of" → 院长 …
_EN_POSTS = (("editor-in-chief", "主编"), ("chief editor", "主编"), ("associate editor", "副主编"),
             ("chief engineer", "总工程师"), ("chief designer", "总设计师"), ("chief scientist", "首席科学家"),
             ("secretary-general", "秘书长"), ("secretary general", "秘书长"), ("party secretary", "书记 党委书记"),
             ("vice president", "副院长 副校长 副会长 副理事长 副总裁 副主席 副董事长"),
             ("president", "院长 校长 会长 理事长 总裁 主席 董事长"), ("deputy director", "副主任 副所长 副院长 副局长"),
             ("director", "主任 所长 院长 局长 台长 站长"), ("dean", "院长 系主任"), ("vice chairman", "副主席 副董事长 副理事长"),
             ("chairman", "董事长 主席 理事长 会长 主任"), ("chairwoman", "董事长 主席 理事长 会长 主任"),
             ("chair", "主席 主任 董事长 理事长"), ("rector", "校长"), ("principal", "校长"), ("mayor", "市长"),
             ("governor", "省长"), ("minister", "部长"))


def _posts_said(said: str) -> list[str]:
    """The Chinese posts a claimed post may be: itself, or those an English post translates to (vice- kept)."""
    text = re.sub(r"\s+", " ", said.lower()).strip()
    if not re.search(r"[a-z]", text):
        return [said]
    text = re.sub(r"^(?:former|founding|honorary)\s+|\s+(?:of|at|for)$", "", text).replace("vice-", "vice ")
    deputy = text.startswith("deputy ")
    text = text.removeprefix("deputy ")
    for english, chinese in _EN_POSTS:
        if text == english:
            return [("副" + p if deputy and not p.startswith("副") else p) for p in chinese.split()]
    return []


def _title_matches(said: str, title: str | None) -> bool:
    if not title:
        return False
    return said == title or title in TITLE_EQUIVALENTS.get(said, ())


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


_TOPIC_TAIL = re.compile(r"(?:方面|层面|领域|方向|上)?的?(?:基础|深厚|长期|丰富|扎实|积累|研究|工作|经验|造诣)*$")


def _phrase_matches(phrase: str, known: list[str]) -> bool:
    """A direction or field as the expert's record says it, or close to it (half its character pairs)."""
    p = _TOPIC_TAIL.sub("", clean_phrase(phrase)) or clean_phrase(phrase)  # 燃烧学方面的基础 is 燃烧学
    if not p:
        return True
    pairs = _bigrams(p)
    record = [clean_phrase(k) for k in known if k]
    if any(p in k for k in record):
        return True
    chars = set("".join(record))
    new = [c for c in GENERIC_WORDS.sub("", p) if "\u4e00" <= c <= "\u9fff" and c not in chars]
    if any(len(k) >= 2 and k in p for k in record):
        return not new  # a held direction inside a longer phrase: only topic-free words may be added
    have = set().union(*(_bigrams(k) for k in record)) if record else set()
    if not pairs or len(pairs & have) / len(pairs) < 0.5:
        return False
    # close in character pairs is not enough when a distinctive character is new: 钠离子电池 is not 锂离子电池,
    # 光催化分解水制氢 not 催化 (words that say nothing of the topic — 技术, 研究, 工艺 … — may be added)
    return not new


__all__ = ["GuardState", "check_answer", "warm_up", "check_sentence", "add_verdict", "recommends", "split_sentences", "sentence_end",
           "AwardText"]
