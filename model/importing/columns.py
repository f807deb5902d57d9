"""Which column fills which field, and one row turned into a record.

:data:`TARGETS` lists, per kind of record, the fields an import column can
fill; each is a real field of the model (model/services/*_FIELDS) or a
reference by name to another record (``account``, ``owner``, ``deal`` ...),
which stays text here for the planner to resolve.

:func:`guess_mapping` maps a file's headers to those fields from the headers of
common CRM exports (Salesforce, HubSpot, Odoo, Pipedrive, Chinese CRMs), in
English and Chinese: :data:`HEADERS` is that vocabulary, as data.
:data:`CHOICES` holds the words accepted for closed lists (nature, scale, role,
activity kind ...): the stored codes, the labels the app shows in English and
Chinese, and the words other systems use.

:func:`convert_row` converts one :class:`~model.importing.sources.SourceRow`
with a mapping; every cell that cannot be read is a :class:`CellProblem`
(line, column, value, reason), and a row with any problem is rejected whole by
the planner. For many rows, :func:`row_converter` builds the converter once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Any, Literal

from model.currencies import is_currency
from model.enums import (
    ActivityKind,
    DealStatus,
    Nature,
    Role,
    SalesChannel,
    Scale,
    Seniority,
    VisitLevel,
)
from model.errors import DomainError
from model.importing.sources import Cell, SourceRow
from model.importing.values import (
    ValueProblem,
    as_text,
    guess_day_order,
    guess_decimal_mark,
    normalise,
    parse_amount,
    parse_day,
    parse_flag,
    parse_stage,
)

Kind = Literal["accounts", "people", "deals", "activities"]
KINDS: tuple[Kind, ...] = ("accounts", "people", "deals", "activities")

TargetKind = Literal["text", "id_text", "day", "amount", "stage", "flag", "number", "choice", "ref"]


@dataclass(frozen=True)
class Target:
    """One field an import column can fill.

    ``label`` is English; the desktop shows it translated (tr context
    "ImportField"). ``private`` marks a person's sensitive attribute
    (model.entities PRIVATE_FIELDS): never written to an error file or a log.
    ``many`` means several columns may fill it (joined: a region's parts with
    "/", notes with a new line).
    """

    key: str
    label: str
    required: bool
    kind: TargetKind
    private: bool = False
    many: bool = False


def _t(
    key: str,
    *,
    label: str,
    kind: TargetKind = "text",
    required: bool = False,
    private: bool = False,
    many: bool = False,
) -> Target:
    return Target(key=key, label=label, required=required, kind=kind, private=private, many=many)


TARGETS: dict[Kind, tuple[Target, ...]] = {
    "accounts": (
        _t("external_id", label="External ID", kind="id_text"),
        _t("name", label="Account name", required=True),
        _t("industry", label="Industry"),
        _t("region", label="Region", many=True),
        _t("territory", label="Territory"),
        _t("owner", label="Owner", kind="ref"),
        _t("nature", label="Nature", kind="choice"),
        _t("scale", label="Scale", kind="choice"),
        _t("sales_channel", label="Sales channel", kind="choice"),
        _t("partner_name", label="Channel partner"),
        _t("parent", label="Parent account", kind="ref"),
        _t("main_business", label="Main business"),
        _t("registered_capital", label="Registered capital"),
        _t("note", label="Note", many=True),
    ),
    "people": (
        _t("external_id", label="External ID", kind="id_text"),
        _t("name", label="Name", required=True),
        _t("family_name", label="Family name"),
        _t("given_name", label="Given name"),
        _t("account", label="Account", kind="ref", required=True),
        _t("title", label="Title"),
        _t("department", label="Department", kind="ref"),
        _t("manager", label="Reports to", kind="ref"),
        _t("phone", label="Phone", kind="id_text"),
        _t("email", label="Email"),
        _t("role", label="Role", kind="choice"),
        _t("seniority", label="Seniority", kind="choice"),
        _t("support", label="Support", kind="number"),
        _t("insider", label="Insider", kind="flag"),
        _t("coach", label="Coach", kind="flag"),
        _t("kpi", label="KPI"),
        _t("product_preference", label="Product preference"),
        _t("left_on", label="Left on", kind="day"),
        _t("age", label="Age", private=True),
        _t("gender", label="Gender", private=True),
        _t("character", label="Character", private=True),
        _t("tenure_hobbies", label="Tenure and hobbies", private=True),
        _t("family", label="Family", private=True),
        _t("education_career", label="Education and career", private=True),
        _t("career_situation", label="Career situation", private=True),
    ),
    "deals": (
        _t("external_id", label="External ID", kind="id_text"),
        _t("name", label="Deal name", required=True),
        _t("account", label="Account", kind="ref", required=True),
        _t("amount", label="Amount", kind="amount"),
        _t("currency", label="Currency", kind="choice"),
        _t("stage", label="Stage", kind="stage"),
        _t("status", label="Status", kind="choice"),
        _t("expected_close", label="Expected close", kind="day"),
        _t("owner", label="Owner", kind="ref"),
        _t("lost_to", label="Lost to", kind="ref"),
        _t("close_reason", label="Close reason"),
        _t("tendered", label="Tendered", kind="flag"),
        _t("contract_signed_on", label="Contract signed on", kind="day"),
        _t("contract_value", label="Contract value", kind="amount"),
        _t("note", label="Note", many=True),
    ),
    "activities": (
        _t("external_id", label="External ID", kind="id_text"),
        _t("deal", label="Deal", kind="ref", required=True),
        _t("account", label="Account", kind="ref"),
        _t("kind", label="Activity kind", kind="choice"),
        _t("on", label="Date", kind="day", required=True),
        _t("level", label="Level", kind="choice"),
        _t("summary", label="Summary", many=True),
        _t("next_step", label="Next step"),
        _t("next_due", label="Next step due", kind="day"),
        _t("people", label="People", kind="ref"),
    ),
}
"""The fields each kind of import can fill. References (kind ``ref``) are names of
records the planner looks up: an account, a team member (owner), a deal, a
department, a competitor (lost_to); ``people`` of an activity is a list of names."""

TARGET_BY_KEY: dict[Kind, dict[str, Target]] = {
    kind: {t.key: t for t in targets} for kind, targets in TARGETS.items()
}


# -- header vocabulary ------------------------------------------------------------------

# fmt: off
_ID = ("ID", "Record ID", "External ID", "外部编号", "编号", "系统编号", "记录ID", "序号")
_OWNER = (
    "Owner", "Owner Name", "Assigned to", "Salesperson", "Sales Rep", "Sales person", "Responsible",
    "User", "负责人", "所有人", "拥有者", "销售", "销售代表", "销售人员", "客户经理", "跟进人",
    "归属人", "归属销售", "所属销售", "业务员",
)
_ACCOUNT_NAME = (
    "Account Name", "Account", "Company name", "Company", "Organization", "Organization Name",
    "Organisation", "Customer", "Customer Name", "Client", "Client Name", "Partner",
    "Associated Company", "客户名称", "客户", "公司名称", "公司", "企业名称", "单位名称", "单位",
    "客户全称", "所属客户", "所属公司", "机构名称", "客户名", "关联公司",
)
_NOTE = (
    "Note", "Notes", "Description", "Remark", "Remarks", "Comment", "Comments", "Internal notes",
    "备注", "说明", "描述", "备注信息", "附注",
)
# fmt: on

# fmt: off
HEADERS: dict[Kind, dict[str, tuple[str, ...]]] = {
    "accounts": {
        "external_id": (
            *_ID,
            "Account ID", "Company ID", "Customer ID", "客户编号", "客户ID", "客户编码",
            "统一社会信用代码", "社会信用代码", "信用代码", "Unified social credit code",
        ),
        "name": (*_ACCOUNT_NAME, "Name", "名称"),
        "industry": ("Industry", "Sector", "Vertical", "行业", "所属行业", "行业类别", "行业分类"),
        "region": (
            "Region", "Country", "Country/Region", "Province", "State", "State/Region",
            "State/Province", "City", "Billing Country", "Billing State/Province", "Billing City",
            "District", "地区", "区域", "所在地区", "国家", "省份", "省", "城市", "市", "区县",
            "所在城市", "所在省份", "省市",
        ),
        "territory": ("Territory", "Sales Territory", "责任区", "销售区域", "责任区域", "片区"),
        "owner": (*_OWNER, "Account Owner", "Company owner"),
        "nature": (
            "Nature", "Ownership", "Ownership type", "Company type", "Organisation type",
            "企业性质", "性质", "单位性质", "公司性质", "客户性质", "所有制",
        ),
        "scale": (
            "Scale", "Size", "Company size", "Account size", "规模", "企业规模", "公司规模",
            "客户规模",
        ),
        "sales_channel": ("Sales channel", "Channel", "销售方式", "销售渠道", "渠道"),
        "partner_name": (
            "Channel partner", "Reseller", "Distributor", "渠道伙伴", "代理商", "合作伙伴",
        ),
        "parent": (
            "Parent account", "Parent company", "Parent", "上级客户", "母公司", "上级单位", "集团",
            "所属集团",
        ),
        "main_business": ("Main business", "Business", "主营业务", "经营范围"),
        "registered_capital": ("Registered capital", "注册资本", "注册资金"),
        "note": _NOTE,
    },
    "people": {
        "external_id": (*_ID, "Contact ID", "联系人编号", "联系人ID"),
        "name": (
            "Name", "Full name", "Contact name", "Contact", "Contact person", "Person", "姓名",
            "联系人", "联系人姓名", "名字", "客户联系人",
        ),
        "family_name": ("Last name", "Surname", "Family name", "姓"),
        "given_name": ("First name", "Given name", "名"),
        "account": _ACCOUNT_NAME,
        "title": ("Title", "Job title", "Job position", "Position", "职务", "职位", "头衔", "岗位"),
        "department": ("Department", "部门", "所属部门", "科室"),
        "manager": ("Reports to", "Manager", "Reports to name", "上级", "直属上级", "汇报对象"),
        "phone": (
            "Phone", "Mobile", "Mobile phone", "Phone number", "Mobile phone number", "Tel",
            "Telephone", "Cell", "Cell phone", "Work phone", "Business phone", "手机", "电话",
            "手机号", "手机号码", "联系电话", "办公电话", "移动电话", "联系方式", "座机",
        ),
        "email": (
            "Email", "E-mail", "Email address", "Mail", "邮箱", "电子邮件", "邮件", "电子邮箱",
            "邮箱地址",
        ),
        "role": (
            "Role", "Decision role", "Buying role", "Contact role", "角色", "决策角色",
            "决策链角色",
        ),
        "seniority": ("Seniority", "Level", "Management level", "层级", "级别", "职级"),
        "support": ("Support", "Attitude", "Support level", "支持度", "态度", "支持程度"),
        "insider": ("Insider", "内线"),
        "coach": ("Coach", "Internal coach", "教练", "内部教练"),
        "kpi": ("KPI", "KPIs", "考核指标", "绩效指标"),
        "product_preference": ("Product preference", "产品偏好"),
        "left_on": ("Left on", "Left", "Date left", "离职日期", "离职时间"),
        "age": ("Age", "年龄"),
        "gender": ("Gender", "Sex", "性别"),
        "character": ("Character", "Personality", "性格", "性格特点"),
        "tenure_hobbies": ("Hobbies", "Interests", "Tenure and hobbies", "爱好", "兴趣爱好"),
        "family": ("Family", "家庭", "家庭情况"),
        "education_career": (
            "Education", "Education and career", "Career history", "教育背景", "履历", "教育经历",
            "工作经历",
        ),
        "career_situation": ("Career situation", "职场处境"),
    },
    "deals": {
        "external_id": (
            *_ID,
            "Opportunity ID", "Deal ID", "商机编号", "商机ID", "项目编号", "机会编号",
        ),
        "name": (
            "Opportunity Name", "Deal Name", "Opportunity", "Deal", "Deal title", "Title", "Name",
            "Project", "Project name", "业务机会名称", "交易名称", "商机名称", "项目名称",
            "机会名称", "商机", "项目", "销售机会", "名称",
        ),
        "account": _ACCOUNT_NAME,
        "amount": (
            "Amount", "Deal value", "Value", "Expected revenue", "Opportunity amount",
            "Deal amount", "Total amount", "Amount (converted)", "金额", "商机金额", "预计金额",
            "项目金额", "预估金额", "销售金额", "金额（元）", "金额(万元)", "金额（万元）",
        ),
        "currency": (
            "Currency", "Amount currency", "Deal currency", "Opportunity currency",
            "Value currency", "币种", "货币", "币别",
        ),
        "stage": (
            "Stage", "Deal Stage", "Sales stage", "Pipeline stage", "Opportunity stage", "阶段",
            "销售阶段", "商机阶段", "项目阶段", "当前阶段", "交易阶段",
        ),
        "status": (
            "Status", "State", "Won/Lost", "Result", "状态", "商机状态", "赢单/输单", "结果",
        ),
        "expected_close": (
            "Close Date", "Expected close date", "Expected closing", "Expected close",
            "Closing date", "Expected closing date", "预计成交日期", "预计签约日期", "预计结单日期",
            "成交日期", "预计成交时间", "预计签单日期", "结单日期", "预计关闭日期", "结束日期",
            "关闭日期",
        ),
        "owner": (
            *_OWNER, "Opportunity Owner", "Deal owner", "商机负责人", "项目负责人",
            "业务机会所有人", "交易所有者",
        ),
        "lost_to": (
            "Lost to", "Competitor", "Winning competitor", "Lost to competitor", "竞争对手", "输给",
            "中标厂商", "丢单给",
        ),
        "close_reason": (
            "Lost reason", "Loss reason", "Close reason", "Closed lost reason", "输单原因",
            "丢单原因", "关闭原因", "失败原因",
        ),
        "tendered": ("Tendered", "Tender", "是否招标", "招标"),
        "contract_signed_on": ("Contract signed on", "Contract date", "签约日期", "合同签订日期"),
        "contract_value": ("Contract value", "Contract amount", "合同金额", "合同额"),
        "note": (*_NOTE, "Next step"),
    },
    "activities": {
        "external_id": (*_ID, "Activity ID", "Task ID", "活动编号", "记录编号"),
        "deal": (
            "Deal", "Deal name", "Opportunity", "Opportunity name", "Related to", "Project", "商机",
            "商机名称", "项目", "项目名称", "关联商机", "所属商机",
        ),
        "account": _ACCOUNT_NAME,
        "kind": (
            "Type", "Activity type", "Kind", "Activity", "Task type", "Event type", "类型",
            "活动类型", "跟进方式", "跟进类型", "拜访方式", "联系方式",
        ),
        "on": (
            "Date", "Activity date", "Due date", "Start date", "Start", "Meeting date",
            "Created date", "Done date", "日期", "活动日期", "拜访日期", "跟进日期", "跟进时间",
            "拜访时间", "时间",
        ),
        "level": ("Visit level", "Level", "拜访层级", "层级"),
        "summary": (
            "Subject", "Summary", "Description", "Notes", "Note", "Content", "Comments", "Body",
            "内容", "摘要", "主题", "跟进内容", "拜访内容", "记录", "跟进记录", "备注",
        ),
        "next_step": (
            "Next step", "Next steps", "Next action", "下一步", "下一步计划", "下一步行动",
        ),
        "next_due": (
            "Next step due", "Next step date", "Next due", "Follow-up date", "Next follow-up",
            "下次跟进日期", "下一步日期", "下次跟进时间", "下一步截止日期",
        ),
        "people": (
            "Contacts", "Contact", "Attendees", "Participants", "People", "Guests", "参与人",
            "联系人", "客户参与人", "参会人", "拜访对象",
        ),
    },
}
# fmt: on
"""Header names of common exports per field, in English and Chinese; matched
case-, width-, space- and punctuation-blind, so "Close Date", "close_date" and
"CLOSE DATE" are one header. The field's own key and English label match too."""

