"""The problem in an enterprise's message: greetings, the company's introduction and closing pleasantries left out,
so that every signal matches the technical content, not "成立于2008年，年产值3亿元，期待合作".

Real inquiries open with who the company is (founded, staff, output, certifications, customers) and close with
thanks, budgets and contact requests; those words dilute the problem's embedding and give BM25 common words to
match. A clause (between ，。；！？ or a line break) is left out when it is one of those; a clause that only says
what the company makes ("我们是一家钢厂") stays, since it often names the field. When nothing would be left, the
message is used as it is.
"""

from __future__ import annotations

import re

from retrieval.requirements import PLACES, without_requirements
from retrieval.script import without_language_request, word_counts

_CLAUSE = re.compile(r"[^，,。！？!?；;\n]+[，,。！？!?；;\n]*")

_GREETING = re.compile(r"^\s*(?:[您你]好|大家好|各位[^，,。！？!]{0,6}好|贵[^，,。！？!]{0,4}好|尊敬的[^，,。！？!]{0,20}|打扰[了一下]*|冒昧打扰|"
                       r"hello|hi|dear [^，,。]{0,30})\s*[！!~～，,。.]*\s*$", re.IGNORECASE)
_PROFILE = re.compile(
    r"(?:成立|创建|创办|始建|组建|注册|创立)(?:于|在)?\s*(?:19|20)\d\d|(?:19|20)\d\d\s*年(?:成立|创建|创办|创立|建厂)|"
    r"(?:员工|职工|工人|人员|技术人员|研发人员)(?:总数|人数)?(?:约|近|超过|达到?|共|有)?\s*[\d一二三四五六七八九十百千几]+\s*(?:余|多)?\s*(?:人|名)|"
    r"(?:年)?(?:产值|营收|销售额|销售收入|营业额|利税|利润|出口额)(?:约|近|超过|达到?|逾)?\s*[\d一二三四五六七八九十百千几.]+\s*(?:余|多)?\s*[万亿]|"
    r"世界500强|中国500强|[\u4e00-\u9fff]{0,4}百强|高新技术企业|专精特新|小巨人|瞪羚企业|独角兽|上市公司|(?:主板|科创板|创业板|新三板|港股|美股)(?:挂牌)?上市|"
    r"(?:企业|工程)?技术(?:研究|开发)?中心|院士(?:专家)?工作站|博士后(?:科研)?工作站|集[^，,。]{0,14}于一体|"
    r"产品(?:远销|出口|畅销|销往|行销)|(?:主要)?客户(?:包括|涵盖|遍及|主要有|遍布)|(?:股份制|股份有限|有限责任)|"
    r"(?:民营|国有|国营|外资|合资|私营|家族|中外合资|央企|地方国有)[^，,。]{0,6}(?:企业|公司|集团)|"
    r"占地(?:面积)?(?:约|近|超过)?\s*[\d一二三四五六七八九十百千几]|注册资本|ISO\s*\d{4,5}|IATF\s*\d{4,5}|(?:通过|获得|取得)[^，,。]{0,12}认证|"
    r"总部(?:位于|设在)|(?:下属|旗下)[^，,。]{0,8}(?:公司|子公司|工厂|企业|基地)|(?:生产|研发)基地|"
    r"(?:企业|公司)(?:简介|概况|介绍|基本情况)|"
    # where the company is and how to get there: 我公司位于长江之滨, 紧邻港口, 交通便利
    r"^\s*(?:我|本|我们)(?:公司|企业|集团|司|厂|单位)(?:位于|地处|坐落|座落|地址)|(?:紧邻|毗邻|临近|靠近)[^，,。]{0,10}"
    r"(?:港口|码头|高速|机场|火车站|高铁站|国道|铁路)|交通便利|交通便捷|区位优势|地理位置优越|"
    r"(?:年产|年出栏|年加工|年服务|年处理|存栏|出栏|装机(?:容量)?|加工能力|生产能力|处理规模|服务人口|采购额)[\u4e00-\u9fff]?(?:总|共)?(?:约|近|达到?|超过|逾|为)?\s*\d|"
    r"(?:施工|设计|生产|经营)?(?:总承包)?[一二三甲乙]级资质|许可证|龙头企业|主营|业务(?:包括|涵盖|横跨|覆盖|范围)|下辖|下设")
# the courteous words a request opens with (请问…, 恳请专家…, 欢迎…, 您看…): a pleasantry when nothing follows but the
# request (请问贵单位有没有相关专家？), the problem itself when a topic does (请问注塑件翘曲怎么解决？, 恳请专家指导：
# 注塑件翘曲 were dropped as sign-offs)
_COURTESY = (r"恳请|诚邀|烦请|有劳|拜托|想请教|请教|请问|不知(?:道)?|想问问?|问一下|欢迎|有意向的|您看|您那边|先行致谢|拨冗|"
             r"希望(?:得到|找到?|请|能请|有)(?:权威|有关|相关)?(?:专家|您|老师|团队|贵)|想请(?:专家|您|老师)")
