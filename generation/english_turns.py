"""English follow-ups ("What awards has the second one received?", "What is his email?", "Is he at Tsinghua
University?") read as the Chinese words the follow-up reader knows (第二位 获得过什么奖, 他 联系方式, 他 单位), so an
English conversation is answered like a Chinese one instead of each turn starting a new search.

Only a short turn made of such phrases and function words is read so: a turn with words of its own ("Our moulds
crack, they say the steel is wrong") is a problem, matched as written.
"""

from __future__ import annotations

import re

from generation.aliases import LATIN_ORGS
from generation.claims import LATIN_ORG  # an organisation named in English: a premise about the institution
from retrieval.english_names import PLACES_EN
from retrieval.requirements import ORG_ENDINGS
from retrieval.requirements_en import PLACE_NAMES_EN

# a gap between two ages asked in English ("what's their age gap?", "How many years apart were they born?"), read here
# as 相差几岁 and by generation/biography.py as an age order asked
AGE_GAP_EN = (r"\bage\s+(?:gap|difference)\b|\bdifference\s+(?:in|between)\s+(?:their\s+)?ages?\b|\bhow\s+(?:much|many\s+"
              r"years)\s+(?:older|younger)\b|\byears?\s+apart\b(?=[^?？]*\bborn\b)|\bborn\b[^?？]*\byears?\s+apart\b")

ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_ORD_DIGITS = "一二三四五六七八九十"
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}
_ORD = r"(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th)"
_PERSON = (r"(?:one|ones|experts?|persons?|people|professors?|academicians?|candidates?|scientists?|researchers?|"
           r"recommendations?|names?|guy|man|woman|lady|gentleman)")