# fmt: off
NOT_IMPORTED: dict[Kind, tuple[str, ...]] = {
    "accounts": ("Contact owner", "Deal owner", "Opportunity Owner", "Contact name", "联系人"),
    "people": (
        "Account Owner", "Company owner", "Contact owner", "Owner", "负责人", "客户负责人",
    ),
    "deals": (
        "Account Owner", "Company owner", "Contact owner", "Contact name", "Contact", "联系人",
        "客户负责人", "Probability", "Probability (%)", "赢率", "Created", "Created date",
        "创建时间", "创建日期",
    ),
    "activities": ("Account Owner", "Company owner", "Deal owner", "Created date", "创建时间"),
}
# fmt: on
"""Headers that name something else than a field of the kind (the account's owner
in a deals export, a contact on a deal row): never guessed, even where a word
inside them would match."""

# Where a header means a field in every kind's vocabulary, these keys tell the kinds
# apart (guess_kind): a deals export has an account column too.
_GENERIC = frozenset({"external_id", "name", "note", "owner", "account"})


@lru_cache(maxsize=8)
def _header_index(kind: Kind) -> dict[str, str]:
    index: dict[str, str] = {}
    for target in TARGETS[kind]:
        for word in (target.key, target.label):
            index.setdefault(normalise(word), target.key)
    for word in NOT_IMPORTED[kind]:
        index[normalise(word)] = ""
    for key, words in HEADERS[kind].items():
        for word in words:
            index.setdefault(normalise(word), key)
    return index


