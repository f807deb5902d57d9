"""Sample workspaces for first-run demos, screenshots, manual tests and benchmarks.

A sample must look like eighteen months of a real team's work so that every
view (funnel conversion, time in stage, org maps, protection expiry, payment
warnings) has something to show on first launch. It is generated, not shipped
as a file, because its dates must be relative to the day it is made: a stored
sample would age until every deal looked overdue. A seeded generator keeps
screenshots, tests and benchmarks repeatable.

The story follows the method: deals move P1..P7 with stage history, exit
criteria are ticked for the stages a deal left (unless a manager forced the
move, which records what was unmet), the five elements are verified before P4,
tendered deals name their evaluators, and a won deal's first instalment is at
least 30% of the contract value.

Rows go in through Core ``executemany`` inside one transaction, with ids assigned
here so that rows can reference each other without a round trip per row; the
ORM unit of work is tens of times slower for bulk writes (ARCHITECTURE.md).
On SQLite the values are pre-rendered as SQLAlchemy would store them, which
keeps the 2,000-account benchmark sample well under a minute; on PostgreSQL they
go in by ``COPY``, the row triggers skipped where the role may, and the id
sequences are moved past the ids chosen here (:func:`_advance_sequences`).

The rows are written as they are made, a batch at a time (every
``_FLUSH_ROWS`` rows, between accounts, and after each step), not held until
the end: holding all 1.2 million rows of the large sample made the process
peak at 770-900 MB. A batch writes its tables parents first, so every
reference is to a row written in that batch or an earlier one. The only rows
a later step still changes (the first history entry of a deal that a lead may
turn out to have started) are held back and written last.
"""

from __future__ import annotations

import json
import math
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as dtime
from operator import itemgetter
from typing import Any, Literal, TypeVar

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    DateTime,
    Engine,
    Integer,
    Table,
    func,
    insert,
    select,
)

import model.entities  # noqa: F401  (registers every table on Base.metadata)
from model.base import Base
from model.errors import InvalidValue

Lang = Literal["zh", "en"]
Row = dict[str, Any]
Pair = tuple[str, str]  # (Chinese, English): one place per text keeps both complete
_T = TypeVar("_T")

HISTORY_DAYS = 540
"""Eighteen months of stage history: enough for seasonal conversion and time-in-stage."""

FIRST_PAYMENT_MIN = 0.30  # P7.RULE.FIRST_PAYMENT_MIN
_CHUNK = 10_000
_FLUSH_ROWS = 20_000
"""Rows made before a batch goes to the database (with a ``sink``)."""

# Parents before children, so that every reference exists when its row goes in.
_TABLE_ORDER: tuple[str, ...] = (
    "team_members",
    "targets",
    "competitors",
    "accounts",
    "territories",
    "departments",
    "people",
    "people_private",
    "influences",
    "deals",
    "deal_competitors",
    "deal_roles",
    "five_elements",
    "exit_checks",
    "stage_changes",
    "tasks",
    "instalments",
    "payments",
    "activities",
    "activity_members",
    "activity_people",
    "relationships",
    "leads",
    "segments",
)


@dataclass(frozen=True)
class SampleStats:
    accounts: int
    people: int
    deals: int
    leads: int
    activities: int
    seconds: float


@dataclass(frozen=True)
class _Plan:
    """How much to generate; "small" is hand-shaped, the rest is drawn at random."""

    accounts: int
    people: int
    deals: int
    leads: int
    managers: int
    reps_per_manager: int
    presales_per_manager: int
    curated: bool
    max_activities_per_stage: int


def _plan(size: str, factor: float = 1.0) -> _Plan:
    """Counts for a size; ``factor`` shrinks "large" so tests can run its code path."""
    if size == "small":
        return _Plan(
            accounts=len(_CURATED),
            people=sum(a.people for a in _CURATED),
            deals=len(_SMALL_FINALS),
            leads=50,
            managers=2,
            reps_per_manager=2,
            presales_per_manager=1,
            curated=True,
            max_activities_per_stage=3,
        )
    if size == "large":
        accounts = max(4, round(2_000 * factor))
        return _Plan(
            accounts=accounts,
            people=max(10 * accounts, round(50_000 * factor)),
            deals=max(10, round(20_000 * factor)),
            leads=max(40, round(12_000 * factor)),
            managers=max(2, round(8 * factor)),
            reps_per_manager=6,
            presales_per_manager=2,
            curated=False,
            max_activities_per_stage=1,
        )
    raise InvalidValue(
        "Unknown sample size {size!r}; use 'small' or 'large'.", field="size", size=size
    )


# ---------------------------------------------------------------------------
# Vocabulary. Every text is a (zh, en) pair.
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Region:
    path: Pair
    city: Pair
    territory: Pair


_EAST = ("华东区", "East China")
_NORTH = ("华北区", "North China")
_SOUTH = ("华南区", "South China")
_CENTRAL = ("华中区", "Central China")
_SW = ("西南区", "Southwest China")

_REGIONS: tuple[_Region, ...] = (
    _Region(("中国/华东/上海/浦东新区", "China/East/Shanghai/Pudong"), ("上海", "Shanghai"), _EAST),
    _Region(("中国/华东/上海/黄浦区", "China/East/Shanghai/Huangpu"), ("上海", "Shanghai"), _EAST),
    _Region(
        ("中国/华东/江苏/南京/鼓楼区", "China/East/Jiangsu/Nanjing/Gulou"),
        ("南京", "Nanjing"),
        _EAST,
    ),
    _Region(
        ("中国/华东/江苏/苏州/工业园区", "China/East/Jiangsu/Suzhou/Industrial Park"),
        ("苏州", "Suzhou"),
        _EAST,
    ),
    _Region(
        ("中国/华东/浙江/杭州/西湖区", "China/East/Zhejiang/Hangzhou/Xihu"),
        ("杭州", "Hangzhou"),
        _EAST,
    ),
    _Region(
        ("中国/华东/浙江/宁波/北仑区", "China/East/Zhejiang/Ningbo/Beilun"),
        ("宁波", "Ningbo"),
        _EAST,
    ),
    _Region(
        ("中国/华东/山东/青岛/黄岛区", "China/East/Shandong/Qingdao/Huangdao"),
        ("青岛", "Qingdao"),
        _EAST,
    ),
    _Region(("中国/华北/北京/海淀区", "China/North/Beijing/Haidian"), ("北京", "Beijing"), _NORTH),
    _Region(("中国/华北/北京/朝阳区", "China/North/Beijing/Chaoyang"), ("北京", "Beijing"), _NORTH),
    _Region(("中国/华北/天津/滨海新区", "China/North/Tianjin/Binhai"), ("天津", "Tianjin"), _NORTH),
    _Region(
        ("中国/华南/广东/深圳/福田区", "China/South/Guangdong/Shenzhen/Futian"),
        ("深圳", "Shenzhen"),
        _SOUTH,
    ),
    _Region(
        ("中国/华南/广东/广州/天河区", "China/South/Guangdong/Guangzhou/Tianhe"),
        ("广州", "Guangzhou"),
        _SOUTH,
    ),
    _Region(
        ("中国/华中/湖北/武汉/东西湖区", "China/Central/Hubei/Wuhan/Dongxihu"),
        ("武汉", "Wuhan"),
        _CENTRAL,
    ),
    _Region(
        ("中国/华中/湖南/长沙/岳麓区", "China/Central/Hunan/Changsha/Yuelu"),
        ("长沙", "Changsha"),
        _CENTRAL,
    ),
    _Region(
        ("中国/西南/四川/成都/高新区", "China/Southwest/Sichuan/Chengdu/Hi-tech Zone"),
        ("成都", "Chengdu"),
        _SW,
    ),
    _Region(
        ("中国/西南/重庆/渝北区", "China/Southwest/Chongqing/Yubei"), ("重庆", "Chongqing"), _SW
    ),
    _Region(
        ("中国/西北/陕西/西安/雁塔区", "China/Northwest/Shaanxi/Xi'an/Yanta"),
        ("西安", "Xi'an"),
        ("西北区", "Northwest China"),
    ),
    _Region(
        ("中国/东北/辽宁/沈阳/浑南区", "China/Northeast/Liaoning/Shenyang/Hunnan"),
        ("沈阳", "Shenyang"),
        ("东北区", "Northeast China"),
    ),
)


@dataclass(frozen=True)
class _Industry:
    key: str
    name: Pair
    chain: Pair
    business: Pair
    markets: Pair
    it: Pair
    needs: Pair
    user_depts: tuple[Pair, Pair]
    top: Pair
    deputy: Pair
    projects: tuple[Pair, ...]
    words: tuple[Pair, ...]
    institution: bool = False  # hospitals, schools, agencies: no legal-form suffix


_INDUSTRIES: tuple[_Industry, ...] = (
    _Industry(
        "energy",
        ("能源", "Energy"),
        (
            "电力输配环节，上游为发电集团，下游为工商业及居民用户",
            "Transmission and distribution: buys from generators, serves industry and households",
        ),
        ("区域电网的建设、运行与电力销售", "Building and running the regional grid; selling power"),
        ("区域内工商业与居民用户", "Industrial, commercial and household users in the region"),
        (
            "自建数据中心；调度系统国产化改造进行中，多套业务系统数据不通",
            "Own data centres; dispatch moving to domestic platforms; systems do not share data",
        ),
        (
            "新能源并网后的调度可视化、设备运维数字化、数据安全合规",
            "Dispatch visibility with renewables, digital maintenance, data-security compliance",
        ),
        (("调度控制中心", "Dispatch Control Center"), ("运维检修部", "Operations & Maintenance")),
        ("总经理", "General Manager"),
        ("副总经理", "Deputy General Manager"),
        (
            ("调度数据平台", "Dispatch data platform"),
            ("变电站资产管理系统", "Substation asset management"),
            ("智能电表数据分析", "Smart-meter analytics"),
            ("电网GIS升级", "Grid GIS upgrade"),
            ("网络安全等级保护改造", "Cyber-security compliance upgrade"),
        ),
        (("电力", "Power"), ("能源", "Energy"), ("供电", "Power Supply")),
    ),
    _Industry(
        "healthcare",
        ("医疗卫生", "Healthcare"),
        (
            "医疗服务终端，上游为药品耗材与医疗设备供应商",
            "Care delivery; upstream are drug, consumable and device suppliers",
        ),
        ("综合医疗、教学与科研", "General care, teaching and research"),
        (
            "本省及周边省份患者，年门急诊约400万人次",
            "Patients from the province; ~4M visits a year",
        ),
        (
            "HIS、LIS、PACS来自不同厂商，正在推进电子病历评级",
            "HIS, LIS and PACS from different vendors; working toward a higher EMR rating",
        ),
        (
            "互联互通评级、临床数据中心、医保控费",
            "Interoperability rating, a clinical data centre, insurance cost control",
        ),
        (("医务处", "Medical Affairs"), ("门诊部", "Outpatient Department")),
        ("院长", "President"),
        ("副院长", "Vice President"),
        (
            ("临床数据中心", "Clinical data centre"),
            ("医院信息系统升级", "Hospital information system upgrade"),
            ("影像归档系统", "Imaging archive (PACS)"),
            ("互联网医院平台", "Online hospital platform"),
        ),
        (("人民医院", "People's Hospital"), ("中心医院", "Central Hospital")),
        institution=True,
    ),
    _Industry(
        "manufacturing",
        ("制造业", "Manufacturing"),
        (
            "汽车零部件二级供应商，上游为钢材与电子元器件，下游为整车厂",
            "Tier-2 automotive supplier: buys steel and electronics, sells to car makers",
        ),
        ("精密零部件的设计与制造", "Design and manufacture of precision parts"),
        ("国内外整车厂，出口约占40%", "Car makers at home and abroad; about 40% exported"),
        (
            "ERP由总部统一部署；车间仍以纸质工单为主",
            "ERP rolled out by headquarters; the shop floor still runs on paper work orders",
        ),
        (
            "车间数字化、质量追溯、降低能耗",
            "Shop-floor digitalisation, quality traceability, lower energy use",
        ),
        (("生产制造部", "Production"), ("质量管理部", "Quality Management")),
        ("总经理", "General Manager"),
        ("副总经理", "Deputy General Manager"),
        (
            ("MES制造执行系统", "MES rollout"),
            ("质量追溯平台", "Quality traceability platform"),
            ("设备预测性维护", "Predictive maintenance"),
            ("能耗管理系统", "Energy management system"),
        ),
        (
            ("精密制造", "Precision Manufacturing"),
            ("机械", "Machinery"),
            ("汽车部件", "Auto Parts"),
        ),
    ),
    _Industry(
        "finance",
        ("金融", "Finance"),
        ("商业银行，服务企业与零售客户", "Commercial bank serving companies and households"),
        ("公司金融、零售金融与金融市场业务", "Corporate, retail and markets banking"),
        ("区域内企业与个人客户", "Companies and households in the region"),
        (
            "核心系统自研，数据仓库老旧，监管报送压力大",
            "In-house core system, ageing data warehouse, heavy regulatory reporting",
        ),
        (
            "监管报送自动化、反欺诈、数据治理",
            "Automated regulatory reporting, anti-fraud, data governance",
        ),
        (("零售银行部", "Retail Banking"), ("运营管理部", "Operations")),
        ("行长", "President"),
        ("副行长", "Vice President"),
        (
            ("监管报送平台", "Regulatory reporting platform"),
            ("反欺诈系统", "Anti-fraud system"),
            ("数据仓库重构", "Data warehouse rebuild"),
            ("网点终端更新", "Branch terminal refresh"),
        ),
        (("银行", "Bank"), ("金融", "Financial"), ("信托", "Trust")),
    ),
    _Industry(
        "it",
        ("信息技术", "IT"),
        (
            "行业软件开发商，向集成商和最终用户提供产品",
            "Industry software vendor selling to integrators and end users",
        ),
        ("企业管理软件与云服务", "Business software and cloud services"),
        ("制造与零售行业中型企业", "Mid-sized manufacturers and retailers"),
        (
            "研发环境分散，测试资源紧张，正在上云",
            "Scattered development environments, short of test capacity, moving to the cloud",
        ),
        (
            "研发效能、可嵌入的OEM组件",
            "Engineering productivity and embeddable OEM components",
        ),
        (("研发中心", "R&D Center"), ("交付服务部", "Delivery Services")),
        ("总裁", "CEO"),
        ("副总裁", "Vice President"),
        (
            ("研发平台许可", "Development platform licences"),
            ("云迁移服务", "Cloud migration services"),
            ("OEM组件授权", "OEM component licence"),
            ("测试自动化", "Test automation"),
        ),
        (("软件", "Software"), ("信息", "Information"), ("数据", "Data")),
    ),
    _Industry(
        "education",
        ("教育", "Education"),
        ("高等教育机构，经费来自财政拨款与学费", "University funded by the state budget and fees"),
        ("本专科教育、科研与社会服务", "Teaching, research and public service"),
        ("面向全国招生，在校生约2万人", "Students from every province; about 20,000 enrolled"),
        (
            "校园网完整，但各学院系统各自建设",
            "Full campus network, but each school built its own systems",
        ),
        (
            "智慧校园统一门户、教学资源平台、数据中台",
            "One smart-campus portal, a teaching resource platform, a shared data layer",
        ),
        (("教务处", "Academic Affairs"), ("学生工作处", "Student Affairs")),
        ("校长", "President"),
        ("副校长", "Vice President"),
        (
            ("智慧校园", "Smart campus"),
            ("教学资源平台", "Teaching resource platform"),
            ("校级数据中台", "Campus data platform"),
            ("一卡通升级", "Campus card upgrade"),
        ),
        (("职业技术学院", "Polytechnic"), ("学院", "College")),
        institution=True,
    ),
    _Industry(
        "logistics",
        ("物流", "Logistics"),
        (
            "第三方物流，连接制造企业与零售渠道",
            "Third-party logistics between factories and retail",
        ),
        ("仓储、干线运输与城市配送", "Warehousing, line haul and city delivery"),
        ("华中及长江沿线制造与零售客户", "Manufacturers and retailers along the Yangtze"),
        (
            "TMS自研，WMS多版本并存，车辆数据未打通",
            "In-house TMS, several WMS versions side by side, vehicle data not connected",
        ),
        (
            "仓储自动化、车队可视化、降低空驶率",
            "Warehouse automation, fleet visibility, fewer empty runs",
        ),
        (("仓储运营部", "Warehouse Operations"), ("运输调度中心", "Transport Dispatch Center")),
        ("总经理", "General Manager"),
        ("副总经理", "Deputy General Manager"),
        (
            ("仓储管理系统", "Warehouse management system"),
            ("车队车联网", "Fleet telematics"),
            ("运输管理系统升级", "Transport management upgrade"),
            ("园区无人叉车", "Automated forklifts"),
        ),
        (("物流", "Logistics"), ("供应链", "Supply Chain"), ("运输", "Transport")),
    ),
    _Industry(
        "telecom",
        ("通信", "Telecom"),
        ("通信运营商省级分公司", "Provincial branch of a telecom operator"),
        ("移动、宽带与政企专线业务", "Mobile, broadband and enterprise lines"),
        ("全省个人与政企客户", "Consumers and enterprises across the province"),
        (
            "网管系统多代并存，运维自动化程度低",
            "Several generations of network tools; little automation",
        ),
        ("运维自动化、政企业务快速开通", "Automated operations, faster enterprise provisioning"),
        (("网络运维中心", "Network Operations Center"), ("政企客户部", "Enterprise Customers")),
        ("总经理", "General Manager"),
        ("副总经理", "Deputy General Manager"),
        (
            ("网络运维平台", "Network operations platform"),
            ("政企业务支撑系统", "Enterprise service support system"),
        ),
        (("通信", "Telecom"), ("网络", "Networks")),
    ),
    _Industry(
        "retail",
        ("零售", "Retail"),
        ("连锁零售，上游为品牌商与经销商", "Retail chain buying from brands and distributors"),
        ("百货、超市与线上商城", "Department stores, supermarkets and online shop"),
        ("省内城市消费者", "Shoppers in the province's cities"),
        ("门店系统老旧，会员数据分散", "Old store systems; loyalty data scattered"),
        ("全渠道会员、门店数字化", "Omnichannel loyalty, digital stores"),
        (("门店运营部", "Store Operations"), ("电商事业部", "E-commerce")),
        ("总经理", "General Manager"),
        ("副总经理", "Deputy General Manager"),
        (
            ("全渠道会员系统", "Omnichannel loyalty system"),
            ("门店数字化", "Store digitalisation"),
        ),
        (("商贸", "Trading"), ("百货", "Department Stores"), ("连锁", "Retail")),
    ),
    _Industry(
        "government",
        ("政府与公共事业", "Government & Utilities"),
        ("城市公用事业，财政与收费双重资金来源", "City utility funded by budget and fees"),
        ("供水、排水与城市运行服务", "Water supply, drainage and city services"),
        ("全市居民与企业", "Residents and businesses of the city"),
        ("各业务处室系统独立建设", "Each division built its own systems"),
        (
            "城市运行一网统管、政务服务一网通办",
            "One city operations view, one-stop public services",
        ),
        (("业务处", "Operations Division"), ("政务服务中心", "Public Service Center")),
        ("局长", "Director General"),
        ("副局长", "Deputy Director General"),
        (
            ("政务服务平台", "Public service platform"),
            ("城市运行监测", "City operations monitoring"),
        ),
        (("水务", "Water"), ("城投", "Urban Investment"), ("公用事业", "Utilities")),
    ),
)
_IND = {ind.key: ind for ind in _INDUSTRIES}