# (pattern, Chinese words): tried in this order, each span read once (an ordinal before the "where … work" around it)
_PHRASES: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p, re.IGNORECASE), zh) for p, zh in (
    # "Who was elected most recently?", "Which of them was elected first?": the election years (not a ranking)
    ((r"\b(?:who|which(?:\s+(?:one|of\s+them|expert))?)\b[^?.]*?\b(?:elected|became\s+an?\s+(?:academician|member))\b"
      r"[^?.]*?\b(?:most\s+recently|latest|last|recently|earliest|first|earlier|later)\b|\b(?:earliest|latest|"
      r"most\s+recently|first|last)[- ]elected\b"), "ELECTED"),
    # "Who got the most awards among them?", "Who has the fewest awards?": the lengths of the award lists
    (r"\b(?:who|which(?:\s+(?:one|of\s+them|expert))?)\b[^?.]*?\b(?:most|more|fewest|fewer|least)\s+(?:national\s+"
     r"(?:science\s+(?:and\s+technology\s+)?)?|state\s+)?(?:awards|prizes|honou?rs)\b", "AWARDS"),
    # "How many did you recommend?", "How many experts are on the list?": the list shown, counted
    ((r"(?:\bin\s+total,?\s+)?\bhow\s+many\b[^?.]*?\b(?:did|have|has|do)\s+(?:you|it|the\s+system)\s+(?:just\s+)?(?:recommend(?:ed)?|"
      r"find|found|show(?:n)?|suggest(?:ed)?|list(?:ed)?|give|given|name(?:d)?)\b(?:\s+(?:me|us))?(?:\s+(?:so\s+far|in\s+total|"
      r"altogether|until\s+now|in\s+all))?|\bhow\s+many\s+(?:experts|people|names|"
      r"candidates)\s+(?:are|were)\s+(?:there\s+)?(?:on\s+(?:the|your|this)\s+list|listed|shown|recommended)\b|"
      r"\bhow\s+many\s+(?:experts\s+|people\s+|names\s+)?(?:(?:are|were)\s+there\s+)?(?:in\s+total|altogether|in\s+all)\b"),
     "一共推荐了几位"),
    # "How many are left?", "How many more are there?": whether there are others
    # (after "Drop the first two" the turn's own words count the others: conversation._REMAINING)
    (r"\bhow\s+many\s+(?:more|others?|else)\b(?:\s+(?:are\s+there|experts|people|do\s+you\s+have))?|"
     r"\bhow\s+many\s+(?:are|were)\s+(?:left|remaining)\b|\bhow\s+many\s+remain\b", "还有别的专家吗"),
    # "Among the remaining ones, who …?", "Of the rest, …": those shown (the list without the ones left out)
    (r"\b(?:among|of|from)\s+(?:the\s+)?(?:remaining(?:\s+(?:ones|experts|people|two|three|four))?|rest(?:\s+of\s+them)?|"
     r"(?:ones|experts|people)\s+(?:left|remaining)|(?:those|the\s+ones)\s+(?:left|remaining))\b", "他们"),
    # "Are there only these three?": whether there are others (before "these three" is read as the group)
    (r"\bonly\s+(?:these|those|them)(?:\s+(?:two|three|four|five|\d+))?(?:\s+(?:experts?|people|ones?))?\b", "还有别的专家吗"),
    # "Any other corrosion experts besides these three?": more of the problem under discussion (the same three were
    # matched again as a new problem, rt90)
    (r"\b(?:besides|apart\s+from|other\s+than|except(?:\s+for)?|beyond)\s+(?:these|those|them|the\s+(?:ones|experts))"
     r"(?:\s+(?:two|three|four|five|\d+))?(?:\s+(?:experts?|ones?|people))?\b|"
     r"\b(?:any|some)\s+other\s+(?:[a-z-]+\s+){1,3}?(?:experts?|specialists?|academicians?|people)\b", "还有别的专家吗"),
    # "Don't recommend academicians", "No academicians please": the problem's experts without them
    (r"\b(?:don'?t|do\s+not|no|not|without|exclude|excluding|except|leave\s+out)\s+(?:recommend(?:ing)?\s+|include\s+|"
     r"want\s+|need\s+|show\s+|any\s+)?(?:the\s+)?academicians?\b", "不要院士"),
    # "Drop the first two", "the top three", "the last two experts": each of those places
    (r"\b(?:the\s+)?(?:first|top|last)\s+(?:two|three|four|five|[2-5])(?:\s+" + _PERSON + r")?\b", "FIRST_N"),
    (r"\b(?:the\s+)?(?:second[- ]to[- ]last|second[- ]last|penultimate)(?:\s+" + _PERSON + r")?\b", "倒数第二位"),
    (r"\b(?:the\s+)?last\s+" + _PERSON + r"\b|\bthe\s+last\b(?=\s*(?:[?,.!]|$|and\b))", "最后一位"),
    ((r"\b(?:the\s+)?" + _ORD + r"\s+" + _PERSON + r"\b"  # the second one, 2nd expert
      r"|\bthe\s+" + _ORD + r"\b(?=\s*(?:[?,.!]|$|and\b|&|or\b))"  # the first and …, the third?
      # "What awards did the second get?": the second before a verb, not before a noun of its own (the second step)
      r"|\bthe\s+" + _ORD + r"\b(?=\s+(?:get|got|gets|receive|received|win|won|have|has|had|do|does|did|work|works|"
      r"worked|study|studied|hold|holds|held|is|was|specialize|specializes|research|researches|focus|focuses)\b)"
      r"|\b" + _ORD + r"(?=\s+(?:and|&|or)\s+(?:the\s+)?" + _ORD + r"\b)"  # first and third
      r"|(?<=\band\s)(?:the\s+)?" + _ORD + r"\b(?:\s+" + _PERSON + r"\b)?"),
     "ORDINAL"),  # … and (the) third (ones)
    (r"\b(?:number|no\.|#)\s*(\d{1,2})\b|\b(?:expert|candidate)\s*#?(\d{1,2})\b", "NUMBER"),
    ((r"\b(?:same\s+(?:institution|university|unit|organi[sz]ation|place|institute|employer|school|affiliation)|"
      r"work\s+together|colleagues?)\b"),
     "是同一个单位的吗"),
    (r"\b(?:same|one|a\s+single)\s+(?:city|province)\b", "在同一个城市吗"),  # "Are they in the same city?" (the list was
    # shown again, rt89)
    ((r"\b(?:why|how)\b(?=[^?.]*?\b(?:help|helps|fit|fits|suit|suits|suitable|right|relevant|useful|contribute|assist|"
      r"match|matches|matched|recommend|recommended|choose|chose|chosen|pick|picked|select|selected|include|included|"
      r"apply|applies|applied|relate|relates|related|bear|bears|support|supports|benefit|benefits)\b)|"
      r"\bgood\s+fit\b|\bhelp\s+(?:us|with|our)\b"
      # "Is 张远航 suitable for our air quality monitoring?": whether the one named fits the user's own case
      r"|\b(?:is|are)\s+(?:he|she|they|[\u4e00-\u9fff]{2,4})\s+(?:really\s+)?(?:a\s+)?(?:suitable|relevant|qualified|"
      r"the\s+right\s+(?:person|expert|choice))\b"),
     "为什么合适"),
    (rf"\b(?:is|was)\s+(?:he|she)\s+(?:originally\s+)?from\s+(?=(?:{PLACE_NAMES_EN})\b(?!\s+(?:University|Institute)))"
     r"|\bwhere\s+(?:is|was)\s+(?:he|she)\s+(?:originally\s+)?from\b|\bhome\s*town\b|\bnative\s+of\b"
     r"|(?:(?<=\bwhere\sis\s)|(?<=\bwhere\swas\s))\s{3,6}(?:originally\s+)?from\b",  # Where is 申长雨 from? (the name blanked)
     "他哪里人"),  # Is he from Jiangxi? (a province or city: where he is from, not his institution)
    (r"\b(?:is|was)\s+(?:he|she)\s+from\b", "他在哪个单位"),  # Is he from Tsinghua?
    # "Which of them works in Beijing?", "Who among them is based in Shanghai?": which one, by the place (it read 他们在北京
    # — are they in Beijing — and said the graph records no location, rt99)
    (rf"\b(?:which|who)(?:\s+(?:of|among)\s+(?:them|these|those)(?:\s+(?:experts|people|ones))?|\s+(?:one|ones|experts?|"
     rf"persons?|academicians?))?(?=[^?.,;]*?\b(?:based\s+|located\s+)?in\s+(?:{PLACE_NAMES_EN})\b)", "哪位"),
    # "Which of them is in Shanghai?", "Are they based in Beijing?": a place asked of those shown (it got the list again)
    # "Which of them is closest to Suzhou?", "Who is nearest to us?": where they are, no distance (the help text, rt90)
    (rf"\b(?:(?:based|located)\s+)?(?:nearest|closest|nearer|closer|near)\s+(?:to\s+)?(?:(?P<near>{PLACE_NAMES_EN})"
     rf"(?:\s*(?:,|,?\s*or|,?\s*and)\s*(?:{PLACE_NAMES_EN}))*\b|us\b|"
     r"our\s+(?:plant|factory|company|site|office|city)\b)|\bhow\s+far\s+(?:is|are|away)\b", "NEAR"),
    (rf"\b(?:based\s+)?in\s+((?:{PLACE_NAMES_EN})(?:\s*(?:,|,?\s*or)\s*(?:{PLACE_NAMES_EN}))*)\b", "PLACE"),
    (r"\b(?:summari[sz]e|summary|overview|table|tabulate|recap)\b", "汇总"),  # Can you summarize them in a table?
    (r"\b(?:members?|academicians?)\s+of\s+both\s+(?:the\s+)?academies\b|\bboth\s+academies\b", "是两院院士"),
    # "What about the other two?" after a turn about one of them: the rest of those shown
    (r"\bthe\s+other\s+(?:two|three|ones|experts)\b", "其余几位"),
    (r"\b(?:these|those|the)\s+two\b|\bboth(?:\s+of\s+them)?\b", "这两位"),
    (r"\b(?:these|those|the|all)\s+three\b", "这三位"),
    ((r"\b(?:they|them|their|theirs|themselves|(?:these|those)\s+(?:experts|people|ones|professors|academicians)|"
      r"(?:all|each)\s+of\s+them|everyone|everybody)\b"),
     "他们"),
    # "Is her husband also an academician?": the relative is asked about, not she ("Yes" was said of her seat, rt108)
    (r"\b(?:his|her)\s+(?:wife|husband|spouse|sons?|daughters?|children|kids|father|mother|parents|brothers?|sisters?)\b",
     "她的配偶"),
    ((r"\b(?:he|him|his|himself|she|her|hers|herself|(?:this|that)\s+(?:expert|person|one|professor|academician|guy|"
      r"lady|man|woman))\b"),
     "他"),
    ((r"\b(?:any(?:one|body)\s+else|some(?:one|body)\s+else|who\s+else|other\s+(?:experts?|people|candidates|options|ones)|"
      r"more\s+(?:experts?|people|candidates|names|options|recommendations)|another\s+(?:one|expert|person)|"
      r"(?:new|different|fresh)\s+(?:names|experts|people|ones|candidates)|"
      r"any\s+others?|others|any\s*more|(?:is\s+that|are\s+(?:these|those|they))\s+all)\b"),
     "还有别的专家吗"),
    # "Which expert should we contact first (and why)?", "Who should we talk to first?", "Which one do we start with?"
    ((r"\b(?:who|whom|which(?:\s+(?:one|expert|person|academician))?)\b[^?]*?\b(?:(?:contact|call|approach|consult|"
      r"talk\s+to|speak\s+(?:to|with)|reach\s+out\s+to|go\s+to|ask|invite|engage|hire|visit|meet|email|write\s+to)\s+"
      r"(?:first|initially)|start\s+with|begin\s+with|prioriti[sz]e|priority)\b(?:[,\s]+and\s+why)?"
      # … for the scour problem: one part of the problem under discussion, not a new one
      r"(?:\s+(?:for|on|about|regarding|with)\s+(?:the|our|this|that|its)\s+[^?.]{0,40}?(?:problem|issue|question|part|"
      r"task|side))?"),
     "哪位最适合"),
    ((r"\b(?:who|which(?:\s+one)?)\b[^?]*?\b(?:best|better|most\s+suitable|more\s+suitable|most\s+qualified|strongest|"
      r"stronger|top|recommend\s+most|most)\b(?:\s+(?:fit|match|choice|option|suited|candidate)s?|\s+(?:relevant|"
      r"appropriate|useful|helpful|promising|experienced|knowledgeable|competent|capable|important)"
      r"(?:\s+(?:expert|one|person|candidate|academician))?)?(?:[,\s]+and\s+why)?|"
      r"\brank(?:ing|ed)?\b|\bcompare\b|\b(?:top|first)\s+(?:pick|choice)\b|\b(?:vs\.?|versus)\s|"
      # "Expert 2 or expert 3: which would you choose for the coating problem?"
      r"\b(?:who|which(?:\s+(?:one|expert|of\s+(?:them|the\s+two|these)))?)\s+(?:would|should|do|will)\s+(?:you|we|I)\s+"
      r"(?:choose|pick|select|go\s+with|prefer|recommend)\b|"
      r"\bbest\s+(?:choice|option|pick)\b|"
      # "If you could pick only one, who would it be?"
      r"\b(?:pick|choose|select|recommend)\s+(?:just\s+|only\s+)?one\b|\bonly\s+one\b[^?]*?\bwho\b"),
     "哪位最适合"),
    ((r"\b(?:e-?mails?|(?:tele)?phones?(?:\s+numbers?)?|mobiles?|cell\s*phones?|wechat|contacts?(?:\s+(?:details|info|"
      r"information))?|(?:postal\s+|office\s+)?address(?:es)?|reach|get\s+in\s+touch)\b"),
     "联系方式"),
    # "what's the age difference between them?": the years between their births (the list was shown again, rt146)
    (AGE_GAP_EN, "相差几岁"),
    (r"\bhow\s+old\b|\bages?\b|\bborn\b|\bbirth(?:day|date|\s+year)?\b|\boldest\b|\byoungest\b|\bolder\b|\byounger\b|"
     r"\b(?:more\s+|most\s+)?senior(?:ity)?\b", "年龄"),
    (r"\b(?:papers?|publications?|publish(?:ed|es|ing)?|patents?|books?|citations?|h-index)\b", "论文"),
    ((r"\bwhere\b[^?]*?\b(?:stud(?:y|ied)|graduated?|educated|trained)\b|\bstud(?:y|ied)\s+(?=(?:at|in)\s+(?:the\s+)?(?:(?-i:[A-Z])|\s\s))|"
      r"\b(?:educat(?:ion|ional|ed)|graduat(?:e|ed|ion)|"
      r"degrees?|alma\s+mater|ph\.?\s?d|doctorate|schooling)(?:\s+background)?\b"),
     "毕业"),
    (r"\b(?:still\s+)?(?:alive|living|dead|died|passed\s+away|deceased)\b", "在世"),
    # his advisor, study abroad, pay, family, views, character: the unrecorded or biography topics their Chinese words
    # name (each was answered with the card, rt73)
    (r"\b(?:(?:phd|doctoral|graduate)\s+)?(?:advis[eo]rs?|supervisors?|mentors?)\b", "导师"),
    (r"\b(?:stud(?:y|ied|ying)\s+)?(?:abroad|overseas)\b|\bforeign\s+(?:universit(?:y|ies)|countr(?:y|ies))\b", "留学"),
    (r"\b(?:salar(?:y|ies)|income|wages?|earnings?|how\s+much\s+(?:does|do)\s+(?:he|she|they)\s+(?:earn|make))\b", "工资"),
    (r"\b(?:wife|husband|spouse|married|children|kids|family)\b", "家庭"),
    (r"\b(?:(?:opinions?|views?|stance|position|thoughts?)\s+(?:on|about|of|regarding)\b[^?.!]*|what\s+(?:does|do|did)\s+"
     r"(?:(?:he|she|they)\s+)?think(?:\s+(?:of|about)\b[^?.!]*)?|opinions?|stance)", "有什么看法"),  # (its object with it; he read already)
    (r"\b(?:good\s+(?:person|man|woman)|character|personality|reputation)\b", "人品"),
    (r"\b(?:(?:doctoral|graduate|phd)\s+)?(?:students?|supervis(?:e|es|ed|ing|ion)|mentor(?:s|ed|ing)?)\b", "学生"),
    # "Exclude the second one", "Drop the first": that one out, another in its place
    (r"\b(?:exclude|excluding|drop|remove|skip|replace|leave\s+out|get\s+rid\s+of|take\s+out)\b", "去掉"),
    (r"\b(?:gender|male|female|(?:a\s+)?man\s+or\s+(?:a\s+)?woman|women|men)\b", "性别"),
    # "Any professors among them?", "Is he a professor?": the title the record holds (a new problem before)
    (r"\bany\s+associate\s+professors?\b", "他们有副教授吗"),
    (r"\bany\s+(?:full\s+)?professors?\b", "他们有教授吗"),
    (r"\bassociate\s+professors?\b", "有副教授吗"),
    (r"\b(?:full\s+)?professors?\b", "有教授吗"),
    (r"\b(?:background|biography|bio|life\s+story|cv|résumé|resume)\b", "简历"),
    (r"\b(?:positions?|posts?|career|roles?|offices?\s+held|served\s+as|retir(?:e|es|ed|ing|ement))\b", "职务"),
    (r"\b(?:contributions?|accomplishments?|known\s+for|main\s+(?:work|results)|key\s+results|famous\s+for)\b",
     "主要成果"),
    # "What were the two of them recognized for?" after a premise on their award: their awards (rt114)
    (r"\b(?:recogni[sz]ed|honou?red|awarded|rewarded)\s+for\b", "获得过什么奖"),
    (r"\b(?:which|what)\s+(?:city|cities|province|country)\b|\blocated\b", "在哪个城市"),
    (r"\b(?:fees?|costs?|charges?|prices?|available|availability|schedule|hire|hiring|consultan(?:t|ts|cy)|"
     r"consulting|retain|engage|visit|come\s+(?:to|over))\b", "收费"),
    # "the top national award", "the highest state science award": the State Preeminent award, no words of its own
    # (it made "When did the second one win the top national award?" a new search, rt104)
    (r"\b(?:the\s+)?(?:top|highest|supreme|pre-?eminent)\s+(?:national\s+|state\s+|chinese\s+)?(?:science\s+"
     r"(?:and\s+technology\s+)?|scientific\s+|s&t\s+)?(?:award|prize)s?\b", "获得过什么奖"),
    ((r"(?:(?:first|second|third|special)[- ](?:class|grade)\s+)?"  # a first-class State … Progress Award
      r"(?:(?:(?-i:[A-Z])[\w'-]*\s+(?:(?:and|of|for|in)\s+)?)+(?:award|prize|medal)s?|"  # the Ho Leung Ho Lee award
      r"(?:(?-i:[A-Z])[\w'-]*\s+(?:(?:and|of|for|in)\s+)?)*(?-i:Award|Prize|Medal)s?)\b"  # the State … Progress Award
      r"(?:,?\s+(?:(?:first|second|third|special)[- ](?:class|grade|prize)|(?:in\s+)?(?:19|20)\d\d))?"
      r"|\b(?:awards?|prizes?|honou?rs?|medals?|accolades?|achievements?|won|win|wins|laureates?|"
      r"(?:Nobel|Turing|Wolf|Fields|Lasker|Kyoto)(?=\s+(?:laureate|winner|medalist|prize|award)))\b"),
     "获得过什么奖"),
    # one academy named ("exclude the CAS members"): that academy's seat, not any academician's
    ((r"\b(?:CAS\s+(?:members?|academicians?|fellows?)|(?:members?|academicians?|fellows?)\s+of\s+(?:the\s+)?(?:chinese\s+)?"
      r"academy\s+of\s+sciences|chinese\s+academy\s+of\s+sciences)\b"), "是中国科学院院士"),
    ((r"\b(?:CAE\s+(?:members?|academicians?|fellows?)|(?:members?|academicians?|fellows?)\s+of\s+(?:the\s+)?(?:chinese\s+)?"
      r"academy\s+of\s+engineering|chinese\s+academy\s+of\s+engineering)\b"), "是中国工程院院士"),
    ((r"\b(?:academicians?|fellows?|members?\s+of\s+the\s+(?:chinese\s+)?academy)\b"),
     "是院士"),
    (r"\belected\b", "当选"),
    (r"\b(?:projects?|grants?|funding|funded)\b", "主持过什么项目"),
    ((r"\bresearch\s+(?:areas?|fields?|directions?|interests?|topics?|focus)\b|\b(?:speciali[sz](?:e|es|ed|ing|ation)|"
      r"specialt(?:y|ies)|expertise|work(?:s|ed|ing)?\s+on|research(?:es|ed)?|stud(?:y|ies|ied))\b|\bwhat\s+(?:does|do)\s+do\b"),
     "研究方向"),
    (r"\b(?:disciplines?|fields?|subjects?)\b", "学科"),
    (r"\b(?:homepages?|home\s+pages?|websites?|web\s*pages?|links?|urls?|sources?)\b", "主页链接"),  # from the cited pages
    (r"\b(?:in\s+common|share)\b", "共同点"),  # "What do they have in common?"
    (r"\b(?:write|draft|compose)\b[^?.]{0,30}?\b(?:recommendations?|introductions?|blurbs?|write-?ups?|profiles?)\b",
     "推荐语"),  # "Write a recommendation for each expert"
    # "Who among your suggestions is the youngest?", "the ones you recommended": those shown (it was read as a request
    # for advice, and strangers listed, rt66)
    ((r"\b(?:your|the)\s+(?:suggestions|recommendations|picks|suggested\s+(?:experts|ones|people)|recommended\s+"
      r"(?:experts|ones|people))\b|\bthe\s+(?:ones|experts|people)\s+you\s+(?:suggested|recommended|listed|named|gave)\b"),
     "他们"),
    (r"\b(?:advice|advise|suggest(?:ion)?s?|what\s+should\s+(?:we|i)\s+do)\b", "你建议我们怎么做"),
    (r"\b(?:solutions?|(?:fix|solve)\s+it|root\s+cause|what\s+causes?)\b", "告诉我解决方案"),
    ((r"\bwhere\b[^?]*?\b(?:work|works|working|based|employed|from)\b|\b(?:institutions?|affiliations?|affiliated|"
      r"employers?|organi[sz]ations?|universit(?:y|ies)|institutes?|work(?:s|ing)?\s+(?:at|for|in)|which\s+(?:unit|"
      r"school|college|hospital|company)|job\s+titles?|titles?)\b"),
     "在哪个单位"),
    (r"\bwhich\s+(?:one|ones|experts?|persons?|candidates?)\b", "他们"),  # Which one works on tribology? (after "best")
))
# words a follow-up is made of besides those phrases (what, is, the, tell me more about …)
_FUNCTION_WORDS = (
    "what what's whats which who whom whose where when how is are was were be been being do does did has have had can "
    "could would will should may might please tell me us more about the a an of to for in on at by with from and or "
    "any all each there this that these those it its so ok okay thanks thank also then i we you your many much some "
    "detail details info information exactly else just really again right yes no not like ever mentioned recommended "
    "listed above one ones received receive got get gotten give show list say know let see hmm well now still only "
    "both whether if kind sort ever currently work works working one's short brief briefly quick quickly simple "
    "our recommendation recommendations into as describe describes summarize summarise summary introduce "
    "introduction outline overview explain paragraph paragraphs sentence sentences prose bullet bullets points "
    "concise concisely two three new fresh different "
    # "I heard the first one passed away last year, is that true?": a premise to check, about the one it names
    "heard hear told said true correct wrong last year years recently ago someone somebody read that's "
    # "Which city is his institution in according to the graph?", "Who among your suggestions …?", "Never mind, …",
    # "… — confirm.": asides, no words of a new problem (each was searched as one, and strangers listed, rt66)
    "according graph database records record among suggestions suggestion suggested picks candidates never mind "
    "actually confirm check verify "
    # "Which national awards does Hou Fanfan hold?" (a problem: strangers beside her card, rt114)
    "hold holds held holding national")  # how to put it: "Please describe Chen Hualan's institution and awards in a paragraph."
