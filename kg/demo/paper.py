"""The five experts the Expert-ChatGLM paper (Chen et al., 2024, 智能计算机与应用 14(10)) shows, always the first
five demo records so that the paper's examples can be replayed.

The paper's own text could not be retrieved, so these records are reconstructed:
- 王振义 and 吕建 (real academicians) carry public facts: 王振义 — internal-medicine haematologist, CAE academician,
  Ruijin Hospital, a founder of thrombosis-and-haemostasis research in China, ATRA induced-differentiation therapy
  of APL; 国家最高科学技术奖 2010, 未来科学大奖生命科学奖 2020, 共和国勋章 2024. 吕建 — Nanjing University, CAS
  academician, software methodology / Internetware; 国家科学技术进步奖二等奖, 教育部自然科学奖一等奖, 教育部技术发明奖
  一等奖, 何梁何利基金科学与技术进步奖 (years not found, so left null).
- 赵卫东, 李建国 and 陈红 are plausible profiles (institution, title, directions, awards and years are illustrative).
"""

from __future__ import annotations

import copy
from typing import Any

_PAPER_EXPERTS: tuple[dict[str, Any], ...] = (
    {
        "id": "paper-1",
        "name": "赵卫东",
        "institution": "复旦大学",
        "title": "副教授",
        "fields": ["计算机科学与技术"],
        "directions": [
            {"name": "数据挖掘与知识发现", "field": "计算机科学与技术"},
            {"name": "机器学习", "field": "计算机科学与技术"},
            {"name": "工业大数据与智能制造", "field": "计算机科学与技术"},
        ],
        "awards": [],
        "bio": "赵卫东，复旦大学副教授。长期从事数据挖掘与知识发现、机器学习和工业大数据与智能制造研究，"
               "关注商务智能、用户画像以及制造过程中的质量预测、设备数据分析和生产优化等问题。",
        "source": "demo",
    },
    {
        "id": "paper-2",
        "name": "李建国",
        "institution": "中国农业大学",
        "title": "教授",
        "fields": ["兽医学"],
        "directions": [
            {"name": "猪病毒性传染病", "field": "兽医学"},
            {"name": "兽用疫苗研制", "field": "兽医学"},
            {"name": "动物疫病诊断技术", "field": "兽医学"},
        ],
        "awards": [{"name": "中华农业科技奖一等奖", "year": 2016}],
        "bio": "李建国，中国农业大学教授，博士生导师。长期从事猪病毒性传染病、兽用疫苗研制和动物疫病诊断技术研究，"
               "在非洲猪瘟、猪繁殖与呼吸综合征防控以及基因工程疫苗、诊断试剂盒研发方面取得系统性成果。"
               "曾获中华农业科技奖一等奖。",
        "source": "demo",
    },
    {
        "id": "paper-3",
        "name": "王振义",
        "institution": "上海交通大学医学院附属瑞金医院",
        "title": "中国工程院院士",
        "fields": ["临床医学"],
        "directions": [
            {"name": "白血病诱导分化治疗", "field": "临床医学"},
            {"name": "血栓与止血", "field": "临床医学"},
        ],
        "awards": [
            {"name": "国家最高科学技术奖", "year": 2010},
            {"name": "未来科学大奖生命科学奖", "year": 2020},
            {"name": "共和国勋章", "year": 2024},
        ],
        "bio": "王振义，内科血液学专家，中国工程院院士，上海交通大学医学院附属瑞金医院终身教授。"
               "长期从事白血病诱导分化治疗和血栓与止血研究，是我国血栓与止血专业的开创者之一，"
               "率先应用全反式维甲酸诱导分化治疗急性早幼粒细胞白血病，被誉为“癌症诱导分化之父”。"
               "曾获国家最高科学技术奖、未来科学大奖生命科学奖和共和国勋章。",
        "source": "demo",
    },
    {
        "id": "paper-4",
        "name": "陈红",
        "institution": "华东理工大学",
        "title": "教授",
        "fields": ["材料科学与工程", "化学工程与技术"],
        "directions": [
            {"name": "高分子材料改性", "field": "材料科学与工程"},
            {"name": "功能涂层与表面工程", "field": "材料科学与工程"},
            {"name": "聚合反应工程", "field": "化学工程与技术"},
        ],
        "awards": [{"name": "教育部科学技术进步奖一等奖", "year": 2016}],
        "bio": "陈红，华东理工大学教授，博士生导师。主要研究方向为高分子材料改性、功能涂层与表面工程和聚合反应工程，"
               "围绕增韧改性、阻燃改性、涂层结合力和聚合工艺放大等企业关心的问题开展了深入研究。"
               "曾获教育部科学技术进步奖一等奖。",
        "source": "demo",
    },
    {
        "id": "paper-5",
        "name": "吕建",
        "institution": "南京大学",
        "title": "中国科学院院士",
        "fields": ["计算机科学与技术"],
        "directions": [
            {"name": "软件方法学", "field": "计算机科学与技术"},
            {"name": "网构软件", "field": "计算机科学与技术"},
            {"name": "软件自适应", "field": "计算机科学与技术"},
        ],
        "awards": [
            {"name": "国家科学技术进步奖二等奖", "year": None},
            {"name": "教育部自然科学奖一等奖", "year": None},
            {"name": "教育部技术发明奖一等奖", "year": None},
            {"name": "何梁何利基金科学与技术进步奖", "year": None},
        ],
        "bio": "吕建，南京大学教授，中国科学院院士。长期从事软件方法学、网构软件和软件自适应研究，"
               "在软件基础理论与方法、网构软件方法学及新型软件平台等方面取得系统性研究成果。"
               "曾获国家科学技术进步奖二等奖、教育部自然科学奖一等奖、教育部技术发明奖一等奖和何梁何利基金科学与技术进步奖。",
        "source": "demo",
    },
)


def paper_experts() -> list[dict[str, Any]]:
    """Fresh copies of the paper's five expert records, in order (paper-1 .. paper-5)."""
    return copy.deepcopy(list(_PAPER_EXPERTS))