@dataclass(frozen=True)
class _AccountSpec:
    name: Pair
    nature: str
    industry: str
    region: int
    scale: str
    people: int
    domain: str
    capital: Pair
    stage: Pair
    channel: str = "direct"
    partner_kind: str | None = None
    partner_name: Pair = ("", "")
    parent: int | None = None
    deals: int = 5


_PUBLIC_CAPITAL = ("事业单位（无注册资本）", "Public institution (no registered capital)")
_MATURE = ("成熟期", "Mature")
_GROWTH = ("快速扩张期", "Expansion")
_TRANSFORM = ("转型期", "Transformation")

_CURATED: tuple[_AccountSpec, ...] = (
    _AccountSpec(
        ("华东电网有限公司", "East China Grid Co., Ltd."),
        "state", "energy", 0, "xl", 32, "ecgrid.com.cn",
        ("320亿元人民币", "CNY 32 billion"), _TRANSFORM, deals=11,
    ),
    _AccountSpec(
        ("上海市区供电公司", "Shanghai Urban Power Supply Co."),
        "state", "energy", 1, "large", 14, "shupower.com.cn",
        ("45亿元人民币", "CNY 4.5 billion"), _MATURE, parent=0, deals=7,
    ),
    _AccountSpec(
        ("江苏省第一人民医院", "Jiangsu Provincial No. 1 People's Hospital"),
        "public", "healthcare", 2, "large", 18, "jsph1.org.cn",
        _PUBLIC_CAPITAL, _MATURE, deals=7,
    ),
    _AccountSpec(
        ("美瑞精密制造（苏州）有限公司", "Meridian Precision Manufacturing (Suzhou) Co., Ltd."),
        "foreign", "manufacturing", 3, "large", 20, "meridian-precision.com",
        ("8000万美元", "USD 80 million"), _GROWTH, deals=7,
    ),
    _AccountSpec(
        ("鹏海商业银行股份有限公司", "Penghai Commercial Bank Co., Ltd."),
        "private", "finance", 10, "xl", 20, "penghaibank.com",
        ("120亿元人民币", "CNY 12 billion"), _TRANSFORM, deals=11,
    ),
    _AccountSpec(
        ("云峰软件股份有限公司", "Cloudpeak Software Co., Ltd."),
        "private", "it", 7, "small", 12, "cloudpeak.cn",
        ("5000万元人民币", "CNY 50 million"), _GROWTH, deals=4,
    ),
    _AccountSpec(
        ("长江物流集团有限公司", "Changjiang Logistics Group Co., Ltd."),
        "private", "logistics", 12, "large", 16, "cjlogistics.com.cn",
        ("15亿元人民币", "CNY 1.5 billion"), _GROWTH,
        channel="partner", partner_kind="service",
        partner_name=("楚天信息系统集成有限公司", "Chutian Systems Integration Co., Ltd."), deals=7,
    ),
    _AccountSpec(
        ("杭州湖滨职业技术学院", "Hangzhou Lakeside Polytechnic"),
        "public", "education", 4, "medium", 12, "hzlakeside.edu.cn",
        _PUBLIC_CAPITAL, _MATURE,
        channel="partner", partner_kind="relation",
        partner_name=("西湖教育咨询有限公司", "West Lake Education Consulting Co., Ltd."), deals=5,
    ),
    _AccountSpec(
        ("辽河重型装备股份有限公司", "Liaohe Heavy Equipment Co., Ltd."),
        "state", "manufacturing", 17, "medium", 15, "liaohe-heavy.com.cn",
        ("28亿元人民币", "CNY 2.8 billion"), _TRANSFORM,
        channel="partner", partner_kind="oem",
        partner_name=("瀚辰智能装备有限公司", "Hanchen Intelligent Equipment Co., Ltd."), deals=5,
    ),
)  # fmt: skip

# Final (stage, status, flag) of each small-sample deal: every stage has open deals,
# and the flags plant the situations the method warns about.
_SMALL_FINALS: tuple[tuple[int, str, str], ...] = (
    *[(1, "open", "")] * 3,
    *[(2, "open", "")] * 7,
    (3, "open", "stale"),
    *[(3, "open", "")] * 7,
    *[(4, "open", "")] * 7,
    *[(5, "open", "")] * 6,
    *[(6, "open", "")] * 4,
    (7, "open", "low_first"),
    *[(7, "open", "")] * 3,
    (7, "won", "anchor"),
    *[(7, "won", "")] * 12,
    (2, "lost", ""),
    *[(3, "lost", "")] * 2,
    *[(4, "lost", "")] * 2,
    *[(5, "lost", "")] * 2,
    (6, "lost", ""),
    (2, "shelved", ""),
    (3, "shelved", ""),
    (4, "shelved", ""),
    (7, "shelved", "signed_unpaid"),
)

_BRANDS: tuple[Pair, ...] = (
    ("恒泰", "Hengtai"), ("金龙", "Jinlong"), ("华衍", "Huayan"), ("瑞丰", "Ruifeng"),
    ("宏达", "Hongda"), ("天成", "Tiancheng"), ("鑫源", "Xinyuan"), ("中衡", "Zhongheng"),
    ("远拓", "Yuantuo"), ("海川", "Haichuan"), ("新纪元", "Xinjiyuan"), ("长岳", "Changyue"),
    ("东曜", "Dongyao"), ("嘉禾", "Jiahe"), ("永盛", "Yongsheng"), ("同创", "Tongchuang"),
    ("安泰", "Antai"), ("泰和", "Taihe"), ("博远", "Boyuan"), ("汇通", "Huitong"),
    ("万融", "Wanrong"), ("华晟", "Huasheng"), ("明辉", "Minghui"), ("宇恒", "Yuheng"),
    ("启明", "Qiming"), ("润达", "Runda"), ("信诚", "Xincheng"), ("德隆", "Delong"),
)  # fmt: skip
_FORMS: tuple[Pair, ...] = (
    ("有限公司", "Co., Ltd."),
    ("集团有限公司", "Group Co., Ltd."),
    ("股份有限公司", "Corporation"),
)

_COMPETITORS: tuple[tuple[Pair, Pair], ...] = (
    (
        ("远航信息", "Northwind Systems"),
        ("本地服务网点多，价格灵活", "Many local offices; flexible on price"),
    ),
    (
        ("东曜智联", "Apex Digital"),
        ("国际品牌，技术强，价格高", "International brand; strong tech, high price"),
    ),
    (("博锐软件", "Bluewave Software"), ("与设计院关系紧密", "Close ties with design institutes")),
    (("天衡数据", "Crestline Data"), ("低价策略抢单", "Wins on low price")),
    (
        ("恒通网络", "Orion Networks"),
        ("行业老牌厂商，存量客户多", "Long-established; large installed base"),
    ),
)

