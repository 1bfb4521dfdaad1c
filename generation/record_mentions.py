"""What one expert's record writes of a word or a year the user names: 他的资料里提到过模具吗？ "Does his record mention
simulation?" — where the graph writes it (a direction, a field, an award, the institution, the biography) or that it
writes it nowhere; 他1999年得了什么？ "What did he receive in 1999?" — the awards of that year and the biography's
sentences of it. Such turns were answered with the card alone, which left the user to look (rt99, rt102)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generation.grounded import _QUOTES, achievement
from retrieval.models import ExpertMatch

_RECORD_ZH = r"(?:资料|简介|记录|介绍|履历|档案|信息|材料|背景|生平)"
_WRITES_ZH = r"(?:提到|提及|写到|写了|说到|讲到|谈到|涉及|出现|包括|包含|记载|记有|有)"
_ASKED_ZH = re.compile(
    rf"{_RECORD_ZH}(?:里|中|上|里面|当中)?(?:有没有|是否|有无|可有|还)?{_WRITES_ZH}(?:过|了|到)?\s*[「“\"'《]?"
    r"(?!的)(?P<topic>[^，,。？?！!」”\"'》\s]{1,24}?)[」”\"'》]?\s*(?:这个词|这个字眼|这个说法|这个关键词|这一项|"
    r"相关(?:的)?内容|的内容|方面的内容|方面|的事情|的事|的字样|二字|等字样)?(?:了)?(?:吗|么|嘛|没有|没|呢)?\s*[？?。]?"
    r"(?:\s*(?:是)?(?:哪一?年|什么时候)(?:的|获得?的)?[？?。]*)?$")  # (…提到图灵奖了吗？哪一年？: the sentence quoted says it, rt108)
_RECORD_EN = r"(?:record|profile|biography|bio|entry|cv|data|information|file|page|résumé|resume)"
_ASKED_EN = re.compile(
    rf"(?i)\b{_RECORD_EN}\b[^?.]*?\b(?:mentions?|says?\s+anything\s+(?:about|on)|talks?\s+about|refers?\s+to|"
    r"includes?|contains?|covers?)\s+(?:anything\s+(?:about|on)\s+)?(?:the\s+(?:word|term|phrase)\s+)?['\"“‘]?"
    r"(?P<topic>[^?.'\"”’]{1,60}?)['\"”’]?\s*(?:at\s+all|anywhere)?\s*[?.]?$|"
    r"^\s*(?:is|are|was|were)\s+(?:there\s+anything\s+(?:about|on)\s+)?['\"“‘]?(?P<topic2>[^?'\"”’]{1,60}?)['\"”’]?"
    rf"\s+(?:mentioned|written|noted|listed|named)\s+(?:anywhere\s+)?(?:in|on)\s+(?:his|her|their|the)\b[^?]*?\b{_RECORD_EN}")


# the same asked of the record just discussed, which the turn does not name (提到普林斯顿了吗？ 那有没有提到赛克勒奖？哪年？
# "Does it mention Princeton?": a new search was made, rt104)
_ELLIPTIC_ZH = re.compile(r"^(?:那|那么)?(?:有没有|是否|还|也)?(?:提到|提及|写到|说到|讲到|谈到)(?:过|了)?\s*[「“\"'《]?"
                          r"(?P<topic>[^，,。？?！!」”\"'》\s]{1,24}?)[」”\"'》]?(?:这个词|这个说法)?(?:了)?(?:吗|么|嘛|没有|没|呢)?"
                          r"\s*[？?。]*(?:\s*(?:是)?(?:哪一?年|什么时候)(?:的)?[？?。]*)?$")
_ELLIPTIC_EN = re.compile(r"(?i)^\s*(?:and\s+|so\s+)?(?:does|did)\s+(?:it|that|this)\s+(?:also\s+)?(?:mentions?|says?\s+anything\s+"
                          r"(?:about|on)|talks?\s+about|refers?\s+to|includes?|says?\s+(?:that\s+)?(?:he|she)\s+"
                          r"(?:was|is|has\s+been|had\s+been|served\s+as|worked\s+(?:at|as|on)|studied(?:\s+at)?)(?:\s+an?)?)"
                          r"\s+(?:the\s+(?:word|term|phrase)\s+)?['\"“‘]?"
                          r"(?P<topic>[^?.'\"”’]{1,60}?)['\"”’]?\s*(?:at\s+all|anywhere)?\s*[?.]*(?:\s*(?:which|what)\s+year\??|"
                          r"\s*when\??)?\s*$")


# "What about the Lasker Award?" 那拉斯克奖呢？ right after a mention question: the same question of another word (an
# unrelated search was made, rt110)
_WHAT_ABOUT_EN = re.compile(r"(?i)^\s*(?:and\s+|ok(?:ay)?,?\s+)?(?:(?:what|how)\s+about\s+|and\s+(?=the\s+|an?\s+|[A-Z]))"
                            r"(?P<topic>[^?.]{2,60}?)\s*[?.]*\s*(?P<when>(?:(?:and\s+)?(?:in\s+)?(?:which|what)\s+year|when)"
                            r"(?:\s+(?:was\s+(?:it|that)|did\s+(?:he|she)\s+(?:get|receive|win)\s+it))?\s*[?.]*\s*)?$")
# ("And the Wolf Prize?", rt118; "What about the Sackler Prize? Which year?", rt122)
_WHAT_ABOUT_ZH = re.compile(r"^\s*(?:那|那么)?(?P<topic>[^，,。？?！!\s]{2,16}?)(?:呢|又如何|怎么样)\s*[？?。]*\s*$")


def mention_follow_up(text: str, previous: str | None) -> str | None:
    """The turn as a mention question when it only names another word right after one ("What about the Lasker
    Award?" → "Does it mention the Lasker Award?"), else None."""
    if not previous or not (mentioned_topic(previous) or mentioned_topic_en(previous)):
        return None
    if found := _WHAT_ABOUT_EN.match(text):
        return f"Does it mention {found.group('topic')}?" + (" Which year?" if found.group("when") else "")
    if (found := _WHAT_ABOUT_ZH.match(text)) and not re.search(r"[他她]|第.位|专家|院士|的$", found.group("topic")):
        return f"有没有提到{found.group('topic')}？"
    return None


def mentioned_topic(text: str) -> str | None:
    """The word a turn asks whether an expert's record writes (他的简介里提到过模具吗？ 提到普林斯顿了吗？ → 模具, 普林斯顿),
    or None."""
    found = _ASKED_ZH.search(text.strip()) or _ELLIPTIC_ZH.match(text.strip())
    topic = _SAID_OF_HIM.sub("", found.group("topic")) if found else ""  # 记录里有写他获得过国家最高科学技术奖吗？: the award,
    # not 写他获得过…, whose pieces 科学, 技术 were found in his field (a yes under a dropped line, rt122)
    return topic if topic and not _NO_TOPIC.fullmatch(topic) else None


# the words before what is looked for (写他获得过…, 提到她曾获…): no part of it
_SAID_OF_HIM = re.compile(r"^(?:写|写到|写了|提|提到|说|说到)?(?:他|她)?(?:曾经?)?(?:获得|荣获|获|得|拿|当选)?(?:过|了)?(?=\S{2})")


# what asks whether the record says what was asked before, naming nothing (…导师是谁？记录里有写吗？: 「写」 was looked for
# and said unwritten, under the quote naming him, rt116)
_NO_TOPIC = re.compile(r"写|写到|写过|提|提到|说|说到|记|记载|记录|这|这个|这些|这一点|这一项|这事|它|相关|此事|此|啥|什么|什|些什|"
                       r"哪些|"  # (他的简介写了什么？: 「什」 was looked for and said unwritten, rt131)
                       r"吗|么|嘛|呢|了吗|过吗")  # (…是哪年？他的记录里提到了吗？: 「吗」 was looked for, rt122)


# what one shown has to do with a topic (第一位跟合成氨有啥关系？ 他跟纤维素乙醇不对口吧？ "What does the first one have to
# do with ammonia?"): his record looked through for it, then why he was recommended (his directions alone were said, rt133)
_WHOM = r"(?:[他她]|这位|那位|第[一二三四五六七八九十\d]+位)(?:专家|院士|老师|教授)?"
_RELATION_ZH = re.compile(
    rf"{_WHOM}[^。？?]{{0,16}}?(?:跟|和|与|同)(?P<topic>[^，,。？?！!\s]{{2,16}}?)(?:有(?:啥|什么|何|多大|没有)?(?:关系|关联|联系)|"
    r"(?:有关|相关|对口|沾边|搭边|搭界)(?:吗|么|嘛|吧|不|没有)?|不(?:太|大)?(?:对口|相关|沾边|搭边|搭界)|对不上)")
_RELATION_EN = re.compile(
    r"(?i)\bwhat\s+(?:does|do|has)\s+(?:he|she|the\s+\w+\s+one|this\s+(?:one|expert)|that\s+(?:one|expert))\s+"
    r"(?:got\s+)?(?:have\s+)?to\s+do\s+with\s+(?P<topic>[^?.]{2,60}?)\s*[?.]*$|\b(?:how\s+is|is)\s+(?:he|she|the\s+\w+\s+one)\s+"
    r"(?:even\s+|really\s+)?(?:related|relevant|connected)\s+to\s+(?P<topic2>[^?.]{2,60}?)\s*[?.]*$")


def relation_topic(text: str) -> str | None:
    """The topic a turn asks one shown expert's relation to (他跟合成氨有啥关系？ → 合成氨), or None."""
    if found := _RELATION_ZH.search(text):
        return found.group("topic")
    found = _RELATION_EN.search(text.strip())
    return (found.group("topic") or found.group("topic2")).strip() if found else None


def mentioned_topic_en(text: str) -> str | None:
    """The same of an English turn ("Does his record mention die casting?" "Does it mention Princeton?"), or None."""
    if found := _ASKED_EN.search(text.strip()):
        return (found.group("topic") or found.group("topic2")).strip()
    return found.group("topic").strip() if (found := _ELLIPTIC_EN.match(text.strip())) else None


def asks_mention_of_focus(text: str) -> bool:
    """Whether a turn asks whether the record just discussed writes a word, without naming whose (提到普林斯顿了吗？
    "Does it mention Princeton?")."""
    return bool(_ELLIPTIC_ZH.match(text.strip()) or _ELLIPTIC_EN.match(text.strip()))


#: a Chinese organisation's name as a biography writes it after a verb or a break (毕业于清华大学, 任普林斯顿大学…)
_ORG_IN_BIO = re.compile(r"(?:(?<=[于在任赴到从入和及、，,。；;（(获为是])|^)[\u4e00-\u9fff]{2,10}?(?:大学|学院|研究院|研究所|医院)")


def organisations(text: str) -> list[str]:
    """The organisations a record's Chinese text names (清华大学, 约翰霍普金斯大学, 普林斯顿大学), each once."""
    return list(dict.fromkeys(re.sub(r"^(?:现任|现为|曾任|历任|担任|任|为|是|在|于|到|赴|获)", "", m.group())
                              for line in text.splitlines() for m in _ORG_IN_BIO.finditer(line)))


_PART_ZH = {"directions": "研究方向", "fields": "所属学科", "awards": "获奖记录", "institution": "单位"}
_PART_EN = {"directions": "research direction", "fields": "field", "awards": "award", "institution": "institution"}


#: how an award's or honour's name ends (诺贝尔奖, 两弹一星功勋奖章)
AWARD_END = re.compile(r"(?:奖章|勋章|奖|称号)$")


def award_written(award: str, text: str) -> list[str]:
    """The ways `text` writes an award named in general (诺贝尔奖: 诺贝尔物理学奖; 两弹一星功勋奖章: 两弹一星”功勋奖章, quote
    marks anywhere in it): its name before the ending, then the ending within a few characters of the same sentence.
    "Does Yang Zhenning's record mention a Nobel Prize?" got a flat No of a biography writing 诺贝尔物理学奖 (rt108)."""
    stem = AWARD_END.sub("", _QUOTES.sub("", award))
    ending = award[len(stem):] if award.startswith(stem) else "奖"
    quoted = f"{_QUOTES.pattern}?".join(map(re.escape, stem))
    return list(dict.fromkeys(m.group() for m in re.finditer(
        rf"{quoted}{_QUOTES.pattern}?[^，,。；;！!？?\n]{{0,6}}?{re.escape(ending or '奖')}", text))) if len(stem) >= 2 else []


def written_parts(expert: ExpertMatch, words: Sequence[str]) -> list[tuple[str, str]]:
    """(part, entry) of each entry of the record outside the biography that holds one of `words`."""
    entries = [("directions", d) for d in expert.directions] + [("fields", f) for f in expert.fields] + \
        [("awards", a.name) for a in expert.awards] + ([("institution", expert.institution)] if expert.institution else [])
    return [(part, entry) for part, entry in entries if any(w in entry for w in words)]


def record_text(expert: ExpertMatch, bio: str) -> str:
    """All the words of one expert's record, the biography with them: where a mention is looked for."""
    return "\n".join([*expert.directions, *expert.fields, *(a.name for a in expert.awards), expert.institution or "", bio])


def describe_mention(expert: ExpertMatch, topic: str, words: Sequence[str], quoted: bool) -> str:
    """Whether the record writes `topic`: `words` are what of it the record writes (the topic itself, or pieces of it,
    or none); `quoted`: the biography sentences that write them are quoted after this line."""
    if not words:
        return f"没有。知识图谱中{expert.name}的资料（研究方向、所属学科、获奖记录、单位和简介）里都没有出现「{topic}」这个词。" + \
            (f"{expert.name}的研究方向是：{'、'.join(expert.directions)}。" if expert.directions else "")
    lead = "有。" if list(words) == [topic] or all(award_written(topic, w) for w in words) else \
        f"知识图谱中{expert.name}的资料里没有「{topic}」这个说法，但写到了其中的{'、'.join(f'「{w}」' for w in words)}。"
    where = "；".join(f"{_PART_ZH[part]}「{entry}」" for part, entry in written_parts(expert, words))
    return lead + (f"{expert.name}的{where}" + ("；简介也写到了，原文见下。" if quoted else "。") if where else
                   f"{expert.name}的简介写到了，原文见下。" if quoted else "")


#: what `looked` starts with when an English organisation could not be read in the record's Chinese (the record's
#: organisations follow it)
ORG_UNREAD = "(organisation)"
#: the same of an English award's name (the biography's sentences on awards are quoted)
AWARD_UNREAD = "(award)"


def describe_mention_en(expert: ExpertMatch, topic: str, words: Sequence[str], quoted: bool, looked: Sequence[str]) -> str:
    """`describe_mention` in English; `looked`: the words an English topic reads as in the (Chinese) profiles."""
    if not words and looked[:1] in ([ORG_UNREAD], [AWARD_UNREAD]):  # a name no Chinese one of the record reads as
        kind = "organisation" if looked[0] == ORG_UNREAD else "award"  # (not named: the guard reads it as a claim)
        return (f"The graph's records are in Chinese, and the {kind} you name could not be matched to a Chinese "
                "name, so this can be neither confirmed nor denied" +
                (f"; the biography's sentences that name {kind}s are quoted below." if quoted and looked[1:] else "."))
    if not words and looked and all(re.search(r"(?:奖|奖章|勋章|称号)$", w) for w in looked):  # an award: not named
        return (f"No: the knowledge graph's record of {expert.name} (research directions, fields, awards, institution and "
                "biography) does not write the award you name.")  # (the guard reads its name as a claim of his)
    if not words:  # (an English phrase read through a dictionary: the record may word it otherwise — "vice president
        # of Tsinghua" read as 副院长/副总裁 got a flat No of a biography writing 清华大学…副校长, rt110)
        return (f"Not found: the knowledge graph's record of {expert.name} (research directions, fields, awards, "
                f"institution and biography) contains none of the words your \"{topic}\" reads as in the profiles "
                f"({'/'.join(f'「{w}」' for w in looked) or topic}); the record is in Chinese and may word it otherwise.") + \
            (f" {expert.name}'s research directions: {'、'.join(expert.directions)}." if expert.directions else "")
    where = "; ".join(f"{_PART_EN[part]} 「{entry}」" for part, entry in written_parts(expert, words))
    if not where and quoted and all(re.search(r"(?:奖|奖章|勋章|称号)$", w) for w in words):  # an award only the
        return (f"Yes: the knowledge graph's biography of {expert.name} writes the award you name (quoted below); "
                "the graph's award records do not list it.")  # biography writes: not named (the guard reads it as a record)
    if not any(w in looked for w in words):  # pieces of what the topic reads as: neither a flat Yes nor a No
        return (f"Partly: the knowledge graph's record of {expert.name} does not write {'/'.join(looked) or topic} "
                f"(what your \"{topic}\" reads as) as such, but writes {'/'.join(words)}") + \
            (f": {where}" + ("; the biography too, quoted below." if quoted else ".") if where else
             " in the biography, quoted below." if quoted else ".")
    return f"Yes: the knowledge graph's record of {expert.name} writes {'/'.join(words)} (your \"{topic}\")" + \
        (f": {where}" + ("; the biography too, quoted below." if quoted else ".") if where else
         " in the biography, quoted below." if quoted else ".")


_YEAR_ASKED_ZH = re.compile(r"((?:19|20)\d\d)\s*年[^，,。？?]{0,10}?(?:得了|获得了?|获了|拿了|拿到了?|得到了?|荣获了?|做了|干了|"
                            r"发生了|有|(?:获得|获|得到|拿到|荣获)的是)(?:什么|哪些|啥|哪个|哪项)")  # (…1999年获得的是什么？ rt147)
_YEAR_ASKED_EN = re.compile(r"(?i)\bwhat\b[^?.]{0,40}?\b(?:get|win|won|receive|received|do|did|achieve|happen)\b[^?.]{0,20}?"
                            r"\bin\s+((?:19|20)\d\d)\b")


def asked_year(text: str) -> int | None:
    """The year a turn asks what happened in (他1999年得了什么？ "What did he receive in 1999?"), or None."""
    found = _YEAR_ASKED_ZH.search(text) or _YEAR_ASKED_EN.search(text)
    return int(found.group(1)) if found else None


def describe_year(expert: ExpertMatch, year: int, quoted: bool, english: bool = False) -> str:
    """What the record holds of `year`: its awards and seats of that year, and whether the biography's sentences
    that write it are quoted below (`quoted`)."""
    held = [a for a in expert.awards if a.year == year]
    if english:
        said = f"The graph records for {expert.name}: {'; '.join(map(achievement, held))}." if held else \
            f"The graph's award records hold nothing of {expert.name}'s in that year."
        return said + (" The biography's sentences of that year are quoted below." if quoted else
                       " The biography writes nothing of that year either." if not held else "")
    said = f"知识图谱记录的{expert.name}{'、'.join(map(achievement, held))}。" if held else \
        f"知识图谱的获奖记录中没有{expert.name}这一年的项目。"
    return said + ("简介中写到这一年的内容见下。" if quoted else "简介中也没有写到这一年。" if not held else "")