_DECORATION = re.compile(r"\s*[(（\[【<《][^)）\]】>》]*[)）\]】>》]\s*$|\s*\*+\s*$")
"""A header's trailing note: "Amount (CNY)", "客户名称（必填）", "Name *"."""


def _header_key(kind: Kind, header: str) -> str | None:
    index = _header_index(kind)
    norm = normalise(header)
    if not norm:
        return None
    if norm in index:
        return index[norm] or None
    bare = normalise(_DECORATION.sub("", header))
    if bare in index:
        return index[bare] or None
    # A known header inside this one, when it is distinctive (2+ CJK or 4+ Latin
    # characters): the one it ends with first, as a header's last word names what
    # it holds ("Account Owner" is an owner, "Deal - Organization" an account,
    # 联系人手机 a phone); else the longest.
    best, rank = None, (False, 0)
    for word, key in index.items():
        size = len(word)
        if size < 2 or (size < 4 and word.isascii()) or word not in bare:
            continue
        candidate = (bare.endswith(word), size)
        if candidate > rank:
            best, rank = key, candidate
    return best or None


def guess_mapping(kind: Kind, headers: Sequence[str]) -> dict[int, str | None]:
    """Column index -> field key (``None``: not imported), from the headers.

    Each field is filled by its first matching column, except fields that take
    several (a region's country, province and city; notes).

    >>> guess_mapping("deals", ["Opportunity Name", "Account Name", "Amount", "Stage", "X"])
    {0: 'name', 1: 'account', 2: 'amount', 3: 'stage', 4: None}
    >>> guess_mapping("people", ["姓名", "客户名称", "手机", "邮箱", "职务"])
    {0: 'name', 1: 'account', 2: 'phone', 3: 'email', 4: 'title'}
    """
    by_key = TARGET_BY_KEY[kind]
    taken: set[str] = set()
    mapping: dict[int, str | None] = {}
    for i, header in enumerate(headers):
        key = _header_key(kind, header)
        if key is not None and (key not in taken or by_key[key].many):
            mapping[i] = key
            taken.add(key)
        else:
            mapping[i] = None
    return mapping