_ZH_SURNAMES: tuple[Pair, ...] = (
    ("张", "zhang"), ("王", "wang"), ("李", "li"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
    ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"),
    ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("高", "gao"),
    ("林", "lin"), ("罗", "luo"), ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"),
    ("唐", "tang"), ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"), ("彭", "peng"),
    ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"), ("袁", "yuan"), ("潘", "pan"),
    ("蒋", "jiang"), ("蔡", "cai"), ("杜", "du"), ("叶", "ye"), ("程", "cheng"), ("苏", "su"),
    ("魏", "wei"), ("丁", "ding"), ("任", "ren"), ("沈", "shen"), ("姚", "yao"), ("方", "fang"),
)  # fmt: skip
# Whole given names, not random characters: random pairs read as nobody's name.
_ZH_GIVEN_M: tuple[Pair, ...] = (
    ("伟", "wei"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("勇", "yong"), ("杰", "jie"),
    ("涛", "tao"), ("超", "chao"), ("刚", "gang"), ("斌", "bin"), ("峰", "feng"),
    ("建国", "jianguo"), ("志强", "zhiqiang"), ("海涛", "haitao"), ("俊杰", "junjie"),
    ("明辉", "minghui"), ("永刚", "yonggang"), ("建华", "jianhua"), ("国平", "guoping"),
    ("晓东", "xiaodong"), ("文博", "wenbo"), ("浩然", "haoran"), ("宇航", "yuhang"),
    ("鹏飞", "pengfei"), ("立新", "lixin"), ("振华", "zhenhua"), ("德明", "deming"),
    ("卫东", "weidong"), ("志刚", "zhigang"), ("建军", "jianjun"), ("海波", "haibo"),
    ("晓峰", "xiaofeng"), ("子豪", "zihao"), ("嘉伟", "jiawei"), ("天宇", "tianyu"),
    ("国庆", "guoqing"), ("光明", "guangming"), ("立军", "lijun"),
)  # fmt: skip
_ZH_GIVEN_F: tuple[Pair, ...] = (
    ("芳", "fang"), ("娜", "na"), ("静", "jing"), ("丽", "li"), ("敏", "min"), ("艳", "yan"),
    ("颖", "ying"), ("琳", "lin"), ("倩", "qian"), ("秀英", "xiuying"), ("桂英", "guiying"),
    ("晓燕", "xiaoyan"), ("丽娟", "lijuan"), ("海燕", "haiyan"), ("雪梅", "xuemei"),
    ("婷婷", "tingting"), ("慧敏", "huimin"), ("佳怡", "jiayi"), ("思琪", "siqi"),
    ("雅琴", "yaqin"), ("玉兰", "yulan"), ("红梅", "hongmei"), ("欣怡", "xinyi"),
    ("春燕", "chunyan"), ("美玲", "meiling"), ("文静", "wenjing"), ("晓丽", "xiaoli"),
    ("淑芬", "shufen"), ("丹丹", "dandan"), ("琳琳", "linlin"),
)  # fmt: skip
_EN_FIRST_M = (
    "David", "Michael", "James", "Kevin", "Jason", "Eric", "Tony", "Frank", "Peter", "Daniel",
    "Steven", "Richard", "Andy", "Leo", "Vincent", "Simon", "Victor", "Jack", "Sam", "Henry",
)  # fmt: skip
_EN_FIRST_F = (
    "Lisa", "Amy", "Grace", "Helen", "Jessica", "Emily", "Cindy", "Linda", "Vivian", "Anna",
    "Sophie", "Iris", "Joanna", "Rachel", "Karen", "Wendy", "Nancy", "Catherine",
)  # fmt: skip
_WESTERN: tuple[tuple[Pair, str], ...] = (
    (("马克·施密特", "Mark Schmidt"), "m"), (("彼得·霍夫曼", "Peter Hoffmann"), "m"),
    (("安娜·韦伯", "Anna Weber"), "f"), (("托马斯·贝克", "Thomas Becker"), "m"),
    (("朱莉娅·科赫", "Julia Koch"), "f"), (("斯特凡·沃尔夫", "Stefan Wolf"), "m"),
    (("克劳迪娅·施耐德", "Claudia Schneider"), "f"), (("马丁·费舍尔", "Martin Fischer"), "m"),
)  # fmt: skip

# Small team: (name, role, manager index); managers and executive first.
_TEAM: tuple[tuple[Pair, str, int | None], ...] = (
    (("刘海峰", "Catherine Liu"), "executive", None),
    (("赵建国", "Daniel Zhao"), "manager", 0),
    (("林晓燕", "Grace Lin"), "manager", 0),
    (("黄凯", "Kevin Huang"), "rep", 1),
    (("徐静", "Amy Xu"), "rep", 1),
    (("孙浩", "Tom Sun"), "rep", 2),
    (("马丽", "Jessica Ma"), "rep", 2),
    (("唐磊", "Eric Tang"), "presales", 1),
    (("郭颖", "Helen Guo"), "presales", 2),
)
_TEAM_LOCAL = (
    "catherine.liu", "daniel.zhao", "grace.lin", "kevin.huang", "amy.xu", "tom.sun",
    "jessica.ma", "eric.tang", "helen.guo",
)  # fmt: skip
_TEAM_LOCAL_ZH = (
    "haifeng.liu", "jianguo.zhao", "xiaoyan.lin", "kai.huang", "jing.xu", "hao.sun",
    "li.ma", "lei.tang", "ying.guo",
)  # fmt: skip
_OUR_DOMAIN = ("beichen-soft.cn", "northstar-soft.com")

# Departments: (name, kind); the user departments come from the industry.
_D_EXEC = (("综合办公室", "General Office"), "other")
_D_PROC = (("招标采购中心", "Tendering & Procurement Center"), "lead")
_D_IT = (("信息中心", "IT Center"), "technical")
_D_FIN = (("财务部", "Finance"), "influencer")
_D_ENG = (("技术部", "Engineering"), "technical")
_D_STRAT = (("战略规划部", "Strategy & Planning"), "influencer")
_D_HR = (("人力资源部", "Human Resources"), "other")
_D_TENDER = (("招标办公室", "Tender Office"), "lead")

_STAFF_TITLES: dict[str, tuple[Pair, ...]] = {
    "lead": (("采购专员", "Procurement Specialist"), ("招标主管", "Tender Supervisor")),
    "technical": (
        ("工程师", "Engineer"),
        ("高级工程师", "Senior Engineer"),
        ("系统架构师", "Systems Architect"),
    ),
    "influencer": (("财务主管", "Finance Supervisor"), ("预算专员", "Budget Specialist"),
                   ("分析师", "Analyst")),
    "user": (("业务主管", "Supervisor"), ("业务骨干", "Senior Specialist"), ("专员", "Specialist")),
    "other": (("秘书", "Executive Assistant"), ("行政专员", "Administrator"),
              ("人事专员", "HR Specialist")),
}  # fmt: skip
_CFO = ("总会计师", "Chief Financial Officer")
# Who oversees what, by number of deputies: department kind → deputy index, and
# each deputy's (is CFO, standing role); "KI?" is a coin toss.
_VP_PLANS: dict[int, tuple[dict[str, int], tuple[tuple[bool, str | None], ...]]] = {
    0: ({}, ()),
    2: (
        {"technical": 0, "user": 0, "lead": 1, "influencer": 1, "other": 1},
        ((False, "KI"), (True, "KI?")),
    ),
    3: (
        {"technical": 0, "user": 1, "lead": 2, "influencer": 2, "other": 1},
        ((False, "KI"), (False, "KU"), (True, "KI?")),
    ),
    4: (
        {"technical": 0, "user": 1, "lead": 2, "influencer": 2, "other": 3},
        ((False, "KI"), (False, "KU"), (True, "KI?"), (False, None)),
    ),
}
_KIND_ROLE = {"lead": "LEAD", "technical": "KI", "influencer": "KI", "user": "KU"}

_KPI: dict[str, Pair] = {
    "KDM": ("年度经营指标与安全生产", "Annual business targets and safety"),
    "KI": ("系统稳定性与网络安全合规", "System stability and security compliance"),
    "KU": ("部门运行效率与服务质量", "Department efficiency and service quality"),
    "LEAD": ("采购合规与成本节约", "Compliant purchasing and cost savings"),
    "EVAL": ("技术评审质量", "Quality of technical reviews"),
}
_PREFS: tuple[Pair, ...] = (
    ("倾向国产化、本地服务好的厂商", "Prefers domestic vendors with local service"),
    ("看重开放架构和接口能力", "Values open architecture and integration"),
    ("重视成功案例和行业口碑", "Wants proven references in the industry"),
    ("对价格敏感", "Price-sensitive"),
)
_CULTURE: dict[str, Pair] = {
    "state": ("重视合规与流程，决策层级多", "Compliance and process first; many decision levels"),
    "public": ("重视公开透明，严格执行招标", "Transparency and strict public tendering"),
    "foreign": ("总部主导，重视全球标准与数据", "Led by global headquarters; standards and data"),
    "private": ("老板决策快，重视投入产出", "The owner decides fast; return on investment matters"),
}
_DEV_STAGES = (_MATURE, _GROWTH, _TRANSFORM, ("初创期", "Start-up"))
_ACCOUNT_NOTES: tuple[Pair, ...] = (
    ("年度框架采购，每年3月启动预算", "Yearly framework purchasing; budgets start in March"),
    ("信息化项目需经集团审批", "IT projects need group approval"),
    ("去年更换了分管信息化的领导", "The executive in charge of IT changed last year"),
    ("", ""),
)

_MEAN_DAYS = {1: 21, 2: 28, 3: 35, 4: 42, 5: 49, 6: 24, 7: 30}
_EXITS = {2: 5, 3: 5, 4: 4, 5: 9, 6: 6, 7: 2}

_START_REASON: dict[int, Pair] = {
    1: ("列入目标客户群", "Added to the target group"),
    2: ("新建商机", "Opportunity created"),
}
_LEAD_REASON = ("由线索转入", "Converted from a lead")
_FORWARD: dict[int, Pair] = {
    2: ("首次接触，获得联系人", "First contact made; contact obtained"),
    3: ("需求初步明确，进入有效商机确认", "Needs clear enough; confirming a valid opportunity"),
    4: ("五要素经理确认", "Five elements confirmed by the manager"),
    5: ("KI/KU认可方案，已拜访KDM", "KI/KU accept the solution; KDM visited"),
    6: ("确定为唯一供应商", "Confirmed as sole supplier"),
    7: ("商务谈判完成", "Commercial negotiation completed"),
}
_TENDER_WON = ("预中标，进入公示期", "Provisional winner; publicity period started")
_BACK = ("KDM更换，需重新确认", "KDM replaced; approval must be won again")
_FORCED = ("经理特批强制推进：", "Forced by manager: ")
_WON = ("合同签署且首期款到账", "Contract signed and first instalment received")
_LOST: tuple[Pair, ...] = (
    ("丢单：{c}报价更低", "Lost to {c} on price"),
    ("丢单：KDM倾向{c}", "Lost: the KDM preferred {c}"),
    ("丢单：技术评分落后于{c}", "Lost: technical score behind {c}"),
)
_SHELVED: tuple[Pair, ...] = (
    ("预算冻结，项目延期", "Budget frozen; project postponed"),
    ("客户组织调整，暂停", "Customer reorganisation; on hold"),
)
_SIGNED_UNPAID = (
    "合同已签但首期款未到，客户暂缓执行",
    "Contract signed but no first payment; customer put it on hold",
)
_UNMET_NOTE = ("强制推进时未满足", "Unmet when the move was forced")
_SCORING = (
    "技术60分（方案、案例、服务），商务40分；我方建议提高本地化服务与同类案例分值",
    "Technical 60 (solution, references, service), commercial 40; "
    "we proposed more weight for local service and similar references",
)
_PHASES: tuple[Pair, ...] = (
    ("", ""),
    ("二期", " – Phase II"),
    ("扩容", " expansion"),
    ("三期", " – Phase III"),
    ("运维服务", " support renewal"),
)
_HOW: tuple[Pair, ...] = (("银行转账", "Bank transfer"), ("银行承兑汇票", "Bank acceptance bill"))
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip

_EVIDENCE: tuple[Pair, ...] = (
    ("{lead}确认{dept}为采购牵头部门", "{lead} confirmed {dept} leads the purchase"),
    ("{ku}确认{project}需求清单", "{ku} confirmed the requirement list for {project}"),
    ("技术交流后{ki}认可方案匹配", "{ki} agreed our solution fits after the technical session"),
    ("年度预算已批复，约{amount}", "Budget approved in this year's plan, about {amount}"),
    ("计划{month}前完成采购", "Purchase planned before {month}"),
)
_TOPICS: dict[int, Pair] = {
    1: ("行业现状", "the industry situation"),
    2: ("基本情况与初步需求", "basic facts and first needs"),
    3: ("五要素确认", "confirming the five elements"),
    4: ("解决方案与技术需求", "the solution and technical needs"),
    5: ("KDM支持与预算确认", "KDM support and the budget"),
    6: ("合同条款与价格", "contract terms and price"),
    7: ("合同签署与首期款", "contract signing and the first payment"),
}
_TENDER_TOPIC = ("招标方案与评分标准", "the tender approach and scoring")
_UPKEEP = ("年度合作回顾", "the year's cooperation")
_UPKEEP_NEXT = ("每季度保持高层拜访", "Keep up quarterly senior visits")
_NEXT: dict[int, Pair] = {
    1: ("收集组织结构信息", "Gather the org structure"),
    2: ("约见使用部门", "Book a meeting with the using department"),
    3: ("经理上门确认五要素", "Manager to confirm the five elements in person"),
    4: ("安排拜访KDM", "Arrange a visit to the KDM"),
    5: ("邀请采购小组到总部考察", "Invite the buying group to our headquarters"),
    6: ("准备谈判底线与让步方案", "Prepare negotiation limits and concessions"),
    7: ("跟进首期款到账", "Follow up the first instalment"),
}
_SUMMARY: dict[str, Pair] = {
    "visit": ("拜访{people}，沟通{topic}", "Visited {people} to discuss {topic}"),
    "call": ("与{people}电话沟通{topic}", "Call with {people} about {topic}"),
    "mail": ("向{people}发送{topic}相关材料", "Sent {people} material on {topic}"),
    "demo": ("为{people}演示产品，重点：{topic}", "Product demo for {people}: {topic}"),
    "presentation": ("向{people}汇报方案：{topic}", "Presented to {people}: {topic}"),
    "event": ("邀请{people}参加行业峰会", "Hosted {people} at our industry summit"),
    "reference_visit": ("陪同{people}参观标杆客户", "Took {people} to a reference customer"),
    "hq_visit": ("接待{people}考察公司总部", "Hosted {people} at our headquarters"),
}
_KINDS: dict[int, tuple[tuple[str, ...], tuple[int, ...]]] = {
    1: (("call", "event"), (6, 4)),
    2: (("call", "visit"), (4, 6)),
    3: (("visit", "call", "mail"), (6, 2, 2)),
    4: (("demo", "presentation", "visit", "reference_visit", "event"), (3, 3, 3, 1, 1)),
    5: (("presentation", "visit", "hq_visit", "reference_visit", "call"), (3, 4, 2, 1, 1)),
    6: (("visit", "call", "mail"), (5, 3, 2)),
    7: (("visit", "call", "mail"), (5, 4, 1)),
}
_MET_ROLES: dict[int, tuple[str, ...]] = {
    1: ("KU",),
    2: ("LEAD", "KU"),
    3: ("LEAD", "KU", "KI"),
    4: ("KI", "KU"),
    5: ("KDM", "KI", "KU"),
    6: ("KDM", "LEAD"),
    7: ("LEAD", "KI"),
}
_CUSTOMER_TEAM = ("客户团队", "the customer team")

# Lead channels CHANNEL.1..10: share of leads and chance to convert (1-3 convert best).
_CHANNEL_SHARE = (14, 12, 12, 10, 6, 9, 7, 8, 12, 10)
_CHANNEL_CONVERT = (0.55, 0.5, 0.42, 0.14, 0.12, 0.2, 0.15, 0.18, 0.1, 0.16)
_LEAD_NOTES: tuple[Pair, ...] = (
    ("老客户新需求", "Existing customer with a new need"),
    ("客户转介绍", "Referred by a customer"),
    ("峰会现场留资", "Met at our summit"),
    ("陌生拜访", "Cold visit"),
    ("竞争对手的客户不满意", "Unhappy customer of a competitor"),
    ("设计院推荐", "Tip from a design institute"),
    ("行业协会信息", "Industry association notice"),
    ("朋友介绍", "Introduced by a friend"),
    ("官网招标公告", "Tender notice online"),
    ("客户来电咨询", "Inbound call"),
)

_PRIVATE: dict[str, tuple[Pair, ...]] = {
    "character": (
        ("做事严谨，重视数据，不喜欢空谈", "Thorough, trusts data, dislikes sales talk"),
        ("性格爽快，决策快", "Direct and decides fast"),
        ("谨慎保守，先看风险", "Cautious; weighs risk first"),
    ),
    "career_situation": (
        ("明年有望提拔，需要亮点项目", "Tipped for promotion; needs a visible success"),
        ("新上任，急于建立威信", "New in post; keen to establish authority"),
        ("临近退休，求稳", "Near retirement; wants no surprises"),
    ),
    "tenure_hobbies": (
        ("在单位工作15年；喜欢打羽毛球", "15 years there; plays badminton"),
        ("爱好摄影和徒步", "Photography and hiking"),
        ("周末常去钓鱼", "Goes fishing at weekends"),
    ),
    "family": (
        ("孩子今年高考", "Child sits the university entrance exam this year"),
        ("", ""),
    ),
    "education_career": (
        ("名校硕士；曾在设计院工作", "Master's degree; worked at a design institute before"),
        ("从基层技术岗位一路晋升", "Rose from a junior technical post"),
    ),
}
_GENDER = {"m": ("男", "male"), "f": ("女", "female")}
_AGES = (("40岁左右", "about 40"), ("45岁左右", "mid-40s"), ("50岁左右", "about 50"))


# ---------------------------------------------------------------------------
# Working records (not rows): what later steps need to know about earlier ones.
# ---------------------------------------------------------------------------


@dataclass
class _Member:
    id: int
    role: str
    manager: int | None


@dataclass
class _Person:
    id: int
    name: str
    kind: str
    seniority: str
    role: str | None = None
    support: int = 0
    backs: int | None = None
    insider: bool = False
    coach: bool = False
    active: bool = True
    gender: str = "m"


@dataclass
class _Account:
    id: int
    name: str
    ind: _Industry
    nature: str
    scale: str
    owner: _Member
    deals: int
    competitors: list[int]
    people: list[_Person] = field(default_factory=list)
    depts: dict[str, tuple[int, str]] = field(default_factory=dict)  # kind → (id, name)

    _cache: dict[str, list[_Person]] = field(default_factory=dict)

    def active(self, role: str) -> list[_Person]:
        """People still there holding ``role`` ("insider" and "coach" are flags)."""
        hit = self._cache.get(role)
        if hit is None:
            hit = self._cache[role] = [
                p
                for p in self.people
                if p.active
                and (
                    p.insider
                    if role == "insider"
                    else p.coach
                    if role == "coach"
                    else p.role == role
                )
            ]
        return hit


@dataclass
class _DealRec:
    id: int
    acc: _Account
    owner: _Member
    start_stage: int
    created_off: int
    first_change: Row


_MINUTES = tuple(timedelta(minutes=m) for m in range(660))
# A random 128-bit number made a valid version-4 UUID (RFC 4122 variant).
_UUID_MASK = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)
_UUID_V4 = (0x4000 << 64) | (0x8000 << 48)

_VISIT_RANK = {"rep": 0, "presales": 0, "manager": 1, "executive": 2}
_LEVELS = ("rep", "manager", "executive")


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _add_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    y, m = d.year + m // 12, m % 12 + 1
    days = (date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)).day
    return date(y, m, min(d.day, days))