_COURTESY_LEAD = re.compile(r"^\s*[^，,。！？!?；;\n]{0,6}?(?:" + _COURTESY + r")(?:一?下)?")
_CLOSING = re.compile(  # at the start of its clause (after a few words: 非常期待…, 我们真诚希望…)
    r"^\s*[^，,。！？!?；;\n]{0,6}?(?:(?:" + _COURTESY + r")|"
    r"(?:时间|期限|工期|节点)[^，,。]{0,6}(?:紧|急)|催得|(?:项目)?预算(?:约|为)?\s*\d|技术入股|技术转让|联合开发|共建产线|"
    # how the cooperation would run (必要时可共建实验室, 愿意与专家共建研发中心): 实验室 put a petroleum geologist first for
    # garlic storage (rt142)
    r"(?:共建|联合共建|合作共建|联建)(?:联合)?(?:实验室|研发中心|研究中心|研究院|工作站|技术中心|平台|基地)|成立联合实验室|"
    r"[^，,。]{0,12}(?:如下|(?<![\d一二三四五六七八九十百千万岁年月级度米吨元倍％%个])以下)\s*[:：]?\s*$|(?:期待|盼望|希望|盼)[^，,。]{0,10}(?:合作|回复|联系|答复|回音|佳音)|谢谢|感谢|多谢|盼复|静候|敬请|此致|敬礼|"
    r"(?:费用|报酬|酬劳|价格|预算|咨询费)[^，,。]{0,12}(?:商量|面议|好谈|可谈|协商|另议|从优|不是问题)|"
    r"(?:请|烦请|麻烦|劳烦)[^，,。]{0,10}(?:联系我|与我们联系|回复|回电|对接|留言)|联系(?:方式|电话|人)|"
    # how the answer should read (回答请简短些, 请简要回答, 用表格列出来, 顺便说一句，回答请简短些): no part of the problem
    r"(?:顺便说一?句)?[，,]?\s*(?:请|麻烦)?(?:你的?)?(?:回答|回复|答案)(?:请|要|得|尽量|最好)?(?:简短|简洁|简单|简要|精简|详细|具体|短|长)"
    r"(?:一?些|一?点|一下)?(?:吧|哈|啊)?\s*[，,。！!；;]*$|"
    r"(?:请|麻烦)?(?:简短|简洁|简要|简单)(?:一?些|一?点)?(?:地)?(?:回答|回复|说|讲)(?:一下)?(?:吧)?\s*[，,。！!；;]*$|"
    r"^\s*顺便说一?句\s*[，,：:]?\s*$|"
    # how to order the list (按获奖数量排序, 按匹配度从高到低排列): no part of the problem
    r"(?:请|并|再)?(?:按照?|依照?|根据)[^，,。]{0,12}?(?:排序|排列|排名|排个序|排一下|排|从高到低|由高到低|从多到少|由多到少|"
    r"从大到小|从小到大|从低到高|从少到多)(?:一下)?(?:吧|呢)?\s*[，,。！!？?；;\n]*$|"
    r"(?:电话|手机|微信|邮箱|座机)\s*[:：]|以下是[^，,。]{0,8}(?:情况|需求|内容)|(?:技术|合作)?需求(?:如下|描述)?\s*[:：]\s*$|"
    r"^\s*[一二三四五六七八九十\d]+\s*[、.．]\s*(?:企业|公司|技术|合作|项目)?(?:简介|概况|介绍|需求|说明|背景)\s*[:：]?\s*$)")


# the words of a request for experts besides its topic (请推荐几位专家, 请问贵单位有没有相关专家可以对接, Please recommend
# some experts): what a message that states no problem is made of
_REQUEST_WORDS = re.compile(
    r"请问|请|麻烦|帮我|帮忙|给我|我们|我|急需|亟需|迫切|急|马上|尽快|赶紧|非常|很|需要|想要|想|要|找|推荐|介绍|"
    r"一下|一些|一位|两位|三位|几位|就行|就好|就够了?|够了|即可|就可以|只要|只需要?|[\d一二两三四五]+|院士|权威|资深|厉害|靠谱|好|"
    r"位|个|名|些|专家|老师|教授|人选|学者|研究员|的|吧|呢|吗|啊|有没有|能不能|可以|可否|谢谢|您好|你好|"
    r"贵(?:单位|公司|校|院|所|司|方|中心)?|是否|能否|解决|办法|方法|措施|建议|原因|什么|怎么办?|如何|怎样|为什么|"
    r"指导|帮助|协助|咨询|承接|意见|看法|想法|可行性?|(?:技术)?路线|这条|这边|那边|这里|有无|成熟|在研|产品|成果|"
    r"您|你|没有|有|能|会|在|或|和|及|与|等|并|相关|合适|对接|安排|这方面|这个|这类|方面|领域|类似|"
    r"随便|任意|任何|哪个|哪一?个|都行|都可以|都好|不限|无所谓|那么|那|也行|也|行|"  # 推荐一位专家，随便哪个领域都行; (那你随便
    # 编一个也行: nothing is left to match once the request to make one up is read — it was searched as 那你, rt75)
    r"直接|分配|指派|派|指定|分派|挑|选|"  # 直接给我分配一位专家就行 (a role play that names no problem)
    r"问题是?|难题|需求是?|情况是?|如下|如果|假如|要是|(?:知识)?图谱里?|数据库里?|就|"  # 请推荐一位专家，问题是：
    # who is asked and what is asked of them in a sign-off (有意向的科研单位请于30日内提交技术方案, 恳请专家予以技术支持)
    r"平台|团队|单位|科研单位|高校|科研院所|院所|企业|公司|我司|中心|意向|联系|提交|提出|提供|给出|予以|给予|费心|方便|"
    r"们|帮|方案|点子|思路|出出|出|给|做过|做|系统|技术支持|技术|支持|评估|分析|改进|尽快|回复|服务|内|日|天|周|月|于|"
    r"\b(?:please|can|could|would|you|recommend|suggest|find|give|show|introduce|me|us|we|i|need|want|"
    r"looking|for|some|any|an?|the|few|several|good|experts?|specialists?|professors?|people|just|one|assign|allocate|"
    r"pick|choose|select|random|anyone|anybody|whoever|"
    r"someone|somebody|help|hi|hello|if|graph|database|none|has|have|there|is|are|more|few|of|a|"
    r"tell|about|what|who|information|info|details?|profile|know)\b|[，,。.！!？?、:：\s]",  # "Tell me about Wu Liangyong"
    re.IGNORECASE)


