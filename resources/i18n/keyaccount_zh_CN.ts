<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AccountBox</name>
        <message>
            <location filename="../../desktop/board/new_deal.py" line="89" />
            <source>Type to search the accounts</source>
            <translation>输入以搜索客户</translation>
        </message>
    </context>
    <context>
        <name>AccountEditor</name>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="146" />
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="149" />
            <source>The customer's name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="151" />
            <source>&amp;Name</source>
            <translation>名称(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="155" />
            <source>Na&amp;ture</source>
            <translation>性质(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="164" />
            <source>Choose or type an industry</source>
            <translation>选择或输入行业</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="171" />
            <source>&amp;Industry</source>
            <translation>行业(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="174" />
            <source>e.g. China/East/Shanghai/Pudong</source>
            <translation>例如：中国/华东/上海/浦东</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="178" />
            <source>Widest region first, levels separated by “/”:
{levels}</source>
            <translation>从最大的区域写起，各层级之间用“/”分隔：
{levels}</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="187" />
            <source>&amp;Region</source>
            <translation>区域(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="191" />
            <source>Si&amp;ze</source>
            <translation>规模(&amp;Z)</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="194" />
            <source>How we sell</source>
            <translation>销售方式</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="200" />
            <source>&amp;Channel</source>
            <translation>渠道(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="203" />
            <source>Choose the partner kind…</source>
            <translation>选择渠道伙伴类型…</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="211" />
            <source>Partner &amp;kind</source>
            <translation>伙伴类型(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="214" />
            <source>The partner company</source>
            <translation>渠道伙伴公司</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="216" />
            <source>Partner na&amp;me</source>
            <translation>伙伴名称(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="219" />
            <source>The rep on our side who owns the account</source>
            <translation>我方负责该客户的销售代表</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="223" />
            <source>&amp;Owner</source>
            <translation>负责人(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="226" />
            <source>Sales territory</source>
            <translation>销售责任区</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="228" />
            <source>&amp;Territory</source>
            <translation>责任区(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="231" />
            <source>Group</source>
            <translation>集团关系</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="233" />
            <source>The group or head office this account belongs to</source>
            <translation>该客户所属的集团或总部</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="237" />
            <source>&amp;Parent account</source>
            <translation>上级单位(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="239" />
            <source>Click a subsidiary to open it</source>
            <translation>单击下属单位即可打开</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="243" />
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="250" />
            <source>Subsidiaries</source>
            <translation>下属单位</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="285" />
            <source>What this account brings us</source>
            <translation>该客户给我们带来的价值</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="306" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="308" />
            <source>Anything the team should know</source>
            <translation>团队需要知道的任何情况</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="510" />
            <source>(nobody)</source>
            <translation>（无人）</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="517" />
            <source>{name} (left the team)</source>
            <translation>{name}（已离开团队）</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="525" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="551" />
            <source>In-depth profile ({filled} of {total} filled)</source>
            <translation>深度画像（已填 {filled} / {total} 项）</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="567" />
            <source>Edit account name</source>
            <translation>修改客户名称</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="568" />
            <source>Edit account nature</source>
            <translation>修改客户性质</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="569" />
            <source>Edit account industry</source>
            <translation>修改客户行业</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="570" />
            <source>Edit account region</source>
            <translation>修改客户区域</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="571" />
            <source>Edit account size</source>
            <translation>修改客户规模</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="572" />
            <source>Edit account sales channel</source>
            <translation>修改客户销售方式</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="573" />
            <source>Edit account partner kind</source>
            <translation>修改渠道伙伴类型</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="574" />
            <source>Edit account partner name</source>
            <translation>修改渠道伙伴名称</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="575" />
            <source>Edit account owner</source>
            <translation>修改客户负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="576" />
            <source>Edit account territory</source>
            <translation>修改客户责任区</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="577" />
            <source>Edit account parent</source>
            <translation>修改上级单位</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="578" />
            <source>Edit account industry-chain segment</source>
            <translation>修改客户所处产业链环节</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="579" />
            <source>Edit account main business</source>
            <translation>修改客户主营业务</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="580" />
            <source>Edit account organisation structure</source>
            <translation>修改客户组织架构</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="581" />
            <source>Edit account development stage</source>
            <translation>修改客户发展阶段</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="582" />
            <source>Edit account markets</source>
            <translation>修改客户市场与客户群</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="583" />
            <source>Edit account business regions</source>
            <translation>修改客户业务覆盖区域</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="584" />
            <source>Edit account registered capital</source>
            <translation>修改客户注册资本</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="585" />
            <source>Edit account culture</source>
            <translation>修改客户企业文化</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="586" />
            <source>Edit account IT situation</source>
            <translation>修改客户信息化现状</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="587" />
            <source>Edit account core needs</source>
            <translation>修改客户核心需求</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="588" />
            <source>Edit account value to us</source>
            <translation>修改客户对我方的价值</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="589" />
            <source>Edit account note</source>
            <translation>修改客户备注</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/account_editor.py" line="644" />
            <source>An account sold through a partner needs the partner kind: choose it below “Channel” to finish the change.</source>
            <translation>经渠道伙伴销售的客户需要指定伙伴类型：请在“渠道”下方选择，以完成此项修改。</translation>
        </message>
    </context>
    <context>
        <name>AccountsPage</name>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="134" />
            <source>New &amp;account</source>
            <translation>新建客户(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="136" />
            <source>Add a key account (Ctrl+Shift+A)</source>
            <translation>添加一个大客户（Ctrl+Shift+A）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="142" />
            <source>&amp;Delete account</source>
            <translation>删除客户(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="147" />
            <source>Delete the selected account with its people and deals (Del; undoable)</source>
            <translation>删除所选客户及其人员和项目（Del；可撤销）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="153" />
            <source>New &amp;deal…</source>
            <translation>新建项目(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="157" />
            <source>Create a deal for the selected account (Ctrl+Shift+D)</source>
            <translation>为所选客户新建项目（Ctrl+Shift+D）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="165" />
            <source>&amp;Edit account</source>
            <translation>编辑客户(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="167" />
            <source>Edit the account's profile (Enter in the list)</source>
            <translation>编辑客户画像（在列表中按 Enter）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="169" />
            <source>Show &amp;people</source>
            <translation>查看人员(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="171" />
            <source>The customer's people and their roles</source>
            <translation>客户的人员及其角色</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="186" />
            <source>No accounts yet</source>
            <translation>还没有客户</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="188" />
            <source>Accounts are the customers you target: organisations that buy often and in volume, and whose business can move your results. Add one to record who they are, who decides there, and the deals you work on with them.</source>
            <translation>大客户是您重点经营的客户：采购频繁、采购量大、能左右您业绩的组织。添加一个客户，记下它是谁、谁在那里拍板，以及您正在跟进的项目。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="192" />
            <source>Add the first account</source>
            <translation>添加第一个客户</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="234" />
            <source>Profile</source>
            <translation>画像</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="236" />
            <source>Who the account is: targeting attributes and profile</source>
            <translation>客户是谁：定位属性与画像</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="241" />
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="243" />
            <source>The customer's people and their roles in the decision</source>
            <translation>客户方人员及其在决策中的角色</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="298" />
            <source>Search accounts…</source>
            <translation>搜索客户…</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="300" />
            <source>Name, industry, region, owner, needs… (Ctrl+F). Every word must match.</source>
            <translation>名称、行业、区域、负责人、需求…（Ctrl+F）。每个词都须匹配。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="320" />
            <source>Show one nature of organisation</source>
            <translation>只显示一种客户性质</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="321" />
            <source>Show one industry</source>
            <translation>只显示一个行业</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="323" />
            <source>Show one region, with everything inside it at any level</source>
            <translation>只显示一个区域（含其下各级区域）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="325" />
            <source>Show one company size</source>
            <translation>只显示一种企业规模</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="326" />
            <source>Show the accounts of one owner</source>
            <translation>只显示某位负责人的客户</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="330" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="331" />
            <source>Show all accounts again</source>
            <translation>重新显示全部客户</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="343" />
            <source>All natures</source>
            <translation>全部性质</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="344" />
            <source>All sizes</source>
            <translation>全部规模</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="376" />
            <source>Show the columns that fit</source>
            <translation>显示放得下的列</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="379" />
            <source>Forget the columns chosen here: show as many as the width allows</source>
            <translation>不再沿用在此选择的列：宽度放得下多少就显示多少</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="547" />
            <source>All industries</source>
            <translation>全部行业</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="552" />
            <source>All regions</source>
            <translation>全部区域</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="557" />
            <source>(nobody)</source>
            <translation>（无人）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="559" />
            <location filename="../../desktop/pages/accounts.py" line="561" />
            <source>All owners</source>
            <translation>全部负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="611" />
            <source>{shown} of {total}</source>
            <translation>{shown} / {total}</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="613" />
            <source>1 account</source>
            <translation>1 个客户</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="615" />
            <source>{total} accounts</source>
            <translation>{total} 个客户</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="645" />
            <source>No account selected</source>
            <translation>未选择客户</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="687" />
            <location filename="../../desktop/pages/accounts.py" line="695" />
            <source>New account</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="723" />
            <source>Delete the account “{name}”?

Its people ({people}) and deals ({deals}) are deleted with it.</source>
            <translation>删除客户“{name}”吗？

其人员（{people}）和项目（{deals}）将一并删除。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="727" />
            <source>Its subsidiaries ({count}) stay, without this parent.</source>
            <translation>其下属单位（{count}）会保留，但不再隶属于它。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="730" />
            <source>Undo (Ctrl+Z) brings everything back.</source>
            <translation>撤销（Ctrl+Z）可全部恢复。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="731" />
            <source>Delete account</source>
            <translation>删除客户</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/accounts.py" line="736" />
            <source>Delete account {name}</source>
            <translation>删除客户{name}</translation>
        </message>
    </context>
    <context>
        <name>AccountsPreview</name>
        <message>
            <location filename="../../desktop/pages/accounts_preview.py" line="25" />
            <source>Opening the workspace…</source>
            <translation>正在打开工作区…</translation>
        </message>
    </context>
    <context>
        <name>AccountsTableModel</name>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="380" />
            <source>Open deals, but no activity logged yet</source>
            <translation>有进行中的项目，但还没有任何活动记录</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="382" />
            <source>No activity for {days} days</source>
            <translation>已有 {days} 天没有活动</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="403" />
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="404" />
            <source>Nature</source>
            <translation>性质</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="405" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="406" />
            <source>Region</source>
            <translation>区域</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="407" />
            <source>Size</source>
            <translation>规模</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="408" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="409" />
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="410" />
            <source>Deals</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="411" />
            <source>Pipeline</source>
            <translation>在跟金额</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="412" />
            <source>P1 … P7</source>
            <translation>P1 … P7</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="413" />
            <source>Last activity</source>
            <translation>最近活动</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="418" />
            <source>The key account's name</source>
            <translation>大客户名称</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="420" />
            <source>Public organisation, state-owned, foreign or joint venture, private</source>
            <translation>公共组织 / 国有企业 / 外资或合资企业 / 民营企业</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="422" />
            <source>The account's industry</source>
            <translation>客户所属行业</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="423" />
            <source>Where the account is, from the widest region down</source>
            <translation>客户所在区域，由大到小</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="424" />
            <source>Company size</source>
            <translation>企业规模</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="425" />
            <source>The rep on our side who owns the account</source>
            <translation>我方负责该客户的销售代表</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="426" />
            <source>Customer people on file (still working there)</source>
            <translation>已登记的客户方人员（仍在职）</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="427" />
            <source>Open deals with this account</source>
            <translation>与该客户进行中的项目</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="429" />
            <source>Total of the open deals in the base currency, at the workspace's rates (a deal in a currency without a rate is left out)</source>
            <translation>进行中项目按工作区汇率折算为本位币后的合计（没有汇率的币种不计入）</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="432" />
            <source>Open deals in each stage, P1 to P7</source>
            <translation>P1 到 P7 各阶段进行中的项目数</translation>
        </message>
        <message>
            <location filename="../../desktop/models/accounts_model.py" line="434" />
            <source>Date of the latest visit, call or event; amber when the account has open deals and has gone quiet</source>
            <translation>最近一次拜访、电话或活动的日期；有进行中的项目却久无动静时显示为琥珀色</translation>
        </message>
    </context>
    <context>
        <name>AccuracyDialog</name>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="56" />
            <source>Taken by hand</source>
            <translation>手动</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="56" />
            <source>Weekly</source>
            <translation>每周自动</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="68" />
            <source>By</source>
            <translation>保存人</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="68" />
            <source>How</source>
            <translation>方式</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="68" />
            <source>Lines</source>
            <translation>行数</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="68" />
            <source>Taken</source>
            <translation>保存时间</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="72" />
            <source>When the snapshot was taken (your clock)</source>
            <translation>快照保存时间（本机时间）</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="75" />
            <source>One line per deal and month the snapshot forecast</source>
            <translation>快照为每个项目的每个月各记一行</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="104" />
            <source>Snapshot</source>
            <translation>快照</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="105" />
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="249" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="106" />
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="250" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="107" />
            <source>Forecast</source>
            <translation>预测</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="108" />
            <source>Won</source>
            <translation>实际赢单</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="109" />
            <source>Bias</source>
            <translation>偏差</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="110" />
            <source>Error</source>
            <translation>误差</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="118" />
            <source>The weighted amount the snapshot expected to be won in the month</source>
            <translation>快照预计当月赢单的加权金额</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="119" />
            <source>What was won in the month</source>
            <translation>当月实际赢单金额</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="120" />
            <source>Forecast − won: above zero, the forecast promised too much</source>
            <translation>预测 − 实际赢单：大于零说明预测过于乐观</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="121" />
            <source>|Bias| / won (empty when nothing was won)</source>
            <translation>|偏差| / 实际赢单（当月无赢单时为空）</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="130" />
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="175" />
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="178" />
            <source>Mean bias</source>
            <translation>平均偏差</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="184" />
            <source>Mean bias (forecast − won)</source>
            <translation>平均偏差（预测 − 实际赢单）</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="193" />
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="197" />
            <source>Mean error</source>
            <translation>平均误差</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="213" />
            <source>Forecast snapshots and accuracy</source>
            <translation>预测快照与准确度</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="223" />
            <source>Snapshots</source>
            <translation>快照</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="229" />
            <source>Take snapshot</source>
            <translation>保存快照</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="231" />
            <source>Keep what the forecast says now</source>
            <translation>保存当前的预测</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="234" />
            <source>Delete snapshot</source>
            <translation>删除快照</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="236" />
            <source>Remove the selected snapshot; undo brings it back</source>
            <translation>删除所选快照；撤销可恢复</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="246" />
            <source>Accuracy per</source>
            <translation>准确度按</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="259" />
            <source>No ended month to measure yet. Take a snapshot now (or turn on weekly snapshots in Settings); once its months have ended, this shows how far the forecast was from what was won.</source>
            <translation>还没有已结束的月份可供衡量。现在保存一个快照（或在设置中开启每周快照）；其所含月份结束后，这里会显示预测与实际赢单相差多少。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="303" />
            <source>Mean bias and error per month</source>
            <translation>每月的平均偏差与误差</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="305" />
            <source>Mean bias and error per owner</source>
            <translation>每位负责人的平均偏差与误差</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="311" />
            <source>Over {n} snapshot months: mean bias {bias}, mean error {error}.</source>
            <translation>共 {n} 个快照月：平均偏差 {bias}，平均误差 {error}。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="335" />
            <source>Take a forecast snapshot</source>
            <translation>保存预测快照</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/accuracy_dialog.py" line="341" />
            <source>Delete the forecast snapshot of {when}</source>
            <translation>删除 {when} 的预测快照</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPage</name>
        <message>
            <location filename="../../desktop/pages/activities.py" line="122" />
            <location filename="../../desktop/pages/activities.py" line="232" />
            <source>Log activity…</source>
            <translation>记录活动…</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="123" />
            <source>Log a visit, call, demo or event: who met whom, and the next step</source>
            <translation>记录拜访、电话、演示或活动：谁见了谁，以及下一步</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="128" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="129" />
            <source>Change the selected activity: day, kind, people, notes, next step</source>
            <translation>修改所选活动：日期、类型、人员、备注、下一步</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="134" />
            <source>Mark done</source>
            <translation>标记为完成</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="135" />
            <source>Mark the selected activity's next step done today</source>
            <translation>将所选活动的下一步标记为今天完成</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="142" />
            <source>Delete activity</source>
            <translation>删除活动</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="143" />
            <source>Delete the selected activity (undo brings it back)</source>
            <translation>删除所选活动（撤销可恢复）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="166" />
            <source>Only this account</source>
            <translation>仅此客户</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="173" />
            <source>Only with this member</source>
            <translation>仅此成员参加的</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="174" />
            <source>Only this kind</source>
            <translation>仅此类型</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="175" />
            <source>Any kind</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="178" />
            <source>Only this period</source>
            <translation>仅此期间</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="181" />
            <source>Any time</source>
            <translation>任何时间</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="183" />
            <source>Last {n} days</source>
            <translation>最近{n}天</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="185" />
            <source>Last 12 months</source>
            <translation>最近12个月</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="221" />
            <source>No activity matches these filters</source>
            <translation>没有符合筛选条件的活动</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="222" />
            <source>Widen the period, or choose “All accounts”, “Anyone” and “Any kind”.</source>
            <translation>请放宽期间，或选择“所有客户”“所有人”和“所有类型”。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="225" />
            <source>No activities logged yet</source>
            <translation>尚未记录任何活动</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="227" />
            <source>Log each visit, call, demo or event with the customer: who of ours met whom of theirs, what was said and the next step. Use Log activity (Ctrl+J) from any view, a person's menu on the org map, or a deal's panel. Logging keeps the map's last contacts and the senior-visit rule up to date.</source>
            <translation>记录与客户的每次拜访、电话、演示或活动：我方谁见了对方谁、谈了什么、下一步是什么。可在任何视图中使用“记录活动”（Ctrl+J），也可从组织架构图的人员菜单或项目面板进入。记录后，架构图上的最近联系和高层拜访规则会随之更新。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="269" />
            <source>Click to show every activity again</source>
            <translation>点击以重新显示全部活动</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="283" />
            <source>All accounts</source>
            <translation>所有客户</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="286" />
            <source>Anyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="339" />
            <source>{n} activities</source>
            <translation>{n}条活动</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="342" />
            <source>The first {shown} of {n} activities: narrow them with the filters</source>
            <translation>显示{n}条活动中的前{shown}条：请用筛选条件缩小范围</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="345" />
            <source>next steps overdue: {n}, listed first</source>
            <translation>逾期的下一步：{n}项，排在最前</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="350" />
            <source>Deal: {name}  ✕</source>
            <translation>项目：{name}  ✕</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="352" />
            <source>Person: {name}  ✕</source>
            <translation>人员：{name}  ✕</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="366" />
            <source>Visited our headquarters for this deal: {who} ({rule}).</source>
            <translation>为本项目考察过我方总部：{who}（{rule}）。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="370" />
            <source>The KDM has not been yet: invite them above all.</source>
            <translation>KDM 尚未考察：应优先邀请。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="373" />
            <source>Nobody of the buying group has visited our headquarters for this deal yet: {rule} asks to invite them, above all the KDM.</source>
            <translation>本项目的采购团队尚无人考察过我方总部：{rule}要求邀请他们，尤其是 KDM。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="428" />
            <source>Mark “{step}” done</source>
            <translation>将“{step}”标记为完成</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/activities.py" line="435" />
            <source>Delete the activity of {day} at {account} ({kind})</source>
            <translation>删除{account}在{day}的活动（{kind}）</translation>
        </message>
    </context>
    <context>
        <name>ActivityEditor</name>
        <message>
            <location filename="../../desktop/activities/editor.py" line="98" />
            <source>{person} ({role})</source>
            <translation>{person}（{role}）</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="200" />
            <source>Edit activity</source>
            <translation>编辑活动</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="200" />
            <source>Log an activity</source>
            <translation>记录活动</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="222" />
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="226" />
            <source>The deal this activity was for; a visit for a deal counts for its gates</source>
            <translation>本次活动所针对的项目；针对项目的拜访会计入该项目的阶段关卡</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="228" />
            <source>Deal</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="243" />
            <source>Day and kind</source>
            <translation>日期和类型</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="248" />
            <source>Our people</source>
            <translation>我方人员</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="258" />
            <source>Their people</source>
            <translation>客户人员</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="261" />
            <source>Type to find a person</source>
            <translation>输入以查找人员</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="282" />
            <source>What was discussed, what we learnt</source>
            <translation>谈了什么，了解到什么</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="286" />
            <source>Who does what by when</source>
            <translation>谁在何时前做什么</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="287" />
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="288" />
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="290" />
            <source>Due by</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="298" />
            <source>Done on</source>
            <translation>完成日期</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="310" />
            <source>Next step's day</source>
            <translation>下一步日期</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="320" />
            <location filename="../../desktop/activities/editor.py" line="648" />
            <source>Log activity</source>
            <translation>记录活动</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="320" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="356" />
            <source>A visit or meeting for “{deal}” at {account}</source>
            <translation>{account}“{deal}”项目的一次拜访或会面</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="359" />
            <source>A visit, call or event with people of {account}</source>
            <translation>与{account}人员的一次拜访、电话或活动</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="366" />
            <source>No deal: upkeep of the account</source>
            <translation>无项目：日常客户维护</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="389" />
            <source>On this deal</source>
            <translation>本项目人员</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="390" />
            <source>Others at {account}</source>
            <translation>{account}的其他人员</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="393" />
            <source>People at {account}</source>
            <translation>{account}的人员</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="406" />
            <source>(left on {day})</source>
            <translation>（已于{day}离职）</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="414" />
            <source>Nobody of {account} is recorded yet: add the people you met on the org map first, then log the activity.</source>
            <translation>尚未记录{account}的任何人员：请先在组织架构图上添加见过的人，再记录活动。</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="495" />
            <source>Check at least one of our people and one of theirs.</source>
            <translation>请至少勾选一位我方人员和一位客户人员。</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="497" />
            <source>The next step cannot be due before the activity's day.</source>
            <translation>下一步的截止日期不能早于活动日期。</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="516" />
            <source>{level}. For no deal: it keeps the relationships, no gate counts it.</source>
            <translation>{level}。不针对项目：会更新关系数据，但不计入任何阶段关卡。</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="520" />
            <source>{level}. Counts as a senior visit to the {roles} ({rule}).</source>
            <translation>{level}。计为对{roles}的高层拜访（{rule}）。</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="527" />
            <source>{level}. Not a senior visit: {rule} counts meetings in person with a manager or executive of ours and the deal's KI, KU or KDM.</source>
            <translation>{level}。不算高层拜访：{rule}只计入我方经理或高管与本项目 KI、KU 或 KDM 的当面会面。</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="629" />
            <source>Log an activity at {account} ({kind})</source>
            <translation>在{account}记录活动（{kind}）</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="648" />
            <source>Add an account and its people first, then log activities.</source>
            <translation>请先添加客户及其人员，再记录活动。</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="677" />
            <source>Edit the activity of {day} at {account}</source>
            <translation>编辑{account}在{day}的活动</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="729" />
            <location filename="../../desktop/activities/editor.py" line="764" />
            <source>Log activity…</source>
            <translation>记录活动…</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="731" />
            <source>Log a visit, call or event with this person</source>
            <translation>记录与此人的拜访、电话或活动</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="737" />
            <source>Activities of this person</source>
            <translation>此人的活动记录</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/editor.py" line="766" />
            <source>Log a visit, call or event for this deal</source>
            <translation>为本项目记录拜访、电话或活动</translation>
        </message>
    </context>
    <context>
        <name>ActivityTable</name>
        <message>
            <location filename="../../desktop/activities/table.py" line="50" />
            <source>done {day}</source>
            <translation>已于{day}完成</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/table.py" line="52" />
            <source>due {day}</source>
            <translation>截止{day}</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/table.py" line="55" />
            <source>({n} days late)</source>
            <translation>（逾期{n}天）</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/table.py" line="75" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/table.py" line="76" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/table.py" line="77" />
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/table.py" line="78" />
            <source>Deal</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/table.py" line="79" />
            <source>Our people</source>
            <translation>我方人员</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/table.py" line="80" />
            <source>Their people</source>
            <translation>客户人员</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/table.py" line="81" />
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/table.py" line="82" />
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/table.py" line="87" />
            <source>The day it happened (a local day)</source>
            <translation>活动发生的日期（本地日期）</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/table.py" line="88" />
            <source>Visit, call, demo, presentation, event, reference or headquarters visit, tender</source>
            <translation>拜访、电话、演示、方案汇报、市场活动、参观样板客户或考察总部、招标活动</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/table.py" line="89" />
            <source>The customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/table.py" line="90" />
            <source>The deal it was for; empty: upkeep of the account</source>
            <translation>所针对的项目；空白表示日常客户维护</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/table.py" line="91" />
            <source>Our members who took part; their team role gives the activity's level</source>
            <translation>参加的我方成员；其团队角色决定活动的层级</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/table.py" line="92" />
            <source>The customer's people met</source>
            <translation>见到的客户人员</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/table.py" line="93" />
            <source>What was discussed, what we learnt</source>
            <translation>谈了什么，了解到什么</translation>
        </message>
        <message>
            <location filename="../../desktop/activities/table.py" line="94" />
            <source>The next step agreed, its due day, and whether it was done</source>
            <translation>约定的下一步、截止日期及是否完成</translation>
        </message>
    </context>
    <context>
        <name>ApprovalBanner</name>
        <message>
            <location filename="../../desktop/board/approvals.py" line="96" />
            <source>Awaiting a manager's approval</source>
            <translation>待审批（须经理批准）</translation>
        </message>
        <message>
            <location filename="../../desktop/board/approvals.py" line="103" />
            <source>Created in {stage}</source>
            <translation>创建于{stage}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/approvals.py" line="107" />
            <source>nobody named</source>
            <translation>未知成员</translation>
        </message>
        <message>
            <location filename="../../desktop/board/approvals.py" line="110" />
            <source>{move}, forced by {who} on {when}</source>
            <translation>{move}，由{who}于 {when} 强制推进</translation>
        </message>
        <message>
            <location filename="../../desktop/board/approvals.py" line="116" />
            <source>Reason: {reason}</source>
            <translation>原因：{reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/approvals.py" line="122" />
            <source>Unmet: {unmet}</source>
            <translation>未满足：{unmet}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/approvals.py" line="125" />
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <location filename="../../desktop/board/approvals.py" line="128" />
            <source>Revert to {stage}…</source>
            <translation>退回 {stage}…</translation>
        </message>
        <message>
            <location filename="../../desktop/board/approvals.py" line="152" />
            <source>Choose who you are first (File → I am…).</source>
            <translation>请先选择您是谁（文件 → 我是…）。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/approvals.py" line="157" />
            <source>Accept the move as it is: the deal stays in {stage}.</source>
            <translation>认可这次推进：项目留在 {stage}。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/approvals.py" line="161" />
            <source>Only a manager or an executive may approve a forced move.</source>
            <translation>只有经理或高管可以批准强制推进。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/approvals.py" line="164" />
            <source>Move the deal back to {stage}, with a reason.</source>
            <translation>把项目退回 {stage}，需填写原因。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/approvals.py" line="167" />
            <source>Only a manager, an executive or the member who forced it may revert this move.</source>
            <translation>只有经理、高管或执行强制推进的成员可以撤回这次推进。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/approvals.py" line="172" />
            <source>Approve the forced move of “{deal}”</source>
            <translation>批准“{deal}”的强制推进</translation>
        </message>
        <message>
            <location filename="../../desktop/board/approvals.py" line="178" />
            <source>Revert to {stage}</source>
            <translation>退回{stage}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/approvals.py" line="180" />
            <source>“{deal}” goes back to {stage}, where it was before the forced move. Why?</source>
            <translation>“{deal}”将退回强制推进前所在的{stage}。原因是？</translation>
        </message>
        <message>
            <location filename="../../desktop/board/approvals.py" line="185" />
            <source>Revert the forced move of “{deal}”</source>
            <translation>撤回“{deal}”的强制推进</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <location filename="../../desktop/app.py" line="497" />
            <source>Today's backup: {name}</source>
            <translation>今日备份：{name}</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="570" />
            <source>Cannot restore the backup</source>
            <translation>无法恢复该备份</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="55" />
            <source>Daily</source>
            <translation>每日</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="57" />
            <source>Before upgrade</source>
            <translation>升级前</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="59" />
            <source>Replaced by a restore</source>
            <translation>恢复时被替换</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="97" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="97" />
            <source>Schema</source>
            <translation>数据结构版本</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="97" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="97" />
            <source>Taken</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="222" />
            <source>Restore from backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="223" />
            <source>Replace {name} with the backup taken {when} ({size})? Changes made since then are no longer in the workspace, but the current file is kept beside it as {name}.replaced-…; nothing is deleted.</source>
            <translation>用 {when} 的备份（{size}）替换 {name}？此后所做的更改将不在工作区中，但当前文件会以 {name}.replaced-… 保留在旁边，不会删除任何内容。</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="228" />
            <location filename="../../desktop/backups_dialog.py" line="247" />
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="236" />
            <location filename="../../desktop/backups_dialog.py" line="257" />
            <source>Workspace damaged</source>
            <translation>工作区已损坏</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="237" />
            <source>{name} failed its integrity check ({problem}).

It was moved to {damaged}; nothing was deleted.

Restore the newest good backup, taken {when} ({size})?</source>
            <translation>{name} 未通过完整性检查（{problem}）。

它已被移到 {damaged}，没有删除任何内容。

要恢复最新的完好备份（{when}，{size}）吗？</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="258" />
            <source>{name} failed its integrity check ({problem}). No good backup of it was found, so it opens read-only: copy out what you can read. `keyaccount check` lists what is wrong.</source>
            <translation>{name} 未通过完整性检查（{problem}）。没有找到它的完好备份，因此以只读方式打开：请把能读取的内容复制出来。`keyaccount check` 会列出问题所在。</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="268" />
            <source>{name} was restored from {backup}. The file it replaced is kept at {kept}.</source>
            <translation>已从 {backup} 恢复 {name}。被替换的文件保留在 {kept}。</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="270" />
            <source>{name} was restored from {backup}.</source>
            <translation>已从 {backup} 恢复 {name}。</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="273" />
            <source>Restored</source>
            <translation>已恢复</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="285" />
            <source>Today's backup was not made</source>
            <translation>今日备份未能完成</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="286" />
            <source>The workspace is open, but today's backup could not be written: {reason}</source>
            <translation>工作区已打开，但今日备份无法写入：{reason}</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="133" />
            <source>Restore from backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="138" />
            <source>Backups of {name}: one on the first open of each day (kept for 7 days, 4 weeks and 12 months) and one before every upgrade. Restoring keeps the current file beside it; nothing is deleted.</source>
            <translation>{name} 的备份：每天第一次打开时备份一次（保留 7 天、4 周和 12 个月），每次升级前也备份一次。恢复时当前文件会保留在旁边，不会删除任何内容。</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="151" />
            <source>No backups yet. One is made the first time the workspace is opened each day.</source>
            <translation>还没有备份。每天第一次打开工作区时会自动备份。</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="157" />
            <source>Open to look</source>
            <translation>打开查看</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="159" />
            <source>Open a copy of the backup read-only; the workspace is not changed</source>
            <translation>以只读方式打开备份的副本；工作区不会改变</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="161" />
            <source>Restore…</source>
            <translation>恢复…</translation>
        </message>
        <message>
            <location filename="../../desktop/backups_dialog.py" line="163" />
            <source>Put the backup in place of the workspace (the current file is kept)</source>
            <translation>用备份替换工作区（当前文件会保留）</translation>
        </message>
    </context>
    <context>
        <name>Board</name>
        <message>
            <location filename="../../desktop/board/column.py" line="84" />
            <source>New deal in {stage}</source>
            <translation>在{stage}新建项目</translation>
        </message>
        <message>
            <location filename="../../desktop/board/column.py" line="183" />
            <source>{n} deals, {total} in total, {weighted} weighted at {p:.0%}</source>
            <translation>{n} 个项目，合计 {total}，按 {p:.0%} 加权为 {weighted}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/column.py" line="189" />
            <source>Usual time in this stage: {days} days</source>
            <translation>本阶段通常耗时：{days} 天</translation>
        </message>
        <message>
            <location filename="../../desktop/board/column.py" line="194" />
            <source>{n} deals, {total} in total</source>
            <translation>{n} 个项目，合计 {total}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/column.py" line="200" />
            <location filename="../../desktop/pages/board.py" line="472" />
            <source>Deals in {codes} are left out: no rate to {base} in the settings.</source>
            <translation>{codes} 计价的项目未计入：设置中没有折算为 {base} 的汇率。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/column.py" line="205" />
            <source>Other currencies converted to {base}</source>
            <translation>其他币种已折算为 {base}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/column.py" line="207" />
            <source>Click to show or hide the cards; drop cards here to close deals.</source>
            <translation>单击可显示或隐藏卡片；把卡片拖到这里即可关闭项目。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/column.py" line="293" />
            <source>weighted {amount}</source>
            <translation>加权 {amount}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/column.py" line="295" />
            <source>≈ {amount}</source>
            <translation>≈ {amount}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/column.py" line="301" />
            <source>No deals in this stage</source>
            <translation>本阶段没有项目</translation>
        </message>
        <message>
            <location filename="../../desktop/board/column.py" line="303" />
            <source>⌀ {days:.0f} d in stage · usual {usual}</source>
            <translation>平均在本阶段 {days:.0f} 天 · 通常 {usual} 天</translation>
        </message>
        <message>
            <location filename="../../desktop/board/column.py" line="307" />
            <source>⌀ {days:.0f} d · usual {usual}</source>
            <translation>平均 {days:.0f} 天 · 通常 {usual} 天</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="53" />
            <source>New deal on this account…</source>
            <translation>在此客户下新建项目…</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="54" />
            <source>Create another deal for the same account</source>
            <translation>为同一客户再新建一个项目</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="60" />
            <source>Mark as won</source>
            <translation>标记为赢单</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="61" />
            <source>Only a deal in P7 with a signed contract and its first payment can be won</source>
            <translation>只有处于 P7、已签合同并已收到首期款的项目才能标记为赢单</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="66" />
            <source>Close as lost…</source>
            <translation>关闭为丢单…</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="67" />
            <source>Close the deal as lost: why, and to which competitor</source>
            <translation>将项目关闭为丢单：说明原因，以及输给了哪个竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="72" />
            <source>Shelve…</source>
            <translation>搁置…</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="73" />
            <source>Put the deal aside: the customer is not buying now</source>
            <translation>暂时搁置项目：客户目前不采购</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="78" />
            <location filename="../../desktop/pages/board.py" line="853" />
            <source>Reopen…</source>
            <translation>重新打开…</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="79" />
            <source>Put the closed deal back in the funnel, in the stage it was closed in</source>
            <translation>让已关闭的项目回到漏斗中关闭时所在的阶段</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="85" />
            <source>Protection decision…</source>
            <translation>保护期处理…</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="86" />
            <source>Its protection expired: penalise the owner, release it or transfer it</source>
            <translation>保护期已到期：处罚负责人、转为公田或转交他人</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="91" />
            <source>Claim from the public field…</source>
            <translation>从公田认领…</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="92" />
            <source>Take this deal from the public field: you become its owner</source>
            <translation>从公田接手该项目：你成为负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="98" />
            <location filename="../../desktop/pages/board.py" line="857" />
            <source>Delete deal…</source>
            <translation>删除项目…</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="99" />
            <source>Delete the deal with its history and evidence (undoable)</source>
            <translation>删除项目及其历史和核实依据（可撤销）</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="153" />
            <source>New deal, close, reopen or delete this deal</source>
            <translation>新建项目，或关闭、重新打开、删除此项目</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="154" />
            <source>Deal actions</source>
            <translation>项目操作</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="163" />
            <source>its stage history and exit-criteria ticks</source>
            <translation>阶段历史和出口标准的勾选记录</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="166" />
            <source>the evidence for {n} of the five elements</source>
            <translation>五要素中 {n} 项的核实依据</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="168" />
            <source>the roles people play in it</source>
            <translation>各人员在项目中的角色</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="170" />
            <source>its payment plan and the payments received</source>
            <translation>回款计划和已收到的回款</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="171" />
            <source>Delete the deal “{deal}” ({account})?</source>
            <translation>删除项目“{deal}”（{account}）吗？</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="172" />
            <source>Deleted with it: {parts}.</source>
            <translation>将一并删除：{parts}。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="173" />
            <source>The account and its people stay.</source>
            <translation>客户及其人员保留不变。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="174" />
            <source>Undo (Ctrl+Z) brings everything back.</source>
            <translation>撤销（Ctrl+Z）可全部恢复。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="182" />
            <source>Delete deal</source>
            <translation>删除项目</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_menu.py" line="185" />
            <source>Delete deal “{deal}”</source>
            <translation>删除项目“{deal}”</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="25" />
            <location filename="../../desktop/board/labels.py" line="41" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="27" />
            <location filename="../../desktop/board/labels.py" line="42" />
            <source>Lost</source>
            <translation>丢单</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="29" />
            <location filename="../../desktop/board/labels.py" line="43" />
            <source>Shelved</source>
            <translation>搁置</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="40" />
            <location filename="../../desktop/pages/board.py" line="827" />
            <source>Open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="49" />
            <source>No KDM named</source>
            <translation>未指定关键决策人</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="51" />
            <source>Strong opponent</source>
            <translation>坚决反对</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="52" />
            <source>Opponent</source>
            <translation>反对</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="53" />
            <source>Neutral</source>
            <translation>中立</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="54" />
            <source>Supporter</source>
            <translation>支持</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="55" />
            <source>Strong supporter</source>
            <translation>坚定支持</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="60" />
            <location filename="../../desktop/board/labels.py" line="75" />
            <source>Manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="60" />
            <source>Presales</source>
            <translation>售前</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="60" />
            <source>Sales rep</source>
            <translation>销售代表</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="67" />
            <source>Visit</source>
            <translation>拜访</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="68" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="69" />
            <source>Mail</source>
            <translation>邮件</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="70" />
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="75" />
            <source>Executive</source>
            <translation>高管</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="75" />
            <source>Rep</source>
            <translation>销售代表</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="82" />
            <source>Not checked</source>
            <translation>未核实</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="83" />
            <source>Claimed, not verified</source>
            <translation>对方声称，尚未核实</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="84" />
            <source>Verified</source>
            <translation>已核实</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="90" />
            <source>Largest amount</source>
            <translation>金额最大</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="91" />
            <source>Closing soonest</source>
            <translation>最快成交</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="92" />
            <source>Longest in stage</source>
            <translation>在阶段停留最久</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="93" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="99" />
            <source>No swimlanes</source>
            <translation>不分泳道</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="100" />
            <source>Lanes by owner</source>
            <translation>按负责人分泳道</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="101" />
            <source>Lanes by account</source>
            <translation>按客户分泳道</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="117" />
            <source>No senior visit for this deal yet to: {roles}.</source>
            <translation>本项目尚未对以下角色做高层拜访：{roles}。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="121" />
            <source>No contract value is recorded to measure the first payment against.</source>
            <translation>尚未录入合同总额，无法衡量首期款比例。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="123" />
            <source>Our managers have not yet met every KI, KU and KDM of this deal face to face.</source>
            <translation>我方经理或高管尚未当面拜访本项目的全部 KI、KU 和 KDM。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="126" />
            <source>The bid is won, but no provisional award has been announced.</source>
            <translation>已投标并中标，但预中标结果尚未公布。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="127" />
            <source>We are the provisional winner; the publicity period has not passed.</source>
            <translation>我方是预中标人，但中标公示期还没过。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="128" />
            <source>The award notice is here, but no contract is signed yet.</source>
            <translation>已收到中标通知书，但还没有签合同。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="129" />
            <source>The contract is signed, but no payment has arrived yet.</source>
            <translation>合同已签，但还没有收到任何回款。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="130" />
            <source>The first payment is below {share:.0%} of the contract value.</source>
            <translation>首期款低于合同总额的 {share:.0%}。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/labels.py" line="150" />
            <source>Entered directly in {stage}</source>
            <translation>直接在{stage}录入</translation>
        </message>
        <message>
            <location filename="../../desktop/board/moves.py" line="107" />
            <source>Move back to {stage}</source>
            <translation>退回到{stage}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/moves.py" line="110" />
            <source>Moving a deal back needs a reason; the stage history keeps it.</source>
            <translation>退回项目需要填写原因；阶段历史会记下它。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/moves.py" line="117" />
            <source>Reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <location filename="../../desktop/board/moves.py" line="118" />
            <source>Reopening puts the deal back in the funnel. Why?</source>
            <translation>重新打开会让项目回到漏斗中。原因是？</translation>
        </message>
        <message>
            <location filename="../../desktop/board/moves.py" line="125" />
            <source>Reopen “{deal}”</source>
            <translation>重新打开“{deal}”</translation>
        </message>
        <message>
            <location filename="../../desktop/board/moves.py" line="206" />
            <source>Move “{deal}” to {stage} past its unmet gate</source>
            <translation>强制将“{deal}”推进到{stage}（出口标准未满足）</translation>
        </message>
        <message>
            <location filename="../../desktop/board/moves.py" line="208" />
            <source>Move “{deal}” back to {stage}</source>
            <translation>将“{deal}”退回到{stage}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/moves.py" line="210" />
            <source>Move “{deal}” to {stage}</source>
            <translation>将“{deal}”推进到{stage}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/moves.py" line="228" />
            <source>“{deal}” is closed; reopen it first.</source>
            <translation>“{deal}”已关闭；请先重新打开。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/moves.py" line="232" />
            <source>Mark “{deal}” as won</source>
            <translation>将“{deal}”标记为赢单</translation>
        </message>
        <message>
            <location filename="../../desktop/board/moves.py" line="237" />
            <source>Not won yet</source>
            <translation>还不能算赢单</translation>
        </message>
        <message>
            <location filename="../../desktop/board/moves.py" line="249" />
            <source>The deal is in {stage}; only a deal in P7 can be won.</source>
            <translation>项目处于{stage}；只有处于 P7 的项目才能标记为赢单。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/moves.py" line="260" />
            <source>(now {ratio:.0%})</source>
            <translation>（目前为 {ratio:.0%}）</translation>
        </message>
        <message>
            <location filename="../../desktop/board/moves.py" line="262" />
            <source>“{deal}” cannot be marked won yet:</source>
            <translation>“{deal}”还不能标记为赢单：</translation>
        </message>
        <message>
            <location filename="../../desktop/board/moves.py" line="269" />
            <source>Already closed</source>
            <translation>已经关闭</translation>
        </message>
        <message>
            <location filename="../../desktop/board/moves.py" line="270" />
            <source>Reopen a closed deal before marking it {status}.</source>
            <translation>已关闭的项目须先重新打开，才能标记为{status}。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/moves.py" line="285" />
            <source>Mark “{deal}” as {status}</source>
            <translation>将“{deal}”标记为{status}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/moves.py" line="310" />
            <source>Move {n} deals to {column}</source>
            <translation>将 {n} 个项目移到{column}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/moves.py" line="330" />
            <source> and {n} more</source>
            <translation>等另外 {n} 个</translation>
        </message>
        <message>
            <location filename="../../desktop/board/new_deal.py" line="68" />
            <source>New deal “{name}”</source>
            <translation>新建项目“{name}”</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="247" />
            <source>Swimlanes</source>
            <translation>泳道</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="250" />
            <source>Sort</source>
            <translation>排序</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="255" />
            <source>No deals yet</source>
            <translation>还没有项目</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="256" />
            <source>Deals appear here in one column per stage, P1 to P7. Create a deal on an account or convert a lead; then drag its card as the deal moves on — the method's exit criteria guard every step.</source>
            <translation>项目会按阶段分列在这里，从 P1 到 P7。在客户下新建项目或把线索转为项目，然后随着项目推进拖动它的卡片——每一步都由方法中的出口标准把关。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="261" />
            <location filename="../../desktop/pages/board.py" line="358" />
            <source>New deal…</source>
            <translation>新建项目…</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="326" />
            <source>Move left</source>
            <translation>左移</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="327" />
            <source>Move the selected deals one stage back (Ctrl+Left); asks for a reason</source>
            <translation>把所选项目退回上一阶段（Ctrl+Left）；需要填写原因</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="332" />
            <source>Move right</source>
            <translation>右移</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="333" />
            <source>Move the selected deals one stage on (Ctrl+Right); the stage gate applies</source>
            <translation>把所选项目推进到下一阶段（Ctrl+Right）；须通过阶段关卡</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="338" />
            <source>Open deal</source>
            <translation>打开项目</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="339" />
            <source>Show the selected deal in the side panel (Enter or double-click)</source>
            <translation>在侧面板中显示所选项目（回车或双击）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="343" />
            <source>Closed deals</source>
            <translation>已关闭的项目</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="344" />
            <source>Show or hide the won, lost and shelved columns</source>
            <translation>显示或隐藏赢单、丢单和搁置列</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="349" />
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="349" />
            <source>Show every deal again</source>
            <translation>重新显示全部项目</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="352" />
            <source>Protection…</source>
            <translation>保护期…</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="353" />
            <source>Expired protections awaiting a decision, and the public field</source>
            <translation>待处理的到期保护期，以及公田</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="359" />
            <source>Create a deal on an account, in the stage you choose</source>
            <translation>在某个客户下新建项目，并选定所在阶段</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="367" />
            <source>Read every deal again from the workspace (F5)</source>
            <translation>从工作区重新读取全部项目（F5）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="367" />
            <source>Reload</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="462" />
            <source>{n} open deals · {total} in the funnel · {weighted} weighted</source>
            <translation>{n} 个进行中的项目 · 漏斗合计 {total} · 加权 {weighted}</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="468" />
            <source>filtered</source>
            <translation>已筛选</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="833" />
            <source>Move to next stage ({stage})</source>
            <translation>推进到下一阶段（{stage}）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="837" />
            <source>Move to</source>
            <translation>移到</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="847" />
            <source>Mark as {status}…</source>
            <translation>标记为{status}…</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="855" />
            <source>Log a visit…</source>
            <translation>记录拜访…</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="1086" />
            <source>Protected until {day}</source>
            <translation>保护期至 {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/board.py" line="1088" />
            <source>Double-click or Enter opens the deal; drag it to move it.</source>
            <translation>双击或按回车打开项目；拖动即可移动它。</translation>
        </message>
    </context>
    <context>
        <name>BoardPage</name>
        <message>
            <location filename="../../desktop/pages/board.py" line="597" />
            <source>Badges and warnings could not be read: {reason}</source>
            <translation>无法读取标记和警示：{reason}</translation>
        </message>
    </context>
    <context>
        <name>CaptureDialog</name>
        <message>
            <location filename="../../desktop/leads/form.py" line="246" />
            <source>New lead</source>
            <translation>新建线索</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/form.py" line="251" />
            <source>A lead is contact information not yet verified (P2). Note where it came from; it becomes an opportunity once its five elements are verified.</source>
            <translation>线索是尚未核实的联系信息（P2）。请记下它的来源；五要素核实后它才成为商机。</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/form.py" line="274" />
            <source>Save lead</source>
            <translation>保存线索</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <location filename="../../desktop/board/delegate.py" line="167" />
            <source>{n} d</source>
            <translation>{n} 天</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="168" />
            <source>in {stage}</source>
            <translation>在 {stage}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="169" />
            <source>No owner</source>
            <translation>无负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="170" />
            <source>Coach</source>
            <translation>内部教练</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="171" />
            <source>Awaiting approval</source>
            <translation>待审批</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="172" />
            <source>{n} d left</source>
            <translation>剩{n}天</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="173" />
            <source>Expired</source>
            <translation>已到期</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="174" />
            <source>Public field</source>
            <translation>公田</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="175" />
            <source>Exp.</source>
            <translation>到期</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="176" />
            <source>Public</source>
            <translation>公田</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="370" />
            <source>none here</source>
            <translation>此处没有</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="372" />
            <source>{n} · {total}</source>
            <translation>{n} · {total}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="586" />
            <source>Expected to close {day}: that date has passed.</source>
            <translation>预计 {day} 成交：该日期已过。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="587" />
            <source>Expected to close {day}</source>
            <translation>预计 {day} 成交</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="594" />
            <source>Five elements verified: {n} of {m}. A valid opportunity (P3) needs all five checked by the rep and confirmed by the manager.</source>
            <translation>五要素已核实：{n} / {m}。有效商机（P3）要求五项全部经销售核实、并由经理确认。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="598" />
            <source>Exit criteria of the current stage met: {n} of {m}.</source>
            <translation>当前阶段出口标准已达成：{n} / {m}。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="603" />
            <source>A coach (内部教练) inside the customer shows us how to sell there.</source>
            <translation>客户内部有内部教练，指导我们如何推进销售。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="605" />
            <source>No coach yet: develop one among KI/KU middle or senior managers.</source>
            <translation>还没有内部教练：请在 KI/KU 的中高层中发展一位。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="608" />
            <source>Key decision maker's support: {label}.</source>
            <translation>关键决策人的支持度：{label}。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="615" />
            <source>Awaiting approval: moved past an unmet gate by someone without a manager role. A manager approves the move or reverts it in the deal panel.</source>
            <translation>待审批：由非经理角色的成员在阶段关卡未满足时强制推进。经理可在项目面板中批准或撤回这次推进。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="623" />
            <source>Not yours yet:</source>
            <translation>还不算到手：</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="624" />
            <source>Method rules not met:</source>
            <translation>未满足的方法规则：</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="628" />
            <source>Click the badge to read about it in the method.</source>
            <translation>单击该标记，可在方法中查看详情。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="635" />
            <source>In the public field: nobody protects this deal; any member may claim it.</source>
            <translation>在公田中：该项目不受任何人保护，任何成员都可认领。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="639" />
            <source>The protection period has expired: penalise the owner, release the deal to the public field or transfer it (the deal panel's ⋯ menu).</source>
            <translation>保护期已到期：可处罚负责人、把项目转为公田或转交他人（项目面板的 ⋯ 菜单）。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="642" />
            <source>Protected for its owner for {n} more days.</source>
            <translation>还受保护 {n} 天，归其负责人。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="650" />
            <source>{n} days in this stage; it usually takes {usual}.</source>
            <translation>已在本阶段 {n} 天；通常只需 {usual} 天。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/delegate.py" line="653" />
            <source>{n} days in this stage (usually up to {usual}).</source>
            <translation>已在本阶段 {n} 天（通常不超过 {usual} 天）。</translation>
        </message>
    </context>
    <context>
        <name>CashTab</name>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="72" />
            <location filename="../../desktop/dashboards/cash_tab.py" line="215" />
            <source>Due (won)</source>
            <translation>应收（已赢单）</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="72" />
            <source>Expected (open)</source>
            <translation>预计（进行中）</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="72" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="72" />
            <location filename="../../desktop/dashboards/cash_tab.py" line="214" />
            <source>Received</source>
            <translation>已回款</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="72" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="77" />
            <source>Payments received in the month</source>
            <translation>当月已到账的回款</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="78" />
            <source>Instalments of won deals due in the month, not yet received</source>
            <translation>已赢单项目当月到期、尚未到账的回款期次</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="79" />
            <source>What open deals are expected to pay, weighted by their stage's probability</source>
            <translation>进行中项目的预计回款，按所处阶段的赢单概率加权</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="80" />
            <source>Received + due + expected</source>
            <translation>已回款 + 应收 + 预计</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="109" />
            <source>Deal</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="110" />
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="111" />
            <source>Instalment</source>
            <translation>回款期次</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="112" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="113" />
            <source>Outstanding</source>
            <translation>未收金额</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="114" />
            <source>Days late</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="119" />
            <source>Double-click opens the deal on the board</source>
            <translation>双击在漏斗看板中打开项目</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="121" />
            <source>The instalment's place in the deal's payment plan</source>
            <translation>该期在项目回款计划中的序号</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="123" />
            <source>What is still to be received, in the deal's currency</source>
            <translation>尚未收到的金额，以项目本身的币种计</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="134" />
            <source>No. {seq}</source>
            <translation>第 {seq} 期</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="156" />
            <source>{amount} in the base currency</source>
            <translation>折合本位币 {amount}</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="216" />
            <source>Expected (open, weighted)</source>
            <translation>预计（进行中，加权）</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="240" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="243" />
            <source>The whole team's cash, or one member's deals</source>
            <translation>整个团队的回款，或某一成员的项目</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="259" />
            <source>No payments expected yet: give won deals a payment plan, and open deals an amount and an expected close, to see the cash forecast.</source>
            <translation>暂无预计回款：为已赢单项目制定回款计划，为进行中项目填写金额和预计成交日期，即可看到回款预测。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="284" />
            <source>Double-click an instalment to open its deal</source>
            <translation>双击回款期次可打开其项目</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="315" />
            <source>Everyone</source>
            <translation>全部成员</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="341" />
            <source>Overdue instalments: {n}, {total} outstanding</source>
            <translation>逾期回款期次：{n} 期，未收 {total}</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="347" />
            <source>No instalment is overdue.</source>
            <translation>没有逾期的回款期次。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/cash_tab.py" line="353" />
            <source>Cash per month, in {base}</source>
            <translation>每月回款（{base}）</translation>
        </message>
    </context>
    <context>
        <name>ChartView</name>
        <message>
            <location filename="../../desktop/dashboards/bar_chart.py" line="328" />
            <source>{bar}: {value}</source>
            <translation>{bar}：{value}</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/chart.py" line="152" />
            <location filename="../../desktop/dashboards/chart.py" line="264" />
            <source>Export the chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/chart.py" line="154" />
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/chart.py" line="187" />
            <source>Close some deals to see this chart.</source>
            <translation>关闭一些项目后即可看到此图表。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/chart.py" line="194" />
            <location filename="../../desktop/dashboards/chart.py" line="197" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/chart.py" line="195" />
            <source>Save this chart as a PNG image or an SVG drawing</source>
            <translation>将此图表保存为 PNG 图片或 SVG 矢量图</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/chart.py" line="424" />
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/chart.py" line="424" />
            <source>Deal</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/chart.py" line="424" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/chart.py" line="424" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/chart.py" line="444" />
            <location filename="../../desktop/dashboards/chart.py" line="480" />
            <source>Click a bar to list its deals.</source>
            <translation>点击柱条，列出其包含的项目。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/chart.py" line="455" />
            <source>Double-click a deal to open it on the board</source>
            <translation>双击项目，在漏斗看板中打开</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/chart.py" line="471" />
            <source>{label}: {n} deals (double-click one to open it on the board)</source>
            <translation>{label}：{n} 个项目（双击可在漏斗看板中打开）</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/chart.py" line="628" />
            <source>Deals behind the bar</source>
            <translation>柱条包含的项目</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="177" />
            <source>Close as lost</source>
            <translation>关闭为丢单</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="178" />
            <source>Close {deals} as lost. It leaves the funnel; reopening brings it back.</source>
            <translation>将{deals}关闭为丢单。项目会移出漏斗；重新打开即可恢复。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="182" />
            <source>Shelve</source>
            <translation>搁置</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="183" />
            <source>Shelve {deals}: the customer is not buying now. It leaves the funnel; reopening brings it back.</source>
            <translation>搁置{deals}：客户目前不采购。项目会移出漏斗；重新打开即可恢复。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="192" />
            <source>Choose a reason</source>
            <translation>选择原因</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="195" />
            <source>Reason</source>
            <translation>关闭原因</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="198" />
            <source>What happened, in a few words (optional)</source>
            <translation>简单说明发生了什么（可选）</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="199" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="204" />
            <source>Unknown / none</source>
            <translation>未知 / 无</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="207" />
            <source>Lost to</source>
            <translation>输给</translation>
        </message>
    </context>
    <context>
        <name>CloseReasonsEditor</name>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="85" />
            <source>A deal closed as lost or shelved gets one of these. Deals closed already keep the reason they were given.</source>
            <translation>丢单或搁置的项目从中选择一个原因。已关闭的项目保留当时给出的原因。</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="106" />
            <source>A reason of your own</source>
            <translation>自定义原因</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="108" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="115" />
            <source>Rename</source>
            <translation>改名</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="116" />
            <source>Change the selected reason's text (F2)</source>
            <translation>修改选中原因的文字（F2）</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="118" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="120" />
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="122" />
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="124" />
            <source>Restore the built-in list</source>
            <translation>恢复内置列表</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="125" />
            <source>Go back to the reasons the app comes with</source>
            <translation>恢复为应用自带的原因</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="172" />
            <location filename="../../desktop/settings_dialog.py" line="248" />
            <source>Built in; shown in each user's language</source>
            <translation>内置；以每位用户的语言显示</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="198" />
            <source>A close reason needs some text.</source>
            <translation>关闭原因不能为空。</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="200" />
            <source>A close reason has at most {n} characters.</source>
            <translation>关闭原因最多 {n} 个字符。</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="207" />
            <source>“{reason}” is in the list already.</source>
            <translation>“{reason}”已在列表中。</translation>
        </message>
    </context>
    <context>
        <name>CompetitorCommands</name>
        <message>
            <location filename="../../desktop/competitors/commands.py" line="37" />
            <source>Add competitor {name}</source>
            <translation>添加竞争对手{name}</translation>
        </message>
    </context>
    <context>
        <name>CompetitorEditor</name>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="100" />
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="103" />
            <source>Where its prices usually sit against ours</source>
            <translation>其价格通常相对我们的位置</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="105" />
            <source>What it does well, where customers like it</source>
            <translation>它的长处，客户喜欢它的地方</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="107" />
            <source>Where it is weak: our openings against it</source>
            <translation>它的弱点：我们的突破口</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="109" />
            <source>Anything else the team should know</source>
            <translation>团队还应知道的其他情况</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="110" />
            <source>&amp;Name</source>
            <translation>名称(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="111" />
            <source>&amp;Price</source>
            <translation>价格(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="112" />
            <source>&amp;Strengths</source>
            <translation>优势(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="113" />
            <source>&amp;Weaknesses</source>
            <translation>劣势(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="114" />
            <source>N&amp;ote</source>
            <translation>备注(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="123" />
            <source>Not named in any deal yet. Name it on a deal (deal panel → Competitors) to see how we fare against it.</source>
            <translation>尚未出现在任何项目中。在项目上添加它（项目面板 → 竞争对手），即可看到我们对它的胜负。</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="127" />
            <source>In {deals} deal(s): {open} open, {won} won by us, {lost} lost to it, {other} lost to others, {shelved} shelved.</source>
            <translation>共 {deals} 个项目：{open} 个进行中，{won} 个我方赢单，{lost} 个输给它，{other} 个输给其他竞争对手，{shelved} 个搁置。</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="140" />
            <source>Win rate against it: {rate} ({won} of {decided}).</source>
            <translation>对它的赢单率：{rate}（{decided} 个中赢 {won} 个）。</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="145" />
            <source>{n} customer people back it.</source>
            <translation>{n} 位客户人员支持它。</translation>
        </message>
    </context>
    <context>
        <name>CompetitorModel</name>
        <message>
            <location filename="../../desktop/competitors/table_model.py" line="42" />
            <source>Competitor</source>
            <translation>竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/table_model.py" line="43" />
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/table_model.py" line="44" />
            <source>Deals</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/table_model.py" line="45" />
            <source>Open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/table_model.py" line="46" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/table_model.py" line="47" />
            <source>Lost to it</source>
            <translation>输给它</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/table_model.py" line="48" />
            <source>Win rate</source>
            <translation>赢单率</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/table_model.py" line="49" />
            <source>Backers</source>
            <translation>支持者</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/table_model.py" line="55" />
            <source>The competitor's name</source>
            <translation>竞争对手名称</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/table_model.py" line="56" />
            <source>Where its prices usually sit against ours</source>
            <translation>其价格通常相对我们的位置</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/table_model.py" line="57" />
            <source>Deals it competes in, or that were lost to it</source>
            <translation>它参与竞争的项目，或我们输给它的项目</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/table_model.py" line="58" />
            <source>Of those, deals still open</source>
            <translation>其中仍在进行中的项目</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/table_model.py" line="59" />
            <source>Of those, deals we won</source>
            <translation>其中我们赢单的项目</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/table_model.py" line="60" />
            <source>Deals we lost to this competitor</source>
            <translation>我们输给这个竞争对手的项目</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/table_model.py" line="61" />
            <source>Deals we won, out of those decided between us and it (won or lost to it)</source>
            <translation>在我们与它之间分出胜负的项目（赢单或输给它）中，我们赢下的比例</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/table_model.py" line="62" />
            <source>Customer people (still in post) who back it, on their own or in a deal</source>
            <translation>支持它的客户人员（仍在职），无论是一贯如此还是在某个项目中</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/table_model.py" line="107" />
            <source>Won {won} of {decided} decided between us</source>
            <translation>分出胜负的 {decided} 个项目中赢下 {won} 个</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/table_model.py" line="111" />
            <source>{lost} lost to others, {shelved} shelved</source>
            <translation>{lost} 个输给其他竞争对手，{shelved} 个搁置</translation>
        </message>
    </context>
    <context>
        <name>CompetitorsDialog</name>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="331" />
            <source>No competitors yet: type a name below to add one.</source>
            <translation>还没有竞争对手：在下面输入名称即可添加。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="332" />
            <source>Competitors in this deal</source>
            <translation>本项目的竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="340" />
            <source>New competitor's name</source>
            <translation>新竞争对手的名称</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="341" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="344" />
            <source>Add it to the workspace's list and to this deal</source>
            <translation>添加到工作区的列表和这个项目</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="64" />
            <source>Delete the competitor “{name}”? Undo brings it back.</source>
            <translation>删除竞争对手“{name}”？撤销可恢复。</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="65" />
            <source>Delete the competitor “{name}”? It is named in {deals} deal(s), {lost} of them lost to it, and {backers} customer people back it. Deleting removes it from all of them; undo brings it back with every link.</source>
            <translation>删除竞争对手“{name}”？它出现在 {deals} 个项目中（其中 {lost} 个输给了它），有 {backers} 位客户人员支持它。删除会把它从这些地方全部移除；撤销可连同所有关联一起恢复。</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="75" />
            <source>Delete competitor</source>
            <translation>删除竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="159" />
            <source>Competitors</source>
            <translation>竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="175" />
            <source>&amp;New competitor</source>
            <translation>新建竞争对手(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="179" />
            <source>&amp;Delete competitor…</source>
            <translation>删除竞争对手(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="185" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="189" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="207" />
            <source>Undo {what}</source>
            <translation>撤销：{what}</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="210" />
            <source>Redo {what}</source>
            <translation>重做：{what}</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="218" />
            <source>No competitors yet</source>
            <translation>还没有竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="220" />
            <source>List the companies you meet in deals: what they do well, where they are weak, where their prices usually sit. Then name them on a deal (deal panel → Competitors) and this list shows how often we win against each.</source>
            <translation>列出您在项目中遇到的公司：它们的长处、弱点，以及通常的价格定位。然后在项目上添加它们（项目面板 → 竞争对手），这里就会显示我方对每家的赢单情况。</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="224" />
            <source>Add the first competitor</source>
            <translation>添加第一个竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="233" />
            <source>&amp;Edit competitor</source>
            <translation>编辑竞争对手(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="248" />
            <source>Filter by name</source>
            <translation>按名称筛选</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="252" />
            <source>New…</source>
            <translation>新建…</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="254" />
            <source>Add a competitor (Ctrl+N)</source>
            <translation>添加竞争对手（Ctrl+N）</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="256" />
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="259" />
            <source>Delete the selected competitor; undo brings it back with its links</source>
            <translation>删除选中的竞争对手；撤销可连同其关联一起恢复</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="270" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="305" />
            <source>{n} competitor(s)</source>
            <translation>{n} 个竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="306" />
            <source>{shown} of {n} shown</source>
            <translation>显示 {shown} / {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="317" />
            <source>No competitor selected</source>
            <translation>未选择竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="337" />
            <source>A competitor needs a name.</source>
            <translation>竞争对手需要名称。</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="341" />
            <source>Rename competitor {name} to {value}</source>
            <translation>将竞争对手{name}改名为{value}</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="342" />
            <source>Change the price position of {name}</source>
            <translation>修改{name}的价格定位</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="343" />
            <source>Change the strengths of {name}</source>
            <translation>修改{name}的优势</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="344" />
            <source>Change the weaknesses of {name}</source>
            <translation>修改{name}的劣势</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="345" />
            <source>Change the note on {name}</source>
            <translation>修改{name}的备注</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="358" />
            <source>New competitor</source>
            <translation>新竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="372" />
            <source>Delete competitor {name}</source>
            <translation>删除竞争对手{name}</translation>
        </message>
        <message>
            <location filename="../../desktop/competitors/dialog.py" line="373" />
            <source>Deleted {name}. Undo brings it back.</source>
            <translation>已删除{name}。撤销可恢复。</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="60" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="61" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="62" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="63" />
            <source>Expected close</source>
            <translation>预计成交日期</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="64" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="65" />
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="66" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="67" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="68" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="69" />
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="70" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="71" />
            <source>Email</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="72" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="73" />
            <source>Support</source>
            <translation>支持度</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="74" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="75" />
            <source>Region</source>
            <translation>区域</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="76" />
            <source>Nature</source>
            <translation>性质</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="77" />
            <source>Scale</source>
            <translation>规模</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="78" />
            <source>Reports to</source>
            <translation>汇报对象</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="79" />
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="80" />
            <source>Done on</source>
            <translation>完成日期</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="81" />
            <source>Contract value</source>
            <translation>合同总额</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="82" />
            <source>Protection expiry</source>
            <translation>保护期截止</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="118" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="118" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="206" />
            <source>Someone else changed this first</source>
            <translation>别人已先修改了这条记录</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="216" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="216" />
            <source>Now saved</source>
            <translation>当前已保存</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="216" />
            <source>Your change</source>
            <translation>你的修改</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="240" />
            <source>The record was deleted meanwhile; there is nothing to re-apply to.</source>
            <translation>这条记录已被删除，无法重新应用你的修改。</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="245" />
            <source>Reload</source>
            <translation>重新加载</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="246" />
            <source>Keep what is saved now; your change is dropped.</source>
            <translation>保留当前已保存的内容，放弃你的修改。</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="247" />
            <source>Re-apply mine</source>
            <translation>重新应用我的修改</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="249" />
            <source>Write your change again on top of what is saved now.</source>
            <translation>在当前已保存的内容之上再次写入你的修改。</translation>
        </message>
    </context>
    <context>
        <name>ConnectionNotice</name>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="346" />
            <source>The server cannot be reached</source>
            <translation>无法连接服务器</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="358" />
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="359" />
            <source>Discard my edit</source>
            <translation>放弃我的修改</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="365" />
            <source>Try to save the edit now.</source>
            <translation>现在再试一次保存这项修改。</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="366" />
            <source>Give up this edit: it is not saved.</source>
            <translation>放弃这项修改：它不会被保存。</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="373" />
            <source>“{edit}” is kept, not saved yet.</source>
            <translation>“{edit}”已保留，尚未保存。</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="376" />
            <source>Press Retry once the server is back.</source>
            <translation>服务器恢复后请点击“重试”。</translation>
        </message>
        <message>
            <location filename="../../desktop/conflict_dialog.py" line="379" />
            <source>Trying again in {seconds} s.</source>
            <translation>{seconds} 秒后自动重试。</translation>
        </message>
    </context>
    <context>
        <name>ConvertDialog</name>
        <message>
            <location filename="../../desktop/leads/convert.py" line="110" />
            <source>Nobody yet</source>
            <translation>尚无人</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="130" />
            <source>What shows it</source>
            <translation>凭什么确认</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="133" />
            <source>What shows it: the meeting, the document or the person who said so. Kept with the element on the deal.</source>
            <translation>凭什么确认：哪次会面、哪份文件或谁说的。随该要素保存在项目上。</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="180" />
            <source>Convert the lead into an opportunity</source>
            <translation>将线索转为商机</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="187" />
            <source>{company} becomes a valid opportunity in P3 once P2's exit criteria are met and its five elements are verified.</source>
            <translation>P2的出口标准达成且五要素核实后，{company}即成为P3阶段的有效商机。</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="195" />
            <source>{company} is not an account yet: converting creates the account.</source>
            <translation>{company}尚不是客户：转化时将创建该客户。</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="214" />
            <source>Leave unticked while nobody knows</source>
            <translation>尚不清楚时不要勾选</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="225" />
            <source>Deal &amp;name</source>
            <translation>项目名称(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="226" />
            <source>&amp;Amount</source>
            <translation>金额(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="227" />
            <source>Expected &amp;close</source>
            <translation>预计成交日期(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="230" />
            <source>P2 exit criteria</source>
            <translation>P2出口标准</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="242" />
            <source>The five elements</source>
            <translation>五要素</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="245" />
            <source>Element</source>
            <translation>要素</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="246" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="247" />
            <source>Verified by</source>
            <translation>核实人</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="248" />
            <source>Level</source>
            <translation>层级</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="249" />
            <source>How</source>
            <translation>方式</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="250" />
            <source>When</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="251" />
            <source>Evidence</source>
            <translation>依据</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="273" />
            <source>The direct manager's confirmation</source>
            <translation>直接上级确认</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="283" />
            <source>Choose the manager</source>
            <translation>选择主管</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="295" />
            <source>Confirmed all five</source>
            <translation>五要素均已确认</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="299" />
            <source>Record the five elements as verified by this manager, at manager level</source>
            <translation>将五要素记录为由该主管核实（主管层级）</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="327" />
            <source>Convert</source>
            <translation>转化</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="362" />
            <source>The direct manager has confirmed the five elements.</source>
            <translation>直接上级已确认五要素。</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="366" />
            <source>Not yet confirmed by the direct manager: the method asks for it before the opportunity counts.</source>
            <translation>尚未经直接上级确认：按方法论，商机成立前需直接上级确认。</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="374" />
            <source>The deal needs a name.</source>
            <translation>项目需要名称。</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="379" />
            <source>Tick the exit criteria of P2 that are met ({n} still open).</source>
            <translation>请勾选已达成的P2出口标准（还有{n}项未勾选）。</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/convert.py" line="384" />
            <source>Not verified yet: {items}.</source>
            <translation>尚未核实：{items}。</translation>
        </message>
    </context>
    <context>
        <name>DashboardsPage</name>
        <message>
            <location filename="../../desktop/pages/dashboards.py" line="55" />
            <source>Funnel</source>
            <translation>漏斗</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/dashboards.py" line="59" />
            <source>Forecast</source>
            <translation>预测</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/dashboards.py" line="64" />
            <source>Cash</source>
            <translation>回款</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/dashboards.py" line="65" />
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/dashboards.py" line="67" />
            <source>Review</source>
            <translation>复盘</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/dashboards.py" line="171" />
            <source>This part of the dashboards is not available yet.</source>
            <translation>仪表盘的这一部分尚未提供。</translation>
        </message>
    </context>
    <context>
        <name>DealPanel</name>
        <message>
            <location filename="../../desktop/board/panel.py" line="228" />
            <source>Close the deal panel (Esc)</source>
            <translation>关闭项目面板（Esc）</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="330" />
            <source>Not yours yet</source>
            <translation>还不算到手</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="331" />
            <source>Method rules not met</source>
            <translation>未满足的方法规则</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="370" />
            <source>Reason: {reason}</source>
            <translation>原因：{reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="372" />
            <source>Won: contract signed and first payment received.</source>
            <translation>赢单：合同已签，首期款已到账。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="373" />
            <source>No reason recorded.</source>
            <translation>未记录原因。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="375" />
            <source>Lost to {competitor}</source>
            <translation>输给了{competitor}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="380" />
            <source>Deal</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="392" />
            <location filename="../../desktop/board/panel.py" line="713" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="396" />
            <source>No owner</source>
            <translation>无负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="401" />
            <location filename="../../desktop/board/panel.py" line="714" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="415" />
            <location filename="../../desktop/board/panel.py" line="715" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="417" />
            <location filename="../../desktop/board/panel.py" line="717" />
            <source>Expected close</source>
            <translation>预计成交日期</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="419" />
            <location filename="../../desktop/board/panel.py" line="718" />
            <source>Protected until</source>
            <translation>保护期至</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="421" />
            <location filename="../../desktop/board/panel.py" line="719" />
            <source>Sold through a tender</source>
            <translation>走招标流程</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="427" />
            <location filename="../../desktop/board/panel.py" line="720" />
            <source>Contract signed</source>
            <translation>合同签订日期</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="429" />
            <location filename="../../desktop/board/panel.py" line="459" />
            <source>not set</source>
            <translation>未设定</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="432" />
            <location filename="../../desktop/board/panel.py" line="721" />
            <source>Contract value</source>
            <translation>合同总额</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="435" />
            <source>Notes on this deal</source>
            <translation>关于本项目的备注</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="438" />
            <location filename="../../desktop/board/panel.py" line="722" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="473" />
            <source>Exit criteria of {stage}</source>
            <translation>{stage}的出口标准</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="475" />
            <source>This stage has no exit criteria.</source>
            <translation>本阶段没有出口标准。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="489" />
            <source>done {on} {by}</source>
            <translation>{on} {by}完成</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="491" />
            <source>by {name}</source>
            <translation>由{name}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="503" />
            <source>Key actions in {stage}</source>
            <translation>{stage}的关键动作</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="503" />
            <source>Rules of {stage}</source>
            <translation>{stage}的规则</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="524" />
            <source>Rules</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="530" />
            <source>The method names no key actions or rules for this stage.</source>
            <translation>方法中没有为本阶段规定关键动作或规则。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="535" />
            <source>Five elements ({n}/5 verified)</source>
            <translation>五要素（已核实 {n}/5）</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="573" />
            <source>Verify…</source>
            <translation>核实…</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="575" />
            <source>Record who verified this element, how and when</source>
            <translation>记录由谁、以何种方式、在何时核实了这项要素</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="582" />
            <source>Competitors</source>
            <translation>竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="584" />
            <source>None recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="591" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="593" />
            <source>Choose the competitors in this deal, or add a new one</source>
            <translation>选择这个项目中的竞争对手，或添加新的</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="597" />
            <source>Manage competitors…</source>
            <translation>管理竞争对手…</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="600" />
            <source>Strengths, weaknesses, prices and win/loss of every competitor</source>
            <translation>每个竞争对手的优势、劣势、价格和胜负</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="608" />
            <source>Protection</source>
            <translation>保护期</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="620" />
            <source>Decision chain</source>
            <translation>决策链</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="625" />
            <source>Visits and meetings</source>
            <translation>拜访与会面</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="630" />
            <source>Tender</source>
            <translation>招标</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="631" />
            <location filename="../../desktop/board/panel.py" line="723" />
            <source>Scoring criteria shaped by us</source>
            <translation>评分标准由我方主导</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="637" />
            <location filename="../../desktop/board/panel.py" line="724" />
            <source>The tender's scoring criteria</source>
            <translation>招标的评分标准</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="645" />
            <source>Payment plan</source>
            <translation>回款计划</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="650" />
            <source>Stage history</source>
            <translation>阶段历史</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="657" />
            <source>Created in {stage}</source>
            <translation>创建于{stage}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="661" />
            <source>Reopened in {stage}</source>
            <translation>在{stage}重新打开</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="683" />
            <source>Forced past: {unmet}</source>
            <translation>强制推进，未满足：{unmet}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="687" />
            <source>Approved by {name}</source>
            <translation>已由{name}批准</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="689" />
            <source>Awaiting a manager's approval</source>
            <translation>待审批（须经理批准）</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="702" />
            <source>Edit {field} of “{deal}”</source>
            <translation>修改“{deal}”的{field}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="716" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="730" />
            <source>Tick {id}</source>
            <translation>勾选 {id}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="730" />
            <source>Untick {id}</source>
            <translation>取消勾选 {id}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="761" />
            <source>Verify {id}</source>
            <translation>核实 {id}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/panel.py" line="771" />
            <source>Competitors of “{deal}”</source>
            <translation>“{deal}”的竞争对手</translation>
        </message>
    </context>
    <context>
        <name>DealPeople</name>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="148" />
            <source>backs {competitor}</source>
            <translation>倾向{competitor}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="150" />
            <source>insider</source>
            <translation>内线</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="152" />
            <source>coach</source>
            <translation>内部教练</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="159" />
            <source>(left on {day})</source>
            <translation>（已于{day}离职）</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="205" />
            <source>Whom do you put on “{deal}”?</source>
            <translation>要把谁加入“{deal}”？</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="210" />
            <source>Type to find a person by name, title or department</source>
            <translation>输入姓名、职位或部门查找人员</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="226" />
            <source>Everyone at this account is on the deal already. Add people to the account on the Org map, then put them on the deal here.</source>
            <translation>该客户的所有人员都已在本项目中。请先在组织架构图上为客户添加人员，再在这里把他们加入项目。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="244" />
            <source>Choose a role</source>
            <translation>选择角色</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="254" />
            <source>No competitor</source>
            <translation>无倾向的竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="257" />
            <source>Insider: passes us internal information</source>
            <translation>内线：向我们传递内部信息</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="259" />
            <source>Coach: shows us how to sell inside</source>
            <translation>内部教练：指点我们在客户内部如何推进</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="261" />
            <source>Role on this deal</source>
            <translation>在本项目中的角色</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="262" />
            <source>Support for us</source>
            <translation>对我方的支持度</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="263" />
            <source>Backs competitor</source>
            <translation>倾向的竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="290" />
            <source>(now {role} on this deal)</source>
            <translation>（目前在本项目中为 {role}）</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="476" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="477" />
            <source>Change the selected person's part (or double-click them)</source>
            <translation>修改所选人员在项目中的角色（或双击该人员）</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="479" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="481" />
            <source>Take the selected person off this deal; undo brings them back</source>
            <translation>把所选人员移出本项目；撤销可恢复</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="537" />
            <source>{person} on this deal</source>
            <translation>{person}在本项目中</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="545" />
            <source>Change {person}'s part in “{deal}”</source>
            <translation>修改{person}在“{deal}”中的角色</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="554" />
            <source>Take {person} off “{deal}”</source>
            <translation>把{person}移出“{deal}”</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="572" />
            <source>Nobody is on this deal yet: add the KDM, key influencers and users, the purchase lead and the evaluators from the account's people.</source>
            <translation>本项目还没有人员：请从客户人员中添加关键决策人、关键影响者和关键使用者、采购牵头部门联系人以及评委。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="589" />
            <source>Nobody on this deal as {roles} yet.</source>
            <translation>本项目尚无 {roles}。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="597" />
            <source>Add person…</source>
            <translation>添加人员…</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="598" />
            <source>Put someone of the account on this deal, with their role and support</source>
            <translation>把客户的某位人员加入本项目，并设定其角色和支持度</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="606" />
            <source>Add a person to the deal</source>
            <translation>把人员加入项目</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="615" />
            <source>Put {person} on “{deal}”</source>
            <translation>把{person}加入“{deal}”</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="631" />
            <source>{n} evaluators, {m} support us</source>
            <translation>{n} 位评委，{m} 位支持我方</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="639" />
            <source>No evaluators named for this deal yet.</source>
            <translation>本项目尚未指定评委。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="648" />
            <source>Add evaluator…</source>
            <translation>添加评委…</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="649" />
            <source>Name an evaluator of the tender among the account's or the deal's people</source>
            <translation>从客户人员或项目人员中指定招标评委</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="665" />
            <source>Add an evaluator</source>
            <translation>添加评委</translation>
        </message>
        <message>
            <location filename="../../desktop/board/deal_people.py" line="677" />
            <source>Name {person} an evaluator of “{deal}”</source>
            <translation>指定{person}为“{deal}”的评委</translation>
        </message>
    </context>
    <context>
        <name>DealRoles</name>
        <message>
            <location filename="../../desktop/map/deal_roles.py" line="65" />
            <source>Put {person} on the deal</source>
            <translation>把{person}加入项目</translation>
        </message>
        <message>
            <location filename="../../desktop/map/deal_roles.py" line="67" />
            <source>{person} is not on this deal yet. In which role do they take part?</source>
            <translation>{person}尚未加入本项目。此人以什么角色参与？</translation>
        </message>
        <message>
            <location filename="../../desktop/map/deal_roles.py" line="97" />
            <source>role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../desktop/map/deal_roles.py" line="98" />
            <source>support</source>
            <translation>支持度</translation>
        </message>
        <message>
            <location filename="../../desktop/map/deal_roles.py" line="99" />
            <source>competitor backed</source>
            <translation>倾向的竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/map/deal_roles.py" line="100" />
            <source>insider</source>
            <translation>内线</translation>
        </message>
        <message>
            <location filename="../../desktop/map/deal_roles.py" line="101" />
            <source>coach</source>
            <translation>内部教练</translation>
        </message>
        <message>
            <location filename="../../desktop/map/deal_roles.py" line="123" />
            <source>Edit {person} ({field})</source>
            <translation>编辑{person}（{field}）</translation>
        </message>
        <message>
            <location filename="../../desktop/map/deal_roles.py" line="130" />
            <source>Take {person} off “{deal}”</source>
            <translation>把{person}移出“{deal}”</translation>
        </message>
        <message>
            <location filename="../../desktop/map/deal_roles.py" line="146" />
            <source>{person} on “{deal}” ({field})</source>
            <translation>{person}在“{deal}”中（{field}）</translation>
        </message>
        <message>
            <location filename="../../desktop/map/deal_roles.py" line="150" />
            <source>Put {person} on “{deal}”</source>
            <translation>把{person}加入“{deal}”</translation>
        </message>
        <message>
            <location filename="../../desktop/map/deal_roles.py" line="232" />
            <source>Not on this deal</source>
            <translation>不在本项目中</translation>
        </message>
        <message>
            <location filename="../../desktop/map/deal_roles.py" line="241" />
            <source>Insider: passes us internal information</source>
            <translation>内线：向我们传递内部信息</translation>
        </message>
        <message>
            <location filename="../../desktop/map/deal_roles.py" line="243" />
            <source>Coach: shows us how to sell inside</source>
            <translation>内部教练：指点我们在客户内部如何推进</translation>
        </message>
        <message>
            <location filename="../../desktop/map/deal_roles.py" line="250" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../desktop/map/deal_roles.py" line="251" />
            <source>Support</source>
            <translation>支持度</translation>
        </message>
        <message>
            <location filename="../../desktop/map/deal_roles.py" line="252" />
            <source>Backs</source>
            <translation>倾向</translation>
        </message>
        <message>
            <location filename="../../desktop/map/deal_roles.py" line="278" />
            <source>On the deal “{deal}”</source>
            <translation>在项目“{deal}”中</translation>
        </message>
        <message>
            <location filename="../../desktop/map/deal_roles.py" line="304" />
            <source>No competitor</source>
            <translation>无倾向的竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/map/deal_roles.py" line="321" />
            <source>{person} takes part in this deal as {role}.</source>
            <translation>{person}以 {role} 身份参与本项目。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/deal_roles.py" line="327" />
            <source>{person} is not on this deal yet: the card shows their standing part. Choose a role, or change any of these, to put them on it.</source>
            <translation>{person}尚未加入本项目：卡片显示的是其常设角色。选择一个角色或修改任一项，即可把此人加入本项目。</translation>
        </message>
    </context>
    <context>
        <name>DealVisits</name>
        <message>
            <location filename="../../desktop/board/visits.py" line="107" />
            <source>none of us named</source>
            <translation>未记录我方人员</translation>
        </message>
        <message>
            <location filename="../../desktop/board/visits.py" line="109" />
            <source>nobody named</source>
            <translation>未记录客户人员</translation>
        </message>
        <message>
            <location filename="../../desktop/board/visits.py" line="116" />
            <source>Senior visit to the {roles}</source>
            <translation>对{roles}的高层拜访</translation>
        </message>
        <message>
            <location filename="../../desktop/board/visits.py" line="162" />
            <source>Log a visit</source>
            <translation>记录拜访</translation>
        </message>
        <message>
            <location filename="../../desktop/board/visits.py" line="163" />
            <source>Log visit</source>
            <translation>记录拜访</translation>
        </message>
        <message>
            <location filename="../../desktop/board/visits.py" line="205" />
            <source>Not a senior visit for {rule}</source>
            <translation>不计入{rule}的高层拜访</translation>
        </message>
        <message>
            <location filename="../../desktop/board/visits.py" line="219" />
            <source>Next step: {step}</source>
            <translation>下一步：{step}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/visits.py" line="229" />
            <source>Delete this visit; undo brings it back</source>
            <translation>删除此拜访；撤销可恢复</translation>
        </message>
        <message>
            <location filename="../../desktop/board/visits.py" line="265" />
            <source>No visits logged for this deal yet. For {rule}, log a visit in person with a manager or executive to the KI, KU and KDM.</source>
            <translation>本项目尚未记录拜访。按{rule}，请记录经理或高管对 KI、KU 和 KDM 的当面拜访。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/visits.py" line="281" />
            <source>Log visit…</source>
            <translation>记录拜访…</translation>
        </message>
        <message>
            <location filename="../../desktop/board/visits.py" line="283" />
            <source>Record a visit or meeting for this deal: who met whom</source>
            <translation>为本项目记录一次拜访或会面：谁见了谁</translation>
        </message>
        <message>
            <location filename="../../desktop/board/visits.py" line="287" />
            <source>Show all {n} visits</source>
            <translation>显示全部{n}次拜访</translation>
        </message>
        <message>
            <location filename="../../desktop/board/visits.py" line="316" />
            <source>Senior visits: {marks}</source>
            <translation>高层拜访：{marks}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/visits.py" line="324" />
            <source>{role} (nobody holds this role on the deal)</source>
            <translation>{role}（本项目无人担任此角色）</translation>
        </message>
        <message>
            <location filename="../../desktop/board/visits.py" line="326" />
            <source>{role} ({person})</source>
            <translation>{role}（{person}）</translation>
        </message>
        <message>
            <location filename="../../desktop/board/visits.py" line="331" />
            <source>{role} (one of {names})</source>
            <translation>{role}（{names}中任一人）</translation>
        </message>
        <message>
            <location filename="../../desktop/board/visits.py" line="333" />
            <source>Still needs a senior visit: {roles}.</source>
            <translation>仍需高层拜访：{roles}。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/visits.py" line="345" />
            <source>Headquarters visit: {who}.</source>
            <translation>考察我方总部：{who}。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/visits.py" line="347" />
            <source>Invite the KDM too.</source>
            <translation>还应邀请 KDM。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/visits.py" line="349" />
            <source>Headquarters visit: nobody yet. Invite the buying group, above all the KDM, and log it as a visit to our headquarters.</source>
            <translation>考察我方总部：尚无人。请邀请采购团队，尤其是 KDM，并将其记录为“考察我方总部”。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/visits.py" line="365" />
            <source>Log a visit for “{deal}”</source>
            <translation>为“{deal}”记录拜访</translation>
        </message>
        <message>
            <location filename="../../desktop/board/visits.py" line="381" />
            <source>Delete the visit of {day} from “{deal}”</source>
            <translation>从“{deal}”删除{day}的拜访</translation>
        </message>
    </context>
    <context>
        <name>DimensionRow</name>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="242" />
            <source>off</source>
            <translation>不计</translation>
        </message>
    </context>
    <context>
        <name>Encryption</name>
        <message>
            <location filename="../../desktop/encryption/menu.py" line="34" />
            <source>New encr&amp;ypted workspace…</source>
            <translation>新建加密工作区(&amp;Y)…</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/menu.py" line="36" />
            <source>Create a workspace that is encrypted with a passphrase</source>
            <translation>新建一个用密码短语加密的工作区</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/menu.py" line="38" />
            <source>&amp;Encrypt workspace…</source>
            <translation>加密工作区(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/menu.py" line="40" />
            <source>Encrypt the open workspace and its backups with a passphrase</source>
            <translation>用密码短语加密当前打开的工作区及其备份</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/menu.py" line="42" />
            <source>&amp;Decrypt workspace…</source>
            <translation>解密工作区(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/menu.py" line="44" />
            <source>Store the open workspace and its backups unencrypted again</source>
            <translation>将当前打开的工作区及其备份恢复为不加密存储</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/menu.py" line="46" />
            <source>Encr&amp;yption</source>
            <translation>加密(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/menu.py" line="82" />
            <source>Encryption</source>
            <translation>加密</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/menu.py" line="99" />
            <source>New encrypted workspace</source>
            <translation>新建加密工作区</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/menu.py" line="108" />
            <source>The new workspace is encrypted from the start; so are its backups.</source>
            <translation>新工作区从一开始就是加密的，它的备份也是。</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/menu.py" line="116" />
            <source>Creating the encrypted workspace…</source>
            <translation>正在创建加密工作区…</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/menu.py" line="149" />
            <source>The workspace closes, is encrypted with its backups and opens again; its undo history is cleared.</source>
            <translation>工作区将关闭，与其备份一起加密后重新打开；撤销记录会被清空。</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/menu.py" line="160" />
            <source>Encrypting the workspace and its backups…</source>
            <translation>正在加密工作区及其备份…</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/menu.py" line="166" />
            <source>Encrypted {name} and {count} of its backups.</source>
            <translation>已加密 {name} 及其 {count} 个备份。</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/menu.py" line="181" />
            <source>To decrypt it, enter its passphrase. The workspace closes, is stored unencrypted with its backups and opens again; its undo history is cleared.</source>
            <translation>要解密，请输入它的密码短语。工作区将关闭，与其备份一起改为不加密存储后重新打开；撤销记录会被清空。</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/menu.py" line="192" />
            <source>Decrypting the workspace and its backups…</source>
            <translation>正在解密工作区及其备份…</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/menu.py" line="197" />
            <source>Decrypted {name} and {count} of its backups.</source>
            <translation>已解密 {name} 及其 {count} 个备份。</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/menu.py" line="219" />
            <source>Left as they were (another passphrase, or unreadable): {names}</source>
            <translation>以下文件保持原样（密码短语不同或无法读取）：{names}</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/opening.py" line="84" />
            <source>The passphrase in {variable} does not open {name}. Enter its passphrase, or cancel.</source>
            <translation>{variable} 中的密码短语无法打开 {name}。请输入它的密码短语，或取消。</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/opening.py" line="101" />
            <source>The passphrase does not open {name}. Try again, or cancel.</source>
            <translation>该密码短语无法打开 {name}。请重试，或取消。</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="176" />
            <source>Erase this person</source>
            <translation>彻底清除此人</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="179" />
            <source>Erase {person} ({account}) and everything held about them?</source>
            <translation>彻底清除 {person}（{account}）以及保存的关于此人的全部数据？</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="186" />
            <source>The person, with their phone, mail, notes and map place</source>
            <translation>此人本身，包括电话、邮箱、备注和在组织架构图上的位置</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="188" />
            <source>Their personal attributes</source>
            <translation>此人的个人信息</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="190" />
            <source>Roles in deals: {count}</source>
            <translation>在项目中的角色：{count}</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="191" />
            <source>Influence links, with their notes: {count}</source>
            <translation>影响关系（连同备注）：{count}</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="192" />
            <source>Relationships with our team: {count}</source>
            <translation>与我方团队的关系：{count}</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="193" />
            <source>Activities that name them: {count} (the activities stay)</source>
            <translation>提到此人的活动：{count}（活动本身保留）</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="194" />
            <source>Mentions in notes, replaced by “(erased)”: {count}</source>
            <translation>备注中提到此人之处，替换为“(erased)”：{count}</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="195" />
            <source>Leads whose contact details are theirs: {count}</source>
            <translation>联系方式属于此人的线索：{count}</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="196" />
            <source>Audit-log entries whose values go: {count}</source>
            <translation>将抹去其值的审计日志条目：{count}</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="206" />
            <source>This cannot be undone. The undo history of this workspace is cleared, because earlier steps may hold their data. Backups made before keep it.</source>
            <translation>此操作无法撤销。此工作区的撤销历史将被清空，因为之前的步骤可能保存着此人的数据。此前制作的备份仍保留这些数据。</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="217" />
            <source>Erase for good</source>
            <translation>永久清除</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../desktop/app.py" line="39" />
            <source>it is a copy of a backup, opened to look at</source>
            <translation>这是打开查看的备份副本</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="40" />
            <source>it failed its integrity check and no good backup was found</source>
            <translation>它未通过完整性检查，且没有找到完好的备份</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="332" />
            <location filename="../../model/encryption.py" line="561" />
            <source>{path} exists already; choose another name for the new workspace.</source>
            <translation>{path} 已存在，请为新工作区换一个名称。</translation>
        </message>
        <message>
            <location filename="../../desktop/context.py" line="97" />
            <source>The connection to the server {server} was lost; what is shown was read before and may be out of date. It is read again once the server answers ({detail}).</source>
            <translation>与服务器 {server} 的连接中断；当前显示的内容是之前读取的，可能已过时。服务器恢复响应后将重新读取（{detail}）。</translation>
        </message>
        <message>
            <location filename="../../desktop/context.py" line="186" />
            <source>The change could not be saved in {workspace} ({detail}). Nothing was changed; try again.</source>
            <translation>无法在 {workspace} 中保存这次修改（{detail}）。数据没有任何改动，请重试。</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/opening.py" line="95" />
            <location filename="../../desktop/team/passwords.py" line="177" />
            <source>Opening {path} was cancelled; nothing was changed.</source>
            <translation>已取消打开 {path}；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../desktop/report/cli.py" line="40" />
            <location filename="../../model/check.py" line="123" />
            <location filename="../../model/cli_encryption.py" line="101" />
            <location filename="../../model/encryption.py" line="596" />
            <location filename="../../model/workspace.py" line="669" />
            <location filename="../../model/workspace.py" line="878" />
            <source>No workspace at {path}.</source>
            <translation>{path} 处没有工作区。</translation>
        </message>
        <message>
            <location filename="../../desktop/report/cli.py" line="47" />
            <source>No account named '{name}' in {workspace}. Did you mean: {close}?</source>
            <translation>{workspace} 中没有名为“{name}”的客户。您是否要找：{close}？</translation>
        </message>
        <message>
            <location filename="../../desktop/report/cli.py" line="53" />
            <location filename="../../desktop/report/cli.py" line="58" />
            <location filename="../../desktop/snapshot.py" line="100" />
            <source>No account named '{name}' in {workspace}.</source>
            <translation>{workspace} 中没有名为“{name}”的客户。</translation>
        </message>
        <message>
            <location filename="../../desktop/report/cli.py" line="64" />
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/snapshot.py" line="31" />
            <source>Unknown view '{view}'; choose one of {views}.</source>
            <translation>未知视图“{view}”，请从以下视图中选择：{views}。</translation>
        </message>
        <message>
            <location filename="../../desktop/snapshot.py" line="46" />
            <source>Cannot open {workspace}.</source>
            <translation>无法打开 {workspace}。</translation>
        </message>
        <message>
            <location filename="../../graph/from_model.py" line="376" />
            <location filename="../../graph/from_model.py" line="492" />
            <location filename="../../model/gates.py" line="249" />
            <location filename="../../model/services/common.py" line="60" />
            <source>No {kind_label} with id {ident} in this workspace.</source>
            <translation>此工作区中没有 id 为 {ident} 的{kind_label}。</translation>
        </message>
        <message>
            <location filename="../../graph/from_model.py" line="378" />
            <location filename="../../model/importing/plan.py" line="237" />
            <location filename="../../model/services/accounts.py" line="80" />
            <location filename="../../model/services/accounts.py" line="96" />
            <location filename="../../model/services/activities.py" line="293" />
            <location filename="../../model/services/importing.py" line="705" />
            <location filename="../../model/services/leads.py" line="238" />
            <location filename="../../model/services/people.py" line="78" />
            <location filename="../../model/services/people.py" line="288" />
            <location filename="../../model/services/protection.py" line="81" />
            <source>account</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../graph/from_model.py" line="494" />
            <location filename="../../model/gates.py" line="251" />
            <location filename="../../model/importing/plan.py" line="239" />
            <location filename="../../model/services/activities.py" line="261" />
            <location filename="../../model/services/deals.py" line="182" />
            <location filename="../../model/services/deals.py" line="191" />
            <location filename="../../model/services/deals.py" line="219" />
            <location filename="../../model/services/deals.py" line="240" />
            <location filename="../../model/services/deals.py" line="354" />
            <location filename="../../model/services/deals.py" line="432" />
            <location filename="../../model/services/deals.py" line="494" />
            <location filename="../../model/services/deals.py" line="543" />
            <location filename="../../model/services/deals.py" line="639" />
            <location filename="../../model/services/deals.py" line="718" />
            <location filename="../../model/services/deals.py" line="845" />
            <location filename="../../model/services/forecast.py" line="122" />
            <location filename="../../model/services/forecast.py" line="144" />
            <location filename="../../model/services/importing.py" line="707" />
            <location filename="../../model/services/leads.py" line="233" />
            <location filename="../../model/services/leads.py" line="274" />
            <location filename="../../model/services/payments.py" line="122" />
            <location filename="../../model/services/payments.py" line="145" />
            <location filename="../../model/services/protection.py" line="124" />
            <location filename="../../model/services/protection.py" line="339" />
            <location filename="../../model/services/protection.py" line="354" />
            <location filename="../../model/services/tasks.py" line="239" />
            <source>deal</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../graph/from_model.py" line="498" />
            <source>Deal {ident} belongs to another account.</source>
            <translation>项目 {ident} 属于其他客户。</translation>
        </message>
        <message>
            <location filename="../../model/backups.py" line="418" />
            <source>Cannot set {path} aside: {reason}. Nothing was changed.</source>
            <translation>无法将 {path} 移到一旁：{reason}。未做任何修改。</translation>
        </message>
        <message>
            <location filename="../../model/backups.py" line="489" />
            <source>No backup at {backup}.</source>
            <translation>{backup} 处没有备份。</translation>
        </message>
        <message>
            <location filename="../../model/backups.py" line="493" />
            <source>{backup} cannot be restored: {reason} Nothing was changed.</source>
            <translation>{backup} 无法恢复：{reason} 未做任何修改。</translation>
        </message>
        <message>
            <location filename="../../model/backups.py" line="500" />
            <source>{backup} has no schema version; it is not a backup of a workspace. Nothing was changed.</source>
            <translation>{backup} 没有数据结构版本，不是工作区的备份。未做任何修改。</translation>
        </message>
        <message>
            <location filename="../../model/backups.py" line="506" />
            <source>{backup} was saved by a newer version of Key Account Navigator (schema {schema}; this version knows up to {head}). Update the application to restore it; nothing was changed.</source>
            <translation>{backup} 由更新版本的大客户导航保存（数据结构版本 {schema}；本版本最高支持 {head}）。请升级应用程序后再恢复；未做任何修改。</translation>
        </message>
        <message>
            <location filename="../../model/backups.py" line="519" />
            <source>{backup} fails its integrity check ({problem}); choose another backup. Nothing was changed.</source>
            <translation>{backup} 未通过完整性检查（{problem}）；请选择其他备份。未做任何修改。</translation>
        </message>
        <message>
            <location filename="../../model/backups.py" line="540" />
            <source>{backup} is the workspace itself; choose one of its backups.</source>
            <translation>{backup} 就是工作区本身；请选择它的某个备份。</translation>
        </message>
        <message>
            <location filename="../../model/backups.py" line="554" />
            <source>{path} is open in {holder}; close it there before encrypting or decrypting it. Nothing was changed.</source>
            <translation>{path} 正在 {holder} 中打开；请先在那里关闭，再加密或解密。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/backups.py" line="560" />
            <source>{path} is open in {holder}; close it there before restoring a backup. Nothing was changed.</source>
            <translation>{path} 正在 {holder} 中打开；请先在那里关闭，再恢复备份。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/backups.py" line="656" />
            <source>Cannot restore {backup} to {path}: {reason}. Nothing was changed.</source>
            <translation>无法将 {backup} 恢复到 {path}：{reason}。未做任何修改。</translation>
        </message>
        <message>
            <location filename="../../model/check.py" line="121" />
            <location filename="../../model/copying.py" line="576" />
            <location filename="../../model/encryption.py" line="594" />
            <location filename="../../model/workspace.py" line="666" />
            <location filename="../../model/workspace.py" line="876" />
            <source>{path} is a folder, not a workspace file.</source>
            <translation>{path} 是文件夹，不是工作区文件。</translation>
        </message>
        <message>
            <location filename="../../model/cli_copy.py" line="85" />
            <location filename="../../model/team_server.py" line="669" />
            <location filename="../../model/workspace.py" line="91" />
            <location filename="../../model/workspace.py" line="747" />
            <source>'{url}' is neither a file path nor a database URL.</source>
            <translation>“{url}”既不是文件路径，也不是数据库 URL。</translation>
        </message>
        <message>
            <location filename="../../model/cli_encryption.py" line="45" />
            <source>No passphrase: set {variable} or run the command in a terminal to be asked. Nothing was changed.</source>
            <translation>没有密码短语：请设置 {variable}，或在终端中运行该命令以便输入。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/cli_encryption.py" line="62" />
            <location filename="../../model/encryption.py" line="478" />
            <source>The passphrase must not be empty; nothing was changed.</source>
            <translation>密码短语不能为空；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/cli_encryption.py" line="64" />
            <source>The two passphrases differ; nothing was changed.</source>
            <translation>两次输入的密码短语不一致；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/cli_encryption.py" line="74" />
            <source>No workspace at {path}; to create an encrypted one, run keyaccount encrypt --new {path}.</source>
            <translation>{path} 处没有工作区；要新建加密工作区，请运行 keyaccount encrypt --new {path}。</translation>
        </message>
        <message>
            <location filename="../../model/cli_encryption.py" line="80" />
            <location filename="../../model/encryption.py" line="496" />
            <source>{path} is encrypted already; nothing was changed.</source>
            <translation>{path} 已经加密；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/cli_encryption.py" line="103" />
            <location filename="../../model/encryption.py" line="514" />
            <source>{path} is not encrypted; nothing was changed.</source>
            <translation>{path} 没有加密；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/cli_import.py" line="76" />
            <source>Mapping file {path} does not exist.</source>
            <translation>映射文件 {path} 不存在。</translation>
        </message>
        <message>
            <location filename="../../model/cli_import.py" line="78" />
            <source>Mapping file {path} is not UTF-8 text.</source>
            <translation>映射文件 {path} 不是 UTF-8 文本。</translation>
        </message>
        <message>
            <location filename="../../model/cli_import.py" line="80" />
            <source>Mapping file {path} is not valid JSON: {error} (line {line}, column {column}).</source>
            <translation>映射文件 {path} 不是有效的 JSON：{error}（第 {line} 行，第 {column} 列）。</translation>
        </message>
        <message>
            <location filename="../../model/cli_import.py" line="88" />
            <source>Mapping file {path} must hold an object: {{"kind": ..., "columns": {{...}}}}.</source>
            <translation>映射文件 {path} 必须是一个对象：{{"kind": ..., "columns": {{...}}}}。</translation>
        </message>
        <message>
            <location filename="../../model/cli_import.py" line="94" />
            <source>Mapping file {path}: unknown entries {names}; use kind, columns and day_order.</source>
            <translation>映射文件 {path}：未知条目 {names}；请使用 kind、columns 和 day_order。</translation>
        </message>
        <message>
            <location filename="../../model/cli_import.py" line="101" />
            <source>Mapping file {path}: kind '{kind}' is not one of {kinds}.</source>
            <translation>映射文件 {path}：kind “{kind}”不是 {kinds} 之一。</translation>
        </message>
        <message>
            <location filename="../../model/cli_import.py" line="109" />
            <source>Mapping file {path}: day_order '{order}' is not one of ymd, mdy, dmy.</source>
            <translation>映射文件 {path}：day_order “{order}”不是 ymd、mdy、dmy 之一。</translation>
        </message>
        <message>
            <location filename="../../model/cli_import.py" line="116" />
            <source>Mapping file {path}: columns must be an object {{"Header": "field" or null}}.</source>
            <translation>映射文件 {path}：columns 必须是形如 {{"Header": "field" or null}} 的对象（键为列标题，值为字段名或 null）。</translation>
        </message>
        <message>
            <location filename="../../model/cli_import.py" line="125" />
            <source>Mapping file {path} names the column '{header}', which the file does not have (its columns: {headers}).</source>
            <translation>映射文件 {path} 指定了列“{header}”，但文件中没有该列（文件的列：{headers}）。</translation>
        </message>
        <message>
            <location filename="../../model/cli_import.py" line="133" />
            <source>Mapping file {path}: the column '{header}' must map to a field name or null.</source>
            <translation>映射文件 {path}：列“{header}”必须对应一个字段名或 null。</translation>
        </message>
        <message>
            <location filename="../../model/cli_import.py" line="152" />
            <source>Mapping file {path}: the column '{header}' maps to '{target}', which is not a field of {kind} (fields: {fields}).</source>
            <translation>映射文件 {path}：列“{header}”对应“{target}”，但它不是 {kind} 的字段（字段：{fields}）。</translation>
        </message>
        <message>
            <location filename="../../model/cli_import.py" line="162" />
            <source>Mapping file {path}: the columns '{first}' and '{second}' both map to '{target}'.</source>
            <translation>映射文件 {path}：列“{first}”和“{second}”都对应“{target}”。</translation>
        </message>
        <message>
            <location filename="../../model/cli_import.py" line="196" />
            <source>No column of {file} maps to the required field(s) {fields} of {kind}; name them with --mapping.</source>
            <translation>{file} 中没有列对应 {kind} 的必填字段 {fields}；请用 --mapping 指定。</translation>
        </message>
        <message>
            <location filename="../../model/cli_team.py" line="97" />
            <source>No password on standard input; nothing was changed.</source>
            <translation>标准输入中没有密码；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/copying.py" line="120" />
            <source>{url} is at schema {schema}, not this version's {head}: open it with this version first (which upgrades it), then copy it. Nothing was changed.</source>
            <translation>{url} 的数据结构版本为 {schema}，不是本版本的 {head}：请先用本版本打开它（会将其升级），再复制。未做任何修改。</translation>
        </message>
        <message>
            <location filename="../../model/copying.py" line="153" />
            <source>On {url} the server's access rules show {user} only some rows (of {table}, among others): copy as the database's owner or an administrator, so that the whole workspace is copied. Nothing was changed.</source>
            <translation>在 {url} 上，服务器的访问规则只让 {user} 看到部分行（{table} 等表）：请以数据库所有者或管理员的身份复制，才能复制整个工作区。未做任何修改。</translation>
        </message>
        <message>
            <location filename="../../model/copying.py" line="345" />
            <source>The copy stopped at the table {table}: {reason}. Nothing was changed.</source>
            <translation>复制在表 {table} 处停止：{reason}。未做任何修改。</translation>
        </message>
        <message>
            <location filename="../../model/copying.py" line="422" />
            <source>The copy differs in table {table}: the row with {key} is missing from it.</source>
            <translation>副本与源不同：表 {table} 中缺少 {key} 的行。</translation>
        </message>
        <message>
            <location filename="../../model/copying.py" line="429" />
            <source>The copy differs in table {table}: it has a row with {key} that the source does not.</source>
            <translation>副本与源不同：表 {table} 中有一行 {key}，而源中没有。</translation>
        </message>
        <message>
            <location filename="../../model/copying.py" line="438" />
            <source>The copy differs in table {table}, row with {key}, column {column}: {source_value} in the source, {copy_value} in the copy.</source>
            <translation>副本与源不同：表 {table} 中 {key} 的行，列 {column}：源中为 {source_value}，副本中为 {copy_value}。</translation>
        </message>
        <message>
            <location filename="../../model/copying.py" line="504" />
            <source>{url} names a kind of database this application does not know: give a workspace file or a postgresql+psycopg:// URL. Nothing was changed.</source>
            <translation>{url} 指向本应用程序不认识的数据库类型：请给出工作区文件或 postgresql+psycopg:// URL。未做任何修改。</translation>
        </message>
        <message>
            <location filename="../../model/copying.py" line="532" />
            <source>The source and the target are the same database ({target}); nothing was changed.</source>
            <translation>源和目标是同一个数据库（{target}）；未做任何修改。</translation>
        </message>
        <message>
            <location filename="../../model/copying.py" line="548" />
            <source>{target} holds a workspace with {rows} rows already: copy into a new or empty one, or add --force to replace it. Nothing was changed.</source>
            <translation>{target} 中已有一个含 {rows} 行数据的工作区：请复制到新的或空的工作区，或加上 --force 替换它。未做任何修改。</translation>
        </message>
        <message>
            <location filename="../../model/copying.py" line="580" />
            <source>{path} is open in Key Account Navigator (or was not closed cleanly): close it first. Nothing was changed.</source>
            <translation>{path} 已在大客户导航中打开（或上次未正常关闭）：请先关闭它。未做任何修改。</translation>
        </message>
        <message>
            <location filename="../../model/encryption.py" line="113" />
            <source>Encryption is not available in this installation: the SQLCipher library (Python package sqlcipher3) is not installed for this system.</source>
            <translation>此安装不支持加密：本系统没有安装 SQLCipher 库（Python 包 sqlcipher3）。</translation>
        </message>
        <message>
            <location filename="../../model/encryption.py" line="127" />
            <source>{path} is encrypted, but this installation cannot read encrypted workspaces (the SQLCipher library, Python package sqlcipher3, is not installed for this system). Nothing was changed.</source>
            <translation>{path} 已加密，但此安装无法读取加密的工作区（本系统没有安装 SQLCipher 库，即 Python 包 sqlcipher3）。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/encryption.py" line="231" />
            <source>The passphrase in {variable} does not open {path} (or the file is not a workspace). Nothing was changed.</source>
            <translation>{variable} 中的密码短语无法打开 {path}（或该文件不是工作区）。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/encryption.py" line="367" />
            <source>{path} is encrypted (or is not a workspace file); its passphrase is needed to open it. Nothing was changed.</source>
            <translation>{path} 已加密（或不是工作区文件），需要它的密码短语才能打开。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/encryption.py" line="376" />
            <source>The passphrase does not open {path} (or the file is not a workspace). Nothing was changed.</source>
            <translation>该密码短语无法打开 {path}（或该文件不是工作区）。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/encryption.py" line="587" />
            <source>Cannot convert {path}: {reason}. Nothing was changed.</source>
            <translation>无法转换 {path}：{reason}。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/exporting/person.py" line="83" />
            <source>No person with id {ident} in this workspace.</source>
            <translation>此工作区中没有 ID 为 {ident} 的人员。</translation>
        </message>
        <message>
            <location filename="../../model/exporting/person.py" line="92" />
            <source>No person named '{name}' in this workspace.</source>
            <translation>此工作区中没有名为“{name}”的人员。</translation>
        </message>
        <message>
            <location filename="../../model/exporting/person.py" line="94" />
            <source>'{name}' names {count} people: {choices}. Give the id instead.</source>
            <translation>“{name}”对应 {count} 个人员：{choices}。请改用 ID 指定。</translation>
        </message>
        <message>
            <location filename="../../model/exporting/person.py" line="281" />
            <location filename="../../model/exporting/person.py" line="410" />
            <location filename="../../model/importing/plan.py" line="238" />
            <location filename="../../model/services/activities.py" line="253" />
            <location filename="../../model/services/activities.py" line="399" />
            <location filename="../../model/services/deals.py" line="719" />
            <location filename="../../model/services/deals.py" line="822" />
            <location filename="../../model/services/importing.py" line="706" />
            <location filename="../../model/services/people.py" line="86" />
            <location filename="../../model/services/people.py" line="94" />
            <location filename="../../model/services/people.py" line="108" />
            <location filename="../../model/services/people.py" line="127" />
            <location filename="../../model/services/people.py" line="147" />
            <location filename="../../model/services/people.py" line="148" />
            <location filename="../../model/services/people.py" line="229" />
            <location filename="../../model/services/people.py" line="331" />
            <location filename="../../model/services/people.py" line="363" />
            <location filename="../../model/services/people.py" line="388" />
            <location filename="../../model/services/people.py" line="391" />
            <source>person</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../model/exporting/reading.py" line="70" />
            <location filename="../../model/team_server.py" line="732" />
            <location filename="../../model/workspace.py" line="807" />
            <location filename="../../model/workspace.py" line="812" />
            <source>Cannot open workspace {path}: {reason}</source>
            <translation>无法打开工作区 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../model/exporting/reading.py" line="75" />
            <source>{path} is at schema {schema}, not this version's {head}; open it in the application (which upgrades it) before reading it here. Nothing was changed.</source>
            <translation>{path} 的数据结构版本为 {schema}，而非本版本的 {head}；请先在应用程序中打开它（会自动升级），再在此读取。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/exporting/tables.py" line="212" />
            <location filename="../../model/files.py" line="73" />
            <source>Cannot write {path}: {reason}. Nothing was written.</source>
            <translation>无法写入 {path}：{reason}。未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="131" />
            <source>Cannot read {path}: {reason}.</source>
            <translation>无法读取 {path}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="137" />
            <source>{path} is not a workspace export: it is not UTF-8 text (byte {offset}).</source>
            <translation>{path} 不是工作区导出文件：它不是 UTF-8 文本（第 {offset} 字节）。</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="143" />
            <source>{path} is not a whole workspace export: broken JSON at line {line}, column {column} ({reason}). Nothing was loaded.</source>
            <translation>{path} 不是完整的工作区导出文件：第 {line} 行第 {column} 列的 JSON 已损坏（{reason}）。未载入任何数据。</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="152" />
            <source>{path} is not a workspace export (no header).</source>
            <translation>{path} 不是工作区导出文件（没有文件头）。</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="159" />
            <source>{path} is not a Key Account Navigator workspace export (its format is '{format}', expected '{expected}').</source>
            <translation>{path} 不是大客户导航的工作区导出文件（其格式为“{format}”，应为“{expected}”）。</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="168" />
            <source>{path}: the format version '{version}' is not a number.</source>
            <translation>{path}：格式版本“{version}”不是数字。</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="174" />
            <source>{path} was exported by a newer version of Key Account Navigator (format {version}, schema {schema}; this version reads format {known} up to schema {head}). Update the application to load it; nothing was loaded.</source>
            <translation>{path} 由更新版本的大客户导航导出（格式 {version}，数据结构 {schema}；本版本可读取格式 {known}、数据结构最高 {head}）。请更新应用后再载入；未载入任何数据。</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="185" />
            <source>{path} names a schema this version does not know ('{schema}').</source>
            <translation>{path} 所注明的数据结构本版本无法识别（“{schema}”）。</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="191" />
            <source>{path} holds no tables.</source>
            <translation>{path} 中没有任何表。</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="202" />
            <source>not a whole number</source>
            <translation>不是整数</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="206" />
            <source>not a number</source>
            <translation>不是数字</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="210" />
            <source>not true or false</source>
            <translation>不是 true 或 false</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="215" />
            <source>not a day (YYYY-MM-DD)</source>
            <translation>不是日期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="220" />
            <source>not a time (YYYY-MM-DDTHH:MM:SS)</source>
            <translation>不是时间（YYYY-MM-DDTHH:MM:SS）</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="224" />
            <source>not text</source>
            <translation>不是文本</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="237" />
            <source>{path}: table '{table}' is not part of this version's workspace.</source>
            <translation>{path}：表“{table}”不属于本版本的工作区。</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="250" />
            <source>{path}: table '{table}' needs a list of columns and a list of rows.</source>
            <translation>{path}：表“{table}”需要列名列表和行列表。</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="257" />
            <source>{path}: table '{table}' has a column '{column}' this version does not know.</source>
            <translation>{path}：表“{table}”中有本版本无法识别的列“{column}”。</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="267" />
            <source>{path}: table '{table}', row {row}: expected {count} values.</source>
            <translation>{path}：表“{table}”第 {row} 行：应有 {count} 个值。</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="279" />
            <source>{path}: table '{table}', row {row}, column '{column}': '{value}' is {problem_label}.</source>
            <translation>{path}：表“{table}”第 {row} 行“{column}”列：“{value}”{problem_label}。</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="300" />
            <source>{workspace} is not empty (table {table} has rows). A workspace export loads only into an empty workspace: create a new one and load it there. Nothing was changed.</source>
            <translation>{workspace} 不是空的（表 {table} 中有数据）。工作区导出文件只能载入到空工作区：请新建一个工作区后再载入。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="375" />
            <source>{path}: the rows of table '{table}' do not fit together ({reason}). Nothing was loaded.</source>
            <translation>{path}：表“{table}”的行与其他数据对不上（{reason}）。未载入任何数据。</translation>
        </message>
        <message>
            <location filename="../../model/exporting/workspace_json.py" line="385" />
            <source>Cannot load into {workspace}: {reason}. Nothing was loaded.</source>
            <translation>无法载入到 {workspace}：{reason}。未载入任何数据。</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="93" />
            <location filename="../../model/importing/columns.py" line="109" />
            <location filename="../../model/importing/columns.py" line="136" />
            <location filename="../../model/importing/columns.py" line="153" />
            <source>External ID</source>
            <translation>外部编号</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="94" />
            <location filename="../../model/services/accounts.py" line="36" />
            <source>Account name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="95" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="96" />
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="97" />
            <source>Territory</source>
            <translation>责任区</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="98" />
            <location filename="../../model/importing/columns.py" line="144" />
            <location filename="../../model/services/accounts.py" line="45" />
            <location filename="../../model/services/deals.py" line="115" />
            <location filename="../../model/services/leads.py" line="54" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="99" />
            <location filename="../../model/services/accounts.py" line="37" />
            <source>Nature</source>
            <translation>性质</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="100" />
            <location filename="../../model/services/accounts.py" line="40" />
            <source>Scale</source>
            <translation>规模</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="101" />
            <location filename="../../model/services/accounts.py" line="41" />
            <source>Sales channel</source>
            <translation>销售方式</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="102" />
            <source>Channel partner</source>
            <translation>渠道伙伴</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="103" />
            <location filename="../../model/services/accounts.py" line="30" />
            <location filename="../../model/services/accounts.py" line="31" />
            <source>Parent account</source>
            <translation>上级单位</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="104" />
            <source>Main business</source>
            <translation>主营业务</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="105" />
            <source>Registered capital</source>
            <translation>注册资本</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="106" />
            <location filename="../../model/importing/columns.py" line="150" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="110" />
            <location filename="../../model/services/people.py" line="36" />
            <location filename="../../model/services/team.py" line="25" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="111" />
            <source>Family name</source>
            <translation>姓</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="112" />
            <source>Given name</source>
            <translation>名</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="113" />
            <location filename="../../model/importing/columns.py" line="138" />
            <location filename="../../model/importing/columns.py" line="155" />
            <location filename="../../model/services/deals.py" line="114" />
            <location filename="../../model/services/leads.py" line="45" />
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="114" />
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="115" />
            <location filename="../../model/services/people.py" line="38" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="116" />
            <location filename="../../model/services/people.py" line="30" />
            <location filename="../../model/services/people.py" line="31" />
            <source>Reports to</source>
            <translation>汇报对象</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="117" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="118" />
            <source>Email</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="119" />
            <location filename="../../model/services/deals.py" line="790" />
            <location filename="../../model/services/people.py" line="41" />
            <location filename="../../model/services/team.py" line="26" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="120" />
            <location filename="../../model/services/people.py" line="40" />
            <source>Seniority</source>
            <translation>层级</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="121" />
            <location filename="../../model/services/deals.py" line="791" />
            <location filename="../../model/services/people.py" line="42" />
            <source>Support</source>
            <translation>支持度</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="122" />
            <source>Insider</source>
            <translation>内线</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="123" />
            <source>Coach</source>
            <translation>内部教练</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="124" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="125" />
            <source>Product preference</source>
            <translation>产品偏好</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="126" />
            <location filename="../../model/services/people.py" line="52" />
            <source>Left on</source>
            <translation>离职日期</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="127" />
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="128" />
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="129" />
            <source>Character</source>
            <translation>性格</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="130" />
            <source>Tenure and hobbies</source>
            <translation>任职年限与爱好</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="131" />
            <source>Family</source>
            <translation>家庭</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="132" />
            <source>Education and career</source>
            <translation>教育与职业经历</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="133" />
            <source>Career situation</source>
            <translation>职场处境</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="137" />
            <location filename="../../model/services/deals.py" line="113" />
            <source>Deal name</source>
            <translation>项目名称</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="139" />
            <location filename="../../model/services/deals.py" line="116" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="140" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="141" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="142" />
            <location filename="../../model/services/deals.py" line="643" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="143" />
            <location filename="../../model/services/deals.py" line="118" />
            <location filename="../../model/services/forecast.py" line="68" />
            <source>Expected close</source>
            <translation>预计成交日期</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="145" />
            <source>Lost to</source>
            <translation>丢单给</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="146" />
            <source>Close reason</source>
            <translation>关闭原因</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="147" />
            <source>Tendered</source>
            <translation>已招标</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="148" />
            <location filename="../../model/services/deals.py" line="101" />
            <location filename="../../model/services/deals.py" line="106" />
            <source>Contract signed on</source>
            <translation>合同签订日期</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="149" />
            <location filename="../../model/services/deals.py" line="124" />
            <source>Contract value</source>
            <translation>合同总额</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="154" />
            <location filename="../../model/services/activities.py" line="46" />
            <source>Deal</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="156" />
            <location filename="../../model/services/activities.py" line="47" />
            <source>Activity kind</source>
            <translation>活动类型</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="157" />
            <location filename="../../model/services/activities.py" line="48" />
            <location filename="../../model/services/activities.py" line="219" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="158" />
            <location filename="../../model/services/activities.py" line="49" />
            <source>Level</source>
            <translation>拜访层级</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="159" />
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="160" />
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="161" />
            <location filename="../../model/services/activities.py" line="52" />
            <location filename="../../model/services/activities.py" line="232" />
            <source>Next step due</source>
            <translation>下一步截止日期</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="162" />
            <source>People</source>
            <translation>参与人</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="673" />
            <source>'{value}' is not one of the values this field takes: {allowed}.</source>
            <translation>“{value}”不是此字段可取的值：{allowed}。</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="721" />
            <source>{value} was stored as a number, and a spreadsheet keeps only 15 digits of a number: its last digits are lost. Format the column as text and enter it again.</source>
            <translation>{value} 以数字形式保存，而电子表格只保留数字的前 15 位：末尾几位已经丢失。请把该列设为文本格式后重新录入。</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="737" />
            <source>'{value}' is not a number.</source>
            <translation>“{value}”不是数字。</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="754" />
            <source>Support {value} is out of range: from -2 (strong opponent) to 2 (strong supporter).</source>
            <translation>支持度 {value} 超出范围：应在 -2（坚决反对）到 2（坚定支持）之间。</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="831" />
            <source>'{key}' is not a field an import of {kind} can fill.</source>
            <translation>“{key}”不是导入{kind}时可以填写的字段。</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="835" />
            <source>Column {number} is mapped, but the file has {count} columns.</source>
            <translation>第 {number} 列已设置对应字段，但文件只有 {count} 列。</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="858" />
            <source>A closing quote in this row is followed by more text; quote the whole value and double any quote inside it.</source>
            <translation>此行有一个闭合引号后面还跟着文字；请用引号括起整个值，并把值内的引号写成两个。</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="871" />
            <source>This row has {count} cells but the header has {expected}: a delimiter or quote inside a value may have split or joined cells.</source>
            <translation>此行有 {count} 个单元格，而表头有 {expected} 个：值中的分隔符或引号可能把单元格拆开或合并了。</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="924" />
            <source>{label} is required, and this row leaves it empty.</source>
            <translation>{label}为必填项，此行却为空。</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="948" />
            <source>The amount {value} is negative.</source>
            <translation>金额 {value} 为负数。</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="958" />
            <source>The amount is in {first} but the currency column says {second}.</source>
            <translation>金额的币种是 {first}，而币种列写的是 {second}。</translation>
        </message>
        <message>
            <location filename="../../model/importing/columns.py" line="976" />
            <source>The stage says {first} but the status column says {second}.</source>
            <translation>阶段表示 {first}，而状态列写的是 {second}。</translation>
        </message>
        <message>
            <location filename="../../model/importing/plan.py" line="76" />
            <source>The import was cancelled; nothing was changed.</source>
            <translation>导入已取消，未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/importing/plan.py" line="240" />
            <location filename="../../model/services/activities.py" line="350" />
            <location filename="../../model/services/activities.py" line="395" />
            <location filename="../../model/services/activities.py" line="427" />
            <location filename="../../model/services/importing.py" line="708" />
            <source>activity</source>
            <translation>活动</translation>
        </message>
        <message>
            <location filename="../../model/importing/plan.py" line="555" />
            <source>A {kind_label} belongs to an account: name one.</source>
            <translation>{kind_label}必须属于一个客户：请填写客户。</translation>
        </message>
        <message>
            <location filename="../../model/importing/plan.py" line="595" />
            <source>'{raw}' is not a deal status (open, won, lost, shelved).</source>
            <translation>“{raw}”不是项目状态（进行中、赢单、丢单、搁置）。</translation>
        </message>
        <message>
            <location filename="../../model/importing/plan.py" line="605" />
            <source>'{raw}' is not a stage of the method (P1 to P7).</source>
            <translation>“{raw}”不是方法中的阶段（P1 至 P7）。</translation>
        </message>
        <message>
            <location filename="../../model/importing/plan.py" line="609" />
            <source>A won deal is in P7, not {stage}.</source>
            <translation>赢单的项目应处于 P7，而不是 {stage}。</translation>
        </message>
        <message>
            <location filename="../../model/importing/plan.py" line="641" />
            <location filename="../../model/services/activities.py" line="221" />
            <source>An activity needs a date.</source>
            <translation>活动需要日期。</translation>
        </message>
        <message>
            <location filename="../../model/importing/plan.py" line="644" />
            <location filename="../../model/services/activities.py" line="223" />
            <source>{day} is in the future: log an activity once it has happened.</source>
            <translation>{day} 是将来的日期：活动发生后再记录。</translation>
        </message>
        <message>
            <location filename="../../model/importing/plan.py" line="650" />
            <location filename="../../model/services/activities.py" line="234" />
            <source>The next step is due on {due}, before the activity of {day}.</source>
            <translation>下一步的截止日期 {due} 早于 {day} 的活动。</translation>
        </message>
        <message>
            <location filename="../../model/importing/plan.py" line="675" />
            <source>No deal is called '{name}' at this account.</source>
            <translation>该客户没有名为“{name}”的项目。</translation>
        </message>
        <message>
            <location filename="../../model/importing/plan.py" line="677" />
            <source>{count} deals are called '{name}'; name the account too.</source>
            <translation>有 {count} 个项目名为“{name}”；请同时填写客户。</translation>
        </message>
        <message>
            <location filename="../../model/importing/plan.py" line="691" />
            <source>An activity is logged at an account or for a deal: name one.</source>
            <translation>活动需记录在某个客户或项目下：请填写其一。</translation>
        </message>
        <message>
            <location filename="../../model/importing/plan.py" line="705" />
            <source>Nobody called '{name}' works at this account.</source>
            <translation>该客户没有名为“{name}”的人员。</translation>
        </message>
        <message>
            <location filename="../../model/importing/sources.py" line="126" />
            <location filename="../../model/importing/sources.py" line="382" />
            <source>There is no file {file}.</source>
            <translation>文件 {file} 不存在。</translation>
        </message>
        <message>
            <location filename="../../model/importing/sources.py" line="128" />
            <source>{file} is a folder, not a file.</source>
            <translation>{file} 是文件夹，不是文件。</translation>
        </message>
        <message>
            <location filename="../../model/importing/sources.py" line="130" />
            <source>{file} cannot be read: {reason}.</source>
            <translation>无法读取 {file}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../model/importing/sources.py" line="141" />
            <source>'{encoding}' is not a text encoding this import knows.</source>
            <translation>导入功能不认识文本编码“{encoding}”。</translation>
        </message>
        <message>
            <location filename="../../model/importing/sources.py" line="147" />
            <source>{file} is not {encoding} text: the bytes at offset {offset} do not decode.</source>
            <translation>{file} 不是 {encoding} 编码的文本：偏移量 {offset} 处的字节无法解码。</translation>
        </message>
        <message>
            <location filename="../../model/importing/sources.py" line="165" />
            <source>{file} is neither UTF-8 nor GB18030 (GBK) text: the bytes at offset {offset} do not decode. Save it as CSV UTF-8 and import it again.</source>
            <translation>{file} 既不是 UTF-8 也不是 GB18030（GBK）编码的文本：偏移量 {offset} 处的字节无法解码。请另存为“CSV UTF-8”后重新导入。</translation>
        </message>
        <message>
            <location filename="../../model/importing/sources.py" line="220" />
            <source>'{delimiter}' cannot separate columns: give one character such as , ; or |.</source>
            <translation>“{delimiter}”不能用作列分隔符：请给出一个字符，例如 , ; 或 |。</translation>
        </message>
        <message>
            <location filename="../../model/importing/sources.py" line="245" />
            <source>{file} holds NUL characters, so it is no CSV text (a binary file, or UTF-16 without its byte order mark); save it as CSV UTF-8 and import it again.</source>
            <translation>{file} 含有 NUL 字符，不是 CSV 文本（可能是二进制文件，或没有字节顺序标记的 UTF-16 文件）；请另存为“CSV UTF-8”后重新导入。</translation>
        </message>
        <message>
            <location filename="../../model/importing/sources.py" line="284" />
            <source>{file}: the quote opened on line {line} is never closed, so every row after it would be lost; close the quote or remove it.</source>
            <translation>{file}：第 {line} 行开始的引号始终没有闭合，其后的所有行都会丢失；请补上闭合引号或删除该引号。</translation>
        </message>
        <message>
            <location filename="../../model/importing/sources.py" line="292" />
            <source>{file}: the header on line {line} cannot be read: a closing quote must be followed by the delimiter.</source>
            <translation>{file}：无法读取第 {line} 行的表头：闭合引号后面必须紧跟分隔符。</translation>
        </message>
        <message>
            <location filename="../../model/importing/sources.py" line="307" />
            <location filename="../../model/importing/sources.py" line="454" />
            <source>{file} holds no rows to import.</source>
            <translation>{file} 中没有可导入的行。</translation>
        </message>
        <message>
            <location filename="../../model/importing/sources.py" line="364" />
            <source>{file} is an old Excel 97–2003 workbook (.xls); open it in Excel or WPS and save it as .xlsx or CSV UTF-8.</source>
            <translation>{file} 是旧版 Excel 97–2003 工作簿（.xls）；请在 Excel 或 WPS 中打开，另存为 .xlsx 或“CSV UTF-8”。</translation>
        </message>
        <message>
            <location filename="../../model/importing/sources.py" line="386" />
            <source>{file} is not a readable Excel workbook (.xlsx): {reason}.</source>
            <translation>{file} 不是可读取的 Excel 工作簿（.xlsx）：{reason}。</translation>
        </message>
        <message>
            <location filename="../../model/importing/sources.py" line="414" />
            <source>The workbook {file} has no sheet named '{sheet}'; its sheets: {sheets}.</source>
            <translation>工作簿 {file} 中没有名为“{sheet}”的工作表；现有工作表：{sheets}。</translation>
        </message>
        <message>
            <location filename="../../model/importing/sources.py" line="429" />
            <source>The sheet '{sheet}' of {file} cannot be read: {reason}.</source>
            <translation>无法读取 {file} 的工作表“{sheet}”：{reason}。</translation>
        </message>
        <message>
            <location filename="../../model/importing/sources.py" line="449" />
            <source>The sheet '{sheet}' of {file} holds no rows to import.</source>
            <translation>{file} 的工作表“{sheet}”中没有可导入的行。</translation>
        </message>
        <message>
            <location filename="../../model/importing/values.py" line="145" />
            <location filename="../../model/importing/values.py" line="220" />
            <source>'{value}' is not a date.</source>
            <translation>“{value}”不是日期。</translation>
        </message>
        <message>
            <location filename="../../model/importing/values.py" line="149" />
            <location filename="../../model/importing/values.py" line="155" />
            <source>{value} is not a date: as an Excel day number it is out of range.</source>
            <translation>{value} 不是日期：作为 Excel 日期序号，它超出了范围。</translation>
        </message>
        <message>
            <location filename="../../model/importing/values.py" line="160" />
            <source>{value} is Excel's 29 February 1900, a day that never was.</source>
            <translation>{value} 是 Excel 中的 1900 年 2 月 29 日，这一天并不存在。</translation>
        </message>
        <message>
            <location filename="../../model/importing/values.py" line="170" />
            <location filename="../../model/importing/values.py" line="228" />
            <source>'{value}' is not a date this import accepts: the year {year} is out of range.</source>
            <translation>导入不接受日期“{value}”：年份 {year} 超出范围。</translation>
        </message>
        <message>
            <location filename="../../model/importing/values.py" line="178" />
            <source>'{value}' is not a day of the calendar (year {year}, month {month}, day {day}).</source>
            <translation>“{value}”不是日历上存在的日期（{year} 年 {month} 月 {day} 日）。</translation>
        </message>
        <message>
            <location filename="../../model/importing/values.py" line="238" />
            <source>The date is empty.</source>
            <translation>日期为空。</translation>
        </message>
        <message>
            <location filename="../../model/importing/values.py" line="250" />
            <source>'{value}' could be read month first or day first: say which order the file's dates use.</source>
            <translation>“{value}”既可按月在前、也可按日在前理解：请说明文件中日期的顺序。</translation>
        </message>
        <message>
            <location filename="../../model/importing/values.py" line="269" />
            <source>'{value}' is not a date: write it as 2027-01-05, 2027/1/5, 2027年1月5日 or 1/5/2027.</source>
            <translation>“{value}”不是日期：请写成 2027-01-05、2027/1/5、2027年1月5日 或 1/5/2027。</translation>
        </message>
        <message>
            <location filename="../../model/importing/values.py" line="373" />
            <source>'{value}' is not an amount: '{text}' is not a currency sign or unit this import knows.</source>
            <translation>“{value}”不是金额：导入功能不认识货币符号或单位“{text}”。</translation>
        </message>
        <message>
            <location filename="../../model/importing/values.py" line="414" />
            <source>'{value}' is not an amount: its digits are not grouped by thousands.</source>
            <translation>“{value}”不是金额：数字没有按千位分组。</translation>
        </message>
        <message>
            <location filename="../../model/importing/values.py" line="419" />
            <location filename="../../model/importing/values.py" line="424" />
            <location filename="../../model/importing/values.py" line="437" />
            <location filename="../../model/importing/values.py" line="440" />
            <location filename="../../model/importing/values.py" line="469" />
            <source>'{value}' is not an amount.</source>
            <translation>“{value}”不是金额。</translation>
        </message>
        <message>
            <location filename="../../model/importing/values.py" line="444" />
            <source>The amount is empty.</source>
            <translation>金额为空。</translation>
        </message>
        <message>
            <location filename="../../model/importing/values.py" line="473" />
            <source>'{value}' names two currencies, {first} and {second}.</source>
            <translation>“{value}”写了两种货币：{first} 和 {second}。</translation>
        </message>
        <message>
            <location filename="../../model/importing/values.py" line="480" />
            <source>'{value}' is not an amount: a bracket is not closed.</source>
            <translation>“{value}”不是金额：括号没有闭合。</translation>
        </message>
        <message>
            <location filename="../../model/importing/values.py" line="628" />
            <source>The stage is empty.</source>
            <translation>阶段为空。</translation>
        </message>
        <message>
            <location filename="../../model/importing/values.py" line="631" />
            <source>'{value}' is not a stage this import knows: use P1 to P7, won or lost, or a stage name of a common CRM.</source>
            <translation>导入功能不认识阶段“{value}”：请使用 P1 到 P7、赢单或丢单，或常见 CRM 的阶段名称。</translation>
        </message>
        <message>
            <location filename="../../model/importing/values.py" line="673" />
            <source>'{value}' is neither yes nor no: write yes or no, 1 or 0, 是 or 否.</source>
            <translation>“{value}”既不是“是”也不是“否”：请写 是 或 否、yes 或 no、1 或 0。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="126" />
            <source>KDM</source>
            <translation>KDM</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="127" />
            <source>KI</source>
            <translation>KI</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="128" />
            <source>KU</source>
            <translation>KU</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="129" />
            <source>evaluator</source>
            <translation>评委</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="292" />
            <source>Name the evaluators on the deal (Tender section), with their support.</source>
            <translation>在项目的招标栏中指定评委，并记录其支持度。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="295" />
            <source>Put the {role_label} on the deal's decision chain, with their support.</source>
            <translation>把{role_label}加入项目的决策链，并记录其支持度。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="302" />
            <source>Nobody on the deal is {role_label}.</source>
            <translation>项目中没有人担任{role_label}。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="313" />
            <source>{name} ({role_label}) supports us at {support}.</source>
            <translation>{name}（{role_label}）支持我方，支持度 {support}。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="320" />
            <source>{name} ({role_label}) is at {support}; backing us means +1 or more.</source>
            <translation>{name}（{role_label}）的支持度为 {support}；支持我方需达到 +1 或以上。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="324" />
            <source>Win {name} over, then record the new support on the deal.</source>
            <translation>争取{name}的支持，然后在项目中记录新的支持度。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="329" />
            <source>Of {count} people as {role_label}, {supporters} support us.</source>
            <translation>担任 {role_label} 的 {count} 人中，有 {supporters} 人支持我方。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="336" />
            <source>Strongly opposed to us: {names}.</source>
            <translation>强烈反对我方：{names}。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="341" />
            <source>Not backing us yet: {names}.</source>
            <translation>尚未支持我方：{names}。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="348" />
            <source>Win over {names}, then record the new support on the deal.</source>
            <translation>争取{names}的支持，然后在项目中记录新的支持度。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="364" />
            <source>Develop an insider in a key influencer's (KI) department; mark them on the deal.</source>
            <translation>在关键影响者（KI）所在部门发展内线，并在项目中标记。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="370" />
            <source>Develop an insider in a key user's (KU) department; mark them on the deal.</source>
            <translation>在关键使用者（KU）所在部门发展内线，并在项目中标记。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="378" />
            <source>Insiders on the {role_label} side: {names}.</source>
            <translation>{role_label} 方面的内线：{names}。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="384" />
            <source>No insider on the {role_label} side.</source>
            <translation>{role_label} 方面还没有内线。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="389" />
            <source>Five elements verified: {n} of {total}.</source>
            <translation>五要素已核实：{n}/{total}。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="393" />
            <source>Verify the remaining five elements in the deal panel.</source>
            <translation>在项目面板中核实其余的五要素。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="405" />
            <source>Insiders in KI/KU confirmed through {sources} or more channels: {names}.</source>
            <translation>KI/KU 中消息经 {sources} 个或以上渠道核对的内线：{names}。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="412" />
            <source>No insider in KI/KU is confirmed through {sources} or more channels.</source>
            <translation>KI/KU 中没有消息经 {sources} 个或以上渠道核对的内线。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="420" />
            <source>The method asks for at least {min}.</source>
            <translation>方法要求至少 {min} 名。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="424" />
            <source>Confirmed through fewer channels: {names}.</source>
            <translation>核对渠道不足：{names}。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="434" />
            <source>Develop more insiders in KI/KU and check what each tells through a second channel (recorded on the person).</source>
            <translation>在 KI/KU 中发展更多内线，并通过第二个渠道核对每人提供的消息（记录在联系人上）。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="452" />
            <source>Coach among KI/KU at middle level or above: {names}.</source>
            <translation>KI/KU 中层及以上的内部教练：{names}。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="459" />
            <source>Coaches among KI/KU are below middle level: {names}.</source>
            <translation>KI/KU 中的内部教练级别低于中层：{names}。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="462" />
            <source>No coach among KI/KU people.</source>
            <translation>KI/KU 中还没有内部教练。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="470" />
            <source>Develop a coach among KI/KU middle or senior managers; the direct manager usually leads this.</source>
            <translation>在 KI/KU 的中高层中发展内部教练，通常由直接上级主导。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="482" />
            <source>The scoring criteria are marked as shaped by us.</source>
            <translation>评分标准已标记为由我方主导。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="487" />
            <source>The scoring criteria are not marked as shaped by us.</source>
            <translation>评分标准尚未标记为由我方主导。</translation>
        </message>
        <message>
            <location filename="../../model/rules/chain.py" line="488" />
            <source>Once they are, mark it in the deal panel's Tender section.</source>
            <translation>主导评分标准后，在项目面板的招标栏中标记。</translation>
        </message>
        <message>
            <location filename="../../model/sample.py" line="158" />
            <source>Unknown sample size {size!r}; use 'small' or 'large'.</source>
            <translation>未知的示例规模 {size!r}；请使用 'small' 或 'large'。</translation>
        </message>
        <message>
            <location filename="../../model/sample.py" line="2692" />
            <source>Unknown sample language {lang!r}; use 'zh' or 'en'.</source>
            <translation>未知的示例语言 {lang!r}；请使用 'zh' 或 'en'。</translation>
        </message>
        <message>
            <location filename="../../model/sample.py" line="2713" />
            <source>A sample can only be generated into an empty workspace; this one already has {table}.</source>
            <translation>示例数据只能生成到空白工作区中；当前工作区已有数据（{table}）。</translation>
        </message>
        <message>
            <location filename="../../model/schema.py" line="46" />
            <source>Cannot open workspace file {path}: {reason}</source>
            <translation>无法打开工作区文件 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../model/schema.py" line="56" />
            <source>{path} is a database but not a Key Account Navigator workspace (it has no schema version).</source>
            <translation>{path} 是一个数据库，但不是大客户导航的工作区（没有数据结构版本）。</translation>
        </message>
        <message>
            <location filename="../../model/schema.py" line="61" />
            <source>{path} is an empty database, not a workspace; nothing was changed. Create a new workspace under another name.</source>
            <translation>{path} 是空数据库，不是工作区；未做任何修改。请用其他名称新建工作区。</translation>
        </message>
        <message>
            <location filename="../../model/schema.py" line="69" />
            <source>{path} is not a readable workspace file ({reason}). Nothing was changed.</source>
            <translation>{path} 不是可读取的工作区文件（{reason}）。未做任何修改。</translation>
        </message>
        <message>
            <location filename="../../model/server_login.py" line="200" />
            <location filename="../../model/workspace.py" line="759" />
            <source>Cannot open {url}: the database driver '{driver}' is not installed (for PostgreSQL: pip install psycopg).</source>
            <translation>无法打开 {url}：未安装数据库驱动“{driver}”（PostgreSQL 请执行 pip install psycopg）。</translation>
        </message>
        <message>
            <location filename="../../model/server_login.py" line="210" />
            <location filename="../../model/workspace.py" line="782" />
            <source>The database at {url} was written by a newer version (schema {schema}); nothing was changed.</source>
            <translation>{url} 处的数据库由更新的版本写入（数据结构版本 {schema}）；未做任何修改。</translation>
        </message>
        <message>
            <location filename="../../model/server_login.py" line="227" />
            <source>The server at {server} refused the password of {user}: enter the right password. Nothing was changed.</source>
            <translation>{server} 上的服务器拒绝了 {user} 的密码：请输入正确的密码。未做任何修改。</translation>
        </message>
        <message>
            <location filename="../../model/server_login.py" line="234" />
            <source>The server at {server} has no user {user}: check the user name and password.</source>
            <translation>{server} 上的服务器没有用户 {user}：请检查用户名和密码。</translation>
        </message>
        <message>
            <location filename="../../model/server_login.py" line="240" />
            <source>The server at {server} has no database {database}: check its name, or ask the administrator to create it.</source>
            <translation>{server} 上的服务器没有数据库 {database}：请检查其名称，或请管理员创建它。</translation>
        </message>
        <message>
            <location filename="../../model/server_login.py" line="256" />
            <source>The server at {server} cannot be reached: check the host name and port, and that the server is running and lets this computer connect.</source>
            <translation>无法连接 {server} 上的服务器：请检查主机名和端口，并确认服务器正在运行且允许本机连接。</translation>
        </message>
        <message>
            <location filename="../../model/server_login.py" line="261" />
            <source>Cannot connect to {url}: {reason}</source>
            <translation>无法连接 {url}：{reason}</translation>
        </message>
        <message>
            <location filename="../../model/services/accounts.py" line="20" />
            <source>Account values are numbered 1 to 5 (ACC.VALUE.1..5).</source>
            <translation>客户价值的编号为 1 到 5。</translation>
        </message>
        <message>
            <location filename="../../model/services/accounts.py" line="42" />
            <source>Partner kind</source>
            <translation>伙伴类型</translation>
        </message>
        <message>
            <location filename="../../model/services/accounts.py" line="66" />
            <source>An account sold through a channel partner needs the partner kind (service, OEM or relationship).</source>
            <translation>通过渠道伙伴销售的客户需要填写伙伴类型（服务、OEM 或客户关系）。</translation>
        </message>
        <message>
            <location filename="../../model/services/activities.py" line="53" />
            <location filename="../../model/services/activities.py" line="240" />
            <source>Next step done</source>
            <translation>下一步完成日期</translation>
        </message>
        <message>
            <location filename="../../model/services/activities.py" line="242" />
            <source>{day} is in the future: mark a next step done once it is done.</source>
            <translation>{day}是未来的日期：下一步完成后再标记。</translation>
        </message>
        <message>
            <location filename="../../model/services/activities.py" line="252" />
            <location filename="../../model/services/activities.py" line="398" />
            <location filename="../../model/services/approvals.py" line="120" />
            <location filename="../../model/services/deals.py" line="656" />
            <location filename="../../model/services/importing.py" line="703" />
            <location filename="../../model/services/people.py" line="228" />
            <location filename="../../model/services/protection.py" line="66" />
            <location filename="../../model/services/protection.py" line="139" />
            <location filename="../../model/services/targets.py" line="58" />
            <location filename="../../model/services/team.py" line="39" />
            <location filename="../../model/services/team.py" line="45" />
            <source>team member</source>
            <translation>团队成员</translation>
        </message>
        <message>
            <location filename="../../model/services/activities.py" line="255" />
            <source>People met must work at the activity's account.</source>
            <translation>见到的人员必须是本次活动所属客户的人员。</translation>
        </message>
        <message>
            <location filename="../../model/services/activities.py" line="262" />
            <source>An activity for a deal is logged at the deal's own account.</source>
            <translation>项目的活动须记录在该项目所属的客户下。</translation>
        </message>
        <message>
            <location filename="../../model/services/approvals.py" line="108" />
            <location filename="../../model/services/approvals.py" line="155" />
            <location filename="../../model/services/deals.py" line="542" />
            <source>stage change</source>
            <translation>阶段变更</translation>
        </message>
        <message>
            <location filename="../../model/services/approvals.py" line="110" />
            <source>This move does not await approval (any more).</source>
            <translation>这次推进已不处于待审批状态。</translation>
        </message>
        <message>
            <location filename="../../model/services/approvals.py" line="117" />
            <source>Say who you are (File → I am…) before approving or reverting a forced move.</source>
            <translation>批准或撤回强制推进之前，请先选择您是谁（文件 → 我是…）。</translation>
        </message>
        <message>
            <location filename="../../model/services/approvals.py" line="131" />
            <source>Only a manager or an executive may approve a forced move; {name} is neither.</source>
            <translation>只有经理或高管可以批准强制推进；{name}两者都不是。</translation>
        </message>
        <message>
            <location filename="../../model/services/approvals.py" line="159" />
            <source>The approval changed since; it was left as it is.</source>
            <translation>审批状态已被他人修改，保持当前状态不变。</translation>
        </message>
        <message>
            <location filename="../../model/services/approvals.py" line="182" />
            <source>Only a manager, an executive or its author may revert a forced move; {name} is none of them.</source>
            <translation>只有经理、高管或执行强制推进的成员可以撤回强制推进；{name}都不是。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="167" />
            <source>{who} changed {what} of this {kind_label} '{name}' at {when}, after it was shown to you. Your change was not saved, so theirs is kept; the views now show it.</source>
            <translation>{who}在 {when} 修改了这个{kind_label}“{name}”的 {what}，晚于它显示给您的时间。您的修改未保存，保留了对方的修改；视图已显示最新内容。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="178" />
            <source>{who} changed {what} of this {kind_label} '{name}' at {when}, after your edit. Undoing it would overwrite that, so nothing was changed; the views now show the newer state.</source>
            <translation>{who}于 {when} 修改了{kind_label}“{name}”的 {what}，晚于您的编辑。撤销会覆盖这次修改，因此未做任何改动；视图已显示最新状态。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="199" />
            <source>Someone else changed this {kind_label} '{name}' since it was read; nothing was changed, so theirs is kept. The views now show it.</source>
            <translation>读取之后，别人修改了这个{kind_label}“{name}”；未做任何修改，保留对方的内容。界面现已显示最新内容。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="243" />
            <source>Cannot set {fields} on a {kind_label}.</source>
            <translation>不能在{kind_label}上设置 {fields}。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="295" />
            <source>Unknown fields: {fields}.</source>
            <translation>未知字段：{fields}。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="321" />
            <source>The text contains a control character (U+{code}); remove it and try again.</source>
            <translation>文本中含有控制字符（U+{code}）；请删除后重试。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="333" />
            <source>{label} must not be empty.</source>
            <translation>{label}不能为空。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="334" />
            <source>This field must not be empty.</source>
            <translation>此项不能为空。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="337" />
            <source>{label} is longer than {max_len} characters.</source>
            <translation>{label}超过 {max_len} 个字符。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="340" />
            <location filename="../../model/services/protection.py" line="90" />
            <source>Text is longer than {max_len} characters.</source>
            <translation>文本超过 {max_len} 个字符。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="357" />
            <source>{label} '{raw}' is not one of: {allowed}.</source>
            <translation>{label}“{raw}”不在可选范围内：{allowed}。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="364" />
            <location filename="../../model/services/targets.py" line="47" />
            <source>Value '{raw}' is not one of: {allowed}.</source>
            <translation>值“{raw}”不在可选范围内：{allowed}。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="392" />
            <source>{label} must be a number, not '{raw}'.</source>
            <translation>{label}必须是数字，而不是“{raw}”。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="395" />
            <source>Value must be a number, not '{raw}'.</source>
            <translation>值必须是数字，而不是“{raw}”。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="406" />
            <source>{label} must be between {lo} and {hi}, not {raw}.</source>
            <translation>{label}必须在 {lo} 到 {hi} 之间，当前为 {raw}。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="415" />
            <source>Value must be between {lo} and {hi}, not {raw}.</source>
            <translation>值必须在 {lo} 到 {hi} 之间，当前为 {raw}。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="419" />
            <source>{label} must be at least {lo}, not {raw}.</source>
            <translation>{label}不能小于 {lo}，当前为 {raw}。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="422" />
            <source>Value must be at least {lo}, not {raw}.</source>
            <translation>值不能小于 {lo}，当前为 {raw}。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="437" />
            <source>{label} '{raw}' is not a date (YYYY-MM-DD).</source>
            <translation>{label}“{raw}”不是有效日期（格式为 YYYY-MM-DD）。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="440" />
            <source>Date '{raw}' is not a date (YYYY-MM-DD).</source>
            <translation>日期“{raw}”不是有效日期（格式为 YYYY-MM-DD）。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="460" />
            <source>{label}: no record with id {ident}.</source>
            <translation>{label}：没有 id 为 {ident} 的记录。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="463" />
            <source>Reference: no record with id {ident}.</source>
            <translation>引用无效：没有 id 为 {ident} 的记录。</translation>
        </message>
        <message>
            <location filename="../../model/services/common.py" line="481" />
            <source>{label}: that link would make a loop.</source>
            <translation>{label}：这样关联会形成循环。</translation>
        </message>
        <message>
            <location filename="../../model/services/competitors.py" line="28" />
            <source>Price position</source>
            <translation>价格定位</translation>
        </message>
        <message>
            <location filename="../../model/services/competitors.py" line="34" />
            <source>Competitor name</source>
            <translation>竞争对手名称</translation>
        </message>
        <message>
            <location filename="../../model/services/competitors.py" line="38" />
            <source>There is already a competitor called {name}.</source>
            <translation>已经有名为{name}的竞争对手。</translation>
        </message>
        <message>
            <location filename="../../model/services/competitors.py" line="80" />
            <location filename="../../model/services/competitors.py" line="102" />
            <location filename="../../model/services/deals.py" line="462" />
            <location filename="../../model/services/deals.py" line="849" />
            <location filename="../../model/services/importing.py" line="704" />
            <source>competitor</source>
            <translation>竞争对手</translation>
        </message>
        <message>
            <location filename="../../model/services/competitors.py" line="109" />
            <source>Only an executive may remove a competitor on the team database; nothing was changed.</source>
            <translation>在团队数据库中只有高管可以删除竞争对手；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="58" />
            <source>Moving from {from_stage} to {to_stage} needs: {unmet}.</source>
            <translation>从 {from_stage} 推进到 {to_stage} 还需要满足：{unmet}。</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="75" />
            <source>This exit criterion is answered by the deal's data, which says: {says}</source>
            <translation>该出口标准由项目数据判定，数据显示：{says}</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="84" />
            <source>open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="85" />
            <source>won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="86" />
            <source>lost</source>
            <translation>丢单</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="87" />
            <source>shelved</source>
            <translation>搁置</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="95" />
            <source>Currency '{raw}' is not an ISO 4217 code such as CNY or USD.</source>
            <translation>币种“{raw}”不是 ISO 4217 代码（如 CNY、USD）。</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="103" />
            <source>{label} {day} is in the future; record the signing once it has happened.</source>
            <translation>{label} {day} 是未来的日期；请在签订后再记录。</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="119" />
            <source>Protection expiry</source>
            <translation>保护期到期日</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="145" />
            <source>A deal belongs to an account: choose one.</source>
            <translation>项目必须属于某个客户：请选择一个客户。</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="153" />
            <source>Creating a deal in {stage} skips its gate: give a reason.</source>
            <translation>直接在 {stage} 创建项目会跳过阶段关卡：请填写原因。</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="184" />
            <source>Stage and status change through a move or a close, with the gate.</source>
            <translation>阶段和状态只能通过推进或关闭项目来改变，并须通过阶段关卡。</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="244" />
            <source>'{criterion}' is not an exit criterion of the method.</source>
            <translation>“{criterion}”不是方法中的出口标准。</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="360" />
            <source>'{name}' is {status_label}; reopen it before moving it.</source>
            <translation>项目“{name}”处于{status_label}状态；请先重新打开，再推进阶段。</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="372" />
            <source>Moving a deal back needs a reason.</source>
            <translation>把项目退回之前的阶段需要填写原因。</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="377" />
            <source>Forcing a move past an unmet gate needs a reason.</source>
            <translation>阶段关卡尚未满足时强制推进，需要填写原因。</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="436" />
            <source>Use reopen to put a closed deal back in the funnel.</source>
            <translation>要让已关闭的项目回到漏斗，请使用“重新打开”。</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="438" />
            <source>'{name}' is already {status_label}.</source>
            <translation>项目“{name}”已经是{status_label}状态。</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="446" />
            <source>'{close_reason}' is not one of the workspace's close reasons.</source>
            <translation>“{close_reason}”不在本工作区的关闭原因列表中。</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="456" />
            <source>Marking a deal {status_label} needs a reason from the list.</source>
            <translation>将项目标记为{status_label}需要从列表中选择关闭原因。</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="499" />
            <source>Reopening a closed deal needs a reason.</source>
            <translation>重新打开已关闭的项目需要填写原因。</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="551" />
            <source>Only the latest stage change of a deal can be reverted.</source>
            <translation>只能撤销项目最近一次的阶段变更。</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="642" />
            <source>'{element}' is not one of the five elements.</source>
            <translation>“{element}”不属于五要素。</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="647" />
            <source>A verified element needs who verified it and how.</source>
            <translation>已核实的要素需要注明核实人和核实方式。</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="649" />
            <source>{day} is in the future: record a verification once it has happened.</source>
            <translation>{day} 是未来的日期：请在核实完成后再记录。</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="662" />
            <source>The direct manager's confirmation of the five elements is recorded by a manager or executive, not by {member}.</source>
            <translation>直接上级对五要素的确认须由经理或高管记录，{member}不能记录。</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="682" />
            <source>Method</source>
            <translation>核实方式</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="721" />
            <source>{person} works at another account than this deal's.</source>
            <translation>{person}不在本项目所属客户任职。</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="794" />
            <location filename="../../model/services/people.py" line="43" />
            <source>Competitor backed</source>
            <translation>倾向的竞争对手</translation>
        </message>
        <message>
            <location filename="../../model/services/deals.py" line="823" />
            <source>{person}'s part in this deal was changed since; it is left as it is now.</source>
            <translation>{person}在本项目中的角色已被他人修改，保持当前状态不变。</translation>
        </message>
        <message>
            <location filename="../../model/services/forecast.py" line="66" />
            <source>Forecast category</source>
            <translation>预测类别</translation>
        </message>
        <message>
            <location filename="../../model/services/forecast.py" line="67" />
            <source>Forecast amount</source>
            <translation>预测金额</translation>
        </message>
        <message>
            <location filename="../../model/services/forecast.py" line="69" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../model/services/forecast.py" line="70" />
            <source>Decided by</source>
            <translation>决定人</translation>
        </message>
        <message>
            <location filename="../../model/services/forecast.py" line="124" />
            <source>Only an open deal's forecast can be overridden; '{name}' is {status_label}.</source>
            <translation>只能调整进行中项目的预测；“{name}”已是{status_label}状态。</translation>
        </message>
        <message>
            <location filename="../../model/services/forecast.py" line="189" />
            <source>Snapshot kind</source>
            <translation>快照类型</translation>
        </message>
        <message>
            <location filename="../../model/services/forecast.py" line="190" />
            <source>Taken by</source>
            <translation>创建人</translation>
        </message>
        <message>
            <location filename="../../model/services/forecast.py" line="274" />
            <source>forecast snapshot</source>
            <translation>预测快照</translation>
        </message>
        <message>
            <location filename="../../model/services/forecast.py" line="280" />
            <source>Only the member who took a forecast snapshot, or an executive, may remove it on the team database; nothing was changed.</source>
            <translation>在团队数据库中只有保存该预测快照的成员或高管可以删除它；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/services/importing.py" line="733" />
            <source>The {kind_label} '{name}' was changed after the import; undoing the import would lose that change, so nothing was changed.</source>
            <translation>{kind_label}“{name}”在导入后被修改过；撤销导入会丢失该修改，因此未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/services/importing.py" line="763" />
            <source>Since the import, {count} other records were added to what it created ({table}); undoing it would delete them too, so nothing was changed.</source>
            <translation>导入之后，又有 {count} 条其他记录添加到导入所创建的数据下（{table}）；撤销导入会一并删除它们，因此未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/services/importing.py" line="790" />
            <source>A {kind_label} the import filled was changed since; undoing the import would overwrite that, so nothing was changed.</source>
            <translation>导入所补填的某个{kind_label}之后又被修改；撤销导入会覆盖该修改，因此未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/services/importing.py" line="796" />
            <source>A {kind_label} the import filled was changed since the undo; redoing the import would overwrite that, so nothing was changed.</source>
            <translation>导入所补填的某个{kind_label}在撤销后又被修改；重做导入会覆盖该修改，因此未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/services/importing.py" line="855" />
            <source>A {kind_label} the import created was changed since; undoing the import would lose that change, so nothing was changed.</source>
            <translation>导入创建的{kind_label}此后已被修改；撤销导入会丢失该修改，因此未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/services/leads.py" line="50" />
            <source>Channel</source>
            <translation>来源渠道</translation>
        </message>
        <message>
            <location filename="../../model/services/leads.py" line="51" />
            <source>Lead kind</source>
            <translation>线索类型</translation>
        </message>
        <message>
            <location filename="../../model/services/leads.py" line="52" />
            <source>Lead status</source>
            <translation>线索状态</translation>
        </message>
        <message>
            <location filename="../../model/services/leads.py" line="53" />
            <location filename="../../model/services/payments.py" line="263" />
            <source>Received on</source>
            <translation>收到日期</translation>
        </message>
        <message>
            <location filename="../../model/services/leads.py" line="66" />
            <location filename="../../model/services/leads.py" line="82" />
            <source>A lead is marked converted by converting it into an opportunity.</source>
            <translation>线索只有通过转为商机才会标记为已转化。</translation>
        </message>
        <message>
            <location filename="../../model/services/leads.py" line="70" />
            <source>This lead became an opportunity; undo the conversion to change its status.</source>
            <translation>此线索已转为商机；要更改其状态，请先撤销转化。</translation>
        </message>
        <message>
            <location filename="../../model/services/leads.py" line="80" />
            <location filename="../../model/services/leads.py" line="98" />
            <source>A lead needs a company name or an account.</source>
            <translation>线索需要填写公司名称或关联一个客户。</translation>
        </message>
        <message>
            <location filename="../../model/services/leads.py" line="92" />
            <location filename="../../model/services/leads.py" line="107" />
            <location filename="../../model/services/leads.py" line="154" />
            <location filename="../../model/services/leads.py" line="205" />
            <location filename="../../model/services/leads.py" line="228" />
            <location filename="../../model/services/leads.py" line="244" />
            <location filename="../../model/services/leads.py" line="265" />
            <location filename="../../model/services/leads.py" line="273" />
            <source>lead</source>
            <translation>线索</translation>
        </message>
        <message>
            <location filename="../../model/services/leads.py" line="157" />
            <source>This lead was already converted into the deal '{deal}'; a lead becomes one opportunity only.</source>
            <translation>此线索已转为项目“{deal}”；一条线索只能转为一个商机。</translation>
        </message>
        <message>
            <location filename="../../model/services/leads.py" line="166" />
            <source>'{criterion}' is not an exit criterion of P2.</source>
            <translation>“{criterion}”不是P2阶段的出口标准。</translation>
        </message>
        <message>
            <location filename="../../model/services/leads.py" line="170" />
            <source>The lead cannot become a valid opportunity (P3) yet; still missing: {unmet}.</source>
            <translation>此线索还不能成为有效商机（P3），尚缺：{unmet}。</translation>
        </message>
        <message>
            <location filename="../../model/services/leads.py" line="175" />
            <source>Deal name must not be empty.</source>
            <translation>项目名称不能为空。</translation>
        </message>
        <message>
            <location filename="../../model/services/leads.py" line="230" />
            <source>The lead was linked to another deal since its conversion; it is left as it is.</source>
            <translation>此线索在转化后已关联到其他项目，保持现状不变。</translation>
        </message>
        <message>
            <location filename="../../model/services/leads.py" line="267" />
            <source>The lead was converted again since; the earlier conversion is not redone.</source>
            <translation>此线索此后已再次转化，先前的转化不再重做。</translation>
        </message>
        <message>
            <location filename="../../model/services/payments.py" line="89" />
            <source>The first instalment is {share:.0%} of the contract value; the method asks for a first payment of at least {minimum:.0%}.</source>
            <translation>第一期回款为合同总额的 {share:.0%}；方法要求首期款至少为 {minimum:.0%}。</translation>
        </message>
        <message>
            <location filename="../../model/services/payments.py" line="95" />
            <source>The first instalment is {share:.0%} of the deal amount (no contract value yet); the method asks for a first payment of at least {minimum:.0%}.</source>
            <translation>第一期回款为项目金额的 {share:.0%}（尚无合同总额）；方法要求首期款至少为 {minimum:.0%}。</translation>
        </message>
        <message>
            <location filename="../../model/services/payments.py" line="106" />
            <source>Instalment amount</source>
            <translation>期次金额</translation>
        </message>
        <message>
            <location filename="../../model/services/payments.py" line="107" />
            <source>Due on</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../../model/services/payments.py" line="169" />
            <location filename="../../model/services/payments.py" line="199" />
            <location filename="../../model/services/payments.py" line="260" />
            <location filename="../../model/services/payments.py" line="307" />
            <location filename="../../model/services/payments.py" line="323" />
            <location filename="../../model/services/payments.py" line="334" />
            <source>instalment</source>
            <translation>回款期次</translation>
        </message>
        <message>
            <location filename="../../model/services/payments.py" line="174" />
            <source>Instalment {seq} has already received {received:,.2f}; its amount cannot be less than that.</source>
            <translation>第 {seq} 期已到账 {received:,.2f}，金额不能低于此数。</translation>
        </message>
        <message>
            <location filename="../../model/services/payments.py" line="261" />
            <source>Received amount</source>
            <translation>实收金额</translation>
        </message>
        <message>
            <location filename="../../model/services/payments.py" line="265" />
            <source>The transfer is dated {day}, after today; record a transfer once it has arrived.</source>
            <translation>这笔到账的日期 {day} 晚于今天；请在款项到账后再登记。</translation>
        </message>
        <message>
            <location filename="../../model/services/payments.py" line="272" />
            <source>A transfer of {amount:,.2f} would bring instalment {seq} to {total:,.2f}, more than its {due:,.2f}; record the rest against the next instalment or raise this instalment's amount first.</source>
            <translation>这笔 {amount:,.2f} 的到账会使第 {seq} 期累计达到 {total:,.2f}，超过该期的 {due:,.2f}；请把多出部分登记到下一期，或先调高本期金额。</translation>
        </message>
        <message>
            <location filename="../../model/services/payments.py" line="286" />
            <source>How it was paid</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <location filename="../../model/services/payments.py" line="304" />
            <source>payment</source>
            <translation>到账记录</translation>
        </message>
        <message>
            <location filename="../../model/services/payments.py" line="318" />
            <source>This snapshot holds more than a payment plan's rows.</source>
            <translation>此快照包含回款计划以外的数据。</translation>
        </message>
        <message>
            <location filename="../../model/services/people.py" line="46" />
            <source>Insider sources</source>
            <translation>内线信息的印证渠道数</translation>
        </message>
        <message>
            <location filename="../../model/services/people.py" line="66" />
            <source>{person} cannot report to someone at another account.</source>
            <translation>{person}不能向其他客户的人员汇报。</translation>
        </message>
        <message>
            <location filename="../../model/services/people.py" line="71" />
            <source>{person}'s department belongs to another account.</source>
            <translation>{person}所在的部门属于其他客户。</translation>
        </message>
        <message>
            <location filename="../../model/services/people.py" line="118" />
            <source>Map position</source>
            <translation>图上位置</translation>
        </message>
        <message>
            <location filename="../../model/services/people.py" line="135" />
            <source>Influence strength</source>
            <translation>影响强度</translation>
        </message>
        <message>
            <location filename="../../model/services/people.py" line="146" />
            <source>A person cannot influence themselves.</source>
            <translation>一个人不能影响自己。</translation>
        </message>
        <message>
            <location filename="../../model/services/people.py" line="150" />
            <source>Influence links people of the same account.</source>
            <translation>影响关系只能连接同一客户的人员。</translation>
        </message>
        <message>
            <location filename="../../model/services/people.py" line="171" />
            <source>influence</source>
            <translation>影响关系</translation>
        </message>
        <message>
            <location filename="../../model/services/people.py" line="172" />
            <source>relationship</source>
            <translation>关系</translation>
        </message>
        <message>
            <location filename="../../model/services/people.py" line="181" />
            <source>Last contact</source>
            <translation>最近联系日期</translation>
        </message>
        <message>
            <location filename="../../model/services/people.py" line="183" />
            <source>Last contact {day} is in the future; record a contact once it has happened.</source>
            <translation>最近联系日期 {day} 在未来；请在联系发生后再记录。</translation>
        </message>
        <message>
            <location filename="../../model/services/people.py" line="192" />
            <source>Relationship strength</source>
            <translation>关系强度</translation>
        </message>
        <message>
            <location filename="../../model/services/people.py" line="194" />
            <source>Visit level</source>
            <translation>拜访层级</translation>
        </message>
        <message>
            <location filename="../../model/services/people.py" line="245" />
            <source>Department name</source>
            <translation>部门名称</translation>
        </message>
        <message>
            <location filename="../../model/services/people.py" line="246" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../model/services/people.py" line="247" />
            <location filename="../../model/services/people.py" line="281" />
            <source>Parent department</source>
            <translation>上级部门</translation>
        </message>
        <message>
            <location filename="../../model/services/people.py" line="276" />
            <source>Department {department} cannot sit under a department of another account.</source>
            <translation>部门{department}不能隶属于其他客户的部门。</translation>
        </message>
        <message>
            <location filename="../../model/services/people.py" line="302" />
            <location filename="../../model/services/people.py" line="315" />
            <location filename="../../model/services/people.py" line="397" />
            <source>department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../../model/services/people.py" line="333" />
            <source>{person} works at another account; the department was not created.</source>
            <translation>{person}属于其他客户；未创建该部门。</translation>
        </message>
        <message>
            <location filename="../../model/services/protection.py" line="69" />
            <source>Territory kind '{raw}' is not one of: {allowed}.</source>
            <translation>责任区类型“{raw}”不在以下选项中：{allowed}。</translation>
        </message>
        <message>
            <location filename="../../model/services/protection.py" line="80" />
            <source>A named-account territory needs an account.</source>
            <translation>指定客户类的责任区需要选择一个客户。</translation>
        </message>
        <message>
            <location filename="../../model/services/protection.py" line="88" />
            <source>A territory needs a region or an industry.</source>
            <translation>责任区需要一个区域或行业。</translation>
        </message>
        <message>
            <location filename="../../model/services/protection.py" line="95" />
            <source>This member already has that territory.</source>
            <translation>该成员已有这个责任区。</translation>
        </message>
        <message>
            <location filename="../../model/services/protection.py" line="106" />
            <source>territory</source>
            <translation>责任区</translation>
        </message>
        <message>
            <location filename="../../model/services/protection.py" line="126" />
            <source>'{name}' is closed: its protection no longer matters.</source>
            <translation>“{name}”已关闭：保护期不再适用。</translation>
        </message>
        <message>
            <location filename="../../model/services/protection.py" line="136" />
            <source>Say which member takes the deal (choose who you are first).</source>
            <translation>请指明由哪位成员接手该项目（请先选择你是谁）。</translation>
        </message>
        <message>
            <location filename="../../model/services/protection.py" line="211" />
            <source>'{name}' is protected until {day}: it cannot be {verb_label} before then.</source>
            <translation>“{name}”保护至 {day}：在此之前不能{verb_label}。</translation>
        </message>
        <message>
            <location filename="../../model/services/protection.py" line="218" />
            <source>'{name}' is in the public field already: a member may claim it.</source>
            <translation>“{name}”已在公田中：成员可以认领。</translation>
        </message>
        <message>
            <location filename="../../model/services/protection.py" line="222" />
            <source>'{name}' has no protection period (it is not a valid opportunity).</source>
            <translation>“{name}”没有保护期（它不是有效商机）。</translation>
        </message>
        <message>
            <location filename="../../model/services/protection.py" line="232" />
            <source>penalised</source>
            <translation>处罚</translation>
        </message>
        <message>
            <location filename="../../model/services/protection.py" line="242" />
            <source>'{name}' was penalised on {day} for this expiry already.</source>
            <translation>“{name}”已于 {day} 因本次到期受过处罚。</translation>
        </message>
        <message>
            <location filename="../../model/services/protection.py" line="258" />
            <source>released</source>
            <translation>转为公田</translation>
        </message>
        <message>
            <location filename="../../model/services/protection.py" line="280" />
            <source>'{name}' is not in the public field (claimed already?): nothing to claim.</source>
            <translation>“{name}”不在公田中（已被认领？）：无可认领。</translation>
        </message>
        <message>
            <location filename="../../model/services/protection.py" line="294" />
            <source>transferred</source>
            <translation>转交</translation>
        </message>
        <message>
            <location filename="../../model/services/protection.py" line="297" />
            <source>'{name}' is that member's deal already.</source>
            <translation>“{name}”已经是该成员的项目。</translation>
        </message>
        <message>
            <location filename="../../model/services/protection.py" line="308" />
            <source>extended</source>
            <translation>延长</translation>
        </message>
        <message>
            <location filename="../../model/services/protection.py" line="317" />
            <source>'{name}' changed after this step (its owner or protection). Nothing was changed; the views now show the newer state.</source>
            <translation>“{name}”在这一步之后已被更改（负责人或保护期）。未做任何更改；视图现已显示最新状态。</translation>
        </message>
        <message>
            <location filename="../../model/services/segments.py" line="33" />
            <source>Unknown segment dimension: {dimensions}.</source>
            <translation>未知的客户群维度：{dimensions}。</translation>
        </message>
        <message>
            <location filename="../../model/services/segments.py" line="42" />
            <source>Weights are zero or more, one per segment dimension.</source>
            <translation>权重必须大于或等于零，每个客户群维度一个。</translation>
        </message>
        <message>
            <location filename="../../model/services/segments.py" line="47" />
            <source>Segment name</source>
            <translation>客户群名称</translation>
        </message>
        <message>
            <location filename="../../model/services/segments.py" line="57" />
            <location filename="../../model/services/segments.py" line="63" />
            <source>segment</source>
            <translation>客户群</translation>
        </message>
        <message>
            <location filename="../../model/services/targets.py" line="51" />
            <source>'{period}' is not a period: write a month (2027-01), a quarter (2027Q1) or a year (2027).</source>
            <translation>“{period}”不是有效的期间：请填写月份（2027-01）、季度（2027Q1）或年份（2027）。</translation>
        </message>
        <message>
            <location filename="../../model/services/targets.py" line="64" />
            <source>A target must be a number, not '{raw}'.</source>
            <translation>目标必须是数字，不能是“{raw}”。</translation>
        </message>
        <message>
            <location filename="../../model/services/targets.py" line="68" />
            <source>A target must be zero or more, not {raw}.</source>
            <translation>目标不能小于零，当前为 {raw}。</translation>
        </message>
        <message>
            <location filename="../../model/services/targets.py" line="117" />
            <source>target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../model/services/tasks.py" line="77" />
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../model/services/tasks.py" line="78" />
            <source>Assignee</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../model/services/tasks.py" line="79" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../../model/services/tasks.py" line="80" />
            <source>Done on</source>
            <translation>完成日期</translation>
        </message>
        <message>
            <location filename="../../model/services/tasks.py" line="187" />
            <source>This task is no longer in the workspace.</source>
            <translation>此任务已不在工作区中。</translation>
        </message>
        <message>
            <location filename="../../model/services/tasks.py" line="189" />
            <source>task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../model/services/tasks.py" line="211" />
            <source>This task was changed since ({fields}); it is left as it is now.</source>
            <translation>此任务之后已被修改（{fields}），保持现状不变。</translation>
        </message>
        <message>
            <location filename="../../model/services/tasks.py" line="217" />
            <source>{day} is in the future: mark a task done once it is.</source>
            <translation>{day} 是将来的日期：任务完成后再标记。</translation>
        </message>
        <message>
            <location filename="../../model/services/tasks.py" line="223" />
            <location filename="../../model/services/tasks.py" line="242" />
            <source>A task written by hand needs a title.</source>
            <translation>手动添加的任务需要填写内容。</translation>
        </message>
        <message>
            <location filename="../../model/services/team.py" line="19" />
            <location filename="../../model/services/team.py" line="20" />
            <source>Manager</source>
            <translation>直接上级</translation>
        </message>
        <message>
            <location filename="../../model/settings.py" line="66" />
            <source>Unknown workspace setting '{key}'.</source>
            <translation>未知的工作区设置“{key}”。</translation>
        </message>
        <message>
            <location filename="../../model/settings.py" line="74" />
            <source>The base currency '{value}' is not an ISO 4217 code such as CNY or USD.</source>
            <translation>本位币“{value}”不是 ISO 4217 代码（例如 CNY 或 USD）。</translation>
        </message>
        <message>
            <location filename="../../model/settings.py" line="79" />
            <source>The default currency '{value}' is not an ISO 4217 code such as CNY or USD.</source>
            <translation>默认币种“{value}”不是 ISO 4217 代码（如 CNY、USD）。</translation>
        </message>
        <message>
            <location filename="../../model/settings.py" line="87" />
            <source>The protection period must be 3 to 6 months.</source>
            <translation>保护期须为 3 到 6 个月。</translation>
        </message>
        <message>
            <location filename="../../model/settings.py" line="91" />
            <source>A task's days until due must be a whole number from 1 to 365.</source>
            <translation>任务的到期天数必须是 1 到 365 之间的整数。</translation>
        </message>
        <message>
            <location filename="../../model/settings.py" line="99" />
            <source>Currency rates are ISO 4217 codes each with a rate above zero (base units per unit).</source>
            <translation>汇率须为 ISO 4217 货币代码，每个汇率大于零（每单位折合多少本位币）。</translation>
        </message>
        <message>
            <location filename="../../model/settings.py" line="103" />
            <source>'{key}' is on or off.</source>
            <translation>“{key}”只能打开或关闭。</translation>
        </message>
        <message>
            <location filename="../../model/settings.py" line="107" />
            <source>'{key}' must be a whole number from 1 to 1000.</source>
            <translation>“{key}”必须是 1 到 1000 之间的整数。</translation>
        </message>
        <message>
            <location filename="../../model/settings.py" line="114" />
            <source>Close reasons are a list of distinct, non-empty names of at most 40 characters.</source>
            <translation>关闭原因须为互不相同、非空且不超过 40 个字符的名称列表。</translation>
        </message>
        <message>
            <location filename="../../model/settings.py" line="125" />
            <source>Stage probabilities must be numbers from 0 to 1.</source>
            <translation>各阶段赢单概率必须是 0 到 1 之间的数字。</translation>
        </message>
        <message>
            <location filename="../../model/team_server.py" line="624" />
            <source>{workspace} cannot be read as its team member ({detail}). Ask the database's admin to add you: keyaccount team add-member.</source>
            <translation>无法以团队成员身份读取 {workspace}（{detail}）。请数据库管理员添加您：keyaccount team add-member。</translation>
        </message>
        <message>
            <location filename="../../model/team_server.py" line="673" />
            <source>{workspace} is not a team database: team members are server roles; a SQLite file has one user. Use a postgresql+psycopg:// URL.</source>
            <translation>{workspace} 不是团队数据库：团队成员是服务器上的角色，SQLite 文件只有一个用户。请使用 postgresql+psycopg:// 地址。</translation>
        </message>
        <message>
            <location filename="../../model/team_server.py" line="713" />
            <source>The role {user} may not create roles, so it cannot add or remove team members. Connect as the database's admin (a role with CREATEROLE that owns the workspace's tables).</source>
            <translation>角色 {user} 无权创建角色，因此不能添加或移除团队成员。请以数据库管理员身份连接（拥有 CREATEROLE 权限且是工作区表的所有者的角色）。</translation>
        </message>
        <message>
            <location filename="../../model/team_server.py" line="765" />
            <source>Role '{raw}' is not one of: {allowed}.</source>
            <translation>角色“{raw}”不在以下范围内：{allowed}。</translation>
        </message>
        <message>
            <location filename="../../model/team_server.py" line="770" />
            <source>A team member needs a name.</source>
            <translation>团队成员需要姓名。</translation>
        </message>
        <message>
            <location filename="../../model/team_server.py" line="773" />
            <source>'{login}' cannot be a login: use lower-case letters, digits and _ (at most 63, not starting with a digit).</source>
            <translation>“{login}”不能作为登录名：请使用小写字母、数字和 _（最多 63 个，不以数字开头）。</translation>
        </message>
        <message>
            <location filename="../../model/team_server.py" line="783" />
            <source>A server role named {login} exists already; choose another with --login.</source>
            <translation>服务器上已有名为 {login} 的角色；请用 --login 另选一个。</translation>
        </message>
        <message>
            <location filename="../../model/team_server.py" line="789" />
            <source>{name} is a team member already (login {login}).</source>
            <translation>{name} 已是团队成员（登录名 {login}）。</translation>
        </message>
        <message>
            <location filename="../../model/team_server.py" line="798" />
            <source>No team member called {name}.</source>
            <translation>没有名为 {name} 的团队成员。</translation>
        </message>
        <message>
            <location filename="../../model/team_server.py" line="833" />
            <source>The server refused the change ({detail}); nothing was changed.</source>
            <translation>服务器拒绝了此更改（{detail}）；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../model/team_server.py" line="850" />
            <source>No team member called {name} signs in to this database.</source>
            <translation>没有名为 {name} 的团队成员登录此数据库。</translation>
        </message>
        <message>
            <location filename="../../model/workspace.py" line="276" />
            <source>Migration of {path} left {count} broken references (first: table {table}); the backup beside the file holds the data as it was.</source>
            <translation>{path} 升级后留下 {count} 处失效引用（第一处在表 {table}）；文件旁的备份保存着升级前的数据。</translation>
        </message>
        <message>
            <location filename="../../model/workspace.py" line="285" />
            <source>Integrity check of {path} failed after migration: {result}</source>
            <translation>{path} 升级后完整性检查未通过：{result}</translation>
        </message>
        <message>
            <location filename="../../model/workspace.py" line="301" />
            <source>the file is read-only</source>
            <translation>文件为只读</translation>
        </message>
        <message>
            <location filename="../../model/workspace.py" line="303" />
            <source>its folder is read-only</source>
            <translation>所在文件夹为只读</translation>
        </message>
        <message>
            <location filename="../../model/workspace.py" line="383" />
            <source>{path} could not be upgraded to this version: {rows}. The file was left exactly as it was.</source>
            <translation>{path} 无法升级到本版本：{rows}。文件保持原样，未做任何改动。</translation>
        </message>
        <message>
            <location filename="../../model/workspace.py" line="441" />
            <source>{workspace} is open read-only ({why_label}); nothing was changed.</source>
            <translation>{workspace} 以只读方式打开（{why_label}）；未做任何修改。</translation>
        </message>
        <message>
            <location filename="../../model/workspace.py" line="475" />
            <source>Someone else is saving the same record in {workspace} right now; nothing was changed. Try again in a moment.</source>
            <translation>别人正在 {workspace} 中保存同一条记录；未做任何修改。请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../model/workspace.py" line="489" />
            <source>The connection to the server {server} was lost while your change was being saved, so it may or may not have been saved. Your edit is kept: once the server answers, it says whether the change was saved, and the edit is tried again only if it was not, never saved twice.</source>
            <translation>保存你的修改时与服务器 {server} 的连接中断，修改可能已保存，也可能未保存。你的修改已保留：服务器恢复响应后会告知修改是否已保存，只有未保存时才会重试，绝不会保存两次。</translation>
        </message>
        <message>
            <location filename="../../model/workspace.py" line="498" />
            <source>The connection to the server {server} was lost; nothing was saved. Your edit is kept: it can be tried again once the server answers ({detail}).</source>
            <translation>与服务器 {server} 的连接中断，未保存任何内容。你的修改已保留，服务器恢复响应后可以再次尝试（{detail}）。</translation>
        </message>
        <message>
            <location filename="../../model/workspace.py" line="673" />
            <source>Cannot create the folder for {path}: {reason}</source>
            <translation>无法为 {path} 创建文件夹：{reason}</translation>
        </message>
        <message>
            <location filename="../../model/workspace.py" line="678" />
            <source>{path} is an empty file, not a workspace; nothing was changed. Create a new workspace under another name.</source>
            <translation>{path} 是空文件，不是工作区；未做任何修改。请用其他名称新建工作区。</translation>
        </message>
        <message>
            <location filename="../../model/workspace.py" line="685" />
            <source>{path} is a database of another application (its schema version is '{schema}'), not a Key Account Navigator workspace; nothing was changed.</source>
            <translation>{path} 是其他应用程序的数据库（数据结构版本为“{schema}”），不是大客户导航的工作区；未做任何修改。</translation>
        </message>
        <message>
            <location filename="../../model/workspace.py" line="692" />
            <source>{path} was saved by a newer version of Key Account Navigator (schema {schema}). Update the application to open it; the file was not changed.</source>
            <translation>{path} 由更新版本的大客户导航保存（数据结构版本 {schema}）。请升级应用程序后再打开；文件未被修改。</translation>
        </message>
        <message>
            <location filename="../../model/workspace.py" line="771" />
            <source>{path} needs an upgrade to this version, but {why_label}. Copy it to a folder you can write to, or ask for write access; nothing was changed.</source>
            <translation>{path} 需要升级到本版本，但{why_label}。请把它复制到有写入权限的文件夹，或申请写入权限；未做任何修改。</translation>
        </message>
        <message>
            <location filename="../../model/workspace.py" line="798" />
            <source>{path} could not be upgraded to this version: {rows}. The file was left exactly as it was; a backup made before the attempt is at {backup}.</source>
            <translation>{path} 无法升级到本版本：{rows}。文件保持原样；升级前所做的备份位于 {backup}。</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="64" />
            <location filename="../../desktop/exporting/dialogs.py" line="144" />
            <source>Export the workspace</source>
            <translation>导出工作区</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="68" />
            <source>JSON keeps everything and loads back into an empty workspace. Excel and CSV give one sheet or file per table, for reading in a spreadsheet.</source>
            <translation>JSON 保留全部数据，可载入到空工作区。Excel 和 CSV 每张表一个工作表或文件，便于在电子表格中查看。</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="79" />
            <source>JSON (lossless)</source>
            <translation>JSON（无损）</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="80" />
            <source>Excel workbook</source>
            <translation>Excel 工作簿</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="81" />
            <source>CSV folder</source>
            <translation>CSV 文件夹</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="90" />
            <source>Format:</source>
            <translation>格式：</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="93" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="99" />
            <source>Save as:</source>
            <translation>保存为：</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="101" />
            <source>Include personal attributes of customer people</source>
            <translation>包含客户人员的个人信息</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="105" />
            <source>Age, gender, character, career, hobbies, family, education: left out unless you tick this, as the file may travel further than the team.</source>
            <translation>年龄、性别、性格、职业经历、爱好、家庭、教育：除非勾选此项，否则不导出，因为文件可能流传到团队之外。</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="113" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="136" />
            <source>Folder for the CSV files</source>
            <translation>存放 CSV 文件的文件夹</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="140" />
            <source>Workspace export (*.json)</source>
            <translation>工作区导出文件 (*.json)</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/dialogs.py" line="141" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>ExportMenu</name>
        <message>
            <location filename="../../desktop/exporting/menu.py" line="29" />
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/menu.py" line="31" />
            <source>Export the workspace as JSON (lossless), an Excel workbook or CSV files</source>
            <translation>将工作区导出为 JSON（无损）、Excel 工作簿或 CSV 文件</translation>
        </message>
    </context>
    <context>
        <name>ExportWorkspace</name>
        <message>
            <location filename="../../desktop/exporting/workspace.py" line="61" />
            <location filename="../../desktop/exporting/workspace.py" line="72" />
            <location filename="../../desktop/exporting/workspace.py" line="79" />
            <source>Export the workspace</source>
            <translation>导出工作区</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/workspace.py" line="62" />
            <source>Exporting the workspace…</source>
            <translation>正在导出工作区…</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/workspace.py" line="63" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/workspace.py" line="68" />
            <source>Export cancelled; nothing was written.</source>
            <translation>导出已取消；未写入任何文件。</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/workspace.py" line="73" />
            <source>Cannot write {path}: {reason}. Nothing was written.</source>
            <translation>无法写入 {path}：{reason}。未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/workspace.py" line="82" />
            <source>Exported {rows} rows of {tables} tables to {path}, with personal attributes.</source>
            <translation>已将 {tables} 张表的 {rows} 行导出到 {path}，含个人信息。</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/workspace.py" line="84" />
            <source>Exported {rows} rows of {tables} tables to {path}.</source>
            <translation>已将 {tables} 张表的 {rows} 行导出到 {path}。</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../desktop/board/filter_bar.py" line="64" />
            <source>Search deals, accounts, owners…</source>
            <translation>搜索项目、客户、负责人…</translation>
        </message>
        <message>
            <location filename="../../desktop/board/filter_bar.py" line="68" />
            <source>Every word must appear in the deal, account, owner, region or industry (Ctrl+F)</source>
            <translation>每个词都须出现在项目、客户、负责人、区域或行业中（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../desktop/board/filter_bar.py" line="72" />
            <source>Only the deals of this owner</source>
            <translation>只看该负责人的项目</translation>
        </message>
        <message>
            <location filename="../../desktop/board/filter_bar.py" line="73" />
            <source>Only the deals of this account</source>
            <translation>只看该客户的项目</translation>
        </message>
        <message>
            <location filename="../../desktop/board/filter_bar.py" line="80" />
            <source>Only accounts in this region (and the regions inside it)</source>
            <translation>只看该区域（含其下各级区域）的客户</translation>
        </message>
        <message>
            <location filename="../../desktop/board/filter_bar.py" line="81" />
            <source>Only accounts of this industry</source>
            <translation>只看该行业的客户</translation>
        </message>
        <message>
            <location filename="../../desktop/board/filter_bar.py" line="82" />
            <source>Only deals expected to close in this quarter</source>
            <translation>只看预计在该季度成交的项目</translation>
        </message>
        <message>
            <location filename="../../desktop/board/filter_bar.py" line="85" />
            <source>Max</source>
            <translation>最高</translation>
        </message>
        <message>
            <location filename="../../desktop/board/filter_bar.py" line="85" />
            <source>Min</source>
            <translation>最低</translation>
        </message>
        <message>
            <location filename="../../desktop/board/filter_bar.py" line="88" />
            <location filename="../../desktop/board/filter_bar.py" line="214" />
            <source>Amount range; 300k, 1.5M, 120万 and 2亿 are understood</source>
            <translation>金额范围；可输入 300k、1.5M、120万、2亿 等写法</translation>
        </message>
        <message>
            <location filename="../../desktop/board/filter_bar.py" line="90" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location filename="../../desktop/board/filter_bar.py" line="91" />
            <source>Show every deal again</source>
            <translation>重新显示全部项目</translation>
        </message>
        <message>
            <location filename="../../desktop/board/filter_bar.py" line="102" />
            <source>Split each column into swimlanes</source>
            <translation>把每一列分成泳道</translation>
        </message>
        <message>
            <location filename="../../desktop/board/filter_bar.py" line="105" />
            <source>Order of the cards within a column</source>
            <translation>列内卡片的排列顺序</translation>
        </message>
        <message>
            <location filename="../../desktop/board/filter_bar.py" line="150" />
            <source>All owners</source>
            <translation>全部负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/board/filter_bar.py" line="151" />
            <source>No owner</source>
            <translation>无负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/board/filter_bar.py" line="153" />
            <source>All accounts</source>
            <translation>全部客户</translation>
        </message>
        <message>
            <location filename="../../desktop/board/filter_bar.py" line="156" />
            <source>All regions</source>
            <translation>全部区域</translation>
        </message>
        <message>
            <location filename="../../desktop/board/filter_bar.py" line="161" />
            <source>All industries</source>
            <translation>全部行业</translation>
        </message>
        <message>
            <location filename="../../desktop/board/filter_bar.py" line="166" />
            <source>Any close date</source>
            <translation>不限成交日期</translation>
        </message>
        <message>
            <location filename="../../desktop/board/filter_bar.py" line="167" />
            <source>No close date</source>
            <translation>未定成交日期</translation>
        </message>
        <message>
            <location filename="../../desktop/board/filter_bar.py" line="212" />
            <source>Not an amount: try 300k, 1.5M, 120万 or 2亿</source>
            <translation>不是有效金额：可试试 300k、1.5M、120万 或 2亿</translation>
        </message>
    </context>
    <context>
        <name>Forecast</name>
        <message>
            <location filename="../../desktop/dashboards/override_dialog.py" line="47" />
            <source>Commit</source>
            <translation>确定</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/override_dialog.py" line="48" />
            <source>Best case</source>
            <translation>乐观</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/override_dialog.py" line="49" />
            <source>Pipeline</source>
            <translation>储备</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/override_dialog.py" line="50" />
            <source>Left out</source>
            <translation>不计入</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/override_dialog.py" line="57" />
            <source>Counted on to close in the period (by default P6 and P7)</source>
            <translation>有把握在本期成交（默认 P6 和 P7）</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/override_dialog.py" line="58" />
            <source>Could close in the period if things go well (by default P5)</source>
            <translation>进展顺利即可在本期成交（默认 P5）</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/override_dialog.py" line="59" />
            <source>Valid opportunities still being worked (by default P3 and P4)</source>
            <translation>仍在推进中的有效商机（默认 P3 和 P4）</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/override_dialog.py" line="60" />
            <source>Not counted in the forecast (by default P1 and P2)</source>
            <translation>不计入预测（默认 P1 和 P2）</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/override_dialog.py" line="89" />
            <source>Override forecast</source>
            <translation>调整预测</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/override_dialog.py" line="93" />
            <source>{deal} ({account}), {stage}: by its stage the forecast puts it in “{category}”. Say how you see it and why.</source>
            <translation>{deal}（{account}），{stage}：按阶段，预测将其归入“{category}”。请给出你的判断和理由。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/override_dialog.py" line="112" />
            <source>Category</source>
            <translation>预测类别</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/override_dialog.py" line="116" />
            <source>Leave unticked to keep the deal's own amount</source>
            <translation>不勾选则沿用项目本身的金额</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/override_dialog.py" line="129" />
            <source>Another amount</source>
            <translation>改用金额</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/override_dialog.py" line="133" />
            <source>Leave unticked to keep the deal's expected close</source>
            <translation>不勾选则沿用项目的预计成交日期</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/override_dialog.py" line="145" />
            <source>Another close day</source>
            <translation>改用成交日期</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/override_dialog.py" line="150" />
            <source>Why: what you know that the stage does not show (required)</source>
            <translation>原因：你掌握而阶段体现不出的情况（必填）</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/override_dialog.py" line="156" />
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/override_dialog.py" line="163" />
            <source>Override</source>
            <translation>调整</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/override_dialog.py" line="174" />
            <source>Write a note saying why</source>
            <translation>请写明调整原因</translation>
        </message>
    </context>
    <context>
        <name>ForecastTab</name>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="98" />
            <source>Amounts in {base}, the workspace's base currency.</source>
            <translation>金额以工作区本位币 {base} 计。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="100" />
            <source>Left out for want of a rate: {codes} (set the rates in Settings).</source>
            <translation>因缺少汇率未计入：{codes}（请在设置中填写汇率）。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="134" />
            <source>Deal</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="135" />
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="136" />
            <location filename="../../desktop/dashboards/forecast_tab.py" line="351" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="137" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="138" />
            <source>Category</source>
            <translation>预测类别</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="139" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="140" />
            <source>In base</source>
            <translation>本位币金额</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="140" />
            <source>In {base}</source>
            <translation>折合 {base}</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="141" />
            <source>Probability</source>
            <translation>赢单概率</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="142" />
            <location filename="../../desktop/dashboards/forecast_tab.py" line="321" />
            <source>Weighted</source>
            <translation>加权金额</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="143" />
            <source>Close</source>
            <translation>预计成交</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="148" />
            <source>The deal; double-click opens it on the board</source>
            <translation>项目；双击在漏斗看板中打开</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="149" />
            <source>The customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="150" />
            <source>Who owns the deal</source>
            <translation>项目负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="151" />
            <source>The deal's stage</source>
            <translation>项目所处阶段</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="152" />
            <source>Commit, best case or pipeline: by the stage, or a manager's override (✎)</source>
            <translation>确定、乐观或储备：按阶段划分，或由经理调整（✎）</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="153" />
            <source>The amount the forecast counts, in the deal's own currency</source>
            <translation>预测计入的金额，以项目本身的币种计</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="154" />
            <source>The same amount in the base currency (empty: no rate for its currency)</source>
            <translation>折算为本位币的金额（为空：该币种没有汇率）</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="155" />
            <source>The probability in force for the deal's stage</source>
            <translation>项目所处阶段当前生效的赢单概率</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="156" />
            <source>Amount in base × probability</source>
            <translation>本位币金额 × 赢单概率</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="157" />
            <source>The expected close day (a manager's override wins)</source>
            <translation>预计成交日期（以经理调整为准）</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="171" />
            <source>Overridden by a manager: {note}</source>
            <translation>经理已调整：{note}</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="174" />
            <source>No rate for {code}: left out of the totals</source>
            <translation>{code} 没有汇率：未计入合计</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="303" />
            <source>Won</source>
            <translation>已赢单</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="343" />
            <source>Per</source>
            <translation>按</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="346" />
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="347" />
            <source>Quarter</source>
            <translation>季度</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="348" />
            <source>Cut the forecast into months or quarters</source>
            <translation>按月或按季度划分预测</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="354" />
            <source>The whole team's forecast, or one member's deals</source>
            <translation>整个团队的预测，或某一成员的项目</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="362" />
            <source>Take snapshot</source>
            <translation>保存快照</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="365" />
            <source>Keep what the forecast says now, to measure later how accurate it was</source>
            <translation>保存当前的预测，以便日后衡量其准确度</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="369" />
            <source>Snapshots and accuracy…</source>
            <translation>快照与准确度…</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="372" />
            <source>What each snapshot said against what was won: bias and error per period and owner</source>
            <translation>各快照的预测与实际赢单的对比：按期间和负责人列出偏差与误差</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="394" />
            <source>Show all</source>
            <translation>显示全部</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="401" />
            <source>Override forecast…</source>
            <translation>调整预测…</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="404" />
            <source>Put the selected deal in another category, with another amount or close day</source>
            <translation>将所选项目归入其他类别，或改用其他金额、成交日期</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="408" />
            <source>Clear override</source>
            <translation>取消调整</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="410" />
            <source>Let the deal's stage decide its category again</source>
            <translation>重新由项目阶段决定其预测类别</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="440" />
            <source>No open deal is expected to close in these periods. Give your valid opportunities (P3 and later) an expected close on the board, and they are forecast here.</source>
            <translation>这些期间内没有预计成交的进行中项目。在漏斗看板上为有效商机（P3 及以后）填写预计成交日期，它们就会出现在这里的预测中。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="464" />
            <source>Everyone</source>
            <translation>全部成员</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="503" />
            <source>{n} open deals have no expected close (listed below, not in the chart).</source>
            <translation>{n} 个进行中的项目没有预计成交日期（列在下方，未计入图表）。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="509" />
            <source>{n} open deals were expected to close before these periods.</source>
            <translation>{n} 个进行中的项目原定在这些期间之前成交。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="520" />
            <source>{n} deals behind the forecast</source>
            <translation>预测所含项目：{n} 个</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="522" />
            <source>Deals behind the forecast</source>
            <translation>预测所含项目</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="537" />
            <source>Nothing to forecast yet: give open deals an expected close, and win some, to see the forecast against what was won.</source>
            <translation>暂无可预测的内容：为进行中的项目填写预计成交日期，并赢得一些项目，即可看到预测与实际赢单的对比。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="557" />
            <source>Forecast against won per quarter, in {base}</source>
            <translation>每季度预测与实际赢单对比（{base}）</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="559" />
            <source>Forecast against won per month, in {base}</source>
            <translation>每月预测与实际赢单对比（{base}）</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="568" />
            <source>Showing the deals of {bar}.</source>
            <translation>仅显示“{bar}”的项目。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="613" />
            <source>Override the forecast of “{deal}”</source>
            <translation>调整“{deal}”的预测</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="630" />
            <source>Clear the forecast override of “{deal}”</source>
            <translation>取消“{deal}”的预测调整</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="634" />
            <source>Take a forecast snapshot</source>
            <translation>保存预测快照</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/forecast_tab.py" line="636" />
            <source>Forecast snapshot taken</source>
            <translation>已保存预测快照</translation>
        </message>
    </context>
    <context>
        <name>FunnelTab</name>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="84" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="85" />
            <source>Quarter</source>
            <translation>季度</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="86" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="87" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="88" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="89" />
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="90" />
            <source>Lead channel</source>
            <translation>线索渠道</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="96" />
            <source>No grouping</source>
            <translation>不分组</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="97" />
            <source>By month</source>
            <translation>按月</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="98" />
            <source>By quarter</source>
            <translation>按季度</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="99" />
            <source>By year</source>
            <translation>按年</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="100" />
            <source>By owner</source>
            <translation>按负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="101" />
            <source>By industry</source>
            <translation>按行业</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="102" />
            <source>By region</source>
            <translation>按地区</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="103" />
            <source>By lead channel</source>
            <translation>按线索渠道</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="109" />
            <source>learned</source>
            <translation>据实学习</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="110" />
            <source>method</source>
            <translation>方法默认值</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="111" />
            <source>set by hand</source>
            <translation>手工设定</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="125" />
            <source>any</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="152" />
            <source>Deals that entered the funnel on or after this day</source>
            <translation>在此日期当天或之后进入漏斗的项目</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="153" />
            <source>Deals that entered the funnel on or before this day</source>
            <translation>在此日期当天或之前进入漏斗的项目</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="165" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="166" />
            <source>To</source>
            <translation>到</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="196" />
            <source>Compare the win rate and cycle of groups of deals</source>
            <translation>比较各组项目的赢单率和周期</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="201" />
            <location filename="../../desktop/dashboards/funnel_tab.py" line="206" />
            <source>No deal entered the funnel in this period. Add deals on the funnel board.</source>
            <translation>此期间没有项目进入漏斗。请在漏斗看板上添加项目。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="203" />
            <source>Deals that entered each stage</source>
            <translation>进入各阶段的项目数</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="208" />
            <source>Conversion rate per stage</source>
            <translation>各阶段转化率</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="211" />
            <source>Move deals on the funnel board to see how long they stay in each stage.</source>
            <translation>在漏斗看板上推进项目，即可看到项目在各阶段停留多久。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="213" />
            <source>Days in stage (mean and median)</source>
            <translation>阶段停留天数（平均值与中位数）</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="215" />
            <source>Close some deals to see the win rate per group.</source>
            <translation>关闭一些项目后即可看到各组的赢单率。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="267" />
            <source>All owners</source>
            <translation>全部负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="268" />
            <source>All industries</source>
            <translation>全部行业</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="269" />
            <source>All regions</source>
            <translation>全部地区</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="272" />
            <source>All lead channels</source>
            <translation>全部线索渠道</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="338" />
            <source>Win rate — {grouping}</source>
            <translation>赢单率 — {grouping}</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="353" />
            <source>No deal closed yet with these filters: win rate and cycle length follow.</source>
            <translation>按当前筛选条件尚无已关闭的项目；赢单率和周期将随之显示。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="356" />
            <source>Win rate {win} ({won} won of {closed} closed) · cycle length: none measured yet (a won deal whose stage history starts in this workspace)</source>
            <translation>赢单率 {win}（已关闭 {closed} 个，赢单 {won} 个）· 成交周期：尚无可测量的（需要阶段历史从本工作区开始的赢单项目）</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="362" />
            <source>Win rate {win} ({won} won of {closed} closed) · cycle from first stage to won: mean {mean} days, median {median} days</source>
            <translation>赢单率 {win}（已关闭 {closed} 个，赢单 {won} 个）· 从首个阶段到赢单的周期：平均 {mean} 天，中位 {median} 天</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="388" />
            <source>deals</source>
            <translation>项目数</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="406" />
            <source>% moved on</source>
            <translation>推进比例 %</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="421" />
            <source>mean</source>
            <translation>平均值</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="426" />
            <source>median</source>
            <translation>中位数</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="430" />
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="451" />
            <source>% won (closed deals)</source>
            <translation>赢单率 %（已关闭数）</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="462" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="463" />
            <source>Entered</source>
            <translation>进入</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="464" />
            <source>Moved on</source>
            <translation>推进</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="465" />
            <source>Lost</source>
            <translation>丢单</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="466" />
            <source>Conversion</source>
            <translation>转化率</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="467" />
            <source>Mean days</source>
            <translation>平均天数</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="468" />
            <source>Median days</source>
            <translation>中位天数</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="469" />
            <source>Probability</source>
            <translation>当前生效概率</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="489" />
            <source>{p} · {source} ({n})</source>
            <translation>{p} · {source}（{n} 个）</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="506" />
            <source>Entered P1</source>
            <translation>进入 P1</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="507" />
            <source>Entered P3</source>
            <translation>进入 P3</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="508" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="509" />
            <source>Won</source>
            <translation>已赢单</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="510" />
            <source>Win rate</source>
            <translation>赢单率</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="511" />
            <source>Mean cycle</source>
            <translation>平均周期</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/funnel_tab.py" line="512" />
            <source>Median cycle</source>
            <translation>中位周期</translation>
        </message>
    </context>
    <context>
        <name>GateDialog</name>
        <message>
            <location filename="../../desktop/board/gate_dialog.py" line="96" />
            <source>Data: {says}</source>
            <translation>数据：{says}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/gate_dialog.py" line="98" />
            <source>To do: {todo}</source>
            <translation>待办：{todo}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/gate_dialog.py" line="108" />
            <source>Answered by the deal's data, not by a tick ({id})</source>
            <translation>由项目数据判定，无需勾选（{id}）</translation>
        </message>
        <message>
            <location filename="../../desktop/board/gate_dialog.py" line="149" />
            <source>Stage gate</source>
            <translation>阶段关卡</translation>
        </message>
        <message>
            <location filename="../../desktop/board/gate_dialog.py" line="154" />
            <source>Move “{deal}” from {src} to {dst}?</source>
            <translation>将“{deal}”从{src}推进到{dst}吗？</translation>
        </message>
        <message>
            <location filename="../../desktop/board/gate_dialog.py" line="167" />
            <source>The method asks for the following before the deal moves on. Tick what has been done, or force the move with a reason; the history keeps both. What the deal's data answers (✗) cannot be ticked: change the data first.</source>
            <translation>按方法要求，项目推进前须完成以下各项。勾选已完成的，或填写原因后强制推进；两者都会记入历史。由项目数据判定的项（✗）不能勾选：请先更新数据。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/gate_dialog.py" line="183" />
            <source>Exit criteria of {stage}</source>
            <translation>{stage}的出口标准</translation>
        </message>
        <message>
            <location filename="../../desktop/board/gate_dialog.py" line="193" />
            <source>Tick it if it has been done: {id}</source>
            <translation>已完成则勾选：{id}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/gate_dialog.py" line="199" />
            <source>Five elements not verified yet (needed from P3 on)</source>
            <translation>五要素尚未核实（从 P3 起必须核实）</translation>
        </message>
        <message>
            <location filename="../../desktop/board/gate_dialog.py" line="203" />
            <source>Verify them in the deal panel: who checked, how and when.</source>
            <translation>请在项目面板中核实：由谁、以何种方式、在何时核实。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/gate_dialog.py" line="206" />
            <source>Rules not met</source>
            <translation>未满足的规则</translation>
        </message>
        <message>
            <location filename="../../desktop/board/gate_dialog.py" line="210" />
            <source>Still without a senior visit: {roles}</source>
            <translation>尚无高层拜访：{roles}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/gate_dialog.py" line="231" />
            <source>Reason for forcing the move (kept in the history)</source>
            <translation>强制推进的原因（会记入历史）</translation>
        </message>
        <message>
            <location filename="../../desktop/board/gate_dialog.py" line="236" />
            <source>Move</source>
            <translation>推进</translation>
        </message>
        <message>
            <location filename="../../desktop/board/gate_dialog.py" line="237" />
            <source>Enabled once every requirement above is met</source>
            <translation>满足以上全部要求后才可用</translation>
        </message>
        <message>
            <location filename="../../desktop/board/gate_dialog.py" line="238" />
            <source>Force move</source>
            <translation>强制推进</translation>
        </message>
        <message>
            <location filename="../../desktop/board/gate_dialog.py" line="240" />
            <source>Move although requirements are unmet; needs a reason</source>
            <translation>在要求未满足时仍然推进；须填写原因</translation>
        </message>
    </context>
    <context>
        <name>ImportMenu</name>
        <message>
            <location filename="../../desktop/importing/menu.py" line="28" />
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/menu.py" line="31" />
            <source>Import accounts, people, deals or activities from a CSV or Excel file</source>
            <translation>从 CSV 或 Excel 文件导入客户、人员、项目或活动</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/menu.py" line="42" />
            <source>This workspace is open read-only: nothing can be imported</source>
            <translation>此工作区以只读方式打开：无法导入</translation>
        </message>
    </context>
    <context>
        <name>ImportRule</name>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="855" />
            <source>the same as an earlier row of the file</source>
            <translation>与文件中前面的某一行相同</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="856" />
            <source>the same account name once legal forms, width, case and punctuation are set aside</source>
            <translation>去掉公司类型后缀（如有限公司、Co., Ltd.）并忽略全半角、大小写和标点后，客户名称相同</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="860" />
            <source>the same name at the same account, with the same phone or e-mail</source>
            <translation>同一客户下姓名相同，且电话或电子邮件相同</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="863" />
            <source>a deal of the same name at the same account</source>
            <translation>同一客户下同名的项目</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="864" />
            <source>the same day, kind, deal and summary at the same account</source>
            <translation>同一客户下日期、类型、项目和摘要都相同</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../desktop/importing/commands.py" line="63" />
            <source>Importing {rows} rows…</source>
            <translation>正在导入 {rows} 行…</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/commands.py" line="79" />
            <source>Importing {file} again…</source>
            <translation>正在重新导入 {file}…</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/commands.py" line="91" />
            <source>Taking back the import of {file}…</source>
            <translation>正在撤回 {file} 的导入…</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/commands.py" line="118" />
            <location filename="../../desktop/importing/wizard.py" line="376" />
            <location filename="../../desktop/importing/wizard.py" line="690" />
            <location filename="../../desktop/importing/wizard.py" line="948" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/commands.py" line="119" />
            <location filename="../../desktop/importing/wizard.py" line="374" />
            <location filename="../../desktop/importing/wizard.py" line="688" />
            <location filename="../../desktop/importing/wizard.py" line="936" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/models.py" line="124" />
            <source>— not imported —</source>
            <translation>— 不导入 —</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/models.py" line="137" />
            <source>(column {number} has no name)</source>
            <translation>（第 {number} 列没有列名）</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/models.py" line="142" />
            <location filename="../../desktop/importing/models.py" line="190" />
            <source>Choose the field this column fills; * marks a required field</source>
            <translation>选择这一列填入的字段；* 表示必填字段</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/models.py" line="170" />
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/models.py" line="170" />
            <source>Goes into</source>
            <translation>导入到</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/models.py" line="170" />
            <source>Sample values</source>
            <translation>示例值</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/models.py" line="173" />
            <source>The column's name in the file's first row</source>
            <translation>文件第一行中的列名</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/models.py" line="174" />
            <source>The field of the workspace this column fills; * marks a required field</source>
            <translation>这一列填入的工作区字段；* 表示必填字段</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/models.py" line="175" />
            <source>The first values of this column in the file</source>
            <translation>文件中这一列的前几个值</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="80" />
            <source>Accounts</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="81" />
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="82" />
            <source>Deals</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="83" />
            <source>Activities</source>
            <translation>活动</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="89" />
            <source>Year, month, day (2027-01-05, 2027年1月5日)</source>
            <translation>年、月、日（2027-01-05，2027年1月5日）</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="90" />
            <source>Month/day/year (01/05/2027, as in the US)</source>
            <translation>月/日/年（01/05/2027，美国写法）</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="91" />
            <source>Day/month/year (05/01/2027)</source>
            <translation>日/月/年（05/01/2027）</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="97" />
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="98" />
            <source>Merged</source>
            <translation>合并</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="99" />
            <source>Skipped</source>
            <translation>跳过</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="100" />
            <source>Rejected</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="218" />
            <source>Choose the file</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="219" />
            <source>A CSV or Excel (.xlsx) file with the column names in its first row and one record per row, such as an export from another CRM or a spreadsheet.</source>
            <translation>CSV 或 Excel（.xlsx）文件：第一行是列名，每行一条记录，例如从其他 CRM 导出的文件或电子表格。</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="228" />
            <source>No file chosen yet</source>
            <translation>尚未选择文件</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="229" />
            <source>&amp;Choose…</source>
            <translation>选择(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="231" />
            <source>Choose a .csv or .xlsx file to import</source>
            <translation>选择要导入的 .csv 或 .xlsx 文件</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="239" />
            <source>The sheet of the workbook whose rows are imported</source>
            <translation>要导入其中各行的工作表</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="243" />
            <source>How the file's text is encoded. Found automatically (UTF-8 first, then GB18030); choose another if names look garbled.</source>
            <translation>文件文本的编码。自动识别（先试 UTF-8，再试 GB18030）；如果名称显示为乱码，请选择其他编码。</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="249" />
            <location filename="../../desktop/importing/wizard.py" line="310" />
            <source>UTF-8 with BOM</source>
            <translation>UTF-8（带 BOM）</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="250" />
            <location filename="../../desktop/importing/wizard.py" line="311" />
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="251" />
            <location filename="../../desktop/importing/wizard.py" line="312" />
            <source>GB18030 (GBK, Chinese Windows)</source>
            <translation>GB18030（GBK，中文 Windows）</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="255" />
            <source>The character between the columns; found automatically, or choose it</source>
            <translation>列与列之间的字符；自动识别，也可手动选择</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="262" />
            <source>&amp;Sheet:</source>
            <translation>工作表(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="263" />
            <source>&amp;Encoding:</source>
            <translation>编码(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="264" />
            <source>&amp;Delimiter:</source>
            <translation>分隔符(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="267" />
            <source>No file chosen yet. Click Choose… and pick a .csv or .xlsx file; the next step shows what its columns will become.</source>
            <translation>尚未选择文件。点击“选择…”并选取 .csv 或 .xlsx 文件；下一步会显示各列将导入到哪里。</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="287" />
            <source>Comma ( , )</source>
            <translation>逗号（ , ）</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="288" />
            <source>Semicolon ( ; )</source>
            <translation>分号（ ; ）</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="289" />
            <source>Tab</source>
            <translation>制表符</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="290" />
            <source>Vertical bar ( | )</source>
            <translation>竖线（ | ）</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="295" />
            <source>Automatic: {found}</source>
            <translation>自动：{found}</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="300" />
            <location filename="../../desktop/importing/wizard.py" line="304" />
            <source>Automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="325" />
            <source>Import from a file</source>
            <translation>从文件导入</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="360" />
            <source>{file} cannot be read ({detail}). Check that it is there and not in use.</source>
            <translation>无法读取 {file}（{detail}）。请确认文件存在且未被占用。</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="375" />
            <source>Reading {file}…</source>
            <translation>正在读取 {file}…</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="383" />
            <source>Reading the file was cancelled.</source>
            <translation>已取消读取文件。</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="395" />
            <source>Read from {file}: rows {rows}, columns {columns}.</source>
            <translation>已从 {file} 读取：{rows} 行，{columns} 列。</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="399" />
            <source>Dates in the {system} date system.</source>
            <translation>日期采用 {system} 日期系统。</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="403" />
            <source>{file} has column names but no rows below them: there is nothing to import.</source>
            <translation>{file} 只有列名，下面没有数据行：没有可导入的内容。</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="429" />
            <source>What the rows are, and where each column goes</source>
            <translation>各行是什么，各列导入到哪里</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="430" />
            <source>Guessed from the column names; change any of them. Columns left “not imported” are ignored.</source>
            <translation>根据列名自动推测，可逐项修改。设为“不导入”的列将被忽略。</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="437" />
            <source>What each row of the file describes</source>
            <translation>文件中每一行描述的是什么</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="444" />
            <source>How the file writes dates whose numbers alone do not say (01/05/2027)</source>
            <translation>当日期仅凭数字无法判断时（如 01/05/2027），文件采用哪种写法</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="451" />
            <source>Each &amp;row is one of:</source>
            <translation>每一行是(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="452" />
            <source>&amp;Dates are written:</source>
            <translation>日期写法(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="570" />
            <source>Still to choose (required): {fields}.</source>
            <translation>尚需选择（必填）：{fields}。</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="574" />
            <source>Each field takes one column; chosen more than once: {fields}.</source>
            <translation>每个字段只能对应一列；以下字段被选了多次：{fields}。</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="578" />
            <source>Required fields (*) all have a column: {fields}.</source>
            <translation>必填字段（*）都已对应到列：{fields}。</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="594" />
            <source>Preview: what the import would do</source>
            <translation>预览：导入将会做什么</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="595" />
            <source>A dry run over every row: nothing is written until you click Import.</source>
            <translation>逐行试运行：点击“导入”之前不会写入任何数据。</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="608" />
            <source>In the file</source>
            <translation>文件中</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="608" />
            <location filename="../../desktop/importing/wizard.py" line="610" />
            <location filename="../../desktop/importing/wizard.py" line="611" />
            <source>Line</source>
            <translation>行号</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="608" />
            <source>Merges into</source>
            <translation>合并到</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="608" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="610" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="610" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="610" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="611" />
            <source>Row</source>
            <translation>行内容</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="611" />
            <source>What happens</source>
            <translation>处理方式</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="618" />
            <source>No duplicates: no row matches a record already there or another row of the file.</source>
            <translation>没有重复：没有任何行与已有记录或文件中的其他行相同。</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="621" />
            <source>No rejected rows: every row can be imported.</source>
            <translation>没有被拒绝的行：每一行都可以导入。</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="623" />
            <source>The file has no rows.</source>
            <translation>文件中没有数据行。</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="628" />
            <source>Rows that match a record already in the workspace, or an earlier row</source>
            <translation>与工作区中已有记录或文件中前面某行相同的行</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="630" />
            <source>Rows left out, with the line, column, value and reason</source>
            <translation>未导入的行，包括行号、列、值和原因</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="631" />
            <source>What happens to each row of the file</source>
            <translation>文件中每一行将如何处理</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="632" />
            <source>&amp;Save error file…</source>
            <translation>保存错误文件(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="635" />
            <source>Save the rejected rows as a CSV file to correct them (personal notes left out)</source>
            <translation>将被拒绝的行保存为 CSV 文件以便修改（不含个人备注）</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="689" />
            <source>Checking {rows} rows…</source>
            <translation>正在检查 {rows} 行…</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="695" />
            <source>The preview was cancelled; nothing was written.</source>
            <translation>预览已取消，未写入任何数据。</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="713" />
            <source>Checking the rows…</source>
            <translation>正在检查各行…</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="716" />
            <source>{create} new · {merge} merged · {skip} skipped · {reject} rejected</source>
            <translation>新建 {create} · 合并 {merge} · 跳过 {skip} · 拒绝 {reject}</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="721" />
            <source>New: records the import creates. Merged: rows that fill in a record already there. Skipped: rows with nothing new (imported before). Rejected: rows left out, listed with their reasons.</source>
            <translation>新建：导入将创建的记录。合并：为已有记录补充内容的行。跳过：没有新内容的行（此前已导入）。拒绝：未导入的行，并列出原因。</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="735" />
            <source>Duplicates ({count})</source>
            <translation>重复（{count}）</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="735" />
            <source>Rejected rows ({count})</source>
            <translation>被拒绝的行（{count}）</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="736" />
            <source>All rows ({count})</source>
            <translation>全部行（{count}）</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="746" />
            <source>No row would be created or merged: there is nothing to import.</source>
            <translation>没有可新建或合并的行：没有可导入的内容。</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="748" />
            <source>Import the new and merged rows as one step (undo takes it back)</source>
            <translation>将新建和合并的行作为一步导入（撤销可整体撤回）</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="769" />
            <source>Save the rejected rows</source>
            <translation>保存被拒绝的行</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="771" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="785" />
            <source>The error file could not be saved ({detail}).</source>
            <translation>无法保存错误文件（{detail}）。</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="791" />
            <source>Rejected rows saved to {file}.</source>
            <translation>被拒绝的行已保存到 {file}。</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="802" />
            <source>New accounts the rows name, created too ({count}): {names}</source>
            <translation>文件中提到的新客户，将一并新建（{count}）：{names}</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="806" />
            <source>New competitors the rows name, created too ({count}): {names}</source>
            <translation>文件中提到的新竞争对手，将一并新建（{count}）：{names}</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="810" />
            <source>New team members the rows name as owners, created too ({count}): {names}</source>
            <translation>文件中作为负责人出现、尚不是团队成员的人，将一并创建（{count}）：{names}</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="812" />
            <source>Not imported (no such field here): {names}</source>
            <translation>不导入（本工作区没有此字段）：{names}</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="829" />
            <source>fills {fields}</source>
            <translation>补充 {fields}</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="834" />
            <source>keeps {field} “{current}” (the file says “{incoming}”)</source>
            <translation>保留{field}“{current}”（文件中为“{incoming}”）</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="841" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="882" />
            <source>{name} (line {line} of this file)</source>
            <translation>{name}（本文件第 {line} 行）</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="883" />
            <source>{name} (already in the workspace)</source>
            <translation>{name}（工作区中已有）</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="898" />
            <source>(personal, not shown)</source>
            <translation>（个人信息，不显示）</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="945" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="946" />
            <source>&amp;Next &gt;</source>
            <translation>下一步(&amp;N) &gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="947" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; 上一步(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="957" />
            <source>Import of {file} ({create} new, {merge} merged)</source>
            <translation>导入 {file}（新建 {create}，合并 {merge}）</translation>
        </message>
        <message>
            <location filename="../../desktop/importing/wizard.py" line="966" />
            <source>The import was cancelled; nothing was written.</source>
            <translation>导入已取消，未写入任何数据。</translation>
        </message>
    </context>
    <context>
        <name>InstalmentDialog</name>
        <message>
            <location filename="../../desktop/board/payments.py" line="147" />
            <source>Add an instalment</source>
            <translation>添加回款期次</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="147" />
            <source>Edit an instalment</source>
            <translation>编辑回款期次</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="157" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="158" />
            <source>Due on</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="170" />
            <source>{share:.0%} of the contract value</source>
            <translation>占合同总额的 {share:.0%}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="172" />
            <source>{share:.0%} of the deal amount</source>
            <translation>占项目金额的 {share:.0%}</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../desktop/labels.py" line="60" />
            <source>Public organisation</source>
            <translation>公共组织</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="61" />
            <source>State-owned enterprise</source>
            <translation>国有企业</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="62" />
            <source>Foreign-owned or joint venture</source>
            <translation>外资/合资企业</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="63" />
            <source>Private enterprise</source>
            <translation>民营企业</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="67" />
            <source>Extra-large</source>
            <translation>特大型</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="68" />
            <source>Large</source>
            <translation>大型</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="69" />
            <source>Medium</source>
            <translation>中型</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="70" />
            <source>Small or micro</source>
            <translation>小型或微型</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="74" />
            <source>Direct</source>
            <translation>直销</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="75" />
            <source>Through a partner</source>
            <translation>经渠道伙伴</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="79" />
            <source>Sells and services on its own</source>
            <translation>自行销售并提供服务</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="80" />
            <source>OEM partner</source>
            <translation>OEM 型渠道伙伴</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="81" />
            <source>Relationship-only partner</source>
            <translation>只提供客户关系的渠道伙伴</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="85" />
            <source>Sales rep</source>
            <translation>销售代表</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="86" />
            <source>Presales</source>
            <translation>售前</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="87" />
            <source>Manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="88" />
            <source>Executive</source>
            <translation>高管</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="92" />
            <source>Key decision maker (KDM)</source>
            <translation>关键决策人（KDM）</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="93" />
            <source>Key influencer (KI)</source>
            <translation>关键影响者（KI）</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="94" />
            <source>Key user (KU)</source>
            <translation>关键使用者（KU）</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="95" />
            <source>Purchase lead contact (LEAD)</source>
            <translation>采购牵头部门联系人（LEAD）</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="96" />
            <source>Tender evaluator (EVAL)</source>
            <translation>招标评委（EVAL）</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="100" />
            <source>KDM</source>
            <translation>KDM</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="101" />
            <source>KI</source>
            <translation>KI</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="102" />
            <source>KU</source>
            <translation>KU</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="103" />
            <source>LEAD</source>
            <translation>牵头</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="104" />
            <source>EVAL</source>
            <translation>评委</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="108" />
            <source>Strong opponent</source>
            <translation>坚决反对</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="109" />
            <source>Opponent</source>
            <translation>反对</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="110" />
            <source>Neutral</source>
            <translation>中立</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="111" />
            <source>Supporter</source>
            <translation>支持</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="112" />
            <source>Strong supporter</source>
            <translation>坚定支持</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="119" />
            <source>Staff</source>
            <translation>基层员工</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="120" />
            <source>Middle management</source>
            <translation>中层管理</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="121" />
            <source>Senior management</source>
            <translation>高层管理</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="122" />
            <source>Top management</source>
            <translation>最高决策层</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="126" />
            <source>Rep level</source>
            <translation>销售代表层面</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="127" />
            <source>Manager level</source>
            <translation>经理层面</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="128" />
            <source>Executive level</source>
            <translation>高管层面</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="132" />
            <source>Open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="133" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="134" />
            <source>Lost</source>
            <translation>丢单</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="135" />
            <source>Shelved</source>
            <translation>搁置</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="139" />
            <source>Existing customer</source>
            <translation>老客户</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="140" />
            <source>New customer</source>
            <translation>新客户</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="141" />
            <source>Dormant customer</source>
            <translation>休眠客户</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="145" />
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="146" />
            <source>Contacted</source>
            <translation>已联系</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="147" />
            <source>Converted</source>
            <translation>已转化</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="148" />
            <source>Discarded</source>
            <translation>已放弃</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="152" />
            <source>Visit</source>
            <translation>拜访</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="153" />
            <source>Call</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="154" />
            <source>Mail</source>
            <translation>邮件</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="155" />
            <source>Event</source>
            <translation>市场活动</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="156" />
            <source>Demo</source>
            <translation>演示</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="157" />
            <source>Presentation</source>
            <translation>方案汇报</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="158" />
            <source>Reference-customer visit</source>
            <translation>参观样板客户</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="159" />
            <source>Visit to our headquarters</source>
            <translation>考察我方总部</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="160" />
            <source>Tender event</source>
            <translation>招标活动</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="161" />
            <location filename="../../desktop/labels.py" line="183" />
            <location filename="../../desktop/labels.py" line="195" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="165" />
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="166" />
            <source>Claimed, not verified</source>
            <translation>对方声称，尚未核实</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="167" />
            <source>Verified</source>
            <translation>已核实</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="171" />
            <source>In a visit</source>
            <translation>当面拜访</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="172" />
            <source>By phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="173" />
            <source>By mail</source>
            <translation>邮件</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="174" />
            <source>On WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="179" />
            <source>Leads the purchase</source>
            <translation>采购牵头部门</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="180" />
            <source>Influencing department</source>
            <translation>影响部门</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="181" />
            <source>Technical department</source>
            <translation>技术部门</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="182" />
            <source>Using department</source>
            <translation>使用部门</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="188" />
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="189" />
            <source>Relationship</source>
            <translation>关系</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="190" />
            <source>Product fit</source>
            <translation>产品匹配</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="191" />
            <source>Competitor</source>
            <translation>竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="192" />
            <source>No decision</source>
            <translation>客户未决策</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="193" />
            <source>Budget</source>
            <translation>预算</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="194" />
            <source>Timing</source>
            <translation>时机</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="200" />
            <source>Lower than ours</source>
            <translation>低于我们</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="201" />
            <source>Similar to ours</source>
            <translation>与我们相当</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="202" />
            <source>Higher than ours</source>
            <translation>高于我们</translation>
        </message>
    </context>
    <context>
        <name>LeadEditor</name>
        <message>
            <location filename="../../desktop/pages/leads.py" line="94" />
            <source>Convert to opportunity…</source>
            <translation>转为商机…</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="116" />
            <source>What P2 asks before a lead becomes an opportunity</source>
            <translation>线索成为商机前P2阶段的要求</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="119" />
            <source>Exit criteria</source>
            <translation>出口标准</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="123" />
            <source>Key actions of the rep</source>
            <translation>销售代表的关键动作</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="127" />
            <source>Key actions of presales</source>
            <translation>售前的关键动作</translation>
        </message>
    </context>
    <context>
        <name>LeadForm</name>
        <message>
            <location filename="../../desktop/leads/form.py" line="64" />
            <source>An account, or a new company's name</source>
            <translation>选择客户，或输入新公司名称</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/form.py" line="72" />
            <source>Pick one of the workspace's accounts (type to search) or type a new company's name; a new name becomes an account when the lead is converted</source>
            <translation>从工作区的客户中选择（可输入搜索），或输入新公司名称；新名称在线索转化时成为客户</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/form.py" line="91" />
            <source>Which event, who referred it, which website…</source>
            <translation>哪场活动、谁介绍的、哪个网站……</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/form.py" line="98" />
            <source>name@example.com</source>
            <translation>name@example.com</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/form.py" line="110" />
            <source>&amp;Company</source>
            <translation>公司(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/form.py" line="111" />
            <source>C&amp;hannel</source>
            <translation>渠道(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/form.py" line="112" />
            <source>&amp;Kind</source>
            <translation>类型(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/form.py" line="113" />
            <source>&amp;Source</source>
            <translation>来源详情(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/form.py" line="114" />
            <source>Con&amp;tact</source>
            <translation>联系人(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/form.py" line="115" />
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/form.py" line="116" />
            <source>&amp;Email</source>
            <translation>邮箱(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/form.py" line="117" />
            <source>&amp;Owner</source>
            <translation>负责人(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/form.py" line="118" />
            <source>St&amp;atus</source>
            <translation>状态(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/form.py" line="119" />
            <source>&amp;Received</source>
            <translation>收到日期(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/form.py" line="120" />
            <source>&amp;Note</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/form.py" line="126" />
            <source>The company's rules for leads: they are never protected and never counted.</source>
            <translation>公司对线索的规定：线索不受保护，也不计入考核。</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/form.py" line="168" />
            <source>— nobody —</source>
            <translation>— 无 —</translation>
        </message>
    </context>
    <context>
        <name>LeadsPage</name>
        <message>
            <location filename="../../desktop/pages/leads.py" line="159" />
            <source>New lead…</source>
            <translation>新建线索…</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="160" />
            <source>Capture a lead: where it came from, the company and whom to contact</source>
            <translation>登记线索：来源、公司和联系人</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="168" />
            <source>Delete lead</source>
            <translation>删除线索</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="169" />
            <source>Delete the selected lead (undo brings it back)</source>
            <translation>删除所选线索（撤销可恢复）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="177" />
            <source>Convert to opportunity…</source>
            <translation>转为商机…</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="178" />
            <source>Make the selected lead a valid opportunity in P3, with its five elements</source>
            <translation>将所选线索连同五要素转为P3阶段的有效商机</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="197" />
            <source>No leads yet</source>
            <translation>还没有线索</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="199" />
            <source>Capture every lead as it comes: a customer's new need, a referral, a contact met at an event, a call or a web enquiry. Note its channel so you can see which channels turn leads into opportunities. Leads are neither protected nor counted: anyone may follow one up.</source>
            <translation>线索一来就登记：客户的新需求、转介绍、活动上认识的联系人、来电或网上咨询。记下渠道，就能看出哪些渠道能把线索变成商机。线索既不受保护，也不考核数量：任何人都可以跟进。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="204" />
            <source>Capture the first lead (Ctrl+Shift+N)</source>
            <translation>登记第一条线索（Ctrl+Shift+N）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="215" />
            <source>Search company, contact, source or note (Ctrl+F)</source>
            <translation>搜索公司、联系人、来源或备注（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="220" />
            <source>Any channel</source>
            <translation>全部渠道</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="225" />
            <source>Any kind</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="230" />
            <source>Any status</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="235" />
            <location filename="../../desktop/pages/leads.py" line="363" />
            <source>Any owner</source>
            <translation>全部负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="267" />
            <source>Leads</source>
            <translation>线索</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="270" />
            <source>Channel yield</source>
            <translation>渠道产出</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="396" />
            <source>1 lead</source>
            <translation>1条线索</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="396" />
            <source>{n} leads</source>
            <translation>{n}条线索</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="397" />
            <source>{shown} of {n} shown</source>
            <translation>显示{shown}/{n}条</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="413" />
            <source>No lead selected</source>
            <translation>未选择线索</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="420" />
            <source>Became the opportunity “{deal}”, now in {stage}.</source>
            <translation>已转为商机“{deal}”，当前处于{stage}。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="427" />
            <source>{company} is not an account yet; converting creates it.</source>
            <translation>{company}尚不是客户；转化时将创建。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="448" />
            <source>Edit the lead from {company}</source>
            <translation>编辑来自{company}的线索</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="462" />
            <source>Capture a lead from {company}</source>
            <translation>登记来自{company}的线索</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="476" />
            <source>Delete the lead from {company}</source>
            <translation>删除来自{company}的线索</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="480" />
            <source>Deleted the lead from {company}. Undo brings it back.</source>
            <translation>已删除来自{company}的线索。撤销可恢复。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="491" />
            <source>This lead already became the opportunity “{deal}”.</source>
            <translation>此线索已转为商机“{deal}”。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="498" />
            <source>Convert the lead from {company} into an opportunity</source>
            <translation>将来自{company}的线索转为商机</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/leads.py" line="505" />
            <source>“{deal}” is now an opportunity in P3 on the funnel board.</source>
            <translation>“{deal}”现已作为P3阶段的商机出现在漏斗看板上。</translation>
        </message>
    </context>
    <context>
        <name>LeadsTable</name>
        <message>
            <location filename="../../desktop/leads/table.py" line="41" />
            <source>Dormant</source>
            <translation>休眠客户</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/table.py" line="41" />
            <source>Existing</source>
            <translation>老客户</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/table.py" line="41" />
            <source>New</source>
            <translation>新客户</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/table.py" line="58" />
            <source>Received</source>
            <translation>收到日期</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/table.py" line="59" />
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/table.py" line="60" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/table.py" line="61" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/table.py" line="62" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/table.py" line="63" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/table.py" line="64" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/table.py" line="65" />
            <source>Opportunity</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/table.py" line="71" />
            <source>The day the lead came in</source>
            <translation>线索进来的日期</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/table.py" line="72" />
            <source>The account, or the company name as it was given</source>
            <translation>客户，或登记时给出的公司名称</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/table.py" line="73" />
            <source>Who to talk to</source>
            <translation>联系谁</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/table.py" line="74" />
            <source>Where the lead came from: one of the method's ten channels</source>
            <translation>线索来源：方法论十大渠道之一</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/table.py" line="75" />
            <source>Existing, new or dormant customer</source>
            <translation>老客户、新客户或休眠客户</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/table.py" line="76" />
            <source>New, contacted, converted into an opportunity, or discarded</source>
            <translation>新建、已联系、已转为商机或已放弃</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/table.py" line="77" />
            <source>Who follows the lead up (leads are not protected: anyone may)</source>
            <translation>由谁跟进（线索不受保护，任何人都可以跟进）</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/table.py" line="78" />
            <source>The deal the lead became, and its stage</source>
            <translation>线索转成的项目及其阶段</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/table.py" line="105" />
            <source>Not an account yet: converting the lead creates it</source>
            <translation>尚不是客户：转化线索时会创建客户</translation>
        </message>
    </context>
    <context>
        <name>LeftOnEdit</name>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="121" />
            <source>Has left, on</source>
            <translation>已离职，于</translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <location filename="../../desktop/legend_help.py" line="195" />
            <source>Five elements</source>
            <translation>五要素</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="195" />
            <source>One dot per element of a valid opportunity verified; all five turn green.</source>
            <translation>有效商机的五要素每核实一项亮一个点；五项全部核实后变为绿色。</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="197" />
            <source>Exit criteria</source>
            <translation>出口标准</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="197" />
            <source>Exit criteria of the deal's stage met, of all; green when all are met.</source>
            <translation>项目当前阶段已满足的出口标准数 / 总数；全部满足时为绿色。</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="200" />
            <source>We have a coach inside the customer.</source>
            <translation>我们在客户内部有内部教练。</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="201" />
            <source>No coach</source>
            <translation>无内部教练</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="202" />
            <source>No coach yet: an outlined badge.</source>
            <translation>还没有内部教练：显示为空心标记。</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="203" />
            <source>How the key decision maker stands toward us, from −2 (strong opponent) to +2 (strong supporter); ? when no KDM is named.</source>
            <translation>关键决策人对我方的支持度，从 −2（强烈反对）到 +2（强烈支持）；尚未确定 KDM 时显示 ?。</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="207" />
            <source>A forced move: moved past an unmet gate by someone without a manager role. A manager approves it or reverts it; the card also has an amber strip.</source>
            <translation>强制推进：由非经理角色的人在未满足阶段关卡时推进。需经理审批或撤回；卡片左侧还会有一条琥珀色竖条。</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="209" />
            <source>Method rules not met, or "not yours yet" warnings; click the badge to read about them in the method.</source>
            <translation>未满足的方法规则，或“还不算到手”预警；点击该标记可在方法中查看说明。</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="209" />
            <source>Warnings</source>
            <translation>预警</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="213" />
            <source>Days in stage</source>
            <translation>阶段停留天数</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="214" />
            <source>Days in the stage; amber when longer than the stage usually takes.</source>
            <translation>在当前阶段停留的天数；超过该阶段通常所需时间时显示为琥珀色。</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="215" />
            <source>Closing date</source>
            <translation>预计成交日期</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="215" />
            <source>In red: the expected closing date has passed.</source>
            <translation>红色：预计成交日期已过。</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="217" />
            <source>A strip on the left: the deal is closed (green won, red lost, grey shelved).</source>
            <translation>左侧竖条：项目已关闭（绿色为赢单，红色为丢单，灰色为搁置）。</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="217" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="238" />
            <source>Support toward us: {label}</source>
            <translation>对我方的支持度：{label}</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="241" />
            <source>Coach</source>
            <translation>内部教练</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="242" />
            <source>Guides us inside the customer.</source>
            <translation>在客户内部为我们指路。</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="243" />
            <source>Insider</source>
            <translation>内线</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="244" />
            <source>One of the customer's people close to us.</source>
            <translation>客户方与我们关系密切的人员。</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="245" />
            <source>Backs a competitor</source>
            <translation>倾向竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="246" />
            <source>The card has this border.</source>
            <translation>卡片带有这种边框。</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="247" />
            <source>Reports to</source>
            <translation>汇报关系</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="248" />
            <source>From a person to their manager.</source>
            <translation>从下属连到其上级。</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="250" />
            <source>Influences</source>
            <translation>影响关系</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="251" />
            <source>The arrow points to the one influenced; thicker is stronger.</source>
            <translation>箭头指向被影响的人；线越粗影响越强。</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="253" />
            <source>A member of our team knows the person.</source>
            <translation>我方团队中有成员认识此人。</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="253" />
            <source>Our relationship</source>
            <translation>我方关系</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="254" />
            <source>Route</source>
            <translation>路径</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="255" />
            <source>A way from our people to the target; the strongest is the darkest.</source>
            <translation>从我方人员到目标人物的途径；颜色最深的最强。</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="279" />
            <source>Cards on the funnel board</source>
            <translation>漏斗看板上的卡片</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="281" />
            <source>Symbols on the org map</source>
            <translation>组织架构图上的符号</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="282" />
            <source>The map draws this legend in its corner, too:</source>
            <translation>组织架构图的角落里也画有这个图例：</translation>
        </message>
        <message>
            <location filename="../../desktop/legend_help.py" line="303" />
            <location filename="../../desktop/legend_help.py" line="317" />
            <source>Legend</source>
            <translation>图例</translation>
        </message>
    </context>
    <context>
        <name>LiveStatus</name>
        <message>
            <location filename="../../desktop/team/live.py" line="65" />
            <source>Team database · live</source>
            <translation>团队数据库 · 实时</translation>
        </message>
        <message>
            <location filename="../../desktop/team/live.py" line="66" />
            <source>Changes the others save appear here as they are saved.</source>
            <translation>其他人保存的更改会在保存时即刻显示在这里。</translation>
        </message>
        <message>
            <location filename="../../desktop/team/live.py" line="68" />
            <source>Team database · reconnecting…</source>
            <translation>团队数据库 · 正在重新连接…</translation>
        </message>
        <message>
            <location filename="../../desktop/team/live.py" line="71" />
            <source>The connection that tells of others' changes was lost; trying again. Once it is back, everything shown is read again.</source>
            <translation>用于接收他人更改的连接已断开，正在重试。连接恢复后，将重新读取所显示的全部内容。</translation>
        </message>
        <message>
            <location filename="../../desktop/team/live.py" line="76" />
            <source>Team database · connecting…</source>
            <translation>团队数据库 · 正在连接…</translation>
        </message>
        <message>
            <location filename="../../desktop/team/live.py" line="77" />
            <source>Connecting to the server to hear of others' changes.</source>
            <translation>正在连接服务器，以获知其他人保存的修改。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/app.py" line="349" />
            <location filename="../../desktop/app.py" line="380" />
            <location filename="../../desktop/app.py" line="546" />
            <location filename="../../desktop/app.py" line="601" />
            <source>Cannot open workspace</source>
            <translation>无法打开工作区</translation>
        </message>
        <message>
            <location filename="../../desktop/i18n.py" line="53" />
            <location filename="../../desktop/mainwindow.py" line="407" />
            <source>Key Account Navigator</source>
            <translation>大客户导航</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="64" />
            <source>Key Account Navigator (*.kan);;SQLite (*.db *.sqlite);;*</source>
            <translation>大客户导航工作区 (*.kan);;SQLite 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="147" />
            <source>&amp;New workspace…</source>
            <translation>新建工作区(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="150" />
            <source>Create an empty workspace file</source>
            <translation>新建一个空白的工作区文件</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="154" />
            <source>&amp;Open workspace…</source>
            <translation>打开工作区(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="157" />
            <source>Open a workspace file</source>
            <translation>打开一个工作区文件</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="161" />
            <source>Open the &amp;sample workspace</source>
            <translation>打开示例工作区(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="164" />
            <source>A ready-made workspace to try the method on</source>
            <translation>一个现成的工作区，用来试用这套方法</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="167" />
            <source>Restore from &amp;backup…</source>
            <translation>从备份恢复(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="170" />
            <source>The workspace's daily and pre-upgrade backups: look at one or restore it</source>
            <translation>工作区的每日备份和升级前备份：查看或恢复</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="173" />
            <source>&amp;Close workspace</source>
            <translation>关闭工作区(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="178" />
            <source>I &amp;am…</source>
            <translation>我是(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="181" />
            <source>Say which team member you are in this workspace</source>
            <translation>选择您在本工作区中是哪位团队成员</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="183" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="185" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="188" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="191" />
            <source>Undo &amp;history</source>
            <translation>撤销历史(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="194" />
            <source>Every change of this session, to step back to any point</source>
            <translation>本次会话中的每一处修改，可退回到任意一步</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="196" />
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="198" />
            <source>&amp;Go to…</source>
            <translation>转到(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="201" />
            <source>Find an account, person or deal by name, pinyin initials or phone</source>
            <translation>按名称、拼音首字母或电话查找客户、人员或项目</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="204" />
            <source>&amp;Log activity…</source>
            <translation>记录活动(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="209" />
            <source>Log a visit, call or event, pre-filled with what the view has selected</source>
            <translation>记录拜访、电话或活动，并预填当前视图所选的内容</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="212" />
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="215" />
            <source>Print the current view, with a preview first</source>
            <translation>打印当前视图（先预览）</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="218" />
            <source>&amp;Legend</source>
            <translation>图例(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="221" />
            <source>What the card badges and the map's symbols mean</source>
            <translation>卡片标记和组织架构图符号的含义</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="224" />
            <source>Co&amp;mpetitors…</source>
            <translation>竞争对手(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="227" />
            <source>The competitors we meet: profiles, and how often we win against each</source>
            <translation>我们遇到的竞争对手：概况，以及对每家的赢单情况</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="230" />
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="233" />
            <source>Language, currency, protection period, stage probabilities</source>
            <translation>语言、币种、保护期、各阶段赢单概率</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="236" />
            <source>&amp;Full screen</source>
            <translation>全屏(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="239" />
            <source>&amp;Presentation mode…</source>
            <translation>演示模式(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="242" />
            <source>Full screen, large type: step through the accounts of a segment or owner</source>
            <translation>全屏、大字：逐个讲解某个客户群或某位负责人的客户</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="245" />
            <source>&amp;Larger text</source>
            <translation>放大文字(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="248" />
            <source>Larger text, for a projector</source>
            <translation>放大文字，便于投影演示</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="251" />
            <source>S&amp;maller text</source>
            <translation>缩小文字(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="253" />
            <source>&amp;About Key Account Navigator</source>
            <translation>关于大客户导航(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="255" />
            <source>&amp;Help on this view</source>
            <translation>本视图帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="258" />
            <source>What this view is for, its actions and keys, and its part of the method</source>
            <translation>本视图的用途、操作与快捷键，以及它对应的方法内容</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="261" />
            <source>The &amp;method</source>
            <translation>七步法(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="264" />
            <source>Every stage, exit criterion, key action, rule and warning of the method</source>
            <translation>方法的每个阶段、出口标准、关键动作、规则与预警</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="269" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="271" />
            <source>Open &amp;recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="283" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="292" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="310" />
            <source>&amp;Actions</source>
            <translation>操作(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="311" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="319" />
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="338" />
            <source>Read-only: {why}. You can look, not edit.</source>
            <translation>只读：{why}。只能查看，不能编辑。</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="341" />
            <source>Also open by {who}. Their edits show here as views refresh; undo never overwrites them.</source>
            <translation>{who} 也打开了此工作区。其修改会在视图刷新时显示在这里；撤销不会覆盖这些修改。</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="423" />
            <source>{name} (read-only) — Key Account Navigator</source>
            <translation>{name}（只读）— 大客户导航</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="425" />
            <location filename="../../desktop/mainwindow.py" line="495" />
            <source>{name} — Key Account Navigator</source>
            <translation>{name} — 大客户导航</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="552" />
            <source>Redone: {what} — {keys} to undo</source>
            <translation>已重做：{what} — 按 {keys} 撤销</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="554" />
            <source>{what} — {keys} to undo</source>
            <translation>{what} — 按 {keys} 撤销</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="560" />
            <source>Undone: {what} — {keys} to redo</source>
            <translation>已撤销：{what} — 按 {keys} 重做</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="566" />
            <source>Undo {what}</source>
            <translation>撤销：{what}</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="569" />
            <source>Redo {what}</source>
            <translation>重做：{what}</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="592" />
            <source>Me: not chosen</source>
            <translation>我：未选择</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="594" />
            <source>Say which team member you are, so that your changes carry your name</source>
            <translation>选择您是哪位团队成员，您的修改就会署上您的名字</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="597" />
            <source>Me: {name}</source>
            <translation>我：{name}</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="599" />
            <source>You act as {name} ({role}) in this workspace. Click to change.</source>
            <translation>您在本工作区中的身份是{name}（{role}）。单击可更改。</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="770" />
            <source>New workspace</source>
            <translation>新建工作区</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="780" />
            <source>Open workspace</source>
            <translation>打开工作区</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="797" />
            <source>No recent workspaces</source>
            <translation>没有最近打开的工作区</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="807" />
            <source>Cannot do that</source>
            <translation>无法执行此操作</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="814" />
            <source>Undo history</source>
            <translation>撤销历史</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="815" />
            <source>&lt;opened workspace&gt;</source>
            <translation>&lt;打开工作区时&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="870" />
            <source>Go to a view (in the order of the list on the left)</source>
            <translation>切换视图（按左侧列表的顺序）</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="871" />
            <source>{first} … {last}</source>
            <translation>{first} … {last}</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="915" />
            <source>About Key Account Navigator</source>
            <translation>关于大客户导航</translation>
        </message>
        <message>
            <location filename="../../desktop/mainwindow.py" line="917" />
            <source>Key Account Navigator helps a sales team win large enterprise deals with the seven-step method: from target customers and leads to a signed contract and the first payment.</source>
            <translation>大客户导航帮助销售团队用七步法赢下大型企业项目：从目标客户、销售线索，一直到签订合同、收到首期款。</translation>
        </message>
    </context>
    <context>
        <name>MapPage</name>
        <message>
            <location filename="../../desktop/pages/map.py" line="364" />
            <location filename="../../desktop/pages/map.py" line="1449" />
            <source>Add person</source>
            <translation>添加人员</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="365" />
            <source>Add a person to this customer's map</source>
            <translation>在该客户的组织架构图中添加人员</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="370" />
            <source>Link mode</source>
            <translation>连线模式</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="371" />
            <source>Drag from one card to another to link them; Shift+drag does it any time</source>
            <translation>从一张卡片拖到另一张即可建立关系；任何时候按住 Shift 拖动也可以</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="377" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="378" />
            <source>Delete the selected people; undo brings them back</source>
            <translation>删除所选人员；撤销可恢复</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="384" />
            <source>Tidy up</source>
            <translation>整理</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="385" />
            <source>Place everyone nobody has placed yet in a tidy tree; your placements stay</source>
            <translation>把尚未摆放的人员整齐排成树形；您已摆放的位置保持不变</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="390" />
            <location filename="../../desktop/pages/map.py" line="1428" />
            <source>Re-layout everyone</source>
            <translation>全部重新布局</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="391" />
            <source>Lay out the whole chart afresh, also the cards you placed (undo restores)</source>
            <translation>重新排布整张图，包括您摆放过的卡片（可撤销）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="395" />
            <source>Fit</source>
            <translation>全图</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="395" />
            <source>Show the whole map</source>
            <translation>显示整张图</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="398" />
            <source>Routes</source>
            <translation>路径</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="399" />
            <source>Light up the strongest routes from our side to the decision maker</source>
            <translation>点亮从我方通往决策人的最强路径</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="405" />
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="410" />
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="413" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="414" />
            <source>Save the map as PNG, SVG or PDF</source>
            <translation>将组织架构图保存为 PNG、SVG 或 PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="454" />
            <source>The account whose decision chain is shown: type part of its name to find it</source>
            <translation>显示其决策链的客户：输入名称的一部分即可查找</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="461" />
            <source>Type to find an account…</source>
            <translation>输入以查找客户…</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="475" />
            <source>The whole account, or one open deal with the roles people play in it</source>
            <translation>整个客户，或某个进行中的项目及人员在其中的角色</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="483" />
            <source>Find a person…</source>
            <translation>查找人员…</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="486" />
            <source>Type a name and press Enter: the card is centred and selected</source>
            <translation>输入姓名后按回车：对应卡片会居中并被选中</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="493" />
            <source>Zoom: Ctrl+wheel or +/−; Ctrl+0 fits the map</source>
            <translation>缩放：Ctrl+滚轮或 +/−；Ctrl+0 显示整张图</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="495" />
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="497" />
            <source>Seen from</source>
            <translation>视角</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="512" />
            <source>No accounts yet</source>
            <translation>还没有客户</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="514" />
            <source>Add an account on the Accounts page, then its people: who decides, who influences, who uses. Their decision chain is drawn here.</source>
            <translation>先在“大客户”页面添加客户，再添加其人员：谁拍板、谁施加影响、谁使用。他们的决策链会画在这里。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="527" />
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="528" />
            <source>Route</source>
            <translation>路径</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="529" />
            <source>Gaps</source>
            <translation>缺口</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="530" />
            <source>Changes</source>
            <translation>变化</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="531" />
            <source>Edit the selected person and their links</source>
            <translation>编辑所选人员及其关系</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="532" />
            <source>The strongest routes to the decision maker</source>
            <translation>通往决策人的最强路径</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="533" />
            <source>Coverage of the decision chain, risks, whom to see</source>
            <translation>决策链覆盖情况、风险、该见谁</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="534" />
            <source>Who joined or left, whose support changed</source>
            <translation>谁加入或离开了，谁的支持度变了</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="592" />
            <source>{name} ({n} people)</source>
            <translation>{name}（{n} 人）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="632" />
            <source>The whole account</source>
            <translation>整个客户</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="659" />
            <source>No account called “{text}”.</source>
            <translation>没有叫“{text}”的客户。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="758" />
            <source>Drawing {shown} of {total} people…</source>
            <translation>正在绘制 {total} 人中的 {shown} 人…</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="978" />
            <source>Double-click anywhere to add the first person of this customer.</source>
            <translation>双击任意位置，添加该客户的第一个人员。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1069" />
            <source>Org map</source>
            <translation>组织架构图</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1329" />
            <source>Select one card on the map first.</source>
            <translation>请先在图上选择一张卡片。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1374" />
            <source>Nobody called “{text}” on this map.</source>
            <translation>图上没有叫“{text}”的人。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1403" />
            <source>Move {name}</source>
            <translation>移动{name}</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1405" />
            <source>Move {n} people</source>
            <translation>移动 {n} 人</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1426" />
            <source>Everyone already has a place.</source>
            <translation>所有人都已摆放好。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1428" />
            <source>Tidy up the map</source>
            <translation>整理组织架构图</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1443" />
            <source>New person</source>
            <translation>新建人员</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1477" />
            <location filename="../../desktop/pages/map.py" line="1489" />
            <source>Delete {name}</source>
            <translation>删除{name}</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1479" />
            <source>Delete {n} people</source>
            <translation>删除 {n} 人</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1499" />
            <source>Deleted {n} — Ctrl+Z brings them back.</source>
            <translation>已删除{n}——按 Ctrl+Z 可恢复。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1500" />
            <source>{n} people</source>
            <translation>{n} 人</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1529" />
            <source>Edit person</source>
            <translation>编辑人员</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1532" />
            <source>Routes to this person</source>
            <translation>通往此人的路径</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1552" />
            <source>Add person here</source>
            <translation>在此添加人员</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1584" />
            <source>{person} on “{deal}”: {role}</source>
            <translation>{person}在“{deal}”中：{role}</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1588" />
            <source>{person} is not on “{deal}” yet</source>
            <translation>{person}尚未加入“{deal}”</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1602" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1602" />
            <source>Role on this deal</source>
            <translation>在本项目中的角色</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1608" />
            <source>Take off this deal</source>
            <translation>移出本项目</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1610" />
            <source>No role in the decision chain</source>
            <translation>不在决策链中</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1613" />
            <source>Support</source>
            <translation>支持度</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1623" />
            <source>Backs competitor</source>
            <translation>倾向的竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1625" />
            <source>No competitor</source>
            <translation>无倾向的竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1634" />
            <source>Insider</source>
            <translation>内线</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1635" />
            <source>Coach</source>
            <translation>内部教练</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1650" />
            <source>Link mode: drag from one card to another. Esc stops.</source>
            <translation>连线模式：从一张卡片拖到另一张。按 Esc 退出。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1662" />
            <source>{member} knows {person}:</source>
            <translation>{member}认识{person}：</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1666" />
            <source>close</source>
            <translation>密切</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1666" />
            <source>good</source>
            <translation>良好</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1666" />
            <source>slight</source>
            <translation>一般</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1671" />
            <location filename="../../desktop/pages/map.py" line="1701" />
            <source>{a} reports to {b}</source>
            <translation>{a}向{b}汇报</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1674" />
            <source>{a} influences {b}:</source>
            <translation>{a}影响{b}：</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1678" />
            <source>a little</source>
            <translation>略有影响</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1678" />
            <source>somewhat</source>
            <translation>有一定影响</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1678" />
            <source>strongly</source>
            <translation>强烈影响</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1690" />
            <source>Links between our own people are kept on the Team page.</source>
            <translation>我方人员之间的关系请在“团队”页面维护。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1713" />
            <source>{member} knows {person}</source>
            <translation>{member}认识{person}</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1730" />
            <source>{a} influences {b}</source>
            <translation>{a}影响{b}</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1802" />
            <source>{account} — {deal}</source>
            <translation>{account} — {deal}</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1809" />
            <location filename="../../desktop/pages/map.py" line="1821" />
            <source>Export the map</source>
            <translation>导出组织架构图</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1823" />
            <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
            <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/map.py" line="1829" />
            <source>Map saved to {path}.</source>
            <translation>组织架构图已保存到 {path}。</translation>
        </message>
    </context>
    <context>
        <name>MapWorker</name>
        <message>
            <location filename="../../desktop/map/worker.py" line="76" />
            <source>The map's layout and analysis could not be brought up to date ({kind}). The map shows what it read before; pick the account again to retry.</source>
            <translation>无法更新组织架构图的布局和分析（{kind}）。图中显示的是之前读取的内容；请重新选择该客户再试一次。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/worker.py" line="86" />
            <source>The helper that lays out big maps stopped unexpectedly. The map shows what it read before; pick the account again to retry.</source>
            <translation>负责大型组织架构图布局的辅助进程意外停止。图中显示的是之前读取的内容；请重新选择该客户再试一次。</translation>
        </message>
    </context>
    <context>
        <name>MemberEditor</name>
        <message>
            <location filename="../../desktop/pages/team.py" line="72" />
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="76" />
            <source>Sales rep, presales, manager or executive</source>
            <translation>销售代表、售前、经理或高管</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="80" />
            <source>The member's direct manager. People who report to this member are not offered, so reporting lines never go round in a circle.</source>
            <translation>该成员的直接上级。向该成员汇报的人不在可选之列，以免汇报关系形成闭环。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="85" />
            <source>name@example.com</source>
            <translation>name@example.com</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="86" />
            <source>Active on the team</source>
            <translation>在职</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="88" />
            <source>Untick for someone who left: they stay in the history of deals and visits</source>
            <translation>成员离开后取消勾选：其在项目和拜访中的历史记录仍会保留</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="90" />
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="91" />
            <source>&amp;Role</source>
            <translation>角色(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="92" />
            <source>Reports &amp;to</source>
            <translation>汇报给(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="93" />
            <source>&amp;Email</source>
            <translation>电子邮件(&amp;E)</translation>
        </message>
    </context>
    <context>
        <name>MethodHelp</name>
        <message>
            <location filename="../../desktop/method_help.py" line="72" />
            <source>Exit criteria</source>
            <translation>出口标准</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="73" />
            <source>Key actions of the sales rep</source>
            <translation>销售代表的关键动作</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="74" />
            <source>Key actions of presales</source>
            <translation>售前的关键动作</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="75" />
            <source>Key actions of the manager</source>
            <translation>经理的关键动作</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="76" />
            <source>Rules</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="77" />
            <source>Kinds of lead</source>
            <translation>线索类型</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="78" />
            <source>What counts as a lead</source>
            <translation>哪些算作线索</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="79" />
            <source>Lead channels</source>
            <translation>线索渠道</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="80" />
            <source>Five elements of a valid opportunity</source>
            <translation>有效商机的五要素</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="81" />
            <source>Confirming an opportunity</source>
            <translation>商机确认步骤</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="82" />
            <source>Self-check when opportunities are few</source>
            <translation>商机不足时的自我检查</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="83" />
            <source>Not yours yet</source>
            <translation>还不算到手</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="84" />
            <source>Traits of a key account</source>
            <translation>大客户的特征</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="85" />
            <source>Account attributes</source>
            <translation>客户属性</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="86" />
            <source>Kinds of channel partner</source>
            <translation>渠道伙伴类型</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="87" />
            <source>What a key account is worth to us</source>
            <translation>大客户对我方的价值</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="88" />
            <source>Internal key customers</source>
            <translation>内部大客户</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="89" />
            <source>Roles in the decision chain</source>
            <translation>决策链中的角色</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="90" />
            <source>Relations to us</source>
            <translation>与我方的关系</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="91" />
            <source>What to know about a person</source>
            <translation>需要了解的人员信息</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="92" />
            <location filename="../../desktop/method_help.py" line="275" />
            <location filename="../../desktop/method_help.py" line="334" />
            <source>What the method is for</source>
            <translation>方法的目标</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="98" />
            <source>Manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="98" />
            <source>Presales</source>
            <translation>售前</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="98" />
            <source>Sales rep</source>
            <translation>销售代表</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="147" />
            <source>{stage} exit criterion {n}</source>
            <translation>{stage} 出口标准 {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="149" />
            <source>{stage} rule {n}</source>
            <translation>{stage} 规则 {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="151" />
            <source>Five elements {n}</source>
            <translation>五要素 {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="154" />
            <source>{group} {n}</source>
            <translation>{group} {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="210" />
            <source>(among the most effective)</source>
            <translation>（最有效的渠道之一）</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="212" />
            <source>(sensitive: never exported or logged)</source>
            <translation>（敏感信息：不导出，也不记入日志）</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="214" />
            <source>({actor})</source>
            <translation>（{actor}）</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="230" />
            <source>Usual win probability {p:.0%}; usually about {d} days in this stage.</source>
            <translation>默认赢单概率 {p:.0%}；通常在本阶段停留约 {d} 天。</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="238" />
            <source>The method sets no exit criteria, actions or rules here.</source>
            <translation>方法在本阶段没有规定出口标准、关键动作或规则。</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="252" />
            <source>Every stage with what it asks before a deal moves on, the key actions of each role, the rules, and the warnings. The application's gates and warnings refer to these items.</source>
            <translation>每个阶段在项目推进前的要求、各角色的关键动作、规则和警示。应用中的阶段关卡和警示都引用这里的条目。</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="262" />
            <location filename="../../desktop/method_help.py" line="332" />
            <source>The decision chain</source>
            <translation>决策链</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="265" />
            <location filename="../../desktop/method_help.py" line="333" />
            <source>Key accounts</source>
            <translation>大客户</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="322" />
            <source>The seven-step method</source>
            <translation>七步法</translation>
        </message>
        <message>
            <location filename="../../desktop/method_help.py" line="405" />
            <source>Read this in the method: {item}</source>
            <translation>在方法中查看：{item}</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <location filename="../../desktop/pages/registry.py" line="86" />
            <source>Accounts</source>
            <translation>大客户</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/registry.py" line="87" />
            <source>Key accounts, their people and profiles</source>
            <translation>大客户及其人员和画像</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/registry.py" line="93" />
            <source>Targeting</source>
            <translation>目标定位</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/registry.py" line="94" />
            <source>P1: saved segments and the ranked target list</source>
            <translation>P1：已保存的客户群与目标客户排名</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/registry.py" line="100" />
            <source>Funnel board</source>
            <translation>漏斗看板</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/registry.py" line="101" />
            <source>Deals by stage P1–P7</source>
            <translation>按 P1–P7 阶段排列的项目</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/registry.py" line="107" />
            <source>Org map</source>
            <translation>组织架构图</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/registry.py" line="108" />
            <source>The customer's decision chain</source>
            <translation>客户的决策链</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/registry.py" line="114" />
            <source>Leads</source>
            <translation>线索</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/registry.py" line="115" />
            <source>P2: unverified leads by channel</source>
            <translation>P2：按来源渠道列出的待核实线索</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/registry.py" line="121" />
            <source>Activities</source>
            <translation>活动</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/registry.py" line="122" />
            <source>Visits, calls, demos and events</source>
            <translation>拜访、电话、演示和市场活动</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/registry.py" line="131" />
            <source>Dashboards</source>
            <translation>仪表盘</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/registry.py" line="132" />
            <source>Conversion, time in stage and forecasts</source>
            <translation>转化率、阶段停留时间和预测</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/registry.py" line="135" />
            <source>Our people, roles and managers</source>
            <translation>我方人员、角色及上级</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/registry.py" line="135" />
            <source>Team</source>
            <translation>团队</translation>
        </message>
    </context>
    <context>
        <name>NewDealDialog</name>
        <message>
            <location filename="../../desktop/board/new_deal.py" line="118" />
            <source>New deal</source>
            <translation>新建项目</translation>
        </message>
        <message>
            <location filename="../../desktop/board/new_deal.py" line="129" />
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../desktop/board/new_deal.py" line="133" />
            <source>What the customer buys, e.g. “Plant 2 MES upgrade”</source>
            <translation>客户要采购什么，例如“二厂 MES 升级”</translation>
        </message>
        <message>
            <location filename="../../desktop/board/new_deal.py" line="134" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../desktop/board/new_deal.py" line="148" />
            <source>Three letters, such as CNY or USD</source>
            <translation>三个字母，如 CNY 或 USD</translation>
        </message>
        <message>
            <location filename="../../desktop/board/new_deal.py" line="153" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../desktop/board/new_deal.py" line="157" />
            <source>Leave unticked while nobody knows</source>
            <translation>尚不清楚时不要勾选</translation>
        </message>
        <message>
            <location filename="../../desktop/board/new_deal.py" line="169" />
            <source>Expected close</source>
            <translation>预计成交日期</translation>
        </message>
        <message>
            <location filename="../../desktop/board/new_deal.py" line="173" />
            <source>No owner</source>
            <translation>无负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/board/new_deal.py" line="177" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/board/new_deal.py" line="188" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../desktop/board/new_deal.py" line="203" />
            <source>Reason for entering it here (kept in the stage history)</source>
            <translation>在此阶段录入的原因（会记入阶段历史）</translation>
        </message>
        <message>
            <location filename="../../desktop/board/new_deal.py" line="219" />
            <source>Create deal</source>
            <translation>创建项目</translation>
        </message>
        <message>
            <location filename="../../desktop/board/new_deal.py" line="229" />
            <source>There are no accounts yet. Add the account on the Accounts page first.</source>
            <translation>还没有客户。请先在“大客户”页面添加客户。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/new_deal.py" line="257" />
            <source>{stage} is past the gate of P3: a new deal has none of the five elements verified yet. It can only be entered here as a forced entry, with a reason; its history says so.</source>
            <translation>{stage} 已越过 P3 的阶段关卡，而新项目的五要素还都没有核实。只能以强制推进的方式在此录入，并填写原因；阶段历史会注明这一点。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/new_deal.py" line="262" />
            <source>The five elements: {list}</source>
            <translation>五要素：{list}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/new_deal.py" line="296" />
            <source>No account is called “{name}”. Choose one from the list.</source>
            <translation>没有名为“{name}”的客户。请从列表中选择。</translation>
        </message>
    </context>
    <context>
        <name>NewTaskDialog</name>
        <message>
            <location filename="../../desktop/tasks/view.py" line="95" />
            <source>Add a task</source>
            <translation>添加任务</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="105" />
            <source>What is to be done, e.g. send the reference list</source>
            <translation>要做什么，例如：发送参考客户名单</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="108" />
            <source>— nobody yet —</source>
            <translation>— 暂无 —</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="116" />
            <source>&amp;Deal</source>
            <translation>项目(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="117" />
            <source>&amp;Task</source>
            <translation>任务(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="118" />
            <source>&amp;Assignee</source>
            <translation>负责人(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="119" />
            <source>D&amp;ue</source>
            <translation>到期日(&amp;U)</translation>
        </message>
    </context>
    <context>
        <name>OpenTeamDialog</name>
        <message>
            <location filename="../../desktop/team/open_dialog.py" line="42" />
            <source>Open team database</source>
            <translation>打开团队数据库</translation>
        </message>
        <message>
            <location filename="../../desktop/team/open_dialog.py" line="48" />
            <source>A team database is one workspace on a PostgreSQL server that the whole team opens. Sign in with the user name your administrator gave you.</source>
            <translation>团队数据库是 PostgreSQL 服务器上全团队共用的一个工作区。请用管理员给您的用户名登录。</translation>
        </message>
        <message>
            <location filename="../../desktop/team/open_dialog.py" line="57" />
            <source>e.g. db.example.com</source>
            <translation>例如 db.example.com</translation>
        </message>
        <message>
            <location filename="../../desktop/team/open_dialog.py" line="64" />
            <source>The server's port: 5432 unless your administrator says another.</source>
            <translation>服务器的端口：除非管理员另有说明，否则为 5432。</translation>
        </message>
        <message>
            <location filename="../../desktop/team/open_dialog.py" line="68" />
            <source>e.g. sales_team</source>
            <translation>例如 sales_team</translation>
        </message>
        <message>
            <location filename="../../desktop/team/open_dialog.py" line="71" />
            <source>as your administrator gave it</source>
            <translation>按管理员给您的填写</translation>
        </message>
        <message>
            <location filename="../../desktop/team/open_dialog.py" line="75" />
            <source>&amp;Server:</source>
            <translation>服务器(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../desktop/team/open_dialog.py" line="76" />
            <source>P&amp;ort:</source>
            <translation>端口(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../desktop/team/open_dialog.py" line="77" />
            <source>&amp;Database:</source>
            <translation>数据库(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../desktop/team/open_dialog.py" line="78" />
            <source>&amp;User:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../desktop/team/open_dialog.py" line="79" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../desktop/team/open_dialog.py" line="81" />
            <source>&amp;Remember the password in the system keyring</source>
            <translation>将密码记在系统钥匙串中(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/team/open_dialog.py" line="86" />
            <source>This system has no keyring: the password is asked for at each opening.</source>
            <translation>本系统没有钥匙串：每次打开时都会询问密码。</translation>
        </message>
        <message>
            <location filename="../../desktop/team/open_dialog.py" line="99" />
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desktop/team/open_dialog.py" line="100" />
            <source>&amp;Test connection</source>
            <translation>测试连接(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desktop/team/open_dialog.py" line="103" />
            <source>Sign in once and say what the database holds, without opening it.</source>
            <translation>登录一次并说明该数据库里有什么，但不打开它。</translation>
        </message>
        <message>
            <location filename="../../desktop/team/open_dialog.py" line="167" />
            <source>Connected, but {database} holds tables of another application, not a Key Account Navigator workspace. Choose another database.</source>
            <translation>已连接，但 {database} 中是其他应用程序的表，不是大客户导航的工作区。请选择其他数据库。</translation>
        </message>
        <message>
            <location filename="../../desktop/team/open_dialog.py" line="175" />
            <source>Connected: {database} is empty; opening it sets up a new workspace in it.</source>
            <translation>已连接：{database} 是空的；打开它会在其中建立新的工作区。</translation>
        </message>
        <message>
            <location filename="../../desktop/team/open_dialog.py" line="179" />
            <source>Connected: {database} was saved by an older version; opening it upgrades it.</source>
            <translation>已连接：{database} 由旧版本保存；打开时会将其升级。</translation>
        </message>
        <message>
            <location filename="../../desktop/team/open_dialog.py" line="182" />
            <source>Connected: {database} is a team workspace.</source>
            <translation>已连接：{database} 是团队工作区。</translation>
        </message>
    </context>
    <context>
        <name>OrgMap</name>
        <message>
            <location filename="../../desktop/map/export.py" line="111" />
            <source>Cannot write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/map/export.py" line="125" />
            <source>Choose a file ending in .png, .svg or .pdf.</source>
            <translation>请选择扩展名为 .png、.svg 或 .pdf 的文件。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/export.py" line="129" />
            <location filename="../../desktop/map/export.py" line="207" />
            <source>Org map, {day}</source>
            <translation>组织架构图，{day}</translation>
        </message>
        <message>
            <location filename="../../desktop/map/export.py" line="148" />
            <location filename="../../desktop/map/export.py" line="161" />
            <location filename="../../desktop/map/export.py" line="178" />
            <source>Cannot write {path}.</source>
            <translation>无法写入 {path}。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/items.py" line="251" />
            <source>{name} — our team, {role}</source>
            <translation>{name} — 我方团队，{role}</translation>
        </message>
        <message>
            <location filename="../../desktop/map/items.py" line="259" />
            <source>Support: {support}</source>
            <translation>支持度：{support}</translation>
        </message>
        <message>
            <location filename="../../desktop/map/items.py" line="261" />
            <location filename="../../desktop/map/items.py" line="431" />
            <source>Backs {competitor}</source>
            <translation>倾向{competitor}</translation>
        </message>
        <message>
            <location filename="../../desktop/map/items.py" line="263" />
            <source>Our insider</source>
            <translation>我方内线</translation>
        </message>
        <message>
            <location filename="../../desktop/map/items.py" line="265" />
            <source>Our coach</source>
            <translation>我方内部教练</translation>
        </message>
        <message>
            <location filename="../../desktop/map/items.py" line="348" />
            <source>Changed</source>
            <translation>变动</translation>
        </message>
        <message>
            <location filename="../../desktop/map/items.py" line="348" />
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../desktop/map/items.py" line="1397" />
            <source>Our team</source>
            <translation>我方团队</translation>
        </message>
        <message>
            <location filename="../../desktop/map/legend.py" line="29" />
            <source>Support toward us:</source>
            <translation>对我方的支持度：</translation>
        </message>
        <message>
            <location filename="../../desktop/map/legend.py" line="32" />
            <source>Coach</source>
            <translation>内部教练</translation>
        </message>
        <message>
            <location filename="../../desktop/map/legend.py" line="33" />
            <source>Insider</source>
            <translation>内线</translation>
        </message>
        <message>
            <location filename="../../desktop/map/legend.py" line="34" />
            <source>Backs a competitor</source>
            <translation>倾向竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/map/legend.py" line="36" />
            <source>Influences</source>
            <translation>影响关系</translation>
        </message>
        <message>
            <location filename="../../desktop/map/legend.py" line="36" />
            <source>Reports to</source>
            <translation>汇报关系</translation>
        </message>
        <message>
            <location filename="../../desktop/map/legend.py" line="37" />
            <source>Our relationship</source>
            <translation>我方关系</translation>
        </message>
        <message>
            <location filename="../../desktop/map/legend.py" line="37" />
            <location filename="../../desktop/map/panels.py" line="570" />
            <source>Route</source>
            <translation>路径</translation>
        </message>
        <message>
            <location filename="../../desktop/map/legend.py" line="191" />
            <location filename="../../desktop/map/legend.py" line="327" />
            <source>Legend ▸</source>
            <translation>图例 ▸</translation>
        </message>
        <message>
            <location filename="../../desktop/map/legend.py" line="270" />
            <source>Click to fold or unfold the legend</source>
            <translation>单击可收起或展开图例</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="248" />
            <source>Click a card to edit the person here.

Double-click the canvas to add a person. Shift+drag from one card to another (or use Link mode) to record who reports to or influences whom; drag from one of our team to a person to record our relationship.</source>
            <translation>单击卡片即可在这里编辑此人。

双击画布可添加人员。按住 Shift 从一张卡片拖到另一张（或使用连线模式），可记录谁向谁汇报、谁影响谁；从我方团队成员拖到客户人员，可记录我方关系。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="266" />
            <source>Links</source>
            <translation>关系</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="267" />
            <source>Link</source>
            <translation>关系</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="267" />
            <location filename="../../desktop/map/panels.py" line="273" />
            <location filename="../../desktop/map/panels.py" line="570" />
            <source>Strength</source>
            <translation>强度</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="278" />
            <source>How strongly this link carries influence, 5 % to 100 %</source>
            <translation>这条关系传递影响的强度，5% 到 100%</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="282" />
            <source>Remove link</source>
            <translation>删除关系</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="283" />
            <source>Remove the selected link; undo brings it back</source>
            <translation>删除所选关系；撤销可恢复</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="299" />
            <source>Last contact</source>
            <translation>最近联系日期</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="305" />
            <source>not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="307" />
            <source>The day of our last contact with this person (today at the latest)</source>
            <translation>我方与此人最近一次联系的日期（最晚为今天）</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="314" />
            <source>Visit level</source>
            <translation>拜访层级</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="317" />
            <source>The highest level on our side that has met this person</source>
            <translation>我方见过此人的最高层级</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="357" />
            <source>{name} — our team ({role}).

Drag from this card to a person to record a relationship. Members are edited on the Team page.</source>
            <translation>{name} — 我方团队（{role}）。

从这张卡片拖到客户人员即可记录关系。成员信息请在“团队”页面编辑。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="364" />
            <source>{n} cards selected. Drag one of them to move them together; Del deletes the selected people (undo brings them back).</source>
            <translation>已选择 {n} 张卡片。拖动其中一张即可一起移动；按 Del 删除所选人员（撤销可恢复）。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="381" />
            <source>Reports to {name}</source>
            <translation>向{name}汇报</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="384" />
            <source>{name} reports to them</source>
            <translation>{name}向其汇报</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="389" />
            <source>Influences {name}</source>
            <translation>影响{name}</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="392" />
            <source>Influenced by {name}</source>
            <translation>受{name}影响</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="396" />
            <source>Known by {name} (our team)</source>
            <translation>与{name}（我方团队）相识</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="451" />
            <source>last contact</source>
            <translation>最近联系日期</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="451" />
            <source>visit level</source>
            <translation>拜访层级</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="454" />
            <source>{member} and {person}: {field}</source>
            <translation>{member}与{person}：{field}</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="482" />
            <source>Link strength {a} → {b}</source>
            <translation>关系强度 {a} → {b}</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="497" />
            <source>Remove link {a} → {b}</source>
            <translation>删除关系 {a} → {b}</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="530" />
            <source>Where the route starts: our side, or any card</source>
            <translation>路径的起点：我方，或任意一张卡片</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="533" />
            <source>Whom the route should reach</source>
            <translation>路径要到达的人</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="543" />
            <location filename="../../desktop/map/panels.py" line="550" />
            <source>Selected</source>
            <translation>所选卡片</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="544" />
            <source>Start from the selected card</source>
            <translation>从所选卡片出发</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="551" />
            <source>Aim at the selected card</source>
            <translation>以所选卡片为目标</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="557" />
            <source>How many of the strongest routes to light up</source>
            <translation>要点亮几条最强路径</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="559" />
            <location filename="../../desktop/map/panels.py" line="800" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="560" />
            <location filename="../../desktop/map/panels.py" line="801" />
            <source>To</source>
            <translation>到</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="561" />
            <source>Routes</source>
            <translation>路径</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="564" />
            <source>A route's strength is the product of its links' strengths: the best way for our side to reach a person.</source>
            <translation>路径强度是其各段关系强度的乘积：即我方接近某人的最佳途径。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="584" />
            <source>Our side (team, insiders, coach)</source>
            <translation>我方（团队、内线、内部教练）</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="585" />
            <source>{name} (our team)</source>
            <translation>{name}（我方团队）</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="590" />
            <source>The key decision maker</source>
            <translation>关键决策人</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="676" />
            <source>Decision chain</source>
            <translation>决策链</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="678" />
            <source>Our best visit</source>
            <translation>我方最高拜访层级</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="678" />
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="678" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="678" />
            <source>Support</source>
            <translation>支持度</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="684" />
            <source>Risks</source>
            <translation>风险</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="685" />
            <source>Risk</source>
            <translation>风险</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="685" />
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="692" />
            <source>Whom to see next</source>
            <translation>下一步该见谁</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="693" />
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="693" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="708" />
            <source>nobody known</source>
            <translation>无人相识</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="726" />
            <source>insider</source>
            <translation>内线</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="728" />
            <source>coach</source>
            <translation>内部教练</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="730" />
            <source>{n} back a competitor</source>
            <translation>{n} 人倾向竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="731" />
            <location filename="../../desktop/map/texts.py" line="193" />
            <location filename="../../desktop/map/texts.py" line="194" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="748" />
            <source>Click the rule to read it in the method.</source>
            <translation>单击规则，可在方法中查看。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="761" />
            <source>Score {score}: influence on the decision maker {influence} × room to win {room}</source>
            <translation>得分 {score}：对决策人的影响 {influence} × 可争取空间 {room}</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="798" />
            <source>Compare the chain as it was at the end of this day…</source>
            <translation>对比这一天结束时的决策链…</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="799" />
            <source>…with the chain at the end of this day</source>
            <translation>…与这一天结束时的决策链</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="805" />
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="812" />
            <source>People who joined are tagged New on the map, people who changed are tagged Changed. History comes from the change log of this workspace.</source>
            <translation>新加入的人员在图上标为“新增”，有变动的人员标为“变动”。历史来自本工作区的修改日志。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="838" />
            <source>{joined} joined · {left} left · {changed} changed</source>
            <translation>新增 {joined} · 离开 {left} · 变动 {changed}</translation>
        </message>
        <message>
            <location filename="../../desktop/map/panels.py" line="842" />
            <source>No changes between these days.</source>
            <translation>这两天之间没有变化。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="31" />
            <source>LEAD</source>
            <translation>牵头</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="33" />
            <source>EVAL</source>
            <translation>评委</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="42" />
            <source>Note</source>
            <translation>提示</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="42" />
            <source>Serious</source>
            <translation>严重</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="42" />
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="65" />
            <source>Nobody is our coach yet: find a KI or KU manager who shows us how to sell here.</source>
            <translation>还没有内部教练：请在 KI 或 KU 中找一位能指导我们推进销售的管理者。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="68" />
            <source>We have no contact at this customer yet.</source>
            <translation>我们在该客户处还没有任何联系人。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="69" />
            <source>Single-threaded: {name} is our only contact.</source>
            <translation>单线联系：{name}是我们唯一的联系人。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="71" />
            <source>We do not know who makes the decision (KDM).</source>
            <translation>我们还不知道谁拍板（KDM）。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="73" />
            <source>{name}, the key decision maker, is neutral toward us.</source>
            <translation>关键决策人{name}对我方持中立态度。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="75" />
            <source>{name}, the key decision maker, opposes us ({support}).</source>
            <translation>关键决策人{name}反对我方（{support}）。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="81" />
            <source>{name} ({role}) backs {competitor}.</source>
            <translation>{name}（{role}）倾向{competitor}。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="84" />
            <source>{name} backs {competitor} and sways the decision maker ({reach}).</source>
            <translation>{name}倾向{competitor}，并能左右决策人（{reach}）。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="92" />
            <source>Nobody on this deal is {role}, so no senior visit to one either; it is due by P5.</source>
            <translation>本项目中没有人担任{role}，也就谈不上高层拜访；最迟应在 P5 完成。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="95" />
            <source>No senior visit to {name} ({role}) for this deal yet; it is due by P5.</source>
            <translation>本项目尚未对{name}（{role}）做高层拜访；最迟应在 P5 完成。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="99" />
            <source>What {name} tells us is confirmed by {n} channel(s) only: cross-check it.</source>
            <translation>{name}提供的信息只有 {n} 个渠道印证：请交叉核实。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="106" />
            <source>{member} has no contact with {name} on record.</source>
            <translation>没有{member}与{name}接触的记录。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="109" />
            <source>{member} last met {name} {days} days ago.</source>
            <translation>{member}上次见{name}是 {days} 天前。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="121" />
            <source>The key decision maker; support now {support}.</source>
            <translation>关键决策人；目前支持度为 {support}。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="123" />
            <source>Backs {competitor}; sways the decision maker ({influence}).</source>
            <translation>倾向{competitor}；能左右决策人（{influence}）。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="127" />
            <source>Opposes us ({support}); sways the decision maker ({influence}).</source>
            <translation>反对我方（{support}）；能左右决策人（{influence}）。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="131" />
            <source>Nobody on our side knows them; sways the decision maker ({influence}).</source>
            <translation>我方无人与其相识；能左右决策人（{influence}）。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="135" />
            <source>Support could rise from {support}; sways the decision maker ({influence}).</source>
            <translation>支持度有望从 {support} 提升；能左右决策人（{influence}）。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="139" />
            <source>Senior enough to tell us who decides.</source>
            <translation>层级够高，能告诉我们谁拍板。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="146" />
            <source>Visit at {level}, through {member}.</source>
            <translation>以{level}拜访，经由{member}。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="150" />
            <source>Visit at {level}.</source>
            <translation>以{level}拜访。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="155" />
            <source>Nobody has the KDM role yet: mark the key decision maker to see routes to them.</source>
            <translation>还没有人被标为 KDM：标出关键决策人，即可查看通往他的路径。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="157" />
            <source>We have no member, insider or coach here yet: link one of our team to a person.</source>
            <translation>这里还没有我方成员、内线或内部教练：请把一位团队成员与客户人员关联起来。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="160" />
            <source>No route reaches {name} yet: record who influences whom, or build a relationship.</source>
            <translation>还没有路径能到达{name}：请记录谁影响谁，或建立关系。</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="168" />
            <source>influences</source>
            <translation>影响</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="169" />
            <source>knows</source>
            <translation>认识</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="170" />
            <source>reports to</source>
            <translation>汇报给</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="171" />
            <source>manages</source>
            <translation>管理</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="183" />
            <source>{name} joined</source>
            <translation>{name}加入</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="185" />
            <source>{name} left</source>
            <translation>{name}离开</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="191" />
            <source>{name}: role {old} → {new}</source>
            <translation>{name}：角色 {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="203" />
            <source>{name}: support {old} → {new}</source>
            <translation>{name}：支持度 {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="210" />
            <source>{name} now backs {competitor}</source>
            <translation>{name}现在倾向{competitor}</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="212" />
            <source>{name} no longer backs {competitor}</source>
            <translation>{name}不再倾向{competitor}</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="217" />
            <source>{name} became our insider</source>
            <translation>{name}成为我方内线</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="217" />
            <source>{name} is no longer our insider</source>
            <translation>{name}不再是我方内线</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="220" />
            <source>{name} became our coach</source>
            <translation>{name}成为我方内部教练</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="220" />
            <source>{name} is no longer our coach</source>
            <translation>{name}不再是我方内部教练</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="224" />
            <source>{name} now reports to nobody here</source>
            <translation>{name}现在没有汇报对象</translation>
        </message>
        <message>
            <location filename="../../desktop/map/texts.py" line="226" />
            <source>{name} now reports to {manager}</source>
            <translation>{name}现在向{manager}汇报</translation>
        </message>
    </context>
    <context>
        <name>PageHelp</name>
        <message>
            <location filename="../../desktop/page_help.py" line="42" />
            <source>The key accounts the team works on. Pick one in the table to see its profile, its people, its deals and its history on the right.</source>
            <translation>团队经营的大客户。在表格中选中一个客户，右侧显示其档案、人员、项目和历史。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="47" />
            <source>Narrow the table with the search box and the filters above it.</source>
            <translation>用上方的搜索框和筛选条件缩小表格范围。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="48" />
            <source>Double-click an account to open its profile; the tabs show people and deals.</source>
            <translation>双击客户打开其档案；各标签页显示人员和项目。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="49" />
            <source>New account and New deal are in the Actions menu and on the toolbar.</source>
            <translation>“新建客户”和“新建项目”在“操作”菜单和工具栏中。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="53" />
            <source>Step P1 of the method: choose which customers to go after. A segment is a saved set of conditions; the list ranks the accounts that meet it.</source>
            <translation>方法第 P1 步：选定要开拓的客户。客户群是一组保存下来的条件；列表对符合条件的客户进行排序。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="58" />
            <source>Set the conditions, then save them as a segment to use again.</source>
            <translation>设定条件，然后保存为客户群以便再次使用。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="59" />
            <source>The ranking says why each account scores as it does.</source>
            <translation>排名会说明每个客户得分的原因。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="60" />
            <source>Double-click an account to open it in Accounts.</source>
            <translation>双击客户即可在“大客户”视图中打开。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="64" />
            <source>Every open deal as a card in the column of its stage, P1 to P7. A deal moves on when the exit criteria of its stage are met.</source>
            <translation>每个进行中的项目都是其所在阶段列（P1 至 P7）中的一张卡片。项目满足本阶段的出口标准后才推进到下一阶段。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="69" />
            <source>Drag a card to another column to move the deal; the gate asks what is missing.</source>
            <translation>把卡片拖到另一列即可推进项目；阶段关卡会询问还缺什么。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="72" />
            <source>Arrow keys go from card to card and column to column; Enter opens the deal.</source>
            <translation>方向键在卡片和列之间移动；回车键打开项目。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="73" />
            <source>The badges on a card are explained under Help ▸ Legend.</source>
            <translation>卡片上的标记在“帮助 ▸ 图例”中有说明。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="74" />
            <source>Filters and swimlanes (by owner or account) are above the columns.</source>
            <translation>筛选和泳道（按负责人或客户）位于各列上方。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="78" />
            <source>The customer's decision chain: who decides (KDM), who influences (KI), who uses (KU), who leads and who evaluates, how they stand toward us, and who of our team knows them.</source>
            <translation>客户的决策链：谁决策（KDM）、谁影响（KI）、谁使用（KU）、谁采购牵头、谁当评委，他们对我方的支持度，以及我方团队中谁认识他们。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="84" />
            <source>Pick the account (and a deal) at the top; the map shows its people.</source>
            <translation>在顶部选择客户（和项目）；图中显示其人员。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="85" />
            <source>Drag people to arrange them; draw a link to say who influences whom.</source>
            <translation>拖动人员进行排列；画一条连线表示谁影响谁。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="86" />
            <source>Routes show the best way from our people to the KDM.</source>
            <translation>路径显示从我方人员到 KDM 的最佳途径。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="87" />
            <source>Symbols and colours are explained in the map's legend and under Help ▸ Legend.</source>
            <translation>符号和颜色的含义见图中的图例以及“帮助 ▸ 图例”。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="93" />
            <source>Step P2 of the method: leads from the ten channels, until each is verified as a real opportunity or dropped.</source>
            <translation>方法第 P2 步：跟进来自十个渠道的线索，直到确认为有效商机或放弃。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="98" />
            <source>New lead records where it came from (channel and source), the company, the contact and who follows it up; leads have no protection and no quota.</source>
            <translation>“新建线索”记录线索来源（渠道与出处）、公司、联系人和跟进人；线索不设保护期，也不计入考核。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="102" />
            <source>Convert turns a lead into an opportunity in P3 once its five elements are verified: who verified each, how and when, and the manager's confirmation.</source>
            <translation>五要素核实后，“转为商机”把线索变成 P3 阶段的商机：记录每项由谁、以何种方式、于何时核实，以及直接上级的确认。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="106" />
            <source>Channel yield counts leads, opportunities and wins per channel and period; it says when the first three channels do not lead.</source>
            <translation>渠道产出按渠道和时间段统计线索、商机与赢单；前三个渠道未领先时会给出提示。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="113" />
            <source>Visits, calls, demos and events with the customer, with who met whom.</source>
            <translation>与客户的拜访、电话、演示和活动，以及谁见了谁。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="115" />
            <source>Log activity (Ctrl+J, from any view) records the day, the kind, our people and theirs, the deal, a summary and the next step with its due day.</source>
            <translation>“记录活动”（Ctrl+J，任何视图均可用）记录日期、类型、我方和客户人员、项目、摘要以及下一步及其截止日期。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="119" />
            <source>Logging sets each person's last contact and visit level, so the map's stale relationships clear and senior visits count for the deal's gate.</source>
            <translation>记录后会更新每个人的最近联系和拜访层级，因此架构图上的“关系久未维护”提示会消除，高层拜访也会计入项目的阶段关卡。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="123" />
            <source>Next steps overdue come first, in red; Mark done (Ctrl+D) closes one.</source>
            <translation>逾期的下一步以红色排在最前；“标记完成”（Ctrl+D）可将其关闭。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="124" />
            <source>Filter by account, member, kind and period; a person's or a deal's timeline opens from the org map's person menu or a deal.</source>
            <translation>可按客户、成员、类型和期间筛选；某人或某项目的活动时间线可从组织架构图的人员菜单或项目进入。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="131" />
            <source>How the funnel is doing: conversion between stages, time in stage, forecasts.</source>
            <translation>漏斗的运行情况：阶段间转化率、阶段停留时间与预测。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="133" />
            <source>Funnel: filter by period, owner, industry, region or lead channel, or group by one of them; click a bar to list its deals, double-click one to open it on the board.</source>
            <translation>漏斗：按期间、负责人、行业、地区或线索渠道筛选，或按其中一项分组；点击柱条列出其包含的项目，双击项目可在漏斗看板中打开。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="138" />
            <source>Forecast and Cash: what is expected to be won and collected per month or quarter; Team: targets, coverage and how results are spread; Review: what needs a decision before the meeting.</source>
            <translation>预测与回款：每月或每季度预计赢单和回款的金额；团队：目标、覆盖倍数以及业绩在成员间的分布；复盘：会议前需要决定的事项。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="143" />
            <source>Export… saves a chart as a PNG image or an SVG drawing.</source>
            <translation>“导出…”可将图表保存为 PNG 图片或 SVG 矢量图。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="147" />
            <source>Our own people: sales reps, presales and managers, and who reports to whom. Deals and relationships on the map refer to them.</source>
            <translation>我方人员：销售、售前和经理，以及汇报关系。项目与组织架构图上的关系都指向他们。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="152" />
            <source>Add a member with the New member action; edit the details on the right.</source>
            <translation>用“新建成员”操作添加成员；在右侧编辑详细信息。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="153" />
            <source>Say which member you are with File ▸ I am…, so your changes carry your name.</source>
            <translation>通过“文件 ▸ 我是…”说明您是哪位成员，您的修改就会署上您的名字。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="154" />
            <source>Tasks: the key actions of the stage each deal entered, yours first; an overdue task shows on the manager's list too.</source>
            <translation>任务：项目进入某阶段后该阶段的关键动作，先列出你的任务；逾期任务也会出现在直接上级的列表中。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="158" />
            <source>Self-check: each rep's last 14 days of activities against opportunities created and advanced, with the method's questions when they do not match.</source>
            <translation>自检：对照每位销售近 14 天的活动与新建、推进的商机，二者不匹配时给出方法论的诊断问题。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="162" />
            <source>Territories… assigns regions, industries or named accounts to members.</source>
            <translation>“责任区…”把区域、行业或指定客户分配给成员。</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="214" />
            <source>Help: {page}</source>
            <translation>帮助：{page}</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="222" />
            <source>In the method: {link}</source>
            <translation>方法中的相关内容：{link}</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="225" />
            <source>What you do here</source>
            <translation>在这里可以做什么</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="231" />
            <source>Actions of this page</source>
            <translation>本视图的操作</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="234" />
            <source>Keys that work everywhere</source>
            <translation>全局快捷键</translation>
        </message>
        <message>
            <location filename="../../desktop/page_help.py" line="239" />
            <source>Open the method at {item}</source>
            <translation>在方法中查看{item}</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../desktop/encryption/dialog.py" line="55" />
            <source>Choose a passphrase</source>
            <translation>设置密码短语</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/dialog.py" line="56" />
            <source>A passphrase to encrypt {name} with.</source>
            <translation>用于加密 {name} 的密码短语。</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/dialog.py" line="58" />
            <source>Encrypted workspace</source>
            <translation>已加密的工作区</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/dialog.py" line="59" />
            <source>{name} is encrypted. Enter its passphrase.</source>
            <translation>{name} 已加密，请输入它的密码短语。</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/dialog.py" line="78" />
            <source>&amp;Passphrase:</source>
            <translation>密码短语(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/dialog.py" line="83" />
            <source>&amp;Again:</source>
            <translation>再输一次(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/dialog.py" line="85" />
            <source>The two passphrases differ.</source>
            <translation>两次输入的密码短语不一致。</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/dialog.py" line="88" />
            <source>&amp;Remember it in this computer's keyring</source>
            <translation>记在本机的系统钥匙串中(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/encryption/dialog.py" line="96" />
            <source>Keep the passphrase safe: without it the workspace and its backups cannot be opened by anyone, support included.</source>
            <translation>请妥善保管密码短语：没有它，任何人（包括技术支持）都无法打开该工作区及其备份。</translation>
        </message>
    </context>
    <context>
        <name>PaymentPlan</name>
        <message>
            <location filename="../../desktop/board/payments.py" line="293" />
            <source>No instalments planned yet.</source>
            <translation>尚未安排回款期次。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="296" />
            <source>Add instalment…</source>
            <translation>添加回款期次…</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="298" />
            <source>Add an instalment at the end of the plan</source>
            <translation>在回款计划末尾添加一期</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="313" />
            <source>Contract value {value}</source>
            <translation>合同总额 {value}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="314" />
            <source>not set</source>
            <translation>未设定</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="316" />
            <source>received {paid}</source>
            <translation>已回款 {paid}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="322" />
            <source>first instalment {share:.0%} (minimum {minimum:.0%})</source>
            <translation>第一期 {share:.0%}（首期款最低 {minimum:.0%}）</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="328" />
            <source>first payment received {ratio:.0%}</source>
            <translation>首期款已到账 {ratio:.0%}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="340" />
            <source>due {day}</source>
            <translation>{day} 到期</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="342" />
            <source>paid</source>
            <translation>已付清</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="344" />
            <source>{rest} still due</source>
            <translation>尚欠 {rest}</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="349" />
            <source>open</source>
            <translation>未回款</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="358" />
            <source>Record transfer…</source>
            <translation>登记到账…</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="359" />
            <source>Record a transfer received against this instalment</source>
            <translation>登记本期收到的一笔到账</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="364" />
            <source>Change the amount or due day</source>
            <translation>修改金额或到期日</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="364" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="366" />
            <source>Delete this instalment and its transfers</source>
            <translation>删除本期及其到账记录</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="376" />
            <source>Delete this transfer</source>
            <translation>删除这笔到账</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="408" />
            <source>Add an instalment to “{deal}”</source>
            <translation>为“{deal}”添加回款期次</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="426" />
            <source>Edit instalment {n} of “{deal}”</source>
            <translation>编辑“{deal}”的第 {n} 期</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="438" />
            <source>Record a transfer for instalment {n} of “{deal}”</source>
            <translation>为“{deal}”的第 {n} 期登记到账</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="444" />
            <source>Delete a transfer of “{deal}”</source>
            <translation>删除“{deal}”的一笔到账</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="448" />
            <source>Delete instalment {n} of “{deal}”</source>
            <translation>删除“{deal}”的第 {n} 期</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <location filename="../../desktop/models/people_model.py" line="53" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="54" />
            <source>Title</source>
            <translation>职位</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="55" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="56" />
            <source>Support</source>
            <translation>支持度</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="57" />
            <source>Backs</source>
            <translation>倾向</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="58" />
            <source>Marks</source>
            <translation>标记</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="59" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="60" />
            <source>Reports to</source>
            <translation>汇报对象</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="61" />
            <source>Seniority</source>
            <translation>层级</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="68" />
            <source>The person's name</source>
            <translation>此人的姓名</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="69" />
            <source>Job title or function</source>
            <translation>职位或职能</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="70" />
            <source>Place in the decision chain: KDM, KI, KU, LEAD or EVAL</source>
            <translation>在决策链中的位置：KDM、KI、KU、LEAD 或 EVAL</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="71" />
            <source>Support toward us, from strong opponent to strong supporter</source>
            <translation>对我方的支持度，从坚决反对到坚定支持</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="72" />
            <source>The competitor this person backs, if any</source>
            <translation>此人倾向的竞争对手（如有）</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="73" />
            <source>Insider (passes us information), coach (shows us how to sell), left (no longer at the customer)</source>
            <translation>内线（向我们传递信息）、内部教练（指导我们如何销售）、已离职（已不在客户处）</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="77" />
            <source>Department at the customer</source>
            <translation>在客户处所属的部门</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="78" />
            <source>Whom the person reports to</source>
            <translation>此人的汇报对象</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="79" />
            <source>Level in the customer's hierarchy</source>
            <translation>在客户组织中的层级</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="105" />
            <source>Insider</source>
            <translation>内线</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="107" />
            <source>Coach</source>
            <translation>内部教练</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="109" />
            <source>Left</source>
            <translation>已离职</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="235" />
            <source>{name} left on {day}</source>
            <translation>{name}于 {day} 离职</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="239" />
            <source>Support toward us: {level} ({value:+d})</source>
            <translation>对我方的支持度：{level}（{value:+d}）</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="245" />
            <source>Insider: passes us internal and competitor information</source>
            <translation>内线：向我们传递内部信息和竞争对手信息</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="247" />
            <source>Coach: shows us how to sell inside the customer</source>
            <translation>内部教练：指导我们在客户内部如何推进销售</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="249" />
            <source>Left on {day}</source>
            <translation>于 {day} 离职</translation>
        </message>
        <message>
            <location filename="../../desktop/models/people_model.py" line="252" />
            <source>Backs {competitor}</source>
            <translation>倾向{competitor}</translation>
        </message>
    </context>
    <context>
        <name>PeoplePanel</name>
        <message>
            <location filename="../../desktop/pages/people_panel.py" line="125" />
            <location filename="../../desktop/pages/people_panel.py" line="183" />
            <location filename="../../desktop/pages/people_panel.py" line="414" />
            <source>Add person</source>
            <translation>添加人员</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/people_panel.py" line="129" />
            <source>Add a person of this customer ({keys})</source>
            <translation>添加该客户的一名人员（{keys}）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/people_panel.py" line="135" />
            <location filename="../../desktop/pages/people_panel.py" line="459" />
            <source>Delete person</source>
            <translation>删除人员</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/people_panel.py" line="140" />
            <source>Delete the selected person ({keys} in the list); undo brings them back</source>
            <translation>删除所选人员（在列表中按 {keys}）；撤销可恢复</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/people_panel.py" line="146" />
            <source>&amp;Edit person</source>
            <translation>编辑人员(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/people_panel.py" line="148" />
            <source>Edit the person's details beside the list</source>
            <translation>在列表旁编辑此人的信息</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/people_panel.py" line="178" />
            <source>Choose an account to see its people.</source>
            <translation>选择一个客户，查看其人员。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/people_panel.py" line="178" />
            <source>No account selected</source>
            <translation>未选择客户</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/people_panel.py" line="181" />
            <source>No people yet</source>
            <translation>还没有人员</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/people_panel.py" line="182" />
            <source>Add the people of this customer: who decides, who influences, who uses.</source>
            <translation>添加该客户的人员：谁拍板、谁施加影响、谁使用。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/people_panel.py" line="196" />
            <source>Filter people by name, title, role…</source>
            <translation>按姓名、职位、角色等筛选人员…</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/people_panel.py" line="198" />
            <source>Show only the people whose row contains this text</source>
            <translation>只显示所在行包含此文字的人员</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/people_panel.py" line="330" />
            <source>{n} people</source>
            <translation>{n} 人</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/people_panel.py" line="332" />
            <source>{shown} of {n} shown</source>
            <translation>显示 {shown} / {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/people_panel.py" line="334" />
            <source>{n} left</source>
            <translation>{n} 人已离职</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/people_panel.py" line="337" />
            <source>People at this customer; those who have left are greyed in the list</source>
            <translation>该客户的人员；已离职的在列表中显示为灰色</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/people_panel.py" line="419" />
            <source>New person</source>
            <translation>新建人员</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/people_panel.py" line="442" />
            <source>Delete {name}</source>
            <translation>删除{name}</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/people_panel.py" line="450" />
            <source>Delete {name} with their links and notes?</source>
            <translation>删除{name}及其关联和备注吗？</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/people_panel.py" line="453" />
            <source>{n} people report to them and will report to nobody; undo puts all back.</source>
            <translation>有 {n} 人向其汇报，删除后这些人将没有汇报对象；撤销可全部恢复。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/people_panel.py" line="456" />
            <source>Undo puts everything back.</source>
            <translation>撤销可全部恢复。</translation>
        </message>
    </context>
    <context>
        <name>PersonData</name>
        <message>
            <location filename="../../desktop/exporting/person.py" line="44" />
            <source>personal data</source>
            <translation>个人数据</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/person.py" line="57" />
            <location filename="../../desktop/exporting/person.py" line="62" />
            <location filename="../../desktop/exporting/person.py" line="75" />
            <source>Export this person's data</source>
            <translation>导出此人的数据</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/person.py" line="64" />
            <source>Personal data (*.json)</source>
            <translation>个人数据 (*.json)</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/person.py" line="78" />
            <source>Everything held about {person} was saved to {path}.</source>
            <translation>关于 {person} 的全部数据已保存到 {path}。</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/person.py" line="95" />
            <location filename="../../desktop/exporting/person.py" line="102" />
            <source>Erase this person</source>
            <translation>彻底清除此人</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/person.py" line="106" />
            <source>{person} was erased with every trace of them; the undo history was cleared.</source>
            <translation>已彻底清除 {person} 及其全部痕迹；撤销历史已清空。</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/person_actions.py" line="27" />
            <source>Export this person's data…</source>
            <translation>导出此人的数据…</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/person_actions.py" line="29" />
            <source>Write everything held about this person to a JSON file</source>
            <translation>将保存的关于此人的全部数据写入 JSON 文件</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/person_actions.py" line="31" />
            <source>Erase this person…</source>
            <translation>彻底清除此人…</translation>
        </message>
        <message>
            <location filename="../../desktop/exporting/person_actions.py" line="34" />
            <source>Remove this person with every trace of them: notes, links, audit-log values</source>
            <translation>删除此人及其全部痕迹：备注、关联和审计日志中的值</translation>
        </message>
    </context>
    <context>
        <name>PersonEditor</name>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="229" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="230" />
            <source>Title</source>
            <translation>职位</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="231" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="232" />
            <source>Reports to</source>
            <translation>汇报对象</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="233" />
            <source>Seniority</source>
            <translation>层级</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="234" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="235" />
            <source>Support</source>
            <translation>支持度</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="236" />
            <source>Backs competitor</source>
            <translation>倾向的竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="237" />
            <source>Insider</source>
            <translation>内线</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="238" />
            <source>Sources</source>
            <translation>印证渠道数</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="239" />
            <source>Coach</source>
            <translation>内部教练</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="240" />
            <source>Product preference</source>
            <translation>产品偏好</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="241" />
            <source>Purchase history</source>
            <translation>以往采购情况</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="242" />
            <source>KPI</source>
            <translation>KPI 考核</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="243" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="244" />
            <source>Email</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="245" />
            <source>Left</source>
            <translation>离职日期</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="246" />
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="247" />
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="248" />
            <source>Character</source>
            <translation>性格</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="249" />
            <source>Career situation</source>
            <translation>职场处境</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="250" />
            <source>Tenure, hobbies</source>
            <translation>工龄、爱好</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="251" />
            <source>Family</source>
            <translation>家庭情况</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="252" />
            <source>Education, career</source>
            <translation>教育与职业经历</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="262" />
            <source>Select a person in the list to see and edit their details.</source>
            <translation>在列表中选择一个人，即可查看和编辑其详细信息。</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="281" />
            <source>Job</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="282" />
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="283" />
            <source>e.g. Head of IT</source>
            <translation>例如：信息中心主任</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="288" />
            <source>Decision chain</source>
            <translation>决策链</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="292" />
            <source>Passes us internal information</source>
            <translation>向我们传递内部信息</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="295" />
            <source> confirming sources</source>
            <translation> 个印证渠道</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="297" />
            <source>How many independent channels confirmed what this insider tells us</source>
            <translation>这名内线提供的信息经过多少个独立渠道印证</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="309" />
            <source>Shows us how to sell inside</source>
            <translation>指导我们在客户内部如何推进</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="314" />
            <source>Needs and history</source>
            <translation>需求与过往</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="318" />
            <source>Contact</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="392" />
            <location filename="../../desktop/editors/person_editor.py" line="401" />
            <source>Department kind</source>
            <translation>部门类型</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="395" />
            <source>Influencing, technical and user departments count as the KI/KU side for the exit criteria</source>
            <translation>在出口标准中，影响部门、技术部门和使用部门都算作 KI/KU 一方</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="428" />
            <source>Personal attributes of this person. They are shown only here and read from the workspace only when you open this section.</source>
            <translation>此人的个人信息。只在这里显示，且只有展开本栏时才会从工作区读取。</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="440" />
            <source>Sensitive. Kept only here: left out of lists, logs and exports unless you ask for them.</source>
            <translation>敏感信息。只保存在这里：除非您明确要求，否则不会出现在列表、日志和导出文件中。</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="467" />
            <source>{arrow} Private attributes</source>
            <translation>{arrow} 个人隐私信息</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="554" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="558" />
            <source>New department…</source>
            <translation>新建部门…</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="563" />
            <source>No role in the decision chain</source>
            <translation>在决策链中无角色</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="573" />
            <source>No competitor</source>
            <translation>无倾向的竞争对手</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="587" />
            <location filename="../../desktop/editors/person_editor.py" line="616" />
            <source>Nobody here</source>
            <translation>无汇报对象</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="751" />
            <source>Edit {person} (private attribute)</source>
            <translation>修改{person}（个人隐私信息）</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="754" />
            <source>Edit {person} ({field})</source>
            <translation>修改{person}（{field}）</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="786" />
            <source>New department {name}</source>
            <translation>新建部门{name}</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="807" />
            <source>Department {name}: {kind}</source>
            <translation>部门{name}：{kind}</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="822" />
            <source>Name of the new department:</source>
            <translation>新部门名称：</translation>
        </message>
        <message>
            <location filename="../../desktop/editors/person_editor.py" line="822" />
            <source>New department</source>
            <translation>新建部门</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <location filename="../../desktop/presentation/start.py" line="67" />
            <source>Presentation mode</source>
            <translation>演示模式</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/start.py" line="70" />
            <source>One slide per account: its decision chain, open deals and next steps. Which accounts does the meeting go through?</source>
            <translation>每个客户一页：决策链、进行中的项目和下一步。这次会议要过哪些客户？</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/start.py" line="80" />
            <source>A saved &amp;segment</source>
            <translation>已保存的客户群(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/start.py" line="81" />
            <source>The accounts of an &amp;owner</source>
            <translation>某位负责人的客户(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/start.py" line="82" />
            <source>&amp;Every account ({n})</source>
            <translation>全部客户（{n}）(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/start.py" line="86" />
            <location filename="../../desktop/presentation/start.py" line="90" />
            <source>{name} ({n})</source>
            <translation>{name}（{n}）</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/start.py" line="104" />
            <source>→ or Space: next · ←: back · a number: that slide · M: map or deals · Esc: leave</source>
            <translation>→ 或空格：下一页 · ←：上一页 · 数字：跳到该页 · M：决策链图或项目 · Esc：退出</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/start.py" line="113" />
            <source>&amp;Start</source>
            <translation>开始(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/start.py" line="159" />
            <source>This workspace has no accounts yet: add one on the Accounts page.</source>
            <translation>此工作区还没有客户：请在“大客户”页面添加。</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/start.py" line="161" />
            <source>No saved segment yet: save one on the Targeting page.</source>
            <translation>还没有保存的客户群：请在“目标定位”页面保存一个。</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/start.py" line="163" />
            <source>No account matches this choice.</source>
            <translation>没有符合此选择的客户。</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/start.py" line="165" />
            <source>Accounts: {n}, one slide each.</source>
            <translation>共 {n} 个客户，每个客户一页。</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/start.py" line="178" />
            <source>Every account</source>
            <translation>全部客户</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="72" />
            <source>Buyer</source>
            <translation>牵头</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="73" />
            <source>Need</source>
            <translation>需求</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="74" />
            <source>Fit</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="75" />
            <source>Budget</source>
            <translation>预算</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="76" />
            <source>Timing</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="139" />
            <source>Unmet exit criteria {n}/{total}</source>
            <translation>未满足出口标准 {n}/{total}</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="143" />
            <source>Five elements</source>
            <translation>五要素</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="155" />
            <source>(open: {names})</source>
            <translation>（未核实：{names}）</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="157" />
            <source>closes {day}</source>
            <translation>预计{day}成交</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="193" />
            <source>(no text)</source>
            <translation>（无内容）</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="199" />
            <source>overdue since {day} ({n} d)</source>
            <translation>自{day}起逾期（{n} 天）</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="204" />
            <source>due {day}</source>
            <translation>{day}到期</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="206" />
            <source>no due day</source>
            <translation>未定期限</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="282" />
            <source>+ {n} more</source>
            <translation>另有 {n} 项</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="338" />
            <source>Nobody of this customer is on the map yet: add people on the Org map page.</source>
            <translation>组织架构图上还没有这个客户的人员：请在“组织架构图”页面添加。</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="345" />
            <source>Best route to the KDM: {route}</source>
            <translation>通往关键决策人的最佳途径：{route}</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="348" />
            <source>No KDM named on this account's decision chain yet.</source>
            <translation>这个客户的决策链上还没有标出关键决策人。</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="350" />
            <source>None of our people reaches the KDM yet.</source>
            <translation>我方还没有人能够接触到关键决策人。</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="409" />
            <source>Presentation — {name}</source>
            <translation>演示 — {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="527" />
            <source>This account was deleted</source>
            <translation>这个客户已被删除</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="529" />
            <source>Open deals</source>
            <translation>进行中的项目</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="530" />
            <source>Next steps</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="536" />
            <source>Owner: {name}</source>
            <translation>负责人：{name}</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="545" />
            <source>Open deals ({n})</source>
            <translation>进行中的项目（{n}）</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="547" />
            <source>No open deal on this account.</source>
            <translation>这个客户没有进行中的项目。</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="549" />
            <source>Next steps ({n})</source>
            <translation>下一步（{n}）</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="551" />
            <source>Next steps ({n}, {late} overdue)</source>
            <translation>下一步（{n}，逾期 {late}）</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="558" />
            <source>No open next step: log one with an activity (Ctrl+J in the main window).</source>
            <translation>没有待办的下一步：记录活动时填写（在主窗口按 Ctrl+J）。</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="561" />
            <source>{n} / {total} · {name}</source>
            <translation>{n} / {total} · {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="581" />
            <source>← →  ·  M deals  ·  R light the route  ·  Esc leave</source>
            <translation>← →  ·  M 项目  ·  R 突出最佳途径  ·  Esc 退出</translation>
        </message>
        <message>
            <location filename="../../desktop/presentation/window.py" line="584" />
            <source>← →  ·  M map  ·  Esc leave</source>
            <translation>← →  ·  M 决策链图  ·  Esc 退出</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../desktop/printing.py" line="106" />
            <source>This view has nothing to print.</source>
            <translation>此视图没有可打印的内容。</translation>
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="114" />
            <source>Print preview — {view}</source>
            <translation>打印预览 — {view}</translation>
        </message>
    </context>
    <context>
        <name>ProbabilityTable</name>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="395" />
            <source>Set by hand</source>
            <translation>手工设定</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="396" />
            <source>Our value</source>
            <translation>我们的值</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="397" />
            <source>In force</source>
            <translation>生效值</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="398" />
            <source>Closed deals</source>
            <translation>已结束项目</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="399" />
            <source>From</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="416" />
            <source>Use our own value for {stage}</source>
            <translation>{stage} 阶段使用我们自己设定的值</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="437" />
            <source>learned from our closed deals</source>
            <translation>从我们已结束的项目学习</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="438" />
            <source>the method's default</source>
            <translation>方法论默认值</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="439" />
            <source>set by hand</source>
            <translation>手工设定</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <location filename="../../desktop/progress.py" line="68" />
            <source>{file}: {reason}</source>
            <translation>{file}：{reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/progress.py" line="70" />
            <source>The work stopped on an unexpected error ({kind}). Nothing was changed.</source>
            <translation>操作因意外错误（{kind}）而停止，未做任何更改。</translation>
        </message>
    </context>
    <context>
        <name>Protection</name>
        <message>
            <location filename="../../desktop/protection/decide.py" line="74" />
            <source>Penalise the owner</source>
            <translation>处罚负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="75" />
            <source>Release to the public field</source>
            <translation>转为公田</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="76" />
            <location filename="../../desktop/protection/decide.py" line="240" />
            <source>Claim</source>
            <translation>认领</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="77" />
            <source>Transfer to another member</source>
            <translation>转给其他成员</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="78" />
            <source>Extend the protection</source>
            <translation>延长保护期</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="84" />
            <source>The owner keeps the deal, without protection; the penalty is recorded against them and the deal leaves the list awaiting a decision.</source>
            <translation>负责人继续跟进该项目，但不再受保护；处罚记在其名下，项目移出待处理列表。</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="88" />
            <source>The deal goes to the public field: no owner, no protection; any member may claim it.</source>
            <translation>项目转为公田：没有负责人，也不受保护；任何成员都可认领。</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="91" />
            <source>The member becomes the owner and a new protection period starts today.</source>
            <translation>该成员成为负责人，新的保护期从今天开始。</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="92" />
            <source>Whoever else uncovered the deal takes it, with a new protection period ({rule}).</source>
            <translation>由另外发掘出该项目的人接手，并获得新的保护期（{rule}）。</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="95" />
            <source>The deal advanced since its period began: its owner gets a new period.</source>
            <translation>保护期开始后项目已推进：负责人获得新的保护期。</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="102" />
            <source>penalised</source>
            <translation>处罚</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="103" />
            <source>released to the public field</source>
            <translation>已转为公田</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="104" />
            <source>claimed</source>
            <translation>已认领</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="105" />
            <source>transferred</source>
            <translation>转交</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="106" />
            <source>protection extended</source>
            <translation>已延长保护期</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="112" />
            <source>industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="112" />
            <source>named account</source>
            <translation>指定客户</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="112" />
            <source>region</source>
            <translation>区域</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="122" />
            <source>In the public field since {day}: any member may claim it.</source>
            <translation>自 {day} 起为公田：任何成员都可认领。</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="126" />
            <source>Protected until {day}: {n} days left.</source>
            <translation>保护至 {day}：还剩 {n} 天。</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="130" />
            <source>Protection expired on {day} ({n} days ago).</source>
            <translation>保护期已于 {day} 到期（{n} 天前）。</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="134" />
            <source>Owner penalised on {day}.</source>
            <translation>负责人已于 {day} 受罚。</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="136" />
            <source>It advanced a stage since its period began.</source>
            <translation>保护期开始后已推进过阶段。</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="138" />
            <source>No stage advance since its period began: a decision is due.</source>
            <translation>保护期开始后未推进任何阶段：需要作出处理决定。</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="140" />
            <source>Not protected: protection starts when a deal becomes a valid opportunity (P3).</source>
            <translation>未受保护：项目成为有效商机（P3）时开始保护期。</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="182" />
            <source>Claim a deal</source>
            <translation>认领项目</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="182" />
            <location filename="../../desktop/protection/decide.py" line="299" />
            <source>Protection decision</source>
            <translation>保护期处理</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="187" />
            <source>Owner: {owner}</source>
            <translation>负责人：{owner}</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="187" />
            <location filename="../../desktop/protection/lists.py" line="79" />
            <source>nobody</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="198" />
            <location filename="../../desktop/protection/section.py" line="62" />
            <source>Territory: {who}</source>
            <translation>责任区：{who}</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="200" />
            <source>The account is in nobody's territory (Team → Territories…).</source>
            <translation>该客户不在任何人的责任区内（团队 → 责任区…）。</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="229" />
            <source>Claimed by</source>
            <translation>认领人</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="229" />
            <source>New owner</source>
            <translation>新负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="233" />
            <source>Why (kept with the decision)</source>
            <translation>理由（随决定一并记录）</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="234" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="240" />
            <source>Record decision</source>
            <translation>记录决定</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="299" />
            <source>Nothing to decide: the deal's protection still runs.</source>
            <translation>无需处理：该项目仍在保护期内。</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/decide.py" line="309" />
            <source>{decision}: “{deal}”</source>
            <translation>{decision}：“{deal}”</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="52" />
            <source>Expired on</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="52" />
            <source>Public since</source>
            <translation>转为公田日期</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="53" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="53" />
            <source>Was owned by</source>
            <translation>原负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="55" />
            <source>Deal</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="56" />
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="57" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="60" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="61" />
            <source>Territory of</source>
            <translation>所属责任区</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="71" />
            <source>Awaiting a decision: expired with no stage advance and no penalty yet</source>
            <translation>待处理：已到期、未推进阶段且尚未处罚</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="72" />
            <source>Whose territory the account falls in: the suggested owner</source>
            <translation>客户所在责任区的成员：建议的负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="85" />
            <source>Awaiting a decision</source>
            <translation>待处理</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="87" />
            <source>Penalised</source>
            <translation>已处罚</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="88" />
            <source>Advanced since</source>
            <translation>期间已推进</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="130" />
            <source>Protection: expired deals and the public field</source>
            <translation>保护期：到期项目与公田</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="134" />
            <source>A valid opportunity is protected for its owner for a few months. When the period runs out without a stage advance, decide: penalise the owner, release the deal to the public field, or transfer it to whoever uncovered it. Any member may claim a deal of the public field.</source>
            <translation>有效商机在几个月内归负责人保护。保护期满而项目没有推进阶段时，需作出决定：处罚负责人、把项目转为公田，或转给发掘出它的人。公田里的项目任何成员都可认领。</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="150" />
            <source>No protection has expired. Deals in P3 or later are protected for their owner; one whose period runs out without progress is listed here.</source>
            <translation>没有到期的保护期。P3 及以后的项目受保护归其负责人；保护期满仍无进展的项目会列在这里。</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="156" />
            <source>The public field is empty. A deal released from an expired protection appears here, and any member may claim it.</source>
            <translation>公田为空。保护期到期后转出的项目会出现在这里，任何成员都可认领。</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="161" />
            <location filename="../../desktop/protection/section.py" line="88" />
            <source>Decide…</source>
            <translation>处理…</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="163" />
            <source>Penalise, release or transfer the selected deal</source>
            <translation>处罚、转为公田或转交所选项目</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="165" />
            <location filename="../../desktop/protection/section.py" line="88" />
            <source>Claim…</source>
            <translation>认领…</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="167" />
            <source>Take the selected deal: you become its owner</source>
            <translation>接手所选项目：你成为负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="170" />
            <source>Expired</source>
            <translation>已到期</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="171" />
            <source>Public field</source>
            <translation>公田</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="203" />
            <source>Awaiting a decision ({n})</source>
            <translation>待处理（{n}）</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/lists.py" line="204" />
            <source>Public field ({n})</source>
            <translation>公田（{n}）</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/section.py" line="64" />
            <source>In nobody's territory (Team → Territories…).</source>
            <translation>不在任何人的责任区内（团队 → 责任区…）。</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/section.py" line="71" />
            <source>someone</source>
            <translation>某人</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/section.py" line="72" />
            <source>{day}: {what} by {who}</source>
            <translation>{day}：{who} {what}</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/section.py" line="91" />
            <source>Take this deal from the public field: you become its owner</source>
            <translation>从公田接手该项目：你成为负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/section.py" line="93" />
            <source>Penalise the owner, release the deal to the public field or transfer it</source>
            <translation>处罚负责人、把项目转为公田或转交他人</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/territories.py" line="41" />
            <source>Named account</source>
            <translation>指定客户</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/territories.py" line="42" />
            <source>Region</source>
            <translation>区域</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/territories.py" line="43" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/territories.py" line="52" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/territories.py" line="52" />
            <source>Member</source>
            <translation>成员</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/territories.py" line="52" />
            <source>Region, industry or account</source>
            <translation>区域、行业或客户</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/territories.py" line="55" />
            <source>A region covers every place under it</source>
            <translation>一个区域包括其下所有地区</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/territories.py" line="70" />
            <source>Territories</source>
            <translation>责任区</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/territories.py" line="74" />
            <source>Give each member the regions, industries or named accounts they answer for. An account falls in the most specific match: a named account, then the deepest region, then the industry. The member is suggested as the owner when a deal there is claimed or transferred.</source>
            <translation>为每位成员划定其负责的区域、行业或指定客户。客户按最具体的匹配归属：先看指定客户，再看最细的区域，最后看行业。该处的项目被认领或转交时，建议由这位成员担任负责人。</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/territories.py" line="90" />
            <source>No territories yet. Choose a member, a kind and a region, industry or account below, then Add.</source>
            <translation>还没有责任区。在下方选择成员、类型以及区域、行业或客户，然后点“添加”。</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/territories.py" line="110" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/territories.py" line="113" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/territories.py" line="157" />
            <source>Add your team on the Team page first.</source>
            <translation>请先在“团队”页面添加团队成员。</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/territories.py" line="172" />
            <source>e.g. China/East</source>
            <translation>例如 中国/华东</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/territories.py" line="172" />
            <source>e.g. Steel</source>
            <translation>例如 钢铁</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/territories.py" line="196" />
            <source>Add {member}'s territory {value}</source>
            <translation>添加 {member} 的责任区 {value}</translation>
        </message>
        <message>
            <location filename="../../desktop/protection/territories.py" line="208" />
            <source>Remove {member}'s territory {value}</source>
            <translation>移除 {member} 的责任区 {value}</translation>
        </message>
    </context>
    <context>
        <name>RatesEditor</name>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="289" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="289" />
            <source>Rate</source>
            <translation>汇率</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="296" />
            <source>Add a currency</source>
            <translation>添加币种</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="299" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="323" />
            <source>Three letters, such as USD or EUR</source>
            <translation>三个字母，例如 USD 或 EUR</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="366" />
            <source>“{code}” is not a currency code such as USD or EUR.</source>
            <translation>“{code}”不是 USD、EUR 这样的币种代码。</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="370" />
            <source>{code} is the base currency: it needs no rate.</source>
            <translation>{code} 是本位币，不需要汇率。</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="372" />
            <source>{code} has two rates.</source>
            <translation>{code} 填了两个汇率。</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="112" />
            <source>Why? (kept in the stage history)</source>
            <translation>原因？（会记入阶段历史）</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="114" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="118" />
            <source>Unknown / none</source>
            <translation>未知 / 无</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="121" />
            <source>Lost to</source>
            <translation>输给</translation>
        </message>
    </context>
    <context>
        <name>ReviewPack</name>
        <message>
            <location filename="../../desktop/report/pack.py" line="112" />
            <source>Nature</source>
            <translation>性质</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="113" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="114" />
            <source>Region</source>
            <translation>区域</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="115" />
            <source>Scale</source>
            <translation>规模</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="116" />
            <source>Sales channel</source>
            <translation>销售方式</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="117" />
            <source>Partner kind</source>
            <translation>伙伴类型</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="118" />
            <source>Partner</source>
            <translation>合作伙伴</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="119" />
            <source>Parent account</source>
            <translation>上级单位</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="120" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="121" />
            <source>Territory</source>
            <translation>责任区</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="122" />
            <source>Development stage</source>
            <translation>发展阶段</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="123" />
            <source>Registered capital</source>
            <translation>注册资本</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="124" />
            <source>Main business</source>
            <translation>主营业务</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="125" />
            <source>Industry chain</source>
            <translation>产业链位置</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="126" />
            <source>Organisation</source>
            <translation>组织结构</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="127" />
            <source>Markets</source>
            <translation>市场</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="128" />
            <source>Business regions</source>
            <translation>业务区域</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="129" />
            <source>Culture</source>
            <translation>企业文化</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="130" />
            <source>IT situation</source>
            <translation>信息化现状</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="131" />
            <source>Core needs</source>
            <translation>核心需求</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="132" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="148" />
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="149" />
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="150" />
            <source>Character</source>
            <translation>性格</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="151" />
            <source>Career situation</source>
            <translation>职场处境</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="152" />
            <source>Tenure, hobbies</source>
            <translation>工龄、爱好</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="153" />
            <source>Family</source>
            <translation>家庭情况</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="154" />
            <source>Education, career</source>
            <translation>教育与职业经历</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="226" />
            <source>Account review pack</source>
            <translation>客户复盘资料</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="228" />
            <source>Owner: {name}</source>
            <translation>负责人：{name}</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="245" />
            <source>{n} open deal(s), {amount} in all; furthest stage {stage}.</source>
            <translation>进行中项目 {n} 个，合计 {amount}；最远阶段 {stage}。</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="254" />
            <source>No open deal on this account.</source>
            <translation>该客户目前没有进行中的项目。</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="255" />
            <source>Profile</source>
            <translation>客户概况</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="269" />
            <source>No profile recorded yet.</source>
            <translation>尚未填写客户概况。</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="270" />
            <source>Decision chain</source>
            <translation>决策链</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="272" />
            <source>Best routes to the key decision maker</source>
            <translation>通往关键决策人的最佳路径</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="274" />
            <source>Risks</source>
            <translation>风险</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="282" />
            <location filename="../../desktop/report/pack.py" line="541" />
            <source>Nobody of this customer is on record yet.</source>
            <translation>尚未记录该客户的任何人员。</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="289" />
            <source>nobody known</source>
            <translation>尚不清楚是谁</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="302" />
            <location filename="../../desktop/report/pack.py" line="568" />
            <source>coach</source>
            <translation>内部教练</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="302" />
            <location filename="../../desktop/report/pack.py" line="566" />
            <source>insider</source>
            <translation>内线</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="306" />
            <source>no contact</source>
            <translation>尚无接触</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="309" />
            <location filename="../../desktop/report/pack.py" line="419" />
            <location filename="../../desktop/report/pack.py" line="550" />
            <location filename="../../desktop/report/pack.py" line="573" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="312" />
            <source>Our highest contact</source>
            <translation>我方最高接触层级</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="312" />
            <location filename="../../desktop/report/pack.py" line="527" />
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="312" />
            <location filename="../../desktop/report/pack.py" line="555" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="312" />
            <location filename="../../desktop/report/pack.py" line="555" />
            <source>Support</source>
            <translation>支持度</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="329" />
            <source>strength {p}</source>
            <translation>强度 {p}</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="337" />
            <source>No risk found in the decision chain.</source>
            <translation>决策链中未发现风险。</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="347" />
            <source>Risk</source>
            <translation>风险</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="347" />
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="347" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="353" />
            <source>Deals</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="357" />
            <source>{account}: open deals, and those closed in the last {days} days</source>
            <translation>{account}：进行中的项目，以及近 {days} 天内关闭的项目</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="364" />
            <source>No deal on this account yet.</source>
            <translation>该客户还没有项目。</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="374" />
            <source>close {day}</source>
            <translation>预计成交 {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="376" />
            <source>owner {name}</source>
            <translation>负责人 {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="383" />
            <source>Exit criteria of {stage}: {met} of {n} met</source>
            <translation>{stage} 的出口标准：已达成 {met}/{n}</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="392" />
            <source>met</source>
            <translation>已达成</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="394" />
            <source>not met</source>
            <translation>未达成</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="396" />
            <source>from the data</source>
            <translation>由数据判定</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="400" />
            <source>Checked</source>
            <translation>确认</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="400" />
            <source>Exit criterion</source>
            <translation>出口标准</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="400" />
            <location filename="../../desktop/report/pack.py" line="413" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="401" />
            <source>Five elements</source>
            <translation>五要素</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="413" />
            <source>Element</source>
            <translation>要素</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="413" />
            <source>Verified by</source>
            <translation>核实人</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="418" />
            <source>Warnings: {list}</source>
            <translation>提醒：{list}</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="430" />
            <source>Activities and next steps</source>
            <translation>活动与下一步</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="431" />
            <source>Next steps</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="434" />
            <source>No open next step.</source>
            <translation>没有待办的下一步。</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="439" />
            <source>The account</source>
            <translation>客户层面</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="442" />
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="442" />
            <source>Step</source>
            <translation>事项</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="442" />
            <location filename="../../desktop/report/pack.py" line="483" />
            <source>Who</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="452" />
            <source>{n} more key action(s) of the open deals are due after {day} (see the Tasks page).</source>
            <translation>另有 {n} 项关键动作在 {day} 之后到期（见任务页）。</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="462" />
            <source>Activities from {since} to {today}</source>
            <translation>{since} 至 {today} 的活动</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="483" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="483" />
            <source>Deal</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="483" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="483" />
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="491" />
            <source>No activity in the last {n} days.</source>
            <translation>近 {n} 天没有活动。</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="516" />
            <source>overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="532" />
            <source>This pack includes personal attributes of the customer's staff: keep it within the account team.</source>
            <translation>本资料含客户人员的个人信息：请仅在本客户团队内部使用。</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="555" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="555" />
            <source>Notes</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="555" />
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="570" />
            <source>backs {competitor}</source>
            <translation>支持{competitor}</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="572" />
            <source>reports to {name}</source>
            <translation>上级：{name}</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="640" />
            <source>{account} — account review pack</source>
            <translation>{account} — 客户复盘资料</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="655" />
            <source>Includes personal attributes: keep within the account team</source>
            <translation>含个人信息：仅限本客户团队内部使用</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="657" />
            <source>For internal review</source>
            <translation>仅供内部复盘</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="667" />
            <source>Page {n} of {total}</source>
            <translation>第 {n} 页，共 {total} 页</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="688" />
            <source>Decision chain — {account}</source>
            <translation>决策链 — {account}</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="690" />
            <source>The {n} strongest route(s) to the key decision maker are lit.</source>
            <translation>已高亮通往关键决策人的最强 {n} 条路径。</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="717" />
            <source>Nobody of this customer is on record yet: the map is empty.</source>
            <translation>尚未记录该客户的任何人员：组织图为空。</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="748" />
            <source>Account review pack — {account}</source>
            <translation>客户复盘资料 — {account}</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="765" />
            <source>Cannot draw the review pack.</source>
            <translation>无法生成复盘资料。</translation>
        </message>
        <message>
            <location filename="../../desktop/report/pack.py" line="791" />
            <source>Cannot write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>ReviewPackDialog</name>
        <message>
            <location filename="../../desktop/report/dialog.py" line="61" />
            <location filename="../../desktop/report/dialog.py" line="122" />
            <source>review pack</source>
            <translation>复盘资料</translation>
        </message>
        <message>
            <location filename="../../desktop/report/dialog.py" line="68" />
            <location filename="../../desktop/report/dialog.py" line="190" />
            <source>Export review pack</source>
            <translation>导出复盘资料</translation>
        </message>
        <message>
            <location filename="../../desktop/report/dialog.py" line="72" />
            <source>A PDF for a review meeting: the profile, the decision-chain map with the best routes to the key decision maker, coverage and risks, the deals with their exit criteria and five elements, the last 90 days' activities and the next steps.</source>
            <translation>供复盘会议使用的 PDF：客户概况、决策链组织图及通往关键决策人的最佳路径、覆盖情况与风险、各项目的出口标准和五要素、近 90 天的活动以及下一步。</translation>
        </message>
        <message>
            <location filename="../../desktop/report/dialog.py" line="90" />
            <source>Account:</source>
            <translation>客户：</translation>
        </message>
        <message>
            <location filename="../../desktop/report/dialog.py" line="93" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location filename="../../desktop/report/dialog.py" line="99" />
            <source>Save as:</source>
            <translation>保存为：</translation>
        </message>
        <message>
            <location filename="../../desktop/report/dialog.py" line="101" />
            <source>Include personal attributes (age, family, character, career)</source>
            <translation>包含个人信息（年龄、家庭、性格、职业经历）</translation>
        </message>
        <message>
            <location filename="../../desktop/report/dialog.py" line="104" />
            <source>Left out unless you tick this: the pack may travel further than the account team.</source>
            <translation>不勾选则不包含：资料可能流转到客户团队之外。</translation>
        </message>
        <message>
            <location filename="../../desktop/report/dialog.py" line="110" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../desktop/report/dialog.py" line="131" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/report/dialog.py" line="131" />
            <source>Save the review pack</source>
            <translation>保存复盘资料</translation>
        </message>
        <message>
            <location filename="../../desktop/report/dialog.py" line="168" />
            <source>There is no account yet: create one first.</source>
            <translation>还没有客户：请先新建客户。</translation>
        </message>
        <message>
            <location filename="../../desktop/report/dialog.py" line="186" />
            <source>That account is gone.</source>
            <translation>该客户已不存在。</translation>
        </message>
        <message>
            <location filename="../../desktop/report/dialog.py" line="194" />
            <source>Review pack saved to {path}.</source>
            <translation>复盘资料已保存到 {path}。</translation>
        </message>
        <message>
            <location filename="../../desktop/report/dialog.py" line="207" />
            <source>Export review pack…</source>
            <translation>导出复盘资料…</translation>
        </message>
        <message>
            <location filename="../../desktop/report/dialog.py" line="208" />
            <source>Write the selected account's review pack as a PDF, for a review meeting</source>
            <translation>将所选客户的复盘资料导出为 PDF，供复盘会议使用</translation>
        </message>
    </context>
    <context>
        <name>ReviewTab</name>
        <message>
            <location filename="../../desktop/dashboards/review_tab.py" line="42" />
            <source>Forced moves awaiting approval</source>
            <translation>待审批的强制推进</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/review_tab.py" line="43" />
            <source>Exit criteria ticked but contradicted by the data</source>
            <translation>已勾选但与数据矛盾的出口标准</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/review_tab.py" line="44" />
            <source>Expired protections awaiting a decision</source>
            <translation>保护期已到、等待处理的项目</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/review_tab.py" line="45" />
            <source>Overdue next steps</source>
            <translation>逾期的下一步</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/review_tab.py" line="46" />
            <source>Deals with no recent activity</source>
            <translation>近期没有活动的项目</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/review_tab.py" line="52" />
            <source>A deal moved past an unmet gate; a manager approves or reverts it</source>
            <translation>项目在未满足阶段关卡时被推进；需经理批准或撤回</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/review_tab.py" line="53" />
            <source>The criterion is ticked done but the workspace's data says it is not met</source>
            <translation>该标准已勾选完成，但工作区数据显示并未满足</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/review_tab.py" line="56" />
            <source>Penalise, release or transfer the deal</source>
            <translation>对项目进行处罚、释放到公田或转交</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/review_tab.py" line="57" />
            <source>A next step agreed with the customer is past its day</source>
            <translation>与客户约定的下一步已过期</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/review_tab.py" line="58" />
            <source>No visit, call or other activity logged for the set number of days</source>
            <translation>在设定的天数内没有记录拜访、电话或其他活动</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/review_tab.py" line="91" />
            <source>What needs a decision or a nudge before the review meeting. Double-click a deal to open it on the board.</source>
            <translation>复盘会议前需要决定或跟进的事项。双击项目可在漏斗看板中打开。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/review_tab.py" line="98" />
            <source>Nothing to review</source>
            <translation>没有需要复盘的事项</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/review_tab.py" line="99" />
            <source>No forced move waits for approval, no tick is contradicted, no protection has expired, no next step is overdue and every open deal had an activity lately.</source>
            <translation>没有待审批的强制推进，没有与数据矛盾的勾选，没有到期的保护期，没有逾期的下一步，每个进行中的项目近期都有活动。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/review_tab.py" line="114" />
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/review_tab.py" line="114" />
            <source>Deal</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/review_tab.py" line="114" />
            <source>Detail</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/review_tab.py" line="114" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/review_tab.py" line="114" />
            <source>Since</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/review_tab.py" line="129" />
            <source>{kind} ({n})</source>
            <translation>{kind}（{n}）</translation>
        </message>
    </context>
    <context>
        <name>RowMenu</name>
        <message>
            <location filename="../../desktop/pages/list_editor.py" line="225" />
            <source>&amp;Copy name</source>
            <translation>复制名称(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/list_editor.py" line="227" />
            <source>Copy the name to the clipboard, to paste it elsewhere</source>
            <translation>把名称复制到剪贴板，以便粘贴到别处</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/list_editor.py" line="258" />
            <source>Show on &amp;map</source>
            <translation>在组织架构图中查看(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/list_editor.py" line="260" />
            <source>Open the org map with this person selected</source>
            <translation>打开组织架构图并选中此人</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/list_editor.py" line="262" />
            <source>Open this account's org map</source>
            <translation>打开此客户的组织架构图</translation>
        </message>
    </context>
    <context>
        <name>SampleProgress</name>
        <message>
            <location filename="../../desktop/app.py" line="622" />
            <source>Sample workspace</source>
            <translation>示例工作区</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="623" />
            <source>Creating the sample workspace…</source>
            <translation>正在创建示例工作区…</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="624" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <location filename="../../desktop/search_dialog.py" line="66" />
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../desktop/search_dialog.py" line="67" />
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../desktop/search_dialog.py" line="68" />
            <source>Deal</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../desktop/search_dialog.py" line="80" />
            <source>left</source>
            <translation>已离职</translation>
        </message>
        <message>
            <location filename="../../desktop/search_dialog.py" line="274" />
            <source>Go to</source>
            <translation>转到</translation>
        </message>
        <message>
            <location filename="../../desktop/search_dialog.py" line="298" />
            <source>Go to an account, person or deal…</source>
            <translation>转到客户、人员或项目…</translation>
        </message>
        <message>
            <location filename="../../desktop/search_dialog.py" line="374" />
            <source>Find accounts, people and deals by name, pinyin initials such as zs for 张三, or phone.</source>
            <translation>按名称、拼音首字母（如用 zs 找张三）或电话查找客户、人员和项目。</translation>
        </message>
        <message>
            <location filename="../../desktop/search_dialog.py" line="379" />
            <source>Nothing found for “{query}”.</source>
            <translation>没有找到“{query}”。</translation>
        </message>
        <message>
            <location filename="../../desktop/search_dialog.py" line="380" />
            <source>↑↓ choose · Enter go · Esc close</source>
            <translation>↑↓ 选择 · Enter 转到 · Esc 关闭</translation>
        </message>
        <message>
            <location filename="../../desktop/search_dialog.py" line="382" />
            <source>The first {n} shown: type more to narrow them down.</source>
            <translation>只显示前 {n} 项：多输入一些可缩小范围。</translation>
        </message>
    </context>
    <context>
        <name>SelfCheckView</name>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="53" />
            <source>Channels: are your leads coming from the channels that convert best (existing customers, referrals, events), or mostly from cold ones?</source>
            <translation>渠道：你的线索是否来自转化最好的渠道（老客户、转介绍、活动），还是大多来自陌生渠道？</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="55" />
            <source>Strategy: are you visiting the departments and people who can start a purchase, with a reason for the next meeting each time?</source>
            <translation>策略：你拜访的是否是能发起采购的部门和人员？每次是否都为下一次见面创造了理由？</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="57" />
            <source>Confirmation: do you check the five elements early, with presales and your manager, so that real opportunities are recognised and weak ones dropped?</source>
            <translation>确认机制：你是否尽早与售前和直接上级一起核实五要素，识别真实商机、放弃虚假商机？</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="59" />
            <source>Yourself: do your skills and your drive match the visits — what would you practise, or ask your manager to help with?</source>
            <translation>自身：你的能力和投入是否与拜访相匹配？哪些方面需要练习，或请直接上级帮忙？</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="77" />
            <source>Many visits, few opportunities</source>
            <translation>拜访多，商机少</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="79" />
            <source>Thin reserve</source>
            <translation>商机储备不足</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="91" />
            <source>Member</source>
            <translation>成员</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="92" />
            <source>Activities</source>
            <translation>活动</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="93" />
            <source>Created</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="94" />
            <source>Advanced</source>
            <translation>推进</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="95" />
            <source>Near-term</source>
            <translation>近期</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="96" />
            <source>Far-term</source>
            <translation>远期</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="97" />
            <source>Check</source>
            <translation>自查</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="102" />
            <source>Active members of the team</source>
            <translation>团队中的在职成员</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="103" />
            <source>Visits, calls and other activities they took part in, last {n} days</source>
            <translation>最近 {n} 天参与的拜访、电话等活动</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="106" />
            <source>Their deals that became a valid opportunity (P3) in those days</source>
            <translation>这些天里成为有效商机（P3）的项目</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="107" />
            <source>Their opportunities that moved forward a stage in those days</source>
            <translation>这些天里向前推进了阶段的商机</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="108" />
            <source>Open deals in P5–P7, or expected to close within {n} days</source>
            <translation>处于 P5–P7 或预计 {n} 天内成交的进行中项目</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="109" />
            <source>Other open deals in P3–P4</source>
            <translation>其他处于 P3–P4 的进行中项目</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="110" />
            <source>What the self-check asks them to look at</source>
            <translation>自查提示需要关注的问题</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="213" />
            <source>The last {n} days of each member: activities against opportunities created and advanced. At {many} activities or more with {few} opportunity or fewer, the method asks four questions; no near-term opportunity and {far} far-term ones or fewer means the reserve is thin.</source>
            <translation>每位成员最近 {n} 天的活动与新增、推进的商机对比。活动达到 {many} 次及以上而商机不超过 {few} 个时，方法会提出四个问题；没有近期商机且远期商机不超过 {far} 个，说明商机储备不足。</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="223" />
            <source>No one to check yet</source>
            <translation>暂无可自查的成员</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="224" />
            <source>Add your team on the Members tab; each member's self-check shows here.</source>
            <translation>请在“成员”标签页添加团队成员，每位成员的自查结果会显示在这里。</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="310" />
            <source>{name} · {role}, {start} to {end}</source>
            <translation>{name} · {role}，{start} 至 {end}</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="319" />
            <source>{acts} activities; {opps} opportunities created or advanced ({created} created, {advanced} advanced). Open reserve: {near} near-term, {far} far-term.</source>
            <translation>{acts} 次活动；新增或推进商机 {opps} 个（新增 {created} 个，推进 {advanced} 个）。商机储备：近期 {near} 个，远期 {far} 个。</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="334" />
            <source>&lt;b&gt;Many visits, few opportunities.&lt;/b&gt; Ask yourself:</source>
            <translation>&lt;b&gt;拜访多，商机少。&lt;/b&gt;请自问：</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="340" />
            <source>The questions and the reserve warning are for sales reps, whose pipeline this is; the days above show this member's activities.</source>
            <translation>这些问题和储备预警针对销售，因为商机归他们负责；上方每天的柱状图显示该成员的活动。</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="347" />
            <source>Only {acts} activities in {n} days: look at each day above — where did the time go?</source>
            <translation>{n} 天里只有 {acts} 次活动：看看上方每一天——时间都花在哪里了？</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="353" />
            <source>Activities are turning into opportunities; look at each day above.</source>
            <translation>活动正在转化为商机；可查看上方每天的情况。</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/selfcheck_view.py" line="357" />
            <source>No near-term opportunity and only {far} far-term: the pipeline will run dry. Mine new leads and turn them into valid opportunities now.</source>
            <translation>没有近期商机，远期商机也只有 {far} 个：商机即将断档。请立即挖掘新线索，并将其转为有效商机。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="457" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="461" />
            <source>On this computer</source>
            <translation>本机设置</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="464" />
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="470" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="473" />
            <source>For the whole team (saved in the workspace)</source>
            <translation>全团队共用（保存在工作区中）</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="481" />
            <source>Close reasons</source>
            <translation>关闭原因</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="491" />
            <source> months</source>
            <translation> 个月</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="493" />
            <source>How long a valid opportunity stays with its owner (P3.PROTECT.2)</source>
            <translation>有效商机归属负责人的期限，即方法中的保护期</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="495" />
            <source>The currency a new deal starts with</source>
            <translation>新建项目时默认使用的币种</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="496" />
            <source>Default currency</source>
            <translation>默认币种</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="497" />
            <source>Protection period</source>
            <translation>保护期</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="498" />
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="512" />
            <source>Totals, forecasts and targets add amounts up in this currency</source>
            <translation>合计、预测和目标都按这个币种汇总金额</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="514" />
            <source>Base currency</source>
            <translation>本位币</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="518" />
            <source>Rate: how many units of the base currency one unit of the currency is worth (for example USD 7.2 with the base CNY). A total leaves out deals in a currency without a rate and says so.</source>
            <translation>汇率：该币种 1 个单位折合多少本位币（例如本位币为 CNY 时，USD 填 7.2）。没有汇率的币种，其项目金额不计入合计，并会注明。</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="529" />
            <source>Currencies</source>
            <translation>币种与汇率</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="533" />
            <source>Learn stage probabilities from our closed deals</source>
            <translation>根据我们已结束的项目学习各阶段赢单概率</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="537" />
            <source>For each stage: of our won, lost and shelved deals that reached it, the share we won</source>
            <translation>每个阶段：在到达过该阶段、已赢单、丢单或搁置的项目中，赢单所占的比例</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="548" />
            <source>With fewer closed deals through a stage, the method's default stays</source>
            <translation>经过某阶段的已结束项目少于此数时，沿用方法论的默认值</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="550" />
            <source>Closed deals needed per stage</source>
            <translation>每个阶段所需的已结束项目数</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="557" />
            <source>A value set by hand wins over the learned one for its stage. Weighted amounts on the board and in forecasts use the probabilities in force.</source>
            <translation>手工设定的值优先于该阶段学习得到的值。看板和预测中的加权金额都使用当前生效的概率。</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="563" />
            <source>Stage probabilities</source>
            <translation>阶段赢单概率</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="633" />
            <source>“{code}” is not a currency code such as CNY or USD.</source>
            <translation>“{code}”不是 CNY、USD 这样的币种代码。</translation>
        </message>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="655" />
            <location filename="../../desktop/settings_dialog.py" line="657" />
            <source>Change team settings</source>
            <translation>修改团队设置</translation>
        </message>
    </context>
    <context>
        <name>TargetingPage</name>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="218" />
            <source>Choose the {dimension} values that describe your best customers</source>
            <translation>选择能描述您最佳客户的{dimension}取值</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="232" />
            <source>How much {dimension} counts in the fit score; 0 leaves it out of the score (it still decides who meets the whole description)</source>
            <translation>{dimension}在匹配度中所占的权重；设为 0 则不计入匹配度（但仍用于判断是否完全符合描述）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="293" />
            <source>New segment</source>
            <translation>新建客户群</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="294" />
            <source>Start describing another group of target customers</source>
            <translation>开始描述另一组目标客户</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="300" />
            <source>Save segment</source>
            <translation>保存客户群</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="301" />
            <source>Keep this description and its weights (undo takes it back)</source>
            <translation>保存此描述及其权重（可撤销）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="307" />
            <source>Delete segment</source>
            <translation>删除客户群</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="308" />
            <source>Delete the selected saved segment; the accounts stay as they are</source>
            <translation>删除所选的已保存客户群；客户本身不受影响</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="345" />
            <source>Saved segments</source>
            <translation>已保存的客户群</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="360" />
            <source>No saved segments yet.

Describe your best customers: choose the natures, industries, regions and sizes that fit, then weight what matters most. Save to keep the description.</source>
            <translation>还没有已保存的客户群。

描述您的最佳客户：选择合适的性质、行业、区域和规模，再给最重要的维度加权。保存后即可留下这份描述。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="386" />
            <source>Describe your best customers</source>
            <translation>描述您的最佳客户</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="388" />
            <source>&amp;Name</source>
            <translation>名称(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="392" />
            <source>Name this segment, e.g. East China state groups</source>
            <translation>为客户群命名，例如：华东国企集团</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="406" />
            <source>Drop changes</source>
            <translation>放弃修改</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="407" />
            <source>Go back to the segment as it was saved</source>
            <translation>恢复到客户群保存时的样子</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="416" />
            <source>Chosen values</source>
            <translation>已选取值</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="416" />
            <source>Dimension</source>
            <translation>维度</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="416" />
            <source>Weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="452" />
            <source>Any</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="453" />
            <source>Untick every value: this dimension no longer counts</source>
            <translation>取消勾选所有取值：此维度不再计入</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="492" />
            <source>Target list</source>
            <translation>目标客户清单</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="501" />
            <source>Find an account in the list (Ctrl+F)</source>
            <translation>在清单中查找客户（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="505" />
            <source>Only full matches</source>
            <translation>只看完全符合的</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="506" />
            <source>Hide accounts that meet only part of the description</source>
            <translation>隐藏只部分符合描述的客户</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="531" />
            <source>&amp;Open account</source>
            <translation>打开客户(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="533" />
            <source>Show the account on the Accounts page (double-click)</source>
            <translation>在“大客户”页面查看此客户（双击）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="542" />
            <source>No accounts to rank yet</source>
            <translation>还没有可排名的客户</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="544" />
            <source>Describe your best customers: choose the natures, industries, regions and sizes that fit, then weight what matters most. Add accounts on the Accounts page and they are ranked here against your description.</source>
            <translation>描述您的最佳客户：选择合适的性质、行业、区域和规模，再给最重要的维度加权。在“大客户”页面添加客户后，它们会按您的描述在这里排名。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="551" />
            <source>No account fits</source>
            <translation>没有符合的客户</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="553" />
            <source>None of your accounts meets this description. Untick a value, choose a wider region, or clear “Only full matches”.</source>
            <translation>没有客户符合这一描述。请取消勾选某个取值、选择更大的区域，或取消“只看完全符合的”。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="561" />
            <source>Fit: green bar = meets the whole description, blue = part of it. Double-click an account to open it.</source>
            <translation>匹配度：绿条表示完全符合描述，蓝条表示部分符合。双击客户即可打开。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="776" />
            <source>New segment — not saved yet.</source>
            <translation>新客户群——尚未保存。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="778" />
            <source>Changed — not saved yet.</source>
            <translation>已修改——尚未保存。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="780" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="784" />
            <source>It also asks for {what}, which ranking cannot use; saving leaves that out.</source>
            <translation>它还设有{what}条件，排名用不上；保存时会略去。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="823" />
            <source>&lt;b&gt;{dimension}&lt;/b&gt; — {hint}</source>
            <translation>&lt;b&gt;{dimension}&lt;/b&gt; — {hint}</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="831" />
            <source>Add a region path, e.g. China/East/Shanghai, and press Enter</source>
            <translation>添加区域路径，例如“中国/华东/上海”，然后按回车</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="834" />
            <source>Add a keyword and press Enter</source>
            <translation>添加关键词后按回车</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="836" />
            <source>Add a value and press Enter</source>
            <translation>添加取值后按回车</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="934" />
            <source>Unsaved segment</source>
            <translation>未保存的客户群</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="935" />
            <source>The segment you are editing has changes that are not saved.</source>
            <translation>正在编辑的客户群有尚未保存的修改。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="939" />
            <source>Save them before you go on?</source>
            <translation>继续之前先保存吗？</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="974" />
            <source>Give the segment a name before saving it.</source>
            <translation>保存前请先为客户群命名。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="981" />
            <source>Save segment {name}</source>
            <translation>保存客户群{name}</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="995" />
            <source>Change segment {name}</source>
            <translation>修改客户群{name}</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="1001" />
            <source>Segment {name} saved.</source>
            <translation>客户群{name}已保存。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="1008" />
            <source>Delete segment {name}</source>
            <translation>删除客户群{name}</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="1040" />
            <source>all {n} accounts, biggest open pipeline first</source>
            <translation>全部 {n} 个客户，按在跟金额从大到小排列</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/targeting.py" line="1045" />
            <source>{shown} of {n} accounts fit, {full} fully</source>
            <translation>{n} 个客户中有 {shown} 个符合，其中 {full} 个完全符合</translation>
        </message>
    </context>
    <context>
        <name>TargetsDialog</name>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="143" />
            <source>Who</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="144" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="144" />
            <source>Target ({base})</source>
            <translation>目标（{base}）</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="146" />
            <source>Type an amount in the base currency and press Enter</source>
            <translation>输入本位币金额后按回车</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="168" />
            <source>The team's own target, not the sum of its members'</source>
            <translation>团队自身的目标，而非成员目标之和</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="170" />
            <source>No target yet: double-click to type one</source>
            <translation>尚无目标：双击输入</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="218" />
            <source>Targets</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="221" />
            <source>What each member, and the team as a whole, is to win (contracts signed) or collect (payments received) in a period. Attainment, pipeline coverage and the reverse funnel on the Team tab start from here.</source>
            <translation>每位成员以及整个团队在某一期间要赢单（签约金额）或回款（到账金额）多少。团队页签中的达成率、商机覆盖率和倒推漏斗都以此为起点。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="230" />
            <source>Per</source>
            <translation>按</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="233" />
            <source>Quarter</source>
            <translation>季度</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="234" />
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="235" />
            <source>Year</source>
            <translation>年</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="237" />
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="243" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="246" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="247" />
            <source>Collected</source>
            <translation>回款</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="249" />
            <source>Contract values of deals won in the period</source>
            <translation>本期赢单项目的合同总额</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="251" />
            <source>Payments received in the period</source>
            <translation>本期到账的回款</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="284" />
            <source>Remove target</source>
            <translation>删除目标</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="286" />
            <source>Remove the selected row's target for this period</source>
            <translation>删除所选行在本期的目标</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="354" />
            <source>No targets for this period yet: double-click a row's Target to type one.</source>
            <translation>本期还没有目标：双击某行的“目标”即可输入。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="358" />
            <source>The members' targets add up to {sum}.</source>
            <translation>成员目标合计 {sum}。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="361" />
            <source>The team's target is {team}.</source>
            <translation>团队目标为 {team}。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="378" />
            <location filename="../../desktop/dashboards/targets_dialog.py" line="391" />
            <source>the team</source>
            <translation>团队</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="379" />
            <source>Set the {period} target of {who} to {amount}</source>
            <translation>将{who} {period} 的目标设为 {amount}</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="392" />
            <source>Remove the {period} target of {who}</source>
            <translation>删除{who} {period} 的目标</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/targets_dialog.py" line="403" />
            <source>Team</source>
            <translation>团队</translation>
        </message>
    </context>
    <context>
        <name>TargetsModel</name>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="45" />
            <source>Nature</source>
            <translation>性质</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="46" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="47" />
            <source>Region</source>
            <translation>区域</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="48" />
            <source>Size</source>
            <translation>规模</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="49" />
            <source>Sales channel</source>
            <translation>销售方式</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="50" />
            <source>Development stage</source>
            <translation>发展阶段</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="51" />
            <source>IT situation</source>
            <translation>信息化现状</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="52" />
            <source>Core needs</source>
            <translation>核心需求</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="59" />
            <source>Public organisation, state-owned, foreign or joint venture, private</source>
            <translation>公共组织 / 国有企业 / 外资或合资企业 / 民营企业</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="60" />
            <source>The industries where your offer fits best</source>
            <translation>您的产品和服务最适合的行业</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="61" />
            <source>A region includes everything inside it: ticking a province takes in its cities and districts</source>
            <translation>区域包含其下所有层级：勾选一个省，就包含了省内的市和区县</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="65" />
            <source>Extra-large, large, medium, small or micro</source>
            <translation>特大型、大型、中型、小型或微型</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="66" />
            <source>Sold directly or through a channel partner</source>
            <translation>直销，或经由渠道伙伴销售</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="67" />
            <source>Start-up, growth, mature, transformation…</source>
            <translation>初创期、成长期、成熟期、转型期…</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="68" />
            <source>Keywords found in the account's IT situation</source>
            <translation>在客户信息化现状中出现的关键词</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="69" />
            <source>Keywords found in the account's core needs</source>
            <translation>在客户核心需求中出现的关键词</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="88" />
            <source>Any</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="133" />
            <source>Describes no dimension yet: every account fits.</source>
            <translation>尚未描述任何维度：所有客户都符合。</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="247" />
            <source>{n} account(s)</source>
            <translation>{n} 个客户</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="248" />
            <source>No account has this value yet</source>
            <translation>还没有客户取这个值</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="416" />
            <source>{path}: {n} account(s), everything inside included</source>
            <translation>{path}：{n} 个客户（含其下各级）</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="459" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="459" />
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="459" />
            <source>Fit</source>
            <translation>匹配度</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="459" />
            <source>Meets</source>
            <translation>符合项</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="459" />
            <source>Open pipeline</source>
            <translation>在跟金额</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="459" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="464" />
            <source>Place in the target list: best fit first</source>
            <translation>在目标客户清单中的名次：匹配度最高的排最前</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="465" />
            <source>The account; double-click to open it</source>
            <translation>客户；双击即可打开</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="466" />
            <source>Fit score 0–100: the weighted share of the described dimensions the account meets</source>
            <translation>匹配度 0–100：客户符合的已描述维度按权重所占的比例</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="467" />
            <source>The dimensions of the description the account meets</source>
            <translation>客户符合的描述维度</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="468" />
            <source>Value of the account's open deals</source>
            <translation>该客户进行中项目的金额</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="469" />
            <source>The rep who owns the account</source>
            <translation>负责该客户的销售代表</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="540" />
            <source>Unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="559" />
            <source>{dimension}: +{points:.0f}</source>
            <translation>{dimension}：+{points:.0f}</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="561" />
            <source>{dimension}: missed</source>
            <translation>{dimension}：不符合</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="566" />
            <source>{dimension}: met (weight 0)</source>
            <translation>{dimension}：符合（权重为 0）</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="570" />
            <source>Meets the whole description.</source>
            <translation>完全符合描述。</translation>
        </message>
        <message>
            <location filename="../../desktop/models/targets_model.py" line="571" />
            <source>No dimension described yet.</source>
            <translation>尚未描述任何维度。</translation>
        </message>
    </context>
    <context>
        <name>TaskEditor</name>
        <message>
            <location filename="../../desktop/tasks/view.py" line="172" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="174" />
            <source>&amp;Assignee</source>
            <translation>负责人(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="175" />
            <source>D&amp;ue</source>
            <translation>到期日(&amp;U)</translation>
        </message>
    </context>
    <context>
        <name>TaskTableModel</name>
        <message>
            <location filename="../../desktop/tasks/model.py" line="41" />
            <location filename="../../desktop/tasks/view.py" line="315" />
            <source>Done {day}</source>
            <translation>已于 {day} 完成</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="43" />
            <source>Dormant: the deal is closed or back before this stage</source>
            <translation>暂停：项目已关闭或已退回到此阶段之前</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="46" />
            <source>1 day late</source>
            <translation>逾期 1 天</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="46" />
            <source>{n} days late</source>
            <translation>逾期 {n} 天</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="48" />
            <source>nobody took it</source>
            <translation>无人认领</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="49" />
            <source>Escalated: {late} ({who})</source>
            <translation>已上报：{late}（{who}）</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="52" />
            <source>Due today</source>
            <translation>今天到期</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="62" />
            <location filename="../../desktop/tasks/view.py" line="314" />
            <source>Dormant</source>
            <translation>暂停</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="64" />
            <location filename="../../desktop/tasks/view.py" line="314" />
            <source>Escalated, {n} d late</source>
            <translation>已上报，逾期 {n} 天</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="90" />
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="91" />
            <source>Deal</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="92" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="93" />
            <source>For</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="94" />
            <source>Assignee</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="95" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="96" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="101" />
            <source>A key action of the stage (the method's text) or a task written by hand</source>
            <translation>本阶段的关键动作（方法中的原文）或手动添加的任务</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="102" />
            <source>The deal and its account</source>
            <translation>项目及其客户</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="103" />
            <source>The stage whose key action this is</source>
            <translation>此关键动作所属的阶段</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="104" />
            <source>The team role the action is for</source>
            <translation>此动作对应的团队角色</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="105" />
            <source>Who does it; presales tasks wait for someone to take them</source>
            <translation>由谁完成；售前任务等待有人认领</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="106" />
            <source>The local day it is due</source>
            <translation>到期日（本地日期）</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="107" />
            <source>Overdue tasks escalate to the assignee's manager</source>
            <translation>逾期任务会上报给负责人的直接上级</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/model.py" line="145" />
            <location filename="../../desktop/tasks/view.py" line="307" />
            <source>— to take —</source>
            <translation>— 待认领 —</translation>
        </message>
    </context>
    <context>
        <name>TasksView</name>
        <message>
            <location filename="../../desktop/tasks/view.py" line="221" />
            <location filename="../../desktop/tasks/view.py" line="454" />
            <source>Mark done</source>
            <translation>标记为完成</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="222" />
            <source>Mark the selected task done today, or not done again</source>
            <translation>将选中的任务标记为今天完成，或重新标记为未完成</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="228" />
            <source>Take it</source>
            <translation>认领</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="229" />
            <source>Make the selected task yours (the member this list is for)</source>
            <translation>由本列表所属的成员认领选中的任务</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="235" />
            <source>Add task…</source>
            <translation>添加任务…</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="236" />
            <source>Write a task by hand for an open deal</source>
            <translation>为进行中的项目手动添加任务</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="242" />
            <source>Delete task</source>
            <translation>删除任务</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="243" />
            <source>Delete the selected task (undo brings it back)</source>
            <translation>删除选中的任务（撤销可恢复）</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="256" />
            <source>Tasks of</source>
            <translation>任务清单：</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="262" />
            <source>Show done</source>
            <translation>显示已完成</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="276" />
            <source>No tasks</source>
            <translation>没有任务</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="362" />
            <source>{n} tasks, {late} overdue</source>
            <translation>{n} 项任务，{late} 项逾期</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="364" />
            <source>{n} tasks</source>
            <translation>{n} 项任务</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="374" />
            <source>{name} (me)</source>
            <translation>{name}（我）</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="379" />
            <source>— choose a member —</source>
            <translation>— 选择成员 —</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="386" />
            <source>Add your team on the Members tab first. Tasks are made from each stage's key actions when a deal enters the stage.</source>
            <translation>请先在“成员”标签页添加团队成员。项目进入某个阶段时，会根据该阶段的关键动作生成任务。</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="391" />
            <source>Say who you are with File ▸ I am… to see your own tasks here, or choose a member above.</source>
            <translation>通过“文件 ▸ 我是…”说明你是谁，即可在此看到自己的任务；也可以在上方选择一位成员。</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="396" />
            <source>Nothing to do here. When a deal enters a stage, its key actions become tasks: the rep's for the deal's owner, the manager's for the owner's manager, and presales tasks wait to be taken. Add a task by hand with Add task….</source>
            <translation>这里暂时没有任务。项目进入某个阶段时，该阶段的关键动作会变成任务：销售的动作交给项目负责人，经理的动作交给负责人的直接上级，售前任务等待认领。也可以用“添加任务…”手动添加。</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="432" />
            <source>No task selected</source>
            <translation>未选择任务</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="439" />
            <source>{deal} at {account} · {stage} · for the {role}</source>
            <translation>{account} 的 {deal} · {stage} · 角色：{role}</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="446" />
            <source>— nobody yet —</source>
            <translation>— 暂无 —</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="454" />
            <source>Mark not done</source>
            <translation>标记为未完成</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="468" />
            <source>Assign “{task}”</source>
            <translation>指派“{task}”</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="469" />
            <source>Set the due day of “{task}”</source>
            <translation>设置“{task}”的到期日</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="470" />
            <source>Mark “{task}” done</source>
            <translation>将“{task}”标记为完成</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="472" />
            <source>Mark “{task}” not done</source>
            <translation>将“{task}”标记为未完成</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="490" />
            <source>Take “{task}”</source>
            <translation>认领“{task}”</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="499" />
            <source>A task is for an open deal; there is none yet.</source>
            <translation>任务属于进行中的项目，目前还没有这样的项目。</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="515" />
            <source>Add the task “{task}”</source>
            <translation>添加任务“{task}”</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="532" />
            <source>Delete “{task}”</source>
            <translation>删除“{task}”</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/view.py" line="538" />
            <source>Deleted “{task}”. Undo brings it back.</source>
            <translation>已删除“{task}”。撤销可恢复。</translation>
        </message>
    </context>
    <context>
        <name>TeamMenu</name>
        <message>
            <location filename="../../desktop/team/menu.py" line="27" />
            <source>Open &amp;team database…</source>
            <translation>打开团队数据库(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../desktop/team/menu.py" line="30" />
            <source>Open the team's shared workspace on a PostgreSQL server</source>
            <translation>打开 PostgreSQL 服务器上团队共用的工作区</translation>
        </message>
    </context>
    <context>
        <name>TeamModel</name>
        <message>
            <location filename="../../desktop/models/team_model.py" line="33" />
            <source>Owns accounts and deals, and pulls the team's resources into a big deal.</source>
            <translation>负责客户和项目，并为大项目调动团队资源。</translation>
        </message>
        <message>
            <location filename="../../desktop/models/team_model.py" line="36" />
            <source>Studies the industry, guides needs and proposes a targeted solution (P2–P4).</source>
            <translation>研究行业、引导需求，并提出有针对性的方案（P2–P4）。</translation>
        </message>
        <message>
            <location filename="../../desktop/models/team_model.py" line="39" />
            <source>Direct manager: confirms the five elements in person before a lead counts as an opportunity (P3).</source>
            <translation>直接上级：亲自确认五要素，线索才能算作商机（P3）。</translation>
        </message>
        <message>
            <location filename="../../desktop/models/team_model.py" line="43" />
            <source>Meets the customer's top level and confirms very large deals himself or herself.</source>
            <translation>与客户最高层会面，并亲自确认特大项目。</translation>
        </message>
        <message>
            <location filename="../../desktop/models/team_model.py" line="59" />
            <source>Email</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location filename="../../desktop/models/team_model.py" line="59" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desktop/models/team_model.py" line="59" />
            <source>Reports to</source>
            <translation>汇报对象</translation>
        </message>
        <message>
            <location filename="../../desktop/models/team_model.py" line="59" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../desktop/models/team_model.py" line="59" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../desktop/models/team_model.py" line="64" />
            <source>The team member's name</source>
            <translation>团队成员姓名</translation>
        </message>
        <message>
            <location filename="../../desktop/models/team_model.py" line="65" />
            <source>Sales rep, presales, manager or executive</source>
            <translation>销售代表、售前、经理或高管</translation>
        </message>
        <message>
            <location filename="../../desktop/models/team_model.py" line="66" />
            <source>The member's direct manager on our side</source>
            <translation>该成员在我方的直接上级</translation>
        </message>
        <message>
            <location filename="../../desktop/models/team_model.py" line="67" />
            <source>Email address</source>
            <translation>电子邮件地址</translation>
        </message>
        <message>
            <location filename="../../desktop/models/team_model.py" line="68" />
            <source>Inactive members stay in the history but no longer take new work</source>
            <translation>停用的成员仍保留在历史记录中，但不再承接新工作</translation>
        </message>
        <message>
            <location filename="../../desktop/models/team_model.py" line="94" />
            <source>Active</source>
            <translation>在职</translation>
        </message>
        <message>
            <location filename="../../desktop/models/team_model.py" line="94" />
            <source>Inactive</source>
            <translation>已停用</translation>
        </message>
    </context>
    <context>
        <name>TeamPage</name>
        <message>
            <location filename="../../desktop/pages/team.py" line="132" />
            <source>Add member</source>
            <translation>添加成员</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="133" />
            <source>Add someone to our team: a rep, presales, a manager or an executive</source>
            <translation>向我方团队添加成员：销售代表、售前、经理或高管</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="139" />
            <source>Delete member</source>
            <translation>删除成员</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="140" />
            <source>Remove the selected member (undo brings them back with their links)</source>
            <translation>移除所选成员（撤销可连同其关联一起恢复）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="148" />
            <source>Reporting lines</source>
            <translation>汇报关系</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="149" />
            <source>Show the team as a tree of who reports to whom</source>
            <translation>以树形显示团队中谁向谁汇报</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="155" />
            <source>Territories…</source>
            <translation>责任区…</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="156" />
            <source>Who answers for which regions, industries and named accounts (责任区)</source>
            <translation>谁负责哪些区域、行业和指定客户（责任区）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="162" />
            <source>Targets…</source>
            <translation>目标…</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="163" />
            <source>What each member and the whole team are to win or collect per period</source>
            <translation>每位成员和整个团队每个周期要赢单或回款的金额</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="206" />
            <source>Members</source>
            <translation>成员</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="207" />
            <source>Tasks</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="208" />
            <source>Self-check</source>
            <translation>自查</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="209" />
            <source>Our people, their roles and who reports to whom</source>
            <translation>我方人员、角色及汇报关系</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="211" />
            <source>My tasks from the stages' key actions, and what escalated to me</source>
            <translation>由各阶段关键动作生成的我的任务，以及上报给我的任务</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="214" />
            <source>Each member's last two weeks: activities against opportunities</source>
            <translation>每位成员最近两周的活动与商机对比</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="219" />
            <source>Your team</source>
            <translation>您的团队</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="221" />
            <source>List the people on our side: reps, presales experts, direct managers and executives. The method calls them internal key customers: a rep has to win their time and pull their resources into a big deal — the manager who confirms the five elements, presales who shape the solution, the executive who meets the customer's top level.</source>
            <translation>列出我方人员：销售代表、售前专家、直接上级和高管。这套方法把他们称为内部大客户：销售要争取他们的时间，把他们的资源拉进大项目——确认五要素的经理、打磨方案的售前、会见客户高层的高管。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="227" />
            <source>Add the first team member</source>
            <translation>添加第一位团队成员</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="245" />
            <source>&amp;Edit member</source>
            <translation>编辑成员(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="247" />
            <source>Edit the member's name, role and manager</source>
            <translation>编辑成员的姓名、角色和直接上级</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="259" />
            <source>Filter by name, role, manager or email (Ctrl+F)</source>
            <translation>按姓名、角色、上级或电子邮件筛选（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="341" />
            <source>1 member</source>
            <translation>1 名成员</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="342" />
            <source>{n} members</source>
            <translation>{n} 名成员</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="343" />
            <source>{shown} of {n} shown</source>
            <translation>显示 {shown} / {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="374" />
            <source>No member selected</source>
            <translation>未选择成员</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="397" />
            <source>Direct reports: {names}</source>
            <translation>直接下属：{names}</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="399" />
            <source>No one reports to {name}.</source>
            <translation>没有人向{name}汇报。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="406" />
            <source>— nobody —</source>
            <translation>— 无 —</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="413" />
            <source>{name} (inactive)</source>
            <translation>{name}（已停用）</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="420" />
            <source>A team member needs a name.</source>
            <translation>团队成员必须有姓名。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="423" />
            <source>Nobody can be their own manager.</source>
            <translation>任何人都不能做自己的上级。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="426" />
            <source>That would make a loop: the chosen manager already reports to {name}.</source>
            <translation>这样会形成闭环：所选上级已经在向{name}汇报。</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="443" />
            <source>Rename {name} to {value}</source>
            <translation>将{name}改名为{value}</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="444" />
            <source>Change the role of {name}</source>
            <translation>修改{name}的角色</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="445" />
            <source>Change the manager of {name}</source>
            <translation>修改{name}的上级</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="446" />
            <source>Change the email of {name}</source>
            <translation>修改{name}的电子邮件</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="447" />
            <source>Mark {name} active</source>
            <translation>将{name}设为在职</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="447" />
            <source>Mark {name} inactive</source>
            <translation>将{name}设为停用</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="461" />
            <source>New team member</source>
            <translation>新团队成员</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="462" />
            <source>Add a team member</source>
            <translation>添加团队成员</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="470" />
            <source>Delete {name}</source>
            <translation>删除{name}</translation>
        </message>
        <message>
            <location filename="../../desktop/pages/team.py" line="472" />
            <source>Deleted {name}. Undo brings them back.</source>
            <translation>已删除{name}。撤销可恢复。</translation>
        </message>
    </context>
    <context>
        <name>TeamTab</name>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="73" />
            <source>Whole team</source>
            <translation>整个团队</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="102" />
            <source>Others ({count})</source>
            <translation>其他 {count} 人</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="141" />
            <source>Quarter</source>
            <translation>季度</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="142" />
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="143" />
            <source>Year</source>
            <translation>年</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="150" />
            <source>Targets…</source>
            <translation>目标…</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="151" />
            <source>Set what each member and the team is to win</source>
            <translation>设定每位成员和团队的赢单目标</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="158" />
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="165" />
            <source>Set targets (Targets…) or win deals in this period to see this.</source>
            <translation>设定目标（“目标…”）或在此期间赢单后即可看到此图。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="167" />
            <source>Won against target</source>
            <translation>赢单与目标对比</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="169" />
            <source>No member won or has a deal closing in this period yet.</source>
            <translation>此期间尚无成员赢单，也没有预计成交的项目。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="171" />
            <source>Won and pipeline per member</source>
            <translation>各成员的赢单与储备</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="174" />
            <source>Set a won target for the team (Targets…) and win a first deal to see this.</source>
            <translation>为团队设定赢单目标（“目标…”）并赢得第一个项目后即可看到此图。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="176" />
            <source>Needed against open at P3 and P4</source>
            <translation>P3 和 P4 的所需与在手对比</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="275" />
            <source>Team won {won}; no team target set for this period.</source>
            <translation>团队已赢单 {won}；此期间未设定团队目标。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="278" />
            <source>Team won {won} of {target} ({share}); {gap} left, pipeline covers it {cover}.</source>
            <translation>团队已赢单 {won}，目标 {target}（完成 {share}）；尚差 {gap}，储备覆盖 {cover}。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="293" />
            <source>Per head {per_head}; the top 20% of members won {top} of the total; Gini coefficient {gini} (0: all equal).</source>
            <translation>人均 {per_head}；前 20% 的成员赢得总额的 {top}；基尼系数 {gini}（0 表示完全均衡）。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="305" />
            <source>Reverse funnel: {left} left to win at an average won deal of {avg} needs {p3} at P3 or {p4} at P4 (open now: {h3} and {h4}).</source>
            <translation>反向漏斗：尚需赢单 {left}，按平均赢单金额 {avg} 计，需要 P3 商机 {p3} 个或 P4 商机 {p4} 个（当前在手：{h3} 个和 {h4} 个）。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="323" />
            <source>Left out for want of a rate: {codes} (set the rates in Settings).</source>
            <translation>因缺少汇率未计入：{codes}（请在设置中填写汇率）。</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="378" />
            <location filename="../../desktop/dashboards/team_tab.py" line="425" />
            <source>won</source>
            <translation>已赢单</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="384" />
            <source>target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="396" />
            <source>{member}: won</source>
            <translation>{member}：已赢单</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="419" />
            <source>won {won}, pipeline {pipeline}</source>
            <translation>已赢单 {won}，储备 {pipeline}</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="429" />
            <source>{member}: pipeline</source>
            <translation>{member}：储备</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="431" />
            <source>pipeline</source>
            <translation>储备</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="437" />
            <source>per head</source>
            <translation>人均</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="466" />
            <source>Open at {stage}</source>
            <translation>{stage} 在手项目</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="468" />
            <source>open now</source>
            <translation>当前在手</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="475" />
            <location filename="../../desktop/dashboards/team_tab.py" line="490" />
            <source>opportunities</source>
            <translation>商机数</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="477" />
            <source>No won target for this period: set one with Targets…</source>
            <translation>此期间没有赢单目标：请通过“目标…”设定</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="479" />
            <source>No deal won yet to size the need</source>
            <translation>尚无赢单项目，无法估算所需数量</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="486" />
            <source>needed</source>
            <translation>所需</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="498" />
            <source>Member</source>
            <translation>成员</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="499" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="500" />
            <source>Won</source>
            <translation>已赢单</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="501" />
            <source>Attained</source>
            <translation>完成率</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="502" />
            <source>Collected</source>
            <translation>已回款</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="503" />
            <source>Pipeline</source>
            <translation>储备</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="504" />
            <source>Weighted</source>
            <translation>加权金额</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="505" />
            <source>Coverage</source>
            <translation>覆盖倍数</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="506" />
            <source>Near-term</source>
            <translation>近期</translation>
        </message>
        <message>
            <location filename="../../desktop/dashboards/team_tab.py" line="507" />
            <source>Far-term</source>
            <translation>远期</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../../desktop/board/payments.py" line="203" />
            <source>Instalment {n}: {amount}; received so far {received}, {rest} still due.</source>
            <translation>第 {n} 期：{amount}；已到账 {received}，尚欠 {rest}。</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="205" />
            <source>Record a transfer</source>
            <translation>登记到账</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="223" />
            <source>Bank transfer, acceptance bill…</source>
            <translation>银行转账、承兑汇票…</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="224" />
            <source>Received</source>
            <translation>实收金额</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="225" />
            <source>On</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../desktop/board/payments.py" line="226" />
            <source>How</source>
            <translation>方式</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="251" />
            <source>Verify an element</source>
            <translation>核实一项要素</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="259" />
            <source>Nobody yet</source>
            <translation>暂无</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="265" />
            <source>Follows from the verifier's role in the team</source>
            <translation>由核实人在团队中的角色决定</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="274" />
            <source>What confirmed it (meeting, document, mail…)</source>
            <translation>凭什么确认的（会面、文件、邮件…）</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="275" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="276" />
            <source>Verified by</source>
            <translation>核实人</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="277" />
            <source>At the level of</source>
            <translation>核实层级</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="278" />
            <source>How</source>
            <translation>方式</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="279" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../desktop/board/dialogs.py" line="280" />
            <source>Evidence</source>
            <translation>依据</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../desktop/welcome.py" line="31" />
            <source>Key Account Navigator</source>
            <translation>大客户导航</translation>
        </message>
        <message>
            <location filename="../../desktop/welcome.py" line="39" />
            <source>Plan and win large enterprise deals with the seven-step method: target customers, leads, valid opportunities, approval, the tender, negotiation and the first payment.</source>
            <translation>用七步法规划并赢下大型企业项目：定位目标客户、挖掘线索、确认有效商机、获得认可、引导招标、商务谈判，直到收到首期款。</translation>
        </message>
        <message>
            <location filename="../../desktop/welcome.py" line="47" />
            <source>New workspace…</source>
            <translation>新建工作区…</translation>
        </message>
        <message>
            <location filename="../../desktop/welcome.py" line="48" />
            <source>Open workspace…</source>
            <translation>打开工作区…</translation>
        </message>
        <message>
            <location filename="../../desktop/welcome.py" line="49" />
            <source>Open the sample workspace</source>
            <translation>打开示例工作区</translation>
        </message>
        <message>
            <location filename="../../desktop/welcome.py" line="51" />
            <source>Six accounts with org charts, deals in every stage and 18 months of history</source>
            <translation>六个客户，带组织架构图、各个阶段的项目和 18 个月的历史记录</translation>
        </message>
        <message>
            <location filename="../../desktop/welcome.py" line="62" />
            <source>Recent workspaces</source>
            <translation>最近的工作区</translation>
        </message>
        <message>
            <location filename="../../desktop/welcome.py" line="71" />
            <source>None yet: create a workspace or open the sample.</source>
            <translation>还没有：新建一个工作区，或打开示例工作区。</translation>
        </message>
    </context>
    <context>
        <name>WhoAmIDialog</name>
        <message>
            <location filename="../../desktop/me.py" line="151" />
            <location filename="../../desktop/me.py" line="202" />
            <source>Who are you?</source>
            <translation>您是哪位？</translation>
        </message>
        <message>
            <location filename="../../desktop/me.py" line="208" />
            <source>Stage moves, ticks, verifications and new records carry the name of the team member who made them. Which one are you? This computer remembers the answer for this workspace; change it any time with File → I am…</source>
            <translation>阶段推进、勾选、核实和新建的记录都会署上操作者的名字。您是哪位团队成员？本机会为此工作区记住您的选择，之后可随时通过“文件 → 我是…”更改。</translation>
        </message>
        <message>
            <location filename="../../desktop/me.py" line="216" />
            <source>I am one of the team:</source>
            <translation>我是团队中的：</translation>
        </message>
        <message>
            <location filename="../../desktop/me.py" line="232" />
            <source>I'm new: add me to the team</source>
            <translation>我是新成员：把我加入团队</translation>
        </message>
        <message>
            <location filename="../../desktop/me.py" line="236" />
            <source>Your name as colleagues know it</source>
            <translation>同事平时称呼您的名字</translation>
        </message>
        <message>
            <location filename="../../desktop/me.py" line="244" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desktop/me.py" line="245" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../desktop/me.py" line="257" />
            <source>This workspace has no team members yet. Add yourself:</source>
            <translation>本工作区还没有团队成员。请添加您自己：</translation>
        </message>
        <message>
            <location filename="../../desktop/me.py" line="269" />
            <source>This is me</source>
            <translation>就是我</translation>
        </message>
        <message>
            <location filename="../../desktop/me.py" line="272" />
            <source>Later</source>
            <translation>以后再说</translation>
        </message>
        <message>
            <location filename="../../desktop/me.py" line="274" />
            <source>Records made until you choose carry no member</source>
            <translation>在您选择之前，新建的记录不会署名</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceContext</name>
        <message>
            <location filename="../../desktop/context.py" line="154" />
            <source>The server answers again; what is shown is read again.</source>
            <translation>服务器已恢复响应，正在重新读取显示的内容。</translation>
        </message>
        <message>
            <location filename="../../desktop/context.py" line="370" />
            <source>Saved: {edit}</source>
            <translation>已保存：{edit}</translation>
        </message>
    </context>
    <context>
        <name>YieldModel</name>
        <message>
            <location filename="../../desktop/leads/yield_view.py" line="86" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/yield_view.py" line="87" />
            <source>Leads</source>
            <translation>线索</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/yield_view.py" line="88" />
            <source>Opportunities</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/yield_view.py" line="89" />
            <source>Lead → opportunity</source>
            <translation>线索→商机</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/yield_view.py" line="90" />
            <source>Opportunity amount</source>
            <translation>商机金额</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/yield_view.py" line="91" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/yield_view.py" line="92" />
            <source>Won amount</source>
            <translation>赢单金额</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/yield_view.py" line="93" />
            <source>Lead → won</source>
            <translation>线索→赢单</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/yield_view.py" line="105" />
            <source>All channels</source>
            <translation>全部渠道</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/yield_view.py" line="122" />
            <source>One of the channels the method expects to yield most</source>
            <translation>方法论认为成效最高的渠道之一</translation>
        </message>
    </context>
    <context>
        <name>YieldView</name>
        <message>
            <location filename="../../desktop/leads/yield_view.py" line="141" />
            <source>Leads received in</source>
            <translation>线索收到时间</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/yield_view.py" line="144" />
            <source>All time</source>
            <translation>全部时间</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/yield_view.py" line="145" />
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/yield_view.py" line="146" />
            <source>Quarter</source>
            <translation>季度</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/yield_view.py" line="147" />
            <source>Year</source>
            <translation>年</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/yield_view.py" line="173" />
            <source>Leads count in the period they were received; an opportunity is a lead converted into a deal, won when that deal is won (its contract value when recorded).</source>
            <translation>线索按收到的时间段计数；商机指已转为项目的线索，项目赢单即计为赢单（已录入合同总额时按合同总额计）。</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/yield_view.py" line="205" />
            <source>Q{q} {year}</source>
            <translation>{year}年第{q}季度</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/yield_view.py" line="223" />
            <source>No leads were received in this period.</source>
            <translation>此时间段内没有收到线索。</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/yield_view.py" line="226" />
            <source>No lead came from channels 1–3 (repeat sales, referrals, events), which the method expects to yield most: ask existing customers for new needs and referrals, and hold or join events.</source>
            <translation>没有线索来自渠道1–3（老客户再次采购、转介绍、市场活动），而方法论认为这三类成效最高：请向老客户了解新需求、请求转介绍，并举办或参加活动。</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/yield_view.py" line="234" />
            <source>Channels 1–3 are not leading: {eff} of their leads became opportunities against {oth} from the other channels, although the method expects them to yield most. Look at how their leads are followed up.</source>
            <translation>渠道1–3没有领先：其线索有{eff}转为商机，其他渠道为{oth}，而方法论认为它们成效应最高。请检查这些线索的跟进情况。</translation>
        </message>
        <message>
            <location filename="../../desktop/leads/yield_view.py" line="239" />
            <source>Channels 1–3 lead, as the method expects: {eff} of their leads became opportunities, against {oth} from the other channels.</source>
            <translation>渠道1–3如方法论所期望地领先：其线索有{eff}转为商机，其他渠道为{oth}。</translation>
        </message>
    </context>
</TS>
