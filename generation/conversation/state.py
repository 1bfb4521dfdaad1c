"""The chat state: what a turn asks for (`Intent`) and what the conversation has shown so far (`Conversation`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from generation.models import ChatMessage
from retrieval.census import Census, CountQuestion
from retrieval.models import ExpertMatch, Requirement
from retrieval.tallies import OutsideCount, TallyQuestion


@dataclass
class Intent:
    """What a user turn asks for."""

    kind: Literal["problem", "more", "about", "list", "chat"]  # list: about the experts just shown, as a group
    expert: ExpertMatch | None = None
    attribute: str | None = None  # awards | institution | directions | None (everything)
    unheld: tuple[str, ...] = ()  # asked-for kinds of information the graph does not hold (see unheld_requests)
    thanks: bool = False  # small talk that thanks
    ordinal: int | None = None  # a position asked for that the list does not have (第五位 of three)
    compare: bool = False  # asks to compare or rank the shown experts (哪位最适合, 谁更厉害)
    single: bool = False  # asks for one of them only (能不能只推荐一位？): the closest match, said to be by match alone
    named: bool = False  # a comparison of experts the question itself names (钟南山和袁隆平谁更厉害？)
    query: str | None = None  # what to match when it is not the turn itself: the problem with the turn's wish
    experts: tuple[ExpertMatch, ...] = ()  # for "list": the experts it is about when not all shown (第二位和第三位)
    same: bool = False  # asks whether they work at the same place (第一位和第三位是同一个单位的吗？)
    ask: bool = False  # a request for experts that names no problem: the problem is asked for
    attributes: tuple[str, ...] = ()  # every fact asked about one expert, when several (在哪里工作，获得过什么奖？)
    english: bool = False  # answered in English: the language asked for in this conversation, else the turn's
    absent_org: bool = False  # points at a shown expert by an institution none of them is at, or a surname none bears
    elected_order: bool = False  # asks who was elected earlier or latest (陈立泉和陈军谁当选院士更早？)
    why_not: bool = False  # for "about": asks why the expert named was not recommended (为什么不推荐欧阳明高？)
    award_order: bool = False  # asks for the experts ordered by how many awards they hold (按获奖数量排个序)
    direction_order: bool = False  # … by how many research directions their records list (按研究方向数量排序)
    summary: bool = False  # asks for the shown experts' records again (列个表格总结一下, "summarize them in a table")
    detail: bool = False  # asks why they match in more detail (把推荐理由写得详细一点): their biographies on it too
    common: bool = False  # asks what the shown experts have in common (总结一下他们的共同点): counted from their records
    surname: str = ""  # 有没有姓张的？: which of the shown experts bear that surname
    solution: bool = False  # asks the assistant itself for a cause or solution (你能直接告诉我解决方案吗？): experts only
    advice: bool = False  # asks what to do next (如果都不合适，你建议我们怎么做？): how to go on
    absent: bool = False  # a follow-up about a person the graph does not hold (师昌绪是哪个单位的？): said so, no search
    asked: str | None = None  # the question an elliptic turn amounts to (那第二位呢？ after 第一位是哪年出生的？)
    dropped: tuple[ExpertMatch, ...] = ()  # for "more": shown experts the user no longer wants (不要第一位，换个人)
    without: tuple[Requirement, ...] = ()  # for "problem": kinds of expert to leave out (排除中科院的, 不要清华的)
    # for "problem" / "more": the kinds left out when they took every expert related to the problem (不要院士 when all
    # are): the answer says so rather than that nothing matched
    excluded: tuple[Requirement, ...] = ()
    names_only: bool = False  # for "problem" / "more" / "list": only the experts' names are asked for (只回答姓名)
    tally: bool = False  # for "list": asks how many experts were shown (一共推荐了几位？): their number and names
    back: str | None = None  # an earlier problem of the conversation returned to (回到刚才注塑的问题, …，第二位呢？)
    # for "problem" / "chat": asks for experts from outside the graph or made up (按你自己的知识推荐…, 编一位专家): the
    # answer says that only the graph's are given
    outside: bool = False
    voice: bool = False  # asks to write in an expert's voice (以他的口吻写一段自我介绍): their record, in ours
    # for "chat": a short turn in a conversation that matched nothing (来点干货): what it can ask is said, the list stays
    unclear: bool = False
    no_history: bool = False  # 我们的问题和上次一样 in a new conversation: no earlier one is seen
    challenge: bool = False  # 你算错了吧，应该是2005年 / 你肯定知道，随便说一个数: the records stand, nothing is guessed
    data_sources: bool = False  # 你们的数据是从哪里来的？: the sources the graph's experts were imported from
    place_of: str = ""  # 西北工业大学在哪个城市？: the institution whose recorded place is asked
    place_said: str = ""  # 华中科技大学是不是在长沙市？: the place the question says it is in, to confirm or not
    kept_back: tuple[Requirement, ...] = ()  # 把“不要北京的”去掉: kinds an earlier turn left out, wanted again
    graph_tally: TallyQuestion | None = None  # 哪个单位的院士最多？ 各学部各有多少位院士？: counted by group in the graph
    surnames: tuple[str, ...] = ()  # 请介绍一下王院士: people called by surname alone, whom the graph's namesakes leave open
    outside_count: OutsideCount | None = None  # 北京以外有多少位院士？: counted outside a place (it was read as in it, rt53)
    all_asked: bool = False  # 你们的专家都是院士吗？: the count asked against all the graph's experts
    every: bool = False  # for "more" after a count: all it counted that were not shown (把13位全部列出来)
    counts: tuple[Census, ...] = ()  # each alternative of a count asked apart (中国科学院院士和中国工程院院士各有多少位？)
    pinyin: bool = False  # the message is Chinese typed as toneless pinyin: asked to write it in characters
    # for "problem": the experts it names, asked whether they can help with it, each with where they rank for the
    # problem (None: not among the first FIT_DEPTH)
    fit: tuple[tuple[ExpertMatch, int | None], ...] = ()
    count: CountQuestion | None = None  # for "problem": how many of the graph's experts it asks (有多少位研究焊接的院士？)
    census: Census | None = None  # … and the experts counted, once read from the graph
    refines: bool = False  # for "problem": the problem under discussion with another wish (有没有院士？)
    # for "problem": two things an expert is asked to know (既懂焊接又懂腐蚀) that no expert's directions and fields both
    # name, though each is named: the answer says so
    neither_both: tuple[str, str] | None = None
    # for "list": what to count among the experts shown (有几位是中国科学院院士？ 三位里获得国家技术发明奖的有几位？)
    among: tuple[Requirement, ...] = ()
    among_not: bool = False  # …of them those who do not meet it (没有获得过…的有几位？)
    batch: int | None = None  # for "list": which list shown for the problem is shown again (回到刚才第一批: 1)
    keep: bool = False  # for "list" with `among`: only those meeting it stay the list (只保留高校的; 第二位 next is theirs)
    written: bool = False  # for a count of an award no record holds: the experts are those whose biographies name it
    among_part: bool = False  # for `among`: the experts counted are some of those shown (the ones the last turn was
    # about), named as such (刚才推荐的2位 was said of two of three shown, rt71)
    stated_first: bool = False  # for a count asking what no record holds but biographies may say (女院士, 出生在上海的):
    # those counted whose biographies say so are shown first
    # for "about" / "list" / "problem": the turn also names people the graph does not hold (申长雨和赵明轩哪个更适合？):
    # said after the answer on those it holds
    absent_named: bool = False
    # for "list": a person asked to be among those shown (其中有陈立泉吗？): whether, and their record when not shown
    member: str = ""
    # … and, when a count is under discussion, how many it counted and whether the person is one of them
    counted: tuple[int, bool] | None = None
    brief: bool = False  # for "list" with `summary`: in one sentence (用一句话总结一下)
    # for "list": a letter or e-mail to draft from the records shown — "expert" (给第一位专家写一封邀请邮件: to the one
    # in `experts`) or the reader it is addressed to (给总经理写一封推荐信: 总经理); the records, never a voice
    letter: str = ""
    graph_birth: str = ""  # "younger" / "older": the youngest or oldest of the whole graph asked (by biographies)
    birth_of: int = 0  # … of the N experts a count counted instead (其中最年轻的是谁？ after 清华大学有多少位院士？)
    at_award: str = ""  # … at the award that count asked, unnamed in the question (其中获奖时最年轻的是谁？)
    # for "problem" with `stated_first`: every one counted whose biography says it (图谱里有几位女院士？: all the women
    # written so, not the five shown), for 其中最早当选的是谁？ next (rt144)
    stated_ids: tuple[str, ...] = ()
    stated_of: int = 0  # for "list": how many the extreme asked was found among (those `stated_ids` held)


@dataclass
class Conversation:
    """Turns so far, the problem being discussed and the experts already shown."""

    messages: list[ChatMessage] = field(default_factory=list)
    problem: str | None = None
    shown: list[ExpertMatch] = field(default_factory=list)
    last: list[ExpertMatch] = field(default_factory=list)  # experts of the latest answer, in order
    focus: ExpertMatch | None = None  # the expert the latest turn was about: whom 他/她 means next
    group: list[ExpertMatch] = field(default_factory=list)  # the experts the latest turn was about when several
    # of those shown (第二位和第三位…): whom 这两位 means next
    pair: list[ExpertMatch] = field(default_factory=list)  # the last two experts a turn was about together (李德群和申长雨
    # 谁获奖更多？): whom 前者 and 后者 mean, until another two are
    language: str | None = None  # "en" / "zh" once a turn asked to be answered in it (Please answer in Chinese)
    earlier: list[str] = field(default_factory=list)  # ids shown for the problem before its latest wish (有没有院士？)
    census: Census | None = None  # what the problem's count question counted (焊接方面的院士有哪些？)
    counted: list[Census] = field(default_factory=list)  # the latest counts answered (清华大学有多少位院士？ 北京大学呢？), for
    # 两者相差多少？ after two
    last_tally: TallyQuestion | None = None  # the latest whole-graph tally asked (哪个省的院士最多？), for 那第二名呢？
    without: tuple[Requirement, ...] = ()  # kinds of expert left out of this problem's lists (排除中科院的)
    unwanted: list[str] = field(default_factory=list)  # ids of experts this problem's user dropped (不要第一位和第三位)
    # the problems discussed, in order, each with the ids of the experts shown for it (for 回到刚才注塑的问题，还有吗？)
    problems: dict[str, list[str]] = field(default_factory=dict)
    # the latest list each problem showed, for 回到光伏的问题，第二位的研究方向是什么？ later
    lists: dict[str, list[ExpertMatch]] = field(default_factory=dict)
    opened: list[str] = field(default_factory=list)  # the problems in the order first discussed (回到最开始的问题)
    # what the enterprise said of itself before stating what goes wrong (我们是做汽车零部件的 / 主要是铝合金轮毂): matched
    # with the problem it then states (最近轮毂X光检测发现缩松缺陷), which alone found semiconductor defects
    context: list[str] = field(default_factory=list)
    wanted: int | None = None  # how many experts the problem asked for (推荐两位专家), kept when it is corrected
    absent: bool = False  # the last turn asked about a person the graph lacks (任正非是院士吗？): 他 next is that person
    asked: tuple[Requirement, ...] = ()  # what the problem of the list shown asked of the experts (清华大学的, 院士), in the
    # graph's words: 这些专家都符合我的要求吗？ is checked against it
    batches: list[list[ExpertMatch]] = field(default_factory=list)  # the lists shown for the problem, in order (回到第一批)
    aged_graph: bool = False  # the last answer ranked the whole graph by birth (图谱中最年轻的院士是谁？): 最年长的呢？ too
    aged_of: int = 0  # … or those a count counted (最年轻的中科院院士是谁？): 最年长的呢？ of them (`census`)
    stated: tuple[str, ...] = ()  # ids of all a count counted whose biographies say what no record holds (女院士), rt144

    def add(self, role: str, content: str) -> None:
        self.messages.append(ChatMessage(role=role, content=content))


def _all_shown(conversation: Conversation) -> tuple[ExpertMatch, ...]:
    """Every expert the conversation has shown, each once, in the order of the problems first shown for: 一共推荐了几位？
    after two problems counts both lists (it counted the latest problem's, 3 of 6, rt75)."""
    found: dict[str, ExpertMatch] = {}
    for e in [*(e for problem in conversation.problems for e in conversation.lists.get(problem, ())),
              *(conversation.shown or conversation.last)]:
        found.setdefault(e.id, e)
    return tuple(found.values())


def known_experts(conversation: Conversation) -> list[ExpertMatch]:
    """The experts a turn may point at: those shown, and the one the last turn was about."""
    return [*conversation.shown, *([conversation.focus] if conversation.focus else [])]