def names_no_problem(text: str) -> bool:
    """Whether a message asks for experts without saying what for (请推荐专家, 请问贵单位有没有相关专家, Please recommend
    some experts): nothing to match."""
    return not _REQUEST_WORDS.sub("", text).strip()


# what a problem says goes wrong: a clause of the company's introduction or of a sign-off that says it is the problem
# too (年产5万吨的生产线能耗偏高, 期待与专家合作解决高炉结瘤问题, 通过ISO9001认证后客户仍然投诉)
_SYMPTOM = re.compile(r"偏高|偏低|过高|过低|超标|投诉|开裂|裂纹|泄漏|渗漏|失效|故障|磨损|腐蚀|变形|翘曲|结瘤|结焦|结垢|异常|"
                      r"不稳定|不合格|不达标|波动|堵塞|断裂|老化|噪声|噪音|振动|返工|报废|良品率|废品|缺陷|难题|瓶颈")


def states_symptom(text: str) -> bool:
    """Whether the text says what goes wrong (缩松缺陷比较多, 良品率低), not only what the enterprise does."""
    return _SYMPTOM.search(text) is not None


# where the company is, said as a clause of its own (我们的工厂在青海，…; 我们公司在江苏苏州): no topic — its place
# words found soil scientists who work in 青海 for a salt-lake lithium problem
_COMPANY_PLACE = re.compile(r"^\s*(?:我们|我|本|咱们)(?:的)?(?:公司|企业|集团|工厂|厂|厂子|单位|基地|矿|矿山|项目|合作社|养殖场|农场)?"
                            r"(?:在|位于|地处|设在|坐落在|是在)\s*(?P<place>[\u4e00-\u9fff]{2,10}?)"
                            r"(?:省|市|县|区|地区|一带|这边|那边|当地)?\s*[，,。；;！!\n]*$")


# who put the message together (我们的秘书整理了需求, 同事汇总了一下情况): no topic (整理 drew a textile finisher first, rt86)
_WHO_WROTE = re.compile(r"^\s*(?:我们|我|公司)(?:的|们的)?(?:秘书|助理|同事|领导|老板|经理|主管|团队|技术员|工程师|技术部|采购部?|办公室)"
                        r"(?:帮我们|帮忙|已经|刚刚)?(?:整理|汇总|写|列|准备|提|梳理|总结|收集)(?:了|好)?(?:一份|一下|一些|一个)?"
                        r"(?:需求|清单|材料|问题|情况|资料|要求|问题清单|需求清单)?(?:如下)?[，,。；;：:\s]*$")


def is_boilerplate(clause: str) -> bool:
    """Whether a clause is a greeting, part of the company's introduction or a closing pleasantry — and says nothing
    of what goes wrong."""
    if _GREETING.match(clause) or _WHO_WROTE.match(clause):
        return True
    if (where := _COMPANY_PLACE.match(clause)) and any(where.group("place").startswith(p) for p in PLACES):
        return True
    if _PROFILE.search(clause):
        return not _SYMPTOM.search(clause)
    if not _CLOSING.match(clause):
        return False
    rest = without_courtesy(clause)
    if rest == clause:
        return not _SYMPTOM.search(clause)
    return names_no_problem(rest) or is_boilerplate(rest)


def without_courtesy(clause: str) -> str:
    """The clause after the courteous words it opens with (请问, 不知道, 恳请专家, 想请教一下), the clause itself when
    it opens with none."""
    lead = _COURTESY_LEAD.match(clause)
    return clause[lead.end():] if lead else clause


# the service's own graph said as a place (在知识图谱里, 你们专家库中): where to look, not what the problem is about
_THE_SERVICE = re.compile(r"(?:在|从)?(?:你们|贵平台|平台|系统|这个)?的?(?:专家知识图谱|知识图谱|图谱|专家库|人才库|专家数据库)"
                          r"(?:里面|里|中|内|上)的?(?:说|写着?|显示|记载|记录)?(?:的是)?|"  # (图谱里说关桥…: the claim, rt77)
                          # "Which expert in your graph could help?": "graph" found computer-graphics experts (rt39)
                          r"(?i:\b(?:(?:in|from|within|on)\s+(?:your|the|this)|your)\s+(?:expert\s+)?(?:knowledge\s+)?"
                          r"(?:graph|database|data\s*base|expert\s+(?:list|pool))\b(?!\s+(?:neural|theory|models?|algorithms?|databases?|data|structures?|search|learning|mining)))")