def guess_kind(headers: Sequence[str]) -> Kind:
    """The kind of record a file most likely holds, from its headers.

    >>> guess_kind(["Deal Name", "Company name", "Deal Stage", "Close Date", "Amount"])
    'deals'
    >>> guess_kind(["First Name", "Last Name", "Email", "Company name"])
    'people'
    >>> guess_kind(["客户名称", "行业", "地区"])
    'accounts'
    """
    best: Kind = "accounts"
    best_score = 0
    for kind in ("deals", "people", "activities", "accounts"):
        keys = {k for k in guess_mapping(kind, headers).values() if k}
        score = 2 * len(keys - _GENERIC) + len(keys & _GENERIC)
        if score > best_score:
            best, best_score = kind, score
    return best


# -- closed lists -----------------------------------------------------------------------

# fmt: off
CHOICES: dict[str, dict[str, tuple[str, ...]]] = {
    "nature": {
        Nature.PUBLIC: (
            "public", "Public organisation", "Public organization", "Government", "Public sector",
            "Non-profit", "NGO", "公共组织", "政府", "政府机关", "事业单位", "机关", "机关事业单位",
            "公立", "学校", "医院", "社会组织",
        ),
        Nature.STATE: (
            "state", "State-owned enterprise", "State-owned", "SOE", "State", "国有企业", "国企",
            "央企", "中央企业", "地方国企", "国有", "国有控股",
        ),
        Nature.FOREIGN: (
            "foreign", "Foreign-owned or joint venture", "Foreign", "Foreign-owned",
            "Joint venture", "JV", "Multinational", "外资/合资企业", "外资", "合资", "外企",
            "外资企业", "合资企业", "中外合资", "外商独资", "港澳台资",
        ),
        Nature.PRIVATE: (
            "private", "Private enterprise", "Private", "Private company", "Privately held",
            "民营企业", "民营", "民企", "私企", "私营企业", "私营", "个体",
        ),
    },
    "scale": {
        Scale.XL: (
            "xl", "Extra-large", "Extra large", "Enterprise", "特大型", "特大", "超大型", "超大",
        ),
        Scale.LARGE: ("large", "Large", "Big", "大型", "大", "大型企业"),
        Scale.MEDIUM: (
            "medium", "Medium", "Mid-size", "Mid-market", "Midsize", "中型", "中", "中型企业",
        ),
        Scale.SMALL: (
            "small", "Small or micro", "Small", "Micro", "SMB", "Small business", "小型或微型",
            "小型", "小", "微型", "小微", "小微企业", "小型企业",
        ),
    },
    "sales_channel": {
        SalesChannel.DIRECT: ("direct", "Direct", "Direct sales", "直销", "直签", "终端大客户"),
        SalesChannel.PARTNER: (
            "partner", "Through a partner", "Partner", "Channel", "Indirect", "Reseller",
            "经渠道伙伴", "渠道", "分销", "代理", "渠道销售",
        ),
    },
    "role": {
        Role.KDM: (
            "KDM", "Key decision maker (KDM)", "Key decision maker", "Decision maker",
            "Economic buyer", "Budget holder", "关键决策人（KDM）", "关键决策人", "决策人",
            "决策者", "拍板人",
        ),
        Role.KI: (
            "KI", "Key influencer (KI)", "Key influencer", "Influencer", "Technical buyer",
            "关键影响者（KI）", "关键影响者", "影响者", "影响人", "技术决策人",
        ),
        Role.KU: (
            "KU", "Key user (KU)", "Key user", "User", "End user", "关键使用者（KU）", "关键使用者",
            "使用者", "使用人", "用户",
        ),
        Role.LEAD: (
            "LEAD", "Purchase lead contact (LEAD)", "Purchase lead contact", "Procurement",
            "Purchasing", "Buyer", "采购牵头部门联系人（LEAD）", "采购牵头部门联系人", "牵头",
            "采购", "采购负责人", "采购联系人",
        ),
        Role.EVAL: (
            "EVAL", "Tender evaluator (EVAL)", "Tender evaluator", "Evaluator", "招标评委（EVAL）",
            "招标评委", "评委", "评标专家", "专家",
        ),
    },
    "seniority": {
        Seniority.STAFF: (
            "staff", "Staff", "Employee", "Individual contributor", "基层员工", "员工", "基层",
            "普通员工",
        ),
        Seniority.MIDDLE: (
            "middle", "Middle management", "Manager", "Middle", "中层管理", "中层", "中层干部",
            "经理",
        ),
        Seniority.SENIOR: (
            "senior", "Senior management", "Senior", "Director", "VP", "Executive", "高层管理",
            "高层", "高管", "总监",
        ),
        Seniority.TOP: (
            "top", "Top management", "Top", "C-level", "CEO", "Owner", "最高决策层", "一把手",
            "最高层", "董事长", "总经理",
        ),
    },
    "kind": {
        ActivityKind.VISIT: (
            "visit", "Visit", "Meeting", "On-site visit", "Site visit", "In person", "拜访",
            "上门拜访", "面访", "见面", "会面", "现场拜访", "会议",
        ),
        ActivityKind.CALL: (
            "call", "Call", "Phone call", "Phone", "Log a call", "电话", "通话", "电话沟通", "致电",
        ),
        ActivityKind.MAIL: (
            "mail", "Mail", "Email", "E-mail", "Letter", "邮件", "电子邮件", "信函", "微信",
            "WeChat", "Message", "短信",
        ),
        ActivityKind.EVENT: (
            "event", "Event", "Seminar", "Conference", "Webinar", "Trade show", "市场活动", "活动",
            "研讨会", "展会", "会展",
        ),
        ActivityKind.DEMO: (
            "demo", "Demo", "Demonstration", "Trial", "POC", "演示", "产品演示", "试用", "测试",
        ),
        ActivityKind.PRESENTATION: (
            "presentation", "Presentation", "Solution presentation", "方案汇报", "方案讲解",
            "方案交流", "汇报", "技术交流",
        ),
        ActivityKind.REFERENCE_VISIT: (
            "reference_visit", "Reference-customer visit", "Reference visit", "Customer reference",
            "参观样板客户", "参观样板", "样板客户参观", "考察样板客户",
        ),
        ActivityKind.HQ_VISIT: (
            "hq_visit", "Visit to our headquarters", "HQ visit", "Headquarters visit",
            "Company visit", "考察我方总部", "参观总部", "公司考察", "总部考察", "来访",
        ),
        ActivityKind.TENDER: (
            "tender", "Tender event", "Tender", "Bid opening", "招标活动", "开标", "述标", "澄清",
            "答辩", "投标",
        ),
        ActivityKind.OTHER: (
            "other", "Other", "Task", "Note", "To-do", "Todo", "其他", "其它", "任务", "待办",
        ),
    },
    "level": {
        VisitLevel.REP: (
            "rep", "Rep level", "Rep", "Sales rep", "销售代表层面", "销售代表", "销售", "基层",
        ),
        VisitLevel.MANAGER: ("manager", "Manager level", "Manager", "经理层面", "经理", "销售经理"),
        VisitLevel.EXECUTIVE: (
            "executive", "Executive level", "Executive", "高管层面", "高管", "高层", "总裁", "副总",
        ),
    },
    "status": {
        DealStatus.OPEN: (
            "open", "Open", "In progress", "Active", "进行中", "跟进中", "未关闭", "打开",
        ),
        DealStatus.WON: ("won", "Won", "Closed Won", "Win", "赢单", "成交", "已成交", "赢"),
        DealStatus.LOST: (
            "lost", "Lost", "Closed Lost", "Loss", "输单", "丢单", "失败", "已丢单", "输",
        ),
        DealStatus.SHELVED: ("shelved", "Shelved", "On hold", "Paused", "搁置", "暂停", "挂起"),
    },
    "support": {
        "-2": ("-2", "--", "−−", "Strong opponent", "Strongly against", "坚决反对", "强烈反对"),
        "-1": ("-1", "-", "−", "Opponent", "Against", "反对"),
        "0": ("0", "Neutral", "Unknown", "中立", "未知"),
        "1": ("1", "+1", "+", "Supporter", "Positive", "Supportive", "支持"),
        "2": ("2", "+2", "++", "Strong supporter", "Champion", "坚定支持", "强烈支持"),
    },
    "currency": {
        "CNY": ("CNY", "RMB", "¥", "￥", "元", "人民币", "人民币元"),
        "USD": ("USD", "$", "US$", "美元", "美金"),
        "EUR": ("EUR", "€", "欧元"),
        "GBP": ("GBP", "£", "英镑"),
        "HKD": ("HKD", "HK$", "港币", "港元"),
        "JPY": ("JPY", "日元"),
    },
}
# fmt: on
"""Words accepted for each closed list: code -> the code, the app's English and
Chinese labels (desktop/labels.py) and other systems' words; looked up case-,
width- and punctuation-blind. Any ISO 4217 code is a currency too."""

