<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="175"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="178"/>
        <source>The customer&apos;s name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="180"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="184"/>
        <source>Na&amp;ture</source>
        <translation>性质(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="193"/>
        <source>Choose or type an industry</source>
        <translation>选择或输入行业</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="200"/>
        <source>&amp;Industry</source>
        <translation>行业(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="203"/>
        <source>e.g. China/East/Shanghai/Pudong</source>
        <translation>例如：中国/华东/上海/浦东</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="207"/>
        <source>Widest region first, levels separated by “/”:
{levels}</source>
        <translation>从最大的区域写起，各层级之间用“/”分隔：
{levels}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="216"/>
        <source>&amp;Region</source>
        <translation>区域(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="220"/>
        <source>Si&amp;ze</source>
        <translation>规模(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="223"/>
        <source>How we sell</source>
        <translation>销售方式</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="229"/>
        <source>&amp;Channel</source>
        <translation>渠道(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="232"/>
        <source>Choose the partner kind…</source>
        <translation>选择渠道伙伴类型…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="240"/>
        <source>Partner &amp;kind</source>
        <translation>伙伴类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="243"/>
        <source>The partner company</source>
        <translation>渠道伙伴公司</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="245"/>
        <source>Partner na&amp;me</source>
        <translation>伙伴名称(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="248"/>
        <source>The rep on our side who owns the account</source>
        <translation>我方负责该客户的销售代表</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="252"/>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="255"/>
        <source>Sales territory</source>
        <translation>销售责任区</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="257"/>
        <source>&amp;Territory</source>
        <translation>责任区(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="260"/>
        <source>Group</source>
        <translation>集团关系</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="262"/>
        <source>The group or head office this account belongs to</source>
        <translation>该客户所属的集团或总部</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="266"/>
        <source>&amp;Parent account</source>
        <translation>上级单位(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="268"/>
        <source>Click a subsidiary to open it</source>
        <translation>单击下属单位即可打开</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="272"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="279"/>
        <source>Subsidiaries</source>
        <translation>下属单位</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="314"/>
        <source>What this account brings us</source>
        <translation>该客户给我们带来的价值</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="323"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="325"/>
        <source>Anything the team should know</source>
        <translation>团队需要知道的任何情况</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="520"/>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="526"/>
        <source>{name} (left the team)</source>
        <translation>{name}（已离开团队）</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="534"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="560"/>
        <source>In-depth profile ({filled} of {total} filled)</source>
        <translation>深度画像（已填 {filled} / {total} 项）</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="576"/>
        <source>Edit account name</source>
        <translation>修改客户名称</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="577"/>
        <source>Edit account nature</source>
        <translation>修改客户性质</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="578"/>
        <source>Edit account industry</source>
        <translation>修改客户行业</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="579"/>
        <source>Edit account region</source>
        <translation>修改客户区域</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="580"/>
        <source>Edit account size</source>
        <translation>修改客户规模</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="581"/>
        <source>Edit account sales channel</source>
        <translation>修改客户销售方式</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="582"/>
        <source>Edit account partner kind</source>
        <translation>修改渠道伙伴类型</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="583"/>
        <source>Edit account partner name</source>
        <translation>修改渠道伙伴名称</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="584"/>
        <source>Edit account owner</source>
        <translation>修改客户负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="585"/>
        <source>Edit account territory</source>
        <translation>修改客户责任区</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="586"/>
        <source>Edit account parent</source>
        <translation>修改上级单位</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="587"/>
        <source>Edit account industry-chain segment</source>
        <translation>修改客户所处产业链环节</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="588"/>
        <source>Edit account main business</source>
        <translation>修改客户主营业务</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="589"/>
        <source>Edit account organisation structure</source>
        <translation>修改客户组织架构</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="590"/>
        <source>Edit account development stage</source>
        <translation>修改客户发展阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="591"/>
        <source>Edit account markets</source>
        <translation>修改客户市场与客户群</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="592"/>
        <source>Edit account business regions</source>
        <translation>修改客户业务覆盖区域</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="593"/>
        <source>Edit account registered capital</source>
        <translation>修改客户注册资本</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="594"/>
        <source>Edit account culture</source>
        <translation>修改客户企业文化</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="595"/>
        <source>Edit account IT situation</source>
        <translation>修改客户信息化现状</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="596"/>
        <source>Edit account core needs</source>
        <translation>修改客户核心需求</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="597"/>
        <source>Edit account value to us</source>
        <translation>修改客户对我方的价值</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="598"/>
        <source>Edit account note</source>
        <translation>修改客户备注</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="652"/>
        <source>An account sold through a partner needs the partner kind: choose it below “Channel” to finish the change.</source>
        <translation>经渠道伙伴销售的客户需要指定伙伴类型：请在“渠道”下方选择，以完成此项修改。</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="102"/>
        <source>New &amp;account</source>
        <translation>新建客户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="104"/>
        <source>Add a key account (Ctrl+Shift+A)</source>
        <translation>添加一个大客户（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="110"/>
        <source>&amp;Delete account</source>
        <translation>删除客户(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="115"/>
        <source>Delete the selected account with its people and deals (Del; undoable)</source>
        <translation>删除所选客户及其人员和项目（Del；可撤销）</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="131"/>
        <source>No accounts yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="133"/>
        <source>Accounts are the customers you target: organisations that buy often and in volume, and whose business can move your results. Add one to record who they are, who decides there, and the deals you work on with them.</source>
        <translation>大客户是您重点经营的客户：采购频繁、采购量大、能左右您业绩的组织。添加一个客户，记下它是谁、谁在那里拍板，以及您正在跟进的项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="137"/>
        <source>Add the first account</source>
        <translation>添加第一个客户</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="173"/>
        <source>Profile</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="174"/>
        <source>Who the account is: targeting attributes and profile</source>
        <translation>客户是谁：定位属性与画像</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="176"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="177"/>
        <source>The customer&apos;s people and their roles in the decision</source>
        <translation>客户方人员及其在决策中的角色</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="209"/>
        <source>Search accounts…</source>
        <translation>搜索客户…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="211"/>
        <source>Name, industry, region, owner, needs… (Ctrl+F). Every word must match.</source>
        <translation>名称、行业、区域、负责人、需求…（Ctrl+F）。每个词都须匹配。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="231"/>
        <source>Show one nature of organisation</source>
        <translation>只显示一种客户性质</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="232"/>
        <source>Show one industry</source>
        <translation>只显示一个行业</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="234"/>
        <source>Show one region, with everything inside it at any level</source>
        <translation>只显示一个区域（含其下各级区域）</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="236"/>
        <source>Show one company size</source>
        <translation>只显示一种企业规模</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="237"/>
        <source>Show the accounts of one owner</source>
        <translation>只显示某位负责人的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="241"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="242"/>
        <source>Show all accounts again</source>
        <translation>重新显示全部客户</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="254"/>
        <source>All natures</source>
        <translation>全部性质</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="255"/>
        <source>All sizes</source>
        <translation>全部规模</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="361"/>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="365"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="368"/>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="370"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="420"/>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="422"/>
        <source>{total} accounts</source>
        <translation>{total} 个客户</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="451"/>
        <source>No account selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="462"/>
        <location filename="../../desktop/pages/accounts.py" line="467"/>
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="483"/>
        <source>Delete the account “{name}”?

Its people ({people}) and deals ({deals}) are deleted with it.</source>
        <translation>删除客户“{name}”吗？

其人员（{people}）和项目（{deals}）将一并删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="487"/>
        <source>Its subsidiaries ({count}) stay, without this parent.</source>
        <translation>其下属单位（{count}）会保留，但不再隶属于它。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="490"/>
        <source>Undo (Ctrl+Z) brings everything back.</source>
        <translation>撤销（Ctrl+Z）可全部恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="491"/>
        <source>Delete account</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="496"/>
        <source>Delete account {name}</source>
        <translation>删除客户 {name}</translation>
    </message>
</context>
<context>
    <name>AccountsPreview</name>
    <message>
        <location filename="../../desktop/pages/accounts_preview.py" line="24"/>
        <source>Opening the workspace…</source>
        <translation>正在打开工作区…</translation>
    </message>
</context>
<context>
    <name>AccountsTableModel</name>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="244"/>
        <source>Open deals, but no activity logged yet</source>
        <translation>有进行中的项目，但还没有任何活动记录</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="246"/>
        <source>No activity for {days} days</source>
        <translation>已有 {days} 天没有活动</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="267"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="268"/>
        <source>Nature</source>
        <translation>性质</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="269"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="270"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="271"/>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="272"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="273"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="274"/>
        <source>Deals</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="275"/>
        <source>Pipeline</source>
        <translation>在跟金额</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="276"/>
        <source>P1 … P7</source>
        <translation>P1 … P7</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="277"/>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="282"/>
        <source>The key account&apos;s name</source>
        <translation>大客户名称</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="284"/>
        <source>Public organisation, state-owned, foreign or joint venture, private</source>
        <translation>公共组织 / 国有企业 / 外资或合资企业 / 民营企业</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="286"/>
        <source>The account&apos;s industry</source>
        <translation>客户所属行业</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="287"/>
        <source>Where the account is, from the widest region down</source>
        <translation>客户所在区域，由大到小</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="288"/>
        <source>Company size</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="289"/>
        <source>The rep on our side who owns the account</source>
        <translation>我方负责该客户的销售代表</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="290"/>
        <source>Customer people on file (still working there)</source>
        <translation>已登记的客户方人员（仍在职）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="291"/>
        <source>Open deals with this account</source>
        <translation>与该客户进行中的项目</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="292"/>
        <source>Total amount of the open deals</source>
        <translation>进行中项目的总金额</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="293"/>
        <source>Open deals in each stage, P1 to P7</source>
        <translation>P1 到 P7 各阶段进行中的项目数</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="295"/>
        <source>Date of the latest visit, call or event; amber when the account has open deals and has gone quiet</source>
        <translation>最近一次拜访、电话或活动的日期；有进行中的项目却久无动静时显示为琥珀色</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <location filename="../../desktop/board/column.py" line="82"/>
        <source>{n} deals, {total} in total, {weighted} weighted at {p:.0%}</source>
        <translation>{n} 个项目，合计 {total}，按 {p:.0%} 加权为 {weighted}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="88"/>
        <source>Usual time in this stage: {days} days</source>
        <translation>本阶段通常耗时：{days} 天</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="93"/>
        <source>{n} deals, {total} in total</source>
        <translation>{n} 个项目，合计 {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="98"/>
        <source>Click to show or hide the cards; drop cards here to close deals.</source>
        <translation>单击可显示或隐藏卡片；把卡片拖到这里即可关闭项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="172"/>
        <source>weighted {amount}</source>
        <translation>加权 {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="174"/>
        <source>≈ {amount}</source>
        <translation>≈ {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="180"/>
        <source>No deals in this stage</source>
        <translation>本阶段没有项目</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="182"/>
        <source>⌀ {days:.0f} d in stage · usual {usual}</source>
        <translation>平均在本阶段 {days:.0f} 天 · 通常 {usual} 天</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="186"/>
        <source>⌀ {days:.0f} d · usual {usual}</source>
        <translation>平均 {days:.0f} 天 · 通常 {usual} 天</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="143"/>
        <source>Mark as {status}</source>
        <translation>标记为{status}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="144"/>
        <source>Mark {deals} as {status}. It leaves the funnel; reopening brings it back.</source>
        <translation>将 {deals} 标记为{status}。项目将离开漏斗；重新打开即可恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="23"/>
        <location filename="../../desktop/board/labels.py" line="39"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="25"/>
        <location filename="../../desktop/board/labels.py" line="40"/>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="27"/>
        <location filename="../../desktop/board/labels.py" line="41"/>
        <source>Shelved</source>
        <translation>搁置</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="38"/>
        <location filename="../../desktop/pages/board.py" line="462"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="47"/>
        <source>No KDM named</source>
        <translation>未指定关键决策人</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="49"/>
        <source>Strong opponent</source>
        <translation>坚决反对</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="50"/>
        <source>Opponent</source>
        <translation>反对</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="51"/>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="52"/>
        <source>Supporter</source>
        <translation>支持</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="53"/>
        <source>Strong supporter</source>
        <translation>坚定支持</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="58"/>
        <location filename="../../desktop/board/labels.py" line="73"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="58"/>
        <source>Presales</source>
        <translation>售前</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="58"/>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="65"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="66"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="67"/>
        <source>Mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="68"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="73"/>
        <source>Executive</source>
        <translation>高管</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="73"/>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="80"/>
        <source>Not checked</source>
        <translation>未核实</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="81"/>
        <source>Claimed, not verified</source>
        <translation>对方声称，尚未核实</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="82"/>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="88"/>
        <source>Largest amount</source>
        <translation>金额最大</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="89"/>
        <source>Closing soonest</source>
        <translation>最快成交</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="90"/>
        <source>Longest in stage</source>
        <translation>在阶段停留最久</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="91"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="97"/>
        <source>No swimlanes</source>
        <translation>不分泳道</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="98"/>
        <source>Lanes by owner</source>
        <translation>按负责人分泳道</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="99"/>
        <source>Lanes by account</source>
        <translation>按客户分泳道</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="106"/>
        <source>The bid is won, but no provisional award has been announced.</source>
        <translation>已投标并中标，但预中标结果尚未公布。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="107"/>
        <source>We are the provisional winner; the publicity period has not passed.</source>
        <translation>我方是预中标人，但中标公示期还没过。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="108"/>
        <source>The award notice is here, but no contract is signed yet.</source>
        <translation>已收到中标通知书，但还没有签合同。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="109"/>
        <source>The contract is signed, but no payment has arrived yet.</source>
        <translation>合同已签，但还没有收到任何回款。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="110"/>
        <source>The first payment is below {share:.0%} of the contract value.</source>
        <translation>首期款低于合同总额的 {share:.0%}。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="91"/>
        <source>Move back to {stage}</source>
        <translation>退回到 {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="94"/>
        <source>Moving a deal back needs a reason; the stage history keeps it.</source>
        <translation>退回项目需要填写原因；阶段历史会记下它。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="101"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="102"/>
        <source>Reopening puts the deal back in the funnel. Why?</source>
        <translation>重新打开会让项目回到漏斗中。原因是？</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="108"/>
        <source>Reopen “{deal}”</source>
        <translation>重新打开“{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="142"/>
        <source>Move “{deal}” to {stage}</source>
        <translation>将“{deal}”推进到 {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="152"/>
        <source>“{deal}” is closed; reopen it first.</source>
        <translation>“{deal}”已关闭；请先重新打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="156"/>
        <source>Mark “{deal}” as won</source>
        <translation>将“{deal}”标记为赢单</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="161"/>
        <source>Not won yet</source>
        <translation>还不能算赢单</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="173"/>
        <source>The deal is in {stage}; only a deal in P7 can be won.</source>
        <translation>项目处于 {stage}；只有处于 P7 的项目才能标记为赢单。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="184"/>
        <source>(now {ratio:.0%})</source>
        <translation>（目前为 {ratio:.0%}）</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="186"/>
        <source>“{deal}” cannot be marked won yet:</source>
        <translation>“{deal}”还不能标记为赢单：</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="193"/>
        <source>Already closed</source>
        <translation>已经关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="194"/>
        <source>Reopen a closed deal before marking it {status}.</source>
        <translation>已关闭的项目须先重新打开，才能标记为{status}。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="208"/>
        <source>Mark “{deal}” as {status}</source>
        <translation>将“{deal}”标记为{status}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="231"/>
        <source>Move {n} deals to {column}</source>
        <translation>将 {n} 个项目移到 {column}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="251"/>
        <source> and {n} more</source>
        <translation> 等另外 {n} 个</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="142"/>
        <source>Swimlanes</source>
        <translation>泳道</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="145"/>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="150"/>
        <source>No deals yet</source>
        <translation>还没有项目</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="151"/>
        <source>Deals appear here in one column per stage, P1 to P7. Create a deal on an account or convert a lead; then drag its card as the deal moves on — the method&apos;s exit criteria guard every step.</source>
        <translation>项目会按阶段分列在这里，从 P1 到 P7。在客户下新建项目或把线索转为项目，然后随着项目推进拖动它的卡片——每一步都由方法中的出口标准把关。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="215"/>
        <source>Move left</source>
        <translation>左移</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="216"/>
        <source>Move the selected deals one stage back (Ctrl+Left); asks for a reason</source>
        <translation>把所选项目退回上一阶段（Ctrl+Left）；需要填写原因</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="221"/>
        <source>Move right</source>
        <translation>右移</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="222"/>
        <source>Move the selected deals one stage on (Ctrl+Right); the stage gate applies</source>
        <translation>把所选项目推进到下一阶段（Ctrl+Right）；须通过阶段关卡</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="227"/>
        <source>Open deal</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="228"/>
        <source>Show the selected deal in the side panel (Enter or double-click)</source>
        <translation>在侧面板中显示所选项目（回车或双击）</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="232"/>
        <source>Closed deals</source>
        <translation>已关闭的项目</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="233"/>
        <source>Show or hide the won, lost and shelved columns</source>
        <translation>显示或隐藏赢单、丢单和搁置列</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="238"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="238"/>
        <source>Show every deal again</source>
        <translation>重新显示全部项目</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="241"/>
        <source>Read every deal again from the workspace (F5)</source>
        <translation>从工作区重新读取全部项目（F5）</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="241"/>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="310"/>
        <source>{n} open deals · {total} in the funnel · {weighted} weighted</source>
        <translation>{n} 个进行中的项目 · 漏斗合计 {total} · 加权 {weighted}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="316"/>
        <source>filtered</source>
        <translation>已筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="463"/>
        <source>Move to</source>
        <translation>移到</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="470"/>
        <source>Mark as {status}…</source>
        <translation>标记为{status}…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="537"/>
        <source>Protected until {day}</source>
        <translation>保护期至 {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="539"/>
        <source>Double-click or Enter opens the deal; drag it to move it.</source>
        <translation>双击或按回车打开项目；拖动即可移动它。</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../desktop/board/delegate.py" line="122"/>
        <source>{n} d</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="123"/>
        <source>in {stage}</source>
        <translation>在 {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="124"/>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="125"/>
        <source>Coach</source>
        <translation>内部教练</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="289"/>
        <source>{n} · {total}</source>
        <translation>{n} · {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="293"/>
        <source>none here</source>
        <translation>此处没有</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="400"/>
        <source>Expected to close {day}: that date has passed.</source>
        <translation>预计 {day} 成交：该日期已过。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="401"/>
        <source>Expected to close {day}</source>
        <translation>预计 {day} 成交</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="408"/>
        <source>Five elements verified: {n} of {m}. A valid opportunity (P3) needs all five checked by the rep and confirmed by the manager.</source>
        <translation>五要素已核实：{n} / {m}。有效商机（P3）要求五项全部经销售核实、并由经理确认。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="412"/>
        <source>Exit criteria of the current stage met: {n} of {m}.</source>
        <translation>当前阶段出口标准已达成：{n} / {m}。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="417"/>
        <source>A coach (内部教练) inside the customer shows us how to sell there.</source>
        <translation>客户内部有内部教练，指导我们如何推进销售。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="419"/>
        <source>No coach yet: develop one among KI/KU middle or senior managers.</source>
        <translation>还没有内部教练：请在 KI/KU 的中高层中发展一位。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="422"/>
        <source>Key decision maker&apos;s support: {label}.</source>
        <translation>关键决策人的支持度：{label}。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="427"/>
        <source>Not yours yet:</source>
        <translation>还不算到手：</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="434"/>
        <source>{n} days in this stage; it usually takes {usual}.</source>
        <translation>已在本阶段 {n} 天；通常只需 {usual} 天。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="437"/>
        <source>{n} days in this stage (usually up to {usual}).</source>
        <translation>已在本阶段 {n} 天（通常不超过 {usual} 天）。</translation>
    </message>
</context>
<context>
    <name>CompetitorsDialog</name>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="285"/>
        <source>Competitors in this deal</source>
        <translation>本项目的竞争对手</translation>
    </message>
</context>
<context>
    <name>DealPanel</name>
    <message>
        <location filename="../../desktop/board/panel.py" line="190"/>
        <source>Close the deal panel (Esc)</source>
        <translation>关闭项目面板（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="268"/>
        <source>Not yours yet</source>
        <translation>还不算到手</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="281"/>
        <source>No reason recorded.</source>
        <translation>未记录原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="283"/>
        <source>Lost to {competitor}</source>
        <translation>输给了 {competitor}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="288"/>
        <source>Deal</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="297"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="301"/>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="306"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="319"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="321"/>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="323"/>
        <source>Protected until</source>
        <translation>保护期至</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="325"/>
        <source>Sold through a tender</source>
        <translation>走招标流程</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="331"/>
        <source>Contract signed</source>
        <translation>合同签订日期</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="333"/>
        <location filename="../../desktop/board/panel.py" line="363"/>
        <source>not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="336"/>
        <source>Contract value</source>
        <translation>合同总额</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="339"/>
        <source>Notes on this deal</source>
        <translation>关于本项目的备注</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="342"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="377"/>
        <source>Exit criteria of {stage}</source>
        <translation>{stage} 的出口标准</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="379"/>
        <source>This stage has no exit criteria.</source>
        <translation>本阶段没有出口标准。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="390"/>
        <source>done {on} {by}</source>
        <translation>{on} {by}完成</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="392"/>
        <source>by {name}</source>
        <translation>由{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="404"/>
        <source>Key actions in {stage}</source>
        <translation>{stage} 的关键动作</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="404"/>
        <source>Rules of {stage}</source>
        <translation>{stage} 的规则</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="425"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="431"/>
        <source>The method names no key actions or rules for this stage.</source>
        <translation>方法中没有为本阶段规定关键动作或规则。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="436"/>
        <source>Five elements ({n}/5 verified)</source>
        <translation>五要素（已核实 {n}/5）</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="473"/>
        <source>Verify…</source>
        <translation>核实…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="475"/>
        <source>Record who verified this element, how and when</source>
        <translation>记录由谁、以何种方式、在何时核实了这项要素</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="482"/>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="483"/>
        <source>None recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="488"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="489"/>
        <source>Choose the competitors in this deal</source>
        <translation>选择本项目的竞争对手</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="496"/>
        <source>Tender</source>
        <translation>招标</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="497"/>
        <source>Scoring criteria shaped by us</source>
        <translation>评分标准由我方主导</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="503"/>
        <source>The tender&apos;s scoring criteria</source>
        <translation>招标的评分标准</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="511"/>
        <source>Evaluators: {n}, {s} support us</source>
        <translation>评委：{n} 人，其中 {s} 人支持我方</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="515"/>
        <source>No evaluators named for this deal yet.</source>
        <translation>本项目还没有指定评委。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="518"/>
        <source>, backs {name}</source>
        <translation>，倾向 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="528"/>
        <source>Payment plan</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="531"/>
        <source>Contract {value}; received {paid}</source>
        <translation>合同 {value}；已回款 {paid}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="537"/>
        <source>first payment {ratio:.0%} (minimum {share:.0%})</source>
        <translation>首期款 {ratio:.0%}（最低 {share:.0%}）</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="542"/>
        <source>due {day}</source>
        <translation>{day} 到期</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="544"/>
        <source>received {amount} on {day}</source>
        <translation>{day} 收到 {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="549"/>
        <source>open</source>
        <translation>未回款</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="560"/>
        <source>Add instalment…</source>
        <translation>添加回款期次…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="562"/>
        <source>Record payment…</source>
        <translation>登记回款…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="572"/>
        <source>Stage history</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="579"/>
        <source>Created in {stage}</source>
        <translation>创建于 {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="583"/>
        <source>Reopened in {stage}</source>
        <translation>在 {stage} 重新打开</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="601"/>
        <source>Forced past: {unmet}</source>
        <translation>强制推进，未满足：{unmet}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="616"/>
        <source>Edit {field} of “{deal}”</source>
        <translation>修改“{deal}”的{field}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="622"/>
        <source>Tick {id}</source>
        <translation>勾选 {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="622"/>
        <source>Untick {id}</source>
        <translation>取消勾选 {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="650"/>
        <source>Verify {id}</source>
        <translation>核实 {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="660"/>
        <source>Competitors of “{deal}”</source>
        <translation>“{deal}”的竞争对手</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="672"/>
        <source>Add an instalment to “{deal}”</source>
        <translation>为“{deal}”添加回款期次</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="681"/>
        <source>Record a payment for “{deal}”</source>
        <translation>为“{deal}”登记回款</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/app.py" line="116"/>
        <source>{path} exists already; choose another name for the new workspace.</source>
        <translation>{path} 已存在，请为新工作区换一个名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/context.py" line="56"/>
        <source>The change could not be saved in {workspace} ({detail}). Nothing was changed; try again.</source>
        <translation>无法在 {workspace} 中保存这次修改（{detail}）。数据没有任何改动，请重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/snapshot.py" line="28"/>
        <source>Unknown view &apos;{view}&apos;; choose one of {views}.</source>
        <translation>未知视图“{view}”，请从以下视图中选择：{views}。</translation>
    </message>
    <message>
        <location filename="../../desktop/snapshot.py" line="39"/>
        <source>Cannot open {workspace}.</source>
        <translation>无法打开 {workspace}。</translation>
    </message>
    <message>
        <location filename="../../desktop/snapshot.py" line="58"/>
        <source>Cannot write {out}.</source>
        <translation>无法写入 {out}。</translation>
    </message>
    <message>
        <location filename="../../desktop/snapshot.py" line="76"/>
        <source>No account named &apos;{name}&apos; in {workspace}.</source>
        <translation>{workspace} 中没有名为“{name}”的客户。</translation>
    </message>
    <message>
        <location filename="../../graph/from_model.py" line="361"/>
        <location filename="../../graph/from_model.py" line="476"/>
        <location filename="../../model/gates.py" line="202"/>
        <location filename="../../model/services/common.py" line="34"/>
        <source>No {kind_label} with id {ident} in this workspace.</source>
        <translation>此工作区中没有 id 为 {ident} 的{kind_label}。</translation>
    </message>
    <message>
        <location filename="../../graph/from_model.py" line="363"/>
        <location filename="../../model/services/accounts.py" line="80"/>
        <location filename="../../model/services/accounts.py" line="96"/>
        <location filename="../../model/services/people.py" line="72"/>
        <location filename="../../model/services/pipeline.py" line="91"/>
        <source>account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../graph/from_model.py" line="478"/>
        <location filename="../../model/gates.py" line="204"/>
        <location filename="../../model/services/deals.py" line="127"/>
        <location filename="../../model/services/deals.py" line="135"/>
        <location filename="../../model/services/deals.py" line="154"/>
        <location filename="../../model/services/deals.py" line="167"/>
        <location filename="../../model/services/deals.py" line="238"/>
        <location filename="../../model/services/deals.py" line="298"/>
        <location filename="../../model/services/deals.py" line="341"/>
        <location filename="../../model/services/deals.py" line="377"/>
        <location filename="../../model/services/deals.py" line="436"/>
        <location filename="../../model/services/deals.py" line="482"/>
        <location filename="../../model/services/deals.py" line="521"/>
        <location filename="../../model/services/deals.py" line="550"/>
        <source>deal</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../graph/from_model.py" line="482"/>
        <source>Deal {ident} belongs to another account.</source>
        <translation>项目 {ident} 属于其他客户。</translation>
    </message>
    <message>
        <location filename="../../model/check.py" line="94"/>
        <location filename="../../model/workspace.py" line="180"/>
        <source>No workspace at {path}.</source>
        <translation>{path} 处没有工作区。</translation>
    </message>
    <message>
        <location filename="../../model/sample.py" line="141"/>
        <source>Unknown sample size {size!r}; use &apos;small&apos; or &apos;large&apos;.</source>
        <translation>未知的示例规模 {size!r}；请使用 &apos;small&apos; 或 &apos;large&apos;。</translation>
    </message>
    <message>
        <location filename="../../model/sample.py" line="2376"/>
        <source>Unknown sample language {lang!r}; use &apos;zh&apos; or &apos;en&apos;.</source>
        <translation>未知的示例语言 {lang!r}；请使用 &apos;zh&apos; 或 &apos;en&apos;。</translation>
    </message>
    <message>
        <location filename="../../model/sample.py" line="2389"/>
        <source>A sample can only be generated into an empty workspace; this one already has {table}.</source>
        <translation>示例数据只能生成到空白工作区中；当前工作区已有数据（{table}）。</translation>
    </message>
    <message>
        <location filename="../../model/schema.py" line="31"/>
        <source>Cannot open workspace file {path}: {reason}</source>
        <translation>无法打开工作区文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../model/schema.py" line="41"/>
        <source>{path} is a database but not a Key Account Navigator workspace (it has no schema version).</source>
        <translation>{path} 是一个数据库，但不是大客户导航的工作区（没有数据结构版本）。</translation>
    </message>
    <message>
        <location filename="../../model/schema.py" line="50"/>
        <source>{path} is not a readable workspace file ({reason}). Nothing was changed.</source>
        <translation>{path} 不是可读取的工作区文件（{reason}）。未做任何修改。</translation>
    </message>
    <message>
        <location filename="../../model/services/accounts.py" line="20"/>
        <source>Account values are numbered 1 to 5 (ACC.VALUE.1..5).</source>
        <translation>客户价值的编号为 1 到 5。</translation>
    </message>
    <message>
        <location filename="../../model/services/accounts.py" line="30"/>
        <location filename="../../model/services/accounts.py" line="31"/>
        <source>Parent account</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <location filename="../../model/services/accounts.py" line="36"/>
        <source>Account name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../model/services/accounts.py" line="37"/>
        <source>Nature</source>
        <translation>性质</translation>
    </message>
    <message>
        <location filename="../../model/services/accounts.py" line="40"/>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../model/services/accounts.py" line="41"/>
        <source>Sales channel</source>
        <translation>销售方式</translation>
    </message>
    <message>
        <location filename="../../model/services/accounts.py" line="42"/>
        <source>Partner kind</source>
        <translation>伙伴类型</translation>
    </message>
    <message>
        <location filename="../../model/services/accounts.py" line="45"/>
        <location filename="../../model/services/deals.py" line="83"/>
        <location filename="../../model/services/pipeline.py" line="30"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../model/services/accounts.py" line="66"/>
        <source>An account sold through a channel partner needs the partner kind (service, OEM or relationship).</source>
        <translation>通过渠道伙伴销售的客户需要填写伙伴类型（服务、OEM 或客户关系）。</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="51"/>
        <source>Cannot set {fields} on a {kind_label}.</source>
        <translation>不能在{kind_label}上设置 {fields}。</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="79"/>
        <source>Unknown fields: {fields}.</source>
        <translation>未知字段：{fields}。</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="96"/>
        <source>{label} must not be empty.</source>
        <translation>{label}不能为空。</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="97"/>
        <source>This field must not be empty.</source>
        <translation>此项不能为空。</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="100"/>
        <source>{label} is longer than {max_len} characters.</source>
        <translation>{label}超过 {max_len} 个字符。</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="103"/>
        <source>Text is longer than {max_len} characters.</source>
        <translation>文本超过 {max_len} 个字符。</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="120"/>
        <source>{label} &apos;{raw}&apos; is not one of: {allowed}.</source>
        <translation>{label}“{raw}”不在可选范围内：{allowed}。</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="127"/>
        <source>Value &apos;{raw}&apos; is not one of: {allowed}.</source>
        <translation>值“{raw}”不在可选范围内：{allowed}。</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="150"/>
        <source>{label} must be a number, not &apos;{raw}&apos;.</source>
        <translation>{label}必须是数字，而不是“{raw}”。</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="153"/>
        <source>Value must be a number, not &apos;{raw}&apos;.</source>
        <translation>值必须是数字，而不是“{raw}”。</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="164"/>
        <source>{label} must be between {lo} and {hi}, not {raw}.</source>
        <translation>{label}必须在 {lo} 到 {hi} 之间，当前为 {raw}。</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="173"/>
        <source>Value must be between {lo} and {hi}, not {raw}.</source>
        <translation>值必须在 {lo} 到 {hi} 之间，当前为 {raw}。</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="177"/>
        <source>{label} must be at least {lo}, not {raw}.</source>
        <translation>{label}不能小于 {lo}，当前为 {raw}。</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="180"/>
        <source>Value must be at least {lo}, not {raw}.</source>
        <translation>值不能小于 {lo}，当前为 {raw}。</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="195"/>
        <source>{label} &apos;{raw}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>{label}“{raw}”不是有效日期（格式为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="198"/>
        <source>Date &apos;{raw}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>日期“{raw}”不是有效日期（格式为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="218"/>
        <source>{label}: no record with id {ident}.</source>
        <translation>{label}：没有 id 为 {ident} 的记录。</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="221"/>
        <source>Reference: no record with id {ident}.</source>
        <translation>引用无效：没有 id 为 {ident} 的记录。</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="239"/>
        <source>{label}: that link would make a loop.</source>
        <translation>{label}：这样关联会形成循环。</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="49"/>
        <source>Moving from {from_stage} to {to_stage} needs: {unmet}.</source>
        <translation>从 {from_stage} 推进到 {to_stage} 还需要满足：{unmet}。</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="63"/>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="64"/>
        <source>won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="65"/>
        <source>lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="66"/>
        <source>shelved</source>
        <translation>搁置</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="74"/>
        <source>Currency &apos;{raw}&apos; is not a three-letter code such as CNY or USD.</source>
        <translation>币种“{raw}”不是 CNY、USD 这样的三字母代码。</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="81"/>
        <source>Deal name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="82"/>
        <location filename="../../model/services/pipeline.py" line="21"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="84"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="86"/>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="87"/>
        <source>Protection expiry</source>
        <translation>保护期到期日</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="91"/>
        <source>Contract signed on</source>
        <translation>合同签订日期</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="92"/>
        <source>Contract value</source>
        <translation>合同总额</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="101"/>
        <source>A deal belongs to an account: choose one.</source>
        <translation>项目必须属于某个客户：请选择一个客户。</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="129"/>
        <source>Stage and status change through a move or a close, with the gate.</source>
        <translation>阶段和状态只能通过推进或关闭项目来改变，并须通过阶段关卡。</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="171"/>
        <source>&apos;{criterion}&apos; is not an exit criterion of the method.</source>
        <translation>“{criterion}”不是方法中的出口标准。</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="242"/>
        <source>&apos;{name}&apos; is {status_label}; reopen it before moving it.</source>
        <translation>项目“{name}”处于{status_label}状态；请先重新打开，再推进阶段。</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="254"/>
        <source>Moving a deal back needs a reason.</source>
        <translation>把项目退回之前的阶段需要填写原因。</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="259"/>
        <source>Forcing a move past an unmet gate needs a reason.</source>
        <translation>阶段关卡尚未满足时强制推进，需要填写原因。</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="301"/>
        <source>Use reopen to put a closed deal back in the funnel.</source>
        <translation>要让已关闭的项目回到漏斗，请使用“重新打开”。</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="303"/>
        <source>&apos;{name}&apos; is already {status_label}.</source>
        <translation>项目“{name}”已经是{status_label}状态。</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="314"/>
        <source>Marking a deal {status_label} needs a reason.</source>
        <translation>将项目标记为{status_label}需要填写原因。</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="320"/>
        <location filename="../../model/services/deals.py" line="551"/>
        <source>competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="345"/>
        <source>Reopening a closed deal needs a reason.</source>
        <translation>重新打开已关闭的项目需要填写原因。</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="376"/>
        <source>stage change</source>
        <translation>阶段变更</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="385"/>
        <source>Only the latest stage change of a deal can be reverted.</source>
        <translation>只能撤销项目最近一次的阶段变更。</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="439"/>
        <source>&apos;{element}&apos; is not one of the five elements.</source>
        <translation>“{element}”不属于五要素。</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="440"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="442"/>
        <source>A verified element needs who verified it and how.</source>
        <translation>已核实的要素需要注明核实人和核实方式。</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="458"/>
        <location filename="../../model/services/people.py" line="173"/>
        <location filename="../../model/services/pipeline.py" line="97"/>
        <location filename="../../model/services/team.py" line="37"/>
        <location filename="../../model/services/team.py" line="43"/>
        <source>team member</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="461"/>
        <location filename="../../model/services/pipeline.py" line="77"/>
        <source>Level</source>
        <translation>拜访层级</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="462"/>
        <source>Method</source>
        <translation>核实方式</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="483"/>
        <location filename="../../model/services/people.py" line="79"/>
        <location filename="../../model/services/people.py" line="86"/>
        <location filename="../../model/services/people.py" line="99"/>
        <location filename="../../model/services/people.py" line="113"/>
        <location filename="../../model/services/people.py" line="131"/>
        <location filename="../../model/services/people.py" line="132"/>
        <location filename="../../model/services/people.py" line="174"/>
        <location filename="../../model/services/pipeline.py" line="98"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="485"/>
        <source>{person} works at another account than this deal&apos;s.</source>
        <translation>{person} 不在本项目所属客户任职。</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="497"/>
        <location filename="../../model/services/people.py" line="39"/>
        <location filename="../../model/services/team.py" line="24"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="498"/>
        <location filename="../../model/services/people.py" line="40"/>
        <source>Support</source>
        <translation>支持度</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="499"/>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="522"/>
        <source>Instalment amount</source>
        <translation>期次金额</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="539"/>
        <location filename="../../model/services/deals.py" line="560"/>
        <location filename="../../model/services/deals.py" line="568"/>
        <source>instalment</source>
        <translation>回款期次</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="540"/>
        <source>Received amount</source>
        <translation>实收金额</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="28"/>
        <location filename="../../model/services/people.py" line="29"/>
        <source>Reports to</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="34"/>
        <location filename="../../model/services/team.py" line="23"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="36"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="38"/>
        <source>Seniority</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="41"/>
        <source>Competitor backed</source>
        <translation>倾向的竞争对手</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="44"/>
        <source>Insider sources</source>
        <translation>内线信息的印证渠道数</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="50"/>
        <source>Left on</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="61"/>
        <source>{person} cannot report to someone at another account.</source>
        <translation>{person} 不能向其他客户的人员汇报。</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="66"/>
        <source>{person}&apos;s department belongs to another account.</source>
        <translation>{person} 所在的部门属于其他客户。</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="120"/>
        <source>Influence strength</source>
        <translation>影响强度</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="130"/>
        <source>A person cannot influence themselves.</source>
        <translation>一个人不能影响自己。</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="134"/>
        <source>Influence links people of the same account.</source>
        <translation>影响关系只能连接同一客户的人员。</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="154"/>
        <source>influence</source>
        <translation>影响关系</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="155"/>
        <source>relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="163"/>
        <source>Relationship strength</source>
        <translation>关系强度</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="164"/>
        <source>Last contact</source>
        <translation>最近联系日期</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="165"/>
        <source>Visit level</source>
        <translation>拜访层级</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="195"/>
        <source>Department name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="196"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="197"/>
        <source>Parent department</source>
        <translation>上级部门</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="208"/>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="26"/>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="27"/>
        <source>Lead kind</source>
        <translation>线索类型</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="28"/>
        <source>Lead status</source>
        <translation>线索状态</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="29"/>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="38"/>
        <source>A lead needs a company name or an account.</source>
        <translation>线索需要填写公司名称或关联一个客户。</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="45"/>
        <location filename="../../model/services/pipeline.py" line="52"/>
        <source>lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="54"/>
        <source>This lead already became a deal.</source>
        <translation>这条线索已经转为项目。</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="56"/>
        <source>Link the lead to an account before converting it.</source>
        <translation>请先把线索关联到客户，再转为项目。</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="74"/>
        <source>Deal</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="75"/>
        <source>Activity kind</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="76"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="95"/>
        <source>An activity needs a date.</source>
        <translation>活动需要填写日期。</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="100"/>
        <source>People met must work at the activity&apos;s account.</source>
        <translation>见到的人员必须是本次活动所属客户的人员。</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="121"/>
        <source>Unknown segment dimension: {dimensions}.</source>
        <translation>未知的客户群维度：{dimensions}。</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="130"/>
        <source>Weights are zero or more, one per segment dimension.</source>
        <translation>权重必须大于或等于零，每个客户群维度一个。</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="135"/>
        <source>Segment name</source>
        <translation>客户群名称</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="145"/>
        <location filename="../../model/services/pipeline.py" line="151"/>
        <source>segment</source>
        <translation>客户群</translation>
    </message>
    <message>
        <location filename="../../model/services/team.py" line="17"/>
        <location filename="../../model/services/team.py" line="18"/>
        <source>Manager</source>
        <translation>直接上级</translation>
    </message>
    <message>
        <location filename="../../model/services/team.py" line="49"/>
        <source>Competitor name</source>
        <translation>竞争对手名称</translation>
    </message>
    <message>
        <location filename="../../model/settings.py" line="50"/>
        <source>Unknown workspace setting &apos;{key}&apos;.</source>
        <translation>未知的工作区设置“{key}”。</translation>
    </message>
    <message>
        <location filename="../../model/settings.py" line="60"/>
        <source>The default currency &apos;{value}&apos; is not a three-letter code such as CNY or USD.</source>
        <translation>默认币种“{value}”不是三个字母的代码（如 CNY 或 USD）。</translation>
    </message>
    <message>
        <location filename="../../model/settings.py" line="68"/>
        <source>The protection period must be 3 to 6 months.</source>
        <translation>保护期须为 3 到 6 个月。</translation>
    </message>
    <message>
        <location filename="../../model/settings.py" line="75"/>
        <source>Close reasons are a list of distinct, non-empty names of at most 40 characters.</source>
        <translation>关闭原因须为互不相同、非空且不超过 40 个字符的名称列表。</translation>
    </message>
    <message>
        <location filename="../../model/settings.py" line="86"/>
        <source>Stage probabilities must be numbers from 0 to 1.</source>
        <translation>各阶段赢单概率必须是 0 到 1 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="96"/>
        <source>Migration of {path} left {count} broken references (first: table {table}); the backup beside the file holds the data as it was.</source>
        <translation>{path} 升级后留下 {count} 处失效引用（第一处在表 {table}）；文件旁的备份保存着升级前的数据。</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="105"/>
        <source>Integrity check of {path} failed after migration: {result}</source>
        <translation>{path} 升级后完整性检查未通过：{result}</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="185"/>
        <source>{path} was saved by a newer version of Key Account Navigator (schema {schema}). Update the application to open it; the file was not changed.</source>
        <translation>{path} 由更新版本的大客户导航保存（数据结构版本 {schema}）。请升级应用程序后再打开；文件未被修改。</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="198"/>
        <source>The database at {url} was written by a newer version (schema {schema}); nothing was changed.</source>
        <translation>{url} 处的数据库由更新的版本写入（数据结构版本 {schema}）；未做任何修改。</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="210"/>
        <source>Cannot open workspace {path}: {reason}</source>
        <translation>无法打开工作区 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="46"/>
        <source>Search deals, accounts, owners…</source>
        <translation>搜索项目、客户、负责人…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="50"/>
        <source>Every word must appear in the deal, account, owner, region or industry (Ctrl+F)</source>
        <translation>每个词都须出现在项目、客户、负责人、区域或行业中（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="54"/>
        <source>Only the deals of this owner</source>
        <translation>只看该负责人的项目</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="55"/>
        <source>Only the deals of this account</source>
        <translation>只看该客户的项目</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="62"/>
        <source>Only accounts in this region (and the regions inside it)</source>
        <translation>只看该区域（含其下各级区域）的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="63"/>
        <source>Only accounts of this industry</source>
        <translation>只看该行业的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="64"/>
        <source>Only deals expected to close in this quarter</source>
        <translation>只看预计在该季度成交的项目</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="67"/>
        <source>Max</source>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="67"/>
        <source>Min</source>
        <translation>最低</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="70"/>
        <location filename="../../desktop/board/filter_bar.py" line="177"/>
        <source>Amount range; 300k, 1.5M, 120万 and 2亿 are understood</source>
        <translation>金额范围；可输入 300k、1.5M、120万、2亿 等写法</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="72"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="73"/>
        <source>Show every deal again</source>
        <translation>重新显示全部项目</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="84"/>
        <source>Split each column into swimlanes</source>
        <translation>把每一列分成泳道</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="87"/>
        <source>Order of the cards within a column</source>
        <translation>列内卡片的排列顺序</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="115"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="116"/>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="118"/>
        <source>All accounts</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="121"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="125"/>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="129"/>
        <source>Any close date</source>
        <translation>不限成交日期</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="130"/>
        <source>No close date</source>
        <translation>未定成交日期</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="175"/>
        <source>Not an amount: try 300k, 1.5M, 120万 or 2亿</source>
        <translation>不是有效金额：可试试 300k、1.5M、120万 或 2亿</translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="72"/>
        <source>Stage gate</source>
        <translation>阶段关卡</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="77"/>
        <source>Move “{deal}” from {src} to {dst}?</source>
        <translation>将“{deal}”从 {src} 推进到 {dst} 吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="90"/>
        <source>The method asks for the following before the deal moves on. Tick what has been done, or force the move with a reason; the history keeps both.</source>
        <translation>按方法要求，项目推进前须完成以下各项。勾选已完成的，或填写原因后强制推进；两者都会记入历史。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="105"/>
        <source>Exit criteria of {stage}</source>
        <translation>{stage} 的出口标准</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="109"/>
        <source>Tick it if it has been done: {id}</source>
        <translation>已完成则勾选：{id}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="114"/>
        <source>Five elements not verified yet (needed from P3 on)</source>
        <translation>五要素尚未核实（从 P3 起必须核实）</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="118"/>
        <source>Verify them in the deal panel: who checked, how and when.</source>
        <translation>请在项目面板中核实：由谁、以何种方式、在何时核实。</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="121"/>
        <source>Rules not met</source>
        <translation>未满足的规则</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="125"/>
        <source>Still without a senior visit: {roles}</source>
        <translation>尚无高层拜访：{roles}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="141"/>
        <source>Reason for forcing the move (kept in the history)</source>
        <translation>强制推进的原因（会记入历史）</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="146"/>
        <source>Move</source>
        <translation>推进</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="147"/>
        <source>Enabled once every requirement above is met</source>
        <translation>满足以上全部要求后才可用</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="148"/>
        <source>Force move</source>
        <translation>强制推进</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="150"/>
        <source>Move although requirements are unmet; needs a reason</source>
        <translation>在要求未满足时仍然推进；须填写原因</translation>
    </message>
</context>
<context>
    <name>InstalmentDialog</name>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="217"/>
        <source>Add an instalment</source>
        <translation>添加回款期次</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="226"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="227"/>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/labels.py" line="57"/>
        <source>Public organisation</source>
        <translation>公共组织</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="58"/>
        <source>State-owned enterprise</source>
        <translation>国有企业</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="59"/>
        <source>Foreign-owned or joint venture</source>
        <translation>外资/合资企业</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="60"/>
        <source>Private enterprise</source>
        <translation>民营企业</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="64"/>
        <source>Extra-large</source>
        <translation>特大型</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="65"/>
        <source>Large</source>
        <translation>大型</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="66"/>
        <source>Medium</source>
        <translation>中型</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="67"/>
        <source>Small or micro</source>
        <translation>小型或微型</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="71"/>
        <source>Direct</source>
        <translation>直销</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="72"/>
        <source>Through a partner</source>
        <translation>经渠道伙伴</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="76"/>
        <source>Sells and services on its own</source>
        <translation>自行销售并提供服务</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="77"/>
        <source>OEM partner</source>
        <translation>OEM 型渠道伙伴</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="78"/>
        <source>Relationship-only partner</source>
        <translation>只提供客户关系的渠道伙伴</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="82"/>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="83"/>
        <source>Presales</source>
        <translation>售前</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="84"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="85"/>
        <source>Executive</source>
        <translation>高管</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="89"/>
        <source>Key decision maker (KDM)</source>
        <translation>关键决策人（KDM）</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="90"/>
        <source>Key influencer (KI)</source>
        <translation>关键影响者（KI）</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="91"/>
        <source>Key user (KU)</source>
        <translation>关键使用者（KU）</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="92"/>
        <source>Purchase lead contact (LEAD)</source>
        <translation>采购牵头部门联系人（LEAD）</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="93"/>
        <source>Tender evaluator (EVAL)</source>
        <translation>招标评委（EVAL）</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="97"/>
        <source>KDM</source>
        <translation>KDM</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="98"/>
        <source>KI</source>
        <translation>KI</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="99"/>
        <source>KU</source>
        <translation>KU</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="100"/>
        <source>LEAD</source>
        <translation>LEAD</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="101"/>
        <source>EVAL</source>
        <translation>EVAL</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="105"/>
        <source>Strong opponent</source>
        <translation>坚决反对</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="106"/>
        <source>Opponent</source>
        <translation>反对</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="107"/>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="108"/>
        <source>Supporter</source>
        <translation>支持</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="109"/>
        <source>Strong supporter</source>
        <translation>坚定支持</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="116"/>
        <source>Staff</source>
        <translation>基层员工</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="117"/>
        <source>Middle management</source>
        <translation>中层管理</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="118"/>
        <source>Senior management</source>
        <translation>高层管理</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="119"/>
        <source>Top management</source>
        <translation>最高决策层</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="123"/>
        <source>Rep level</source>
        <translation>销售代表层面</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="124"/>
        <source>Manager level</source>
        <translation>经理层面</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="125"/>
        <source>Executive level</source>
        <translation>高管层面</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="129"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="130"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="131"/>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="132"/>
        <source>Shelved</source>
        <translation>搁置</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="136"/>
        <source>Existing customer</source>
        <translation>老客户</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="137"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="138"/>
        <source>Dormant customer</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="142"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="143"/>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="144"/>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="145"/>
        <source>Discarded</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="149"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="150"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="151"/>
        <source>Mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="152"/>
        <source>Event</source>
        <translation>市场活动</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="153"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="154"/>
        <source>Presentation</source>
        <translation>方案汇报</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="155"/>
        <source>Reference-customer visit</source>
        <translation>参观样板客户</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="156"/>
        <source>Visit to our headquarters</source>
        <translation>考察我方总部</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="157"/>
        <location filename="../../desktop/labels.py" line="179"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="161"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="162"/>
        <source>Claimed, not verified</source>
        <translation>对方声称，尚未核实</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="163"/>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="167"/>
        <source>In a visit</source>
        <translation>当面拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="168"/>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="169"/>
        <source>By mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="170"/>
        <source>On WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="175"/>
        <source>Leads the purchase</source>
        <translation>采购牵头部门</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="176"/>
        <source>Influencing department</source>
        <translation>影响部门</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="177"/>
        <source>Technical department</source>
        <translation>技术部门</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="178"/>
        <source>Using department</source>
        <translation>使用部门</translation>
    </message>
</context>
<context>
    <name>LeftOnEdit</name>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="111"/>
        <source>Has left, on</source>
        <translation>已离职，于</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/app.py" line="125"/>
        <location filename="../../desktop/app.py" line="145"/>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="53"/>
        <location filename="../../desktop/mainwindow.py" line="213"/>
        <source>Key Account Navigator</source>
        <translation>大客户导航</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="39"/>
        <source>Key Account Navigator (*.kan);;SQLite (*.db *.sqlite);;*</source>
        <translation>大客户导航工作区 (*.kan);;SQLite 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="93"/>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="96"/>
        <source>Create an empty workspace file</source>
        <translation>新建一个空白的工作区文件</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="100"/>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="103"/>
        <source>Open a workspace file</source>
        <translation>打开一个工作区文件</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="107"/>
        <source>Open the &amp;sample workspace</source>
        <translation>打开示例工作区(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="110"/>
        <source>A ready-made workspace to try the method on</source>
        <translation>一个现成的工作区，用来试用这套方法</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="113"/>
        <source>&amp;Close workspace</source>
        <translation>关闭工作区(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="119"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="122"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="125"/>
        <source>Undo &amp;history</source>
        <translation>撤销历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="128"/>
        <source>Every change of this session, to step back to any point</source>
        <translation>本次会话中的每一处修改，可退回到任意一步</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="130"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="132"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="135"/>
        <source>Language, currency, protection period, stage probabilities</source>
        <translation>语言、币种、保护期、各阶段赢单概率</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="138"/>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="141"/>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="144"/>
        <source>Larger text, for a projector</source>
        <translation>放大文字，便于投影演示</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="147"/>
        <source>S&amp;maller text</source>
        <translation>缩小文字(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="149"/>
        <source>&amp;About Key Account Navigator</source>
        <translation>关于大客户导航(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="153"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="155"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="161"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="167"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="180"/>
        <source>&amp;Actions</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="181"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="185"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="224"/>
        <location filename="../../desktop/mainwindow.py" line="266"/>
        <source>{name} — Key Account Navigator</source>
        <translation>{name} — 大客户导航</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="289"/>
        <source>Undo {what}</source>
        <translation>撤销：{what}</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="292"/>
        <source>Redo {what}</source>
        <translation>重做：{what}</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="366"/>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="375"/>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="389"/>
        <source>No recent workspaces</source>
        <translation>没有最近打开的工作区</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="399"/>
        <source>Cannot do that</source>
        <translation>无法执行此操作</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="406"/>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="407"/>
        <source>&lt;opened workspace&gt;</source>
        <translation>&lt;打开工作区时&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="432"/>
        <source>About Key Account Navigator</source>
        <translation>关于大客户导航</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="434"/>
        <source>Key Account Navigator helps a sales team win large enterprise deals with the seven-step method: from target customers and leads to a signed contract and the first payment.</source>
        <translation>大客户导航帮助销售团队用七步法赢下大型企业项目：从目标客户、销售线索，一直到签订合同、收到首期款。</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../desktop/pages/map.py" line="137"/>
        <location filename="../../desktop/pages/map.py" line="603"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="138"/>
        <source>Add a person to this customer&apos;s map</source>
        <translation>在该客户的组织架构图中添加人员</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="143"/>
        <source>Link mode</source>
        <translation>连线模式</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="144"/>
        <source>Drag from one card to another to link them; Shift+drag does it any time</source>
        <translation>从一张卡片拖到另一张即可建立关系；任何时候按住 Shift 拖动也可以</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="150"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="151"/>
        <source>Delete the selected people; undo brings them back</source>
        <translation>删除所选人员；撤销可恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="157"/>
        <source>Tidy up</source>
        <translation>整理</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="158"/>
        <source>Place everyone nobody has placed yet in a tidy tree; your placements stay</source>
        <translation>把尚未摆放的人员整齐排成树形；您已摆放的位置保持不变</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="163"/>
        <location filename="../../desktop/pages/map.py" line="582"/>
        <source>Re-layout everyone</source>
        <translation>全部重新布局</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="164"/>
        <source>Lay out the whole chart afresh, also the cards you placed (undo restores)</source>
        <translation>重新排布整张图，包括您摆放过的卡片（可撤销）</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="168"/>
        <source>Fit</source>
        <translation>全图</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="168"/>
        <source>Show the whole map</source>
        <translation>显示整张图</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="171"/>
        <source>Routes</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="172"/>
        <source>Light up the strongest routes from our side to the decision maker</source>
        <translation>点亮从我方通往决策人的最强路径</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="178"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="179"/>
        <source>Save the map as PNG, SVG or PDF</source>
        <translation>将组织架构图保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="202"/>
        <source>The account whose decision chain is shown</source>
        <translation>显示其决策链的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="210"/>
        <source>The whole account, or one open deal with the roles people play in it</source>
        <translation>整个客户，或某个进行中的项目及人员在其中的角色</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="218"/>
        <source>Find a person…</source>
        <translation>查找人员…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="221"/>
        <source>Type a name and press Enter: the card is centred and selected</source>
        <translation>输入姓名后按回车：对应卡片会居中并被选中</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="228"/>
        <source>Zoom: Ctrl+wheel or +/−; Ctrl+0 fits the map</source>
        <translation>缩放：Ctrl+滚轮或 +/−；Ctrl+0 显示整张图</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="230"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="232"/>
        <source>Seen from</source>
        <translation>视角</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="247"/>
        <source>No accounts yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="249"/>
        <source>Add an account on the Accounts page, then its people: who decides, who influences, who uses. Their decision chain is drawn here.</source>
        <translation>先在“大客户”页面添加客户，再添加其人员：谁拍板、谁施加影响、谁使用。他们的决策链会画在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="262"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="263"/>
        <source>Route</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="264"/>
        <source>Gaps</source>
        <translation>缺口</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="265"/>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="266"/>
        <source>Edit the selected person and their links</source>
        <translation>编辑所选人员及其关系</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="267"/>
        <source>The strongest routes to the decision maker</source>
        <translation>通往决策人的最强路径</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="268"/>
        <source>Coverage of the decision chain, risks, whom to see</source>
        <translation>决策链覆盖情况、风险、该见谁</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="269"/>
        <source>Who joined or left, whose support changed</source>
        <translation>谁加入或离开了，谁的支持度变了</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="312"/>
        <source>{name} ({n} people)</source>
        <translation>{name}（{n} 人）</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="351"/>
        <source>The whole account</source>
        <translation>整个客户</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="408"/>
        <source>Double-click anywhere to add the first person of this customer.</source>
        <translation>双击任意位置，添加该客户的第一个人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="484"/>
        <source>Select one card on the map first.</source>
        <translation>请先在图上选择一张卡片。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="526"/>
        <source>Nobody called “{text}” on this map.</source>
        <translation>图上没有叫“{text}”的人。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="557"/>
        <source>Move {name}</source>
        <translation>移动 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="559"/>
        <source>Move {n} people</source>
        <translation>移动 {n} 人</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="580"/>
        <source>Everyone already has a place.</source>
        <translation>所有人都已摆放好。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="582"/>
        <source>Tidy up the map</source>
        <translation>整理组织架构图</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="597"/>
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="630"/>
        <location filename="../../desktop/pages/map.py" line="642"/>
        <source>Delete {name}</source>
        <translation>删除 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="632"/>
        <source>Delete {n} people</source>
        <translation>删除 {n} 人</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="652"/>
        <source>Deleted {n} — Ctrl+Z brings them back.</source>
        <translation>已删除{n}——按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="653"/>
        <source>{n} people</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="661"/>
        <source>Link mode: drag from one card to another. Esc stops.</source>
        <translation>连线模式：从一张卡片拖到另一张。按 Esc 退出。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="673"/>
        <source>{member} knows {person}:</source>
        <translation>{member} 认识 {person}：</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="677"/>
        <source>close</source>
        <translation>密切</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="677"/>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="677"/>
        <source>slight</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="682"/>
        <location filename="../../desktop/pages/map.py" line="712"/>
        <source>{a} reports to {b}</source>
        <translation>{a} 向 {b} 汇报</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="685"/>
        <source>{a} influences {b}:</source>
        <translation>{a} 影响 {b}：</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="689"/>
        <source>a little</source>
        <translation>略有影响</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="689"/>
        <source>somewhat</source>
        <translation>有一定影响</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="689"/>
        <source>strongly</source>
        <translation>强烈影响</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="701"/>
        <source>Links between our own people are kept on the Team page.</source>
        <translation>我方人员之间的关系请在“团队”页面维护。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="724"/>
        <source>{member} knows {person}</source>
        <translation>{member} 认识 {person}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="741"/>
        <source>{a} influences {b}</source>
        <translation>{a} 影响 {b}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="754"/>
        <source>{account} — {deal}</source>
        <translation>{account} — {deal}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="761"/>
        <location filename="../../desktop/pages/map.py" line="767"/>
        <source>Export the map</source>
        <translation>导出组织架构图</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="769"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="774"/>
        <source>Map saved to {path}.</source>
        <translation>组织架构图已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../desktop/pages/team.py" line="72"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="76"/>
        <source>Sales rep, presales, manager or executive</source>
        <translation>销售代表、售前、经理或高管</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="80"/>
        <source>The member&apos;s direct manager. People who report to this member are not offered, so reporting lines never go round in a circle.</source>
        <translation>该成员的直接上级。向该成员汇报的人不在可选之列，以免汇报关系形成闭环。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="85"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="86"/>
        <source>Active on the team</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="88"/>
        <source>Untick for someone who left: they stay in the history of deals and visits</source>
        <translation>成员离开后取消勾选：其在项目和拜访中的历史记录仍会保留</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="90"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="91"/>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="92"/>
        <source>Reports &amp;to</source>
        <translation>汇报给(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="93"/>
        <source>&amp;Email</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/pages/registry.py" line="71"/>
        <source>Accounts</source>
        <translation>大客户</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="72"/>
        <source>Key accounts, their people and profiles</source>
        <translation>大客户及其人员和画像</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="77"/>
        <source>Targeting</source>
        <translation>目标定位</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="78"/>
        <source>P1: saved segments and the ranked target list</source>
        <translation>P1：已保存的客户群与目标客户排名</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="83"/>
        <source>Funnel board</source>
        <translation>漏斗看板</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="84"/>
        <source>Deals by stage P1–P7</source>
        <translation>按 P1–P7 阶段排列的项目</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="89"/>
        <source>Org map</source>
        <translation>组织架构图</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="90"/>
        <source>The customer&apos;s decision chain</source>
        <translation>客户的决策链</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="95"/>
        <location filename="../../desktop/pages/registry.py" line="99"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="96"/>
        <source>P2: unverified leads by channel</source>
        <translation>P2：按来源渠道列出的待核实线索</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="100"/>
        <source>Leads from the ten channels will be listed here, with how many of each channel became real opportunities.</source>
        <translation>这里将列出来自十大渠道的线索，并统计每个渠道有多少线索转成了真正的商机。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="108"/>
        <location filename="../../desktop/pages/registry.py" line="112"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="109"/>
        <source>Visits, calls, demos and events</source>
        <translation>拜访、电话、演示和市场活动</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="113"/>
        <source>Visits, calls, demos and events with the customer will be logged here, with who met whom and the next step agreed.</source>
        <translation>这里将记录与客户的拜访、电话、演示和市场活动，包括谁见了谁、约定的下一步。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="121"/>
        <location filename="../../desktop/pages/registry.py" line="125"/>
        <source>Dashboards</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="122"/>
        <source>Conversion, time in stage and forecasts</source>
        <translation>转化率、阶段停留时间和预测</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="126"/>
        <source>Conversion rates between stages, average time in stage and the win and payment forecasts will be charted here.</source>
        <translation>这里将以图表展示各阶段之间的转化率、平均阶段停留时间，以及赢单预测和回款预测。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="132"/>
        <source>Our people, roles and managers</source>
        <translation>我方人员、角色及上级</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="132"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
</context>
<context>
    <name>OrgMap</name>
    <message>
        <location filename="../../desktop/map/export.py" line="90"/>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation>请选择扩展名为 .png、.svg 或 .pdf 的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/export.py" line="94"/>
        <source>Org map, {day}</source>
        <translation>组织架构图，{day}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/export.py" line="114"/>
        <location filename="../../desktop/map/export.py" line="127"/>
        <location filename="../../desktop/map/export.py" line="144"/>
        <source>Cannot write {path}.</source>
        <translation>无法写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="188"/>
        <source>{name} — our team, {role}</source>
        <translation>{name} — 我方团队，{role}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="196"/>
        <source>Support: {support}</source>
        <translation>支持度：{support}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="198"/>
        <location filename="../../desktop/map/items.py" line="358"/>
        <source>Backs {competitor}</source>
        <translation>倾向 {competitor}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="200"/>
        <source>Our insider</source>
        <translation>我方内线</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="202"/>
        <source>Our coach</source>
        <translation>我方内部教练</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="285"/>
        <source>Changed</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="285"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="907"/>
        <source>Our team</source>
        <translation>我方团队</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="28"/>
        <source>Support toward us:</source>
        <translation>对我方的支持度：</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="31"/>
        <source>Coach</source>
        <translation>内部教练</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="32"/>
        <source>Insider</source>
        <translation>内线</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="33"/>
        <source>Backs a competitor</source>
        <translation>倾向竞争对手</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="35"/>
        <source>Influences</source>
        <translation>影响关系</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="35"/>
        <source>Reports to</source>
        <translation>汇报关系</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="36"/>
        <source>Our relationship</source>
        <translation>我方关系</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="36"/>
        <location filename="../../desktop/map/panels.py" line="462"/>
        <source>Route</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="176"/>
        <source>Legend ▸</source>
        <translation>图例 ▸</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="235"/>
        <source>Click a card to edit the person here.

Double-click the canvas to add a person. Shift+drag from one card to another (or use Link mode) to record who reports to or influences whom; drag from one of our team to a person to record our relationship.</source>
        <translation>单击卡片即可在这里编辑此人。

双击画布可添加人员。按住 Shift 从一张卡片拖到另一张（或使用连线模式），可记录谁向谁汇报、谁影响谁；从我方团队成员拖到客户人员，可记录我方关系。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="250"/>
        <source>Links</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="251"/>
        <source>Link</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="251"/>
        <location filename="../../desktop/map/panels.py" line="257"/>
        <location filename="../../desktop/map/panels.py" line="462"/>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="262"/>
        <source>How strongly this link carries influence, 5 % to 100 %</source>
        <translation>这条关系传递影响的强度，5% 到 100%</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="266"/>
        <source>Remove link</source>
        <translation>删除关系</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="267"/>
        <source>Remove the selected link; undo brings it back</source>
        <translation>删除所选关系；撤销可恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="301"/>
        <source>{name} — our team ({role}).

Drag from this card to a person to record a relationship. Members are edited on the Team page.</source>
        <translation>{name} — 我方团队（{role}）。

从这张卡片拖到客户人员即可记录关系。成员信息请在“团队”页面编辑。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="308"/>
        <source>{n} cards selected. Drag one of them to move them together; Del deletes the selected people (undo brings them back).</source>
        <translation>已选择 {n} 张卡片。拖动其中一张即可一起移动；按 Del 删除所选人员（撤销可恢复）。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="325"/>
        <source>Reports to {name}</source>
        <translation>向 {name} 汇报</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="328"/>
        <source>{name} reports to them</source>
        <translation>{name} 向其汇报</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="333"/>
        <source>Influences {name}</source>
        <translation>影响 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="336"/>
        <source>Influenced by {name}</source>
        <translation>受 {name} 影响</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="340"/>
        <source>Known by {name} (our team)</source>
        <translation>与 {name}（我方团队）相识</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="381"/>
        <source>Link strength {a} → {b}</source>
        <translation>关系强度 {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="396"/>
        <source>Remove link {a} → {b}</source>
        <translation>删除关系 {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="422"/>
        <source>Where the route starts: our side, or any card</source>
        <translation>路径的起点：我方，或任意一张卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="425"/>
        <source>Whom the route should reach</source>
        <translation>路径要到达的人</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="435"/>
        <location filename="../../desktop/map/panels.py" line="442"/>
        <source>Selected</source>
        <translation>所选卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="436"/>
        <source>Start from the selected card</source>
        <translation>从所选卡片出发</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="443"/>
        <source>Aim at the selected card</source>
        <translation>以所选卡片为目标</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="449"/>
        <source>How many of the strongest routes to light up</source>
        <translation>要点亮几条最强路径</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="451"/>
        <location filename="../../desktop/map/panels.py" line="660"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="452"/>
        <location filename="../../desktop/map/panels.py" line="661"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="453"/>
        <source>Routes</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="456"/>
        <source>A route&apos;s strength is the product of its links&apos; strengths: the best way for our side to reach a person.</source>
        <translation>路径强度是其各段关系强度的乘积：即我方接近某人的最佳途径。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="476"/>
        <source>Our side (team, insiders, coach)</source>
        <translation>我方（团队、内线、内部教练）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="477"/>
        <source>{name} (our team)</source>
        <translation>{name}（我方团队）</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="482"/>
        <source>The key decision maker</source>
        <translation>关键决策人</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="547"/>
        <source>Decision chain</source>
        <translation>决策链</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="549"/>
        <source>Our best visit</source>
        <translation>我方最高拜访层级</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="549"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="549"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="549"/>
        <source>Support</source>
        <translation>支持度</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="555"/>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="556"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="556"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="561"/>
        <source>Whom to see next</source>
        <translation>下一步该见谁</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="562"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="562"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="572"/>
        <source>nobody known</source>
        <translation>无人相识</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="589"/>
        <source>insider</source>
        <translation>内线</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="591"/>
        <source>coach</source>
        <translation>内部教练</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="593"/>
        <source>{n} back a competitor</source>
        <translation>{n} 人倾向竞争对手</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="594"/>
        <location filename="../../desktop/map/texts.py" line="177"/>
        <location filename="../../desktop/map/texts.py" line="178"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="621"/>
        <source>Score {score}: influence on the decision maker {influence} × room to win {room}</source>
        <translation>得分 {score}：对决策人的影响 {influence} × 可争取空间 {room}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="658"/>
        <source>Compare the chain as it was at the end of this day…</source>
        <translation>对比这一天结束时的决策链…</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="659"/>
        <source>…with the chain at the end of this day</source>
        <translation>…与这一天结束时的决策链</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="665"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="672"/>
        <source>People who joined are tagged New on the map, people who changed are tagged Changed. History comes from the change log of this workspace.</source>
        <translation>新加入的人员在图上标为“新增”，有变动的人员标为“变动”。历史来自本工作区的修改日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="698"/>
        <source>{joined} joined · {left} left · {changed} changed</source>
        <translation>新增 {joined} · 离开 {left} · 变动 {changed}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="702"/>
        <source>No changes between these days.</source>
        <translation>这两天之间没有变化。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="31"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="31"/>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="31"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="54"/>
        <source>Nobody is our coach yet: find a KI or KU manager who shows us how to sell here.</source>
        <translation>还没有内部教练：请在 KI 或 KU 中找一位能指导我们推进销售的管理者。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="57"/>
        <source>We have no contact at this customer yet.</source>
        <translation>我们在该客户处还没有任何联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="58"/>
        <source>Single-threaded: {name} is our only contact.</source>
        <translation>单线联系：{name} 是我们唯一的联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="60"/>
        <source>We do not know who makes the decision (KDM).</source>
        <translation>我们还不知道谁拍板（KDM）。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="62"/>
        <source>{name}, the key decision maker, is neutral toward us.</source>
        <translation>关键决策人 {name} 对我方持中立态度。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="64"/>
        <source>{name}, the key decision maker, opposes us ({support}).</source>
        <translation>关键决策人 {name} 反对我方（{support}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="70"/>
        <source>{name} ({role}) backs {competitor}.</source>
        <translation>{name}（{role}）倾向 {competitor}。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="73"/>
        <source>{name} backs {competitor} and sways the decision maker ({reach}).</source>
        <translation>{name} 倾向 {competitor}，并能左右决策人（{reach}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="79"/>
        <source>No senior visit to {name} ({role}) yet; it is due by P5.</source>
        <translation>还没有高层拜访过 {name}（{role}）；最迟须在 P5 完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="83"/>
        <source>What {name} tells us is confirmed by {n} channel(s) only: cross-check it.</source>
        <translation>{name} 提供的信息只有 {n} 个渠道印证：请交叉核实。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="90"/>
        <source>{member} has no contact with {name} on record.</source>
        <translation>没有 {member} 与 {name} 接触的记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="93"/>
        <source>{member} last met {name} {days} days ago.</source>
        <translation>{member} 上次见 {name} 是 {days} 天前。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="105"/>
        <source>The key decision maker; support now {support}.</source>
        <translation>关键决策人；目前支持度为 {support}。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="107"/>
        <source>Backs {competitor}; sways the decision maker ({influence}).</source>
        <translation>倾向 {competitor}；能左右决策人（{influence}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="111"/>
        <source>Opposes us ({support}); sways the decision maker ({influence}).</source>
        <translation>反对我方（{support}）；能左右决策人（{influence}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="115"/>
        <source>Nobody on our side knows them; sways the decision maker ({influence}).</source>
        <translation>我方无人与其相识；能左右决策人（{influence}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="119"/>
        <source>Support could rise from {support}; sways the decision maker ({influence}).</source>
        <translation>支持度有望从 {support} 提升；能左右决策人（{influence}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="123"/>
        <source>Senior enough to tell us who decides.</source>
        <translation>层级够高，能告诉我们谁拍板。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="130"/>
        <source>Visit at {level}, through {member}.</source>
        <translation>以{level}拜访，经由 {member}。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="134"/>
        <source>Visit at {level}.</source>
        <translation>以{level}拜访。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="139"/>
        <source>Nobody has the KDM role yet: mark the key decision maker to see routes to them.</source>
        <translation>还没有人被标为 KDM：标出关键决策人，即可查看通往他的路径。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="141"/>
        <source>We have no member, insider or coach here yet: link one of our team to a person.</source>
        <translation>这里还没有我方成员、内线或内部教练：请把一位团队成员与客户人员关联起来。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="144"/>
        <source>No route reaches {name} yet: record who influences whom, or build a relationship.</source>
        <translation>还没有路径能到达 {name}：请记录谁影响谁，或建立关系。</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="152"/>
        <source>influences</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="153"/>
        <source>knows</source>
        <translation>认识</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="154"/>
        <source>reports to</source>
        <translation>汇报给</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="155"/>
        <source>manages</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="167"/>
        <source>{name} joined</source>
        <translation>{name} 加入</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="169"/>
        <source>{name} left</source>
        <translation>{name} 离开</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="175"/>
        <source>{name}: role {old} → {new}</source>
        <translation>{name}：角色 {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="187"/>
        <source>{name}: support {old} → {new}</source>
        <translation>{name}：支持度 {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="194"/>
        <source>{name} now backs {competitor}</source>
        <translation>{name} 现在倾向 {competitor}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="196"/>
        <source>{name} no longer backs {competitor}</source>
        <translation>{name} 不再倾向 {competitor}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="201"/>
        <source>{name} became our insider</source>
        <translation>{name} 成为我方内线</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="201"/>
        <source>{name} is no longer our insider</source>
        <translation>{name} 不再是我方内线</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="204"/>
        <source>{name} became our coach</source>
        <translation>{name} 成为我方内部教练</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="204"/>
        <source>{name} is no longer our coach</source>
        <translation>{name} 不再是我方内部教练</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="208"/>
        <source>{name} now reports to nobody here</source>
        <translation>{name} 现在在此没有汇报对象</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="210"/>
        <source>{name} now reports to {manager}</source>
        <translation>{name} 现在向 {manager} 汇报</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="241"/>
        <source>Record a payment</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="245"/>
        <source>Instalment {n}: {amount:,.2f}</source>
        <translation>第 {n} 期：{amount:,.2f}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="259"/>
        <source>Bank transfer, acceptance bill…</source>
        <translation>银行转账、承兑汇票…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="260"/>
        <source>Instalment</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="261"/>
        <source>Received</source>
        <translation>实收金额</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="262"/>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="263"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../desktop/models/people_model.py" line="57"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="58"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="59"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="60"/>
        <source>Support</source>
        <translation>支持度</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="61"/>
        <source>Backs</source>
        <translation>倾向</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="62"/>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="63"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="64"/>
        <source>Reports to</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="65"/>
        <source>Seniority</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="72"/>
        <source>The person&apos;s name</source>
        <translation>此人的姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="73"/>
        <source>Job title or function</source>
        <translation>职位或职能</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="74"/>
        <source>Place in the decision chain: KDM, KI, KU, LEAD or EVAL</source>
        <translation>在决策链中的位置：KDM、KI、KU、LEAD 或 EVAL</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="75"/>
        <source>Support toward us, from strong opponent to strong supporter</source>
        <translation>对我方的支持度，从坚决反对到坚定支持</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="76"/>
        <source>The competitor this person backs, if any</source>
        <translation>此人倾向的竞争对手（如有）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="77"/>
        <source>Insider (passes us information), coach (shows us how to sell), left (no longer at the customer)</source>
        <translation>内线（向我们传递信息）、内部教练（指导我们如何销售）、已离职（已不在客户处）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="81"/>
        <source>Department at the customer</source>
        <translation>在客户处所属的部门</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="82"/>
        <source>Whom the person reports to</source>
        <translation>此人的汇报对象</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="83"/>
        <source>Level in the customer&apos;s hierarchy</source>
        <translation>在客户组织中的层级</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="109"/>
        <source>Insider</source>
        <translation>内线</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="111"/>
        <source>Coach</source>
        <translation>内部教练</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="113"/>
        <source>Left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="231"/>
        <source>{name} left on {day}</source>
        <translation>{name} 于 {day} 离职</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="235"/>
        <source>Support toward us: {level} ({value:+d})</source>
        <translation>对我方的支持度：{level}（{value:+d}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="241"/>
        <source>Insider: passes us internal and competitor information</source>
        <translation>内线：向我们传递内部信息和竞争对手信息</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="243"/>
        <source>Coach: shows us how to sell inside the customer</source>
        <translation>内部教练：指导我们在客户内部如何推进销售</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="245"/>
        <source>Left on {day}</source>
        <translation>于 {day} 离职</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="248"/>
        <source>Backs {competitor}</source>
        <translation>倾向 {competitor}</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="118"/>
        <location filename="../../desktop/pages/people_panel.py" line="156"/>
        <location filename="../../desktop/pages/people_panel.py" line="386"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="122"/>
        <source>Add a person of this customer ({keys})</source>
        <translation>添加该客户的一名人员（{keys}）</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="128"/>
        <location filename="../../desktop/pages/people_panel.py" line="431"/>
        <source>Delete person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="133"/>
        <source>Delete the selected person ({keys} in the list); undo brings them back</source>
        <translation>删除所选人员（在列表中按 {keys}）；撤销可恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="151"/>
        <source>Choose an account to see its people.</source>
        <translation>选择一个客户，查看其人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="151"/>
        <source>No account selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="154"/>
        <source>No people yet</source>
        <translation>还没有人员</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="155"/>
        <source>Add the people of this customer: who decides, who influences, who uses.</source>
        <translation>添加该客户的人员：谁拍板、谁施加影响、谁使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="169"/>
        <source>Filter people by name, title, role…</source>
        <translation>按姓名、职位、角色等筛选人员…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="171"/>
        <source>Show only the people whose row contains this text</source>
        <translation>只显示所在行包含此文字的人员</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="302"/>
        <source>{n} people</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="304"/>
        <source>{shown} of {n} shown</source>
        <translation>显示 {shown} / {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="306"/>
        <source>{n} left</source>
        <translation>{n} 人已离职</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="309"/>
        <source>People at this customer; those who have left are greyed in the list</source>
        <translation>该客户的人员；已离职的在列表中显示为灰色</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="391"/>
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="414"/>
        <source>Delete {name}</source>
        <translation>删除 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="422"/>
        <source>Delete {name} with their links and notes?</source>
        <translation>删除 {name} 及其关联和备注吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="425"/>
        <source>{n} people report to them and will report to nobody; undo puts all back.</source>
        <translation>有 {n} 人向其汇报，删除后这些人将没有汇报对象；撤销可全部恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="428"/>
        <source>Undo puts everything back.</source>
        <translation>撤销可全部恢复。</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="206"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="207"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="208"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="209"/>
        <source>Reports to</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="210"/>
        <source>Seniority</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="211"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="212"/>
        <source>Support</source>
        <translation>支持度</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="213"/>
        <source>Backs competitor</source>
        <translation>倾向的竞争对手</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="214"/>
        <source>Insider</source>
        <translation>内线</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="215"/>
        <source>Sources</source>
        <translation>印证渠道数</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="216"/>
        <source>Coach</source>
        <translation>内部教练</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="217"/>
        <source>Product preference</source>
        <translation>产品偏好</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="218"/>
        <source>Purchase history</source>
        <translation>以往采购情况</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="219"/>
        <source>KPI</source>
        <translation>KPI 考核</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="220"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="221"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="222"/>
        <source>Left</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="223"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="224"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="225"/>
        <source>Character</source>
        <translation>性格</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="226"/>
        <source>Career situation</source>
        <translation>职场处境</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="227"/>
        <source>Tenure, hobbies</source>
        <translation>工龄、爱好</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="228"/>
        <source>Family</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="229"/>
        <source>Education, career</source>
        <translation>教育与职业经历</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="239"/>
        <source>Select a person in the list to see and edit their details.</source>
        <translation>在列表中选择一个人，即可查看和编辑其详细信息。</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="258"/>
        <source>Job</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="259"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="260"/>
        <source>e.g. Head of IT</source>
        <translation>例如：信息中心主任</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="265"/>
        <source>Decision chain</source>
        <translation>决策链</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="269"/>
        <source>Passes us internal information</source>
        <translation>向我们传递内部信息</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="272"/>
        <source> confirming sources</source>
        <translation> 个印证渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="274"/>
        <source>How many independent channels confirmed what this insider tells us</source>
        <translation>这名内线提供的信息经过多少个独立渠道印证</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="286"/>
        <source>Shows us how to sell inside</source>
        <translation>指导我们在客户内部如何推进</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="291"/>
        <source>Needs and history</source>
        <translation>需求与过往</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="295"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="380"/>
        <source>Personal attributes of this person. They are shown only here and read from the workspace only when you open this section.</source>
        <translation>此人的个人信息。只在这里显示，且只有展开本栏时才会从工作区读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="392"/>
        <source>Sensitive. Kept only here: left out of lists, logs and exports unless you ask for them.</source>
        <translation>敏感信息。只保存在这里：除非您明确要求，否则不会出现在列表、日志和导出文件中。</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="419"/>
        <source>{arrow} Private attributes</source>
        <translation>{arrow} 个人隐私信息</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="503"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="507"/>
        <source>New department…</source>
        <translation>新建部门…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="511"/>
        <source>Nobody here</source>
        <translation>无汇报对象</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="515"/>
        <source>No role in the decision chain</source>
        <translation>在决策链中无角色</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="524"/>
        <source>No competitor</source>
        <translation>无倾向的竞争对手</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="624"/>
        <source>Edit {person} (private attribute)</source>
        <translation>修改 {person}（个人隐私信息）</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="627"/>
        <source>Edit {person} ({field})</source>
        <translation>修改 {person}（{field}）</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="652"/>
        <source>New department {name}</source>
        <translation>新建部门 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="666"/>
        <source>Name of the new department:</source>
        <translation>新部门名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="666"/>
        <source>New department</source>
        <translation>新建部门</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="103"/>
        <source>Why? (kept in the stage history)</source>
        <translation>原因？（会记入阶段历史）</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="105"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="109"/>
        <source>Unknown / none</source>
        <translation>未知 / 无</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="112"/>
        <source>Lost to</source>
        <translation>输给</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="51"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="54"/>
        <source>On this computer</source>
        <translation>本机设置</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="57"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="63"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="66"/>
        <source>For the whole team (saved in the workspace)</source>
        <translation>全团队共用（保存在工作区中）</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="73"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="75"/>
        <source>How long a valid opportunity stays with its owner (P3.PROTECT.2)</source>
        <translation>有效商机归属负责人的期限，即方法中的保护期</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="77"/>
        <source>Default currency</source>
        <translation>默认币种</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="78"/>
        <source>Protection period</source>
        <translation>保护期</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="87"/>
        <source>Win probability in {stage}</source>
        <translation>{stage} 阶段赢单概率</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="132"/>
        <location filename="../../desktop/settings_dialog.py" line="134"/>
        <source>Change team settings</source>
        <translation>修改团队设置</translation>
    </message>
</context>
<context>
    <name>TargetingPage</name>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="208"/>
        <source>Choose the {dimension} values that describe your best customers</source>
        <translation>选择能描述您最佳客户的{dimension}取值</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="222"/>
        <source>How much {dimension} counts in the fit score; 0 leaves it out of the score (it still decides who meets the whole description)</source>
        <translation>{dimension}在匹配度中所占的权重；设为 0 则不计入匹配度（但仍用于判断是否完全符合描述）</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="231"/>
        <source>off</source>
        <translation>不计</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="274"/>
        <source>New segment</source>
        <translation>新建客户群</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="275"/>
        <source>Start describing another group of target customers</source>
        <translation>开始描述另一组目标客户</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="281"/>
        <source>Save segment</source>
        <translation>保存客户群</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="282"/>
        <source>Keep this description and its weights (undo takes it back)</source>
        <translation>保存此描述及其权重（可撤销）</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="288"/>
        <source>Delete segment</source>
        <translation>删除客户群</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="289"/>
        <source>Delete the selected saved segment; the accounts stay as they are</source>
        <translation>删除所选的已保存客户群；客户本身不受影响</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="326"/>
        <source>Saved segments</source>
        <translation>已保存的客户群</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="341"/>
        <source>No saved segments yet.

Describe your best customers: choose the natures, industries, regions and sizes that fit, then weight what matters most. Save to keep the description.</source>
        <translation>还没有已保存的客户群。

描述您的最佳客户：选择合适的性质、行业、区域和规模，再给最重要的维度加权。保存后即可留下这份描述。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="367"/>
        <source>Describe your best customers</source>
        <translation>描述您的最佳客户</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="369"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="373"/>
        <source>Name this segment, e.g. East China state groups</source>
        <translation>为客户群命名，例如：华东国企集团</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="387"/>
        <source>Drop changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="388"/>
        <source>Go back to the segment as it was saved</source>
        <translation>恢复到客户群保存时的样子</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="397"/>
        <source>Chosen values</source>
        <translation>已选取值</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="397"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="397"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="433"/>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="434"/>
        <source>Untick every value: this dimension no longer counts</source>
        <translation>取消勾选所有取值：此维度不再计入</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="473"/>
        <source>Target list</source>
        <translation>目标客户清单</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="482"/>
        <source>Find an account in the list (Ctrl+F)</source>
        <translation>在清单中查找客户（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="486"/>
        <source>Only full matches</source>
        <translation>只看完全符合的</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="487"/>
        <source>Hide accounts that meet only part of the description</source>
        <translation>隐藏只部分符合描述的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="511"/>
        <source>No accounts to rank yet</source>
        <translation>还没有可排名的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="513"/>
        <source>Describe your best customers: choose the natures, industries, regions and sizes that fit, then weight what matters most. Add accounts on the Accounts page and they are ranked here against your description.</source>
        <translation>描述您的最佳客户：选择合适的性质、行业、区域和规模，再给最重要的维度加权。在“大客户”页面添加客户后，它们会按您的描述在这里排名。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="520"/>
        <source>No account fits</source>
        <translation>没有符合的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="522"/>
        <source>None of your accounts meets this description. Untick a value, choose a wider region, or clear “Only full matches”.</source>
        <translation>没有客户符合这一描述。请取消勾选某个取值、选择更大的区域，或取消“只看完全符合的”。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="530"/>
        <source>Fit: green bar = meets the whole description, blue = part of it. Double-click an account to open it.</source>
        <translation>匹配度：绿条表示完全符合描述，蓝条表示部分符合。双击客户即可打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="664"/>
        <source>New segment — not saved yet.</source>
        <translation>新客户群——尚未保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="666"/>
        <source>Changed — not saved yet.</source>
        <translation>已修改——尚未保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="668"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="672"/>
        <source>It also asks for {what}, which ranking cannot use; saving leaves that out.</source>
        <translation>它还设有{what}条件，排名用不上；保存时会略去。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="711"/>
        <source>&lt;b&gt;{dimension}&lt;/b&gt; — {hint}</source>
        <translation>&lt;b&gt;{dimension}&lt;/b&gt; — {hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="719"/>
        <source>Add a region path, e.g. China/East/Shanghai, and press Enter</source>
        <translation>添加区域路径，例如“中国/华东/上海”，然后按回车</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="722"/>
        <source>Add a keyword and press Enter</source>
        <translation>添加关键词后按回车</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="724"/>
        <source>Add a value and press Enter</source>
        <translation>添加取值后按回车</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="820"/>
        <source>Unsaved segment</source>
        <translation>未保存的客户群</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="821"/>
        <source>The segment you are editing has changes that are not saved. Drop them?</source>
        <translation>正在编辑的客户群有未保存的修改。要放弃吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="848"/>
        <source>Give the segment a name before saving it.</source>
        <translation>保存前请先为客户群命名。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="855"/>
        <source>Save segment {name}</source>
        <translation>保存客户群 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="869"/>
        <source>Change segment {name}</source>
        <translation>修改客户群 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="875"/>
        <source>Segment {name} saved.</source>
        <translation>客户群 {name} 已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="882"/>
        <source>Delete segment {name}</source>
        <translation>删除客户群 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="914"/>
        <source>all {n} accounts, biggest open pipeline first</source>
        <translation>全部 {n} 个客户，在跟金额最大的排最前</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="919"/>
        <source>{shown} of {n} accounts fit, {full} fully</source>
        <translation>{n} 个客户中有 {shown} 个符合，其中 {full} 个完全符合</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="47"/>
        <source>Nature</source>
        <translation>性质</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="48"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="49"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="50"/>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="51"/>
        <source>Sales channel</source>
        <translation>销售方式</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="52"/>
        <source>Development stage</source>
        <translation>发展阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="53"/>
        <source>IT situation</source>
        <translation>信息化现状</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="54"/>
        <source>Core needs</source>
        <translation>核心需求</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="61"/>
        <source>Public organisation, state-owned, foreign or joint venture, private</source>
        <translation>公共组织 / 国有企业 / 外资或合资企业 / 民营企业</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="62"/>
        <source>The industries where your offer fits best</source>
        <translation>您的产品和服务最适合的行业</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="63"/>
        <source>A region includes everything inside it: ticking a province takes in its cities and districts</source>
        <translation>区域包含其下所有层级：勾选一个省，就包含了省内的市和区县</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="67"/>
        <source>Extra-large, large, medium, small or micro</source>
        <translation>特大型、大型、中型、小型或微型</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="68"/>
        <source>Sold directly or through a channel partner</source>
        <translation>直销，或经由渠道伙伴销售</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="69"/>
        <source>Start-up, growth, mature, transformation…</source>
        <translation>初创期、成长期、成熟期、转型期…</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="70"/>
        <source>Keywords found in the account&apos;s IT situation</source>
        <translation>在客户信息化现状中出现的关键词</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="71"/>
        <source>Keywords found in the account&apos;s core needs</source>
        <translation>在客户核心需求中出现的关键词</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="90"/>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="135"/>
        <source>Describes no dimension yet: every account fits.</source>
        <translation>尚未描述任何维度：所有客户都符合。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="249"/>
        <source>{n} account(s)</source>
        <translation>{n} 个客户</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="250"/>
        <source>No account has this value yet</source>
        <translation>还没有客户取这个值</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="416"/>
        <source>{path}: {n} account(s), everything inside included</source>
        <translation>{path}：{n} 个客户（含其下各级）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="459"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="459"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="459"/>
        <source>Fit</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="459"/>
        <source>Meets</source>
        <translation>符合项</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="459"/>
        <source>Open pipeline</source>
        <translation>在跟金额</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="459"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="464"/>
        <source>Place in the target list: best fit first</source>
        <translation>在目标客户清单中的名次：匹配度最高的排最前</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="465"/>
        <source>The account; double-click to open it</source>
        <translation>客户；双击即可打开</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="466"/>
        <source>Fit score 0–100: the weighted share of the described dimensions the account meets</source>
        <translation>匹配度 0–100：客户符合的已描述维度按权重所占的比例</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="467"/>
        <source>The dimensions of the description the account meets</source>
        <translation>客户符合的描述维度</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="468"/>
        <source>Value of the account&apos;s open deals</source>
        <translation>该客户进行中项目的金额</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="469"/>
        <source>The rep who owns the account</source>
        <translation>负责该客户的销售代表</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="540"/>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="559"/>
        <source>{dimension}: +{points:.0f}</source>
        <translation>{dimension}：+{points:.0f}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="561"/>
        <source>{dimension}: missed</source>
        <translation>{dimension}：不符合</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="566"/>
        <source>{dimension}: met (weight 0)</source>
        <translation>{dimension}：符合（权重为 0）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="570"/>
        <source>Meets the whole description.</source>
        <translation>完全符合描述。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="571"/>
        <source>No dimension described yet.</source>
        <translation>尚未描述任何维度。</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <location filename="../../desktop/models/team_model.py" line="46"/>
        <source>Owns accounts and deals, and pulls the team&apos;s resources into a big deal.</source>
        <translation>负责客户和项目，并为大项目调动团队资源。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="49"/>
        <source>Studies the industry, guides needs and proposes a targeted solution (P2–P4).</source>
        <translation>研究行业、引导需求，并提出有针对性的方案（P2–P4）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="52"/>
        <source>Direct manager: confirms the five elements in person before a lead counts as an opportunity (P3).</source>
        <translation>直接上级：亲自确认五要素，线索才能算作商机（P3）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="56"/>
        <source>Meets the customer&apos;s top level and confirms very large deals himself or herself.</source>
        <translation>与客户最高层会面，并亲自确认特大项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="72"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="72"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="72"/>
        <source>Reports to</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="72"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="72"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="77"/>
        <source>The team member&apos;s name</source>
        <translation>团队成员姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="78"/>
        <source>Sales rep, presales, manager or executive</source>
        <translation>销售代表、售前、经理或高管</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="79"/>
        <source>The member&apos;s direct manager on our side</source>
        <translation>该成员在我方的直接上级</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="80"/>
        <source>Email address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="81"/>
        <source>Inactive members stay in the history but no longer take new work</source>
        <translation>停用的成员仍保留在历史记录中，但不再承接新工作</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="107"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="107"/>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../desktop/pages/team.py" line="144"/>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="145"/>
        <source>Add someone to our team: a rep, presales, a manager or an executive</source>
        <translation>向我方团队添加成员：销售代表、售前、经理或高管</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="151"/>
        <source>Delete member</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="152"/>
        <source>Remove the selected member (undo brings them back with their links)</source>
        <translation>移除所选成员（撤销可连同其关联一起恢复）</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="160"/>
        <source>Reporting lines</source>
        <translation>汇报关系</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="161"/>
        <source>Show the team as a tree of who reports to whom</source>
        <translation>以树形显示团队中谁向谁汇报</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="177"/>
        <source>Your team</source>
        <translation>您的团队</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="179"/>
        <source>List the people on our side: reps, presales experts, direct managers and executives. The method calls them internal key customers: a rep has to win their time and pull their resources into a big deal — the manager who confirms the five elements, presales who shape the solution, the executive who meets the customer&apos;s top level.</source>
        <translation>列出我方人员：销售代表、售前专家、直接上级和高管。这套方法把他们称为内部大客户：销售要争取他们的时间，把他们的资源拉进大项目——确认五要素的经理、打磨方案的售前、会见客户高层的高管。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="185"/>
        <source>Add the first team member</source>
        <translation>添加第一位团队成员</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="196"/>
        <source>Filter by name, role, manager or email (Ctrl+F)</source>
        <translation>按姓名、角色、上级或电子邮件筛选（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="301"/>
        <source>{n} member(s)</source>
        <translation>{n} 名成员</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="303"/>
        <source>{shown} of {n} shown</source>
        <translation>显示 {shown} / {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="363"/>
        <source>No member selected</source>
        <translation>未选择成员</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="383"/>
        <source>Direct reports: {names}</source>
        <translation>直接下属：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="385"/>
        <source>No one reports to {name}.</source>
        <translation>没有人向 {name} 汇报。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="395"/>
        <source>— nobody —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="402"/>
        <source>{name} (inactive)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="409"/>
        <source>A team member needs a name.</source>
        <translation>团队成员必须有姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="412"/>
        <source>Nobody can be their own manager.</source>
        <translation>任何人都不能做自己的上级。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="415"/>
        <source>That would make a loop: the chosen manager already reports to {name}.</source>
        <translation>这样会形成闭环：所选上级已经在向 {name} 汇报。</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="432"/>
        <source>Rename {name} to {value}</source>
        <translation>将 {name} 改名为 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="433"/>
        <source>Change the role of {name}</source>
        <translation>修改 {name} 的角色</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="434"/>
        <source>Change the manager of {name}</source>
        <translation>修改 {name} 的上级</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="435"/>
        <source>Change the email of {name}</source>
        <translation>修改 {name} 的电子邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="436"/>
        <source>Mark {name} active</source>
        <translation>将 {name} 设为在职</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="436"/>
        <source>Mark {name} inactive</source>
        <translation>将 {name} 设为停用</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="456"/>
        <source>New team member</source>
        <translation>新团队成员</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="458"/>
        <source>Add a team member</source>
        <translation>添加团队成员</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="475"/>
        <source>Delete {name}</source>
        <translation>删除 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="480"/>
        <source>Deleted {name}. Undo brings them back.</source>
        <translation>已删除 {name}。撤销可恢复。</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="168"/>
        <source>Verify an element</source>
        <translation>核实一项要素</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="175"/>
        <source>Nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="189"/>
        <source>What confirmed it (meeting, document, mail…)</source>
        <translation>凭什么确认的（会面、文件、邮件…）</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="190"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="191"/>
        <source>Verified by</source>
        <translation>核实人</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="192"/>
        <source>At the level of</source>
        <translation>核实层级</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="193"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="194"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="195"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/welcome.py" line="31"/>
        <source>Key Account Navigator</source>
        <translation>大客户导航</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="39"/>
        <source>Plan and win large enterprise deals with the seven-step method: target customers, leads, valid opportunities, approval, the tender, negotiation and the first payment.</source>
        <translation>用七步法规划并赢下大型企业项目：定位目标客户、挖掘线索、确认有效商机、获得认可、引导招标、商务谈判，直到收到首期款。</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="47"/>
        <source>New workspace…</source>
        <translation>新建工作区…</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="48"/>
        <source>Open workspace…</source>
        <translation>打开工作区…</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="49"/>
        <source>Open the sample workspace</source>
        <translation>打开示例工作区</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="51"/>
        <source>Six accounts with org charts, deals in every stage and 18 months of history</source>
        <translation>六个客户，带组织架构图、各个阶段的项目和 18 个月的历史记录</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="62"/>
        <source>Recent workspaces</source>
        <translation>最近的工作区</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="71"/>
        <source>None yet: create a workspace or open the sample.</source>
        <translation>还没有：新建一个工作区，或打开示例工作区。</translation>
    </message>
</context>
</TS>