# how to order the list, said in English ("… and sort them by number of awards"): no part of the problem
_ORDER_EN = re.compile(r"[,;]?\s*(?:and\s+)?(?:please\s+)?(?:sort|order|rank|list)(?:ed)?\s+(?:them\s+|the\s+experts\s+)?by\s+"
                       r"(?:the\s+)?[a-z\s]{0,30}?(?=[.!?]|$)", re.IGNORECASE)


# a published demand posting (技术需求: 需求名称：…。需求背景：…。合作方式：…。经费预算：…): its field labels are no part of
# the problem (背景, 方式, 周期, 经费 matched directions: rt79), and its fields on the terms of the cooperation and on the
# enterprise itself say nothing of what goes wrong
_POSTING_TERMS = re.compile(r"(?:^|(?<=[。；;\n]))\s*(?:[（(]?[一二三四五六七八九十\d]+[）).、]\s*)?(?:预期|拟)?(?:合作方式|合作模式|合作形式|"
                            r"经费预算|经费|预算|费用|报酬|投入资金|合作周期|研发周期|周期|完成时间|时间要求|联系人|联系方式|联系电话|"
                            r"电话|邮箱|单位名称|企业名称|公司名称|所在地区|所在地|地址|所属行业|行业领域)\s*[：:][^。；;\n]*[。；;\n]?")
_POSTING_HEAD = re.compile(r"【[^】]{1,12}】")  # 【技术需求】
_POSTING_LABEL = re.compile(r"(?:^|(?<=[。；;\n]))\s*(?:[（(]?[一二三四五六七八九十\d]+[）).、]\s*)?(?:需求|项目|技术|问题)?"
                            r"(?:名称|背景|描述|简介|概述|内容|现状|难点|指标|目标|痛点|需求)\s*[：:]")


def without_posting_form(message: str) -> str:
    """A demand posting without its field labels and its fields on the cooperation's terms (`_POSTING_TERMS`)."""
    message = _POSTING_HEAD.sub("", message).strip() or message
    if not _POSTING_LABEL.search(message):
        return message
    return _POSTING_LABEL.sub("", _POSTING_TERMS.sub("", message)).strip() or message


def problem_text(message: str) -> str:
    """The message without its boilerplate clauses (the message itself when nothing else would be left), without a
    request to be answered in a language (请用英文回答：) and without what it says the problem is not
    (`without_negated`)."""
    message = without_language_request(message) or message
    message = without_posting_form(message)  # 需求名称：…。合作方式：联合研发。: the problem's fields' words
    message = _THE_SERVICE.sub("", message).strip() or message  # 清华大学有几位院士在知识图谱里？: no 知识工程 topic
    message = _ORDER_EN.sub("", message).strip() or message
    clauses = _CLAUSE.findall(message)
    kept = [c for c in clauses if not is_boilerplate(c)]
    if len(kept) != len(clauses) and "".join(kept).strip() and \
            not names_no_problem(without_requirements("".join(kept))):  # (我们在苏州做纳米材料，想找苏州的专家: the
        # introduction is all the topic there is — the wish alone matched people born in 苏州, rt72)
        message = "".join(kept).strip().rstrip("，,；;、").strip()  # 请推荐专家，[按获奖数量排序]: no comma left over
    return without_negated(message)