_CHOICE_INDEX: dict[str, dict[str, str]] = {
    key: {normalise(word): str(code) for code, words in table.items() for word in words}
    | {str(code).casefold(): str(code) for code in table}
    for key, table in CHOICES.items()
}
# Signs that normalise to nothing are looked up as they are.
_CHOICE_RAW: dict[str, dict[str, str]] = {
    key: {word.strip(): str(code) for code, words in table.items() for word in words}
    for key, table in CHOICES.items()
}


@lru_cache(maxsize=4096)
def _choice_of(key: str, text: str) -> str | None:
    found = _CHOICE_RAW[key].get(text)
    if found is None:
        found = _CHOICE_INDEX[key].get(normalise(text))
    if found is None and key == "currency" and is_currency(text.upper()):
        found = text.upper()
    return found


def parse_choice(key: str, cell: Cell) -> str:
    """The stored code of a closed-list value (``"state"`` for 国企).

    >>> parse_choice("nature", "国企"), parse_choice("role", "Key decision maker (KDM)")
    ('state', 'KDM')
    >>> parse_choice("kind", "上门拜访"), parse_choice("currency", "usd")
    ('visit', 'USD')
    """
    text = as_text(cell)
    found = _choice_of(key, text)
    if found is None:
        raise ValueProblem(
            "'{value}' is not one of the values this field takes: {allowed}.",
            value=text if len(text) <= 60 else text[:57] + "…",
            allowed=", ".join(str(code) for code in CHOICES[key]),
        )
    return found