def _largest_remainder(total: int, weights: Sequence[float]) -> list[int]:
    """Integer shares of ``total`` in proportion to ``weights`` that sum exactly."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    out = [int(x) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - out[i], reverse=True)
    for i in order[: total - sum(out)]:
        out[i] += 1
    return out


class _Builder:
    """Builds the rows, and hands them to ``sink(table, rows)`` in batches.

    Without a sink (tests) every row stays in ``rows``. With one, :meth:`flush`
    runs at points where no row made so far will change again (between
    accounts, between steps): each table's rows go to the sink, parents first,
    and are dropped. A deal's first history entry is the exception while a
    lead may still claim the deal (``leads`` rewrites its reason): those stay
    in ``rows`` until the final write.
    """

    def __init__(self, plan: _Plan, lang: Lang, seed: int, today: date) -> None:
        self.plan = plan
        self.li = 0 if lang == "zh" else 1
        self.rng = random.Random(seed)
        # A separate stream for UUIDs keeps the content independent of how many
        # rows carry one; the language and size make samples distinct for merges.
        self.urng = random.Random(f"uuid/{seed}/{lang}/{plan.accounts}/{plan.deals}")
        self.random = self.rng.random
        self.getrandbits = self.urng.getrandbits
        # Its own stream for what was added later (next steps' due days, tasks,
        # territories), so the rest of a sample stays as it was for a given seed.
        self.later = random.Random(f"later/{seed}/{lang}")
        # And one for the targets (issue 13), drawn last from what the deals came to.
        self.targets_rng = random.Random(f"targets/{seed}/{lang}")
        self.results: list[tuple[int, date, float]] = []
        """Won deals: owner, close day, contract value (the targets are sized on them)."""
        self.open_stages: list[tuple[int, int, int, _Member, _Member, _Member]] = []
        """Open deals: id, stage number, day it was entered, owner, presales, manager."""
        self.regions_of: dict[int, list[str]] = {}
        """Each rep's accounts' region paths (their territories are read off them)."""
        self._days: dict[int, date] = {}
        self._mornings: dict[int, datetime] = {}
        self.today = today
        self.rows: dict[str, list[Row]] = {name: [] for name in _TABLE_ORDER}
        self.ids: dict[str, int] = dict.fromkeys(_TABLE_ORDER, 0)
        self.sink: Callable[[str, list[Row]], None] | None = None
        self.written: dict[str, int] = dict.fromkeys(_TABLE_ORDER, 0)
        self._held: set[int] = set()  # ids of stage_changes rows a lead may rewrite
        self._kept = 0  # held rows still waiting after the last flush
        self.names: list[str] = [""]  # person names by id
        # (member, person) → [first met, last met, times]
        self.contacts: dict[tuple[int, int], list[int]] = {}
        self.members: list[_Member] = []
        self.accounts: list[_Account] = []
        self.deals: list[_DealRec] = []

    # -- small helpers ------------------------------------------------------

    def t(self, pair: Pair) -> str:
        return pair[self.li]

    # The helpers below run about a million times for the large sample; they
    # avoid randint/randrange (slow) and cache dates, which halves build time.

    def ri(self, lo: int, hi: int) -> int:
        """A random integer in [lo, hi]."""
        return lo + int(self.random() * (hi - lo + 1))

    def day(self, off: int) -> date:
        d = self._days.get(off)
        if d is None:
            d = self._days[off] = self.today + timedelta(days=off)
        return d

    def at(self, off: int) -> datetime:
        """A moment in working hours on the day ``off`` days from today."""
        base = self._mornings.get(off)
        if base is None:
            base = self._mornings[off] = datetime.combine(self.day(off), dtime(8, 0))
        return base + _MINUTES[int(self.random() * 660)]

    def add(self, table: str, created: datetime, updated: datetime | None, **cols: Any) -> int:
        i = self.ids[table] + 1
        self.ids[table] = i
        h = f"{(self.getrandbits(128) & _UUID_MASK) | _UUID_V4:032x}"
        cols["id"] = i
        cols["uuid"] = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        cols["created_at"] = created
        cols["updated_at"] = updated or created
        self.rows[table].append(cols)
        return i

    def pick(self, seq: Sequence[_T]) -> _T:
        return seq[int(self.random() * len(seq))]

    def count(self, table: str) -> int:
        """Rows of ``table`` made so far, written or not."""
        return self.written[table] + len(self.rows[table])

    def maybe_flush(self) -> None:
        """Flush once enough rows wait; call only where no waiting row changes again."""
        # Held rows wait until the end and are not counted: once they alone passed
        # _FLUSH_ROWS (the 4x sample), every call flushed, rescanning them all each time.
        waiting = sum(map(len, self.rows.values())) - self._kept
        if self.sink is not None and waiting >= _FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        """Hand every waiting row to the sink, table by table, parents first."""
        if self.sink is None:
            return
        for name in _TABLE_ORDER:
            data = self.rows[name]
            if not data:
                continue
            kept: list[Row] = []
            if name == "stage_changes" and self._held:
                held = self._held
                kept = [row for row in data if row["id"] in held]
                data = [row for row in data if row["id"] not in held]
            self.rows[name] = kept
            if name == "stage_changes":
                self._kept = len(kept)
            if data:
                self.sink(name, data)
                self.written[name] += len(data)

    def phone(self) -> str:
        r = self.rng
        digits = f"1{r.choice('3589')}{self.ri(0, 9)}{self.ri(0, 99_999_999):08d}"
        return digits if self.li == 0 else f"+86 {digits[:3]} {digits[3:7]} {digits[7:]}"

    def person_name(self, western: bool = False) -> tuple[str, str, str]:
        """(name, e-mail local part, gender)."""
        r = self.rng
        if western:
            pair, gender = self.pick(_WESTERN)
            return self.t(pair), pair[1].lower().replace(" ", "."), gender
        gender = "m" if r.random() < 0.6 else "f"
        sur, spy = self.pick(_ZH_SURNAMES)
        if self.li == 0:
            given, gpy = self.pick(_ZH_GIVEN_M if gender == "m" else _ZH_GIVEN_F)
            return sur + given, f"{gpy}.{spy}", gender
        first = self.pick(_EN_FIRST_M if gender == "m" else _EN_FIRST_F)
        return f"{first} {spy.title()}", f"{first.lower()}.{spy}", gender

    # -- our team and the competitors --------------------------------------

    def team(self) -> None:
        created = self.at(-HISTORY_DAYS - 200)
        domain = _OUR_DOMAIN[self.li]
        if self.plan.curated:
            locals_ = _TEAM_LOCAL_ZH if self.li == 0 else _TEAM_LOCAL
            for (pair, role, boss_i), local in zip(_TEAM, locals_, strict=True):
                manager = None if boss_i is None else self.members[boss_i].id
                self.member(self.t(pair), role, manager, f"{local}@{domain}", created)
            return
        used: set[str] = set()

        def unique() -> tuple[str, str]:
            while True:
                name, local, _ = self.person_name()
                if name not in used:
                    used.add(name)
                    return name, local

        name, local = unique()
        boss = self.member(name, "executive", None, f"{local}@{domain}", created)
        for _ in range(self.plan.managers):
            name, local = unique()
            mgr = self.member(name, "manager", boss.id, f"{local}@{domain}", created)
            for role, n in (
                ("rep", self.plan.reps_per_manager),
                ("presales", self.plan.presales_per_manager),
            ):
                for _ in range(n):
                    name, local = unique()
                    self.member(name, role, mgr.id, f"{local}@{domain}", created)

    def member(
        self, name: str, role: str, manager: int | None, email: str, created: datetime
    ) -> _Member:
        i = self.add(
            "team_members", created, None,
            name=name, role=role, manager_id=manager, email=email, active=True,
        )  # fmt: skip
        m = _Member(i, role, manager)
        self.members.append(m)
        return m

    def reps(self) -> list[_Member]:
        return [m for m in self.members if m.role == "rep"]

    def manager_of(self, m: _Member) -> _Member:
        return next(x for x in self.members if x.id == m.manager)

    def presales_for(self, rep: _Member) -> _Member:
        team = [m for m in self.members if m.role == "presales" and m.manager == rep.manager]
        return self.pick(team) if team else rep

    def executive(self) -> _Member:
        return self.members[0]  # created first

    def competitors(self) -> None:
        created = self.at(-HISTORY_DAYS - 150)
        for name, note in _COMPETITORS:
            self.add("competitors", created, None, name=self.t(name), note=self.t(note))

    # -- accounts -----------------------------------------------------------

    def accounts_(self) -> None:
        specs = list(_CURATED) if self.plan.curated else self.random_specs()
        reps = self.reps()
        ids: list[int] = []
        for n, spec in enumerate(specs):
            owner = reps[n % len(reps)]
            ids.append(self.account(spec, owner, None if spec.parent is None else ids[spec.parent]))
            self.maybe_flush()

    def random_specs(self) -> list[_AccountSpec]:
        r = self.rng
        plan = self.plan
        weights = [r.lognormvariate(0, 0.55) for _ in range(plan.accounts)]
        sizes = [10 + s for s in _largest_remainder(plan.people - 10 * plan.accounts, weights)]
        deal_counts = _largest_remainder(plan.deals, [math.sqrt(s) for s in sizes])
        natures = ("state", "private", "public", "foreign")
        names: set[str] = set()
        specs: list[_AccountSpec] = []
        by_industry: dict[str, list[int]] = {}
        for n, size in enumerate(sizes):
            ind = self.pick(_INDUSTRIES)
            nature = "public" if ind.institution else r.choices(natures, (30, 40, 10, 20))[0]
            region_i = r.randrange(len(_REGIONS))
            region = _REGIONS[region_i]
            brand = self.pick(_BRANDS)
            word = self.pick(ind.words)
            form = self.pick(_FORMS)
            for attempt in range(20):
                if attempt:
                    brand, word, region_i = (
                        self.pick(_BRANDS),
                        self.pick(ind.words),
                        r.randrange(len(_REGIONS)),
                    )
                    region = _REGIONS[region_i]
                name = self.company_name(ind, region.city, brand, word, form)
                if name[self.li] not in names:
                    break
            else:
                name = (f"{name[0]}（{n}）", f"{name[1]} ({n})")
            names.add(name[self.li])
            scale = (
                "xl"
                if size >= 45
                else "large"
                if size >= 30
                else "medium"
                if size >= 18
                else ("small")
            )
            partner = r.random() < 0.15
            pk = self.pick(("service", "oem", "relation")) if partner else None
            pname = ("", "")
            if partner:
                pb = self.pick(_BRANDS)
                pname = (f"{pb[0]}信息系统集成有限公司", f"{pb[1]} Systems Integration Co., Ltd.")
            peers = by_industry.setdefault(ind.key, [])
            parent = peers[r.randrange(len(peers))] if peers and r.random() < 0.05 else None
            peers.append(n)
            capital_m = {"xl": 20_000, "large": 2_000, "medium": 300, "small": 30}[scale]
            capital_m = int(capital_m * r.uniform(0.5, 5))
            zh_capital = (
                f"{capital_m / 100:g}亿元人民币"
                if capital_m >= 100
                else f"{capital_m * 100}万元人民币"
            )
            capital = (
                _PUBLIC_CAPITAL
                if nature == "public"
                else (zh_capital, f"CNY {capital_m:,} million")
            )
            word_key = "".join(ch for ch in word[1].split()[0].lower() if ch.isalnum())
            domain = f"{brand[1].lower()}-{word_key}.com.cn"
            specs.append(
                _AccountSpec(
                    name, nature, ind.key, region_i, scale, size, domain, capital,
                    self.pick(_DEV_STAGES), "partner" if partner else "direct", pk, pname,
                    parent, deal_counts[n],
                )
            )  # fmt: skip
        return specs

    def company_name(self, ind: _Industry, city: Pair, brand: Pair, word: Pair, form: Pair) -> Pair:
        if ind.key == "healthcare":
            no = self.ri(1, 9)
            numeral = "一二三四五六七八九"[no - 1]
            return (f"{city[0]}市第{numeral}{word[0]}", f"{city[1]} No. {no} {word[1]}")
        if ind.institution:
            return (f"{city[0]}{brand[0]}{word[0]}", f"{city[1]} {brand[1]} {word[1]}")
        return (
            f"{city[0]}{brand[0]}{word[0]}{form[0]}",
            f"{city[1]} {brand[1]} {word[1]} {form[1]}",
        )

    def account(self, spec: _AccountSpec, owner: _Member, parent: int | None) -> int:
        r = self.rng
        ind = _IND[spec.industry]
        region = _REGIONS[spec.region]
        created_off = -HISTORY_DAYS - self.ri(10, 400)
        n_comp = self.count("competitors")
        comps = r.sample(range(1, n_comp + 1), 3)
        depts = self.dept_plan(spec.people, ind)
        top = self.t(ind.top)
        it_dept = self.t(_D_IT[0])
        n_vp = self.vp_count(spec.people)
        org = (
            f"{top}下设{len(depts) - 1}个部门，{n_vp}位副职分管；{it_dept}负责信息化"
            if self.li == 0
            else f"{len(depts) - 1} departments under the {top}, {n_vp} deputies in charge; "
            f"the {it_dept} runs IT"
        )
        foreign = spec.nature == "foreign"
        regions_text = (
            f"{region.territory[0]}及周边省份" + ("，产品出口欧美" if foreign else ""),
            f"{region.territory[1]} and neighbouring provinces"
            + ("; exports to Europe and North America" if foreign else ""),
        )
        values = sorted(r.sample(range(1, 6), self.ri(1, 3)))
        if spec.scale in ("xl", "large") and 2 not in values:
            values = sorted([*values, 2])
        acc_id = self.add(
            "accounts", self.at(created_off), self.at(-self.ri(0, 60)),
            name=self.t(spec.name), nature=spec.nature, industry=self.t(ind.name),
            region=self.t(region.path), scale=spec.scale, sales_channel=spec.channel,
            partner_kind=spec.partner_kind, partner_name=self.t(spec.partner_name),
            parent_id=parent, owner_id=owner.id, territory=self.t(region.territory),
            industry_chain=self.t(ind.chain), main_business=self.t(ind.business),
            org_structure=org, development_stage=self.t(spec.stage), markets=self.t(ind.markets),
            business_regions=self.t(regions_text), registered_capital=self.t(spec.capital),
            culture=self.t(_CULTURE[spec.nature]), it_situation=self.t(ind.it),
            core_needs=self.t(ind.needs), values=values, note=self.t(self.pick(_ACCOUNT_NOTES)),
        )  # fmt: skip
        self.regions_of.setdefault(owner.id, []).append(self.t(region.path))
        acc = _Account(
            acc_id, self.t(spec.name), ind, spec.nature, spec.scale, owner, spec.deals, comps
        )
        self.accounts.append(acc)
        self.org_chart(acc, spec, depts, created_off)
        return acc_id

    @staticmethod
    def vp_count(n: int) -> int:
        return 0 if n < 14 else 2 if n < 22 else 3 if n < 40 else 4

    def dept_plan(self, n: int, ind: _Industry) -> list[tuple[Pair, str]]:
        u1, u2 = ind.user_depts
        depts = [_D_EXEC, _D_PROC, _D_IT, _D_FIN, (u1, "user")]
        if n >= 14:
            depts += [_D_ENG, (u2, "user")]
        if n >= 22:
            depts += [_D_STRAT, _D_HR, _D_TENDER]
        return depts

    def org_chart(
        self, acc: _Account, spec: _AccountSpec, depts: list[tuple[Pair, str]], created_off: int
    ) -> None:
        """A believable hierarchy: top, deputies, department heads, deputies, staff.

        People are created parents-first so that ids rise down the chart and every
        ``manager_id`` refers to a row already written.
        """
        r = self.rng
        ind = acc.ind
        n = spec.people
        foreign = spec.nature == "foreign"
        big = n >= 20
        created = self.at(created_off + self.ri(1, 30))
        dept_ids: list[int] = []
        for i, (name, kind) in enumerate(depts):
            parent = dept_ids[1] if name == _D_TENDER[0] else None
            did = self.add(
                "departments", created, None,
                account_id=acc.id, name=self.t(name), kind=kind, parent_id=parent,
            )  # fmt: skip
            dept_ids.append(did)
            if kind not in acc.depts or i == 1:
                acc.depts[kind] = (did, self.t(name))
        used: set[str] = set()
        rows: list[Row] = []
        managers: dict[int, int | None] = {}

        def new(
            title: str, seniority: str, dept: int, kind: str, manager: int | None,
            western: bool = False,
        ) -> _Person:  # fmt: skip
            for _ in range(30):
                name, local, gender = self.person_name(western)
                if name not in used:
                    break
                western = False
            used.add(name)
            pid = self.add(
                "people", self.at(created_off + self.ri(1, 90)), None,
                account_id=acc.id, department_id=dept_ids[dept], manager_id=manager,
                name=name, title=title, seniority=seniority, role=None, support=0,
                backs_competitor_id=None, insider=False, coach=False, insider_sources=0,
                product_preference="", purchase_history="", kpi="",
                phone=self.phone(), email=f"{local}@{spec.domain}", left_on=None,
                map_x=None, map_y=None,
            )  # fmt: skip
            rows.append(self.rows["people"][-1])
            self.names.append(name)
            p = _Person(pid, name, kind, seniority, gender=gender)
            acc.people.append(p)
            managers[pid] = manager
            return p

        root = new(self.t(ind.top), "top", 0, "other", None, foreign)
        root.role = "KDM"
        n_vp = self.vp_count(n)
        oversight, vp_specs = _VP_PLANS[n_vp]
        vps: list[_Person] = []
        for v, (is_cfo, vp_role) in enumerate(vp_specs):
            vp_title = _CFO if is_cfo else ind.deputy
            vp = new(self.t(vp_title), "senior", 0, "other", root.id, foreign and v == 0)
            vp.role = vp_role if vp_role != "KI?" else ("KI" if r.random() < 0.5 else None)
            vps.append(vp)
        heads: list[_Person] = []
        for d in range(1, len(depts)):
            dname, kind = depts[d]
            if dname == _D_TENDER[0]:
                boss_id = heads[0].id  # the procurement head
            else:
                boss_id = vps[oversight[kind]].id if vps else root.id
            title, _ = _head_titles(self.t(dname), self.li)
            head = new(title, "senior" if big else "middle", d, kind, boss_id)
            head.role = _KIND_ROLE.get(kind)
            if kind == "influencer" and r.random() < 0.4:
                head.role = None
            heads.append(head)
        rest = n - 1 - n_vp - len(heads)
        weights = [
            {"other": 0.6, "lead": 1.5, "technical": 2.0, "influencer": 1.0, "user": 3.0}[k]
            for _, k in depts
        ]
        extra = _largest_remainder(rest, weights)
        for d, k in enumerate(extra):
            dname, kind = depts[d]
            boss_p = root if d == 0 else heads[d - 1]
            deputy: _Person | None = None
            if d and k >= 4:
                _, title = _head_titles(self.t(dname), self.li)
                deputy = new(title, "middle", d, kind, boss_p.id)
                deputy.role = _KIND_ROLE.get(kind) if r.random() < 0.5 else None
                k -= 1
            for _ in range(k):
                boss = deputy if deputy is not None and r.random() < 0.5 else boss_p
                title = self.t(self.pick(_STAFF_TITLES[kind]))
                p = new(title, "staff", d, kind, boss.id)
                x = r.random()
                if kind == "technical":
                    p.role = "EVAL" if x < 0.2 else "KI" if x < 0.45 else None
                elif kind in _KIND_ROLE:
                    p.role = _KIND_ROLE[kind] if x < 0.3 else None
        self.cast(acc, rows, managers, created_off)

    def cast(
        self, acc: _Account, rows: list[Row], managers: dict[int, int | None], created_off: int
    ) -> None:
        """Support, insiders, coaches and competitor backers, then the person rows."""
        r = self.rng
        people = acc.people
        staff = [p for p in people if p.seniority == "staff"]
        evals = [p for p in people if p.role == "EVAL"]
        if len(people) >= 15:
            for p in [p for p in staff if p.kind == "technical" and p.role is None]:
                if len(evals) >= 3:
                    break
                p.role = "EVAL"
                evals.append(p)
        for p in people:
            p.support = r.choices((-2, -1, 0, 1, 2), (3, 12, 50, 25, 10))[0]
        kiku = [p for p in people if p.kind in ("technical", "user", "influencer")]
        pool = [p for p in kiku if p.seniority in ("staff", "middle")]
        for p in r.sample(pool, min(len(pool), max(1, len(people) // 10))):
            p.insider = True
            p.support = r.choice((1, 2, 2))
        coach_pool = [p for p in kiku if p.seniority in ("middle", "senior") and not p.insider]
        n_coach = (1 if len(people) >= 12 or r.random() < 0.5 else 0) + (
            1 if len(people) >= 25 and r.random() < 0.5 else 0
        )
        for p in r.sample(coach_pool, min(len(coach_pool), n_coach)):
            p.coach = True
            p.support = 2
        others = [p for p in people if not p.insider and not p.coach and p.seniority != "top"]
        n_back = max(1, len(people) // 12)
        backers = r.sample(others, min(len(others), n_back))
        seniors = [p for p in others if p.seniority == "senior" and p not in backers]
        if seniors and r.random() < 0.6:
            backers[0] = self.pick(seniors)
        for p in backers:
            p.backs = self.pick(acc.competitors[:2])
            p.support = r.choice((-2, -1, -1, 0))
        leaves = [p for p in staff if p.role is None and not p.insider and not p.coach]
        if len(people) >= 18 and leaves:
            gone = self.pick(leaves)
            gone.active = False
            gone.role = None
        reported = set(managers.values())
        private_pool = [p for p in people if p.coach or p.seniority == "top"]
        for p, row in zip(people, rows, strict=True):
            row["role"] = p.role
            row["support"] = p.support
            row["backs_competitor_id"] = p.backs
            row["insider"] = p.insider
            row["coach"] = p.coach
            if p.insider:
                row["insider_sources"] = self.ri(1, 3)
            if p.role:
                row["kpi"] = self.t(_KPI[p.role])
                row["product_preference"] = self.t(self.pick(_PREFS))
                if r.random() < 0.4:
                    year = self.today.year - self.ri(2, 6)
                    comp = self.t(_COMPETITORS[self.pick(acc.competitors) - 1][0])
                    row["purchase_history"] = (
                        f"{year}年采购过{comp}的系统，续约将至"
                        if self.li == 0
                        else f"Bought {comp}'s system in {year}; renewal due"
                    )
            if not p.active and p.id not in reported:
                row["left_on"] = self.day(-self.ri(20, 200))
        for p in private_pool:
            if r.random() < (0.7 if self.plan.curated else 0.3):
                self.private(p)
        self.influences(acc, managers, created_off)

    def private(self, p: _Person) -> None:
        r = self.rng
        row: Row = {
            "person_id": p.id,
            "age": self.t(self.pick(_AGES)) if r.random() < 0.8 else "",
            "gender": self.t(_GENDER[p.gender]),
        }
        for key, options in _PRIVATE.items():
            row[key] = self.t(self.pick(options)) if r.random() < 0.7 else ""
        self.rows["people_private"].append(row)

    def influences(self, acc: _Account, managers: dict[int, int | None], created_off: int) -> None:
        r = self.rng
        kdm = next(p for p in acc.people if p.role == "KDM")
        seen: set[tuple[int, int]] = set()
        created = self.at(created_off + self.ri(30, 120))
        texts = (("分管领导，话语权大", "Line boss; carries weight"), ("", ""))

        def link(src: int, dst: int, lo: float, hi: float) -> None:
            if src == dst or (src, dst) in seen:
                return
            seen.add((src, dst))
            self.add(
                "influences", created, None, source_id=src, target_id=dst,
                strength=round(r.uniform(lo, hi), 2), note=self.t(self.pick(texts)),
            )  # fmt: skip

        for p in acc.people:
            if not p.active:
                continue
            if p.coach:
                link(p.id, kdm.id, 0.6, 0.9)
            elif p.role in ("KI", "KU", "LEAD", "EVAL") and r.random() < 0.45:
                link(p.id, kdm.id, 0.2, 0.8)
            boss = managers.get(p.id)
            if boss is not None and r.random() < 0.35:
                link(boss, p.id, 0.4, 0.9)
            if p.insider and boss is not None and r.random() < 0.4:
                link(p.id, boss, 0.2, 0.5)
        active = [p for p in acc.people if p.active]
        for _ in range(max(1, len(active) // 8)):
            a, b = r.sample(active, 2)
            link(a.id, b.id, 0.2, 0.6)

    # -- deals ----------------------------------------------------------------

    def finals(self) -> list[tuple[int, str, str]]:
        r = self.rng
        if self.plan.curated:
            out = list(_SMALL_FINALS)
            r.shuffle(out)
            return out
        choices = sorted(set(_SMALL_FINALS))
        weights = [_SMALL_FINALS.count(c) for c in choices]
        out = r.choices(choices, weights, k=self.plan.deals)
        out[0] = (7, "won", "anchor")
        return out

    def deals_(self) -> None:
        finals = self.finals()
        k = 0
        for acc in self.accounts:
            names: set[str] = set()
            for _ in range(acc.deals):
                stage, status, flag = finals[k]
                k += 1
                self.deal(acc, stage, status, flag, names)
            self.maybe_flush()

    def amount(self, scale: str) -> float:
        lo, hi = {
            "xl": (1.5e6, 1.2e7),
            "large": (6e5, 5e6),
            "medium": (2e5, 2e6),
            "small": (8e4, 6e5),
        }[scale]
        return float(round(math.exp(self.rng.uniform(math.log(lo), math.log(hi))), -4))

    def deal_name(self, acc: _Account, names: set[str], year: int) -> str:
        for _ in range(12):
            base = self.t(self.pick(acc.ind.projects)) + self.t(self.pick(_PHASES))
            if base not in names:
                break
        else:
            base = f"{base}（{year}）" if self.li == 0 else f"{base} {year}"
        n = 2
        name = base
        while name in names:
            name = f"{base} {n}"
            n += 1
        names.add(name)
        return name

    def dwell(self, stage: int) -> int:
        mean = _MEAN_DAYS[stage]
        return max(2, int(self.rng.gammavariate(2.5, mean / 2.5)))

    def timeline(self, final: int, status: str, flag: str) -> tuple[list[int], list[int], int]:
        """Stage path, the day offset each visit began, and the closing offset.

        Built backwards from where the deal ends so that every planned end
        state exists, then squeezed into the history window if it runs over.
        """
        r = self.rng
        start = 1 if final == 1 or r.random() < 0.15 else 2
        path = list(range(start, final + 1))
        if final >= 5 and r.random() < 0.07:  # a KDM change sends it back once
            k = self.ri(4, final)
            pos = path.index(k)
            path[pos + 1 : pos + 1] = [k - 1, k]
        dwell = [self.dwell(s) for s in path]
        if status == "open":
            end = 0
            dwell[-1] = int(dwell[-1] * r.uniform(0.1, 1.8))
            if flag == "stale":
                dwell[-1] = self.ri(200, 240)
        else:
            end = -self.ri(420, 450) if flag == "anchor" else -self.ri(3, 470)
            if status == "won":
                dwell[-1] = max(dwell[-1], 8)
        total = sum(dwell)
        if end - total < -HISTORY_DAYS:
            room = end + HISTORY_DAYS - self.ri(0, 15)
            dwell = [max(1, int(d * room / total)) for d in dwell]
            if status == "won":
                dwell[-1] = max(dwell[-1], 3)
        entered: list[int] = []
        off = end
        for d in reversed(dwell):
            off -= d
            entered.append(off)
        entered.reverse()
        if status == "open":
            entered[-1] = min(entered[-1], 0)
        return path, entered, end

    def deal(self, acc: _Account, final: int, status: str, flag: str, names: set[str]) -> None:
        r = self.rng
        reps = [m for m in self.members if m.role == "rep" and m.manager == acc.owner.manager]
        owner = acc.owner if r.random() < 0.85 or not reps else self.pick(reps)
        manager = self.manager_of(owner)
        presales = self.presales_for(owner)
        path, entered, end = self.timeline(final, status, flag)
        tendered = r.random() < (0.8 if acc.nature in ("public", "state") else 0.35)
        amount = self.amount(acc.scale)
        deal_id = self.ids["deals"] + 1
        comps = r.sample(acc.competitors, self.ri(1, 3))
        reached = max(path)
        first_p3 = next((entered[i] for i, s in enumerate(path) if s == 3), None)

        # Stage history with forced moves that leave criteria unmet.
        changes: list[Row] = []
        unmet_all: dict[str, int] = {}  # criterion → offset when the forced move happened
        hist = self.rows["stage_changes"]
        for i, s in enumerate(path):
            by = owner.id
            forced = False
            unmet: list[str] = []
            if i == 0:
                reason = self.t(_START_REASON[min(s, 2)])
            else:
                prev = path[i - 1]
                if s < prev:
                    reason = self.t(_BACK)
                    by = manager.id
                else:
                    reason = self.t(_TENDER_WON if s == 6 and tendered else _FORWARD[s])
                    crit = _criteria(prev, tendered)
                    if crit and r.random() < 0.1:
                        forced = True
                        by = manager.id
                        unmet = sorted(r.sample(crit, self.ri(1, min(2, len(crit)))))
                        if prev == 3 and r.random() < 0.4:
                            unmet.append(f"P3.FIVE.{self.ri(4, 5)}")
                        reason = self.t(_FORCED) + reason
                        for c in unmet:
                            unmet_all.setdefault(c, entered[i])
            if s == 3 and i == len(path) - 1:
                # Entering P3 needs the five elements verified; a deal still in P3
                # with some unconfirmed got there by a manager's forced move.
                pending = [f"P3.FIVE.{e}" for e in range(1, 6) if r.random() >= 0.55]
                if pending:
                    if not forced:
                        reason = self.t(_FORCED) + reason
                    forced, by = True, manager.id
                    unmet = sorted({*unmet, *pending})
                    for c in pending:
                        unmet_all.setdefault(c, entered[i])
            self.add(
                "stage_changes", self.at(entered[i]), None,
                deal_id=deal_id, from_stage=None if i == 0 else f"P{path[i - 1]}",
                to_stage=f"P{s}", from_status="open", to_status="open", by_id=by,
                reason=reason, forced=forced, unmet=unmet,
            )  # fmt: skip
            row = hist[-1]
            row["at"] = row["created_at"]
            changes.append(row)
        lost_to: int | None = None
        status_reason = ""
        if status != "open":
            if status == "won":
                status_reason = self.t(_WON)
            elif status == "lost":
                lost_to = self.pick(comps)
                comp = self.t(_COMPETITORS[lost_to - 1][0])
                status_reason = self.t(self.pick(_LOST)).format(c=comp)
            else:
                status_reason = self.t(
                    _SIGNED_UNPAID if flag == "signed_unpaid" else self.pick(_SHELVED)
                )
            self.add(
                "stage_changes", self.at(end), None,
                deal_id=deal_id, from_stage=f"P{final}", to_stage=f"P{final}",
                from_status="open", to_status=status, by_id=owner.id if status != "shelved"
                else manager.id, reason=status_reason, forced=False, unmet=[],
            )  # fmt: skip
            row = hist[-1]
            row["at"] = row["created_at"]
            changes.append(row)

        # Roles first: evidence, activities and relationships name these people.
        roles = self.deal_roles(deal_id, acc, path, entered, tendered, comps)

        # Five elements (P3.FIVE.1..5): verified before leaving P3, or still open.
        if reached >= 3:
            self.elements(deal_id, acc, path, entered, end, status, owner, manager, amount, roles,
                          unmet_all)  # fmt: skip
        elif r.random() < 0.5 and reached == 2:
            for e in r.sample(range(1, 6), self.ri(1, 3)):
                self.add(
                    "five_elements", self.at(entered[-1]), None,
                    deal_id=deal_id, element=f"P3.FIVE.{e}",
                    status="claimed" if r.random() < 0.7 else "unknown",
                    verified_by_id=None, level=None, method=None, verified_on=None, evidence="",
                )  # fmt: skip

        # Exit criteria of the stages left, partly of the current one.
        contract_off: int | None = None
        if status == "won" or (final == 7 and (flag or r.random() < 0.75)):
            hi = (end - 1) if status != "open" else 0
            contract_off = self.ri(min(entered[-1] + 1, hi), hi)
        scoring_shaped = self.exit_checks(
            deal_id, path, entered, end, status, tendered, owner, presales, manager,
            unmet_all, contract_off,
        )  # fmt: skip

        # Money.
        contract_value: float | None = None
        if contract_off is not None:
            contract_value = float(round(amount * r.uniform(0.9, 1.0), -2))
        if status == "won" or (status == "open" and final >= 6) or flag == "signed_unpaid":
            self.instalments(deal_id, status, flag, amount, contract_value, contract_off,
                             end, entered[-1])  # fmt: skip

        for comp_id in comps:
            self.rows["deal_competitors"].append({"deal_id": deal_id, "competitor_id": comp_id})

        # Activities along the way.
        self.deal_activities(acc, deal_id, path, entered, end, status, owner, presales, manager,
                             roles, tendered)  # fmt: skip
        if status == "open":
            self.open_stages.append((deal_id, final, entered[-1], owner, presales, manager))

        last_stage_change = max(
            (ch for ch in changes if ch["from_stage"] != ch["to_stage"]), key=lambda ch: ch["at"]
        )
        expected: date
        if status == "open":
            remaining = sum(_MEAN_DAYS[s] for s in range(final + 1, 8))
            remaining += max(5, _MEAN_DAYS[final] - (end - entered[-1]))
            remaining = int(remaining * r.uniform(0.7, 1.3))
            if r.random() < 0.1:
                remaining = -self.ri(5, 40)  # slipped
            expected = self.day(remaining)
        else:
            expected = self.day(end)
        protection = None
        if first_p3 is not None:
            protection = _add_months(self.day(first_p3), self.ri(3, 6))
        name = self.deal_name(acc, names, self.day(entered[0]).year)
        self.add(
            "deals", changes[0]["at"], changes[-1]["at"],
            account_id=acc.id, name=name, owner_id=owner.id, amount=amount,
            currency="CNY", expected_close=expected, stage=f"P{final}",
            stage_entered_at=last_stage_change["at"], status=status,
            status_reason=status_reason, lost_to_id=lost_to,
            closed_on=None if status == "open" else self.day(end),
            protection_expires=protection, tendered=tendered,
            scoring_shaped=scoring_shaped,
            scoring_criteria=self.t(_SCORING) if tendered and reached >= 5 else "",
            contract_signed_on=None if contract_off is None else self.day(contract_off),
            contract_value=contract_value, note="",
        )  # fmt: skip
        if lost_to is not None and lost_to not in comps:
            self.rows["deal_competitors"].append({"deal_id": deal_id, "competitor_id": lost_to})
        self.deals.append(_DealRec(deal_id, acc, owner, path[0], entered[0], changes[0]))
        if status == "won":
            won = contract_value if contract_value is not None else amount
            self.results.append((owner.id, self.day(end), won))
        if path[0] == 2:  # a lead may turn out to have started it: leads() rewrites the reason
            self._held.add(changes[0]["id"])

    def deal_roles(
        self, deal_id: int, acc: _Account, path: list[int], entered: list[int], tendered: bool,
        comps: list[int],
    ) -> dict[str, list[_Person]]:  # fmt: skip
        r = self.rng
        reached = max(path)

        def when(stage: int) -> int:
            return next((entered[i] for i, s in enumerate(path) if s >= stage), entered[-1])

        picks: list[tuple[_Person, str, int]] = []
        seen: set[int] = set()

        def take(people: list[_Person], role: str, k: int, stage: int) -> None:
            pool = [p for p in people if p.id not in seen]
            for p in r.sample(pool, min(k, len(pool))):
                seen.add(p.id)
                picks.append((p, role, when(stage)))

        if reached >= 1:
            take(acc.active("KU"), "KU", 1, 1)
        if reached >= 2:
            take(acc.active("LEAD"), "LEAD", 1, 2)
            take(acc.active("insider"), "", 1, 2)
        if reached >= 3:
            take(acc.active("KDM"), "KDM", 1, 3)
            take(acc.active("KI"), "KI", self.ri(1, 2), 3)
        if reached >= 4:
            take(acc.active("KU"), "KU", 1, 4)
            take(acc.active("coach"), "", 1, 4)
            take(acc.active("insider"), "", 1, 4)
        by_role: dict[str, list[_Person]] = {}
        for p, role, off in picks:
            role = role or p.role or _KIND_ROLE.get(p.kind, "KI")
            support = p.support
            if r.random() < 0.25:
                support = max(-2, min(2, support + r.choice((-1, 1))))
            backs = p.backs if p.backs in comps else None
            if backs is None and support < 0 and r.random() < 0.5:
                backs = self.pick(comps)
            self.add(
                "deal_roles", self.at(off), None,
                deal_id=deal_id, person_id=p.id, role=role, support=support,
                backs_competitor_id=backs, insider=p.insider, coach=p.coach,
            )  # fmt: skip
            by_role.setdefault(role, []).append(p)
        if reached >= 5 and tendered:
            # Evaluators (P5.EXIT.8): known, and mostly on our side when the deal went well.
            # Named experts first, then technical staff, then users' specialists.
            n = self.ri(3, 5)
            chosen = [p for p in acc.active("EVAL") if p.id not in seen][:n]
            for kinds in (("technical",), ("user", "influencer")):
                if len(chosen) >= n:
                    break
                extra = [
                    p for p in acc.people
                    if p.active and p.kind in kinds and p.seniority in ("staff", "middle")
                    and p.id not in seen and p not in chosen
                ]  # fmt: skip
                chosen += r.sample(extra, min(len(extra), n - len(chosen)))
            off = when(5)
            for p in chosen:
                seen.add(p.id)
                support = r.choices((-1, 0, 1, 2), (1, 3, 4, 2))[0]
                self.add(
                    "deal_roles", self.at(off), None,
                    deal_id=deal_id, person_id=p.id, role="EVAL", support=support,
                    backs_competitor_id=self.pick(comps) if support < 0 else None,
                    insider=False, coach=False,
                )  # fmt: skip
                by_role.setdefault("EVAL", []).append(p)
        return by_role

    def elements(
        self, deal_id: int, acc: _Account, path: list[int], entered: list[int], end: int,
        status: str, owner: _Member, manager: _Member, amount: float,
        roles: dict[str, list[_Person]], unmet: dict[str, int],
    ) -> None:  # fmt: skip
        r = self.rng
        i3 = path.index(3)
        lo = entered[i3]
        hi = entered[i3 + 1] - 1 if i3 + 1 < len(path) else (end if status != "open" else 0)
        hi = max(lo, hi)
        foreign = acc.nature == "foreign"

        def first(role: str) -> str:
            people = roles.get(role) or acc.active(role) or acc.people
            return people[0].name

        md = self.day(hi + self.ri(60, 200))
        month = f"{md.year}年{md.month}月" if self.li == 0 else f"{_MONTHS[md.month - 1]} {md.year}"
        money = f"{amount / 1e4:,.0f}万元" if self.li == 0 else f"CNY {amount / 1e6:.1f}M"
        project = self.t(self.pick(acc.ind.projects))
        lead_dept = acc.depts.get("lead", (0, ""))[1]
        values = {
            "lead": first("LEAD"), "ku": first("KU"), "ki": first("KI"), "dept": lead_dept,
            "project": project, "amount": money, "month": month,
        }  # fmt: skip
        exec_ = self.executive()
        for e in range(1, 6):
            eid = f"P3.FIVE.{e}"
            verified = eid not in unmet
            if verified:
                x = r.random()
                by = exec_ if amount >= 5e6 and x < 0.3 else manager if x < 0.65 else owner
                method = (
                    r.choice(("mail", "phone", "wechat", "visit"))
                    if foreign
                    else r.choices(("visit", "phone", "wechat", "mail"), (6, 2, 2, 1))[0]
                )
                on = self.ri(lo, hi)
                self.add(
                    "five_elements", self.at(on), None,
                    deal_id=deal_id, element=eid, status="verified", verified_by_id=by.id,
                    level=_LEVELS[_VISIT_RANK[by.role]], method=method,
                    verified_on=self.day(on),
                    evidence=self.t(_EVIDENCE[e - 1]).format(**values),
                )  # fmt: skip
            else:
                self.add(
                    "five_elements", self.at(lo), None,
                    deal_id=deal_id, element=eid,
                    status="claimed" if r.random() < 0.8 else "unknown",
                    verified_by_id=None, level=None, method=None, verified_on=None,
                    evidence="",
                )  # fmt: skip

    def exit_checks(
        self, deal_id: int, path: list[int], entered: list[int], end: int, status: str,
        tendered: bool, owner: _Member, presales: _Member, manager: _Member,
        unmet: dict[str, int], contract_off: int | None,
    ) -> bool:  # fmt: skip
        """Tick what was done; return whether the tender scoring was shaped (P5.EXIT.7)."""
        r = self.rng
        done: dict[str, tuple[int, int]] = {}  # criterion → (offset, by)
        last = len(path) - 1
        closing = end if status != "open" else 0
        for i, s in enumerate(path):
            lo = entered[i]
            hi = entered[i + 1] - 1 if i < last else closing
            hi = max(lo, hi)
            left = i < last and path[i + 1] > s
            crit = _criteria(s, tendered)
            if s == 7:
                if contract_off is not None:
                    done.setdefault("P7.EXIT.1", (contract_off, owner.id))
                if status == "won":
                    done.setdefault("P7.EXIT.2", (end, owner.id))
                continue
            if left:
                chance = 1.0
            elif i == last:
                progress = (hi - lo) / _MEAN_DAYS[s]
                chance = 0.1 + 0.6 * min(1.0, progress)
            else:
                chance = 0.0  # a visit left backwards keeps what it had
            for c in crit:
                if c in unmet or c in done or r.random() >= chance:
                    continue
                who = (
                    presales
                    if c in _PRESALES_CRITERIA
                    else (manager if c in _MANAGER_CRITERIA else owner)
                )
                done[c] = (self.ri(lo, hi), who.id)
        for c, (off, by) in done.items():
            self.add(
                "exit_checks", self.at(off), None,
                deal_id=deal_id, criterion=c, done=True, by_id=by, done_on=self.day(off),
                note="",
            )  # fmt: skip
        for c, off in unmet.items():
            if c.startswith("P3.FIVE") or c in done:
                continue
            self.add(
                "exit_checks", self.at(off), None,
                deal_id=deal_id, criterion=c, done=False, by_id=None, done_on=None,
                note=self.t(_UNMET_NOTE),
            )  # fmt: skip
        return tendered and "P5.EXIT.7" in done

    def instalments(
        self, deal_id: int, status: str, flag: str, amount: float,
        contract_value: float | None, contract_off: int | None, end: int, entered_last: int,
    ) -> None:  # fmt: skip
        r = self.rng
        total = contract_value if contract_value is not None else amount
        first_pct = r.choice((15, 20)) if flag == "low_first" else r.choice((30, 30, 35, 40, 50))
        n = self.ri(2, 4)
        if n == 2:
            pcts = [first_pct, 100 - first_pct]
        else:
            middle = 90 - first_pct
            pcts = [first_pct, *_largest_remainder(middle // 5, [1] * (n - 2)), 10]
            pcts[1 : n - 1] = [p * 5 for p in pcts[1 : n - 1]]
            pcts[1] += middle % 5
        amounts = [round(total * p / 100, 2) for p in pcts[:-1]]
        if flag != "low_first":
            while amounts[0] < FIRST_PAYMENT_MIN * total:  # exact in float, not just in theory
                amounts[0] = round(amounts[0] + 0.01, 2)
        amounts.append(round(total - sum(amounts), 2))
        if status == "won":
            first_due = end + self.ri(-7, 3)
        elif contract_off is not None:
            first_due = contract_off + self.ri(15, 30)
        else:
            first_due = max(entered_last, 0) + self.ri(30, 75)
        how = self.t(self.pick(_HOW))
        created = self.at(contract_off if contract_off is not None else entered_last)
        for seq, amt in enumerate(amounts, start=1):
            due = first_due if seq == 1 else first_due + 90 * (seq - 1) + self.ri(-10, 10)
            if seq == n and n >= 3:
                due = first_due + 365
            received_on: date | None = None
            received = 0.0
            if seq == 1 and (status == "won" or flag == "low_first"):
                signed = contract_off if contract_off is not None else entered_last
                rec_off = end if status == "won" else self.ri(min(signed, 0), 0)
                received_on, received = self.day(rec_off), amt
            elif status == "won" and due <= -5 and r.random() < 0.85:
                received_on, received = self.day(min(0, due + self.ri(-3, 20))), amt
            iid = self.add(
                "instalments", created, None,
                deal_id=deal_id, seq=seq, due_on=self.day(due), amount=amt,
                received_on=received_on, received_amount=received, how=how,
            )  # fmt: skip
            if received_on is not None:
                self.payments(iid, received, received_on, how, split=seq > 1 and deal_id % 3 == 0)

    def payments(self, iid: int, received: float, on: date, how: str, *, split: bool) -> None:
        """The transfers of a received instalment: one, or (``split``) two whose
        sum is the received amount, the first some days earlier. Drawn without
        the data generator, so the rest of the sample stays as it was."""
        parts = [(received, on)]
        if split:
            early = round(received * 0.6, 2)
            parts = [(early, on - timedelta(days=12)), (round(received - early, 2), on)]
        for amount, day in parts:
            created = datetime.combine(day, dtime(10, 0))
            self.add("payments", created, None,
                     instalment_id=iid, amount=amount, received_on=day, how=how)  # fmt: skip

    # -- activities and relationships --------------------------------------

    def activity(
        self, acc: _Account, deal_id: int | None, topic: Pair, next_step: Pair, off: int,
        kind: str, members: list[_Member], people: list[_Person],
    ) -> None:  # fmt: skip
        level = _LEVELS[max(_VISIT_RANK[m.role] for m in members)]
        sep = "、" if self.li == 0 else ", "
        who = sep.join(p.name for p in people) or self.t(_CUSTOMER_TEAM)
        summary = self.t(_SUMMARY[kind]).format(people=who, topic=self.t(topic))
        next_due, next_done = self.next_step_days(off)
        aid = self.add(
            "activities", self.at(off), None,
            account_id=acc.id, deal_id=deal_id, kind=kind, on=self.day(off), level=level,
            summary=summary, next_step=self.t(next_step), next_due=next_due,
            next_done_on=next_done,
        )  # fmt: skip
        am = self.rows["activity_members"]
        ap = self.rows["activity_people"]
        seen: set[int] = set()
        for m in members:
            if m.id in seen:
                continue
            seen.add(m.id)
            am.append({"activity_id": aid, "member_id": m.id})
            for p in people:
                c = self.contacts.get((m.id, p.id))
                if c is None:
                    self.contacts[(m.id, p.id)] = [off, off, 1]
                else:
                    c[0] = min(c[0], off)
                    c[1] = max(c[1], off)
                    c[2] += 1
        for p in {p.id: p for p in people}.values():
            ap.append({"activity_id": aid, "person_id": p.id})

    def next_step_days(self, off: int) -> tuple[date | None, date | None]:
        """The next step's due day for the last two months' activities, and the day it
        was done: most steps whose day passed are done, a few are late."""
        if off < -60:
            return None, None
        r = self.later
        due = off + 5 + int(r.random() * 16)
        if due < 0 and r.random() < 0.8:
            return self.day(due), self.day(min(0, max(off, due + int(r.random() * 7) - 3)))
        if due >= 0 and r.random() < 0.15:
            return self.day(due), self.day(off + int(r.random() * (-off + 1)))
        return self.day(due), None

    def deal_activities(
        self, acc: _Account, deal_id: int, path: list[int], entered: list[int], end: int,
        status: str, owner: _Member, presales: _Member, manager: _Member,
        roles: dict[str, list[_Person]], tendered: bool,
    ) -> None:  # fmt: skip
        r = self.rng
        last = len(path) - 1
        closing = end if status != "open" else 0
        exec_ = self.executive()
        big = acc.scale in ("xl", "large")
        cap = self.plan.max_activities_per_stage
        for i, s in enumerate(path):
            lo = entered[i]
            hi = max(lo, (entered[i + 1] - 1) if i < last else closing)
            span = hi - lo
            n = 1 + (span > 25) + (span > 60 and r.random() < 0.5)
            if s == 1:
                n = self.ri(0, 1)
            kinds, weights = _KINDS[s]
            met = [p for role in _MET_ROLES[s] for p in roles.get(role, [])]
            for _ in range(min(n, cap)):
                kind = r.choices(kinds, weights)[0]
                members = [owner]
                if kind in ("demo", "presentation", "reference_visit") or (
                    kind == "visit" and s in (3, 4) and r.random() < 0.4
                ):
                    members.append(presales)
                if kind in ("hq_visit", "event") or (
                    kind == "visit" and s >= 3 and r.random() < (0.5 if s == 3 else 0.35)
                ):
                    members.append(manager)
                if (kind == "hq_visit" and r.random() < 0.7) or (
                    kind == "visit" and s in (5, 6) and big and r.random() < 0.2
                ):
                    members.append(exec_)
                people = r.sample(met, min(len(met), self.ri(1, 3))) if met else []
                kdm = roles.get("KDM")
                if _VISIT_RANK[members[-1].role] >= 1 and kdm and s >= 4 and kdm[0] not in people:
                    people.append(kdm[0])
                topic = _TENDER_TOPIC if s == 5 and tendered else _TOPICS[s]
                self.activity(acc, deal_id, topic, _NEXT[s], self.ri(lo, hi), kind, members, people)

    def account_activities(self) -> None:
        """Relationship upkeep that belongs to no deal: events, courtesy visits."""
        r = self.rng
        per = 5 if self.plan.curated else 1
        exec_ = self.executive()
        for acc in self.accounts:
            seniors = [p for p in acc.people if p.active and p.seniority in ("top", "senior")]
            manager = self.manager_of(acc.owner)
            for _ in range(per):
                kind = r.choice(("event", "visit", "call"))
                members = [acc.owner]
                if kind != "call" and r.random() < 0.5:
                    members.append(manager)
                if kind == "event" and acc.scale == "xl" and r.random() < 0.5:
                    members.append(exec_)
                people = r.sample(seniors, min(len(seniors), self.ri(1, 2)))
                off = -self.ri(0, HISTORY_DAYS)
                self.activity(acc, None, _UPKEEP, _UPKEEP_NEXT, off, kind, members, people)
            self.maybe_flush()

    def relationships(self) -> None:
        """Who on our side knows whom, read off the meetings that actually happened."""
        r = self.rng
        exec_ = self.executive()
        for acc in self.accounts:
            if acc.scale in ("xl", "large"):
                top = next(p for p in acc.people if p.seniority == "top")
                met = -self.ri(30, 300)
                self.contacts.setdefault((exec_.id, top.id), [met - self.ri(0, 200), met, 1])
        people = {p.id: p for acc in self.accounts for p in acc.people}
        roles = {m.id: m.role for m in self.members}
        for (mid, pid), (first, last, n) in sorted(self.contacts.items()):
            p = people[pid]
            bonus = 0.15 if p.coach or p.insider else 0.0
            strength = min(0.95, 0.2 + 0.08 * n + bonus + r.uniform(-0.05, 0.1))
            self.add(
                "relationships", self.at(first), self.at(last),
                member_id=mid, person_id=pid, strength=round(strength, 2),
                last_contact=self.day(last), visit_level=_LEVELS[_VISIT_RANK[roles[mid]]],
            )  # fmt: skip
            self.maybe_flush()

    # -- leads and segments -------------------------------------------------

    def leads(self) -> None:
        r = self.rng
        total = self.plan.leads
        counts = _largest_remainder(total, _CHANNEL_SHARE)
        convertible = [d for d in self.deals if d.start_stage == 2]
        r.shuffle(convertible)
        want = [round(n * p) for n, p in zip(counts, _CHANNEL_CONVERT, strict=True)]
        if sum(want) > len(convertible):
            scale = len(convertible) / sum(want)
            want = [int(w * scale) for w in want]
        specs: list[tuple[int, bool]] = []
        for ch, (n, w) in enumerate(zip(counts, want, strict=True), start=1):
            specs += [(ch, True)] * w + [(ch, False)] * (n - w)
        r.shuffle(specs)
        reps = self.reps()
        for ch, converted in specs:
            note = self.t(_LEAD_NOTES[ch - 1])
            if ch == 1:
                kind = "existing" if r.random() < 0.9 else "dormant"
            else:
                kind = r.choices(("new", "dormant", "existing"), (75, 15, 10))[0]
            if converted:
                d = convertible.pop()
                acc = d.acc
                contact = next((p for p in acc.people if p.role == "LEAD"), acc.people[0])
                received = d.created_off - self.ri(1, 25)
                d.first_change["reason"] = self.t(_LEAD_REASON)
                self.add(
                    "leads", self.at(received), d.first_change["at"],
                    account_id=acc.id, company=acc.name, contact_name=contact.name,
                    contact_phone=self.phone(), contact_email="", channel=ch, kind=kind,
                    status="converted", received_on=self.day(received), owner_id=d.owner.id,
                    deal_id=d.id, note=note,
                )  # fmt: skip
                continue
            received = -self.ri(0, HISTORY_DAYS)
            if kind == "new":
                ind = self.pick(_INDUSTRIES)
                region = self.pick(_REGIONS)
                company = self.t(self.company_name(
                    ind, region.city, self.pick(_BRANDS), self.pick(ind.words), self.pick(_FORMS)
                ))  # fmt: skip
                account_id = None
            else:
                acc = self.pick(self.accounts)
                company, account_id = acc.name, acc.id
            status = "new" if received > -30 else r.choice(("contacted", "discarded"))
            name, local, _ = self.person_name()
            self.add(
                "leads", self.at(received), None,
                account_id=account_id, company=company, contact_name=name,
                contact_phone=self.phone(), contact_email=f"{local}@example.com",
                channel=ch, kind=kind, status=status, received_on=self.day(received),
                owner_id=self.pick(reps).id, deal_id=None, note=note,
            )  # fmt: skip

    def segments(self) -> None:
        created = self.at(-HISTORY_DAYS)
        energy = self.t(_IND["energy"].name)
        manufacturing = self.t(_IND["manufacturing"].name)
        east = self.t(("中国/华东", "China/East"))
        segments: tuple[tuple[Pair, dict[str, list[str]], dict[str, float]], ...] = (
            (
                ("华东国企能源客户", "State-owned energy in East China"),
                {"nature": ["state"], "industry": [energy], "region": [east]},
                {"nature": 0.3, "industry": 0.4, "region": 0.2, "scale": 0.1},
            ),
            (
                ("大型公共机构", "Large public institutions"),
                {"nature": ["public"], "scale": ["xl", "large"]},
                {"nature": 0.4, "scale": 0.4, "region": 0.2},
            ),
            (
                ("外资制造业", "Foreign-owned manufacturers"),
                {"nature": ["foreign"], "industry": [manufacturing]},
                {"nature": 0.5, "industry": 0.3, "scale": 0.2},
            ),
            (
                ("渠道合作客户", "Accounts served through partners"),
                {"sales_channel": ["partner"]},
                {"sales_channel": 0.6, "scale": 0.4},
            ),
        )
        for name, filters, weights in segments:
            self.add("segments", created, None, name=self.t(name), filters=filters, weights=weights)

    def tasks_and_territories(self) -> None:
        """Each rep's territory (the region most of their accounts are in, and their
        largest accounts by name, P3.PROTECT.1) and the key-action tasks of the stage
        each open deal is in (model.services.tasks): the older ones mostly done,
        some late, presales tasks half taken."""
        from model.methodology import ACTORS, load_methodology

        r = self.later
        method = load_methodology()
        taken: set[str] = set()
        for member_id, paths in sorted(self.regions_of.items()):
            region = ""
            for depth in (3, 4, 5):  # a province, else a city someone else has not got
                counts: dict[str, int] = {}
                for path in paths:
                    prefix = "/".join(path.split("/")[:depth])
                    if not any(t.startswith(prefix) or prefix.startswith(t) for t in taken):
                        counts[prefix] = counts.get(prefix, 0) + 1
                if counts:
                    region = max(sorted(counts), key=counts.__getitem__)
                    break
            if not region:
                continue
            taken.add(region)
            morning = datetime.combine(self.day(-HISTORY_DAYS), dtime(9, 0))
            self.add("territories", morning, None, member_id=member_id, kind="region",
                     value=region, account_id=None)  # fmt: skip
        for deal_id, stage, entered, owner, presales, manager in self.open_stages:
            who = {
                "rep": owner.id,
                "presales": presales.id if r.random() < 0.5 else None,
                "manager": manager.id,
            }
            due = entered + 14
            at = datetime.combine(self.day(entered), dtime(9, 0))
            for role in ACTORS:
                for item in method.stage(f"P{stage}").actions.get(role, ()):
                    done: date | None = None
                    if due < 0 and r.random() < 0.75:
                        done = self.day(min(0, entered + int(r.random() * (-entered + 1))))
                    self.add(
                        "tasks", at, None, deal_id=deal_id, stage=f"P{stage}", action=item.id,
                        team_role=role, title="", assignee_id=who.get(role),
                        due_on=self.day(due), done_on=done,
                    )  # fmt: skip
            self.maybe_flush()

    def targets(self) -> None:
        """Won targets of each rep and of the team for this quarter and the next (GOAL.4).

        A rep's target is what they won a quarter on average over the last four
        (the team's average rep when they won nothing), raised by 0–30% and rounded
        to 10,000; the next quarter asks 0–15% more. The team's own target is 95%
        of its reps' (a manager spreads a little more than the team must bring).
        Drawn from a stream of their own, after everything else: the rest of a
        sample is as before.
        """
        from model.money import period_bounds, quarter_key

        r = self.targets_rng
        this = quarter_key(self.today)
        start, end = period_bounds(this)
        nxt = quarter_key(end + timedelta(days=1))
        year_ago = date(start.year - 1, start.month, 1)
        won: dict[int, float] = {}
        for owner, day, value in self.results:
            if year_ago <= day < start:
                won[owner] = won.get(owner, 0.0) + value
        reps = self.reps()
        if not reps:
            return
        typical = sum(won.values()) / len(reps) / 4 or 1_000_000.0
        created = datetime.combine(self.day((start - self.today).days), dtime(9, 0))
        totals = {this: 0.0, nxt: 0.0}
        for rep in reps:
            quarterly = won.get(rep.id, 0.0) / 4 or typical
            now = max(100_000.0, round(quarterly * r.uniform(1.0, 1.3), -4))
            for period, amount in ((this, now), (nxt, round(now * r.uniform(1.0, 1.15), -4))):
                totals[period] += amount
                self.add("targets", created, None,
                         member_id=rep.id, period=period, kind="won", amount=amount)  # fmt: skip
        for period, amount in totals.items():
            team = round(amount * 0.95, -4)
            self.add("targets", created, None,
                     member_id=None, period=period, kind="won", amount=team)  # fmt: skip

    def steps(self) -> list[Callable[[], None]]:
        """The build in order, one step per kind of data (progress is told between them)."""
        return [
            self.team,
            self.competitors,
            self.accounts_,
            self.deals_,
            self.account_activities,
            self.relationships,
            self.leads,
            self.segments,
            self.tasks_and_territories,
            self.targets,
        ]

    def build(self) -> None:
        for step in self.steps():
            step()


_PRESALES_CRITERIA = frozenset({"P4.EXIT.1", "P5.EXIT.1", "P5.EXIT.2"})
_MANAGER_CRITERIA = frozenset({"P4.EXIT.3", "P4.EXIT.4", "P5.EXIT.5", "P6.EXIT.6"})


def _head_titles(dept: str, li: int) -> tuple[str, str]:
    """Head and deputy titles the way each language forms them from the department."""
    if li == 1:
        return f"Head of {dept}", f"Deputy Head of {dept}"
    suffix = "主任" if dept.endswith(("中心", "室")) else "处长" if dept.endswith("处") else "部长"
    return dept + suffix, dept + "副" + suffix


def _criteria(stage: int, tendered: bool) -> list[str]:
    """Exit criteria that apply to a deal in ``stage`` (tender-only ones drop out)."""
    if stage not in _EXITS:
        return []
    nums = list(range(1, _EXITS[stage] + 1))
    if stage == 5 and not tendered:
        nums = [1, 2, 3, 4, 5, 6]
    if stage == 6:
        nums = [3, 4, 5, 6] if tendered else [1, 6]
    return [f"P{stage}.EXIT.{n}" for n in nums]


def _complete(table: Table, rows: list[Row]) -> None:
    """Fill columns a row left out with the column's scalar default (or NULL).

    executemany binds every row with the first row's keys, so rows must agree.
    """
    fill: dict[str, Any] = {}
    for col in table.columns:
        default = col.default
        scalar = default is not None and getattr(default, "is_scalar", False)
        fill[col.key] = getattr(default, "arg", None) if scalar else None
    n = len(fill)
    for row in rows:
        if len(row) != n:
            for key, value in fill.items():
                row.setdefault(key, value)


def _write(
    conn: Connection,
    rows: dict[str, list[Row]],
    *,
    fast: bool | None = None,
    written: Callable[[int], None] | None = None,
) -> None:
    """Insert every table in reference order, in chunks; ``written(n)`` after the n-th.

    On SQLite (``fast``) the rows go to the driver as tuples already rendered the
    way SQLAlchemy stores them, which skips its per-row bind processing: that
    processing was about 70% of the write time for the large sample. Elsewhere
    it is a plain Core ``executemany``. Both store identical values (tested).
    """
    write = _TableWriter(conn, fast)
    for n, name in enumerate(_TABLE_ORDER, 1):
        data = rows[name]
        if data:
            write(name, data)
        if written is not None:
            written(n)


class _TableWriter:
    """``writer(table_name, rows)``: insert rows into one table (see :func:`_write`).

    Keeps each table's compiled statement, so writing a table in many batches
    costs no more than writing it at once.
    """

    def __init__(self, conn: Connection, fast: bool | None = None) -> None:
        self.conn = conn
        self.fast = conn.dialect.name == "sqlite" if fast is None else fast
        self.copy = conn.dialect.name == "postgresql" and fast is not False
        self._rendered: dict[str, tuple[str, Callable[[Row], Any], list[tuple[int, Any]]]] = {}

    def __call__(self, name: str, data: list[Row]) -> None:
        table = _table(name)
        _complete(table, data)
        if self.copy:
            _write_copy(self.conn, table, data)
        elif self.fast:
            plan = self._rendered.get(name)
            if plan is None:
                plan = self._rendered[name] = _rendered_insert(self.conn, table)
            _write_rendered(self.conn, plan, data)
        else:
            stmt = insert(table)
            for i in range(0, len(data), _CHUNK):
                self.conn.execute(stmt, data[i : i + _CHUNK])


def _iso_datetime(value: datetime) -> str:
    return value.isoformat(" ", "microseconds")  # SQLAlchemy's SQLite DATETIME storage


def _iso_date(value: date) -> str:
    return value.isoformat()


def _render(col_type: Any) -> Any:
    """How SQLAlchemy's SQLite dialect would store a value of this column type."""
    if isinstance(col_type, DateTime):
        return _iso_datetime
    if isinstance(col_type, Date):
        return _iso_date
    if isinstance(col_type, JSON):
        return json.dumps
    if isinstance(col_type, Boolean):
        return int
    return None


def _rendered_insert(
    conn: Connection, table: Table
) -> tuple[str, Callable[[Row], Any], list[tuple[int, Any]]]:
    """The INSERT's SQL, a getter of a row's values in its order, and their renderers."""
    keys = [c.key for c in table.columns]
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=keys)
    order = list(compiled.positiontup or ())
    assert sorted(order) == sorted(keys), (table.name, order)
    renders = [(i, f) for i, k in enumerate(order) if (f := _render(table.c[k].type))]
    return str(compiled), itemgetter(*order), renders