# What a message says the problem is not, or whom it does not want: matched, those words would find exactly the
# experts it rules out (我们的问题不是焊接，而是热处理后的零件变形 ranked three welding experts first).
_NOT_CLAUSE = r"[^，,。；;！!？?\n]"
_NEGATED = re.compile(
    rf"(?<!是)(?:并|也|倒)?不是{_NOT_CLAUSE}{{1,20}}?(?:的?问题|上|方面)?\s*[，,]?\s*"
    rf"(?=而是|反而是|主要是|其实是|是(?![否不]))|"  # 不是X，而是Y (not 是不是X…)
    rf"(?:不需要|不要|不用|不找|不考虑|无需|不必找?){_NOT_CLAUSE}{{1,20}}?(?:方面|领域|方向)?的?"
    rf"(?:专家|老师|教授|人选|人)\s*[，,；;。]?|"  # 不需要材料方面的专家
    rf"(?:与|和|跟){_NOT_CLAUSE}{{1,15}}?(?:无关|没有?(?:什么)?关系)\s*[，,；;。]?|"  # 与原材料无关
    # a matter set aside for another (高原铁路冻胀融沉以外，我们更关心输电线路的风沙磨损: the railway's words found
    # railway builders, rt119); 除了X以外，还有Y adds a matter and stays
    rf"(?:^|(?<=[，,；;。！!？?\s]))(?:除了?)?{_NOT_CLAUSE}{{2,30}}?(?:以外|之外)\s*[，,]\s*"
    rf"(?=(?:我们|我|公司|企业)?(?:现在|目前)?(?:更|最|主要|真正|重点|其实更?)(?:关心|关注|在意|想解决|需要解决|头疼|担心|想问))|"
    rf"(?:^|(?<=[，,；;。！!？?\s]))[\u4e00-\u9fff]{{2,10}}?(?:都|也)?(?:没有?问题|不是问题|正常|没毛病)"
    rf"(?=[，,；;。！!？?]|但|而|$)[，,；;。]?|"  # 原材料没问题，… / 设备运行正常但…: a clause that clears a suspect
    # a matter the message says is handled or can wait (另外包装线的自动化升级我们已经找了设备商, 服务区光伏车棚的事情不急,
    # 注册申报流程我们自己能搞定): its words found automation and PV experts for it (rt107)
    rf"(?:^|(?<=[，,；;。！!？?\s])){_NOT_CLAUSE}{{0,30}}?(?:(?:已经|已)(?:找了|找到了?|联系了|委托了?|请了|签了|定了|"
    rf"解决了?|搞定了?)|自己(?:能|可以|会)(?:搞定|解决|处理|完成|做)|(?:的事情?|这块|方面)?(?:不急|暂不考虑|暂时不考虑|"
    rf"先不考虑|以后再说|暂不需要)){_NOT_CLAUSE}{{0,12}}?(?=[，,；;。！!？?]|$)[，,；;。]?|"
    # a means the enterprise rules out (在不增加添加剂的前提下改进浓缩工艺, 不希望使用化学防腐剂, "without adding any
    # additives"): its words found exactly the experts it rules out (a food-additive chemist first for tomato paste
    # that browns, rt142); what must not suffer (在不降低强度的前提下) stays, it is part of the problem
    rf"(?:在|于)?(?:不|不再|无需|不需要?|不能|不得|不允许|尽量不)(?:额外)?(?:增加|添加|加入|投加|引入|使用|采用|用|加)"
    rf"(?!太|过多|很多|大量)(?:任何)?{_NOT_CLAUSE}{{1,12}}?的?(?:前提|条件|情况)下\s*[，,]?|"  # (不想用太多添加剂: a
    # limit on a means, which stays)
    rf"(?:不想|不希望|不愿意?|避免|尽量不)(?:再)?(?:使用|采用|添加|加入|投加|用|加)(?!太|过多|很多|大量)(?:任何)?{_NOT_CLAUSE}{{1,12}}?(?=[，,；;。！!？?]|$)[，,；;。]?|"
    r"(?i:\bwithout\s+(?:adding|using|introducing|any)\s+(?:any\s+|more\s+|extra\s+)?[a-z][a-z\s-]{1,40}?(?=\s*(?:[,.;!?]|$)))")


def without_negated(text: str) -> str:
    """`text` without what it says the problem is not or whom it does not want (不是X，而是Y → 而是Y; 不需要X方面的专家;
    与X无关; X没问题), the text itself when nothing else would be left."""
    kept, removed = _NEGATED.subn("", text)
    if not removed:
        return text
    kept = kept.strip(" ，,；;。")
    return kept if re.search(r"[\u4e00-\u9fff]{2}|[A-Za-z]{3}", kept) else text


# "Problem 1: … Problem 2: …", "Issue two -", "Second problem:": a problem named by its number (English)
_NAMED_EN = (r"(?i:\b(?:problem|issue|question|challenge|task)\s*(?:no\.?\s*|#\s*)?(?:\d{1,2}|one|two|three|four|five|"
             r"(?-i:[A-E]))\s*[:：.)-]|\b(?:first|second|third|fourth|fifth|another)\s+(?:problem|issue|question|challenge)\s*[:：-])")
# "First, … Second, …", "Firstly, … Secondly, …", 首先，…其次，…: an order of the message's own
_ORDER_WORDS = (r"(?:(?i:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|finally|lastly)\s*[,:：]|"
                r"(?:首先|其次|再次|第三点?|最后)[，,、：:]?)")