# -- converting a row -------------------------------------------------------------------


@dataclass(frozen=True)
class CellProblem:
    """Why one cell (or the row, when ``column`` is empty) keeps a row out.

    ``reason`` is English text (error file, command line); ``template`` and
    ``params`` let the desktop show it translated.
    """

    line: int
    column: str
    value: str
    reason: str
    template: str = ""
    params: Mapping[str, object] = field(default_factory=dict)


def _problem(line: int, column: str, value: str, exc: DomainError) -> CellProblem:
    return CellProblem(line, column, value, exc.message, exc.template, exc.params)


def _row_problem(line: int, exc: DomainError) -> CellProblem:
    return _problem(line, "", "", exc)


_PEOPLE_SPLIT = re.compile(r"\s*[,;，；、/|\n]\s*")
_EXACT_LIMIT = 1e15  # Excel keeps 15 significant digits of a number


def _text(cell: Cell) -> str:
    return cell.strip() if type(cell) is str else as_text(cell)


def _id_text(cell: Cell) -> str:
    if type(cell) is str:
        return cell.strip()
    text = as_text(cell)
    if isinstance(cell, float) and abs(cell) >= _EXACT_LIMIT:
        raise ValueProblem(
            "{value} was stored as a number, and a spreadsheet keeps only 15 digits of "
            "a number: its last digits are lost. Format the column as text and enter "
            "it again.",
            value=text,
        )
    return text


