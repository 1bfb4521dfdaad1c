"""The expertise a message asks for in its own words (想请岩石力学方面的院士, 加速器这块需要专家, 指导一下铸造工艺,
"we need an expert in rock mechanics"): the enterprise's own statement of the field, which a long description of the
company and its symptoms otherwise outweighs.

A message that names the kind of expert it wants is ranked on that phrase as well (retrieval/pipeline.py fuses it as
one more ranking), so 冲击地压…想请岩石力学方面的院士 brings the rock mechanics experts, not only those whose profiles
share the most words with the symptoms.
"""

from __future__ import annotations

import re

from retrieval.problem import names_no_problem
from retrieval.requirements import without_requirements

_PERSON = r"(?:专家|院士|老师|教授|学者|研究员|顾问|人才|团队|大牛|权威|高手|人选|工程师|科学家|大咖|能人|行家|内行|专业人士)"
_AREA = r"(?:方面|领域|这块|这一块|那块|这方面|方向|专业|行业)"
_CLAUSE = r"[^，,。；;：:！!？?\s（）()]"  # (a space ends a clause in a colloquial message: …要调了 有没有懂…的老师)
# 岩石力学方面的院士, 加速器这块需要专家, 植保领域有没有专家
_BY_AREA = re.compile(rf"({_CLAUSE}{{2,30}}?)\s*{_AREA}(?:上|里)?的?\s*(?:(?:需要|要|缺|找|请|有没有|有)"
                      rf"(?:一?位|一?个|几位|些|一些)?)?\s*(?:资深|知名|权威|厉害|靠谱)?的?\s*{_PERSON}")
# 懂热处理的老师, 做焊接的专家, 研究水处理的院士
_BY_WORK = re.compile(rf"(?:做|搞|研究|从事|熟悉|懂|精通|擅长|专攻|主攻|专注于?|了解)\s*({_CLAUSE}{{2,20}}?)\s*"
                      rf"(?:方面|领域)?的\s*{_PERSON}")
# 找个铸造专家, 想找奶牛养殖/兽医的专家, 推荐几位电池材料院士
_BY_NOUN = re.compile(rf"(?:找(?!到)|(?<!请)请(?!问)|推荐|介绍|需要|要|聘请|邀请|寻求|有没有)(?:一?位|一?个|几位|些|一些|两位|三位|个)?\s*"
                      rf"({_CLAUSE}{{2,20}}?)\s*的?\s*{_PERSON}")
# 找个院士指导一下铸造工艺, 请专家帮忙解决密封问题
_BY_HELP = re.compile(rf"(?:{_PERSON}|找个?|请)\s*(?:来|帮忙|帮我们|帮)?\s*(?:指导|指点|把关|攻关|诊断)(?:一下|下)?\s*"
                      rf"({_CLAUSE}{{2,20}})")
# an expert in rock mechanics, someone who knows power electronics, a welding specialist
_EN_IN = re.compile(r"\b(?:experts?|specialists?|professors?|scientists?|researchers?|engineers?|academicians?|"
                    r"consultants?|advis[eo]rs?|someone|somebody|people|authority|[a-z]+(?:ists?|icians?))\s+(?:in|on|of|for|with (?:expertise|"
                    r"experience) in|who (?:knows?|works? on|understands?|speciali[sz]es in|is good at))\s+"
                    r"(?:the\s+)?([^.,;!?\n]{3,60}?)(?=\s*(?:[.,;!?\n]|$|\b(?:to|who|which|that|for|from|at|in|with|because|since|and help|please)\b))", re.IGNORECASE)
_EN_BEFORE = re.compile(r"\b(?:an?|some|the|any|one|two|three)\s+([a-z][a-z\- ]{2,40}?)\s+(?:experts?|specialists?|"
                        r"scientists?|engineers?|physicists?|chemists?|consultants?)\b", re.IGNORECASE)
# the request before the field (希望找到, 想委托, 聘请专家担任): the field is what follows the last of them
_REQUEST = re.compile(r"^.*(?:想|要|请|找到?|推荐|介绍|希望|委托|聘请|邀请|寻求|有没有|认识|担任|合作)")
# what only says how good or how many (有经验的, 合适的, 真正懂行的, 老): no field
_QUALITY = re.compile(r"(?:真正|比较|非常|很)?(?:懂行|有经验|有实战经验|合适|靠谱|厉害|专业|资深|知名|权威|一流|顶尖|老)的?$")
# a phrase of words every field uses (工艺, 技术方案): no field either
# (专家指导防治, 求控制: what is done about a problem, not the field that knows how)
_GENERIC = re.compile(r"(?:工艺|技术|方案|问题|研究|设计|管理|工程|生产|质量|产品|项目|工作|合作|方面|这块|工业试验|试验|"
                      r"现场|指导|咨询|评估|论证|改造|优化|升级|开发|研发|防治|治理|处理|控制|分析|改进|改善|提升|提高|"
                      r"降低|减少|预防|防范|整改|排查|维护|维修|检测|测试|诊断|施工|运维|攻关|一下)+")