_NAMED = re.compile(r"(?:问题|难题|需求)(?:[一二三四五六七八九\d]|[A-E])\s*[：:]|[（(]\s*[a-eA-E]\s*[)）]|[a-e]\)|" + _NAMED_EN)
# Where a message enumerates separate problems: 一是…二是…, 1. … 2. …, （1）…（2）…, ①…②…, 问题一：…问题二：…,
# 第一，…第二，…, and "另外/此外，还有一个问题"
_ENUMERATION = re.compile(
    r"(?:^|(?<=[\s：:。；;，,！!？?]))(?:[一二三四五六七八九]是|\d{1,2}\s*[.、．)）](?!\d)|第[一二三四五六七八九]\s*[，,、：:]|"
    # 其一…其二…, 第一点…第二点…, 第一是…, 第一个问题是…, （一）…（二）…
    r"其[一二三四五][，,、：:是]?|第[一二三四五六七八九](?:点|是|个问题(?:是)?)\s*[，,、：:]?|"
    + _ORDER_WORDS + r")|"
    # 既有瓦斯突出问题，又有采空区沉陷问题: two problems said as both
    r"(?:^|(?<=[\s：:。；;，,！!？?]))(?:既有|又有)(?=[^，,。；;]{2,20}?问题)|"
    # "…tubes corrode. Also, the feed pump vibrates": a second matter after a sentence
    r"(?<=[.!?;]\s)(?i:also|additionally|in\s+addition|besides|moreover)\s*[,:]?\s*|"
    r"[（(]\s*(?:\d{1,2}|[一二三四五六七八九]|[a-eA-E](?=\s*[)）]\s*\S))\s*[)）]|(?<![A-Za-z])[a-e]\)(?=\s)|[①②③④⑤⑥⑦⑧⑨]|"
    r"(?:问题|难题|需求)(?:[一二三四五六七八九\d]|[A-E](?![A-Za-z]))\s*[：:]|" + _NAMED_EN + "|"
    r"(?:另外|此外|另)[，,]?\s*(?:还有|还)?一个(?:问题|难题|需求)(?:是)?\s*[：:，,]?|"
    # "…精度保持不住，另外刀具磨损也很快", "…，顺便问问玉米螟怎么防": a second matter after a clause break (each part
    # still needs _MIN_PART characters: "，另外成本也要低" stays one problem)
    r"(?<=[，,；;。！!？?\n])\s*(?:另外|此外|再者|顺便问问?|顺便|另一方面)[，,]?(?:想问问?|想请教|请问)?")
_SECOND = ("另", "此外", "再者", "顺便", "also", "additionally", "in", "besides", "moreover", "Also", "Additionally",
           "In", "Besides", "Moreover")  # markers of a second matter: the text before them is the first
_MIN_SECOND = 6  # … after 另外/此外/顺便 (while "，另外成本也要低" stays one problem)
_MIN_PART = 8  # Chinese characters (or Latin words) a part needs to be a problem of its own
_MIN_ANNOUNCED = 4  # … when the message says before the first marker that it has several (我们有两个问题：)
# 各推荐一位, 每个问题推荐一位: an expert asked for each problem the message enumerates
FOR_EACH = re.compile(r"各(?:推荐|找|给|要|介绍)|每(?:个|一个|项)(?:问题|方面|难题)?(?:都)?(?:推荐|找|给|要)|分别(?:推荐|找|给)|"
                      r"(?i:\bfor\s+each(?:\s+(?:problem|issue|one|of\s+them))?\b|\b(?:per|each)\s+(?:problem|issue)\b)")
_SEVERAL = re.compile(r"[两二三四五六几多]个(?:问题|难题|方面的?问题|需求|技术问题|技术难题)|(?:以下|如下)(?:几个)?(?:问题|难题)")


# an expert asked to know two things (既懂焊接又懂腐蚀, 同时懂A和B): each is matched, so that both are covered when no
# expert holds both (the rarer word alone decided the list: three welders for 焊接 and 腐蚀)
_BOTH = re.compile(r"既(?:要)?(?:懂|会|做|研究|擅长|熟悉|精通|了解)?(?P<a>[^，,。；;又]{2,12}?)[，,]?(?:又|也)(?:要)?"
                   r"(?:懂|会|做|研究|擅长|熟悉|精通|了解)(?P<b>[^，,。；;的]{2,12})")


# one expert asked for each of two things (一位懂注塑模具，一位懂涂装): each matched as a problem of its own
_EACH_ONE = re.compile(r"(?:一|1)\s*[位个名](?:专家)?(?:要)?(?:懂|会|做|研究|擅长|熟悉|精通|负责)(?P<a>[^，,。；;]{2,14}?)[，,；;、]\s*"
                       r"(?:另外?|再)?(?:一|1)\s*[位个名](?:专家)?(?:要)?(?:懂|会|做|研究|擅长|熟悉|精通|负责)(?P<b>[^，,。；;]{2,14})")


# two topics asked about in one request (想咨询土壤改良和高产育种, 请教一下电池和电机的问题): each matched as a problem of its
# own (the soil half of 大豆亩产低，黑土地退化，想咨询土壤改良和高产育种 got no expert: three breeders, rt47); not 想找懂模具
# 和成型工艺的专家, one expert who knows both
_ASK_TWO = re.compile(r"(?:咨询|请教|寻求)(?:一下)?(?:关于)?(?P<a>[\u4e00-\u9fff]{2,8}?)(?:和|与|以及|及)(?P<b>[\u4e00-\u9fff]{2,8}?)"
                      r"(?:两个?)?(?:方面|领域)?的?(?:专家|问题|技术|建议|指导|人才)?(?=[，,。；;！!？?]|$)")


_NO_FIELD = re.compile(r"^(?:研究|开发|研发|解决|提高|提升|改进|改善|优化|资金|人才|合作|支持|帮助|指导|设计|生产|管理|服务|"
                       r"咨询|技术|方案|建议|培训|投资|市场|销售)")


def _asked_two(text: str) -> re.Match | None:
    """`_ASK_TWO` where both things asked are fields (not 研究和开发, 资金和人才)."""
    found = _ASK_TWO.search(text)
    return found if found is not None and not any(_NO_FIELD.match(found.group(g)) for g in ("a", "b")) else None