def _write_rendered(
    conn: Connection,
    plan: tuple[str, Callable[[Row], Any], list[tuple[int, Any]]],
    data: list[Row],
) -> None:
    sql, get, renders = plan
    for start in range(0, len(data), _CHUNK):
        batch: list[tuple[Any, ...]] = []
        for row in data[start : start + _CHUNK]:
            values = list(get(row))
            for i, f in renders:
                v = values[i]
                if v is not None:
                    values[i] = f(v)
            batch.append(tuple(values))
        conn.exec_driver_sql(sql, batch)


def _write_copy(conn: Connection, table: Table, data: list[Row]) -> None:
    """PostgreSQL: the rows through ``COPY … FROM STDIN``, one stream per batch.

    An executemany sends each row as a statement of its own (about 100 µs a row
    on the server, plus the driver's work); COPY takes the batch as one stream.
    The values are adapted by psycopg as its INSERTs would; a JSON value is
    given as its text, as SQLAlchemy's JSON type stores it (NULL stays NULL).
    """
    columns = list(table.columns)
    quote = conn.dialect.identifier_preparer.quote
    jsons = [i for i, c in enumerate(columns) if isinstance(c.type, JSON)]
    get = itemgetter(*(c.key for c in columns))
    sql = f"COPY {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) FROM STDIN"
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        with cursor.copy(sql) as copy:
            for row in data:
                values = list(get(row))
                for i in jsons:
                    if values[i] is not None:
                        values[i] = json.dumps(values[i])
                copy.write_row(values)
    finally:
        cursor.close()


