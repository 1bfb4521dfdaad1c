"""Letters, emails and speeches addressed to an expert ("尊敬的孙金声院士：", "Dear Academician Ye,"): there 您 and
"you" are the expert, so what a sentence says of "you" is checked as said of them ("您的研究方向为…", "Your work
on …"), not read as advice to the enterprise. Likewise a speech in an expert's own voice ("I am Jia Chengzao …",
"我是李玉…"): there "I" and 我 are that expert."""

from __future__ import annotations

import re

from generation.claims import Lexicon, latin_owners, latin_surname_owners, surname

_TITLE_ZH = r"(院士|教授|老师|先生|女士|研究员|博士|同志|院长|校长|主任)"
# 尊敬的孙金声院士：, or 孙院士： / 孙院士您好 alone on its line (not "孙金声院士：研究方向为…", a label in an answer)
_SALUTATION_ZH = re.compile(rf"^\s*(?:(?:尊敬|敬爱|亲爱)的\s*([\u4e00-\u9fff]{{1,4}}?)\s*{_TITLE_ZH}\s*(?:[：:，,！!]|您好)|"
                            rf"([\u4e00-\u9fff]{{1,4}}?)\s*{_TITLE_ZH}\s*(?:[：:，,！!]\s*$|您好))")
#: a salutation that opens a letter, whoever it greets: a sentence of its own ("尊敬的孙金声院士：" before 我们是…)
SALUTATION = re.compile(r"^\s*(?:(?:尊敬|敬爱|亲爱)的[^，。：:\n]{1,15}[：:]|(?:Dear|Respected|Esteemed)\s+[^,，.:\n]{1,50}[,，:])[ \t]*")
_SALUTATION_EN = re.compile(r"^\s*(?:Dear|Respected|Esteemed|Honou?red)\s+(?:(Academician|Professor|Prof\.?|Dr\.?|Mr\.?|Ms\.?|"
                            r"Mrs\.?)\s+)?([A-Z][a-z]+(?:[\s-][A-Z]?[a-z]+){0,2})\s*(?:[(（][\u4e00-\u9fff]{2,4}[)）])?\s*[,:，：]")
# 您 / "you" as the addressee, not in a greeting or a closing (您好, 祝您…, Thank you, Yours sincerely)
_YOU_ZH = re.compile(r"您(?!好|们)")
_YOU_EN = re.compile(r"\b(?<!Thank )(?<!thank )([Yy]ou(?:rs)?|[Yy]our)\b(?!\s+(?:sincerely|faithfully|truly))")


def addressee(line: str, lex: Lexicon) -> tuple[int, str] | None:
    """The retrieved expert a salutation line addresses, and how to name them in the letter's language: 孙金声院士, or
    "Ye Shangfu" / "Academician Ye"; None when the line is no salutation or names no one retrieved (or several)."""
    if m := _SALUTATION_ZH.match(line):
        written, title = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        owners = [i for i, e in enumerate(lex.experts) if written in (e.name, surname(e.name))]
        return (owners[0], lex.experts[owners[0]].name + title) if len(owners) == 1 else None
    if m := _SALUTATION_EN.match(line):
        written = m.group(2)
        whole = latin_owners(written, lex)
        owners = whole or (latin_surname_owners(written, lex) if " " not in written.strip() else ())
        if len(owners) != 1:
            return None
        return owners[0], written if whole else f"{m.group(1) or 'Academician'} {written}"
    return None


def to_addressee(text: str, name: str) -> str:
    """`text` with 您 / "you" / "your" written as the addressee's name, so that what it says is read as said of them."""
    text = _YOU_ZH.sub(name, text)
    return _YOU_EN.sub(lambda m: f"{name}'s" if m.group(1).lower() in ("your", "yours") else name, text)


# "I am Jia Chengzao", "My name is …", 我是李玉, 我叫…: the answer speaks as that expert from here on
_SELF_EN = re.compile(r"\b(?:I\s+am|I'm|My\s+name\s+is|This\s+is)\s+(?:(?:Academician|Professor|Prof\.?|Dr\.?)\s+)?"
                      r"([A-Z][a-z]+(?:[\s-][A-Z]?[a-z]+){0,2})")
_SELF_ZH = re.compile(r"我(?:是|叫|名叫)\s*([\u4e00-\u9fff]{2,4}?)(?:院士|教授|研究员)?(?=[，,。；;！!、\s]|$)")
_I_ZH = re.compile(r"我(?!们|国|司|公司|厂|单位|院(?!士)|校|所|方|省|市|部|局|团队)")
_I_EN = re.compile(r"\b(I(?:'m|’m)?|[Mm]y|[Mm]e|[Mm]yself)\b")
_I_AS = {"i": "he", "i'm": "he is", "i’m": "he is", "my": "his", "me": "him", "myself": "himself"}


def speaker(sentence: str, lex: Lexicon) -> int | None:
    """The retrieved expert a sentence introduces as the one speaking ("I am Jia Chengzao", 我是李玉), else None."""
    if m := _SELF_EN.search(sentence):
        owners = latin_owners(m.group(1), lex)
        return owners[0] if len(owners) == 1 else None
    if m := _SELF_ZH.search(sentence):
        owners = [i for i, e in enumerate(lex.experts) if m.group(1) == e.name]
        return owners[0] if len(owners) == 1 else None
    return None


# the verb after "I", in the third person: "I also serve as …" is read as "He also serves as …"
_I_VERB = re.compile(r"\bI\s+((?:also|still|now|currently|often|mainly|first)\s+)?(am|have|serve|work|lead|head|hold|chair|direct|"
                     r"teach|study|focus|specialise|specialize|advise|consult|run|manage|own|collaborate|develop|design)\b")
_THIRD = {"am": "is", "have": "has", "teach": "teaches", "focus": "focuses"}


def as_said_of(text: str) -> str:
    """`text` of a speech in an expert's voice with "I"/"my"/我 as he/his/他: what it says is checked as said of them."""
    text = _I_ZH.sub("他", text)
    text = _I_VERB.sub(lambda m: f"He {m.group(1) or ''}{_THIRD.get(m.group(2), m.group(2) + 's')}", text)
    return _I_EN.sub(lambda m: (_I_AS[m.group(1).lower()].capitalize() if m.start() == 0 or m.group(1) == "I"
                                else _I_AS[m.group(1).lower()]), text)