def both_asked(text: str) -> tuple[str, str] | None:
    """The two things an expert is asked to know (既懂焊接又懂腐蚀 → 焊接, 腐蚀), or None."""
    both = _BOTH.search(text)
    return (both.group("a"), both.group("b")) if both is not None else None


# what a company's business, not its technology, is troubled by (销售回款周期长, 物业人员流动性大，培训体系也需要完善)
_BUSINESS = re.compile(r"销售|回款|账期|融资|贷款|资金(?:紧张|周转|短缺|压力)|现金流|招工|招聘|用工荒|人员流动|人才流失|"
                       r"培训体系|员工培训|管理制度|绩效考核|薪酬|市场竞争|市场推广|营销|品牌建设|订单不足|经营压力|"
                       r"申报|评审|资质")


def _business(part: str) -> bool:
    """Whether a part of a message is a matter of sales, staff, funds or paperwork, with no symptom of a technical
    problem in it."""
    return bool(_BUSINESS.search(part)) and not states_symptom(part)


def sub_problems(problem: str) -> list[str]:
    """The separate problems a message enumerates (each with the words before the first marker that introduce them
    dropped), the two things an expert is asked to know (既懂A又懂B), the two one expert each is asked for (一位懂A，一位
    懂B), or [problem] when it states one."""
    if (both := both_asked(problem)) is not None:
        return list(both)
    if (each := _EACH_ONE.search(problem)) is not None:  # 一位懂注塑模具，一位懂涂装: one expert for each
        return [each.group("a"), each.group("b")]
    if (two := _asked_two(problem)) is not None:  # 大豆亩产低，黑土地退化，想咨询土壤改良和高产育种: each, with what the
        context = re.sub(r"[，,。；;\s]*(?:我们|我司|公司)?(?:想|希望|需要|想要|打算)?(?:请|找)?$", "", problem[:two.start()])
        return [f"{context}，{two.group(g)}" if context else two.group(g) for g in ("a", "b")]  # message says before
    marks = [m for m in _ENUMERATION.finditer(problem)]
    if len(marks) < 2 and not (marks and marks[0].group().lstrip().startswith(_SECOND)):
        return [problem]
    bounds = [m.start() for m in marks] + [len(problem)]
    head = problem[:bounds[0]]
    parts = [problem[m.end():end].strip(" \n，,；;。") for m, end in zip(marks, bounds[1:])]
    if marks[0].group().lstrip().startswith(_SECOND):  # "A。另外，还有一个问题：B": the text before is the first problem
        parts = [head.strip(" \n，,；;。")] + parts
    parts = [p for p in parts if p]
    if len(marks) == 1 and (_WISH_START.match(parts[-1]) or is_boilerplate(parts[-1])):
        return [problem]  # "，另外希望专家能到现场": a wish about the expert, no second problem
    if len(marks) == 1 and marks[0].group().lstrip().startswith(_SECOND) and (
            _ALSO_MAKES.match(parts[-1]) or all(_BACKGROUND.match(c) for c in re.split(r"[，,。；;]", parts[0]) if c.strip())):
        return [problem]  # 我们是一家做低温鲜奶的乳企，另外也做酸奶和奶酪。巴氏奶…胀包: what the company is and makes, no
        # problem of its own (it was the first, and a cryogenics physicist matched on 低温, rt68)
    if len(marks) == 1 and marks[0].group().lstrip().startswith(_SECOND) and \
            (end := re.search(r"[。！!？?]\s*(?=\S)", parts[-1])) and _size(tail := parts[-1][end.end():]) >= _MIN_PART \
            and not _WISH_START.match(tail) and not is_boilerplate(tail):  # A。另外B。C: C, said after the second
        # matter, goes with the first (…另外冬季路基翻浆也比较严重。集团…攻关沥青混合料抗车辙…: the need was
        # filed under the frost problem and a railway engineer shown for the ruts, rt106)
        parts = [f"{parts[0]}。{tail}", parts[-1][:end.start()]]
    if len(marks) >= 2:  # 1. … 2. … 3. 请尽快回复: a wish or a closing line is no problem of its own
        parts = [p for p in parts if not (_WISH_START.match(p) or is_boilerplate(p))]
    least = _MIN_SECOND if len(marks) == 1 else _MIN_PART  # 另外刀具磨损也很快: a marked second matter may be short
    if len(marks) >= 2 and (_SEVERAL.search(head) or FOR_EACH.search(problem) or all(
            not m.group().lstrip().startswith(_SECOND) and not _ASPECT.match(m.group().lstrip()) for m in marks)):
        least = _MIN_ANNOUNCED  # 我们有两个问题：一是…二是…, 1. … 2. …, ①…②…, 首先…其次…: enumerated, each may be short
        # (一是…二是… unannounced may be two sides of one problem: each part needs _MIN_PART then)
    if len(marks) >= 2 and all(_NAMED.fullmatch(m.group().strip()) for m in marks):  # "Problem 1: weld cracks. Problem
        least = 2  # 2: …", 问题一：焊缝裂纹: each named a problem by the message itself, however short
    if len(parts) >= 2 and not _ONLY_PART.search(problem) and (kept := [p for p in parts if not _business(p)]) and \
            len(kept) < len(parts):  # (第二个问题: counted among all it enumerates)
        # 一是销售回款周期长；二是水性环氧防腐底漆…干燥极慢: a matter of sales, staff or funds is no problem for an
        # expert of the graph (a pathologist was matched on 销售, a gastroenterologist on 物业人员, rt111)
        if len(kept) == 1:
            return kept if _size(kept[0]) >= _MIN_PART else [problem]
        parts = kept
    if not (len(parts) >= 2 and all(_size(p) >= least for p in parts)):
        return [problem]
    if (trade := _MAKES.match(head) or _MAKES.match(parts[0])) is not None:  # 我们是做风电叶片的，…，另外叶片运维也
        # 很头疼: the trade said for the first problem, or before them all, is every problem's (叶片运维 alone matched a
        # herbalist: leaves)
        said, what = trade.group().rstrip(" ，,；;。"), trade.group("a") or trade.group("b") or trade.group("c")
        parts = [p if p.startswith(said) or what in p else f"{said}，{p}" for p in parts]
    if (only := _ONLY_PART.search(problem)) is not None and 1 <= (n := _ordinal(only.group("n") or only.group("m"))) \
            <= len(parts):  # 一是…二是…三是…。希望推荐能帮助解决第二个问题的专家: that one (the first was answered first,
        return [parts[n - 1]]  # 煤价上涨导致经营压力大 with a gas-outburst expert on 压力, rt109)
    return parts