def _server_bulk_mode(conn: Connection) -> None:
    """PostgreSQL: skip the per-row triggers while the sample goes in, where allowed.

    The foreign keys' checks and the change notifications are row triggers: they
    were most of the large sample's time on a server (and would tell listeners of
    a million rows nobody is yet looking at). ``session_replication_role`` is a
    superuser's setting, for this transaction only; the generator's references are
    checked by the tests and by ``keyaccount check``. Other roles write with the
    triggers, slower but the same rows.
    """
    if conn.dialect.name != "postgresql":
        return
    if conn.exec_driver_sql("SELECT current_setting('is_superuser')").scalar() == "on":
        conn.exec_driver_sql("SET LOCAL session_replication_role = replica")


def _advance_sequences(conn: Connection) -> None:
    """PostgreSQL: each table's id sequence past the ids the sample chose itself.

    The sample assigns ids (module doc); a sequence does not see them, so the
    first row a user adds would take id 1 again and be refused as a duplicate.
    """
    if conn.dialect.name != "postgresql":
        return
    quote = conn.dialect.identifier_preparer.quote
    for table in Base.metadata.sorted_tables:
        key = list(table.primary_key.columns)
        if len(key) != 1 or not isinstance(key[0].type, Integer):
            continue
        column = key[0].name
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence(%(table)s, %(column)s),"
            f" COALESCE(MAX({quote(column)}), 0) + 1, false) FROM {quote(table.name)}",
            {"table": quote(table.name), "column": column},
        )


