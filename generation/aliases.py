"""Word lists the claim extractor reads: organisation abbreviations, honours, titles, surnames (Chinese and pinyin).

Pure data, no logic: generation/claims.py turns these into patterns once per process.
"""

from __future__ import annotations

# Chinese surnames (compound, then single) and short names of universities and academies -> the full names the graph
# stores: kept beside the retrieval layer that reads them too
from retrieval.names import COMPOUND_SURNAMES, SURNAMES  # noqa: F401  (re-exported for generation/claims.py)
from retrieval.org_aliases import ORG_ALIASES  # noqa: F401  (re-exported for generation/claims.py)

# Words ending an organisation's name; the longest is tried first.
ORG_SUFFIXES: tuple[str, ...] = (
    "有限责任公司", "股份有限公司", "有限公司", "研究中心", "工程中心", "技术中心", "重点实验室", "实验室", "研究院",
    "研究所", "科学院", "工程院", "设计院", "大学", "学院", "医院", "公司", "集团", "总院", "中心", "协会", "学会",
    "基金会", "工厂", "银行", "大学堂", "分院", "监察所", "事务所",
)

# Latin-script organisations: word patterns (case-sensitive) and a few well-known names.
LATIN_ORG_WORDS: tuple[str, ...] = (
    "University", "Institute", "College", "Academy", "Laboratory", "Laboratories", "Lab", "Labs", "Inc", "Ltd",
    "Corp", "Corporation", "Company", "Co", "Group", "Hospital", "GmbH", "LLC", "AG", "Foundation", "School",
    "Department", "Faculty", "Center", "Centre", "Observatory",
)
LATIN_ORGS: frozenset[str] = frozenset(
    "MIT Caltech Stanford Harvard Berkeley Princeton Yale Oxford Cambridge ETH EPFL NUS NTU KAIST Tsinghua Peking "
    "PKU Zhejiang ZJU Fudan SJTU USTC HIT HUST CAS CAE NSFC IBM Google Microsoft Intel Huawei Tencent Alibaba Baidu "
    "ByteDance Siemens Bosch BASF DuPont Dow Toyota Tesla Apple Samsung Sony Nvidia NVIDIA Sinopec PetroChina BYD "
    "CATL Haier Midea Lenovo ZTE Xiaomi OpenAI DeepMind Meta Amazon Boeing Airbus GE Philips Hitachi Panasonic "
    "Mitsubishi Honda Nissan Volkswagen BMW Mercedes Audi Ford GM Shell BP Exxon NASA CERN MPI Fraunhofer".split()
)
# Latin capitals that are technical terms, not organisations or people.
LATIN_TERMS: frozenset[str] = frozenset(
    "AI CAD CAE CAM CNC PLC PID DOE SPC FMEA MES ERP PLM IoT IT OT QC QA AOI PCB LED LCD OLED CT MRI PCR DNA RNA "
    "PVC PP PE PET PA ABS PC PMMA PBT POM PEEK TPU EPDM HDPE LDPE CFRP GFRP SMT BGA CMP CVD PVD SEM TEM XRD FTIR "
    "HPLC GC MS NMR UV IR EMC EMI ADC DAC FPGA CPU GPU MCU SoC RF EV BMS HVAC VOC COD BOD PM ISO GB ASTM IEC API "
    "SCI EI FEA CFD MPa GPa kV kW MW Hz ppm RoHS OK OEM ODM KPI".split()
)

# Honours: key -> (phrases an answer uses, words one of which an expert's title or award must contain).
HONOURS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "杰青": (("国家杰出青年科学基金", "国家杰出青年基金", "国家杰出青年", "杰出青年科学基金", "杰出青年基金", "国家杰青",
             "杰青"), ("杰出青年",)),
    "优青": (("国家优秀青年科学基金", "国家优秀青年基金", "优秀青年科学基金", "国家优青", "优青"), ("优秀青年",)),
    "青年长江学者": (("青年长江学者",), ("青年长江学者",)),
    # the programme's two posts are not one another (a 讲座教授 is part-time, often abroad): each must be the record's
    "长江学者特聘教授": (("长江学者特聘教授", "长江特聘教授", "长江特聘"), ("长江学者特聘",)),
    "长江学者讲座教授": (("长江学者讲座教授", "长江讲座教授", "长江讲座"), ("长江学者讲座",)),
    "长江学者": (("长江学者奖励计划", "长江学者"), ("长江学者",)),
    "万人计划": (("国家高层次人才特殊支持计划", "国家万人计划", "万人计划", "特支计划"),
             ("万人计划", "特殊支持计划")),
    "千人计划": (("国家千人计划", "青年千人计划", "青年千人", "千人计划", "海外高层次人才引进计划"), ("千人计划", "海外高层次人才")),
    "特殊津贴": (("国务院政府特殊津贴", "国务院特殊津贴", "政府特殊津贴", "国务院特贴", "政府特贴", "特殊津贴"), ("特殊津贴",)),
    # umbrella words for several programmes: the record names a programme, never the umbrella
    "四青": (("四青人才", "四青", "国家级青年人才", "国家级人才", "国家级领军人才"), ("四青",)),
    "百人计划": (("中国科学院百人计划", "中科院百人计划", "百人计划"), ("百人计划",)),
    "新世纪优秀人才": (("新世纪优秀人才支持计划", "新世纪优秀人才"), ("新世纪优秀人才",)),
    "百千万人才": (("百千万人才工程国家级人选", "百千万人才工程", "百千万人才"), ("百千万人才",)),
    "青年拔尖人才": (("青年拔尖人才",), ("青年拔尖",)),
    "教学名师": (("国家级教学名师", "国家教学名师", "教学名师"), ("教学名师",)),
    "首席科学家": (("973首席科学家", "973计划首席科学家", "首席科学家"), ("首席科学家",)),
    "创新领军人才": (("科技创新领军人才", "创新领军人才", "领军人才"), ("领军人才",)),
    "泰山学者": (("泰山学者",), ("泰山学者",)),
    "珠江学者": (("珠江学者",), ("珠江学者",)),
    "黄大年": (("黄大年",), ("黄大年",)),
}
# A Latin "... Fellow" (IEEE Fellow, ASME Fellow): supported only by an award naming that society's fellowship.
FELLOW_WORDS: tuple[str, ...] = ("Fellow", "FELLOW", "fellow", "会士")