# the one of the problems enumerated that the message asks experts for (希望推荐能帮助解决第二个问题的专家, 主要针对第三个问题)
_ONLY_PART = re.compile(r"(?:推荐|找|请|希望|需要|想找|想请)[^。；;！!？?]{0,12}?第(?P<n>[一二三四五六七八九\d])个?(?:问题|方面|难题)"
                        r"(?:的|方面的)?(?:专家|老师|人选)|(?:只|仅|主要|重点)(?:针对|解决|看|是)第(?P<m>[一二三四五六七八九\d])个?"
                        r"(?:问题|方面|难题)")


def _ordinal(said: str) -> int:
    """一 → 1 … 九 → 9, and digits as written."""
    return int(said) if said.isdigit() else "一二三四五六七八九".index(said) + 1


# what the company makes, said before its problems (我们是做风电叶片的, 我司是一家注塑厂, 本公司主要生产轴承)
_MAKES = re.compile(r"^\s*(?:我们|我司|本公司|我公司|我厂|我们公司|我们厂|本厂)(?:是一家(?P<a>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)"
                    r"(?:厂|公司|企业|工厂|集团)|是(?:做|生产|制造|从事)?(?P<b>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)的|"
                    r"(?:主要|专业)?(?:做|生产|制造|从事|经营|加工)(?P<c>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)的?)\s*[，,。；;]")


_ASPECT = re.compile(r"[一二三四五六七八九]是")
# a clause that only says what the company is or makes (我们是一家做低温鲜奶的乳企, 主要产品是锂电池极片缺陷检测, 我们是做
# 工业视觉检测的创业公司), and one that adds another product (也做酸奶和奶酪, 另外给3C厂做外观检测)
_BACKGROUND = re.compile(r"^\s*(?:(?:我们|我司|本公司|我公司|我厂|我们公司|我们厂|本厂)(?:是|为)(?:一家|一个|国内)?[^，,。；;]{0,24}?"
                         r"(?:公司|企业|厂|工厂|集团|厂家|供应商|制造商|乳企|药企|车企|创业公司|单位|研究所|医院)|"
                         r"(?:我们|我司|公司)?(?:的)?(?:主要|核心)?(?:产品|业务|主营)(?:是|为|包括|有)[^，,。；;]{0,30}|"
                         # 年产量约十万吨, 员工300多人, 成立于2005年: the company's size (a heading was 年产量约十万吨, rt133)
                         r"(?:我们|我司|公司|企业|工厂|厂里)?(?:的)?(?:年产量|年产能|年产值|年产|年销售额|年营收|产能|产值|员工|职工|"
                         r"工人|注册资本|占地)(?:规模)?(?:约|近|超过|达到?|为|有|在)?[\d一二三四五六七八九十百千万亿.,余多几]+[^，,。；;]{0,8}|"
                         r"(?:公司|企业|工厂|我们|我司)?成立于[^，,。；;]{2,12})\s*$")
_ALSO_MAKES = re.compile(r"^\s*(?:也|还|同时)(?:做|生产|制造|经营|加工|销售|给|为|提供)")


def introduces(clause: str) -> bool:
    """Whether a clause is boilerplate (`is_boilerplate`) or only says what the company is or makes."""
    return is_boilerplate(clause) or _BACKGROUND.match(clause) is not None or _MAKES.match(clause + "，") is not None


def _size(part: str) -> int:
    """A part's length in Chinese characters, an English word counted as two (铸件气孔 ~ "casting porosity")."""
    cjk, latin = word_counts(part)
    return cjk + 2 * latin


_WISH_START = re.compile(r"(?:我们|我司|本公司)?(?:也|还)?(?:希望|要求|最好|需要专家|请|麻烦|能否|能不能|可否|是否|费用|预算|报价|"
                         r"时间|工期|尽快|谢谢|感谢|期待|盼)")
