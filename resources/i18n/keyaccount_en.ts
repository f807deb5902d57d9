<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="175"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="178"/>
        <source>The customer&apos;s name</source>
        <translation>The customer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="180"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="184"/>
        <source>Na&amp;ture</source>
        <translation>Na&amp;ture</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="193"/>
        <source>Choose or type an industry</source>
        <translation>Choose or type an industry</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="200"/>
        <source>&amp;Industry</source>
        <translation>&amp;Industry</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="203"/>
        <source>e.g. China/East/Shanghai/Pudong</source>
        <translation>e.g. China/East/Shanghai/Pudong</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="207"/>
        <source>Widest region first, levels separated by “/”:
{levels}</source>
        <translation>Widest region first, levels separated by “/”:
{levels}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="216"/>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="220"/>
        <source>Si&amp;ze</source>
        <translation>Si&amp;ze</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="223"/>
        <source>How we sell</source>
        <translation>How we sell</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="229"/>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="232"/>
        <source>Choose the partner kind…</source>
        <translation>Choose the partner kind…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="240"/>
        <source>Partner &amp;kind</source>
        <translation>Partner &amp;kind</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="243"/>
        <source>The partner company</source>
        <translation>The partner company</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="245"/>
        <source>Partner na&amp;me</source>
        <translation>Partner na&amp;me</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="248"/>
        <source>The rep on our side who owns the account</source>
        <translation>The rep on our side who owns the account</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="252"/>
        <source>&amp;Owner</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="255"/>
        <source>Sales territory</source>
        <translation>Sales territory</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="257"/>
        <source>&amp;Territory</source>
        <translation>&amp;Territory</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="260"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="262"/>
        <source>The group or head office this account belongs to</source>
        <translation>The group or head office this account belongs to</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="266"/>
        <source>&amp;Parent account</source>
        <translation>&amp;Parent account</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="268"/>
        <source>Click a subsidiary to open it</source>
        <translation>Click a subsidiary to open it</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="272"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="279"/>
        <source>Subsidiaries</source>
        <translation>Subsidiaries</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="314"/>
        <source>What this account brings us</source>
        <translation>What this account brings us</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="323"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="325"/>
        <source>Anything the team should know</source>
        <translation>Anything the team should know</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="520"/>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="526"/>
        <source>{name} (left the team)</source>
        <translation>{name} (left the team)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="534"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="560"/>
        <source>In-depth profile ({filled} of {total} filled)</source>
        <translation>In-depth profile ({filled} of {total} filled)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="576"/>
        <source>Edit account name</source>
        <translation>Edit account name</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="577"/>
        <source>Edit account nature</source>
        <translation>Edit account nature</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="578"/>
        <source>Edit account industry</source>
        <translation>Edit account industry</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="579"/>
        <source>Edit account region</source>
        <translation>Edit account region</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="580"/>
        <source>Edit account size</source>
        <translation>Edit account size</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="581"/>
        <source>Edit account sales channel</source>
        <translation>Edit account sales channel</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="582"/>
        <source>Edit account partner kind</source>
        <translation>Edit account partner kind</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="583"/>
        <source>Edit account partner name</source>
        <translation>Edit account partner name</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="584"/>
        <source>Edit account owner</source>
        <translation>Edit account owner</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="585"/>
        <source>Edit account territory</source>
        <translation>Edit account territory</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="586"/>
        <source>Edit account parent</source>
        <translation>Edit account parent</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="587"/>
        <source>Edit account industry-chain segment</source>
        <translation>Edit account industry-chain segment</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="588"/>
        <source>Edit account main business</source>
        <translation>Edit account main business</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="589"/>
        <source>Edit account organisation structure</source>
        <translation>Edit account organisation structure</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="590"/>
        <source>Edit account development stage</source>
        <translation>Edit account development stage</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="591"/>
        <source>Edit account markets</source>
        <translation>Edit account markets</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="592"/>
        <source>Edit account business regions</source>
        <translation>Edit account business regions</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="593"/>
        <source>Edit account registered capital</source>
        <translation>Edit account registered capital</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="594"/>
        <source>Edit account culture</source>
        <translation>Edit account culture</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="595"/>
        <source>Edit account IT situation</source>
        <translation>Edit account IT situation</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="596"/>
        <source>Edit account core needs</source>
        <translation>Edit account core needs</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="597"/>
        <source>Edit account value to us</source>
        <translation>Edit account value to us</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="598"/>
        <source>Edit account note</source>
        <translation>Edit account note</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="652"/>
        <source>An account sold through a partner needs the partner kind: choose it below “Channel” to finish the change.</source>
        <translation>An account sold through a partner needs the partner kind: choose it below “Channel” to finish the change.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="102"/>
        <source>New &amp;account</source>
        <translation>New &amp;account</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="104"/>
        <source>Add a key account (Ctrl+Shift+A)</source>
        <translation>Add a key account (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="110"/>
        <source>&amp;Delete account</source>
        <translation>&amp;Delete account</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="115"/>
        <source>Delete the selected account with its people and deals (Del; undoable)</source>
        <translation>Delete the selected account with its people and deals (Del; undoable)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="131"/>
        <source>No accounts yet</source>
        <translation>No accounts yet</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="133"/>
        <source>Accounts are the customers you target: organisations that buy often and in volume, and whose business can move your results. Add one to record who they are, who decides there, and the deals you work on with them.</source>
        <translation>Accounts are the customers you target: organisations that buy often and in volume, and whose business can move your results. Add one to record who they are, who decides there, and the deals you work on with them.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="137"/>
        <source>Add the first account</source>
        <translation>Add the first account</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="173"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="174"/>
        <source>Who the account is: targeting attributes and profile</source>
        <translation>Who the account is: targeting attributes and profile</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="176"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="177"/>
        <source>The customer&apos;s people and their roles in the decision</source>
        <translation>The customer&apos;s people and their roles in the decision</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="209"/>
        <source>Search accounts…</source>
        <translation>Search accounts…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="211"/>
        <source>Name, industry, region, owner, needs… (Ctrl+F). Every word must match.</source>
        <translation>Name, industry, region, owner, needs… (Ctrl+F). Every word must match.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="231"/>
        <source>Show one nature of organisation</source>
        <translation>Show one nature of organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="232"/>
        <source>Show one industry</source>
        <translation>Show one industry</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="234"/>
        <source>Show one region, with everything inside it at any level</source>
        <translation>Show one region, with everything inside it at any level</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="236"/>
        <source>Show one company size</source>
        <translation>Show one company size</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="237"/>
        <source>Show the accounts of one owner</source>
        <translation>Show the accounts of one owner</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="241"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="242"/>
        <source>Show all accounts again</source>
        <translation>Show all accounts again</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="254"/>
        <source>All natures</source>
        <translation>All natures</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="255"/>
        <source>All sizes</source>
        <translation>All sizes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="361"/>
        <source>All industries</source>
        <translation>All industries</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="365"/>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="368"/>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="370"/>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="420"/>
        <source>{shown} of {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="422"/>
        <source>{total} accounts</source>
        <translation>{total} accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="451"/>
        <source>No account selected</source>
        <translation>No account selected</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="462"/>
        <location filename="../../desktop/pages/accounts.py" line="467"/>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="483"/>
        <source>Delete the account “{name}”?

Its people ({people}) and deals ({deals}) are deleted with it.</source>
        <translation>Delete the account “{name}”?

Its people ({people}) and deals ({deals}) are deleted with it.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="487"/>
        <source>Its subsidiaries ({count}) stay, without this parent.</source>
        <translation>Its subsidiaries ({count}) stay, without this parent.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="490"/>
        <source>Undo (Ctrl+Z) brings everything back.</source>
        <translation>Undo (Ctrl+Z) brings everything back.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="491"/>
        <source>Delete account</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="496"/>
        <source>Delete account {name}</source>
        <translation>Delete account {name}</translation>
    </message>
</context>
<context>
    <name>AccountsPreview</name>
    <message>
        <location filename="../../desktop/pages/accounts_preview.py" line="24"/>
        <source>Opening the workspace…</source>
        <translation>Opening the workspace…</translation>
    </message>
</context>
<context>
    <name>AccountsTableModel</name>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="244"/>
        <source>Open deals, but no activity logged yet</source>
        <translation>Open deals, but no activity logged yet</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="246"/>
        <source>No activity for {days} days</source>
        <translation>No activity for {days} days</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="267"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="268"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="269"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="270"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="271"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="272"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="273"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="274"/>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="275"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="276"/>
        <source>P1 … P7</source>
        <translation>P1 … P7</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="277"/>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="282"/>
        <source>The key account&apos;s name</source>
        <translation>The key account&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="284"/>
        <source>Public organisation, state-owned, foreign or joint venture, private</source>
        <translation>Public organisation, state-owned, foreign or joint venture, private</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="286"/>
        <source>The account&apos;s industry</source>
        <translation>The account&apos;s industry</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="287"/>
        <source>Where the account is, from the widest region down</source>
        <translation>Where the account is, from the widest region down</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="288"/>
        <source>Company size</source>
        <translation>Company size</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="289"/>
        <source>The rep on our side who owns the account</source>
        <translation>The rep on our side who owns the account</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="290"/>
        <source>Customer people on file (still working there)</source>
        <translation>Customer people on file (still working there)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="291"/>
        <source>Open deals with this account</source>
        <translation>Open deals with this account</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="292"/>
        <source>Total amount of the open deals</source>
        <translation>Total amount of the open deals</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="293"/>
        <source>Open deals in each stage, P1 to P7</source>
        <translation>Open deals in each stage, P1 to P7</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="295"/>
        <source>Date of the latest visit, call or event; amber when the account has open deals and has gone quiet</source>
        <translation>Date of the latest visit, call or event; amber when the account has open deals and has gone quiet</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <location filename="../../desktop/board/column.py" line="82"/>
        <source>{n} deals, {total} in total, {weighted} weighted at {p:.0%}</source>
        <translation>{n} deals, {total} in total, {weighted} weighted at {p:.0%}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="88"/>
        <source>Usual time in this stage: {days} days</source>
        <translation>Usual time in this stage: {days} days</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="93"/>
        <source>{n} deals, {total} in total</source>
        <translation>{n} deals, {total} in total</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="98"/>
        <source>Click to show or hide the cards; drop cards here to close deals.</source>
        <translation>Click to show or hide the cards; drop cards here to close deals.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="172"/>
        <source>weighted {amount}</source>
        <translation>weighted {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="174"/>
        <source>≈ {amount}</source>
        <translation>≈ {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="180"/>
        <source>No deals in this stage</source>
        <translation>No deals in this stage</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="182"/>
        <source>⌀ {days:.0f} d in stage · usual {usual}</source>
        <translation>⌀ {days:.0f} d in stage · usual {usual}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="186"/>
        <source>⌀ {days:.0f} d · usual {usual}</source>
        <translation>⌀ {days:.0f} d · usual {usual}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="143"/>
        <source>Mark as {status}</source>
        <translation>Mark as {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="144"/>
        <source>Mark {deals} as {status}. It leaves the funnel; reopening brings it back.</source>
        <translation>Mark {deals} as {status}. It leaves the funnel; reopening brings it back.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="23"/>
        <location filename="../../desktop/board/labels.py" line="39"/>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="25"/>
        <location filename="../../desktop/board/labels.py" line="40"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="27"/>
        <location filename="../../desktop/board/labels.py" line="41"/>
        <source>Shelved</source>
        <translation>Shelved</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="38"/>
        <location filename="../../desktop/pages/board.py" line="462"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="47"/>
        <source>No KDM named</source>
        <translation>No KDM named</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="49"/>
        <source>Strong opponent</source>
        <translation>Strong opponent</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="50"/>
        <source>Opponent</source>
        <translation>Opponent</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="51"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="52"/>
        <source>Supporter</source>
        <translation>Supporter</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="53"/>
        <source>Strong supporter</source>
        <translation>Strong supporter</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="58"/>
        <location filename="../../desktop/board/labels.py" line="73"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="58"/>
        <source>Presales</source>
        <translation>Presales</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="58"/>
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="65"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="66"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="67"/>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="68"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="73"/>
        <source>Executive</source>
        <translation>Executive</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="73"/>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="80"/>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="81"/>
        <source>Claimed, not verified</source>
        <translation>Claimed, not verified</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="82"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="88"/>
        <source>Largest amount</source>
        <translation>Largest amount</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="89"/>
        <source>Closing soonest</source>
        <translation>Closing soonest</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="90"/>
        <source>Longest in stage</source>
        <translation>Longest in stage</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="91"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="97"/>
        <source>No swimlanes</source>
        <translation>No swimlanes</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="98"/>
        <source>Lanes by owner</source>
        <translation>Lanes by owner</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="99"/>
        <source>Lanes by account</source>
        <translation>Lanes by account</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="106"/>
        <source>The bid is won, but no provisional award has been announced.</source>
        <translation>The bid is won, but no provisional award has been announced.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="107"/>
        <source>We are the provisional winner; the publicity period has not passed.</source>
        <translation>We are the provisional winner; the publicity period has not passed.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="108"/>
        <source>The award notice is here, but no contract is signed yet.</source>
        <translation>The award notice is here, but no contract is signed yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="109"/>
        <source>The contract is signed, but no payment has arrived yet.</source>
        <translation>The contract is signed, but no payment has arrived yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="110"/>
        <source>The first payment is below {share:.0%} of the contract value.</source>
        <translation>The first payment is below {share:.0%} of the contract value.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="91"/>
        <source>Move back to {stage}</source>
        <translation>Move back to {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="94"/>
        <source>Moving a deal back needs a reason; the stage history keeps it.</source>
        <translation>Moving a deal back needs a reason; the stage history keeps it.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="101"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="102"/>
        <source>Reopening puts the deal back in the funnel. Why?</source>
        <translation>Reopening puts the deal back in the funnel. Why?</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="108"/>
        <source>Reopen “{deal}”</source>
        <translation>Reopen “{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="142"/>
        <source>Move “{deal}” to {stage}</source>
        <translation>Move “{deal}” to {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="152"/>
        <source>“{deal}” is closed; reopen it first.</source>
        <translation>“{deal}” is closed; reopen it first.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="156"/>
        <source>Mark “{deal}” as won</source>
        <translation>Mark “{deal}” as won</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="161"/>
        <source>Not won yet</source>
        <translation>Not won yet</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="173"/>
        <source>The deal is in {stage}; only a deal in P7 can be won.</source>
        <translation>The deal is in {stage}; only a deal in P7 can be won.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="184"/>
        <source>(now {ratio:.0%})</source>
        <translation>(now {ratio:.0%})</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="186"/>
        <source>“{deal}” cannot be marked won yet:</source>
        <translation>“{deal}” cannot be marked won yet:</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="193"/>
        <source>Already closed</source>
        <translation>Already closed</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="194"/>
        <source>Reopen a closed deal before marking it {status}.</source>
        <translation>Reopen a closed deal before marking it {status}.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="208"/>
        <source>Mark “{deal}” as {status}</source>
        <translation>Mark “{deal}” as {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="231"/>
        <source>Move {n} deals to {column}</source>
        <translation>Move {n} deals to {column}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="251"/>
        <source> and {n} more</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="142"/>
        <source>Swimlanes</source>
        <translation>Swimlanes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="145"/>
        <source>Sort</source>
        <translation>Sort</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="150"/>
        <source>No deals yet</source>
        <translation>No deals yet</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="151"/>
        <source>Deals appear here in one column per stage, P1 to P7. Create a deal on an account or convert a lead; then drag its card as the deal moves on — the method&apos;s exit criteria guard every step.</source>
        <translation>Deals appear here in one column per stage, P1 to P7. Create a deal on an account or convert a lead; then drag its card as the deal moves on — the method&apos;s exit criteria guard every step.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="215"/>
        <source>Move left</source>
        <translation>Move left</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="216"/>
        <source>Move the selected deals one stage back (Ctrl+Left); asks for a reason</source>
        <translation>Move the selected deals one stage back (Ctrl+Left); asks for a reason</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="221"/>
        <source>Move right</source>
        <translation>Move right</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="222"/>
        <source>Move the selected deals one stage on (Ctrl+Right); the stage gate applies</source>
        <translation>Move the selected deals one stage on (Ctrl+Right); the stage gate applies</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="227"/>
        <source>Open deal</source>
        <translation>Open deal</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="228"/>
        <source>Show the selected deal in the side panel (Enter or double-click)</source>
        <translation>Show the selected deal in the side panel (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="232"/>
        <source>Closed deals</source>
        <translation>Closed deals</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="233"/>
        <source>Show or hide the won, lost and shelved columns</source>
        <translation>Show or hide the won, lost and shelved columns</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="238"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="238"/>
        <source>Show every deal again</source>
        <translation>Show every deal again</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="241"/>
        <source>Read every deal again from the workspace (F5)</source>
        <translation>Read every deal again from the workspace (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="241"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="310"/>
        <source>{n} open deals · {total} in the funnel · {weighted} weighted</source>
        <translation>{n} open deals · {total} in the funnel · {weighted} weighted</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="316"/>
        <source>filtered</source>
        <translation>filtered</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="463"/>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="470"/>
        <source>Mark as {status}…</source>
        <translation>Mark as {status}…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="537"/>
        <source>Protected until {day}</source>
        <translation>Protected until {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="539"/>
        <source>Double-click or Enter opens the deal; drag it to move it.</source>
        <translation>Double-click or Enter opens the deal; drag it to move it.</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../desktop/board/delegate.py" line="122"/>
        <source>{n} d</source>
        <translation>{n} d</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="123"/>
        <source>in {stage}</source>
        <translation>in {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="124"/>
        <source>No owner</source>
        <translation>No owner</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="125"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="289"/>
        <source>{n} · {total}</source>
        <translation>{n} · {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="293"/>
        <source>none here</source>
        <translation>none here</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="400"/>
        <source>Expected to close {day}: that date has passed.</source>
        <translation>Expected to close {day}: that date has passed.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="401"/>
        <source>Expected to close {day}</source>
        <translation>Expected to close {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="408"/>
        <source>Five elements verified: {n} of {m}. A valid opportunity (P3) needs all five checked by the rep and confirmed by the manager.</source>
        <translation>Five elements verified: {n} of {m}. A valid opportunity (P3) needs all five checked by the rep and confirmed by the manager.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="412"/>
        <source>Exit criteria of the current stage met: {n} of {m}.</source>
        <translation>Exit criteria of the current stage met: {n} of {m}.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="417"/>
        <source>A coach (内部教练) inside the customer shows us how to sell there.</source>
        <translation>A coach (内部教练) inside the customer shows us how to sell there.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="419"/>
        <source>No coach yet: develop one among KI/KU middle or senior managers.</source>
        <translation>No coach yet: develop one among KI/KU middle or senior managers.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="422"/>
        <source>Key decision maker&apos;s support: {label}.</source>
        <translation>Key decision maker&apos;s support: {label}.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="427"/>
        <source>Not yours yet:</source>
        <translation>Not yours yet:</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="434"/>
        <source>{n} days in this stage; it usually takes {usual}.</source>
        <translation>{n} days in this stage; it usually takes {usual}.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="437"/>
        <source>{n} days in this stage (usually up to {usual}).</source>
        <translation>{n} days in this stage (usually up to {usual}).</translation>
    </message>
</context>
<context>
    <name>CompetitorsDialog</name>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="285"/>
        <source>Competitors in this deal</source>
        <translation>Competitors in this deal</translation>
    </message>
</context>
<context>
    <name>DealPanel</name>
    <message>
        <location filename="../../desktop/board/panel.py" line="190"/>
        <source>Close the deal panel (Esc)</source>
        <translation>Close the deal panel (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="268"/>
        <source>Not yours yet</source>
        <translation>Not yours yet</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="281"/>
        <source>No reason recorded.</source>
        <translation>No reason recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="283"/>
        <source>Lost to {competitor}</source>
        <translation>Lost to {competitor}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="288"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="297"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="301"/>
        <source>No owner</source>
        <translation>No owner</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="306"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="319"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="321"/>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="323"/>
        <source>Protected until</source>
        <translation>Protected until</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="325"/>
        <source>Sold through a tender</source>
        <translation>Sold through a tender</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="331"/>
        <source>Contract signed</source>
        <translation>Contract signed</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="333"/>
        <location filename="../../desktop/board/panel.py" line="363"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="336"/>
        <source>Contract value</source>
        <translation>Contract value</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="339"/>
        <source>Notes on this deal</source>
        <translation>Notes on this deal</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="342"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="377"/>
        <source>Exit criteria of {stage}</source>
        <translation>Exit criteria of {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="379"/>
        <source>This stage has no exit criteria.</source>
        <translation>This stage has no exit criteria.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="390"/>
        <source>done {on} {by}</source>
        <translation>done {on} {by}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="392"/>
        <source>by {name}</source>
        <translation>by {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="404"/>
        <source>Key actions in {stage}</source>
        <translation>Key actions in {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="404"/>
        <source>Rules of {stage}</source>
        <translation>Rules of {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="425"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="431"/>
        <source>The method names no key actions or rules for this stage.</source>
        <translation>The method names no key actions or rules for this stage.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="436"/>
        <source>Five elements ({n}/5 verified)</source>
        <translation>Five elements ({n}/5 verified)</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="473"/>
        <source>Verify…</source>
        <translation>Verify…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="475"/>
        <source>Record who verified this element, how and when</source>
        <translation>Record who verified this element, how and when</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="482"/>
        <source>Competitors</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="483"/>
        <source>None recorded</source>
        <translation>None recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="488"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="489"/>
        <source>Choose the competitors in this deal</source>
        <translation>Choose the competitors in this deal</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="496"/>
        <source>Tender</source>
        <translation>Tender</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="497"/>
        <source>Scoring criteria shaped by us</source>
        <translation>Scoring criteria shaped by us</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="503"/>
        <source>The tender&apos;s scoring criteria</source>
        <translation>The tender&apos;s scoring criteria</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="511"/>
        <source>Evaluators: {n}, {s} support us</source>
        <translation>Evaluators: {n}, {s} support us</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="515"/>
        <source>No evaluators named for this deal yet.</source>
        <translation>No evaluators named for this deal yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="518"/>
        <source>, backs {name}</source>
        <translation>, backs {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="528"/>
        <source>Payment plan</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="531"/>
        <source>Contract {value}; received {paid}</source>
        <translation>Contract {value}; received {paid}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="537"/>
        <source>first payment {ratio:.0%} (minimum {share:.0%})</source>
        <translation>first payment {ratio:.0%} (minimum {share:.0%})</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="542"/>
        <source>due {day}</source>
        <translation>due {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="544"/>
        <source>received {amount} on {day}</source>
        <translation>received {amount} on {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="549"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="560"/>
        <source>Add instalment…</source>
        <translation>Add instalment…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="562"/>
        <source>Record payment…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="572"/>
        <source>Stage history</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="579"/>
        <source>Created in {stage}</source>
        <translation>Created in {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="583"/>
        <source>Reopened in {stage}</source>
        <translation>Reopened in {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="601"/>
        <source>Forced past: {unmet}</source>
        <translation>Forced past: {unmet}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="616"/>
        <source>Edit {field} of “{deal}”</source>
        <translation>Edit {field} of “{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="622"/>
        <source>Tick {id}</source>
        <translation>Tick {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="622"/>
        <source>Untick {id}</source>
        <translation>Untick {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="650"/>
        <source>Verify {id}</source>
        <translation>Verify {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="660"/>
        <source>Competitors of “{deal}”</source>
        <translation>Competitors of “{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="672"/>
        <source>Add an instalment to “{deal}”</source>
        <translation>Add an instalment to “{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="681"/>
        <source>Record a payment for “{deal}”</source>
        <translation>Record a payment for “{deal}”</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/app.py" line="116"/>
        <source>{path} exists already; choose another name for the new workspace.</source>
        <translation>{path} exists already; choose another name for the new workspace.</translation>
    </message>
    <message>
        <location filename="../../desktop/context.py" line="56"/>
        <source>The change could not be saved in {workspace} ({detail}). Nothing was changed; try again.</source>
        <translation>The change could not be saved in {workspace} ({detail}). Nothing was changed; try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/snapshot.py" line="28"/>
        <source>Unknown view &apos;{view}&apos;; choose one of {views}.</source>
        <translation>Unknown view &apos;{view}&apos;; choose one of {views}.</translation>
    </message>
    <message>
        <location filename="../../desktop/snapshot.py" line="39"/>
        <source>Cannot open {workspace}.</source>
        <translation>Cannot open {workspace}.</translation>
    </message>
    <message>
        <location filename="../../desktop/snapshot.py" line="58"/>
        <source>Cannot write {out}.</source>
        <translation>Cannot write {out}.</translation>
    </message>
    <message>
        <location filename="../../desktop/snapshot.py" line="76"/>
        <source>No account named &apos;{name}&apos; in {workspace}.</source>
        <translation>No account named &apos;{name}&apos; in {workspace}.</translation>
    </message>
    <message>
        <location filename="../../graph/from_model.py" line="361"/>
        <location filename="../../graph/from_model.py" line="476"/>
        <location filename="../../model/gates.py" line="202"/>
        <location filename="../../model/services/common.py" line="34"/>
        <source>No {kind_label} with id {ident} in this workspace.</source>
        <translation>No {kind_label} with id {ident} in this workspace.</translation>
    </message>
    <message>
        <location filename="../../graph/from_model.py" line="363"/>
        <location filename="../../model/services/accounts.py" line="80"/>
        <location filename="../../model/services/accounts.py" line="96"/>
        <location filename="../../model/services/people.py" line="72"/>
        <location filename="../../model/services/pipeline.py" line="91"/>
        <source>account</source>
        <translation>account</translation>
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
        <translation>deal</translation>
    </message>
    <message>
        <location filename="../../graph/from_model.py" line="482"/>
        <source>Deal {ident} belongs to another account.</source>
        <translation>Deal {ident} belongs to another account.</translation>
    </message>
    <message>
        <location filename="../../model/check.py" line="94"/>
        <location filename="../../model/workspace.py" line="180"/>
        <source>No workspace at {path}.</source>
        <translation>No workspace at {path}.</translation>
    </message>
    <message>
        <location filename="../../model/sample.py" line="141"/>
        <source>Unknown sample size {size!r}; use &apos;small&apos; or &apos;large&apos;.</source>
        <translation>Unknown sample size {size!r}; use &apos;small&apos; or &apos;large&apos;.</translation>
    </message>
    <message>
        <location filename="../../model/sample.py" line="2376"/>
        <source>Unknown sample language {lang!r}; use &apos;zh&apos; or &apos;en&apos;.</source>
        <translation>Unknown sample language {lang!r}; use &apos;zh&apos; or &apos;en&apos;.</translation>
    </message>
    <message>
        <location filename="../../model/sample.py" line="2389"/>
        <source>A sample can only be generated into an empty workspace; this one already has {table}.</source>
        <translation>A sample can only be generated into an empty workspace; this one already has {table}.</translation>
    </message>
    <message>
        <location filename="../../model/schema.py" line="31"/>
        <source>Cannot open workspace file {path}: {reason}</source>
        <translation>Cannot open workspace file {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../model/schema.py" line="41"/>
        <source>{path} is a database but not a Key Account Navigator workspace (it has no schema version).</source>
        <translation>{path} is a database but not a Key Account Navigator workspace (it has no schema version).</translation>
    </message>
    <message>
        <location filename="../../model/schema.py" line="50"/>
        <source>{path} is not a readable workspace file ({reason}). Nothing was changed.</source>
        <translation>{path} is not a readable workspace file ({reason}). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/services/accounts.py" line="20"/>
        <source>Account values are numbered 1 to 5 (ACC.VALUE.1..5).</source>
        <translation>Account values are numbered 1 to 5.</translation>
    </message>
    <message>
        <location filename="../../model/services/accounts.py" line="30"/>
        <location filename="../../model/services/accounts.py" line="31"/>
        <source>Parent account</source>
        <translation>Parent account</translation>
    </message>
    <message>
        <location filename="../../model/services/accounts.py" line="36"/>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../model/services/accounts.py" line="37"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../model/services/accounts.py" line="40"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../model/services/accounts.py" line="41"/>
        <source>Sales channel</source>
        <translation>Sales channel</translation>
    </message>
    <message>
        <location filename="../../model/services/accounts.py" line="42"/>
        <source>Partner kind</source>
        <translation>Partner kind</translation>
    </message>
    <message>
        <location filename="../../model/services/accounts.py" line="45"/>
        <location filename="../../model/services/deals.py" line="83"/>
        <location filename="../../model/services/pipeline.py" line="30"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../model/services/accounts.py" line="66"/>
        <source>An account sold through a channel partner needs the partner kind (service, OEM or relationship).</source>
        <translation>An account sold through a channel partner needs the partner kind (service, OEM or relationship).</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="51"/>
        <source>Cannot set {fields} on a {kind_label}.</source>
        <translation>Cannot set {fields} on a {kind_label}.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="79"/>
        <source>Unknown fields: {fields}.</source>
        <translation>Unknown fields: {fields}.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="96"/>
        <source>{label} must not be empty.</source>
        <translation>{label} must not be empty.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="97"/>
        <source>This field must not be empty.</source>
        <translation>This field must not be empty.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="100"/>
        <source>{label} is longer than {max_len} characters.</source>
        <translation>{label} is longer than {max_len} characters.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="103"/>
        <source>Text is longer than {max_len} characters.</source>
        <translation>Text is longer than {max_len} characters.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="120"/>
        <source>{label} &apos;{raw}&apos; is not one of: {allowed}.</source>
        <translation>{label} &apos;{raw}&apos; is not one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="127"/>
        <source>Value &apos;{raw}&apos; is not one of: {allowed}.</source>
        <translation>Value &apos;{raw}&apos; is not one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="150"/>
        <source>{label} must be a number, not &apos;{raw}&apos;.</source>
        <translation>{label} must be a number, not &apos;{raw}&apos;.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="153"/>
        <source>Value must be a number, not &apos;{raw}&apos;.</source>
        <translation>Value must be a number, not &apos;{raw}&apos;.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="164"/>
        <source>{label} must be between {lo} and {hi}, not {raw}.</source>
        <translation>{label} must be between {lo} and {hi}, not {raw}.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="173"/>
        <source>Value must be between {lo} and {hi}, not {raw}.</source>
        <translation>Value must be between {lo} and {hi}, not {raw}.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="177"/>
        <source>{label} must be at least {lo}, not {raw}.</source>
        <translation>{label} must be at least {lo}, not {raw}.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="180"/>
        <source>Value must be at least {lo}, not {raw}.</source>
        <translation>Value must be at least {lo}, not {raw}.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="195"/>
        <source>{label} &apos;{raw}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>{label} &apos;{raw}&apos; is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="198"/>
        <source>Date &apos;{raw}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>Date &apos;{raw}&apos; is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="218"/>
        <source>{label}: no record with id {ident}.</source>
        <translation>{label}: no record with id {ident}.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="221"/>
        <source>Reference: no record with id {ident}.</source>
        <translation>Reference: no record with id {ident}.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="239"/>
        <source>{label}: that link would make a loop.</source>
        <translation>{label}: that link would make a loop.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="49"/>
        <source>Moving from {from_stage} to {to_stage} needs: {unmet}.</source>
        <translation>Moving from {from_stage} to {to_stage} needs: {unmet}.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="63"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="64"/>
        <source>won</source>
        <translation>won</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="65"/>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="66"/>
        <source>shelved</source>
        <translation>shelved</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="74"/>
        <source>Currency &apos;{raw}&apos; is not a three-letter code such as CNY or USD.</source>
        <translation>Currency &apos;{raw}&apos; is not a three-letter code such as CNY or USD.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="81"/>
        <source>Deal name</source>
        <translation>Deal name</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="82"/>
        <location filename="../../model/services/pipeline.py" line="21"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="84"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="86"/>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="87"/>
        <source>Protection expiry</source>
        <translation>Protection expiry</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="91"/>
        <source>Contract signed on</source>
        <translation>Contract signed on</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="92"/>
        <source>Contract value</source>
        <translation>Contract value</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="101"/>
        <source>A deal belongs to an account: choose one.</source>
        <translation>A deal belongs to an account: choose one.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="129"/>
        <source>Stage and status change through a move or a close, with the gate.</source>
        <translation>Stage and status change through a move or a close, with the gate.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="171"/>
        <source>&apos;{criterion}&apos; is not an exit criterion of the method.</source>
        <translation>&apos;{criterion}&apos; is not an exit criterion of the method.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="242"/>
        <source>&apos;{name}&apos; is {status_label}; reopen it before moving it.</source>
        <translation>&apos;{name}&apos; is {status_label}; reopen it before moving it.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="254"/>
        <source>Moving a deal back needs a reason.</source>
        <translation>Moving a deal back needs a reason.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="259"/>
        <source>Forcing a move past an unmet gate needs a reason.</source>
        <translation>Forcing a move past an unmet gate needs a reason.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="301"/>
        <source>Use reopen to put a closed deal back in the funnel.</source>
        <translation>Use reopen to put a closed deal back in the funnel.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="303"/>
        <source>&apos;{name}&apos; is already {status_label}.</source>
        <translation>&apos;{name}&apos; is already {status_label}.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="314"/>
        <source>Marking a deal {status_label} needs a reason.</source>
        <translation>Marking a deal {status_label} needs a reason.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="320"/>
        <location filename="../../model/services/deals.py" line="551"/>
        <source>competitor</source>
        <translation>competitor</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="345"/>
        <source>Reopening a closed deal needs a reason.</source>
        <translation>Reopening a closed deal needs a reason.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="376"/>
        <source>stage change</source>
        <translation>stage change</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="385"/>
        <source>Only the latest stage change of a deal can be reverted.</source>
        <translation>Only the latest stage change of a deal can be reverted.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="439"/>
        <source>&apos;{element}&apos; is not one of the five elements.</source>
        <translation>&apos;{element}&apos; is not one of the five elements.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="440"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="442"/>
        <source>A verified element needs who verified it and how.</source>
        <translation>A verified element needs who verified it and how.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="458"/>
        <location filename="../../model/services/people.py" line="173"/>
        <location filename="../../model/services/pipeline.py" line="97"/>
        <location filename="../../model/services/team.py" line="37"/>
        <location filename="../../model/services/team.py" line="43"/>
        <source>team member</source>
        <translation>team member</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="461"/>
        <location filename="../../model/services/pipeline.py" line="77"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="462"/>
        <source>Method</source>
        <translation>Method</translation>
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
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="485"/>
        <source>{person} works at another account than this deal&apos;s.</source>
        <translation>{person} works at another account than this deal&apos;s.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="497"/>
        <location filename="../../model/services/people.py" line="39"/>
        <location filename="../../model/services/team.py" line="24"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="498"/>
        <location filename="../../model/services/people.py" line="40"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="499"/>
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="522"/>
        <source>Instalment amount</source>
        <translation>Instalment amount</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="539"/>
        <location filename="../../model/services/deals.py" line="560"/>
        <location filename="../../model/services/deals.py" line="568"/>
        <source>instalment</source>
        <translation>instalment</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="540"/>
        <source>Received amount</source>
        <translation>Received amount</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="28"/>
        <location filename="../../model/services/people.py" line="29"/>
        <source>Reports to</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="34"/>
        <location filename="../../model/services/team.py" line="23"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="36"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="38"/>
        <source>Seniority</source>
        <translation>Seniority</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="41"/>
        <source>Competitor backed</source>
        <translation>Competitor backed</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="44"/>
        <source>Insider sources</source>
        <translation>Insider sources</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="50"/>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="61"/>
        <source>{person} cannot report to someone at another account.</source>
        <translation>{person} cannot report to someone at another account.</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="66"/>
        <source>{person}&apos;s department belongs to another account.</source>
        <translation>{person}&apos;s department belongs to another account.</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="120"/>
        <source>Influence strength</source>
        <translation>Influence strength</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="130"/>
        <source>A person cannot influence themselves.</source>
        <translation>A person cannot influence themselves.</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="134"/>
        <source>Influence links people of the same account.</source>
        <translation>Influence links people of the same account.</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="154"/>
        <source>influence</source>
        <translation>influence</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="155"/>
        <source>relationship</source>
        <translation>relationship</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="163"/>
        <source>Relationship strength</source>
        <translation>Relationship strength</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="164"/>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="165"/>
        <source>Visit level</source>
        <translation>Visit level</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="195"/>
        <source>Department name</source>
        <translation>Department name</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="196"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="197"/>
        <source>Parent department</source>
        <translation>Parent department</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="208"/>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="26"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="27"/>
        <source>Lead kind</source>
        <translation>Lead kind</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="28"/>
        <source>Lead status</source>
        <translation>Lead status</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="29"/>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="38"/>
        <source>A lead needs a company name or an account.</source>
        <translation>A lead needs a company name or an account.</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="45"/>
        <location filename="../../model/services/pipeline.py" line="52"/>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="54"/>
        <source>This lead already became a deal.</source>
        <translation>This lead already became a deal.</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="56"/>
        <source>Link the lead to an account before converting it.</source>
        <translation>Link the lead to an account before converting it.</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="74"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="75"/>
        <source>Activity kind</source>
        <translation>Activity kind</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="76"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="95"/>
        <source>An activity needs a date.</source>
        <translation>An activity needs a date.</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="100"/>
        <source>People met must work at the activity&apos;s account.</source>
        <translation>People met must work at the activity&apos;s account.</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="121"/>
        <source>Unknown segment dimension: {dimensions}.</source>
        <translation>Unknown segment dimension: {dimensions}.</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="130"/>
        <source>Weights are zero or more, one per segment dimension.</source>
        <translation>Weights are zero or more, one per segment dimension.</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="135"/>
        <source>Segment name</source>
        <translation>Segment name</translation>
    </message>
    <message>
        <location filename="../../model/services/pipeline.py" line="145"/>
        <location filename="../../model/services/pipeline.py" line="151"/>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <location filename="../../model/services/team.py" line="17"/>
        <location filename="../../model/services/team.py" line="18"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../model/services/team.py" line="49"/>
        <source>Competitor name</source>
        <translation>Competitor name</translation>
    </message>
    <message>
        <location filename="../../model/settings.py" line="50"/>
        <source>Unknown workspace setting &apos;{key}&apos;.</source>
        <translation>Unknown workspace setting &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location filename="../../model/settings.py" line="60"/>
        <source>The default currency &apos;{value}&apos; is not a three-letter code such as CNY or USD.</source>
        <translation>The default currency &apos;{value}&apos; is not a three-letter code such as CNY or USD.</translation>
    </message>
    <message>
        <location filename="../../model/settings.py" line="68"/>
        <source>The protection period must be 3 to 6 months.</source>
        <translation>The protection period must be 3 to 6 months.</translation>
    </message>
    <message>
        <location filename="../../model/settings.py" line="75"/>
        <source>Close reasons are a list of distinct, non-empty names of at most 40 characters.</source>
        <translation>Close reasons are a list of distinct, non-empty names of at most 40 characters.</translation>
    </message>
    <message>
        <location filename="../../model/settings.py" line="86"/>
        <source>Stage probabilities must be numbers from 0 to 1.</source>
        <translation>Stage probabilities must be numbers from 0 to 1.</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="96"/>
        <source>Migration of {path} left {count} broken references (first: table {table}); the backup beside the file holds the data as it was.</source>
        <translation>Migration of {path} left {count} broken references (first: table {table}); the backup beside the file holds the data as it was.</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="105"/>
        <source>Integrity check of {path} failed after migration: {result}</source>
        <translation>Integrity check of {path} failed after migration: {result}</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="185"/>
        <source>{path} was saved by a newer version of Key Account Navigator (schema {schema}). Update the application to open it; the file was not changed.</source>
        <translation>{path} was saved by a newer version of Key Account Navigator (schema {schema}). Update the application to open it; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="198"/>
        <source>The database at {url} was written by a newer version (schema {schema}); nothing was changed.</source>
        <translation>The database at {url} was written by a newer version (schema {schema}); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="210"/>
        <source>Cannot open workspace {path}: {reason}</source>
        <translation>Cannot open workspace {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="46"/>
        <source>Search deals, accounts, owners…</source>
        <translation>Search deals, accounts, owners…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="50"/>
        <source>Every word must appear in the deal, account, owner, region or industry (Ctrl+F)</source>
        <translation>Every word must appear in the deal, account, owner, region or industry (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="54"/>
        <source>Only the deals of this owner</source>
        <translation>Only the deals of this owner</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="55"/>
        <source>Only the deals of this account</source>
        <translation>Only the deals of this account</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="62"/>
        <source>Only accounts in this region (and the regions inside it)</source>
        <translation>Only accounts in this region (and the regions inside it)</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="63"/>
        <source>Only accounts of this industry</source>
        <translation>Only accounts of this industry</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="64"/>
        <source>Only deals expected to close in this quarter</source>
        <translation>Only deals expected to close in this quarter</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="67"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="67"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="70"/>
        <location filename="../../desktop/board/filter_bar.py" line="177"/>
        <source>Amount range; 300k, 1.5M, 120万 and 2亿 are understood</source>
        <translation>Amount range; 300k, 1.5M, 120万 and 2亿 are understood</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="72"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="73"/>
        <source>Show every deal again</source>
        <translation>Show every deal again</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="84"/>
        <source>Split each column into swimlanes</source>
        <translation>Split each column into swimlanes</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="87"/>
        <source>Order of the cards within a column</source>
        <translation>Order of the cards within a column</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="115"/>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="116"/>
        <source>No owner</source>
        <translation>No owner</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="118"/>
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="121"/>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="125"/>
        <source>All industries</source>
        <translation>All industries</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="129"/>
        <source>Any close date</source>
        <translation>Any close date</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="130"/>
        <source>No close date</source>
        <translation>No close date</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="175"/>
        <source>Not an amount: try 300k, 1.5M, 120万 or 2亿</source>
        <translation>Not an amount: try 300k, 1.5M, 120万 or 2亿</translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="72"/>
        <source>Stage gate</source>
        <translation>Stage gate</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="77"/>
        <source>Move “{deal}” from {src} to {dst}?</source>
        <translation>Move “{deal}” from {src} to {dst}?</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="90"/>
        <source>The method asks for the following before the deal moves on. Tick what has been done, or force the move with a reason; the history keeps both.</source>
        <translation>The method asks for the following before the deal moves on. Tick what has been done, or force the move with a reason; the history keeps both.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="105"/>
        <source>Exit criteria of {stage}</source>
        <translation>Exit criteria of {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="109"/>
        <source>Tick it if it has been done: {id}</source>
        <translation>Tick it if it has been done: {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="114"/>
        <source>Five elements not verified yet (needed from P3 on)</source>
        <translation>Five elements not verified yet (needed from P3 on)</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="118"/>
        <source>Verify them in the deal panel: who checked, how and when.</source>
        <translation>Verify them in the deal panel: who checked, how and when.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="121"/>
        <source>Rules not met</source>
        <translation>Rules not met</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="125"/>
        <source>Still without a senior visit: {roles}</source>
        <translation>Still without a senior visit: {roles}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="141"/>
        <source>Reason for forcing the move (kept in the history)</source>
        <translation>Reason for forcing the move (kept in the history)</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="146"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="147"/>
        <source>Enabled once every requirement above is met</source>
        <translation>Enabled once every requirement above is met</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="148"/>
        <source>Force move</source>
        <translation>Force move</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="150"/>
        <source>Move although requirements are unmet; needs a reason</source>
        <translation>Move although requirements are unmet; needs a reason</translation>
    </message>
</context>
<context>
    <name>InstalmentDialog</name>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="217"/>
        <source>Add an instalment</source>
        <translation>Add an instalment</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="226"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="227"/>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/labels.py" line="57"/>
        <source>Public organisation</source>
        <translation>Public organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="58"/>
        <source>State-owned enterprise</source>
        <translation>State-owned enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="59"/>
        <source>Foreign-owned or joint venture</source>
        <translation>Foreign-owned or joint venture</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="60"/>
        <source>Private enterprise</source>
        <translation>Private enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="64"/>
        <source>Extra-large</source>
        <translation>Extra-large</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="65"/>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="66"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="67"/>
        <source>Small or micro</source>
        <translation>Small or micro</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="71"/>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="72"/>
        <source>Through a partner</source>
        <translation>Through a partner</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="76"/>
        <source>Sells and services on its own</source>
        <translation>Sells and services on its own</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="77"/>
        <source>OEM partner</source>
        <translation>OEM partner</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="78"/>
        <source>Relationship-only partner</source>
        <translation>Relationship-only partner</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="82"/>
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="83"/>
        <source>Presales</source>
        <translation>Presales</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="84"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="85"/>
        <source>Executive</source>
        <translation>Executive</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="89"/>
        <source>Key decision maker (KDM)</source>
        <translation>Key decision maker (KDM)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="90"/>
        <source>Key influencer (KI)</source>
        <translation>Key influencer (KI)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="91"/>
        <source>Key user (KU)</source>
        <translation>Key user (KU)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="92"/>
        <source>Purchase lead contact (LEAD)</source>
        <translation>Purchase lead contact (LEAD)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="93"/>
        <source>Tender evaluator (EVAL)</source>
        <translation>Tender evaluator (EVAL)</translation>
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
        <translation>Strong opponent</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="106"/>
        <source>Opponent</source>
        <translation>Opponent</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="107"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="108"/>
        <source>Supporter</source>
        <translation>Supporter</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="109"/>
        <source>Strong supporter</source>
        <translation>Strong supporter</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="116"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="117"/>
        <source>Middle management</source>
        <translation>Middle management</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="118"/>
        <source>Senior management</source>
        <translation>Senior management</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="119"/>
        <source>Top management</source>
        <translation>Top management</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="123"/>
        <source>Rep level</source>
        <translation>Rep level</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="124"/>
        <source>Manager level</source>
        <translation>Manager level</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="125"/>
        <source>Executive level</source>
        <translation>Executive level</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="129"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="130"/>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="131"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="132"/>
        <source>Shelved</source>
        <translation>Shelved</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="136"/>
        <source>Existing customer</source>
        <translation>Existing customer</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="137"/>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="138"/>
        <source>Dormant customer</source>
        <translation>Dormant customer</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="142"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="143"/>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="144"/>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="145"/>
        <source>Discarded</source>
        <translation>Discarded</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="149"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="150"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="151"/>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="152"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="153"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="154"/>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="155"/>
        <source>Reference-customer visit</source>
        <translation>Reference-customer visit</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="156"/>
        <source>Visit to our headquarters</source>
        <translation>Visit to our headquarters</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="157"/>
        <location filename="../../desktop/labels.py" line="179"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="161"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="162"/>
        <source>Claimed, not verified</source>
        <translation>Claimed, not verified</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="163"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="167"/>
        <source>In a visit</source>
        <translation>In a visit</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="168"/>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="169"/>
        <source>By mail</source>
        <translation>By mail</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="170"/>
        <source>On WeChat</source>
        <translation>On WeChat</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="175"/>
        <source>Leads the purchase</source>
        <translation>Leads the purchase</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="176"/>
        <source>Influencing department</source>
        <translation>Influencing department</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="177"/>
        <source>Technical department</source>
        <translation>Technical department</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="178"/>
        <source>Using department</source>
        <translation>Using department</translation>
    </message>
</context>
<context>
    <name>LeftOnEdit</name>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="111"/>
        <source>Has left, on</source>
        <translation>Has left, on</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/app.py" line="125"/>
        <location filename="../../desktop/app.py" line="145"/>
        <source>Cannot open workspace</source>
        <translation>Cannot open workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="53"/>
        <location filename="../../desktop/mainwindow.py" line="213"/>
        <source>Key Account Navigator</source>
        <translation>Key Account Navigator</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="39"/>
        <source>Key Account Navigator (*.kan);;SQLite (*.db *.sqlite);;*</source>
        <translation>Key Account Navigator (*.kan);;SQLite (*.db *.sqlite);;*</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="93"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="96"/>
        <source>Create an empty workspace file</source>
        <translation>Create an empty workspace file</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="100"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="103"/>
        <source>Open a workspace file</source>
        <translation>Open a workspace file</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="107"/>
        <source>Open the &amp;sample workspace</source>
        <translation>Open the &amp;sample workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="110"/>
        <source>A ready-made workspace to try the method on</source>
        <translation>A ready-made workspace to try the method on</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="113"/>
        <source>&amp;Close workspace</source>
        <translation>&amp;Close workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="119"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="122"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="125"/>
        <source>Undo &amp;history</source>
        <translation>Undo &amp;history</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="128"/>
        <source>Every change of this session, to step back to any point</source>
        <translation>Every change of this session, to step back to any point</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="130"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="132"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="135"/>
        <source>Language, currency, protection period, stage probabilities</source>
        <translation>Language, currency, protection period, stage probabilities</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="138"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="141"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="144"/>
        <source>Larger text, for a projector</source>
        <translation>Larger text, for a projector</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="147"/>
        <source>S&amp;maller text</source>
        <translation>S&amp;maller text</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="149"/>
        <source>&amp;About Key Account Navigator</source>
        <translation>&amp;About Key Account Navigator</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="153"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="155"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="161"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="167"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="180"/>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="181"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="185"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="224"/>
        <location filename="../../desktop/mainwindow.py" line="266"/>
        <source>{name} — Key Account Navigator</source>
        <translation>{name} — Key Account Navigator</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="289"/>
        <source>Undo {what}</source>
        <translation>Undo {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="292"/>
        <source>Redo {what}</source>
        <translation>Redo {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="366"/>
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="375"/>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="389"/>
        <source>No recent workspaces</source>
        <translation>No recent workspaces</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="399"/>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="406"/>
        <source>Undo history</source>
        <translation>Undo history</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="407"/>
        <source>&lt;opened workspace&gt;</source>
        <translation>&lt;opened workspace&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="432"/>
        <source>About Key Account Navigator</source>
        <translation>About Key Account Navigator</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="434"/>
        <source>Key Account Navigator helps a sales team win large enterprise deals with the seven-step method: from target customers and leads to a signed contract and the first payment.</source>
        <translation>Key Account Navigator helps a sales team win large enterprise deals with the seven-step method: from target customers and leads to a signed contract and the first payment.</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../desktop/pages/map.py" line="137"/>
        <location filename="../../desktop/pages/map.py" line="603"/>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="138"/>
        <source>Add a person to this customer&apos;s map</source>
        <translation>Add a person to this customer&apos;s map</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="143"/>
        <source>Link mode</source>
        <translation>Link mode</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="144"/>
        <source>Drag from one card to another to link them; Shift+drag does it any time</source>
        <translation>Drag from one card to another to link them; Shift+drag does it any time</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="150"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="151"/>
        <source>Delete the selected people; undo brings them back</source>
        <translation>Delete the selected people; undo brings them back</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="157"/>
        <source>Tidy up</source>
        <translation>Tidy up</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="158"/>
        <source>Place everyone nobody has placed yet in a tidy tree; your placements stay</source>
        <translation>Place everyone nobody has placed yet in a tidy tree; your placements stay</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="163"/>
        <location filename="../../desktop/pages/map.py" line="582"/>
        <source>Re-layout everyone</source>
        <translation>Re-layout everyone</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="164"/>
        <source>Lay out the whole chart afresh, also the cards you placed (undo restores)</source>
        <translation>Lay out the whole chart afresh, also the cards you placed (undo restores)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="168"/>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="168"/>
        <source>Show the whole map</source>
        <translation>Show the whole map</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="171"/>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="172"/>
        <source>Light up the strongest routes from our side to the decision maker</source>
        <translation>Light up the strongest routes from our side to the decision maker</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="178"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="179"/>
        <source>Save the map as PNG, SVG or PDF</source>
        <translation>Save the map as PNG, SVG or PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="202"/>
        <source>The account whose decision chain is shown</source>
        <translation>The account whose decision chain is shown</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="210"/>
        <source>The whole account, or one open deal with the roles people play in it</source>
        <translation>The whole account, or one open deal with the roles people play in it</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="218"/>
        <source>Find a person…</source>
        <translation>Find a person…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="221"/>
        <source>Type a name and press Enter: the card is centred and selected</source>
        <translation>Type a name and press Enter: the card is centred and selected</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="228"/>
        <source>Zoom: Ctrl+wheel or +/−; Ctrl+0 fits the map</source>
        <translation>Zoom: Ctrl+wheel or +/−; Ctrl+0 fits the map</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="230"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="232"/>
        <source>Seen from</source>
        <translation>Seen from</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="247"/>
        <source>No accounts yet</source>
        <translation>No accounts yet</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="249"/>
        <source>Add an account on the Accounts page, then its people: who decides, who influences, who uses. Their decision chain is drawn here.</source>
        <translation>Add an account on the Accounts page, then its people: who decides, who influences, who uses. Their decision chain is drawn here.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="262"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="263"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="264"/>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="265"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="266"/>
        <source>Edit the selected person and their links</source>
        <translation>Edit the selected person and their links</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="267"/>
        <source>The strongest routes to the decision maker</source>
        <translation>The strongest routes to the decision maker</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="268"/>
        <source>Coverage of the decision chain, risks, whom to see</source>
        <translation>Coverage of the decision chain, risks, whom to see</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="269"/>
        <source>Who joined or left, whose support changed</source>
        <translation>Who joined or left, whose support changed</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="312"/>
        <source>{name} ({n} people)</source>
        <translation>{name} ({n} people)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="351"/>
        <source>The whole account</source>
        <translation>The whole account</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="408"/>
        <source>Double-click anywhere to add the first person of this customer.</source>
        <translation>Double-click anywhere to add the first person of this customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="484"/>
        <source>Select one card on the map first.</source>
        <translation>Select one card on the map first.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="526"/>
        <source>Nobody called “{text}” on this map.</source>
        <translation>Nobody called “{text}” on this map.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="557"/>
        <source>Move {name}</source>
        <translation>Move {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="559"/>
        <source>Move {n} people</source>
        <translation>Move {n} people</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="580"/>
        <source>Everyone already has a place.</source>
        <translation>Everyone already has a place.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="582"/>
        <source>Tidy up the map</source>
        <translation>Tidy up the map</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="597"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="630"/>
        <location filename="../../desktop/pages/map.py" line="642"/>
        <source>Delete {name}</source>
        <translation>Delete {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="632"/>
        <source>Delete {n} people</source>
        <translation>Delete {n} people</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="652"/>
        <source>Deleted {n} — Ctrl+Z brings them back.</source>
        <translation>Deleted {n} — Ctrl+Z brings them back.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="653"/>
        <source>{n} people</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="661"/>
        <source>Link mode: drag from one card to another. Esc stops.</source>
        <translation>Link mode: drag from one card to another. Esc stops.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="673"/>
        <source>{member} knows {person}:</source>
        <translation>{member} knows {person}:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="677"/>
        <source>close</source>
        <translation>close</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="677"/>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="677"/>
        <source>slight</source>
        <translation>slight</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="682"/>
        <location filename="../../desktop/pages/map.py" line="712"/>
        <source>{a} reports to {b}</source>
        <translation>{a} reports to {b}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="685"/>
        <source>{a} influences {b}:</source>
        <translation>{a} influences {b}:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="689"/>
        <source>a little</source>
        <translation>a little</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="689"/>
        <source>somewhat</source>
        <translation>somewhat</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="689"/>
        <source>strongly</source>
        <translation>strongly</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="701"/>
        <source>Links between our own people are kept on the Team page.</source>
        <translation>Links between our own people are kept on the Team page.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="724"/>
        <source>{member} knows {person}</source>
        <translation>{member} knows {person}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="741"/>
        <source>{a} influences {b}</source>
        <translation>{a} influences {b}</translation>
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
        <translation>Export the map</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="769"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="774"/>
        <source>Map saved to {path}.</source>
        <translation>Map saved to {path}.</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../desktop/pages/team.py" line="72"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="76"/>
        <source>Sales rep, presales, manager or executive</source>
        <translation>Sales rep, presales, manager or executive</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="80"/>
        <source>The member&apos;s direct manager. People who report to this member are not offered, so reporting lines never go round in a circle.</source>
        <translation>The member&apos;s direct manager. People who report to this member are not offered, so reporting lines never go round in a circle.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="85"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="86"/>
        <source>Active on the team</source>
        <translation>Active on the team</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="88"/>
        <source>Untick for someone who left: they stay in the history of deals and visits</source>
        <translation>Untick for someone who left: they stay in the history of deals and visits</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="90"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="91"/>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="92"/>
        <source>Reports &amp;to</source>
        <translation>Reports &amp;to</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="93"/>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/pages/registry.py" line="71"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="72"/>
        <source>Key accounts, their people and profiles</source>
        <translation>Key accounts, their people and profiles</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="77"/>
        <source>Targeting</source>
        <translation>Targeting</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="78"/>
        <source>P1: saved segments and the ranked target list</source>
        <translation>P1: saved segments and the ranked target list</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="83"/>
        <source>Funnel board</source>
        <translation>Funnel board</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="84"/>
        <source>Deals by stage P1–P7</source>
        <translation>Deals by stage P1–P7</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="89"/>
        <source>Org map</source>
        <translation>Org map</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="90"/>
        <source>The customer&apos;s decision chain</source>
        <translation>The customer&apos;s decision chain</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="95"/>
        <location filename="../../desktop/pages/registry.py" line="99"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="96"/>
        <source>P2: unverified leads by channel</source>
        <translation>P2: unverified leads by channel</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="100"/>
        <source>Leads from the ten channels will be listed here, with how many of each channel became real opportunities.</source>
        <translation>Leads from the ten channels will be listed here, with how many of each channel became real opportunities.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="108"/>
        <location filename="../../desktop/pages/registry.py" line="112"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="109"/>
        <source>Visits, calls, demos and events</source>
        <translation>Visits, calls, demos and events</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="113"/>
        <source>Visits, calls, demos and events with the customer will be logged here, with who met whom and the next step agreed.</source>
        <translation>Visits, calls, demos and events with the customer will be logged here, with who met whom and the next step agreed.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="121"/>
        <location filename="../../desktop/pages/registry.py" line="125"/>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="122"/>
        <source>Conversion, time in stage and forecasts</source>
        <translation>Conversion, time in stage and forecasts</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="126"/>
        <source>Conversion rates between stages, average time in stage and the win and payment forecasts will be charted here.</source>
        <translation>Conversion rates between stages, average time in stage and the win and payment forecasts will be charted here.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="132"/>
        <source>Our people, roles and managers</source>
        <translation>Our people, roles and managers</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="132"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>OrgMap</name>
    <message>
        <location filename="../../desktop/map/export.py" line="90"/>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation>Choose a file ending in .png, .svg or .pdf.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/export.py" line="94"/>
        <source>Org map, {day}</source>
        <translation>Org map, {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/export.py" line="114"/>
        <location filename="../../desktop/map/export.py" line="127"/>
        <location filename="../../desktop/map/export.py" line="144"/>
        <source>Cannot write {path}.</source>
        <translation>Cannot write {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="188"/>
        <source>{name} — our team, {role}</source>
        <translation>{name} — our team, {role}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="196"/>
        <source>Support: {support}</source>
        <translation>Support: {support}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="198"/>
        <location filename="../../desktop/map/items.py" line="358"/>
        <source>Backs {competitor}</source>
        <translation>Backs {competitor}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="200"/>
        <source>Our insider</source>
        <translation>Our insider</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="202"/>
        <source>Our coach</source>
        <translation>Our coach</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="285"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="285"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="907"/>
        <source>Our team</source>
        <translation>Our team</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="28"/>
        <source>Support toward us:</source>
        <translation>Support toward us:</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="31"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="32"/>
        <source>Insider</source>
        <translation>Insider</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="33"/>
        <source>Backs a competitor</source>
        <translation>Backs a competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="35"/>
        <source>Influences</source>
        <translation>Influences</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="35"/>
        <source>Reports to</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="36"/>
        <source>Our relationship</source>
        <translation>Our relationship</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="36"/>
        <location filename="../../desktop/map/panels.py" line="462"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="176"/>
        <source>Legend ▸</source>
        <translation>Legend ▸</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="235"/>
        <source>Click a card to edit the person here.

Double-click the canvas to add a person. Shift+drag from one card to another (or use Link mode) to record who reports to or influences whom; drag from one of our team to a person to record our relationship.</source>
        <translation>Click a card to edit the person here.

Double-click the canvas to add a person. Shift+drag from one card to another (or use Link mode) to record who reports to or influences whom; drag from one of our team to a person to record our relationship.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="250"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="251"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="251"/>
        <location filename="../../desktop/map/panels.py" line="257"/>
        <location filename="../../desktop/map/panels.py" line="462"/>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="262"/>
        <source>How strongly this link carries influence, 5 % to 100 %</source>
        <translation>How strongly this link carries influence, 5 % to 100 %</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="266"/>
        <source>Remove link</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="267"/>
        <source>Remove the selected link; undo brings it back</source>
        <translation>Remove the selected link; undo brings it back</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="301"/>
        <source>{name} — our team ({role}).

Drag from this card to a person to record a relationship. Members are edited on the Team page.</source>
        <translation>{name} — our team ({role}).

Drag from this card to a person to record a relationship. Members are edited on the Team page.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="308"/>
        <source>{n} cards selected. Drag one of them to move them together; Del deletes the selected people (undo brings them back).</source>
        <translation>{n} cards selected. Drag one of them to move them together; Del deletes the selected people (undo brings them back).</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="325"/>
        <source>Reports to {name}</source>
        <translation>Reports to {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="328"/>
        <source>{name} reports to them</source>
        <translation>{name} reports to them</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="333"/>
        <source>Influences {name}</source>
        <translation>Influences {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="336"/>
        <source>Influenced by {name}</source>
        <translation>Influenced by {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="340"/>
        <source>Known by {name} (our team)</source>
        <translation>Known by {name} (our team)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="381"/>
        <source>Link strength {a} → {b}</source>
        <translation>Link strength {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="396"/>
        <source>Remove link {a} → {b}</source>
        <translation>Remove link {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="422"/>
        <source>Where the route starts: our side, or any card</source>
        <translation>Where the route starts: our side, or any card</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="425"/>
        <source>Whom the route should reach</source>
        <translation>Whom the route should reach</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="435"/>
        <location filename="../../desktop/map/panels.py" line="442"/>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="436"/>
        <source>Start from the selected card</source>
        <translation>Start from the selected card</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="443"/>
        <source>Aim at the selected card</source>
        <translation>Aim at the selected card</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="449"/>
        <source>How many of the strongest routes to light up</source>
        <translation>How many of the strongest routes to light up</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="451"/>
        <location filename="../../desktop/map/panels.py" line="660"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="452"/>
        <location filename="../../desktop/map/panels.py" line="661"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="453"/>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="456"/>
        <source>A route&apos;s strength is the product of its links&apos; strengths: the best way for our side to reach a person.</source>
        <translation>A route&apos;s strength is the product of its links&apos; strengths: the best way for our side to reach a person.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="476"/>
        <source>Our side (team, insiders, coach)</source>
        <translation>Our side (team, insiders, coach)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="477"/>
        <source>{name} (our team)</source>
        <translation>{name} (our team)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="482"/>
        <source>The key decision maker</source>
        <translation>The key decision maker</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="547"/>
        <source>Decision chain</source>
        <translation>Decision chain</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="549"/>
        <source>Our best visit</source>
        <translation>Our best visit</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="549"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="549"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="549"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="555"/>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="556"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="556"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="561"/>
        <source>Whom to see next</source>
        <translation>Whom to see next</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="562"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="562"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="572"/>
        <source>nobody known</source>
        <translation>nobody known</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="589"/>
        <source>insider</source>
        <translation>insider</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="591"/>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="593"/>
        <source>{n} back a competitor</source>
        <translation>{n} back a competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="594"/>
        <location filename="../../desktop/map/texts.py" line="177"/>
        <location filename="../../desktop/map/texts.py" line="178"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="621"/>
        <source>Score {score}: influence on the decision maker {influence} × room to win {room}</source>
        <translation>Score {score}: influence on the decision maker {influence} × room to win {room}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="658"/>
        <source>Compare the chain as it was at the end of this day…</source>
        <translation>Compare the chain as it was at the end of this day…</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="659"/>
        <source>…with the chain at the end of this day</source>
        <translation>…with the chain at the end of this day</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="665"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="672"/>
        <source>People who joined are tagged New on the map, people who changed are tagged Changed. History comes from the change log of this workspace.</source>
        <translation>People who joined are tagged New on the map, people who changed are tagged Changed. History comes from the change log of this workspace.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="698"/>
        <source>{joined} joined · {left} left · {changed} changed</source>
        <translation>{joined} joined · {left} left · {changed} changed</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="702"/>
        <source>No changes between these days.</source>
        <translation>No changes between these days.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="31"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="31"/>
        <source>Serious</source>
        <translation>Serious</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="31"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="54"/>
        <source>Nobody is our coach yet: find a KI or KU manager who shows us how to sell here.</source>
        <translation>Nobody is our coach yet: find a KI or KU manager who shows us how to sell here.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="57"/>
        <source>We have no contact at this customer yet.</source>
        <translation>We have no contact at this customer yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="58"/>
        <source>Single-threaded: {name} is our only contact.</source>
        <translation>Single-threaded: {name} is our only contact.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="60"/>
        <source>We do not know who makes the decision (KDM).</source>
        <translation>We do not know who makes the decision (KDM).</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="62"/>
        <source>{name}, the key decision maker, is neutral toward us.</source>
        <translation>{name}, the key decision maker, is neutral toward us.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="64"/>
        <source>{name}, the key decision maker, opposes us ({support}).</source>
        <translation>{name}, the key decision maker, opposes us ({support}).</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="70"/>
        <source>{name} ({role}) backs {competitor}.</source>
        <translation>{name} ({role}) backs {competitor}.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="73"/>
        <source>{name} backs {competitor} and sways the decision maker ({reach}).</source>
        <translation>{name} backs {competitor} and sways the decision maker ({reach}).</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="79"/>
        <source>No senior visit to {name} ({role}) yet; it is due by P5.</source>
        <translation>No senior visit to {name} ({role}) yet; it is due by P5.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="83"/>
        <source>What {name} tells us is confirmed by {n} channel(s) only: cross-check it.</source>
        <translation>What {name} tells us is confirmed by {n} channel(s) only: cross-check it.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="90"/>
        <source>{member} has no contact with {name} on record.</source>
        <translation>{member} has no contact with {name} on record.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="93"/>
        <source>{member} last met {name} {days} days ago.</source>
        <translation>{member} last met {name} {days} days ago.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="105"/>
        <source>The key decision maker; support now {support}.</source>
        <translation>The key decision maker; support now {support}.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="107"/>
        <source>Backs {competitor}; sways the decision maker ({influence}).</source>
        <translation>Backs {competitor}; sways the decision maker ({influence}).</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="111"/>
        <source>Opposes us ({support}); sways the decision maker ({influence}).</source>
        <translation>Opposes us ({support}); sways the decision maker ({influence}).</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="115"/>
        <source>Nobody on our side knows them; sways the decision maker ({influence}).</source>
        <translation>Nobody on our side knows them; sways the decision maker ({influence}).</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="119"/>
        <source>Support could rise from {support}; sways the decision maker ({influence}).</source>
        <translation>Support could rise from {support}; sways the decision maker ({influence}).</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="123"/>
        <source>Senior enough to tell us who decides.</source>
        <translation>Senior enough to tell us who decides.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="130"/>
        <source>Visit at {level}, through {member}.</source>
        <translation>Visit at {level}, through {member}.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="134"/>
        <source>Visit at {level}.</source>
        <translation>Visit at {level}.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="139"/>
        <source>Nobody has the KDM role yet: mark the key decision maker to see routes to them.</source>
        <translation>Nobody has the KDM role yet: mark the key decision maker to see routes to them.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="141"/>
        <source>We have no member, insider or coach here yet: link one of our team to a person.</source>
        <translation>We have no member, insider or coach here yet: link one of our team to a person.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="144"/>
        <source>No route reaches {name} yet: record who influences whom, or build a relationship.</source>
        <translation>No route reaches {name} yet: record who influences whom, or build a relationship.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="152"/>
        <source>influences</source>
        <translation>influences</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="153"/>
        <source>knows</source>
        <translation>knows</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="154"/>
        <source>reports to</source>
        <translation>reports to</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="155"/>
        <source>manages</source>
        <translation>manages</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="167"/>
        <source>{name} joined</source>
        <translation>{name} joined</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="169"/>
        <source>{name} left</source>
        <translation>{name} left</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="175"/>
        <source>{name}: role {old} → {new}</source>
        <translation>{name}: role {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="187"/>
        <source>{name}: support {old} → {new}</source>
        <translation>{name}: support {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="194"/>
        <source>{name} now backs {competitor}</source>
        <translation>{name} now backs {competitor}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="196"/>
        <source>{name} no longer backs {competitor}</source>
        <translation>{name} no longer backs {competitor}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="201"/>
        <source>{name} became our insider</source>
        <translation>{name} became our insider</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="201"/>
        <source>{name} is no longer our insider</source>
        <translation>{name} is no longer our insider</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="204"/>
        <source>{name} became our coach</source>
        <translation>{name} became our coach</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="204"/>
        <source>{name} is no longer our coach</source>
        <translation>{name} is no longer our coach</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="208"/>
        <source>{name} now reports to nobody here</source>
        <translation>{name} now reports to nobody here</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="210"/>
        <source>{name} now reports to {manager}</source>
        <translation>{name} now reports to {manager}</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="241"/>
        <source>Record a payment</source>
        <translation>Record a payment</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="245"/>
        <source>Instalment {n}: {amount:,.2f}</source>
        <translation>Instalment {n}: {amount:,.2f}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="259"/>
        <source>Bank transfer, acceptance bill…</source>
        <translation>Bank transfer, acceptance bill…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="260"/>
        <source>Instalment</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="261"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="262"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="263"/>
        <source>How</source>
        <translation>How</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../desktop/models/people_model.py" line="57"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="58"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="59"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="60"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="61"/>
        <source>Backs</source>
        <translation>Backs</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="62"/>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="63"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="64"/>
        <source>Reports to</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="65"/>
        <source>Seniority</source>
        <translation>Seniority</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="72"/>
        <source>The person&apos;s name</source>
        <translation>The person&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="73"/>
        <source>Job title or function</source>
        <translation>Job title or function</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="74"/>
        <source>Place in the decision chain: KDM, KI, KU, LEAD or EVAL</source>
        <translation>Place in the decision chain: KDM, KI, KU, LEAD or EVAL</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="75"/>
        <source>Support toward us, from strong opponent to strong supporter</source>
        <translation>Support toward us, from strong opponent to strong supporter</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="76"/>
        <source>The competitor this person backs, if any</source>
        <translation>The competitor this person backs, if any</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="77"/>
        <source>Insider (passes us information), coach (shows us how to sell), left (no longer at the customer)</source>
        <translation>Insider (passes us information), coach (shows us how to sell), left (no longer at the customer)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="81"/>
        <source>Department at the customer</source>
        <translation>Department at the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="82"/>
        <source>Whom the person reports to</source>
        <translation>Whom the person reports to</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="83"/>
        <source>Level in the customer&apos;s hierarchy</source>
        <translation>Level in the customer&apos;s hierarchy</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="109"/>
        <source>Insider</source>
        <translation>Insider</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="111"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="113"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="231"/>
        <source>{name} left on {day}</source>
        <translation>{name} left on {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="235"/>
        <source>Support toward us: {level} ({value:+d})</source>
        <translation>Support toward us: {level} ({value:+d})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="241"/>
        <source>Insider: passes us internal and competitor information</source>
        <translation>Insider: passes us internal and competitor information</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="243"/>
        <source>Coach: shows us how to sell inside the customer</source>
        <translation>Coach: shows us how to sell inside the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="245"/>
        <source>Left on {day}</source>
        <translation>Left on {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="248"/>
        <source>Backs {competitor}</source>
        <translation>Backs {competitor}</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="118"/>
        <location filename="../../desktop/pages/people_panel.py" line="156"/>
        <location filename="../../desktop/pages/people_panel.py" line="386"/>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="122"/>
        <source>Add a person of this customer ({keys})</source>
        <translation>Add a person of this customer ({keys})</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="128"/>
        <location filename="../../desktop/pages/people_panel.py" line="431"/>
        <source>Delete person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="133"/>
        <source>Delete the selected person ({keys} in the list); undo brings them back</source>
        <translation>Delete the selected person ({keys} in the list); undo brings them back</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="151"/>
        <source>Choose an account to see its people.</source>
        <translation>Choose an account to see its people.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="151"/>
        <source>No account selected</source>
        <translation>No account selected</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="154"/>
        <source>No people yet</source>
        <translation>No people yet</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="155"/>
        <source>Add the people of this customer: who decides, who influences, who uses.</source>
        <translation>Add the people of this customer: who decides, who influences, who uses.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="169"/>
        <source>Filter people by name, title, role…</source>
        <translation>Filter people by name, title, role…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="171"/>
        <source>Show only the people whose row contains this text</source>
        <translation>Show only the people whose row contains this text</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="302"/>
        <source>{n} people</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="304"/>
        <source>{shown} of {n} shown</source>
        <translation>{shown} of {n} shown</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="306"/>
        <source>{n} left</source>
        <translation>{n} left</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="309"/>
        <source>People at this customer; those who have left are greyed in the list</source>
        <translation>People at this customer; those who have left are greyed in the list</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="391"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="414"/>
        <source>Delete {name}</source>
        <translation>Delete {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="422"/>
        <source>Delete {name} with their links and notes?</source>
        <translation>Delete {name} with their links and notes?</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="425"/>
        <source>{n} people report to them and will report to nobody; undo puts all back.</source>
        <translation>{n} people report to them and will report to nobody; undo puts all back.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="428"/>
        <source>Undo puts everything back.</source>
        <translation>Undo puts everything back.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="206"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="207"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="208"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="209"/>
        <source>Reports to</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="210"/>
        <source>Seniority</source>
        <translation>Seniority</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="211"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="212"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="213"/>
        <source>Backs competitor</source>
        <translation>Backs competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="214"/>
        <source>Insider</source>
        <translation>Insider</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="215"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="216"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="217"/>
        <source>Product preference</source>
        <translation>Product preference</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="218"/>
        <source>Purchase history</source>
        <translation>Purchase history</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="219"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="220"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="221"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="222"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="223"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="224"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="225"/>
        <source>Character</source>
        <translation>Character</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="226"/>
        <source>Career situation</source>
        <translation>Career situation</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="227"/>
        <source>Tenure, hobbies</source>
        <translation>Tenure, hobbies</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="228"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="229"/>
        <source>Education, career</source>
        <translation>Education, career</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="239"/>
        <source>Select a person in the list to see and edit their details.</source>
        <translation>Select a person in the list to see and edit their details.</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="258"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="259"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="260"/>
        <source>e.g. Head of IT</source>
        <translation>e.g. Head of IT</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="265"/>
        <source>Decision chain</source>
        <translation>Decision chain</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="269"/>
        <source>Passes us internal information</source>
        <translation>Passes us internal information</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="272"/>
        <source> confirming sources</source>
        <translation> confirming sources</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="274"/>
        <source>How many independent channels confirmed what this insider tells us</source>
        <translation>How many independent channels confirmed what this insider tells us</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="286"/>
        <source>Shows us how to sell inside</source>
        <translation>Shows us how to sell inside</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="291"/>
        <source>Needs and history</source>
        <translation>Needs and history</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="295"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="380"/>
        <source>Personal attributes of this person. They are shown only here and read from the workspace only when you open this section.</source>
        <translation>Personal attributes of this person. They are shown only here and read from the workspace only when you open this section.</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="392"/>
        <source>Sensitive. Kept only here: left out of lists, logs and exports unless you ask for them.</source>
        <translation>Sensitive. Kept only here: left out of lists, logs and exports unless you ask for them.</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="419"/>
        <source>{arrow} Private attributes</source>
        <translation>{arrow} Private attributes</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="503"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="507"/>
        <source>New department…</source>
        <translation>New department…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="511"/>
        <source>Nobody here</source>
        <translation>Nobody here</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="515"/>
        <source>No role in the decision chain</source>
        <translation>No role in the decision chain</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="524"/>
        <source>No competitor</source>
        <translation>No competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="624"/>
        <source>Edit {person} (private attribute)</source>
        <translation>Edit {person} (private attribute)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="627"/>
        <source>Edit {person} ({field})</source>
        <translation>Edit {person} ({field})</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="652"/>
        <source>New department {name}</source>
        <translation>New department {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="666"/>
        <source>Name of the new department:</source>
        <translation>Name of the new department:</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="666"/>
        <source>New department</source>
        <translation>New department</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="103"/>
        <source>Why? (kept in the stage history)</source>
        <translation>Why? (kept in the stage history)</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="105"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="109"/>
        <source>Unknown / none</source>
        <translation>Unknown / none</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="112"/>
        <source>Lost to</source>
        <translation>Lost to</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="51"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="54"/>
        <source>On this computer</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="57"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="63"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="66"/>
        <source>For the whole team (saved in the workspace)</source>
        <translation>For the whole team (saved in the workspace)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="73"/>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="75"/>
        <source>How long a valid opportunity stays with its owner (P3.PROTECT.2)</source>
        <translation>How long a valid opportunity stays with its owner: the method&apos;s protection period</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="77"/>
        <source>Default currency</source>
        <translation>Default currency</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="78"/>
        <source>Protection period</source>
        <translation>Protection period</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="87"/>
        <source>Win probability in {stage}</source>
        <translation>Win probability in {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="132"/>
        <location filename="../../desktop/settings_dialog.py" line="134"/>
        <source>Change team settings</source>
        <translation>Change team settings</translation>
    </message>
</context>
<context>
    <name>TargetingPage</name>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="208"/>
        <source>Choose the {dimension} values that describe your best customers</source>
        <translation>Choose the {dimension} values that describe your best customers</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="222"/>
        <source>How much {dimension} counts in the fit score; 0 leaves it out of the score (it still decides who meets the whole description)</source>
        <translation>How much {dimension} counts in the fit score; 0 leaves it out of the score (it still decides who meets the whole description)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="231"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="274"/>
        <source>New segment</source>
        <translation>New segment</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="275"/>
        <source>Start describing another group of target customers</source>
        <translation>Start describing another group of target customers</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="281"/>
        <source>Save segment</source>
        <translation>Save segment</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="282"/>
        <source>Keep this description and its weights (undo takes it back)</source>
        <translation>Keep this description and its weights (undo takes it back)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="288"/>
        <source>Delete segment</source>
        <translation>Delete segment</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="289"/>
        <source>Delete the selected saved segment; the accounts stay as they are</source>
        <translation>Delete the selected saved segment; the accounts stay as they are</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="326"/>
        <source>Saved segments</source>
        <translation>Saved segments</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="341"/>
        <source>No saved segments yet.

Describe your best customers: choose the natures, industries, regions and sizes that fit, then weight what matters most. Save to keep the description.</source>
        <translation>No saved segments yet.

Describe your best customers: choose the natures, industries, regions and sizes that fit, then weight what matters most. Save to keep the description.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="367"/>
        <source>Describe your best customers</source>
        <translation>Describe your best customers</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="369"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="373"/>
        <source>Name this segment, e.g. East China state groups</source>
        <translation>Name this segment, e.g. East China state groups</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="387"/>
        <source>Drop changes</source>
        <translation>Drop changes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="388"/>
        <source>Go back to the segment as it was saved</source>
        <translation>Go back to the segment as it was saved</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="397"/>
        <source>Chosen values</source>
        <translation>Chosen values</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="397"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="397"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="433"/>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="434"/>
        <source>Untick every value: this dimension no longer counts</source>
        <translation>Untick every value: this dimension no longer counts</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="473"/>
        <source>Target list</source>
        <translation>Target list</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="482"/>
        <source>Find an account in the list (Ctrl+F)</source>
        <translation>Find an account in the list (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="486"/>
        <source>Only full matches</source>
        <translation>Only full matches</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="487"/>
        <source>Hide accounts that meet only part of the description</source>
        <translation>Hide accounts that meet only part of the description</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="511"/>
        <source>No accounts to rank yet</source>
        <translation>No accounts to rank yet</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="513"/>
        <source>Describe your best customers: choose the natures, industries, regions and sizes that fit, then weight what matters most. Add accounts on the Accounts page and they are ranked here against your description.</source>
        <translation>Describe your best customers: choose the natures, industries, regions and sizes that fit, then weight what matters most. Add accounts on the Accounts page and they are ranked here against your description.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="520"/>
        <source>No account fits</source>
        <translation>No account fits</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="522"/>
        <source>None of your accounts meets this description. Untick a value, choose a wider region, or clear “Only full matches”.</source>
        <translation>None of your accounts meets this description. Untick a value, choose a wider region, or clear “Only full matches”.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="530"/>
        <source>Fit: green bar = meets the whole description, blue = part of it. Double-click an account to open it.</source>
        <translation>Fit: green bar = meets the whole description, blue = part of it. Double-click an account to open it.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="664"/>
        <source>New segment — not saved yet.</source>
        <translation>New segment — not saved yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="666"/>
        <source>Changed — not saved yet.</source>
        <translation>Changed — not saved yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="668"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="672"/>
        <source>It also asks for {what}, which ranking cannot use; saving leaves that out.</source>
        <translation>It also asks for {what}, which ranking cannot use; saving leaves that out.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="711"/>
        <source>&lt;b&gt;{dimension}&lt;/b&gt; — {hint}</source>
        <translation>&lt;b&gt;{dimension}&lt;/b&gt; — {hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="719"/>
        <source>Add a region path, e.g. China/East/Shanghai, and press Enter</source>
        <translation>Add a region path, e.g. China/East/Shanghai, and press Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="722"/>
        <source>Add a keyword and press Enter</source>
        <translation>Add a keyword and press Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="724"/>
        <source>Add a value and press Enter</source>
        <translation>Add a value and press Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="820"/>
        <source>Unsaved segment</source>
        <translation>Unsaved segment</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="821"/>
        <source>The segment you are editing has changes that are not saved. Drop them?</source>
        <translation>The segment you are editing has changes that are not saved. Drop them?</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="848"/>
        <source>Give the segment a name before saving it.</source>
        <translation>Give the segment a name before saving it.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="855"/>
        <source>Save segment {name}</source>
        <translation>Save segment {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="869"/>
        <source>Change segment {name}</source>
        <translation>Change segment {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="875"/>
        <source>Segment {name} saved.</source>
        <translation>Segment {name} saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="882"/>
        <source>Delete segment {name}</source>
        <translation>Delete segment {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="914"/>
        <source>all {n} accounts, biggest open pipeline first</source>
        <translation>all {n} accounts, biggest open pipeline first</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="919"/>
        <source>{shown} of {n} accounts fit, {full} fully</source>
        <translation>{shown} of {n} accounts fit, {full} fully</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="47"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="48"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="49"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="50"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="51"/>
        <source>Sales channel</source>
        <translation>Sales channel</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="52"/>
        <source>Development stage</source>
        <translation>Development stage</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="53"/>
        <source>IT situation</source>
        <translation>IT situation</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="54"/>
        <source>Core needs</source>
        <translation>Core needs</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="61"/>
        <source>Public organisation, state-owned, foreign or joint venture, private</source>
        <translation>Public organisation, state-owned, foreign or joint venture, private</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="62"/>
        <source>The industries where your offer fits best</source>
        <translation>The industries where your offer fits best</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="63"/>
        <source>A region includes everything inside it: ticking a province takes in its cities and districts</source>
        <translation>A region includes everything inside it: ticking a province takes in its cities and districts</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="67"/>
        <source>Extra-large, large, medium, small or micro</source>
        <translation>Extra-large, large, medium, small or micro</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="68"/>
        <source>Sold directly or through a channel partner</source>
        <translation>Sold directly or through a channel partner</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="69"/>
        <source>Start-up, growth, mature, transformation…</source>
        <translation>Start-up, growth, mature, transformation…</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="70"/>
        <source>Keywords found in the account&apos;s IT situation</source>
        <translation>Keywords found in the account&apos;s IT situation</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="71"/>
        <source>Keywords found in the account&apos;s core needs</source>
        <translation>Keywords found in the account&apos;s core needs</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="90"/>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="135"/>
        <source>Describes no dimension yet: every account fits.</source>
        <translation>Describes no dimension yet: every account fits.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="249"/>
        <source>{n} account(s)</source>
        <translation>{n} account(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="250"/>
        <source>No account has this value yet</source>
        <translation>No account has this value yet</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="416"/>
        <source>{path}: {n} account(s), everything inside included</source>
        <translation>{path}: {n} account(s), everything inside included</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="459"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="459"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="459"/>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="459"/>
        <source>Meets</source>
        <translation>Meets</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="459"/>
        <source>Open pipeline</source>
        <translation>Open pipeline</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="459"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="464"/>
        <source>Place in the target list: best fit first</source>
        <translation>Place in the target list: best fit first</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="465"/>
        <source>The account; double-click to open it</source>
        <translation>The account; double-click to open it</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="466"/>
        <source>Fit score 0–100: the weighted share of the described dimensions the account meets</source>
        <translation>Fit score 0–100: the weighted share of the described dimensions the account meets</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="467"/>
        <source>The dimensions of the description the account meets</source>
        <translation>The dimensions of the description the account meets</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="468"/>
        <source>Value of the account&apos;s open deals</source>
        <translation>Value of the account&apos;s open deals</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="469"/>
        <source>The rep who owns the account</source>
        <translation>The rep who owns the account</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="540"/>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="559"/>
        <source>{dimension}: +{points:.0f}</source>
        <translation>{dimension}: +{points:.0f}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="561"/>
        <source>{dimension}: missed</source>
        <translation>{dimension}: missed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="566"/>
        <source>{dimension}: met (weight 0)</source>
        <translation>{dimension}: met (weight 0)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="570"/>
        <source>Meets the whole description.</source>
        <translation>Meets the whole description.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="571"/>
        <source>No dimension described yet.</source>
        <translation>No dimension described yet.</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <location filename="../../desktop/models/team_model.py" line="46"/>
        <source>Owns accounts and deals, and pulls the team&apos;s resources into a big deal.</source>
        <translation>Owns accounts and deals, and pulls the team&apos;s resources into a big deal.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="49"/>
        <source>Studies the industry, guides needs and proposes a targeted solution (P2–P4).</source>
        <translation>Studies the industry, guides needs and proposes a targeted solution (P2–P4).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="52"/>
        <source>Direct manager: confirms the five elements in person before a lead counts as an opportunity (P3).</source>
        <translation>Direct manager: confirms the five elements in person before a lead counts as an opportunity (P3).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="56"/>
        <source>Meets the customer&apos;s top level and confirms very large deals himself or herself.</source>
        <translation>Meets the customer&apos;s top level and confirms very large deals himself or herself.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="72"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="72"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="72"/>
        <source>Reports to</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="72"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="77"/>
        <source>The team member&apos;s name</source>
        <translation>The team member&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="78"/>
        <source>Sales rep, presales, manager or executive</source>
        <translation>Sales rep, presales, manager or executive</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="79"/>
        <source>The member&apos;s direct manager on our side</source>
        <translation>The member&apos;s direct manager on our side</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="80"/>
        <source>Email address</source>
        <translation>Email address</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="81"/>
        <source>Inactive members stay in the history but no longer take new work</source>
        <translation>Inactive members stay in the history but no longer take new work</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="107"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="107"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../desktop/pages/team.py" line="144"/>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="145"/>
        <source>Add someone to our team: a rep, presales, a manager or an executive</source>
        <translation>Add someone to our team: a rep, presales, a manager or an executive</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="151"/>
        <source>Delete member</source>
        <translation>Delete member</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="152"/>
        <source>Remove the selected member (undo brings them back with their links)</source>
        <translation>Remove the selected member (undo brings them back with their links)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="160"/>
        <source>Reporting lines</source>
        <translation>Reporting lines</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="161"/>
        <source>Show the team as a tree of who reports to whom</source>
        <translation>Show the team as a tree of who reports to whom</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="177"/>
        <source>Your team</source>
        <translation>Your team</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="179"/>
        <source>List the people on our side: reps, presales experts, direct managers and executives. The method calls them internal key customers: a rep has to win their time and pull their resources into a big deal — the manager who confirms the five elements, presales who shape the solution, the executive who meets the customer&apos;s top level.</source>
        <translation>List the people on our side: reps, presales experts, direct managers and executives. The method calls them internal key customers: a rep has to win their time and pull their resources into a big deal — the manager who confirms the five elements, presales who shape the solution, the executive who meets the customer&apos;s top level.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="185"/>
        <source>Add the first team member</source>
        <translation>Add the first team member</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="196"/>
        <source>Filter by name, role, manager or email (Ctrl+F)</source>
        <translation>Filter by name, role, manager or email (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="301"/>
        <source>{n} member(s)</source>
        <translation>{n} member(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="303"/>
        <source>{shown} of {n} shown</source>
        <translation>{shown} of {n} shown</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="363"/>
        <source>No member selected</source>
        <translation>No member selected</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="383"/>
        <source>Direct reports: {names}</source>
        <translation>Direct reports: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="385"/>
        <source>No one reports to {name}.</source>
        <translation>No one reports to {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="395"/>
        <source>— nobody —</source>
        <translation>— nobody —</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="402"/>
        <source>{name} (inactive)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="409"/>
        <source>A team member needs a name.</source>
        <translation>A team member needs a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="412"/>
        <source>Nobody can be their own manager.</source>
        <translation>Nobody can be their own manager.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="415"/>
        <source>That would make a loop: the chosen manager already reports to {name}.</source>
        <translation>That would make a loop: the chosen manager already reports to {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="432"/>
        <source>Rename {name} to {value}</source>
        <translation>Rename {name} to {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="433"/>
        <source>Change the role of {name}</source>
        <translation>Change the role of {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="434"/>
        <source>Change the manager of {name}</source>
        <translation>Change the manager of {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="435"/>
        <source>Change the email of {name}</source>
        <translation>Change the email of {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="436"/>
        <source>Mark {name} active</source>
        <translation>Mark {name} active</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="436"/>
        <source>Mark {name} inactive</source>
        <translation>Mark {name} inactive</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="456"/>
        <source>New team member</source>
        <translation>New team member</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="458"/>
        <source>Add a team member</source>
        <translation>Add a team member</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="475"/>
        <source>Delete {name}</source>
        <translation>Delete {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="480"/>
        <source>Deleted {name}. Undo brings them back.</source>
        <translation>Deleted {name}. Undo brings them back.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="168"/>
        <source>Verify an element</source>
        <translation>Verify an element</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="175"/>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="189"/>
        <source>What confirmed it (meeting, document, mail…)</source>
        <translation>What confirmed it (meeting, document, mail…)</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="190"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="191"/>
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="192"/>
        <source>At the level of</source>
        <translation>At the level of</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="193"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="194"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="195"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/welcome.py" line="31"/>
        <source>Key Account Navigator</source>
        <translation>Key Account Navigator</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="39"/>
        <source>Plan and win large enterprise deals with the seven-step method: target customers, leads, valid opportunities, approval, the tender, negotiation and the first payment.</source>
        <translation>Plan and win large enterprise deals with the seven-step method: target customers, leads, valid opportunities, approval, the tender, negotiation and the first payment.</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="47"/>
        <source>New workspace…</source>
        <translation>New workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="48"/>
        <source>Open workspace…</source>
        <translation>Open workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="49"/>
        <source>Open the sample workspace</source>
        <translation>Open the sample workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="51"/>
        <source>Six accounts with org charts, deals in every stage and 18 months of history</source>
        <translation>Six accounts with org charts, deals in every stage and 18 months of history</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="62"/>
        <source>Recent workspaces</source>
        <translation>Recent workspaces</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="71"/>
        <source>None yet: create a workspace or open the sample.</source>
        <translation>None yet: create a workspace or open the sample.</translation>
    </message>
</context>
</TS>