# progress(done, total): how far generate_sample has come.
Progress = Callable[[int, int], None]


def generate_sample(
    engine: Engine,
    *,
    lang: str = "en",
    size: str = "small",
    seed: int = 7,
    today: date | None = None,
    progress: Progress | None = None,
) -> SampleStats:
    """Fill an empty, migrated workspace with a sample team's last eighteen months.

    ``lang`` is "zh" or "en" and ``size`` "small" (demo) or "large" (benchmarks);
    plain strings because callers pass settings and command-line values.
    Ids are chosen here, so the workspace must be empty: a sample is never
    mixed into real data.

    ``progress(done, total)`` is called as the work advances (0 first, then
    after each build step and each table written). An exception it raises
    stops the generation and rolls the transaction back: that is how a caller
    cancels.
    """
    if lang not in ("zh", "en"):
        raise InvalidValue(
            "Unknown sample language {lang!r}; use 'zh' or 'en'.", field="lang", lang=lang
        )
    plan = _plan(size)
    lang_: Lang = "zh" if lang == "zh" else "en"
    return _generate(engine, plan, lang_, seed, today or date.today(), progress)


def _generate(
    engine: Engine,
    plan: _Plan,
    lang: Lang,
    seed: int,
    today: date,
    progress: Progress | None = None,
) -> SampleStats:
    started = time.perf_counter()
    with engine.begin() as conn:
        for name in ("accounts", "team_members", "deals", "leads"):
            count = conn.execute(select(func.count()).select_from(_table(name))).scalar_one()
            if count:
                raise InvalidValue(
                    "A sample can only be generated into an empty workspace; "
                    "this one already has {table}.",
                    table=name.replace("_", " "),
                )
        _server_bulk_mode(conn)
        builder = _Builder(plan, lang, seed, today)
        builder.sink = _TableWriter(conn)  # rows go in as they are made (module doc)
        steps = builder.steps()
        total = len(steps) + len(_TABLE_ORDER)
        if progress is not None:
            progress(0, total)
        for done, step in enumerate(steps, 1):
            step()
            builder.flush()
            if progress is not None:
                progress(done, total)
        # What is left: the held first history entries, now final.
        _write(
            conn,
            builder.rows,
            written=None if progress is None else lambda n: progress(len(steps) + n, total),
        )
        _advance_sequences(conn)
    return SampleStats(
        accounts=builder.count("accounts"),
        people=builder.count("people"),
        deals=builder.count("deals"),
        leads=builder.count("leads"),
        activities=builder.count("activities"),
        seconds=round(time.perf_counter() - started, 3),
    )
