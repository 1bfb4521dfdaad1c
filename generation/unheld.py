"""Claims of kinds the graph never holds: posts, quantities, contact details, life facts, schooling, works, firsts and
superlatives, orders among experts, negations, gender, quoted words, recognitions, applications of results and services to companies — an
answer that states one about an expert states something the graph cannot back.

The graph keeps a title (教授, 研究员, 中国工程院院士), institution, fields, directions and awards; a post (所长,
总工程师, 主编), a count of papers or students, a telephone number, a birth year, a book, "国内首个…" or "被评为…"
is a fact it does not have. Each found span becomes a Found of its own kind; generation/grounding.py checks it
against the expert it is about (a work against the expert's cited sources, a recognition against the awards; the
others are never held). Hedges (据报道, 可能, 业内普遍认为) change nothing: the claim is still made.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_CJK = "\u4e00-\u9fff"
_M = "\u25a1"  # the extractor's mask: a span already read (a name, an institution, an award)

# Posts (职务), not titles: the graph never holds them.
_POSTS = ("常务副院长", "副院长", "院长", "副所长", "所长", "台长", "副校长", "校长", "系主任", "副主任", "主任",
          "总工程师", "副总工程师", "总设计师", "副总设计师", "总指挥", "首席科学家", "首席专家", "首席工程师", "副主编",
          "主编", "副理事长", "理事长", "副会长", "会长", "董事长", "总经理", "总裁", "秘书长", "副主席", "主席", "院长助理",
          "学术委员会主任", "学科带头人", "负责人", "站长", "部长", "局长", "厅长", "书记", "党委书记", "技术顾问", "首席顾问",
          "顾问", "独立董事", "董事", "监事", "一把手", "项目首席", "首席", "第一完成人", "主要完成人", "完成人", "评审专家", "评委",
          "副省长", "省长", "副市长", "市长", "县长", "区长", "州长", "镇长", "乡长", "村长", "委员长", "人大代表", "政协委员",
          "党代表", "常委", "组长", "副组长", "召集人", "牵头人", "成员")
_POST = "|".join(sorted(_POSTS, key=len, reverse=True))
_POST_VERB = r"(?:现任|曾任|历任|兼任|出任|担任|任|曾担任|曾是|是|为|作为|身为|当过|做过)"
_NOT_A_POST = rf"(?!医师|技师|药师|护师|编辑|委员|工程师(?!长)|研究员|级|[{_CJK}]*?(?:奖|计划))"  # 副主任医师 is a title
POSITION_ZH = re.compile(rf"(?:{_POST_VERB}|[（(]原)[^，。；;,!?！？\n]{{0,30}}?({_POST}){_NOT_A_POST}"
                         rf"|(?<=[{_M}》])[\s（(【\[|/:：,，、]*的?\s*(?:原|前|名誉|荣誉|首任|时任|常务)?\s*({_POST}){_NOT_A_POST}"
                         # an apposition that ends on a post: "沈国荣院士，南瑞继保董事长", "（国家能源局原副局长）", "——X董事长"
                         rf"|(?<=[{_M}士授])\s*(?:[，,（(]|——|—|-{{1,2}})\s*[^，。；;,()（）\n]{{0,16}}?(?:原|前|名誉|荣誉|首任|时任|常务)?"
                         rf"({_POST}){_NOT_A_POST}(?=\s*(?:[）)，,。；;]|$))")
# a post written before the name it belongs to: "山东省农业科学院副院长赵振东", "中国工程院院士、X院长Y"
POST_BEFORE_NAME = re.compile(rf"(?:原|前|名誉|荣誉|首任|时任|常务)?({_POST}){_NOT_A_POST}(?=\s*{_M}{{2}})")
POSITION_EN = re.compile(
    r"\b((?:former |founding |vice[- ]|deputy |honorary )?(?:president|vice president|director|director-general|dean|"
    r"chairman|chairwoman|chair|editor-in-chief|chief editor|associate editor|chief engineer|chief designer|"
    r"chief scientist|chief expert|chief commander|head|secretary[- ]general|principal|rector|mayor|governor|minister|"
    r"party secretary)(?: of\b| at\b| for\b)|editor-in-chief|\b(?:deputy |vice[- ])?(?:mayor|governor|minister)\b|"
    # political seats: "a deputy to the National People's Congress", "a member of the CPPCC"
    r"\b(?:deputy|delegate|representative) (?:to|of) the (?:\d+\w* )?(?:National|Provincial|Municipal|NPC)\b|"
    r"\bmember of the (?:\d+\w* )?(?:CPPCC|NPC|National People's Congress|Chinese People's Political)\b|"
    r"(?:associate|deputy|senior|section|guest) editor|editorial board|advisory board|board member|"
    # "He also chairs the China Automotive Lightweight … Alliance", "heads the State Key Laboratory of …"
    r"\b(?:chairs|chaired|heads|headed|directs|directed|presides\s+over|presided\s+over)\s+(?=the\s+(?-i:[A-Z])))"
    # a post right after a name or institution, without "of": 孙博成（Chief Engineer，长江科学院）, "Li Qiang, Dean"
    rf"|(?<=[{_M}])[\s（(【\[|/:：,，、]*((?:(?:former|founding|honorary|then) )?(?:vice[- ]|deputy )?(?:president|director|dean|chairman|chief engineer|"
    r"chief designer|chief scientist|editor-in-chief|chief editor|secretary[- ]general|rector)\b)"
    # "he served as the corporation's chief engineer": a post with its organisation before it
    r"|\b(?:served|serves|serving|acted|acts|worked)\s+as\s+(?:the\s+|an?\s+)?(?:[\w.&\u25a1-]+(?:'s|’s)\s+)?(?:former\s+|"
    r"founding\s+|vice[- ]|deputy\s+|honorary\s+)?(?:president|director|dean|chairman|chair|chief\s+engineer|"
    r"chief\s+designer|chief\s+scientist|chief\s+geologist|head|editor-in-chief|secretary[- ]general|rector)\b"
    # "who reportedly also chaired the national tea variety registration committee": a chair is a post
    r"|\b(?:chaired|chairs|chairing|headed|heads|heading|presided over|presides over)\s+(?:the\s+|an?\s+)?[^,.;]{0,60}?"
    r"\b(?:committee|commission|council|association|society|institute|cent(?:er|re)|laborator(?:y|ies)|lab|board|panel|"
    r"department|school|college|faculty|bureau|company|corporation|group|programme|program)\b",
    re.IGNORECASE)

_NUM = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万几数]+)"
_SPAN = rf"(?<!\d)(?!(?:19|20)\d\d(?!\d)){_NUM}"  # a number of years, not a calendar year (2013年）说明…研究)
_COUNTED = r"(?:SCI\s*)?(?:学术)?(?:论文|文章|专著|著作|教材|专利|发明专利|博士后|博士研究生|硕士研究生|研究生|博士生|硕士生|博士|硕士|学生|弟子|项目|课题)"
QUANTITY_ZH = re.compile(
    rf"(?:{_COUNTED}[^，。；;,\n]{{0,6}}?{_NUM}\s*(?:余|多|逾)?\s*(?:篇|项|名|部|本|件|位|个|人)"
    rf"|(?:超过|逾|近|共|累计|已)?{_NUM}\s*(?:余|多)?\s*(?:篇|项|名|部|本|件|位|个)(?:以上)?[^，。；;,\n]{{0,4}}?{_COUNTED}"
    rf"|{_NUM}\s*(?:余|多)?\s*(?:台|例)(?:次)?(?:以上)?[^，。；;,\n]{{0,4}}?手术|手术[^，。；;,\n]{{0,8}}?{_NUM}\s*(?:余|多)?\s*(?:台|例)"
    rf"|[hH]\s*[-‐]?\s*(?:指数|index|因子)|{_NUM}\s*来\s*(?:个|名|位)|(?:上亿|过亿|数亿|千万|几千万)元?的?(?:横向|纵向)?(?:课题|项目|经费|合同)|"
    rf"(?:当选|从事|工作|任教|执教)[^，。；;,\n]{{0,8}}?(?:已|已经|已近|近|逾|超过)\s*{_NUM}\s*(?:余|多)?\s*年|被?引用?\s*{_NUM}\s*(?:余|多)?\s*次|他引|被引"
    rf"|经费[^，。；;,\n]{{0,6}}?(?:{_NUM}\s*(?:余|多)?\s*[万亿]|过亿|上亿)|(?:过亿|上亿)元?的?(?:科研)?经费"
    rf"|(?:探明|新增|累计)[^，。；;,\n]{{0,8}}?储量"
    rf"|(?:发现|培养|指导|带出|发表|出版|申请|授权|获授权|主持|承担|完成|建成|研制|研发|开发|制定|主编|参编|命名|选育|育成|鉴定|培育|定位|克隆|推广|安装)(?:了|过|的)?"
    rf"[^，。；;,\n]{{0,10}}?(?:{_NUM}|多|上百|上千|数十|数百)\s*(?:余|多)?\s*(?:个|篇|项|名|部|本|件|位|种|座|条|台|套|家|株|份|批)"
    rf"|(?:从事|深耕|工作|研究)[^，。；;,\n]{{0,10}}?{_SPAN}\s*(?:余|多)?\s*年|{_SPAN}\s*(?:余|多)?\s*年(?:来|的)?(?:从事|深耕|研究|专注)"
    rf"|(?:团队|实验室|课题组|研究组|研究室|研究团队)[^，。；;,\n]{{0,6}}?{_NUM}\s*(?:余|多)?\s*(?:人|名|位)"
    rf"|每天(?:工作|坚持|要)?[^，。；;,\n]{{0,4}}?{_NUM}\s*(?:个)?(?:小时|钟头)"
    rf"|(?:价值|总值|总投资|投资|造价|资助|合同额|合同金额|产值|经济效益|效益|利润|利税|节约|节省|创收|营收)[^，。；;,\n]{{0,8}}?"
    rf"{_NUM}\s*(?:余|多)?\s*(?:万|亿)"
    rf"|(?:百万|十万|万|千)吨级|(?:处理|生产|年产|日产|装机|加工)能力(?:达到?|为|超过|逾)?\s*{_NUM}"
    rf"|{_SPAN}\s*(?:余|多)?\s*年(?:以上|之久)?的?[^，。；;,\n]{{0,10}}?(?:经历|经验|积累|工作|研究|教学)(?!方向))")
# a bare figure answering the question before it (陈军培养了多少博士？ 六十余名。 / 答案：56项。)
BARE_FIGURE = re.compile(rf"^\s*(?:答案|回答|答)?[：:]?\s*(?:约|大约|共|有|超过|逾|近|大概)?\s*{_NUM}\s*(?:余|多)?\s*"
                         r"(?:篇|项|名|部|本|件|位|个|人|次|万元|亿元|元|年|岁)(?:左右|以上)?\s*[。.！!]?\s*$")
QUANTITY_EN = re.compile(
    r"\b(?:(?:over|more than|about|nearly|some|around|almost|roughly|close to)\s+)?(?:\d[\d,]*\+?|hundreds of|thousands of|"
    r"dozens of|scores of|(?:a|one|two|three|four|five|six|seven|eight|nine|several) (?:hundred|thousand|dozen)(?: of)?)"
    r"\s+(?:(?:SCI|peer-reviewed|academic|research|"
    r"journal|invention|[A-Z]{2,8}|[a-z]{3,14})\s+){0,3}(?:papers|articles|publications|patents|books|monographs|students|PhD students|"
    r"varieties|cultivars|breeds|products|standards|drugs|vaccines|devices|"
    r"doctoral students|graduate students|postdocs|projects|citations|members|staff|researchers|employees|people)\b|\bh-index\b|"
    r"\bh index\b"
    # an approximate count of anything: "more than twenty large telescope mirrors", "over 500 operations a year"
    r"|\b(?:[a-z]{3,}ed|done|made|written|built|taught|led|held|run)\s+(?:\w+\s+){0,2}?"  # what they did, then how many
    r"(?:over|more than|nearly|almost|close to|upwards of)\s+(?:\d[\d,]*|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|a hundred|hundreds of|a thousand|thousands of)\s+(?:[\w-]+\s+){0,3}?[a-z]{3,}s\b", re.IGNORECASE)

CONTACT = re.compile(
    r"(?<![\dA-Za-z])(?:\+?86[- ]?)?(?:0\d{2,3}[- ]?\d{7,8}|1[3-9]\d{9}|400[- ]?\d{3}[- ]?\d{4})(?!\d)"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
    r"|(?:办公室|办公地点|办公地址|通讯地址|地址|Office|office|Room|room)\s*(?:位于|设在|在|是|为|:|：)?\s*[^，。；;,\n]{0,16}?\d+\s*(?:室|号|房间)?"
    r"|(?:电话|手机|座机|传真|微信|邮箱|电子邮件|e-?mail|E-?mail|Tel|tel|phone|联系方式|联系地址|联系人|通讯方式|QQ|qq|WeChat|"
    r"wechat|Skype|skype|钉钉|飞书)\s*(?:咨询|联系|号码|号|账号|ID|id)?\s*(?:是|为|:|：)"
    r"|[〇零一二三四五六七八九]{7,}|(?<!\d)(?:0\d{2,3}|1[3-9]\d)[ -]\d{3,4}[ -]\d{4}(?!\d)"
    r"|\d+\s*(?:层|楼)\s*\d+\s*(?:室|号|房间)"
    # someone said to arrange contact: 通过王院士的秘书联系, "his assistant can arrange a meeting"
    r"|(?:通过|经由|经|找|联系)[^，。；;,\n]{0,12}?(?:[他她其]|院士|教授|老师|研究员|\u25a1)的(?:秘书|助理|助手|学生|联系人)"
    r"|(?:秘书|助理|助手)(?:可以|可|会|能)?(?:安排|预约|转达|对接)"
    r"|(?:\b(?:his|her|their)|\u25a1['’]s|\b[A-Z][a-z]+['’]s)\s+(?:personal\s+)?(?:assistant|secretary|PA)\b|\bvia\s+(?:his|her|their)\s+(?:assistant|"
    r"secretary|office)\b"
    # a record said to give a contact route: 资料列出了蔡院士的办公室电话, "the card lists his office phone"
    r"|(?<![没未不无])(?<!没有)(?<!并未)(?:列出|列有|提供|给出|留有|附有|注明|写明|载有)了?[^，。；;,\n]{0,12}?(?:办公室|办公|联系|手机|座机)?(?:电话|手机号码?|邮箱|"
    r"微信号?|联系方式|通讯地址)"
    r"|\b(?:lists?|gives?|includes?|shows?|provides?)\s+(?:his|her|their|an?|the|\u25a1+)\s+(?:office\s+|direct\s+|mobile\s+|personal\s+)?"
    r"(?:phone|telephone|e-?mail|address|contact\s+details)"
    r"|https?://[^\s，。；、）)]+|\bwww\.[A-Za-z0-9-]+\.[^\s，。；、）)]+|\b[A-Za-z0-9-]+\.(?:edu|ac|gov|org|com)\.cn\b\S*"
    r"|ORCID|orcid|ResearchGate|Google\s*Scholar|(?:个人|课题组|实验室|团队)?主页|个人网站|\bhomepage\b|\bweb\s*page\b"
    r"|\d{4}-\d{4}-\d{4}-\d{3}[\dX]")

# When an expert can be seen and what it costs: schedules, fees, how busy they are. The graph holds none of it.
AVAILABILITY_ZH = re.compile(
    r"每(?:周|星期|个?月|天)[一二三四五六日天末]?[^，。；;,\n]{0,8}?(?:接受|坐诊|出诊|门诊|答疑|接待|会客|开放|安排|有空|可以|可|能|办公|"
    r"上班|值班|在校|在所|在单位)"
    r"|(?:周|星期)[一二三四五六日天末](?:上午|下午|晚上|全天)|(?:上午|下午|晚上)\s*\d{1,2}\s*(?:点|时|:|：)"
    r"|(?:咨询|出诊|服务|讲课|培训|顾问|评审|会诊|指导|出场|讲座|演讲)(?:费|费用|报酬|价格|收费)(?:标准)?(?:为|是|约|在|大约|大概)?"
    r"[^，。；;,\n]{0,6}?(?:\d|[一二两三四五六七八九十百千万]+\s*(?:万|千|百)?\s*元)"
    r"|年薪|薪酬|酬金|出场费|讲课费|劳务费|顾问费"
    r"|(?:收费|报价|费用)(?:为|是|约|在|大约|大概)?[^，。；;,\n]{0,4}?\d+\s*(?:元|万|千|美元)"
    r"|(?:档期|日程|时间)(?:已满|较满|很满|充裕|紧张|宽裕|排满)"
    r"|(?:近期|目前|最近|下个?月|本月|今年|这段时间)(?:都)?(?:有空|有时间|没空|没有时间|在国外|在海外|出差|休假|出国)"
    # terms the graph does not record: 可以提供免费的技术咨询, 无偿指导, 承诺/已同意合作
    r"|(?:免费|无偿|义务|不收费|不收取费用)[^，。；;,\n]{0,6}?(?:咨询|指导|服务|培训|讲座|会诊|合作|支持|帮助|提供)"
    r"|(?:承诺|答应|已同意|已经同意|已表示同意|愿意|同意)(?:为|给|向|与|和)?[^，。；;,\n]{0,10}?(?:提供|合作|指导|服务|担任|参与|帮助|协助)"
    r"|退休|离休|返聘|招收|招生|招聘|(?:很|非常|十分|颇)?(?:感兴趣|有兴趣)|乐于|乐意|(?:坚持|仍在|仍然|还在)?(?:出诊|坐诊)|(?:出|开|有|坐|看)门诊|门诊(?:时间|日|安排|号)"
    # commitments and what the team takes on (tenth red team): 可在两周内到场, 1个月内完成, 正在承接企业项目, 每年可接待3家企业
    r"|(?:可|能|能够|可以|将|会)?在?\s*(?:\d+(?:\s*[-~～到至]\s*\d+)?|[一二两三四五六七八九十半几数]+)\s*(?:个)?"
    r"(?:天|日|周|星期|个?月|工作日|小时)(?:内|之内|以内)"
    r"|(?:正在|目前|仍在|已经?不再|不再|暂不|暂停|停止)(?:承接|接受|接)[^，。；;,\n]{0,8}?(?:项目|合作|委托|咨询|业务|订单)"
    r"|每(?:年|月|周|季度)(?:可|能|最多|只)?(?:接待|承接|指导|服务)\s*(?:\d+|[一二两三四五六七八九十几数])"
    r"|(?:固定的?|专门的?)(?:对外)?(?:技术)?(?:咨询|答疑|接待)(?:时间|日)"
    r"|对外(?:提供|开放|承接)[^，。；;,\n]{0,16}?(?:服务|检测|测试|分析|平台)|(?:直接|可|可以)送样"
    r"|面向(?:企业|社会|客户|农户|行业)提供[^，。；;,\n]{0,20}?服务|派(?:技术人员|专人|人员|专家)?驻(?:点|厂|场)"
    # a fee in any words: 3-8万元/次, 每天5000元
    r"|\d+(?:\.\d+)?(?:\s*[-~～到至]\s*\d+(?:\.\d+)?)?\s*(?:万|千)?元\s*(?:/|每)\s*(?:次|天|日|小时|人天|场|课时)"
    r"|每(?:次|天|日|小时|场)[^，。；;,\n]{0,6}?\d+(?:\.\d+)?\s*(?:万|千)?元")
# Events the graph never records: visits, field guidance, talks, trainings ("曾多次到X现场指导", "曾应邀作专题报告",
# "visited the plant"); plans ("计划明年建设…", "将于下半年举办…"); promises ("会亲自带队来厂")
EVENT_ZH = re.compile(
    r"(?:曾|多次|曾经|先后|经常|还|也|去年|近年)(?:多次|专程|亲自|经常)?(?:应邀|受邀)?(?:到|赴|前往|去过|深入|走访|带队(?:参观|考察|访问)?)"
    r"[^，。；;\n]{1,24}?(?:指导|调研|考察|讲学|交流|授课|报告|培训|讲座|会诊|参观|访问|演讲|帮扶|把脉|诊断)"
    r"|(?:应邀|受邀)(?:为|给|到|在)[^，。；;\n]{1,24}?(?:做|作)(?:过|了)?[^，。；;\n]{0,12}?(?:报告|培训|讲座|演讲)"
    r"|(?:曾|多次|先后)?(?:在|于)[^，。；;\n]{2,24}?(?:上|中)(?:作|做)(?:过|了)?(?:主旨|大会|特邀|专题|学术)?(?:报告|演讲)"
    r"|(?:作|做)(?:过|了)?(?:主旨|大会|特邀|专题)(?:报告|演讲)")
PLAN_ZH = re.compile(
    r"(?:计划|打算|准备|(?<![模比])拟|将于|将在|即将|近期将|下个?月将?|明年|今年下半年|下半年|年底前|年内)(?:将|会|要)?(?:在|于)?"
    r"[^，。；;\n]{0,20}?(?:建设|建立|设立|举办|主持|发布|推出|开展|启动|召开|成立|投产|建成|组建|开设|招收)"
    # an expert's schedule: 下周将在山西调研, 下月要去淮北出差, 可顺路安排
    r"|(?:下(?:个)?(?:月|周|星期)|本周|本月|这周|这个月|近日|近期|明天|后天|月底|周末)(?:将|会|要|正好|刚好|可以|可|能)?(?:在|去|到|赴|前往|来)?"
    r"[^，。；;\n]{0,16}?(?:调研|出差|考察|开会|讲学|访问|参会|路过|经过|指导|上门|拜访|现场)|顺路|顺道|顺便(?:来|到|去|过来|安排)"
    r"|(?<![可以请能])(?:会|将|愿意|一定会|肯定会)(?:亲自|专程)(?:带队)?(?:来|到|前往|赴|指导|参与|出马|察看|查看|诊断|上门)")
EVENT_EN = re.compile(
    r"\b(?:visited|toured|gave (?:a |the )?(?:keynote|talk|lecture|training|plenary)|delivered (?:a |the )?(?:keynote|talk|lecture)|"
    r"lectured (?:at|in)|has (?:trained|advised) (?:engineers|staff|companies|firms))\b"
    # a plan of the expert's (not the enterprise's: "We plan to invite him next month")
    rf"|(?:[{_M}]|\bhe|\bshe|\bteam|\bgroup|\blab)\s+(?:also\s+)?(?:plans? to|is planning|will (?:launch|open|build|host|hold|"
    r"release|set up|establish|visit|give))\b", re.IGNORECASE)
AVAILABILITY_EN = re.compile(r"\b(?:available (?:on|every|from|for (?:a )?consultations?)|office hours|consult(?:ing|ation) fees?|"
                             r"within (?:\d+|a|an|one|two|three|four|a few) (?:days?|weeks?|months?|hours?)\b|"
                             r"(?:offers?|provides?|runs?|operates?)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,4}?(?:services?|"
                             r"testing|consultancy|training courses?)\b|"
                             r"(?:is|are) (?:currently |now )?(?:taking|accepting|not taking|no longer taking|no longer accepting) "
                             r"(?:on )?(?:new )?(?:industry |corporate |enterprise )?(?:projects|clients|work|consultations?)\b|"
                             r"(?:per|an|a) hour\b|hourly (?:rate|fee)|(?:is|are) (?:currently )?(?:abroad|on leave|fully booked|retired)|"
                             r"\bretired\b|\bretiring\b|\bretirement\b|interested in (?:your|the company|working)|recruiting|"
                             # a schedule: "is visiting Shanghai next week", "will be in Beijing next month", "could stop by"
                             r"\b(?:is|are|will be|'ll be)\s+(?:[\w-]+\s+){0,4}?(?:next|this|later this|coming)\s+"
                             r"(?:week|month|spring|summer|autumn|fall|winter)\b|"
                             r"(?:stop|drop|come) by\b|available (?:to meet|for (?:a )?(?:site )?visits?|for on-site))",
                             re.IGNORECASE)
PLACES = ("北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|"
           "云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|深圳|广州|杭州|南京|武汉|成都|西安|哈尔滨|长春|沈阳|"
           "大连|青岛|济南|郑州|长沙|合肥|福州|厦门|南昌|昆明|贵阳|南宁|兰州|太原|石家庄|呼和浩特|乌鲁木齐|拉萨|银川|西宁|海口|"
           "苏州|无锡|宁波|温州|佛山|东莞|珠海|洛阳|南阳|徐州|常州|烟台|唐山|保定|绵阳|宜昌|株洲|芜湖|包头|大庆|鞍山|"
           "江门|中山|惠州|泉州|嘉兴|绍兴|金华|台州|扬州|南通|镇江|潍坊|淄博|临沂|威海|秦皇岛|邯郸|开封|新乡|襄阳|赣州|桂林|三亚")
_PLACE = (rf"(?:(?:{PLACES})(?:省|市|自治区|特别行政区|地区)?(?:[{_CJK}]{{1,4}}?(?:市|区|县))?"
          r"|东北|西北|华北|华东|华南|华中|西南|北方|南方|江南|岭南|海外|国外|境外|欧洲|美国|日本|德国|英国)")
LOCATION_ZH = re.compile(
    rf"(?:是|为|系)\s*{_PLACE}人(?![才员工士们民类体力])"
    # a clause that is only where one is from: 江苏省如东县人, 福建龙岩人 (a biography's way of saying it)
    rf"|(?:^|(?<=[，。；;,、\s]))(?:{PLACES})(?:省|市|自治区)?[{_CJK}]{{0,6}}?人(?=\s*(?:[，。；;,、）)]|$))"
    r"|老家|家乡|故乡|出生地|住在|居住在|家住|住址|定居|常驻|常住|现居|旅居"
    rf"|(?:在|于)\s*{_PLACE}[^，。；;,\n□]{{0,8}}?(?:工作|生活|居住|定居|任职|办公|上班|任教|执教|开展试验|做试验|育种)"
    rf"|(?:每年|常年|长期|经常|主要|多数时间|大部分时间)[^，。；;,\n]{{0,8}}?在\s*{_PLACE}"
    rf"|位于\s*(?:{_PLACE}){{1,2}}|(?:单位|所在地|工作地|工作单位)(?:都|均|也)?(?:在|位于)\s*(?:{_PLACE}){{1,2}}"
    r"|(?:所在城市|常驻城市|所在地|城市|所在省份|省份|工作地点|工作城市)\s*[:：是为]")
_CITIES_EN = ("Beijing|Shanghai|Tianjin|Chongqing|Hangzhou|Nanjing|Wuhan|Guangzhou|Shenzhen|Chengdu|Xi'?an|Harbin|Changsha|"
              "Hefei|Lanzhou|Dalian|Qingdao|Jinan|Shenyang|Changchun|Kunming|Fuzhou|Xiamen|Nanchang|Zhengzhou|Taiyuan|"
              "Shijiazhuang|Hong Kong|Macau|Macao|Taipei|Kaohsiung|Taiwan|Urumqi|Guiyang|Nanning|Hohhot|Lhasa|Yinchuan|Xining|"
              "Haikou|Suzhou|Wuxi|Ningbo|Zhuhai|Xuzhou|Mianyang|Luoyang|Baotou|Daqing|Anshan|Tangshan|Zhuzhou|Yantai|Weihai")
LOCATION_EN = re.compile(r"\b(?:lives in|living in|based in|resides in|from the city of|hometown|"
                         rf"(?:works?|worked|working|is|are|located)\s+in\s+(?-i:{_CITIES_EN}))\b", re.IGNORECASE)
# the institution's own history: founding years are no fact of an expert's record
FOUNDED = re.compile(r"(?:成立|创建|始建|创办|组建|建校|建院|建所|创立)(?:于|在)?\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年")
PERSON_ZH = re.compile(
    r"(?:能|会|可以|可|善于)?用?(?:英语|日语|德语|法语|俄语|韩语|英文|日文|德文|法文|外语)(?:交流|沟通|授课|讲课|写作|演讲)"
    r"|(?:说|讲)(?:一口)?[^，。；;,\n]{0,4}?(?:英语|日语|德语|法语|俄语|外语|普通话|方言|粤语)|精通[^，。；;,\n]{0,6}?(?:英语|日语|德语|法语|俄语|外语)"
    rf"|(?:是|为|系)\s*(?:{PLACES})[\u4e00-\u9fff]{{0,4}}?人(?![才员工士们民类体力])"
    r"|(?:美籍|英籍|德籍|法籍|日籍|加籍|澳籍|外籍|新加坡籍)(?:华人|华裔)?|华裔|国籍|绿卡"
    r"|仙逝|生前|已故|故去|离世|过世|作古|谢世|长眠|健在|身体(?:硬朗|健康|欠佳|不好|状况)|病重|住院"
    r"|为人(?:低调|谦和|正直|和善|随和|谦逊|严谨)|性格|脾气|平易近人|和蔼可亲|很少接受采访|接受[^，。；;,\n]{0,6}?采访"
    r"|属(?:鼠|牛|虎|兔|龙|蛇|马|羊|猴|鸡|狗|猪)(?![\u4e00-\u9fff])|(?<!\d)[5-9]0后|[五六七八九]零后"
    r"|年龄(?:在|约|大约|都在|超过|已|已经|为|是)|耄耋|古稀|花甲|[七八九]旬|年事已高|高寿")
PERSON_EN = re.compile(r"\b(?:(?:member of the )?Communist Party|CPC member|Party member|the late(?= [A-Z])|passed away|"
                       r"speaks? (?:fluent )?(?:English|Japanese|German|French|Russian)|American citizen|citizenship|"
                       r"nationality|green card|in good health|retired|retiring|retirement)\b", re.IGNORECASE)
HOBBY_ZH = re.compile(r"(?:喜欢|爱好|热爱|酷爱|钟爱)(?:打|踢|下|看|听|读|弹|唱|画|跑|游|钓|爬|骑|旅|书法|摄影|音乐|运动|马拉松)|"
                      r"业余(?:时间|爱好|生活)|闲暇|兴趣爱好|"
                      r"(?:经常|常常|多次|每年|定期)(?:去|赴|到|前往)[^，。；;,\n]{1,8}?(?:讲学|访问|交流|出访|考察|讲课|授课|开会|出差)")
HOBBY_EN = re.compile(r"\b(?:avid|hobby|hobbies|enjoys (?:playing|running|hiking|reading|swimming|painting|cooking)|"
                      r"in (?:his|her|their) (?:spare|free) time|marathon)\b", re.IGNORECASE)
LIFE_ZH = re.compile(r"(?:今年|已|年近|年逾|年过)\s*[一二三四五六七八九十]+(?:有[一二三四五六七八九])?(?:岁|周岁)?(?=[，。；;,\s]|$)|"
                     r"[二三四五六七八九]十多岁|[二三四五六七八九]十(?:来|余|几)岁|[七八九]旬|"
                     r"(?:汉|回|满|蒙古|藏|维吾尔|壮|苗|彝|土家|朝鲜|侗|瑶|白|哈尼|傣|黎)族(?:人)?(?![群系])|中共党员|共产党员|党员|九三学社|民盟|民进|"
                     r"致公党|农工党|民建|台盟|无党派|出生于|出生在|(?<![产发衍派滋])生于|(?<![防缺])出生(?![缺率人])|籍贯|祖籍|原籍|现年|享年|年届|年逾|年过|逝世|去世|病逝|"
                     rf"辞世|(?:今年|已|年仅|时年)\s*{_NUM}\s*(?:周)?岁|(?<![\d\-~～至到])\d{{1,3}}\s*(?:周)?岁(?!以[下上内]|及以[下上]|[\-~～至到]|左右|(?:的|大的)?(?:儿童|孩子|小孩|患儿|患者|婴儿|幼儿))|年龄\s*[:：是为]|岁数|高龄")
# Schooling: where and what an expert studied, degrees, teachers. The graph holds none of it.
_ABROAD_ZH = "前苏联|苏联|俄罗斯|美国|英国|德国|法国|日本|加拿大|澳大利亚|瑞士|瑞典|荷兰|比利时|意大利|丹麦|挪威|奥地利|新加坡|国外|海外|欧洲|北美"
_ABROAD_EN = ("Soviet Union|USSR|United States|US|USA|UK|Britain|England|Germany|France|Japan|Canada|Australia|Russia|"
              "Switzerland|Sweden|the Netherlands|Netherlands|Belgium|Italy|Denmark|Norway|Austria|Singapore|abroad|overseas|Europe")
EDUCATION_ZH = re.compile(r"毕业于|毕业(?:自|后)|本科|硕士学位|博士学位|学士学位|(?:获得?|取得)[^，。；;,\n]{0,12}?学位|师从|"
                          r"(?:留学|(?<![要请追需])求学|就读)(?:于)?|访问学者|博士后(?:研究|工作|出站)|(?:硕士|博士)(?:毕业|研究生毕业)|"
                          # study or work abroad: 早年曾在苏联学习高炉炼铁, 赴美进修
                          rf"(?:在|赴|去|到|于)(?:{_ABROAD_ZH})[^，。；;,\n]{{0,10}}?(?:学习|进修|深造|攻读|读书|访学|工作|任教|实习)|"
                          rf"(?:出国|赴(?:{_ABROAD_ZH}))(?:学习|进修|深造|访问|留学)?|赴[美英德法日苏俄加澳](?:学习|进修|深造|访问|留学|工作)|"
                          r"留[苏美英德法日俄](?![a-z])")
EDUCATION_EN = re.compile(r"\b(?:(?:studied|trained|worked|did (?:his|her|\u25a1{3}) (?:doctorate|Ph\.?D|postdoc))\s+(?:\w+\s+){0,4}?(?:in|at)\s+"
                          rf"(?:the\s+)?(?:{_ABROAD_EN})\b|"
                          r"graduated (?:from|in)|alumn(?:us|a|i) of|(?:Ph\.?D|doctorate|master'?s|bachelor'?s|"
                          r"B\.?Sc?|M\.?Sc?)\.? (?:degree )?(?:from|at|in)|studied (?:at|under)|trained (?:at|under)|"
                          r"(?:studied|trained|worked) (?:[\w-]+\s+){1,3}?under(?= [A-Z\u25a1])|"  # … under X (□: a retrieved X)
                          # "did his doctorate under Xu Guanhua", "completed her PhD under", "a doctoral student of"
                          r"(?:did|completed|earned|took|pursued) (?:his|her|their|a|\u25a1{3,5}) (?:doctorate|Ph\.?D|doctoral \w+|"
                          r"master'?s(?: degree)?|postdoc) (?:[\w-]+\s+){0,3}?(?:under|with)(?= [A-Z\u25a1])|"
                          r"(?:doctoral|PhD|graduate|former) (?:student|supervisee) of|(?:was|were) (?:supervised|mentored) by|"
                          r"postdoc(?:toral)? (?:at|in|research))\b", re.IGNORECASE)
# Relations to other people and joint work: students, teachers, family, co-drafted standards. The graph holds none.
RELATION_ZH = re.compile(r"(?:的|是)(?:大学|本科|研究生|硕士|博士|中学|高中)?(?:同学|校友)|(?:同学|校友|师生|师徒|夫妻)关系|(?:与|和|同|跟)[^，。；;,\n]{1,28}?(?:共建|合建|合办|共创)|(?:与|和|同|跟)[^，。；;,\n]{1,14}?(?:共同|一起|联合|合作|携手)(?:获得?|开展|完成|研制|研发|开发|设计|攻克|承担|建立|设立|成立|"
                         r"发表|申请|主持|培养|创办|攻关|研究)|(?:携手|联手|联袂)(?:攻关|研发|研制|开展|完成|承担)|(?:的|之)(?:博士(?![后学生])|得意门生|学生|弟子|门生|高徒|导师|恩师|博士生|硕士生|博士后|爱人|妻子|丈夫|夫人|配偶|儿子|女儿|"
                         r"父亲|母亲|同门|师兄|师弟|师姐|师妹|老搭档|搭档|合作者|助手|助理|秘书|司机)|受教于|(?:共同|联合|一起|合作)(?:起草|制定|编制|"
                         r"主持|完成|研发|研制|开发|发表|撰写|申请|承担|创办|创立|培养)|(?:曾经?|一直|多次|长期)(?:共同|一起)?(?:合作|联合)(?:研究|开展|攻关)|(?:起草|制定|编制|主编)了?[^，。；;,\n]{0,24}?"
                         r"(?:标准|规范|规程|指南|手册)|团队的?(?:一员|成员)|一手(?:带出|培养|创建|组建)")
# what two people are to each other: 夫妻, 室友, 多年的好友 (after 是/为, or 与…是 before it)
_PEERS = r"(?:夫妻|夫妇|室友|同学|好友|朋友|挚友|老友|邻居|同事|同乡|老乡|亲戚|兄弟|姐妹|兄妹|姐弟|师兄弟|师姐妹|战友|知己|至交|发小|伴侣|恋人)"
PEERS_ZH = re.compile(rf"(?:是|为|系|成为|结为)(?:一对)?[^，。；;,\n是为]{{0,6}}?{_PEERS}|{_PEERS}关系"
                      r"|深受[^，。；;,\n]{1,12}?(?:的)?(?:影响|启发|熏陶)|受[^，。；;,\n]{1,10}?(?:的)?(?:熏陶|提携|指点|栽培)")
RELATION_EN = re.compile(r"\b(?:(?:former |doctoral |PhD )?student|advis[eo]r|supervisor|mentor|wife|husband|spouse|son|"
                         r"daughter|protégé|protege) of\b|"
                         # "X's PhD advisor was Y", "his mentor is Y": one person of another
                         r"(?:'s|\b(?:his|her)|\u25a1) ?(?:former |doctoral |PhD |postdoctoral |master's |graduate )?(?:student|advis[eo]r|"
                         r"supervisor|mentor|teacher|wife|husband|spouse|son|daughter|protégé|protege)s? (?:was|is|were|are)\b|\bco-?(?:authored|drafted|founded|developed)\b|\bmarried (?:to|with)\b|\b(?:room|class|school|"
                         r"team|lab)mates?\b|\b(?:close |old |good |long-time |lifelong )?friends? (?:of|with)\b|\bcolleagues? of\b|"
                         r"\bsiblings?\b|\binfluenced by\b|"
                         r"\bworked (?:closely )?(?:with|alongside)\b|\bjointly\b|\bcollaborat(?:ed|es|ing|ion) with\b|"
                         r"\btogether with\b|\bshared (?:it |the award |the prize )?with\b", re.IGNORECASE)
# Memberships of committees and societies (委员, 理事, 编委): posts the graph never holds.
MEMBERSHIP = re.compile(r"(?:委员会|学会|协会|分会|专委会|标委会|理事会|编委会|工作组|科学院|学院|Academia[A-Za-z ]{0,20})[^，。；;,\n]{0,8}?(?:委员|理事|会员|成员|常委|编委|召集人)|"
                        r"(?:常务理事|理事|编委|委员)(?=\s*(?:[，。；;,、—\-)）]|$))|\b(?:member|fellow) of the [A-Z][^,.;]{3,60}"
                        r"(?:Committee|Council|Board|Society)\b")
# "并未获得X", "尚未当选": what an expert has NOT done. The graph lists what was received, not what was not, so a
# negation is never backed by it (and where the graph holds X it is false outright).
NEGATION_ZH = re.compile(r"(?:并未|没有|没|未曾|尚未|从未|从来没有|不曾|未能|并没有|还没有|还未|未)(?:曾|再)?(?:获得?|荣获|获评|当选|入选|"
                         r"拿到|得到|获颁|担任|主持|参与|研究|从事|涉足)|(?:并不是|不是|并非|不属于)(?:院士|教授|研究员|博导|"
                         rf"[^，。；;,\n]{{0,8}}?(?:获得者|得主|成员|会员)|{_M}+)|无缘")
NEGATION_EN = re.compile(r"\b(?:has|have|had|did|does|was|is)(?: not|n't)(?: yet| ever)? (?:won|received|been (?:elected|"
                         r"awarded|named)|win|receive|worked|work)\b|\bnever (?:won|received|been elected|worked)\b|"
                         # "he has no national science and technology award on record": computed (grounding `_holds`)
                         r"\b(?:has|holds|had|held|(?:card|record|profile)\s+lists)\s+no\s+(?:[\w&-]+\s+){0,6}?(?:awards?|prizes?)\b",
                         re.IGNORECASE)
NO_AWARD_EN = re.compile(r"\bno\s+((?:[\w&-]+\s+){0,6}?)(?:awards?|prizes?)\b", re.IGNORECASE)
# "A比B早当选", "三位中最早当选的": an order among experts. Years the graph holds could decide some of them, but the
# guard does not compute orders, so none is presented as checked.
COMPARISON_ZH = re.compile(r"(?<![焦配灰摩尔重价对类])比(?![例重率值较])[^，。；;,\n]{1,16}?(?:早|晚|更早|更晚|更多|更少|多|少|年长|年轻|资深|高|低|老(?![化旧])|(?:大|小)(?:\d{1,2}|[一两二三四五六七八九十]{1,3})岁)|(?:早于|晚于|先于|后于|早在(?!\s*(?:19|20)\d\d\s*年))|"  # 早在1996年就…: when, not before whom
                           r"(?:最早|最晚|最先|最后|最年长|最年轻|最资深)(?:的|一位|一个|当选|获得|获|入选|从事)?"
                           # a rank among them the graph does not give: 年资最深, 获奖最多, 论经验…最丰富
                           r"|(?:年资|资历|经验|名气|影响力?|获奖|成果|资格|年纪|年龄|岁数|辈分|资格|地位|威望|声望|贡献|"
                           r"学术地位|学术影响)[^，。；;,\n]{0,4}?最(?:深|老|丰富|多|大|小|高|低|足|轻|长)"
                           r"|[两二三四五六]人中[^，。；;,\n]{0,8}?最|最(?:丰富|资深|有经验|有名|权威|厉害|出色|优秀|强|具代表性|有代表性)"
                           # 同龄, 同岁, 同一辈: an equality of ages the graph does not record either
                           r"|同龄|同岁|同辈|同一辈"
                           # X更年轻, 年纪更大: an order of ages with the one compared with left unsaid
                           r"|(?:年纪|年龄|岁数)(?:要|还)?更(?:大|小)|更(?:年轻|年长)"
                           # a span between events: 当选院士十年后获奖, 获奖三年后当选 (the guard computes no spans)
                           r"|(?<![\d〇零])(?:\d{1,2}|[一二两三四五六七八九十]{1,3}|几|数)\s*年(?:之|以)?(?:后|前)(?!的今天)"
                           # a multiple of another's (获奖数是B的三倍): the guard computes differences, not ratios
                           r"|是[^，。；;,\n]{1,8}?的[两二三四五六七八九十几\d]{1,2}倍"
                           r"|(?:市场)?份额(?:居|排名|位列)?(?:全国|全球|世界|国内)?第一|(?:排名|位列|位居|名列)(?:全国|全球|世界|国内|行业)?第一")
COMPARISON_EN = re.compile(r"\b(?:earlier|later|older|younger|more senior|longer) than\b|\b(?:junior|senior) to\b|\b(?:the )?(?:earliest|first|"
                           r"last|oldest|youngest|most senior) (?:of (?:the|these|them)|among)\b"
                           r"|\b(?:earliest|latest)[- ](?:elected|appointed)\b|\belected (?:before|after)\b"
                           r"|\bmore (?:awards|honou?rs|prizes|papers|patents|experience|publications) than\b"
                           r"|\bthe most (?:decorated|influential|prolific|experienced|senior|renowned|famous|accomplished|"
                           r"distinguished|cited|awarded|productive) (?:of|among|in)\b"
                           r"|\bthe first (?:academician|woman|chinese|person|scientist|expert|engineer)\b", re.IGNORECASE)

# Gender: the graph records none ("唯一的女院士" is never backed, even where true in the world).
GENDER = re.compile(r"(?:女|男)(?:科学家|院士|教授|研究员|专家|学者|工程师|性|科技工作者)|巾帼|\b(?:female|woman|women|male) "
                    r"(?:scientist|academician|professor|researcher|engineer|expert|scholar)s?\b|\bthe only (?:woman|"
                    r"female|man|male)\b"
                    # "谢克昌女士", "Wang Qi is female", "Gender: male" (not 先生: a scholar of either sex is 先生)
                    rf"|(?<=[{_M}])\s*(?:女士|老先生|小姐)|\b(?:is|was) (?:a )?(?:female|male|woman|man)\b|\bgender\s*:", re.IGNORECASE)
# Words put in an expert's mouth: "他曾表示：“…”", "as she said, “…”". The graph holds no one's words.
# (问题中提到的「周济」, 您提到的“…”: the user's own words, quoted back — no saying of the expert's)
QUOTATION = re.compile(r"(?:曾|多次|在[^，。；;\n]{0,12}?(?:中|上|时))?(?<!问题中)(?<!问题里)(?<!您)(?<!你)"
                       r"(?:表示|指出|强调|说过|常说|所说|说|谈到|提到|坦言|直言|称|呼吁|感慨|回忆)"
                       r"(?:道|的)?\s*[：:，,]?\s*[“\"「『]|\b(?:said|says|stated|noted|remarked|once told [^,.]{0,30}?)[,:]?\s*[\"“]"
                       r"|[\"“][^\"”]{8,}[\"”],?\s+(?:he|she|[A-Z][a-z]+) (?:said|says|noted|stated)\b"
                       r"|\btold (?:reporters|the press|journalists|the media|us|me)\b|\b(?:he|she) (?:said|says|noted|stated) that\b"
                       rf"|(?<=[{_M}他她其])\s*(?:院士|教授|研究员)?(?:曾|也|还|多次|一直)?(?:认为|表示|指出|强调|坦言|直言|呼吁|主张)")
LIFE_EN = re.compile(r"\b(?:was born|born in|born on|born at|aged \d+|\d+ years old|passed away|died in|died on|"
                     r"in (?:his|her|(?!the\b)\S{1,4}) (?:early |mid-|mid |late )?(?:thirties|forties|fifties|sixties|seventies|eighties|nineties)|"
                     r"(?:septua|octo|nona)genarian|"
                     r"native of|hails from|grew up in|spent\b[^,.;]{0,30}?\b(?:years?|decades?)\b[^,.;]{0,20}?\b(?:in|at|abroad)"
                     r"|studied (?:in|at|abroad))\b", re.IGNORECASE)
# Roles said with a verb, not a post's name: "led the YF-100 program", "chaired the review board", "edits the Journal
# of …", "runs a university in Shenzhen", "coined the term", "the designer of the YF-73 engine"
ROLE_VERB_EN = re.compile(
    rf"\b(?:led|leads|headed|heads|directed|directs|oversaw|oversees|managed|manages|ran|runs|founded|co-founded|"
    rf"chaired|chairs|edits|edited)\s+(?:(?:a|an|the|his|her|their|two|three|four|five|several|many|multiple|numerous|"
    rf"\d+)\s+|{_M}+\s*)(?:[\w'{_M}-]+\s+){{0,5}}?(?:program(?:me)?|"
    r"project|mission|team|effort|initiative|review|board|committee|panel|journal|university|company|firm|startup|lab|"
    r"laboratory|institute|cent(?:er|re)|school|department|hospital|group|development|design|upgrade|renovation|"
    r"retrofit|expansion|construction|reconstruction|commissioning|overhaul|transformation)s?\b"
    r"|\bedits\b|\bcoined\b|\b(?:the |a |an )?(?:chief )?(?:designer|architect|inventor|creator|originator|father) of\b",
    re.IGNORECASE)
# A post in an opening apposition before the pronoun: "A former President of Beihang University, he …"
POST_OPENING_EN = re.compile(r"^\s*(?:[-*•]\s*)?((?:A|An|The|As)\s+(?:former|current|founding|longtime|long-time|then|"
                             rf"onetime|one-time)\s+[^,]{{2,80}}),\s*(?:he|she|{_M}|Prof|Dr|[A-Z][a-z]+ [A-Z][a-z]+)")

_WORK_VERB = (r"(?:主持研制|主持设计|主持研发|主持开发|牵头研制|研制了|研制出|研发了|研发出|开发了|开发出|发明了|破解了|"
              r"设计了|建成了|创立了|创建了|创办了|攻克了|提出了|著有|培育了|培育出|选育了|选育出|育成了|起草了|制定了|编制了|"
              r"推出了|首创了|(?:开发|研制|研发|发明|设计|培育|选育|提出|建立|创建|编写|制定|参与|参加|负责)过|编著了?|主编了?|撰写了?|出版了?|译有|合著了?|编写了?|"
              r"(?<![您你])提出的|首创的|开创的|创立的|创办的|发明的|发展了|建立了|构建了|创建的|"
              # a result of theirs as a participle: 团队研制的SKP配体已实现工业化应用, 其研制的碳/碳刹车盘
              rf"(?<=[{_M}他她其队组士授])(?:所|主持|牵头|带领团队)?(?:研制|研发|开发|建立|设计|合成|发展|构建|培育|选育|编制|制定)的)")
WORK_ZH = re.compile(rf"{_WORK_VERB}\s*(?:一部|一本|多部|专著|教材|著作)?\s*((?:《[^》]{{1,40}}》[、和与及]?)+|[^，。；;,!?！？\n]{{2,30}})")
# what an award was for, or what the card is said to name as his project: a work the record must cite ("His
# technological invention award was reportedly for a kilowatt-class diode laser module", "The card names the Qinling
# tunnel as his TBM project")
AWARD_PURPOSE_EN = re.compile(
    rf"(?:\b(?:Award|Prize|Medal)s?\b|奖|{_M})[^.;]{{0,40}}?\b(?:was|were|is|came)\s*,?\s+(?:(?:reportedly|according to "
    r"(?:the |his |her |their )?(?:card|record|profile|data)|as (?:the )?(?:card|record|profile) (?:says|notes|states|shows))\s*,?\s+)?"
    r"(?:given\s+|granted\s+|awarded\s+)?for\s+((?!(?:his|her|their|its|this|that)\b)[^,.;]{3,60})"
    r"|\b(?:card|profile|record)s?\s+(?:names?|lists?|mentions?|gives?)\s+([^,.;]{3,60}?)\s+as\s+"
    rf"(?:his|her|their|{_M}+(?:'s|’s)?)\s+(?:\w+\s+)?(?:project|work|product|invention|achievement)s?\b"
    # "received that award in 1985, for the seismic exploration of a major eastern oilfield"
    rf"|(?:\b(?:received|won|earned|got)\s+(?:the|that|this|his|her|a|an)\s+|获得?|荣获)\s*(?:[\w-]+\s+){{0,6}}?(?:award|prize|medal|奖|{_M})s?"
    rf"[^.;]{{0,30}}?,?\s+for\s+((?!(?:his|her|their|its|this|that|work|research|contributions?|young|outstanding|distinguished|excellent)\b|{_M})[^,.;]{{3,60}})", re.IGNORECASE)
# A book of theirs named in English ("his textbook “Welding Arc Physics”", "Pan's monograph Welding Metallurgy"): read
# before the English topics, or its title would be taken for a direction and checked by meaning
BOOK_TITLE_EN = re.compile(
    r"\b(?:his|her|their|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?:'s|’s)|(?:co-?)?(?:author|editor|writer)\s+of\s+(?:the|a|an))"
    r"\s+(?:[\w-]+\s+){0,3}?(?:textbooks?|monographs?|"
    r"treatises?|handbooks?|books?)\s+((?:[\"“'‘][^\"”’]{3,80}[\"”’])|[A-Z][\w-]*(?:\s+(?:of|and|in|for|the|[A-Z][\w-]*)){0,8})")
WORK_EN = re.compile(  # (not an adjective: "well-formulated feeds", "newly developed methods")
    r"(?<![\w-]-)(?<!newly )\b(?:authored|wrote|co-authored|edited|published the (?:book|monograph)|developed|invented|designed|built|"
    r"cracked|broke|led the development of|led the design of|pioneered|founded|established|"
    # varieties, standards, systems: "bred the cultivar Xinong 979", "drafted the national standard for …"
    r"bred|co-bred|released|cultivated|drafted|formulated|compiled|created|devised|patented|engineered|synthesi[sz]ed|"
    r"set(?:\s+up)?(?=\s+(?:the|a|an|its|his|her|their|China's|national|international)\b)|"
    # "drew up the conservation plan for Pingyao", "led the compilation of the seismic zoning map", "the card credits
    # him with developing a cardiovascular injection"
    r"drew\s+up|drawn\s+up|led\s+the\s+(?:compilation|drafting|formulation|preparation)\s+of|"
    # a work as a presupposition: "Since completing the stability review for the Jintan salt cavern storage, he …"
    r"(?:since|after|before)\s+(?:completing|finishing|leading|heading|designing|building|developing|directing|"
    r"chairing|running)(?=\s+(?:the|a|an|his|her|their)\s)|"
    r"credit(?:s|ed)?\s+(?:\S+\s+){0,3}?with\s+(?:developing|designing|inventing|creating|building|drafting|discovering|breeding)|"
    # what an award was given for: "…, the latter for developing the antitumour antibiotic lidamycin"
    r"(?:(?<=Award\s)|(?<=Prize\s)|(?<=Medal\s)|(?<=latter\s)|(?<=former\s)|(?<=\u25a1\s)|(?<=奖\s)|(?<=奖)|(?<=\)\s))"
    r"(?:(?:was|is)\s+)?(?:(?:given|awarded|won)\s+)?for\s+"
    r"(?:developing|inventing|creating|designing|discovering|breeding|building|(?:the\s+)?(?:development|invention|discovery|"
    r"design|creation|breeding)\s+of)|"
    r"discovered|proposed (?:the|a|an)|put forward|(?:is|was) the (?:(?:chief|lead|principal|main) )?(?:breeder|developer|"
    r"inventor|author|drafter) of)\s+([^,.;]{3,60})",
    re.IGNORECASE)
PUBLICATION = re.compile(r"(?:在|于)\s*(?:《[^》]{1,30}》|Nature|Science|Cell|Lancet|PNAS|JACS|Angew[A-Za-z.]*|Advanced\s+Materials|"
                         r"[A-Z][A-Za-z&.]+(?:\s+[A-Z][A-Za-z&.]+){0,4})[^，。；;,\n]{0,12}?(?:上)?(?:发表|刊发|发文)|"
                         r"发表(?:于|在)\s*(?:《|Nature|Science|Cell|[A-Z])|\bpublished (?:in|on) [A-Z]")
RESULT_ZH = re.compile(r"(?:获奖|该|其|这些|主要)?(?:成果|项目|研究)(?:是(?!否)|为|包括|有)(?!助于|利于|益于)\s*((?:一套|一种|一批|一项)?"
                       r"[^，。；;,!?！？\n]{2,30})")  # not 研究有助于…: what the work may help with
# Patents: the graph holds none ("拥有发明专利“一种…方法”", "持有…等多项发明专利", "his patent on X")
PATENT = re.compile(r"(?:拥有|持有|获得|获授权|授权|申请了?|取得)(?:了|过)?[^，。；;\n]{0,40}?专利|专利[“\"「《『]|"
                    r"(?:发明|实用新型)?专利(?:号|权)?\s*[：:]?\s*(?:ZL|CN)\d|"
                    r"\b(?:holds?|held|owns?|filed|granted|was granted|has)\b[^.;]{0,40}?\bpatents?\b|\bpatented\b",
                    re.IGNORECASE)
# What an award honoured: "此奖项表彰的是其在X方面的贡献", "…特等奖，源于其在X方面的贡献", "该成果应用于…"
AWARD_CITATION = re.compile(r"(?:表彰|奖励|肯定)(?:的是|了)?(?:其|他|她)?(?:在)?([^，。；;!?！？\n]{2,30}?)(?:方面|领域)?的?(?:贡献|成就|成果|工作)"
                            r"|(?:源于|得益于|归功于)(?:其|他|她)?(?:在)?([^，。；;!?！？\n]{2,30}?)(?:方面|领域)?的?(?:贡献|成就|成果|工作|研究)"
                            r"|(?:该|这项|此项|其)(?:获奖)?(?:成果|技术|项目)(?:已|还|也|成功)?(?:应用于|用于|装备|推广到|推广至)([^，。；;!?！？\n]{2,30})")
# What an award was for: "他主持的胰腺癌早期诊断研究获得过国家科学技术进步奖二等奖", "凭借X获得…奖", "…Award for his work on X" —
# the graph holds who received an award, never the work it was given for
AWARD_FOR_ZH = re.compile(rf"([\u4e00-\u9fff{_M}][^，。；;,!?！？\n]{{1,29}}?)(?:研究|成果|项目|技术|课题|发明|工艺|方法|工作|贡献)"
                          rf"(?:成果)?\s*(?:曾|还|先后|也|已|均|分别)?(?:获得|荣获|获颁|获评|获|摘得|斩获)(?:过|了)?"
                          rf"[^，。；;,\n]{{0,6}}?{_M}")
# what an award was won with, said after it: 国家技术发明奖二等奖是2014年凭水稻抗病虫基因挖掘获得的
AWARD_BY_ZH = re.compile(r"(?:凭借?|依靠|依托|因(?![此为而]))(?:其|他|她)?(?:在)?([^，。；;,!?！？\n]{2,30}?)(?:方面|领域)?的?(?:成果|研究|工作|贡献)?"
                         r"(?:而|才)?(?:获得|荣获|获颁|获|摘得|斩获)")
AWARD_FOR_EN = re.compile(r"(?:(?:Award|Prize|Medal)\b|奖)[^.;]{0,60}?\b(?:for|recogni[sz]ed|honou?red|rewarded|cited) (?:his|her|their|the)?\s*(?:pioneering |outstanding |"
                          r"leading )?(?:work|research|contributions?|achievements?|studies|discoveries|development) (?:on|in|to|of) "
                          r"([^,.;]{3,60})", re.IGNORECASE)
# who did the work, and how it is joined to the award, before the work itself: 他主持的, □□□凭借其在, 院士团队的
_AWARD_FOR_OWNER = re.compile(rf"(?:[他她其]|该专家|该院士|这位专家|{_M}+)?(?:院士|教授|研究员|老师)?(?:团队|课题组)?"
                              r"(?:所|曾|早年|长期)?(?:主持|负责|领衔|牵头|带领|带队|参与|完成|从事|开展)?(?:团队)?的?"
                              r"(?:凭借|因|由于|依靠|靠)?(?:其|着|他|她)?(?:在)?")
_AWARD_FOR_TAIL = re.compile(r"(?:方面|领域)?的?$")
# An award or election dated relative to today ("去年刚获得…"): a year the guard cannot check against the record
RELATIVE_DATE = re.compile(r"(?:去年|今年|前年|上半年|下半年|近日|日前|最近|刚刚|近期|上个?月|本月|年初|年底|新近)(?:刚|才|又|再)?"
                           r"(?:获|荣获|获得|当选|入选|摘得|斩获|晋升)"
                           # decades and sessions: the graph gives years, an answer may state only those
                           r"|(?:上世纪|上个世纪|20世纪|二十世纪|21世纪|二十一世纪)?[一二三四五六七八九\d]0年代|21世纪初|本世纪初"
                           r"|近(?:十|二十|三十|几|数|\d+)年(?:来|间|里)?|第[一二三四五六七八九十百\d]+届")
# Roles around an award or programme other than winning it: reviewer, invited judge
INVITED = re.compile(r"受邀(?:评审|担任|出任|参加|作报告|参与)|(?:担任|作为|出任)[^，。；;,\n]{0,10}?(?:评审|评委|会评)")
# Results in figures: "能量密度做到了500Wh/kg", "良率提升到99%" — no record holds them (advice with a modal is not)
RESULT_FIGURE = re.compile(r"(?<![可能望将会])(?:做到|达到|实现|突破|提高到|提升到|降低到|降到|提高了|降低了)了?[^，。；;,\n]{0,6}?"
                           r"\d+(?:\.\d+)?\s*(?:[A-Za-z%℃‰/·]+|倍|个百分点|万|亿)")
RESULT_ZH_MORE = re.compile(
    r"(?<![可能望将会])(?:节约|节省|降低|减少|提高|提升|增加|缩短|增产|减排)(?:了)?[^，。；;,\n]{0,8}?\d+(?:\.\d+)?\s*(?:%|％|倍|个百分点)"
    r"|(?:推广|种植|应用)面积[^，。；;,\n]{0,6}?(?:\d|[一二两三四五六七八九十百千万亿]+)|(?:亩产|主跨|跨径|装机容量)[^，。；;,\n]{0,4}?\d"
    r"|(?:在|于)[^，。；;,\n□]{1,24}?(?:投产|投用|投运|建成运行|建成投产|落地|量产|并网|通车|落成|运行)"
    r"|(?:从教|执教|任教|从医|行医)\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:余|多)?\s*(?:年|载)"
    r"|\d[\d.]*\s*(?:万|亿)?\s*(?:亩|公顷)|(?:育成|选育出|培育出|育出)了?[^，。；;,\n]{2,12}"
    r"|填补[^，。；;,\n]{0,8}?空白|打破[^，。；;,\n]{0,14}?垄断|从无到有|从零到一|卡脖子")
RESULT_FIGURE_EN = re.compile(r"\b(?:added|increased|boosted|raised|saved|generated|created|cut|reduced|lowered|improved|"
                              r"produced|yielded|brought)\b[^.;]{0,40}?\d[\d,.]*\s*(?:%|percent|per cent|million|billion|"
                              r"thousand|tons?|tonnes?|yuan|RMB|dollars?|cubic metres?|cubic meters?)"
                              r"|\bfor (?:over |more than |nearly |almost |about |some )?(?:\d+|two|three|four|five|six|seven|"
                              r"eight|nine|ten|several|many) (?:decades|years)\b"
                              r"|\d[\d,.]*\s*(?:million |billion |thousand )?(?:hectares|acres|mu)\b", re.IGNORECASE)
# A career step with a date the graph never gives: "同年晋升研究员", "2015年破格晋升为教授"
PROMOTED = re.compile(r"(?:晋升|升任|提拔|破格|转正|评上|评为)(?:为)?(?:正高|副高|教授|研究员|副教授|副研究员|博导|高级工程师|院长|所长|主任)")
# "上海某985高校": an institution described, not named — it can be no expert's record
VAGUE_ORG = re.compile(r"[\u4e00-\u9fff]{0,3}某(?:所|家|个|一)?(?:985|211|双一流|知名|重点|顶尖|著名|大型|国家级)?(?:高校|大学|研究所|研究院|院所|科研院所|"
                       r"企业|公司|单位|医院|实验室|机构)")
BOOK = re.compile(r"《[^》]{1,40}》")
# a book said to be theirs: 他的专著《园衍》, 其代表作《…》和《…》
BOOK_OF_ZH = re.compile(r"(?:的|其)\s*(?:专著|著作|教材|代表作|代表著作|论著|新书|译著|书)\s*((?:《[^》]{1,40}》[、和与及]?)+)")

# Where results went: applied, adopted, deployed, industrialised, or problems solved for companies. The graph keeps
# what an expert works on, never where the results are used or whom they served. A modal ahead (可/能/有望/将) makes
# it a possibility, not a claim: "其成果可应用于贵企业" is advice.
_NOT_MODAL = r"(?<![可能望将会或])(?<!可以)(?<!能够)"
APPLICATION_ZH = re.compile(
    rf"{_NOT_MODAL}(?:推广应用|广泛应用|得到(?:了)?(?:广泛|大规模|成功|实际|工程)?应用|获得(?:了)?(?:广泛|大规模|成功)?应用|"
    rf"投入(?:使用|应用|生产|运行|运营)|(?:已|已经)(?:投产|产业化|量产)|实现(?:了)?(?:产业化|量产|工程化|规模化|商业化)|批量(?:应用|生产|装备)|"
    rf"(?:已|已经|先后|陆续)(?:在|于)?[^，。；;,\n]{{0,16}}?(?:装车|上车|装机|量产|落地|商用|投用|推广)|示范应用|成功应用|装备(?:了|于)|被[^，。；;,\n]{{0,20}}?采用|(?:被|已|已经|后来|曾|先后)(?:用于|用在|用到|应用到|运用于|应用于|应用在|运用到)|应用(?:于|到|在)[^，。；;,\n]{{2,30}}?(?:中|上|领域|行业|企业|工程|项目)|"
    rf"(?:已|已经|曾|先后)(?:在|于|为|被)[^，。；;,\n]{{1,30}}?(?:应用|使用|采用|推广|落地|试用|投用|示范)|"
    # 曾把作物遗传育种经验用于高糖甘蔗品种的选育: his know-how applied somewhere, as a fact
    rf"(?:曾|曾经|已|已经|先后)(?:把|将)[^，。；;,\n]{{1,20}}?(?:用于|用在|用到|应用到|运用于|应用于|应用在|运用到)|"
    # taken into a code, standard or textbook: 被写入《煤矿安全规程》, 被国家铁路局采纳为行业标准, 列入国家标准
    rf"(?:被|已被|已)?(?:写入|纳入|列入|编入|采纳为|采纳|收入)[^，。；;,\n]{{0,20}}?(?:《|标准|规范|规程|教材|指南|手册|目录|名录)|"
    # companies started from the work, rights granted to one: 孵化了X等企业, 专利已授权给X使用, 技术转让给X
    rf"孵化(?:了|出)?[^，。；;,\n]{{0,16}}?(?:企业|公司)|(?:授权|许可|转让|出售)给[^，。；;,\n]{{1,16}}|"
    rf"(?:并|已|已经|后|均)(?:在|于|向)?[^，。；;,\n]{{0,12}}?(?:销售|上市|出售|售卖|热销|畅销|销往|出口))"
    rf"|(?:企业|产业|工业界|行业)(?:合作|服务|咨询|技术服务)经验"
    rf"|进入(?:了)?[^，。；;,\n]{{0,6}}?(?:临床|中试|量产|产业化|Ⅰ期|Ⅱ期|Ⅲ期|I期|II期|III期)|获批上市|获得?(?:新药证书|注册证|生产批文|批文)"
    rf"|(?:解决|处理|攻克|破解|化解)(?:过|了)[^，。；;,\n]{{0,12}}?(?:问题|难题|故障|案例|难关|事故)"
    rf"|(?:研究重点|精力|研究兴趣|工作重心|重心)(?:主要|已经|已|逐渐)?(?:转向|转到|放在|集中在|转移到)"
    rf"|(?:转向了?|转而)(?:研究|从事|关注)"
    rf"|(?:手下|带领|领导|组建|拥有|有)(?:着)?(?:一支|一个)[^，。；;,\n]{{0,14}}?(?:团队|队伍|课题组)"
    rf"|(?:曾|先后|已|已经|多次|长期)(?:为|帮|帮助|协助|服务(?:于|过)?)[^，。；;,\n]{{0,20}}?(?:企业|公司|工厂|厂家|集团|厂)"
    rf"(?:[^，。；;,\n]{{0,16}}?(?:解决|攻克|提供|完成|开发|研制|设计|改进|优化|咨询))?")
SOLVED_EN = re.compile(r"\bhas (?:successfully )?(?:solved|resolved|handled|fixed|tackled)\b|\bhelped [^.;]{0,40}?(?:solve|fix|overcome)\b|"
                       r"\b(?:has )?recently (?:been )?(?:working|focus(?:ing|ed)|shifted|turned|moved)\b|\bin recent years\b|"
                       r"\bshifted (?:\S+ )?(?:focus|attention|research)\b|\bleads? a (?:strong |large |big )?team\b",
                       re.IGNORECASE)
APPLICATION_EN = re.compile(
    r"\b(?:has|have|had) been (?:widely |successfully |extensively )?(?:applied|adopted|deployed|used|commercialized|"
    r"commercialised|put into (?:use|production|service))\b|\b(?:was|were|is|are) (?:widely |successfully )?"
    r"(?:applied|adopted|deployed|commercialized|commercialised) (?:in|by|at|across)\b|\bhelped (?:\w+ ){0,3}"
    r"(?:companies|enterprises|firms|manufacturers|factories|plants)\b"
    # "is said to be used on millions of hectares": a use reported at second hand
    r"|\b(?:was|were|is|are)\s+(?:said|reported|reportedly|believed|known)\s+(?:to\s+(?:be|have\s+been)\s+)?(?:widely\s+|now\s+)?"
    r"(?:applied|adopted|deployed|used|commercialized|commercialised|promoted|grown|planted|installed)\b"
    # "has been licensed to several automakers", "was installed on dozens of bridges", "credited with breeding X"
    r"|\b(?:has|have|had) been (?:\w+ )?(?:licensed|transferred|sold|installed|fitted|used|put)\s+(?:to|on|in|at|by|into)\b"
    r"|\b(?:was|were|is|are) (?:\w+ )?(?:licensed|transferred|sold|installed|fitted) (?:to|on|in|at|by|into)\b"
    r"|\b(?:credited|known) (?:with|for) (?:breeding|developing|designing|inventing|creating|building|discovering)\b"
    # "has already transferred HgCdTe growth technology to several detector makers", "licensed its patents to …"
    r"|\b(?:has|have|had)\s+(?:already\s+|successfully\s+|since\s+)?(?:transferred|licensed|sold|supplied|delivered)\s+"
    r"[^.;!?]{0,60}?\bto\s+(?:several|many|numerous|various|multiple|a\s+number\s+of|dozens\s+of|\d+|two|three|four|five|"
    r"the|an?|[A-Z])",
    re.IGNORECASE)
# How often an award was won: the graph lists each award once per year it holds, and an answer's count is its own claim.
AWARD_COUNT = re.compile(rf"共(?:获得?|荣获)[^，。；;,\n]{{0,24}}?{_NUM}\s*(?:项|次)|先后[^，。；;,\n]{{0,24}}?{_NUM}\s*次"
                         rf"|(?<={_M})\s*{_NUM}\s*(?:项|次)"  # 国家科技进步二等奖5项: a count of one award
                         rf"|(?:(?:{_NUM}|多|数|几|屡)次|两度|二度|三度|再度|屡度|多度|再次|又一次|蝉联)(?:获得?|荣获|获颁|摘得|斩获|荣膺|获评)|\b(?:twice|three times|"
                         rf"\d+ times|several times|multiple times) (?:won|received|awarded)\b|\b(?:won|received) "
                         rf"[^,.;]{{0,60}}? (?:twice|three times|\d+ times|several times)\b"
                         # "received two State … Awards", "won four national progress awards": a count of awards
                         r"|\b(?:received|won|holds?|earned|garnered|collected)\s+(?:two|three|four|five|six|seven|eight|nine|"
                         r"ten|several|multiple|numerous|many|a dozen|dozens of|over a dozen|\d+)\b[^,.;]{0,60}?\b(?:awards|prizes|medals)\b",
                         re.IGNORECASE)

# an epithet: 被誉为“中国…之父”, 奠基人, 先驱 — a superlative that advice does not make hypothetical (`unheld`)
# an epithet said of a person (被誉为…, …之父, 奠基人): a claim in an answer, a question in a turn (unheld_asked)
EPITHET_ZH = r"被[^，。；;,]{0,8}?(?:称为|称作|尊称为|誉为)|之父|之母|奠基人|开创者|先驱|人称|号称"
# a turn asking for an epithet (陈清泉被誉为什么？ 袁隆平被称为杂交水稻之父吧？ "Who is the father of …?")
EPITHET_ASKED = re.compile(EPITHET_ZH + r"|被[^，。？?]{0,6}?(?:叫做|叫作)|美誉|美称|雅号|绰号|外号|"
                           r"誉为什么|\b(?:the\s+)?(?:father|mother|godfather)\s+of\b|\bnicknamed?\b|"
                           r"\b(?:known|hailed|revered|dubbed)\s+as\b", re.IGNORECASE)
SUPERLATIVE_ZH = re.compile(
    r"首次|首创|首位|首个|首家|首部|首台|首条|首例|首颗|首座|首套|率先|第一人|第一部|第一台|第一个|第一条|第一座|第一颗|"
    r"第一套|第一批|(?:我国|国内|全国|中国|世界|国际|亚洲|全球)(?:上)?(?:第一|首|最|唯一|领先|一流)|"
    r"(?:领域|行业|学科|专业|业界|学界)(?:内|中|里)?的?(?:第一|首)(?:位|个|人|批)|第一位(?=获|当选|入选|华人|女)|"
    r"(?:覆盖|涵盖|横跨|贯通|精通)[^，。；;,]{0,16}?(?:各个|所有|全部|各)(?:领域|方向|方面|环节|分支)|(?<![安健完齐周])全领域|全方位|全产业链|开创了|奠基者|"
    r"开拓者|创始人|泰斗|最年轻|最高水平|最高等级|最高级别|最具影响|最著名|最权威|最杰出|顶尖|领军人物|"
    rf"(?:国际|国内|世界|全国|业内|业界)?(?:知名|著名|闻名|享有盛誉|享誉|蜚声)|{EPITHET_ZH}|公认的?|权威|德高望重|大师|学术影响力|"
    rf"(?:是|(?<![认以作称因])为|成为)[^，。；;,]{{0,8}}?唯一(?!的?(?:一位|专家|院士|教授|研究员|学者|工程师|一名|{_M}))|唯一(?:获得|入选|当选|一位获)"
    # 三位专家中，只有侯锋院士获得过…: an exclusivity among them, computed where it names an award or a topic
    rf"|(?:(?:[二两三四五六几](?:位|人|名)|{_M}+)[^，。；;,]{{0,8}}?(?:中|里|当中|之中)|他们(?:当中|之中|中))[，,]?\s*(?:只有|仅有)(?=\s*{_M})"
    # a rank among peers: 位列全国前三, 排名第一, 名列前茅
    r"|(?:位列|名列|排名|位居|跻身|排在|排行)[^，。；;,]{0,8}?(?:前\s*[一二三四五六七八九十百\d]+|第\s*[一二三四五六七八九十\d]+|榜首|前列|前茅)")
FIRST_IN_FIELD = re.compile(r"(?:领域|行业|学科|专业|业界|学界|我国|国内|全国|中国|世界|全球|国际)(?:内|中|里|上)?的?(?:第一|首)"
                            r"(?:位|个|人|批|名)")
SUPERLATIVE_EN = re.compile(
    r"\b(?:first to|first Chinese|(?:world|China|country|nation)'s first|the first (?:person|scientist|woman|man|"
    r"researcher|engineer|academician) to|pioneer(?:ed|ing)?|founder|father of|mother of|world's largest|"
    r"world-leading|world's leading|leading authority|foremost|youngest|top expert|(?:world-|internationally )?renowned|"
    r"well-known|world-famous|famous|eminent|prominent|(?:widely |internationally )recogni[sz]ed|an authority|"
    r"a leading (?:expert|scientist|scholar|figure)|(?:the|a)\s+leading\s+(?:\w+\s+){1,2}?(?:authority|expert|scientist|"
    r"scholar|figure|researcher|specialist)|most[- ]cited|highly[- ]cited|top (?:one|two|three|five|ten|\d+)|"
    r"one of the (?:world's |country's |nation's |China's )?(?:top|best|leading|most|foremost|greatest)|"
    r"(?:world|national|international)[- ]class|"
    # "China's main adviser on cavern stability", "the country's chief expert on …": a rank in a country or field
    r"(?:China|the country|the nation|the field|the industry)['’]s\s+(?:main|chief|principal|top|leading|foremost|go-to)\s+"
    r"(?:adviser|advisor|expert|authority|consultant|specialist|voice)|"
    # "the only Chinese geologist elected to both academies", "the only one in China to…": beyond the experts given
    r"the only (?:[A-Za-z-]+\s+){0,2}?(?:Chinese|national|domestic)\s+(?:[a-z-]+\s+){0,2}?(?:scientist|expert|academician|"
    r"researcher|person|scholar|woman|man|specialist|authority|[a-z]+ists?|[a-z]+ers?)\b|"
    r"the only (?:[A-Za-z-]+\s+){1,5}?(?:in|of)\s+(?:China|the\s+(?:country|world|nation|field))\b|"
    # "the only one of the three with a national award": an exclusivity among peers, as 唯一获得 (never computed)
    r"the only (?:one|expert|academician|person|scientist|engineer|candidate|researcher)(?: of (?:the|them|these|those|\u25a1+)"
    r"(?: (?:two|three|four|five|experts|academicians|candidates|recommended|listed)){0,2}| among (?:them|the(?: \w+){1,2}|"
    r"\u25a1+))? (?:with|to have|who|that|"
    r"whose|holding|elected))\b", re.IGNORECASE)
# Any other figure said of an expert (a rating, a model number, a share, a headcount, a span of years: 500W, 95%,
# 明恢63, MB-86, 员工500余人, 长达15年, No. 5): checked against the figures of the expert's record and sources and
# those of the problem (`Lexicon.given`); years have claims of their own, list markers, ordinals and 3位 say nothing
FIGURE = re.compile(r"(?<![\d.,/#（(\[^])(?<!第)(?<!匹配度)(?<!匹配度 )(?<!match strength )(?<!匹配度：)(?<![高中低] )(?<![高中低])"
                    r"(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)*"
                    # not a footnote ([1]), a technology's name (3D, 5G) nor a number in an organisation's (301医院, 703所)
                    r"(?!\s*(?:位|[.、)）]\s|[.、)）]$|\d|\]|[DGK](?![A-Za-z])|医院|研究所|所\b|所(?![有以])|厂|基地))")
# the same in Chinese numerals before a classifier of kinds (研制成功三类催化剂, 五种疫苗): 一 alone is left (一种方法)
FIGURE_ZH = re.compile(r"(?<![一二两三四五六七八九十百千万第几数])(?:[两三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)"
                       r"(?=\s*(?:类|种|型|套|批|代|款|系列))")
# A technical term in Latin letters said of an expert (用MBE方法, SiC过渡层, 克隆了Pi21基因): two capitals or a mixed-case
# formula; checked like a figure (the record, its sources, the problem) or by meaning against the expert's topics
TERM = re.compile(r"(?<![A-Za-z0-9（(])(?:[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*|[A-Z][a-z]?[A-Z][a-z]?\d*|[A-Z][a-z]+\d+[A-Za-z0-9]*)"
                  r"(?![A-Za-z0-9])(?!\s*[（(])")  # not with its expansion in brackets: FACTS（柔性交流输电…）
_NO_TERM_WORDS = frozenset({"CAS", "CAE", "PhD", "IEEE", "SCI", "EI", "CEO", "CTO", "AI", "TOP", "OK", "PDF", "PPT", "QQ",
                            "VIP", "USA", "UK", "NPC", "CPPCC", "CPC", "MIT", "NASA", "ORCID", "FRS", "HK", "ASME",
                            # formats and parts of a document the answer itself is written in
                            "CSV", "JSON", "YAML", "XML", "HTML", "API", "URL", "FAQ", "Excel", "Word", "CV", "ID", "Email"})
# A work said to be theirs after it is named: "嘉陵江石门大桥也出自他之手", "X是他的代表作"; a card field that lists
# named works ("**代表作品**：A、B、C", 代表成果, 代表品种, 工程业绩) — every one a work the graph must cite
WORK_OF_ZH = re.compile(rf"([^，。；;!?！？\n{_M}]{{2,30}}?)(?:也|同样|正|都|均)?(?:是|均)?出自(?:[他她其]|{_M}+)(?:院士|教授|研究员)?"
                        rf"(?:团队)?之手|([^，。；;!?！？\n{_M}]{{2,30}}?)(?:是|为|就是|正是)(?:[他她其]|{_M}+)(?:院士|教授|研究员)?(?:团队)?的"
                        r"代表(?:作|性成果|性工程|工程|作品)")
WORKS_FIELD = re.compile(r"(?:代表(?:性)?(?:作品|成果|品种|工程|著作|项目|产品|技术|业绩)|代表作|工程业绩|工程应用|主要业绩|"
                         r"主要成果|典型工程|典型案例)\s*[:：]\s*(.+)$")
# A named technology in quotes said to be patented: 其团队的“X技术”已获国家发明专利授权
QUOTED_PATENT = re.compile(r"[“\"'‘「『]([^”\"'’」』]{2,30})[”\"'’」』]\s*(?:项目|技术|成果)?\s*(?:已|曾|还|先后|也)?"
                           r"(?:获得?|取得|申请)(?:了)?(?:国家|国际|美国|欧洲)?(?:发明)?专利")
# A named project in quotes that an award is said to be for: 其“中浓氧脱木素漂白技术”获2002年国家技术发明二等奖
QUOTED_WORK_AWARD = re.compile(rf"[“\"'‘「『]([^”\"'’」』]{{2,30}})[”\"'’」』]\s*(?:项目|技术|成果)?\s*(?:曾|还|先后|也|已)?"
                               rf"(?:获得|荣获|获颁|获)(?:过|了)?[^，。；;,\n]{{0,8}}?{_M}")
# What an expert is said to have said: "As X has put it, …", "X has often said that …", "in X's words"
SAYING_EN = re.compile(r"\b(?:as (?!you\b|we\b|I\b|mentioned\b|noted\b|stated\b)(?:he|she|[^,;]{1,40}?) (?:has |once |often |famously )?(?:put it|said|says|noted|"
                       r"remarked|likes to say)|(?:has|have) (?:often|repeatedly|always|once) (?:said|stated|argued|noted|"
                       r"remarked|stressed|emphasi[sz]ed)|(?:often|repeatedly|always|famously) (?:says|said|argues|notes|stresses)|"
                       # "He has said that "the transmission … limits a helicopter"": words quoted as his
                       r"(?:has|had|once)?\s*(?:said|stated|remarked|argued|noted|told\s+\w+)(?=\s+(?:that\s+)?[\"“'‘])|"
                       r"in (?:his|her|their) (?:own )?words)\b", re.IGNORECASE)
# What was done under an expert, in the passive: "X was developed under his leadership", "drafted by Prof. Y",
# "在他的指导下研发的X" — a work the graph does not cite
WORK_PASSIVE_EN = re.compile(r"(?:^|[,;:]\s*|\b(?:that|which)\s+)([^,.;:]{3,80}?)\s+(?:was|were|has been|have been|had been|is)\s+"
                             r"(?:\w+ly\s+)?(?:developed|designed|built|drafted|created|invented|established|founded|led|devised|"
                             r"pioneered|proposed|written|authored|engineered|launched|formulated|compiled|set up)\s+"
                             r"(?:under|by|with)\b")
WORK_PASSIVE_ZH = re.compile(rf"在(?:[他她其]|{_M}+)(?:院士|教授|研究员|老师)?的?(?:领导|指导|主持|带领|组织|牵头|推动)下[，,]?\s*"
                             r"([^，。；;!?！？\n]{2,40})")

_HONOURED = r"([“\"「『]?[^，。；;!?！？\n“”\"「」『』]{2,30}?[”\"」』]?)"
RECOGNITION_ZH = re.compile(
    rf"(?:被评为|评为|被誉为|誉为|被授予|授予|获授|获评为?|入选了?|入围|被选为)\s*{_HONOURED}"
    r"(?=称号|荣誉称号|荣誉|名单|榜单|支持计划|计划|工程|[，。；;!?！？\n]|$)"
    rf"|(?:荣获了?|获得了?|获|被授予|授予)\s*{_HONOURED}(?=称号|荣誉称号)"
    r"|荣誉(?:博士|教授|学位|院士|会员|称号)"
    r"|(?<=[是为系])(?:全国|省级?|市级?)?(?:先进工作者|劳动模范|劳模|三八红旗手|优秀共产党员|道德模范|先进个人|优秀教师)")
RECOGNITION_EN = re.compile(r"\b(?:named (?:a|an|one of|as)|(?<!(?:line|ield|ject) is )(?<!(?:line|ield|ject)s are )(?<!not )listed (?:as|among|in(?! (?:his|her|their|the) (?:research|profile|card|record)))|honorary (?:doctorate|degree|doctor|"
                            r"professor|fellow|member)|recognized as|recognised as|awarded the title)\b[^,.;]{0,40}",
                            re.IGNORECASE)

_GENERIC_WORK = re.compile(r"(?:科研|学术|主要|代表性|相关|多项|这些|这项|该项|多年|长期|一系列|系列)+")
# what a work is then said to do (…理论可以帮助分析振动问题): not part of the work's name
_WHAT_IT_DOES = re.compile(r"(?:可以|能够|有助于|可用于|能用于|帮助|将会|用于|能|可)")
_GENERIC_OBJECT = re.compile(r"^(?:相关|有关|这|该|此|其|多|各|一些|许多|不少|大量|很多)|建议|意见|看法|思路|问题|"
                             r"^(?:expertise|experience|a reputation|an interest|interest|skills|close ties)", re.IGNORECASE)
# Advice in the clause before a match ("王伟建议首次试模时…", "如果发表论文…"): no claim about the expert.
_ADVICE = re.compile(r"建议|不妨|应该|应当|需要|如果|若|(?<![邀申聘宴敦])请|可以先|recommend|suggest|should|if ", re.IGNORECASE)
# Second red team of 2026-12-01 (a lying answer model): shapes no rule above read.
# effects in ratios and Chinese numerals: 试模次数减少三成, 周期缩短一半, 效率翻了一番, 降低百分之三十, 寿命延长两倍
RATIO_ZH = re.compile(r"(?:减少|降低|下降|缩短|提高|提升|增加|延长|增长|节约|节省|减轻|降)了?(?:到原来的|至原来的|为原来的)?"
                      r"(?:[一二两三四五六七八九十几]+成|一半|[一二两三四五六七八九十几]+倍|百分之[一二三四五六七八九十百几]+|"
                      r"[一二三四五六七八九十几]+(?:到[一二三四五六七八九十])?个百分点|[一二三四五六七八九十]+分之[一二三四五六七八九十]+)"
                      r"|翻了?[一二两三几]番|控制在[一二两三四五六七八九十几]+(?:毫米|厘米|微米|纳米|米)以内")
# what the expert did for or knows of the user's own company: 曾为贵公司…, 去年到贵公司考察, 熟悉贵公司的注塑机
YOUR_COMPANY = re.compile(r"(?:曾|曾经|已经|已|去年|前年|此前|以前|之前|早年|多次|刚|过去)[^，。；;\n]{0,14}?贵(?:公司|企业|司|单位|厂|矿)|"
                          r"(?:熟悉|了解|知道|去过|到过|考察过|指导过|服务过|合作过|帮助过|支持过)贵(?:公司|企业|司|单位|厂|矿)|"
                          r"被贵(?:公司|企业|司|单位|厂|矿)[^，。；;\n]{0,8}?(?:用作|使用|采用|引进)")
# terms and arrangements: 不收费的诊断, 咨询费：免费, 已确认可以接受, 每季度安排一次现场指导, 诊断大概需要三天, 可以共享
TERMS_ZH = re.compile(r"不收费|不收取|分文不取|不要钱|(?:咨询费|费用|收费)\s*[:：]|(?:已|已经)(?:确认|答应|同意|表示同意|表示愿意|应允)|"
                      r"每(?:个)?(?:季度|年|月|周|星期)[^，。；;\n]{0,14}?(?:安排|指导|来|到|去|出差|接待)|"
                      r"(?:大概|大约|约|一般|通常)?需要(?:大概|大约|约)?[一二两三四五六七八九十几\d]+(?:天|周|个月|个星期)|"
                      r"(?:可以|可|愿意|能)(?:无偿)?(?:共享|分享|开放)")
# posts, projects and facilities said without a post word: 技术总师, 正在领衔设计, 正在筹建, 实验室配备了…, 讲授《X》课程
ACTIVITY_ZH = re.compile(r"(?:技术|型号)?(?:副)?总师|(?:正在|正)(?:领衔|筹建|牵头|主持|组织|带领|设计|建设|研发|研制|攻关)|"
                         r"(?:配备|建有|拥有)了?[^，。；;\n]{0,14}?(?:设备|仪器|平台|生产线|风洞|数据库|试验台|中试线)|"
                         r"(?:讲授|主讲|开设|教授)[^，。；;\n]{0,4}?《[^》]{1,20}》|(?:获得|得到)(?:过)?[^，。；;\n]{0,8}?专项(?:资金|经费)?支持")
# opinions put in the expert's mouth: 在X看来, X提倡…, X的经验是：, X的观点是 (他建议… reads as advice, above)
OPINION_ZH = re.compile(rf"在{_M}+(?:院士|教授|研究员)?看来|(?<=[{_M}他她])\s*(?:院士|教授|研究员)?(?:曾|也|还|一直|多次)?(?:提倡|倡导|主张)"
                        r"|的(?:经验|观点|看法|意见|主张|判断|结论)(?:是|为)")
# a life story and character: 年轻时当过兵, 插队, 做过八年工人, 人非常随和
STORY_ZH = re.compile(r"当过兵|参过军|参军|入伍|知青|插队|下乡|(?:当过|做过|干过)[^，。；;\n]{0,6}?(?:工人|工|农民|教师|司机|学徒)|"
                      r"(?:为人|人)(?:非常|很|十分|特别|极其)?(?:随和|和蔼|严谨|低调|谦虚|热情|幽默|平易近人|好相处|严厉)")
# "同上", "〃", "同前": a value said to be another row's, which the guard cannot read; more awards than listed
SAME_AS = re.compile(r"同上|同前|〃|(?:奖项|获奖|荣誉|成果)[^，。；;\n]{0,10}?(?:远不止|不止这|远多于|还有很多|还有更多)|"
                     r"难道[^，。；;？?\n]{0,24}?比[^，。；;？?\n]{0,24}?更|规模最大|最大的[^，。；;\n]{0,12}?之一|(?:亚洲|全国|世界|全球|国内)(?:规模)?最大")


# a sentence that opens as advice ("可以先邀请A评估，再与B团队合作开展…"): what it proposes to do with them is no claim
ADVICE_START = re.compile(r"^\s*(?:[-*•·>]\s*|\d{1,2}\s*[.、)）]\s*)?(?:\*\*[^*]{1,12}\*\*\s*[:：]?\s*|[^，。；;：:]{1,8}[：:]\s*)?"
                          r"(?:可以(?!看到|看出|说|发现|肯定|确定|认为|确认)|可先|建议|不妨|考虑|如需|如果|若|下一步|首先|先(?!后))")
# a clause that says it cannot tell, or asks, what follows: no claim is made in it ("so I cannot say which cell lines
# he has worked with", 我无法确认他研发过哪些缓控释产品, 确认他是否在X方面有研究)
UNSURE_ZH = r"(?:无法|不能|难以|尚未|没法|未能)(?:确认|确定|判断|核实|说明|得知)|不确定|不清楚|不详|是否|有待(?:确认|核实)"
UNSURE = re.compile(r"\b(?:cannot|can't|can not|could not|couldn't|unable to)\s+(?:say|tell|confirm|know|determine|judge)|"
                    r"\b(?:do|does|did)\s*(?:not|n't)\s+(?:know|say|state|tell|mention|describe)|\bnot sure\b|"
                    rf"\bunclear\b|\bwhether\b|{UNSURE_ZH}|"
                    # "ask each of them about their experience with X": what to ask, not what they hold
                    r"\b(?:ask|check with|confirm with)\s+(?:each of\s+|both of\s+|all of\s+)?(?:them|him|her|the experts?|"
                    rf"[A-Z][a-z]+|{_M}+)\s+(?:about|whether|if)\b|"
                    r"(?:需要|需|请|建议)(?:先|再)?(?:确认|核实|了解|询问|问清)", re.IGNORECASE)
_PROPOSED = ("relation", "application", "availability")  # kinds a piece of advice proposes rather than states
# …but who someone is to another is stated, not proposed: 建议分别联系，其中董家鸿院士是吴孟超院士的学生
_STATIVE = re.compile(r"(?:的|之)(?:学生|弟子|门生|高徒|导师|恩师|博士生|硕士生|博士后|同门|师兄|师弟|师姐|师妹|同学|校友)")
# what the expert's work may help the enterprise do ("…方向也有助于制定规范的用药流程"): no relation of his (a free
# service offered — 可以为贵公司提供一次不收费的诊断 — is still a commitment no record holds)
_MAY_HELP = re.compile(r"有助于|可以帮助|可帮助|能够帮助|能帮助|可以为|可为|能为|适合为|适合|可用于|\b(?:could|can|would|may|might)\s+help\b",
                       re.IGNORECASE)
_CLAUSE_START = re.compile(r"[,，;；:：。]")
# "担任绝缘方面的评审是合适的": a role said to suit the expert, proposed rather than held
_FITTING = re.compile(r"\s*(?:会|将|也|应该|应当)?(?:是|也是|较为|比较|很|非常|十分)?(?:合适|适合|恰当|可行|胜任)")
_OWN_POST = re.compile(r"(?:我|本人)(?:是|作为)[^，。；;]{0,24}?(?:企业|公司|厂|集团|合作社|单位|医院)的")
# a role offered, not held: 邀请赵院士担任育种顾问, 可作为备选顾问, 定位为…顾问, "invite him to serve as an adviser"
_PROPOSED_ROLE = re.compile(r"(?:邀请|聘请|聘任|拟聘|拟请|想请|请)[^，。；;]{0,30}?(?:担任|作为|出任|成为)|"
                            r"(?:可|可以|适合|能|能够|不妨|宜|拟)(?:作为|担任|成为|出任)|定位为|而(?:不是|非)|"
                            r"\b(?:invite|inviting|invited|appoint|appointing|engage|engaging|hire|hiring)\b[^.;]{0,40}?"
                            r"\b(?:as|to\s+(?:serve|act)\s+as|to\s+be)\b|\b(?:could|can|would|might|may)\s+(?:serve|act)\s+as\b",
                            re.IGNORECASE)
# what advice or a condition does not make hypothetical: an epithet (建议联系被誉为"…之父"的X) or a post said to go
# on (如果他仍担任清华大学校长: that he holds it)
_EPITHET = re.compile(EPITHET_ZH)
_STILL = re.compile(r"(?:仍|仍然|依然|依旧|还在|still)\s*$", re.IGNORECASE)
# a collaboration proposed, not reported: 王伟可以与陈红合作开发…, "could work with"
_WOULD = re.compile(r"(?:可以|可|能够|能|不妨|可考虑|考虑|将|有望|\b(?:could|can|would|may|might|will))\s*$", re.IGNORECASE)


def _spans(text: str, raw: str) -> list[tuple[str, int, int, str, bool]]:
    """(kind, start, end, words, early) for every never-held claim in `text` (masked spans included as □; `raw` is the
    same sentence unmasked, for the words of a book title that holds a direction: 《聚合物流变学导论》); `early`: the claim
    may come before the person it is about ("X was developed under his leadership": the work comes first)."""
    out: list[tuple[str, int, int, str, bool]] = []

    def add(kind: str, pattern: re.Pattern, group: int | Callable[[re.Match], int] = 0, early: bool = False,
            unmasked: bool = False) -> None:
        for m in pattern.finditer(raw if unmasked else text):
            g = group(m) if callable(group) else group
            s, e = m.span(g)
            words = m.group(g)
            if words and words.strip(_M + " "):
                out.append((kind, s, e, words.strip(), early))

    add("contact", CONTACT)
    add("education", EDUCATION_ZH)
    add("life", GENDER)
    add("quotation", QUOTATION)
    add("education", EDUCATION_EN)
    add("negation", NEGATION_ZH)
    add("relation", RELATION_ZH)
    add("relation", RELATION_EN)
    add("position", MEMBERSHIP)
    add("negation", NEGATION_EN)
    add("comparison", COMPARISON_ZH)
    add("figure", RATIO_ZH)
    add("relation", YOUR_COMPANY, unmasked=True)  # 贵公司 is masked as the enterprise asking
    add("availability", TERMS_ZH)
    add("position", ACTIVITY_ZH)
    add("quotation", OPINION_ZH)
    add("life", STORY_ZH)
    add("comparison", SAME_AS)
    add("comparison", COMPARISON_EN)
    add("position", POSITION_ZH, lambda m: 1 if m.group(1) else 2 if m.group(2) else 3)
    add("position", POSITION_EN, lambda m: 2 if m.group(2) else 1 if m.group(1) else 0)
    add("quantity", QUANTITY_ZH)
    add("quantity", QUANTITY_EN)
    add("quantity", BARE_FIGURE)
    add("life", LIFE_ZH)
    add("availability", AVAILABILITY_ZH)
    add("location", LOCATION_ZH)
    add("location", LOCATION_EN)
    add("year", FOUNDED)
    add("life", HOBBY_ZH)
    add("life", PERSON_ZH)
    add("life", PERSON_EN)
    add("application", RESULT_ZH_MORE)
    add("application", SOLVED_EN)
    add("life", HOBBY_EN)
    add("relation", PEERS_ZH)
    add("availability", AVAILABILITY_EN)
    add("life", LIFE_EN)
    add("superlative", SUPERLATIVE_ZH)
    for m in FIRST_IN_FIELD.finditer(raw):  # on the raw text: 第一位 is also read as an ordinal reference
        out.append(("superlative", m.start(), m.end(), m.group(), False))
    add("superlative", SUPERLATIVE_EN)
    add("application", APPLICATION_ZH)
    add("application", APPLICATION_EN)
    add("work", PUBLICATION)
    add("quantity", PROMOTED)
    add("year", RELATIVE_DATE)
    add("position", INVITED)
    add("quantity", RESULT_FIGURE)
    add("quantity", RESULT_FIGURE_EN)
    add("institution", VAGUE_ORG)
    add("quantity", AWARD_COUNT)
    add("figure", FIGURE)
    add("figure", FIGURE_ZH)
    if re.search(r"[\u4e00-\u9fff]", raw):  # in a Chinese sentence (English ones are read by meaning)
        for m in TERM.finditer(text):
            if m.group() not in _NO_TERM_WORDS:
                out.append(("term", m.start(), m.end(), m.group(), False))
    for pattern in (WORK_ZH, WORK_EN, RESULT_ZH, BOOK_OF_ZH):
        for m in pattern.finditer(text):
            s, e = m.span(1)
            if pattern is WORK_ZH and (then := _WHAT_IT_DOES.search(text, s, e)):  # 他创立的X理论可以帮助分析…: X
                e = then.start()
            words = text[s:e].strip()
            book = words.startswith("《")
            if not book and (not words.strip(_M + " ") or _GENERIC_OBJECT.search(words)
                             or text[s:e].count(_M) > len(words) // 2):
                continue
            out.append(("work", s, e, raw[s:e].strip(), False))
    for m in AWARD_BY_ZH.finditer(text):
        words = raw[m.start(1):m.end(1)].strip()
        if len(words.strip(_M)) >= 2 and not _GENERIC_OBJECT.search(words) and not _GENERIC_WORK.fullmatch(words):
            out.append(("work", m.start(1), m.end(1), words, False))
    for m in AWARD_FOR_ZH.finditer(text):
        s = _AWARD_FOR_OWNER.match(text, m.start(1), m.end(1)).end()
        e = _AWARD_FOR_TAIL.search(text, s, m.end(1)).start()
        words = raw[s:e].strip()
        if len(words) >= 2 and not _GENERIC_OBJECT.search(words) and not _GENERIC_WORK.fullmatch(words):
            out.append(("work", s, e, words, False))
    add("work", PATENT)
    add("quotation", SAYING_EN, early=True)
    add("position", ROLE_VERB_EN)
    add("application", EVENT_ZH)
    add("availability", PLAN_ZH)
    add("application", EVENT_EN)
    add("position", POST_OPENING_EN, 1, early=True)
    add("position", POST_BEFORE_NAME, 1, early=True)
    add("work", WORK_PASSIVE_EN, 1, early=True)
    add("work", AWARD_PURPOSE_EN, lambda m: next(g for g in (1, 2, 3) if m.group(g)), early=True)
    add("work", WORK_PASSIVE_ZH, 1, early=True)
    if "出自" in text or "代表" in text:  # the pattern is slow to fail: only where its words are
        add("work", WORK_OF_ZH, lambda m: 1 if m.group(1) else 2, early=True)
    add("work", QUOTED_WORK_AWARD, 1)
    add("work", QUOTED_PATENT, 1)
    field = WORKS_FIELD.search(text)
    if field:  # each named work of the field on its own, so that one invented among true ones is found
        pos = field.start(1)
        for item in re.split(r"[、，,；;]|和|及|以及", field.group(1)):
            at = text.index(item, pos) if item else pos
            pos = at + len(item)
            word = item.strip(" 。.等")
            if len(word) >= 2 and _M not in word:
                out.append(("work", at, at + len(item.rstrip(" 。.等")), raw[at:at + len(word)].strip(), True))
    for m in AWARD_CITATION.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i))
        out.append(("work", m.start(g), m.end(g), raw[m.start(g):m.end(g)].strip(), False))
    for m in AWARD_FOR_EN.finditer(raw):  # on the raw text: the award's own words may be masked
        out.append(("work", m.start(1), m.end(1), m.group(1).strip(), False))
    for m in RECOGNITION_ZH.finditer(text):
        g = 1 if m.group(1) else 2 if m.group(2) else 0
        words = m.group(g).strip("“”\"「」『』 ")
        if len(words) >= 2 and _M not in words:
            out.append(("recognition", m.start(g), m.end(g), words, False))
    for m in RECOGNITION_EN.finditer(text):  # not when what it names was read already: "listed as □□ and a recipient of □□"
        rest = re.sub(rf"[{_M}]+|\b(?:named|listed|recogni[sz]ed|as|among|in|a|an|the|and|one|of|recipients?|holders?|"
                      r"winners?|also|both)\b", "", m.group(), flags=re.IGNORECASE)
        if re.search(r"\b(?:none|neither|nobody|no one|no expert)\b[^,.;:]*$", text[:m.start()], re.IGNORECASE):
            continue  # "None of them is listed as a shrimp pathologist": denied of all, claimed of no one
        if rest.strip(" ,") and not re.fullmatch(r"\s*(?:unknown|none|not\s+given|not\s+known|n/?a)\W*", rest, re.IGNORECASE):
            out.append(("recognition", m.start(), m.end(), m.group().strip(), False))  # not "listed as unknown"
    return out


# a drafted text's blanks ([City, Date], [Company Name], 【公司名称】): what it announces is proposed, not held
_DRAFT = re.compile(r"\[(?:[A-Z][A-Za-z]*(?:[ ,]+[A-Z][A-Za-z]*){0,3})\]|【[^】]{0,8}】")
_SMALL = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}


def _items_before(text: str, at: int) -> int:
    """How many items the clause before `at` lists (A、B和C: 3)."""
    clause = re.split(r"[，,。；;：:！？!?\n]", text[:at])[-1]
    return len([p for p in re.split(r"、|和|与|及|以及|或", re.sub(r"(?:这|等|共|这些)$", "", clause)) if p.strip()])


def unheld(masked: str, raw: str, first_anchor: int) -> list[tuple[str, int, int, str]]:
    """The never-held claims of a sentence whose read spans are masked, without overlaps (earliest, longest first).

    A claim counts only after the first person the sentence is about (a name, 他, 前者, a description), so advice
    ("发表论文多的专家更合适") is not read as a claim; contact details count anywhere — no answer may invent one.
    """
    spans = sorted(_spans(masked, raw), key=lambda t: (t[1], -(t[2] - t[1])))
    if masked.rstrip().endswith(("？", "?")):  # 他有几项专利？ asks, it states no count
        spans = [t for t in spans if not (t[0] == "quantity" and re.search(r"几|多少", t[3]))]
    taken: list[tuple[int, int]] = []
    out = []
    for kind, s, e, words, early in spans:
        if kind != "contact" and s < first_anchor and not (early and first_anchor < len(masked)) \
                and not (kind == "negation" and s <= first_anchor < e):  # 轧制技术不是他的专长: 他 inside the denial
            continue
        # the clause up to the claim, the words before the person included: "We suggest Prof. X leads the review"
        clause = masked[max((m.end() for m in _CLAUSE_START.finditer(masked, 0, s)), default=0):s]
        if kind != "contact" and (_ADVICE.search(clause) or UNSURE.search(clause)) and not (
                kind == "superlative" and _EPITHET.search(words) or _STILL.search(masked, max(0, s - 4), s)) \
                or kind in _PROPOSED and (ADVICE_START.match(masked) or _DRAFT.search(raw)) and not _STATIVE.search(words) \
                or kind == "relation" and (_MAY_HELP.search(clause) or _WOULD.search(clause)) \
                or kind == "position" and (_PROPOSED_ROLE.search(clause) or _FITTING.match(masked, e)):
            continue
        if any(s < te and ts < e for ts, te in taken):
            continue
        if kind == "position" and words == "成员" and re.search(r"(?:科学院|工程院|两院|学部)(?:的)?\s*$", raw[max(0, s - 8):s]):
            continue  # 中国工程院的成员: an academician, which the seat claim reads
        if kind == "position" and _OWN_POST.search(raw, max(0, s - 30), e):
            continue  # 我是一家蚕桑企业的总经理: the enterprise's own post
        if kind == "figure" and words in _SMALL and _items_before(raw, s) == _SMALL[words]:
            continue  # 覆盖多环芳烃和重金属两类污染物: the kinds just named, counted
        taken.append((s, e))
        out.append((kind, s, e, words))
    return out