def _number(cell: Cell) -> float:
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return float(cell)
    text = as_text(cell)
    try:
        return float(text)
    except ValueError:
        raise ValueProblem("'{value}' is not a number.", value=text) from None


def _support(cell: Cell) -> int:
    number: float | None = None
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        number = float(cell)
    elif isinstance(cell, str):
        try:
            number = float(cell.replace("−", "-"))
        except ValueError:
            number = None
    if number is not None and number.is_integer():
        value = int(number)
    else:
        value = int(parse_choice("support", cell))
    if not -2 <= value <= 2:
        raise ValueProblem(
            "Support {value} is out of range: from -2 (strong opponent) to 2 (strong supporter).",
            value=value,
        )
    return value


def _names(cell: Cell) -> list[str]:
    return [name for name in _PEOPLE_SPLIT.split(_text(cell)) if name]


Converter = Callable[[Cell], object]


def _converter(
    kind: Kind, target: Target, day_order: str, date_system: int, decimal: str
) -> Converter:
    key = target.key
    if kind == "activities" and key == "people":
        return _names
    if key == "support":
        return _support
    if target.kind == "id_text":
        return _id_text
    if target.kind in ("text", "ref"):
        return _text
    if target.kind == "day":
        order: Any = day_order
        return partial(parse_day, order=order, date_system=date_system)
    if target.kind == "amount":
        return partial(parse_amount, decimal=decimal)
    if target.kind == "stage":
        return parse_stage
    if target.kind == "flag":
        return parse_flag
    if target.kind == "number":
        return _number
    return lambda cell: parse_choice(key, cell)


_ZERO_DAY = re.compile(
    r"0{4}(?P<sep>[-/.])0{1,2}(?P=sep)0{1,2}(?:[ T]0{1,2}:00(?::00(?:\.0+)?)?)?$"
)
"""MySQL's "no date" (0000-00-00, with a time of zeros), which CRMs built on it export."""


def _is_empty(cell: Cell) -> bool:
    return cell is None or (type(cell) is str and not cell.strip())


RowConverter = Callable[[SourceRow], tuple[dict[str, object], list[CellProblem]]]


def row_converter(
    kind: Kind,
    mapping: Mapping[int, str | None],
    headers: Sequence[str],
    *,
    day_order: str = "ymd",
    date_system: int = 1900,
    decimal: str = ".",
) -> RowConverter:
    """:func:`convert_row` with the mapping worked out once, for many rows.

    Text columns (most of them) are handled inline: a CSV cell is only trimmed,
    so a row costs little more than reading it.
    """
    targets = TARGET_BY_KEY[kind]
    width = len(headers)
    # (index, key, column, converter for what is not text, joint for a field of several columns)
    texts: list[tuple[int, str, str, Converter, str]] = []
    # (index, key, column, converter, private)
    others: list[tuple[int, str, str, Converter, bool]] = []
    for index, key in sorted(mapping.items()):
        if key is None:
            continue
        if key not in targets:
            raise ValueProblem(
                "'{key}' is not a field an import of {kind} can fill.", key=key, kind=kind
            )
        if not 0 <= index < width:
            raise ValueProblem(
                "Column {number} is mapped, but the file has {count} columns.",
                number=index + 1,
                count=width,
            )
        target = targets[key]
        conv = _converter(kind, target, day_order, date_system, decimal)
        if conv is _text or conv is _id_text:
            joint = ("/" if key == "region" else "\n") if target.many else ""
            texts.append((index, key, headers[index], conv, joint))
        else:
            others.append((index, key, headers[index], conv, target.private))
    days = {key for key, target in targets.items() if target.kind == "day"}
    mapped = {entry[1] for entry in texts} | {entry[1] for entry in others}
    names_from_parts = kind == "people" and bool(mapped & {"family_name", "given_name"})
    required = [
        t for t in targets.values() if t.required and not (t.key == "name" and names_from_parts)
    ]
    finish = bool(mapped & _FINISHED)

    def convert(row: SourceRow) -> tuple[dict[str, object], list[CellProblem]]:
        line = row.line
        if row.problem:
            broken = ValueProblem(
                "A closing quote in this row is followed by more text; quote the whole value "
                "and double any quote inside it."
            )
            return {}, [_row_problem(line, broken)]
        cells = row.cells
        problems: list[CellProblem] = []
        if len(cells) != width and (
            len(cells) < width or any(not _is_empty(c) for c in cells[width:])
        ):
            problems.append(
                _row_problem(
                    line,
                    ValueProblem(
                        "This row has {count} cells but the header has {expected}: a delimiter "
                        "or quote inside a value may have split or joined cells.",
                        count=len(cells),
                        expected=width,
                    ),
                )
            )
            return {}, problems
        record: dict[str, object] = {}
        for index, key, column, conv, joint in texts:
            cell = cells[index]
            if type(cell) is str:
                if not cell:
                    continue
                text = cell.strip()
            elif cell is None:
                continue
            else:
                try:
                    text = conv(cell)  # type: ignore[assignment]  # _text and _id_text give str
                except ValueProblem as exc:
                    problems.append(_problem(line, column, as_text(cell), exc))
                    continue
            if text:
                if key not in record:
                    record[key] = text
                elif joint:
                    record[key] = f"{record[key]}{joint}{text}"
        for index, key, column, conv, private in others:
            cell = cells[index]
            if cell is None or cell == "":
                continue
            try:
                value = conv(cell)
            except ValueProblem as exc:
                if type(cell) is str and (
                    not cell.strip() or (key in days and _ZERO_DAY.match(cell.strip()))
                ):
                    continue  # spaces only, or a database's zero date: empty
                problems.append(_problem(line, column, "" if private else as_text(cell), exc))
                continue
            if key not in record and value != []:
                record[key] = value
        if problems:
            return record, problems
        if finish:
            _finish(kind, record, problems, line)
        for target in required:
            if target.key not in record:
                problems.append(
                    _row_problem(
                        line,
                        ValueProblem(
                            "{label} is required, and this row leaves it empty.",
                            label=target.label,
                        ),
                    )
                )
        return record, problems

    return convert