# Academies and what their membership requires of the expert's title or awards.
ACADEMY_PREFIXES: dict[str, tuple[str, ...]] = {
    "两院": ("中国科学院院士", "中国工程院院士"),
    "中国科学院": ("中国科学院院士",), "中科院": ("中国科学院院士",), "科学院": ("中国科学院院士",),
    "中国工程院": ("中国工程院院士",), "工程院": ("中国工程院院士",),
    "": ("院士",),
}

# Professional titles (职称) as the graph stores them, longest first, and honorifics that are not claims.
TITLES: tuple[str, ...] = (
    "教授级高级工程师", "正高级工程师", "副主任医师", "主任医师", "副研究员", "研究员", "副教授", "教授", "高级工程师",
    "高工", "讲师", "助理研究员", "工程师", "博士生导师", "博导", "博士后", "博士",
)
# Title said -> titles in the graph that make it true.
TITLE_EQUIVALENTS: dict[str, tuple[str, ...]] = {
    "正高级工程师": ("教授级高级工程师", "正高级工程师"),
    "高工": ("高级工程师", "教授级高级工程师", "正高级工程师"),
    "工程师": ("高级工程师", "教授级高级工程师", "工程师"),
    "研究员": ("研究员",),
    "教授": ("教授",),
}
HONORIFICS: tuple[str, ...] = ("老师", "先生", "女士", "专家", "团队", "课题组", "老", "总", "院长", "所长", "主任",
                               "校长", "书记", "处长", "院士")

# Surnames that are also everyday words: a name with one of these needs a title or a name context to count.
AMBIGUOUS_SURNAMES: str = "于和向时万应全成明文高方石金白常康易乔路连关车党米管宁甘华安齐尚包曲谷农司古吉项单解" \
                          "师商沙荣容仲查迟江龙雷黎毛牛温钱苗游景宫冷席全燕"

# Pinyin surnames, for Latin-script names such as "Zhang Wei" or "Prof. Li".
PINYIN_SURNAMES: frozenset[str] = frozenset(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han "
    "feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao zhong cui "
    "tan fan liao shi jin jia xia fu fang zou xiong bai meng qin qiu hou yin xue yan duan lei long tao mao hao gu gong "
    "shao wan qian dai kong xiang chang kang yi qiao lai wen niu ge zhang yin mo qin pang ni ouyang shangguan sima "
    "zhuge lv lyu kwok chan cheung wong lee chow ng ho tsang leung lam".split()
)
# Words before a Latin-script person's name.
LATIN_PERSON_TITLES: tuple[str, ...] = ("Prof.", "Prof", "Professor", "Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Ms.", "Ms",
                                        "Miss", "Sir", "Academician")

# Words that refer back to an expert named earlier.
PRONOUNS: tuple[str, ...] = (
    "这位专家", "该专家", "这位教授", "该教授", "这位研究员", "该研究员", "这位院士", "该院士", "这位学者", "该学者",
    "此人", "他", "她", "其", "这位", "该位", "此位",
    # what an expert did, named by reference ("此外，该奖项是在2020年颁发的"): a claim about it is one about them
    "该奖项", "此奖项", "这一奖项", "这个奖项", "该项成果", "该成果", "这项成果", "这一成果", "其成果", "该获奖项目", "该项目",
    "该技术体系", "该技术", "这项技术", "此项技术", "这一技术", "该方法", "这一方法", "此方法", "该工艺", "这项工艺", "该系统",
    "该装置", "该产品", "该测压方法",
)
# The same in English: short names that can only mean the university (not Wuhan, Zhejiang: cities and provinces too).
ORG_ALIASES_EN: dict[str, str] = {
    "Tsinghua": "Tsinghua University", "Peking": "Peking University", "PKU": "Peking University",
    "Fudan": "Fudan University", "Nankai": "Nankai University", "Tongji": "Tongji University",
    "Beihang": "Beihang University", "Sun Yat-sen": "Sun Yat-sen University", "SYSU": "Sun Yat-sen University",
    "SJTU": "Shanghai Jiao Tong University", "ZJU": "Zhejiang University", "USTC": "University of Science and "
    "Technology of China", "HUST": "Huazhong University of Science and Technology", "HIT": "Harbin Institute of "
    "Technology", "XJTU": "Xi'an Jiaotong University", "BUAA": "Beihang University",
}