_FUNCTION = frozenset(_FUNCTION_WORDS.split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_BREAK = re.compile(r"[.;!?](?:\s|$)|,\s*(?:and|also|plus)\s")  # (", and what awards …": a second ask)
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_CJK_ORG = re.compile(rf"[\u4e00-\u9fff]{{2,20}}(?:{ORG_ENDINGS})")
# an award or seat named in Chinese ("Did he win the 国家科学技术进步奖一等奖 in 2013?"): a name in an English follow-up,
# not a Chinese sentence (it was searched as a problem, and strangers listed, rt66)
_CJK_HONOUR = re.compile(r"[\u4e00-\u9fff]{2,24}(?:奖|院士)")
_AT_ORG = re.compile(r"\b(?:at|in)\s+$", re.IGNORECASE)
# who a turn points at among those shown, and the questions about them that may carry words of their own ("Why is the
# second one a good fit for our turbopump design?", "Which of them is best for combustion stability?")
_REFERENCES = frozenset({"他", "他们", "这两位", "这三位", "最后一位", "倒数第二位"})
_OPEN_QUESTIONS = frozenset({"为什么合适", "哪位最适合"})
# a yes/no question whether the expert works on a topic ("Does he work on polymer processing?", "Is she an expert in
# welding?", "Which of them knows about corrosion?"): a follow-up however many words the topic has
_TOPIC_ASKED = re.compile(
    r"\b(?:work(?:s|ed|ing)?\s+(?:on|in)|do(?:es)?\s+research\s+(?:on|in|into)|research(?:es|ed|ing)?(?:\s+(?:on|in|into))?|"
    r"stud(?:y|ies|ied|ying)(?!\s+(?:at|in)\s+(?:the\s+)?[A-Z])|speciali[sz](?:e|es|ed|ing)\s+in|(?:an?\s+)?(?:\w+\s+)?(?:expert|specialist|authority)\s+(?:in|on)|"
    r"knows?\s+(?:\w+\s+)?about|familiar\s+with|experienced\s+(?:in|with)|experience\s+(?:in|with)|focus(?:es|ed)?\s+on|"
    r"relevant\s+(?:to|for)|suit(?:ed|able)\s+(?:to|for)|good\s+at|capable\s+of|qualified\s+(?:for|in))\s+"
    r"(?:the\s+|about\s+)?(?P<topic>[^?.!,;]*[A-Za-z][^?.!,;]*)", re.IGNORECASE)
_NOT_A_TOPIC = re.compile(r"\b(?:it|this|that|these|those|them|our|ours|your|such|problem|issue|case|field|area|abroad|overseas)\b|"
                          # "Do they work in the same city?": a place shared, no topic (it was checked as one, rt89)
                          r"^(?:the\s+)?(?:same|one|a\s+single|different)\s+(?:city|place|institution|institute|"
                          r"university|province|organi[sz]ation|unit)\b", re.IGNORECASE)
_YES_NO_OR_WHICH = re.compile(r"^\s*(?:does|do|did|is|are|was|were|has|have|can|could|would|which|who)\b"
                              # "X works on Y, right?": a statement made a question by its tag
                              r"|^(?=.*,\s*(?:right|correct|true|yes|no|is\s+that\s+(?:right|correct|so)|"
                              r"(?:does|doesn't|isn't|is)(?:n't)?\s+(?:he|she|it))\s*\?\s*$)"
                              # "薛永祺 works on hyperspectral remote sensing?": a statement about him asked as a question
                              r"|^\s*(?:[\u4e00-\u9fff]{2,4}|he|she)\s+(?=[^?]*\?\s*$)", re.IGNORECASE)


_COMPARATIVE = re.compile(r"\b(?:more|better|stronger)\b", re.IGNORECASE)


def asked_topic(text: str) -> str | None:
    """The topic an English question asks whether the expert works on ("Does he work on polymer processing?" →
    polymer processing), None when it asks none or only about the user's own problem ("Does he work on this?")."""
    if not _YES_NO_OR_WHICH.match(text):
        return None
    m = _TOPIC_ASKED.search(text)
    topic = m.group("topic").strip() if m else ""
    place = re.sub(r"\s+(?:city|province)$", "", topic.lower())  # "Do any of them work in Beijing?": a place, no topic
    return topic if topic and not _NOT_A_TOPIC.search(topic) and len(topic) <= 80 and place not in PLACES_EN else None


# a yes/no question about the expert in focus ("Did he develop …?", "Was she the first to …?"): a follow-up
_STUDIED = re.compile(r"(?:stud|graduat|degree|ph|doctor|master|bachelor|postdoc|student|alumn|educat|train)", re.I)
_ASKS_OF_HIM = re.compile(r"^\s*(?:did|does|do|is|was|were|has|had|have|can|could|would|will)\s+(?:he|she|the\s+\w+\s+"
                          r"(?:one|expert))\b", re.IGNORECASE)
#: the most words of its own (not a phrase above, not a function word) a turn may have and still be a follow-up
MAX_OWN_WORDS = 1


def _ordinal(raw: str) -> int:
    """first → 1, 3rd → 3."""
    raw = raw.lower()
    return ORDINAL_WORDS.index(raw) + 1 if raw in ORDINAL_WORDS else int(re.sub(r"\D", "", raw))


def _words_of(match: re.Match, zh: str) -> str:
    """The Chinese words of one phrase found (第二位 for "the second one", 第3位 for "number 3")."""
    if zh == "ORDINAL":
        raw = next(g for g in match.groups() if g)
        n = _ordinal(raw)
        return f"第{_ORD_DIGITS[n - 1]}位"
    if zh == "NUMBER":
        return f"第{next(g for g in match.groups() if g)}位"
    if zh == "FIRST_N":  # the first two → 第一位和第二位; the last two → 倒数第二位和最后一位
        raw = re.search(r"(two|three|four|five|[2-5])\b", match.group(), re.IGNORECASE).group(1).lower()
        n = _COUNT_WORDS.get(raw) or int(raw)
        if re.search(r"\blast\b", match.group(), re.IGNORECASE):
            return "和".join([*(f"倒数第{_ORD_DIGITS[k - 1]}位" for k in range(n, 1, -1)), "最后一位"])
        return "和".join(f"第{_ORD_DIGITS[k]}位" for k in range(n))
    if zh == "AWARDS":  # the most or the fewest, of those shown
        return "他们谁获奖最少" if re.search(r"fewe|least", match.group(), re.IGNORECASE) else "他们谁获奖最多"
    if zh == "PLACE":  # in Shanghai → 在上海; in Liaoning, Jilin or Heilongjiang → 在辽宁或吉林或黑龙江
        places = re.split(r"\s*(?:,|,?\s*\bor\b)\s*", match.group(1))
        return "在" + "或".join(PLACES_EN.get(" ".join(p.lower().split()), "") for p in places if p)
    if zh == "NEAR":  # closest to Suzhou → 离苏州最近; closest to us → 离我们最近
        place = match.group("near") or next((m.group(1) for m in re.finditer(
            rf"\b(?:from|to)\s+({PLACE_NAMES_EN})\b", match.string, re.IGNORECASE)), None)
        return f"离{PLACES_EN.get(' '.join(place.lower().split()), '') if place else '我们'}最近"
    if zh == "ELECTED":  # earliest or latest, as the turn says
        return "谁当选最早" if re.search(r"earl|first", match.group(), re.IGNORECASE) else "谁当选最晚"
    return zh


# an expert pointed at by institution: "the expert from Zhengzhou University", "the professor at Tsinghua University"
_BY_ORG = re.compile(r"\b(?:the|that|this)\s+(?:expert|professor|academician|one|person|researcher|scientist|specialist|"
                     r"gentleman|lady|guy|man|woman)\s+(?:from|at|of)\s+$", re.IGNORECASE)


_MEMBER_OF = re.compile(r"\b(?:members?|fellows?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


# the institution said before the word for the one pointed at ("the Tsinghua University one", "that Fudan University
# academician"): the one shown expert at it, as "the one at …" is (it read as a question about his institution, and
# "academician" as the seat)
_ORG_BEFORE_ONE = re.compile(r"\b([Tt]he|[Tt]hat|[Tt]his)\s+(?P<org>%s)\s+(?P<one>one|expert|professor|academician|"
                             r"person|researcher|scientist|specialist|gentleman|lady|guy|man|woman)\b" % LATIN_ORG.pattern)


# the one pointed at by an institution's short name alone ("the one from Tsinghua", "the Fudan one"; it started a new
# search, rt102)
_SHORT_ORG = "|".join(sorted(LATIN_ORGS, key=len, reverse=True))
_BY_SHORT_ORG = re.compile(rf"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:(?:expert|professor|academician|one|person|researcher|"
                           rf"scientist|specialist|gentleman|lady|guy|man|woman)\s+(?:from|at|of)\s+(?P<org>{_SHORT_ORG})|"
                           rf"(?P<org2>{_SHORT_ORG})\s+(?:one|expert|professor|academician|person|researcher|scientist|"
                           rf"specialist|gentleman|lady|guy|man|woman))\b(?!\s+[A-Z])")


# the one pointed at by the place of their institution ("the one from Nanjing": 南京那位 — strangers were listed, rt114)
_BY_PLACE = re.compile(r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:expert|professor|academician|one|person|researcher|scientist|"
                       r"specialist|gentleman|lady|guy|man|woman)\s+(?:from|in|based\s+in)\s+(?P<place>%s)\b(?!\s+[A-Z])"
                       % "|".join(sorted((re.escape(p.title()) for p in PLACES_EN), key=len, reverse=True)))


# an organisation named as where the expert held a post or studied ("Was he president of Zhejiang University?", "Did
# he study at Yunnan University?"): not a premise about where he works now — a question for the biography
NOT_WORKPLACE_EN = re.compile(r"\b(?:president|vice[- ]president|dean|director|head|chair(?:man|woman)?|chancellor|rector|"
                              r"principal|professor|stud(?:y|ied)|graduated?|degrees?|ph\.?\s?d|doctorate|master'?s|"
                              r"bachelor'?s|postdoc(?:toral)?|students?|alumn\w*|educated|trained|taught)\s+(?:\w+\s+){0,2}?"
                              r"(?:of|at|from|in)\s+(?:the\s+)?$", re.IGNORECASE)


def _org_words(text: str, m: re.Match) -> str:
    """The Chinese words of an English organisation in a follow-up: the shown expert of that institution
    (「Zhengzhou University」的专家) when the turn points at one by it, a membership (是院士: "a member of the US National
    Academy of Engineering") after "member of", else a question about the institution (单位)."""
    if _BY_ORG.search(text, 0, m.start()):
        return f"{m.group().strip()}的专家"
    if (before := NOT_WORKPLACE_EN.search(text, 0, m.start())) is not None:  # where he studied or held a post:
        return "毕业" if _STUDIED.match(before.group()) else "职务"  # his biography
    return "是院士" if _MEMBER_OF.search(text, 0, m.start()) else "单位"


def english_reading(text: str) -> str | None:
    """The Chinese words an English follow-up amounts to ("What is his email?" → 他联系方式？), None for a turn that is
    not English or has too many words of its own to be a follow-up (a new problem)."""
    if not _WORD.search(text) or any(len(run) > 4 and not (_CJK_ORG.fullmatch(run) and _AT_ORG.search(text, 0, text.find(run)))
                                     and not _CJK_HONOUR.fullmatch(run) for run in _CJK_RUN.findall(text)):
        return None  # (a Chinese institution after "at": where he works, asked; "Exclude anyone from 燕山大学" is no follow-up)
    found: list[tuple[int, str]] = []
    # an institution written in Chinese ("He works at 湖南农业大学, right?"): read as an English one is (it made the turn
    # a new problem, answered in Chinese, rt53); a Chinese name (… the same institution as 钟南山?) stays as written
    rest = _CJK_ORG.sub(lambda m: found.append((m.start(), _org_words(text, m))) or " " * len(m.group())
                        if _AT_ORG.search(text, 0, m.start()) else m.group(), text)
    rest = _CJK_RUN.sub(lambda m: found.append((m.start(), m.group())) or " " * len(m.group()), rest)
    rest = _ORG_BEFORE_ONE.sub(lambda m: found.append((m.start(), f"{m.group('org').rstrip('.')}的专家"))
                               or " " * len(m.group()), rest)
    rest = _BY_SHORT_ORG.sub(lambda m: found.append((m.start(), f"{m.group('org') or m.group('org2')}的专家"))
                             or " " * len(m.group()), rest)
    rest = _BY_PLACE.sub(lambda m: found.append((m.start(), f"{PLACES_EN[m.group('place').lower()]}那位"))
                         or " " * len(m.group()), rest)
    rest = LATIN_ORG.sub(lambda m: found.append((m.start(), _org_words(rest, m))) or " " * len(m.group()), rest)
    for pattern, zh in _PHRASES:
        def read(m: re.Match, zh: str = zh) -> str:
            found.append((m.start(), _words_of(m, zh)))
            return " " * len(m.group())
        rest = pattern.sub(read, rest)
    own = [w for w in _WORD.findall(rest) if w.lower() not in _FUNCTION]
    said = {zh for _, zh in found}
    names = set(_CJK_RUN.findall(text))  # the shown experts it names (in_chinese_names wrote them in characters)
    if said == names and not own:  # "Tell me more about 李大鹏.": the one named
        return "".join(zh for _, zh in sorted(found, key=lambda f: f[0])) + ("？" if "?" in text else "")
    about_shown = bool(said & _REFERENCES) or bool(names) or any(zh.startswith("第") or zh.endswith(("的专家", "那位"))
                                                                 for zh in said) \
        or "哪位最适合" in said and _COMPARATIVE.search(text) is not None  # "Who is more suitable for X?": of those shown
    topic = about_shown and asked_topic(text) is not None  # Does he work on polymer processing?
    if about_shown and _ASKS_OF_HIM.match(text) and len(own) > MAX_OWN_WORDS and not topic and "收费" not in said:
        found.append((len(text), "主要成果"))  # "Did he develop China's first Li-ion battery?": his record and results
        topic = True
    if topic and "研究方向" not in said:
        found.append((len(text), "研究方向"))
        said.add("研究方向")
    if not (said - names) or \
            len(own) > MAX_OWN_WORDS and not (about_shown and said & _OPEN_QUESTIONS) and not topic \
            and not (about_shown and "收费" in said):  # "Can the first one visit our plant next week?": a visit
        return None  # words of its own make a new problem, unless it asks why or which of those shown fits it, or
        # whether they work on a topic
    places = sorted(found, key=lambda f: f[0])
    places = [p for i, p in enumerate(places) if not i or p[1] != places[i - 1][1]]  # (one phrase read twice: once)
    # a sentence break between two phrases stays one ("Drop the first
    # two. Who of the rest …?": 去掉第一位和第二位，他们谁…): what a drop leaves is asked about after it
    reading = "".join(("，" if i and _BREAK.search(rest, places[i - 1][0], start) else "") + zh
                      for i, (start, zh) in enumerate(places))
    return reading + ("？" if "?" in text else "")