# "expertise in lipid nanoparticle delivery", "we need X expertise"
_EN_EXPERTISE = re.compile(r"\b(?:expertise|know-how|advice|guidance|consulting|consultation)\s+(?:in|on|with|about)\s+"
                           r"(?:the\s+)?([^.,;!?\n]{3,60}?)"
                           r"(?=\s*(?:[.,;!?\n]|$|\b(?:to|who|which|that|for|from|at|with|because|and\s+help|please)\b))|"
                           r"\b(?:need|needs|want|seek|seeking|require|requires|looking\s+for)\s+(?:some\s+|an?\s+)?"
                           r"([a-z][a-z\- ]{2,40}?)\s+(?:expertise|know-how)\b|"
                           # "who knows food freezing technology?", "anyone who understands X" (the field was not read:
                           # a forensic scientist first on 食品, rt125)
                           r"^(?:[^.?!]*[.;]\s*)?(?:who|anyone\s+who|someone\s+who)\s+(?:knows?|understands?|"
                           r"speciali[sz]es\s+in|works?\s+on)\s+(?:about\s+)?(?:the\s+)?([^.,;!?\n]{3,60}?)(?=\s*[.?!]|\s*$)",
                           re.IGNORECASE)
# what is left of a phrase that only points at the problem (相关的专家, 这方面的专家, a good expert)
_LEAD = re.compile(r"^(?:想|要|请|求|再|能|帮|给|找|推荐|介绍|需要|聘请|邀请|一?位|一?个|几位|些|一些|个|做|搞|懂|"
                   r"的|在|对|关于|有关|相关|这|那|资深|知名|权威|院士|专家|老师)+")
_ACADEMY = re.compile(r"(?:中国)?(?:工程院|科学院|两院|中科院|社科院)")
_EN_VAGUE = re.compile(r"^(?:good|great|top|real|right|relevant|suitable|leading|senior|experienced|renowned|"
                       r"few|several|more|other|such|this|that)\b\s*", re.IGNORECASE)


def _clean(phrase: str) -> str | None:
    """The phrase without the request's words and without the requirements it states (清华的专家, 工程院院士,
    获得过国家奖的焊接专家: retrieval/requirements.py reads those); None when nothing of a field is left."""
    latin = not re.search(r"[\u4e00-\u9fff]", phrase)
    before, after = ("We need an expert in ", ".") if latin else ("想找", "的专家")  # read as a request would be
    kept = without_requirements(before + phrase + after)
    if not (kept.startswith(before) and kept.endswith(after)):
        return None  # only a requirement (清华的专家, "in Shanghai")
    phrase = kept[len(before):len(kept) - len(after)].strip()
    if not latin:
        if re.search(_PERSON, phrase):
            return None  # 聘请专家担任技术顾问: the person asked for is inside; no field before it
        phrase = _QUALITY.sub("", re.split(_AREA, _REQUEST.sub("", phrase))[0]).rstrip("的")  # 中医方面真正懂行 → 中医
    phrase = _LEAD.sub("", phrase).strip(" 、/")
    if _GENERIC.fullmatch(phrase):
        return None
    phrase = re.sub(r"\s+(?:from|at|in|with|who|whose)\s*$", "", phrase)
    if _ACADEMY.fullmatch(phrase):
        return None
    while (vague := _EN_VAGUE.sub("", phrase)) != phrase:
        phrase = vague.strip()
    if len(phrase) < 2 or names_no_problem(phrase):
        return None
    return phrase


def asked_expertise(text: str) -> list[str]:
    """The phrases that name the expertise a message asks for, in the order written (none when it only describes
    the problem or asks for experts in general: 请推荐相关专家)."""
    found: list[tuple[int, str]] = []
    for pattern in (_BY_AREA, _BY_WORK, _BY_NOUN, _BY_HELP, _EN_IN, _EN_BEFORE, _EN_EXPERTISE):
        for m in pattern.finditer(text):
            group = next(g for g in range(1, (m.lastindex or 1) + 1) if m.group(g))
            phrase = _clean(m.group(group))
            if phrase and not any(phrase in f or f in phrase for _, f in found):
                found.append((m.start(group), phrase))
    return [f for _, f in sorted(found)]