_FINISHED = frozenset({"amount", "contract_value", "stage", "family_name", "given_name"})
"""Fields :func:`_finish` splits or joins after a row's cells are read."""


def _finish(kind: Kind, record: dict[str, object], problems: list[CellProblem], line: int) -> None:
    """Split and join what one column held for two fields, or two for one."""
    for key in ("amount", "contract_value"):
        value = record.get(key)
        if isinstance(value, tuple):
            amount, currency = value
            if amount < 0:
                problems.append(
                    _row_problem(
                        line, ValueProblem("The amount {value} is negative.", value=as_text(amount))
                    )
                )
            record[key] = amount
            if currency and "currency" not in record:
                record["currency"] = currency
            elif currency and record["currency"] != currency:
                problems.append(
                    _row_problem(
                        line,
                        ValueProblem(
                            "The amount is in {first} but the currency column says {second}.",
                            first=currency,
                            second=record["currency"],
                        ),
                    )
                )
    stage = record.pop("stage", None)
    if isinstance(stage, tuple):
        stage_code, status = stage
        if stage_code:
            record["stage"] = stage_code
        if status and "status" not in record:
            record["status"] = status
        elif status not in (None, "open") and record.get("status") not in (status,):
            problems.append(
                _row_problem(
                    line,
                    ValueProblem(
                        "The stage says {first} but the status column says {second}.",
                        first=status,
                        second=record.get("status"),
                    ),
                )
            )
    if kind == "people":
        family = record.pop("family_name", None)
        given = record.pop("given_name", None)
        if "name" not in record and (family or given):
            parts = [str(p) for p in (family, given) if p]
            cjk = any(not p.isascii() for p in parts)
            record["name"] = "".join(parts) if cjk else " ".join(reversed(parts))


_SAMPLE = 5000
"""How many rows :func:`guess_formats` looks at."""


def guess_formats(
    kind: Kind, mapping: Mapping[int, str | None], rows: Sequence[SourceRow]
) -> dict[str, str]:
    """``{"day_order": ..., "decimal": ...}`` for :func:`row_converter`, from the mapped columns.

    The day order comes from the date columns (1/5/2027 or 5/1/2027?), the decimal
    mark from the amount columns (is 2.000 two thousand?), over the first rows.

    >>> rows = [SourceRow(2, ("1.234,50 €", "31/12/2027")), SourceRow(3, ("2.000", "5/1/2027"))]
    >>> guess_formats("deals", {0: "amount", 1: "expected_close"}, rows)
    {'day_order': 'dmy', 'decimal': ','}
    """
    targets = TARGET_BY_KEY[kind]
    days = [i for i, k in mapping.items() if k in targets and targets[k].kind == "day"]
    amounts = [i for i, k in mapping.items() if k in targets and targets[k].kind == "amount"]
    sample = rows[:_SAMPLE]

    def cells(indexes: list[int]) -> list[Cell]:
        return [r.cells[i] for r in sample for i in indexes if i < len(r.cells)]

    return {
        "day_order": guess_day_order(cells(days)),
        "decimal": guess_decimal_mark(cells(amounts)),
    }


def convert_row(
    kind: Kind,
    mapping: Mapping[int, str | None],
    row: SourceRow,
    headers: Sequence[str],
    *,
    day_order: str = "ymd",
    date_system: int = 1900,
    decimal: str = ".",
) -> tuple[dict[str, object], list[CellProblem]]:
    """One row as a record (field key -> value) and the problems that keep it out.

    Values are converted (text, date, float, bool); an amount's currency goes to
    ``currency`` and a stage name's meaning to ``stage`` and ``status``;
    references stay the text of the other record's name. Empty cells leave
    their field out of the record.
    """
    return row_converter(
        kind, mapping, headers, day_order=day_order, date_system=date_system, decimal=decimal
    )(row)
