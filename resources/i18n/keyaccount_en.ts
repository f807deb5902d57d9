<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountBox</name>
    <message>
        <location filename="../../desktop/board/new_deal.py" line="89"/>
        <source>Type to search the accounts</source>
        <translation>Type to search the accounts</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="146"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="149"/>
        <source>The customer&apos;s name</source>
        <translation>The customer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="151"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="155"/>
        <source>Na&amp;ture</source>
        <translation>Na&amp;ture</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="164"/>
        <source>Choose or type an industry</source>
        <translation>Choose or type an industry</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="171"/>
        <source>&amp;Industry</source>
        <translation>&amp;Industry</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="174"/>
        <source>e.g. China/East/Shanghai/Pudong</source>
        <translation>e.g. China/East/Shanghai/Pudong</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="178"/>
        <source>Widest region first, levels separated by “/”:
{levels}</source>
        <translation>Widest region first, levels separated by “/”:
{levels}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="187"/>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="191"/>
        <source>Si&amp;ze</source>
        <translation>Si&amp;ze</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="194"/>
        <source>How we sell</source>
        <translation>How we sell</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="200"/>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="203"/>
        <source>Choose the partner kind…</source>
        <translation>Choose the partner kind…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="211"/>
        <source>Partner &amp;kind</source>
        <translation>Partner &amp;kind</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="214"/>
        <source>The partner company</source>
        <translation>The partner company</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="216"/>
        <source>Partner na&amp;me</source>
        <translation>Partner na&amp;me</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="219"/>
        <source>The rep on our side who owns the account</source>
        <translation>The rep on our side who owns the account</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="223"/>
        <source>&amp;Owner</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="226"/>
        <source>Sales territory</source>
        <translation>Sales territory</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="228"/>
        <source>&amp;Territory</source>
        <translation>&amp;Territory</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="231"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="233"/>
        <source>The group or head office this account belongs to</source>
        <translation>The group or head office this account belongs to</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="237"/>
        <source>&amp;Parent account</source>
        <translation>&amp;Parent account</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="239"/>
        <source>Click a subsidiary to open it</source>
        <translation>Click a subsidiary to open it</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="243"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="250"/>
        <source>Subsidiaries</source>
        <translation>Subsidiaries</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="285"/>
        <source>What this account brings us</source>
        <translation>What this account brings us</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="306"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="308"/>
        <source>Anything the team should know</source>
        <translation>Anything the team should know</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="510"/>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="517"/>
        <source>{name} (left the team)</source>
        <translation>{name} (left the team)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="525"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="551"/>
        <source>In-depth profile ({filled} of {total} filled)</source>
        <translation>In-depth profile ({filled} of {total} filled)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="567"/>
        <source>Edit account name</source>
        <translation>Edit account name</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="568"/>
        <source>Edit account nature</source>
        <translation>Edit account nature</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="569"/>
        <source>Edit account industry</source>
        <translation>Edit account industry</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="570"/>
        <source>Edit account region</source>
        <translation>Edit account region</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="571"/>
        <source>Edit account size</source>
        <translation>Edit account size</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="572"/>
        <source>Edit account sales channel</source>
        <translation>Edit account sales channel</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="573"/>
        <source>Edit account partner kind</source>
        <translation>Edit account partner kind</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="574"/>
        <source>Edit account partner name</source>
        <translation>Edit account partner name</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="575"/>
        <source>Edit account owner</source>
        <translation>Edit account owner</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="576"/>
        <source>Edit account territory</source>
        <translation>Edit account territory</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="577"/>
        <source>Edit account parent</source>
        <translation>Edit account parent</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="578"/>
        <source>Edit account industry-chain segment</source>
        <translation>Edit account industry-chain segment</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="579"/>
        <source>Edit account main business</source>
        <translation>Edit account main business</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="580"/>
        <source>Edit account organisation structure</source>
        <translation>Edit account organisation structure</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="581"/>
        <source>Edit account development stage</source>
        <translation>Edit account development stage</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="582"/>
        <source>Edit account markets</source>
        <translation>Edit account markets</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="583"/>
        <source>Edit account business regions</source>
        <translation>Edit account business regions</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="584"/>
        <source>Edit account registered capital</source>
        <translation>Edit account registered capital</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="585"/>
        <source>Edit account culture</source>
        <translation>Edit account culture</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="586"/>
        <source>Edit account IT situation</source>
        <translation>Edit account IT situation</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="587"/>
        <source>Edit account core needs</source>
        <translation>Edit account core needs</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="588"/>
        <source>Edit account value to us</source>
        <translation>Edit account value to us</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="589"/>
        <source>Edit account note</source>
        <translation>Edit account note</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/account_editor.py" line="644"/>
        <source>An account sold through a partner needs the partner kind: choose it below “Channel” to finish the change.</source>
        <translation>An account sold through a partner needs the partner kind: choose it below “Channel” to finish the change.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="134"/>
        <source>New &amp;account</source>
        <translation>New &amp;account</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="136"/>
        <source>Add a key account (Ctrl+Shift+A)</source>
        <translation>Add a key account (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="142"/>
        <source>&amp;Delete account</source>
        <translation>&amp;Delete account</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="147"/>
        <source>Delete the selected account with its people and deals (Del; undoable)</source>
        <translation>Delete the selected account with its people and deals (Del; undoable)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="153"/>
        <source>New &amp;deal…</source>
        <translation>New &amp;deal…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="157"/>
        <source>Create a deal for the selected account (Ctrl+Shift+D)</source>
        <translation>Create a deal for the selected account (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="165"/>
        <source>&amp;Edit account</source>
        <translation>&amp;Edit account</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="167"/>
        <source>Edit the account&apos;s profile (Enter in the list)</source>
        <translation>Edit the account&apos;s profile (Enter in the list)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="169"/>
        <source>Show &amp;people</source>
        <translation>Show &amp;people</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="171"/>
        <source>The customer&apos;s people and their roles</source>
        <translation>The customer&apos;s people and their roles</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="186"/>
        <source>No accounts yet</source>
        <translation>No accounts yet</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="188"/>
        <source>Accounts are the customers you target: organisations that buy often and in volume, and whose business can move your results. Add one to record who they are, who decides there, and the deals you work on with them.</source>
        <translation>Accounts are the customers you target: organisations that buy often and in volume, and whose business can move your results. Add one to record who they are, who decides there, and the deals you work on with them.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="192"/>
        <source>Add the first account</source>
        <translation>Add the first account</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="234"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="236"/>
        <source>Who the account is: targeting attributes and profile</source>
        <translation>Who the account is: targeting attributes and profile</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="241"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="243"/>
        <source>The customer&apos;s people and their roles in the decision</source>
        <translation>The customer&apos;s people and their roles in the decision</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="298"/>
        <source>Search accounts…</source>
        <translation>Search accounts…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="300"/>
        <source>Name, industry, region, owner, needs… (Ctrl+F). Every word must match.</source>
        <translation>Name, industry, region, owner, needs… (Ctrl+F). Every word must match.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="320"/>
        <source>Show one nature of organisation</source>
        <translation>Show one nature of organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="321"/>
        <source>Show one industry</source>
        <translation>Show one industry</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="323"/>
        <source>Show one region, with everything inside it at any level</source>
        <translation>Show one region, with everything inside it at any level</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="325"/>
        <source>Show one company size</source>
        <translation>Show one company size</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="326"/>
        <source>Show the accounts of one owner</source>
        <translation>Show the accounts of one owner</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="330"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="331"/>
        <source>Show all accounts again</source>
        <translation>Show all accounts again</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="343"/>
        <source>All natures</source>
        <translation>All natures</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="344"/>
        <source>All sizes</source>
        <translation>All sizes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="376"/>
        <source>Show the columns that fit</source>
        <translation>Show the columns that fit</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="379"/>
        <source>Forget the columns chosen here: show as many as the width allows</source>
        <translation>Forget the columns chosen here: show as many as the width allows</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="547"/>
        <source>All industries</source>
        <translation>All industries</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="552"/>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="557"/>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="559"/>
        <location filename="../../desktop/pages/accounts.py" line="561"/>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="611"/>
        <source>{shown} of {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="613"/>
        <source>1 account</source>
        <translation>1 account</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="615"/>
        <source>{total} accounts</source>
        <translation>{total} accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="645"/>
        <source>No account selected</source>
        <translation>No account selected</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="687"/>
        <location filename="../../desktop/pages/accounts.py" line="695"/>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="723"/>
        <source>Delete the account “{name}”?

Its people ({people}) and deals ({deals}) are deleted with it.</source>
        <translation>Delete the account “{name}”?

Its people ({people}) and deals ({deals}) are deleted with it.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="727"/>
        <source>Its subsidiaries ({count}) stay, without this parent.</source>
        <translation>Its subsidiaries ({count}) stay, without this parent.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="730"/>
        <source>Undo (Ctrl+Z) brings everything back.</source>
        <translation>Undo (Ctrl+Z) brings everything back.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="731"/>
        <source>Delete account</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/accounts.py" line="736"/>
        <source>Delete account {name}</source>
        <translation>Delete account {name}</translation>
    </message>
</context>
<context>
    <name>AccountsPreview</name>
    <message>
        <location filename="../../desktop/pages/accounts_preview.py" line="25"/>
        <source>Opening the workspace…</source>
        <translation>Opening the workspace…</translation>
    </message>
</context>
<context>
    <name>AccountsTableModel</name>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="380"/>
        <source>Open deals, but no activity logged yet</source>
        <translation>Open deals, but no activity logged yet</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="382"/>
        <source>No activity for {days} days</source>
        <translation>No activity for {days} days</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="403"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="404"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="405"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="406"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="407"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="408"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="409"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="410"/>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="411"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="412"/>
        <source>P1 … P7</source>
        <translation>P1 … P7</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="413"/>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="418"/>
        <source>The key account&apos;s name</source>
        <translation>The key account&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="420"/>
        <source>Public organisation, state-owned, foreign or joint venture, private</source>
        <translation>Public organisation, state-owned, foreign or joint venture, private</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="422"/>
        <source>The account&apos;s industry</source>
        <translation>The account&apos;s industry</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="423"/>
        <source>Where the account is, from the widest region down</source>
        <translation>Where the account is, from the widest region down</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="424"/>
        <source>Company size</source>
        <translation>Company size</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="425"/>
        <source>The rep on our side who owns the account</source>
        <translation>The rep on our side who owns the account</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="426"/>
        <source>Customer people on file (still working there)</source>
        <translation>Customer people on file (still working there)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="427"/>
        <source>Open deals with this account</source>
        <translation>Open deals with this account</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="429"/>
        <source>Total of the open deals in the base currency, at the workspace&apos;s rates (a deal in a currency without a rate is left out)</source>
        <translation>Total of the open deals in the base currency, at the workspace&apos;s rates (a deal in a currency without a rate is left out)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="432"/>
        <source>Open deals in each stage, P1 to P7</source>
        <translation>Open deals in each stage, P1 to P7</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="434"/>
        <source>Date of the latest visit, call or event; amber when the account has open deals and has gone quiet</source>
        <translation>Date of the latest visit, call or event; amber when the account has open deals and has gone quiet</translation>
    </message>
</context>
<context>
    <name>AccuracyDialog</name>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="56"/>
        <source>Taken by hand</source>
        <translation>Taken by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="56"/>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="68"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="68"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="68"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="68"/>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="72"/>
        <source>When the snapshot was taken (your clock)</source>
        <translation>When the snapshot was taken (your clock)</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="75"/>
        <source>One line per deal and month the snapshot forecast</source>
        <translation>One line per deal and month the snapshot forecast</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="104"/>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="105"/>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="249"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="106"/>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="250"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="107"/>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="108"/>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="109"/>
        <source>Bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="110"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="118"/>
        <source>The weighted amount the snapshot expected to be won in the month</source>
        <translation>The weighted amount the snapshot expected to be won in the month</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="119"/>
        <source>What was won in the month</source>
        <translation>What was won in the month</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="120"/>
        <source>Forecast − won: above zero, the forecast promised too much</source>
        <translation>Forecast − won: above zero, the forecast promised too much</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="121"/>
        <source>|Bias| / won (empty when nothing was won)</source>
        <translation>|Bias| / won (empty when nothing was won)</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="130"/>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="175"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="178"/>
        <source>Mean bias</source>
        <translation>Mean bias</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="184"/>
        <source>Mean bias (forecast − won)</source>
        <translation>Mean bias (forecast − won)</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="193"/>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="197"/>
        <source>Mean error</source>
        <translation>Mean error</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="213"/>
        <source>Forecast snapshots and accuracy</source>
        <translation>Forecast snapshots and accuracy</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="223"/>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="229"/>
        <source>Take snapshot</source>
        <translation>Take snapshot</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="231"/>
        <source>Keep what the forecast says now</source>
        <translation>Keep what the forecast says now</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="234"/>
        <source>Delete snapshot</source>
        <translation>Delete snapshot</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="236"/>
        <source>Remove the selected snapshot; undo brings it back</source>
        <translation>Remove the selected snapshot; undo brings it back</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="246"/>
        <source>Accuracy per</source>
        <translation>Accuracy per</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="259"/>
        <source>No ended month to measure yet. Take a snapshot now (or turn on weekly snapshots in Settings); once its months have ended, this shows how far the forecast was from what was won.</source>
        <translation>No ended month to measure yet. Take a snapshot now (or turn on weekly snapshots in Settings); once its months have ended, this shows how far the forecast was from what was won.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="303"/>
        <source>Mean bias and error per month</source>
        <translation>Mean bias and error per month</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="305"/>
        <source>Mean bias and error per owner</source>
        <translation>Mean bias and error per owner</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="311"/>
        <source>Over {n} snapshot months: mean bias {bias}, mean error {error}.</source>
        <translation>Over {n} snapshot months: mean bias {bias}, mean error {error}.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="335"/>
        <source>Take a forecast snapshot</source>
        <translation>Take a forecast snapshot</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/accuracy_dialog.py" line="341"/>
        <source>Delete the forecast snapshot of {when}</source>
        <translation>Delete the forecast snapshot of {when}</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../desktop/pages/activities.py" line="122"/>
        <location filename="../../desktop/pages/activities.py" line="232"/>
        <source>Log activity…</source>
        <translation>Log activity…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="123"/>
        <source>Log a visit, call, demo or event: who met whom, and the next step</source>
        <translation>Log a visit, call, demo or event: who met whom, and the next step</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="128"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="129"/>
        <source>Change the selected activity: day, kind, people, notes, next step</source>
        <translation>Change the selected activity: day, kind, people, notes, next step</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="134"/>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="135"/>
        <source>Mark the selected activity&apos;s next step done today</source>
        <translation>Mark the selected activity&apos;s next step done today</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="142"/>
        <source>Delete activity</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="143"/>
        <source>Delete the selected activity (undo brings it back)</source>
        <translation>Delete the selected activity (undo brings it back)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="166"/>
        <source>Only this account</source>
        <translation>Only this account</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="173"/>
        <source>Only with this member</source>
        <translation>Only with this member</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="174"/>
        <source>Only this kind</source>
        <translation>Only this kind</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="175"/>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="178"/>
        <source>Only this period</source>
        <translation>Only this period</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="181"/>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="183"/>
        <source>Last {n} days</source>
        <translation>Last {n} days</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="185"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="221"/>
        <source>No activity matches these filters</source>
        <translation>No activity matches these filters</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="222"/>
        <source>Widen the period, or choose “All accounts”, “Anyone” and “Any kind”.</source>
        <translation>Widen the period, or choose “All accounts”, “Anyone” and “Any kind”.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="225"/>
        <source>No activities logged yet</source>
        <translation>No activities logged yet</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="227"/>
        <source>Log each visit, call, demo or event with the customer: who of ours met whom of theirs, what was said and the next step. Use Log activity (Ctrl+J) from any view, a person&apos;s menu on the org map, or a deal&apos;s panel. Logging keeps the map&apos;s last contacts and the senior-visit rule up to date.</source>
        <translation>Log each visit, call, demo or event with the customer: who of ours met whom of theirs, what was said and the next step. Use Log activity (Ctrl+J) from any view, a person&apos;s menu on the org map, or a deal&apos;s panel. Logging keeps the map&apos;s last contacts and the senior-visit rule up to date.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="269"/>
        <source>Click to show every activity again</source>
        <translation>Click to show every activity again</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="283"/>
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="286"/>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="339"/>
        <source>{n} activities</source>
        <translation>{n} activities</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="342"/>
        <source>The first {shown} of {n} activities: narrow them with the filters</source>
        <translation>The first {shown} of {n} activities: narrow them with the filters</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="345"/>
        <source>next steps overdue: {n}, listed first</source>
        <translation>next steps overdue: {n}, listed first</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="350"/>
        <source>Deal: {name}  ✕</source>
        <translation>Deal: {name}  ✕</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="352"/>
        <source>Person: {name}  ✕</source>
        <translation>Person: {name}  ✕</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="366"/>
        <source>Visited our headquarters for this deal: {who} ({rule}).</source>
        <translation>Visited our headquarters for this deal: {who} ({rule}).</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="370"/>
        <source>The KDM has not been yet: invite them above all.</source>
        <translation>The KDM has not been yet: invite them above all.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="373"/>
        <source>Nobody of the buying group has visited our headquarters for this deal yet: {rule} asks to invite them, above all the KDM.</source>
        <translation>Nobody of the buying group has visited our headquarters for this deal yet: {rule} asks to invite them, above all the KDM.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="428"/>
        <source>Mark “{step}” done</source>
        <translation>Mark “{step}” done</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/activities.py" line="435"/>
        <source>Delete the activity of {day} at {account} ({kind})</source>
        <translation>Delete the activity of {day} at {account} ({kind})</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../desktop/activities/editor.py" line="98"/>
        <source>{person} ({role})</source>
        <translation>{person} ({role})</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="200"/>
        <source>Edit activity</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="200"/>
        <source>Log an activity</source>
        <translation>Log an activity</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="222"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="226"/>
        <source>The deal this activity was for; a visit for a deal counts for its gates</source>
        <translation>The deal this activity was for; a visit for a deal counts for its gates</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="228"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="243"/>
        <source>Day and kind</source>
        <translation>Day and kind</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="248"/>
        <source>Our people</source>
        <translation>Our people</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="258"/>
        <source>Their people</source>
        <translation>Their people</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="261"/>
        <source>Type to find a person</source>
        <translation>Type to find a person</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="282"/>
        <source>What was discussed, what we learnt</source>
        <translation>What was discussed, what we learnt</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="286"/>
        <source>Who does what by when</source>
        <translation>Who does what by when</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="287"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="288"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="290"/>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="298"/>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="310"/>
        <source>Next step&apos;s day</source>
        <translation>Next step&apos;s day</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="320"/>
        <location filename="../../desktop/activities/editor.py" line="648"/>
        <source>Log activity</source>
        <translation>Log activity</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="320"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="356"/>
        <source>A visit or meeting for “{deal}” at {account}</source>
        <translation>A visit or meeting for “{deal}” at {account}</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="359"/>
        <source>A visit, call or event with people of {account}</source>
        <translation>A visit, call or event with people of {account}</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="366"/>
        <source>No deal: upkeep of the account</source>
        <translation>No deal: upkeep of the account</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="389"/>
        <source>On this deal</source>
        <translation>On this deal</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="390"/>
        <source>Others at {account}</source>
        <translation>Others at {account}</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="393"/>
        <source>People at {account}</source>
        <translation>People at {account}</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="406"/>
        <source>(left on {day})</source>
        <translation>(left on {day})</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="414"/>
        <source>Nobody of {account} is recorded yet: add the people you met on the org map first, then log the activity.</source>
        <translation>Nobody of {account} is recorded yet: add the people you met on the org map first, then log the activity.</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="495"/>
        <source>Check at least one of our people and one of theirs.</source>
        <translation>Check at least one of our people and one of theirs.</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="497"/>
        <source>The next step cannot be due before the activity&apos;s day.</source>
        <translation>The next step cannot be due before the activity&apos;s day.</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="516"/>
        <source>{level}. For no deal: it keeps the relationships, no gate counts it.</source>
        <translation>{level}. For no deal: it keeps the relationships, no gate counts it.</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="520"/>
        <source>{level}. Counts as a senior visit to the {roles} ({rule}).</source>
        <translation>{level}. Counts as a senior visit to the {roles} ({rule}).</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="527"/>
        <source>{level}. Not a senior visit: {rule} counts meetings in person with a manager or executive of ours and the deal&apos;s KI, KU or KDM.</source>
        <translation>{level}. Not a senior visit: {rule} counts meetings in person with a manager or executive of ours and the deal&apos;s KI, KU or KDM.</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="629"/>
        <source>Log an activity at {account} ({kind})</source>
        <translation>Log an activity at {account} ({kind})</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="648"/>
        <source>Add an account and its people first, then log activities.</source>
        <translation>Add an account and its people first, then log activities.</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="677"/>
        <source>Edit the activity of {day} at {account}</source>
        <translation>Edit the activity of {day} at {account}</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="729"/>
        <location filename="../../desktop/activities/editor.py" line="764"/>
        <source>Log activity…</source>
        <translation>Log activity…</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="731"/>
        <source>Log a visit, call or event with this person</source>
        <translation>Log a visit, call or event with this person</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="737"/>
        <source>Activities of this person</source>
        <translation>Activities of this person</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/editor.py" line="766"/>
        <source>Log a visit, call or event for this deal</source>
        <translation>Log a visit, call or event for this deal</translation>
    </message>
</context>
<context>
    <name>ActivityTable</name>
    <message>
        <location filename="../../desktop/activities/table.py" line="50"/>
        <source>done {day}</source>
        <translation>done {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/table.py" line="52"/>
        <source>due {day}</source>
        <translation>due {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/table.py" line="55"/>
        <source>({n} days late)</source>
        <translation>({n} days late)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/table.py" line="75"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/table.py" line="76"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/table.py" line="77"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/table.py" line="78"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/table.py" line="79"/>
        <source>Our people</source>
        <translation>Our people</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/table.py" line="80"/>
        <source>Their people</source>
        <translation>Their people</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/table.py" line="81"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/table.py" line="82"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/table.py" line="87"/>
        <source>The day it happened (a local day)</source>
        <translation>The day it happened (a local day)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/table.py" line="88"/>
        <source>Visit, call, demo, presentation, event, reference or headquarters visit, tender</source>
        <translation>Visit, call, demo, presentation, event, reference or headquarters visit, tender</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/table.py" line="89"/>
        <source>The customer</source>
        <translation>The customer</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/table.py" line="90"/>
        <source>The deal it was for; empty: upkeep of the account</source>
        <translation>The deal it was for; empty: upkeep of the account</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/table.py" line="91"/>
        <source>Our members who took part; their team role gives the activity&apos;s level</source>
        <translation>Our members who took part; their team role gives the activity&apos;s level</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/table.py" line="92"/>
        <source>The customer&apos;s people met</source>
        <translation>The customer&apos;s people met</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/table.py" line="93"/>
        <source>What was discussed, what we learnt</source>
        <translation>What was discussed, what we learnt</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/table.py" line="94"/>
        <source>The next step agreed, its due day, and whether it was done</source>
        <translation>The next step agreed, its due day, and whether it was done</translation>
    </message>
</context>
<context>
    <name>ApprovalBanner</name>
    <message>
        <location filename="../../desktop/board/approvals.py" line="96"/>
        <source>Awaiting a manager&apos;s approval</source>
        <translation>Awaiting a manager&apos;s approval</translation>
    </message>
    <message>
        <location filename="../../desktop/board/approvals.py" line="103"/>
        <source>Created in {stage}</source>
        <translation>Created in {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/approvals.py" line="107"/>
        <source>nobody named</source>
        <translation>nobody named</translation>
    </message>
    <message>
        <location filename="../../desktop/board/approvals.py" line="110"/>
        <source>{move}, forced by {who} on {when}</source>
        <translation>{move}, forced by {who} on {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/approvals.py" line="116"/>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/approvals.py" line="122"/>
        <source>Unmet: {unmet}</source>
        <translation>Unmet: {unmet}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/approvals.py" line="125"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop/board/approvals.py" line="128"/>
        <source>Revert to {stage}…</source>
        <translation>Revert to {stage}…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/approvals.py" line="152"/>
        <source>Choose who you are first (File → I am…).</source>
        <translation>Choose who you are first (File → I am…).</translation>
    </message>
    <message>
        <location filename="../../desktop/board/approvals.py" line="157"/>
        <source>Accept the move as it is: the deal stays in {stage}.</source>
        <translation>Accept the move as it is: the deal stays in {stage}.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/approvals.py" line="161"/>
        <source>Only a manager or an executive may approve a forced move.</source>
        <translation>Only a manager or an executive may approve a forced move.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/approvals.py" line="164"/>
        <source>Move the deal back to {stage}, with a reason.</source>
        <translation>Move the deal back to {stage}, with a reason.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/approvals.py" line="167"/>
        <source>Only a manager, an executive or the member who forced it may revert this move.</source>
        <translation>Only a manager, an executive or the member who forced it may revert this move.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/approvals.py" line="172"/>
        <source>Approve the forced move of “{deal}”</source>
        <translation>Approve the forced move of “{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/board/approvals.py" line="178"/>
        <source>Revert to {stage}</source>
        <translation>Revert to {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/approvals.py" line="180"/>
        <source>“{deal}” goes back to {stage}, where it was before the forced move. Why?</source>
        <translation>“{deal}” goes back to {stage}, where it was before the forced move. Why?</translation>
    </message>
    <message>
        <location filename="../../desktop/board/approvals.py" line="185"/>
        <source>Revert the forced move of “{deal}”</source>
        <translation>Revert the forced move of “{deal}”</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/app.py" line="497"/>
        <source>Today&apos;s backup: {name}</source>
        <translation>Today&apos;s backup: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="570"/>
        <source>Cannot restore the backup</source>
        <translation>Cannot restore the backup</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="55"/>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="57"/>
        <source>Before upgrade</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="59"/>
        <source>Replaced by a restore</source>
        <translation>Replaced by a restore</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="97"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="97"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="97"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="97"/>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="222"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="223"/>
        <source>Replace {name} with the backup taken {when} ({size})? Changes made since then are no longer in the workspace, but the current file is kept beside it as {name}.replaced-…; nothing is deleted.</source>
        <translation>Replace {name} with the backup taken {when} ({size})? Changes made since then are no longer in the workspace, but the current file is kept beside it as {name}.replaced-…; nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="228"/>
        <location filename="../../desktop/backups_dialog.py" line="247"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="236"/>
        <location filename="../../desktop/backups_dialog.py" line="257"/>
        <source>Workspace damaged</source>
        <translation>Workspace damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="237"/>
        <source>{name} failed its integrity check ({problem}).

It was moved to {damaged}; nothing was deleted.

Restore the newest good backup, taken {when} ({size})?</source>
        <translation>{name} failed its integrity check ({problem}).

It was moved to {damaged}; nothing was deleted.

Restore the newest good backup, taken {when} ({size})?</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="258"/>
        <source>{name} failed its integrity check ({problem}). No good backup of it was found, so it opens read-only: copy out what you can read. `keyaccount check` lists what is wrong.</source>
        <translation>{name} failed its integrity check ({problem}). No good backup of it was found, so it opens read-only: copy out what you can read. `keyaccount check` lists what is wrong.</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="268"/>
        <source>{name} was restored from {backup}. The file it replaced is kept at {kept}.</source>
        <translation>{name} was restored from {backup}. The file it replaced is kept at {kept}.</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="270"/>
        <source>{name} was restored from {backup}.</source>
        <translation>{name} was restored from {backup}.</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="273"/>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="285"/>
        <source>Today&apos;s backup was not made</source>
        <translation>Today&apos;s backup was not made</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="286"/>
        <source>The workspace is open, but today&apos;s backup could not be written: {reason}</source>
        <translation>The workspace is open, but today&apos;s backup could not be written: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="133"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="138"/>
        <source>Backups of {name}: one on the first open of each day (kept for 7 days, 4 weeks and 12 months) and one before every upgrade. Restoring keeps the current file beside it; nothing is deleted.</source>
        <translation>Backups of {name}: one on the first open of each day (kept for 7 days, 4 weeks and 12 months) and one before every upgrade. Restoring keeps the current file beside it; nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="151"/>
        <source>No backups yet. One is made the first time the workspace is opened each day.</source>
        <translation>No backups yet. One is made the first time the workspace is opened each day.</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="157"/>
        <source>Open to look</source>
        <translation>Open to look</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="159"/>
        <source>Open a copy of the backup read-only; the workspace is not changed</source>
        <translation>Open a copy of the backup read-only; the workspace is not changed</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="161"/>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../desktop/backups_dialog.py" line="163"/>
        <source>Put the backup in place of the workspace (the current file is kept)</source>
        <translation>Put the backup in place of the workspace (the current file is kept)</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <location filename="../../desktop/board/column.py" line="84"/>
        <source>New deal in {stage}</source>
        <translation>New deal in {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="183"/>
        <source>{n} deals, {total} in total, {weighted} weighted at {p:.0%}</source>
        <translation>{n} deals, {total} in total, {weighted} weighted at {p:.0%}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="189"/>
        <source>Usual time in this stage: {days} days</source>
        <translation>Usual time in this stage: {days} days</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="194"/>
        <source>{n} deals, {total} in total</source>
        <translation>{n} deals, {total} in total</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="200"/>
        <location filename="../../desktop/pages/board.py" line="472"/>
        <source>Deals in {codes} are left out: no rate to {base} in the settings.</source>
        <translation>Deals in {codes} are left out: no rate to {base} in the settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="205"/>
        <source>Other currencies converted to {base}</source>
        <translation>Other currencies converted to {base}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="207"/>
        <source>Click to show or hide the cards; drop cards here to close deals.</source>
        <translation>Click to show or hide the cards; drop cards here to close deals.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="293"/>
        <source>weighted {amount}</source>
        <translation>weighted {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="295"/>
        <source>≈ {amount}</source>
        <translation>≈ {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="301"/>
        <source>No deals in this stage</source>
        <translation>No deals in this stage</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="303"/>
        <source>⌀ {days:.0f} d in stage · usual {usual}</source>
        <translation>⌀ {days:.0f} d in stage · usual {usual}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/column.py" line="307"/>
        <source>⌀ {days:.0f} d · usual {usual}</source>
        <translation>⌀ {days:.0f} d · usual {usual}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="53"/>
        <source>New deal on this account…</source>
        <translation>New deal on this account…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="54"/>
        <source>Create another deal for the same account</source>
        <translation>Create another deal for the same account</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="60"/>
        <source>Mark as won</source>
        <translation>Mark as won</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="61"/>
        <source>Only a deal in P7 with a signed contract and its first payment can be won</source>
        <translation>Only a deal in P7 with a signed contract and its first payment can be won</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="66"/>
        <source>Close as lost…</source>
        <translation>Close as lost…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="67"/>
        <source>Close the deal as lost: why, and to which competitor</source>
        <translation>Close the deal as lost: why, and to which competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="72"/>
        <source>Shelve…</source>
        <translation>Shelve…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="73"/>
        <source>Put the deal aside: the customer is not buying now</source>
        <translation>Put the deal aside: the customer is not buying now</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="78"/>
        <location filename="../../desktop/pages/board.py" line="853"/>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="79"/>
        <source>Put the closed deal back in the funnel, in the stage it was closed in</source>
        <translation>Put the closed deal back in the funnel, in the stage it was closed in</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="85"/>
        <source>Protection decision…</source>
        <translation>Protection decision…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="86"/>
        <source>Its protection expired: penalise the owner, release it or transfer it</source>
        <translation>Its protection expired: penalise the owner, release it or transfer it</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="91"/>
        <source>Claim from the public field…</source>
        <translation>Claim from the public field…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="92"/>
        <source>Take this deal from the public field: you become its owner</source>
        <translation>Take this deal from the public field: you become its owner</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="98"/>
        <location filename="../../desktop/pages/board.py" line="857"/>
        <source>Delete deal…</source>
        <translation>Delete deal…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="99"/>
        <source>Delete the deal with its history and evidence (undoable)</source>
        <translation>Delete the deal with its history and evidence (undoable)</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="153"/>
        <source>New deal, close, reopen or delete this deal</source>
        <translation>New deal, close, reopen or delete this deal</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="154"/>
        <source>Deal actions</source>
        <translation>Deal actions</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="163"/>
        <source>its stage history and exit-criteria ticks</source>
        <translation>its stage history and exit-criteria ticks</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="166"/>
        <source>the evidence for {n} of the five elements</source>
        <translation>the evidence for {n} of the five elements</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="168"/>
        <source>the roles people play in it</source>
        <translation>the roles people play in it</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="170"/>
        <source>its payment plan and the payments received</source>
        <translation>its payment plan and the payments received</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="171"/>
        <source>Delete the deal “{deal}” ({account})?</source>
        <translation>Delete the deal “{deal}” ({account})?</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="172"/>
        <source>Deleted with it: {parts}.</source>
        <translation>Deleted with it: {parts}.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="173"/>
        <source>The account and its people stay.</source>
        <translation>The account and its people stay.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="174"/>
        <source>Undo (Ctrl+Z) brings everything back.</source>
        <translation>Undo (Ctrl+Z) brings everything back.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="182"/>
        <source>Delete deal</source>
        <translation>Delete deal</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_menu.py" line="185"/>
        <source>Delete deal “{deal}”</source>
        <translation>Delete deal “{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="25"/>
        <location filename="../../desktop/board/labels.py" line="41"/>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="27"/>
        <location filename="../../desktop/board/labels.py" line="42"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="29"/>
        <location filename="../../desktop/board/labels.py" line="43"/>
        <source>Shelved</source>
        <translation>Shelved</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="40"/>
        <location filename="../../desktop/pages/board.py" line="827"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="49"/>
        <source>No KDM named</source>
        <translation>No KDM named</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="51"/>
        <source>Strong opponent</source>
        <translation>Strong opponent</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="52"/>
        <source>Opponent</source>
        <translation>Opponent</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="53"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="54"/>
        <source>Supporter</source>
        <translation>Supporter</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="55"/>
        <source>Strong supporter</source>
        <translation>Strong supporter</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="60"/>
        <location filename="../../desktop/board/labels.py" line="75"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="60"/>
        <source>Presales</source>
        <translation>Presales</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="60"/>
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="67"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="68"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="69"/>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="70"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="75"/>
        <source>Executive</source>
        <translation>Executive</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="75"/>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="82"/>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="83"/>
        <source>Claimed, not verified</source>
        <translation>Claimed, not verified</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="84"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="90"/>
        <source>Largest amount</source>
        <translation>Largest amount</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="91"/>
        <source>Closing soonest</source>
        <translation>Closing soonest</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="92"/>
        <source>Longest in stage</source>
        <translation>Longest in stage</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="93"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="99"/>
        <source>No swimlanes</source>
        <translation>No swimlanes</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="100"/>
        <source>Lanes by owner</source>
        <translation>Lanes by owner</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="101"/>
        <source>Lanes by account</source>
        <translation>Lanes by account</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="117"/>
        <source>No senior visit for this deal yet to: {roles}.</source>
        <translation>No senior visit for this deal yet to: {roles}.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="121"/>
        <source>No contract value is recorded to measure the first payment against.</source>
        <translation>No contract value is recorded to measure the first payment against.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="123"/>
        <source>Our managers have not yet met every KI, KU and KDM of this deal face to face.</source>
        <translation>Our managers have not yet met every KI, KU and KDM of this deal face to face.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="126"/>
        <source>The bid is won, but no provisional award has been announced.</source>
        <translation>The bid is won, but no provisional award has been announced.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="127"/>
        <source>We are the provisional winner; the publicity period has not passed.</source>
        <translation>We are the provisional winner; the publicity period has not passed.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="128"/>
        <source>The award notice is here, but no contract is signed yet.</source>
        <translation>The award notice is here, but no contract is signed yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="129"/>
        <source>The contract is signed, but no payment has arrived yet.</source>
        <translation>The contract is signed, but no payment has arrived yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="130"/>
        <source>The first payment is below {share:.0%} of the contract value.</source>
        <translation>The first payment is below {share:.0%} of the contract value.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/labels.py" line="150"/>
        <source>Entered directly in {stage}</source>
        <translation>Entered directly in {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="107"/>
        <source>Move back to {stage}</source>
        <translation>Move back to {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="110"/>
        <source>Moving a deal back needs a reason; the stage history keeps it.</source>
        <translation>Moving a deal back needs a reason; the stage history keeps it.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="117"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="118"/>
        <source>Reopening puts the deal back in the funnel. Why?</source>
        <translation>Reopening puts the deal back in the funnel. Why?</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="125"/>
        <source>Reopen “{deal}”</source>
        <translation>Reopen “{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="206"/>
        <source>Move “{deal}” to {stage} past its unmet gate</source>
        <translation>Move “{deal}” to {stage} past its unmet gate</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="208"/>
        <source>Move “{deal}” back to {stage}</source>
        <translation>Move “{deal}” back to {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="210"/>
        <source>Move “{deal}” to {stage}</source>
        <translation>Move “{deal}” to {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="228"/>
        <source>“{deal}” is closed; reopen it first.</source>
        <translation>“{deal}” is closed; reopen it first.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="232"/>
        <source>Mark “{deal}” as won</source>
        <translation>Mark “{deal}” as won</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="237"/>
        <source>Not won yet</source>
        <translation>Not won yet</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="249"/>
        <source>The deal is in {stage}; only a deal in P7 can be won.</source>
        <translation>The deal is in {stage}; only a deal in P7 can be won.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="260"/>
        <source>(now {ratio:.0%})</source>
        <translation>(now {ratio:.0%})</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="262"/>
        <source>“{deal}” cannot be marked won yet:</source>
        <translation>“{deal}” cannot be marked won yet:</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="269"/>
        <source>Already closed</source>
        <translation>Already closed</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="270"/>
        <source>Reopen a closed deal before marking it {status}.</source>
        <translation>Reopen a closed deal before marking it {status}.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="285"/>
        <source>Mark “{deal}” as {status}</source>
        <translation>Mark “{deal}” as {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="310"/>
        <source>Move {n} deals to {column}</source>
        <translation>Move {n} deals to {column}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/moves.py" line="330"/>
        <source> and {n} more</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <location filename="../../desktop/board/new_deal.py" line="68"/>
        <source>New deal “{name}”</source>
        <translation>New deal “{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="247"/>
        <source>Swimlanes</source>
        <translation>Swimlanes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="250"/>
        <source>Sort</source>
        <translation>Sort</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="255"/>
        <source>No deals yet</source>
        <translation>No deals yet</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="256"/>
        <source>Deals appear here in one column per stage, P1 to P7. Create a deal on an account or convert a lead; then drag its card as the deal moves on — the method&apos;s exit criteria guard every step.</source>
        <translation>Deals appear here in one column per stage, P1 to P7. Create a deal on an account or convert a lead; then drag its card as the deal moves on — the method&apos;s exit criteria guard every step.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="261"/>
        <location filename="../../desktop/pages/board.py" line="358"/>
        <source>New deal…</source>
        <translation>New deal…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="326"/>
        <source>Move left</source>
        <translation>Move left</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="327"/>
        <source>Move the selected deals one stage back (Ctrl+Left); asks for a reason</source>
        <translation>Move the selected deals one stage back (Ctrl+Left); asks for a reason</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="332"/>
        <source>Move right</source>
        <translation>Move right</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="333"/>
        <source>Move the selected deals one stage on (Ctrl+Right); the stage gate applies</source>
        <translation>Move the selected deals one stage on (Ctrl+Right); the stage gate applies</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="338"/>
        <source>Open deal</source>
        <translation>Open deal</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="339"/>
        <source>Show the selected deal in the side panel (Enter or double-click)</source>
        <translation>Show the selected deal in the side panel (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="343"/>
        <source>Closed deals</source>
        <translation>Closed deals</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="344"/>
        <source>Show or hide the won, lost and shelved columns</source>
        <translation>Show or hide the won, lost and shelved columns</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="349"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="349"/>
        <source>Show every deal again</source>
        <translation>Show every deal again</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="352"/>
        <source>Protection…</source>
        <translation>Protection…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="353"/>
        <source>Expired protections awaiting a decision, and the public field</source>
        <translation>Expired protections awaiting a decision, and the public field</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="359"/>
        <source>Create a deal on an account, in the stage you choose</source>
        <translation>Create a deal on an account, in the stage you choose</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="367"/>
        <source>Read every deal again from the workspace (F5)</source>
        <translation>Read every deal again from the workspace (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="367"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="462"/>
        <source>{n} open deals · {total} in the funnel · {weighted} weighted</source>
        <translation>{n} open deals · {total} in the funnel · {weighted} weighted</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="468"/>
        <source>filtered</source>
        <translation>filtered</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="833"/>
        <source>Move to next stage ({stage})</source>
        <translation>Move to next stage ({stage})</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="837"/>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="847"/>
        <source>Mark as {status}…</source>
        <translation>Mark as {status}…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="855"/>
        <source>Log a visit…</source>
        <translation>Log a visit…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="1086"/>
        <source>Protected until {day}</source>
        <translation>Protected until {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/board.py" line="1088"/>
        <source>Double-click or Enter opens the deal; drag it to move it.</source>
        <translation>Double-click or Enter opens the deal; drag it to move it.</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../desktop/pages/board.py" line="597"/>
        <source>Badges and warnings could not be read: {reason}</source>
        <translation>Badges and warnings could not be read: {reason}</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <location filename="../../desktop/leads/form.py" line="246"/>
        <source>New lead</source>
        <translation>New lead</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/form.py" line="251"/>
        <source>A lead is contact information not yet verified (P2). Note where it came from; it becomes an opportunity once its five elements are verified.</source>
        <translation>A lead is contact information not yet verified (P2). Note where it came from; it becomes an opportunity once its five elements are verified.</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/form.py" line="274"/>
        <source>Save lead</source>
        <translation>Save lead</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../desktop/board/delegate.py" line="167"/>
        <source>{n} d</source>
        <translation>{n} d</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="168"/>
        <source>in {stage}</source>
        <translation>in {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="169"/>
        <source>No owner</source>
        <translation>No owner</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="170"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="171"/>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="172"/>
        <source>{n} d left</source>
        <translation>{n} d left</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="173"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="174"/>
        <source>Public field</source>
        <translation>Public field</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="175"/>
        <source>Exp.</source>
        <translation>Exp.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="176"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="370"/>
        <source>none here</source>
        <translation>none here</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="372"/>
        <source>{n} · {total}</source>
        <translation>{n} · {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="586"/>
        <source>Expected to close {day}: that date has passed.</source>
        <translation>Expected to close {day}: that date has passed.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="587"/>
        <source>Expected to close {day}</source>
        <translation>Expected to close {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="594"/>
        <source>Five elements verified: {n} of {m}. A valid opportunity (P3) needs all five checked by the rep and confirmed by the manager.</source>
        <translation>Five elements verified: {n} of {m}. A valid opportunity (P3) needs all five checked by the rep and confirmed by the manager.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="598"/>
        <source>Exit criteria of the current stage met: {n} of {m}.</source>
        <translation>Exit criteria of the current stage met: {n} of {m}.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="603"/>
        <source>A coach (内部教练) inside the customer shows us how to sell there.</source>
        <translation>A coach (内部教练) inside the customer shows us how to sell there.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="605"/>
        <source>No coach yet: develop one among KI/KU middle or senior managers.</source>
        <translation>No coach yet: develop one among KI/KU middle or senior managers.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="608"/>
        <source>Key decision maker&apos;s support: {label}.</source>
        <translation>Key decision maker&apos;s support: {label}.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="615"/>
        <source>Awaiting approval: moved past an unmet gate by someone without a manager role. A manager approves the move or reverts it in the deal panel.</source>
        <translation>Awaiting approval: moved past an unmet gate by someone without a manager role. A manager approves the move or reverts it in the deal panel.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="623"/>
        <source>Not yours yet:</source>
        <translation>Not yours yet:</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="624"/>
        <source>Method rules not met:</source>
        <translation>Method rules not met:</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="628"/>
        <source>Click the badge to read about it in the method.</source>
        <translation>Click the badge to read about it in the method.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="635"/>
        <source>In the public field: nobody protects this deal; any member may claim it.</source>
        <translation>In the public field: nobody protects this deal; any member may claim it.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="639"/>
        <source>The protection period has expired: penalise the owner, release the deal to the public field or transfer it (the deal panel&apos;s ⋯ menu).</source>
        <translation>The protection period has expired: penalise the owner, release the deal to the public field or transfer it (the deal panel&apos;s ⋯ menu).</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="642"/>
        <source>Protected for its owner for {n} more days.</source>
        <translation>Protected for its owner for {n} more days.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="650"/>
        <source>{n} days in this stage; it usually takes {usual}.</source>
        <translation>{n} days in this stage; it usually takes {usual}.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/delegate.py" line="653"/>
        <source>{n} days in this stage (usually up to {usual}).</source>
        <translation>{n} days in this stage (usually up to {usual}).</translation>
    </message>
</context>
<context>
    <name>CashTab</name>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="72"/>
        <location filename="../../desktop/dashboards/cash_tab.py" line="215"/>
        <source>Due (won)</source>
        <translation>Due (won)</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="72"/>
        <source>Expected (open)</source>
        <translation>Expected (open)</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="72"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="72"/>
        <location filename="../../desktop/dashboards/cash_tab.py" line="214"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="72"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="77"/>
        <source>Payments received in the month</source>
        <translation>Payments received in the month</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="78"/>
        <source>Instalments of won deals due in the month, not yet received</source>
        <translation>Instalments of won deals due in the month, not yet received</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="79"/>
        <source>What open deals are expected to pay, weighted by their stage&apos;s probability</source>
        <translation>What open deals are expected to pay, weighted by their stage&apos;s probability</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="80"/>
        <source>Received + due + expected</source>
        <translation>Received + due + expected</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="109"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="110"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="111"/>
        <source>Instalment</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="112"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="113"/>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="114"/>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="119"/>
        <source>Double-click opens the deal on the board</source>
        <translation>Double-click opens the deal on the board</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="121"/>
        <source>The instalment&apos;s place in the deal&apos;s payment plan</source>
        <translation>The instalment&apos;s place in the deal&apos;s payment plan</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="123"/>
        <source>What is still to be received, in the deal&apos;s currency</source>
        <translation>What is still to be received, in the deal&apos;s currency</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="134"/>
        <source>No. {seq}</source>
        <translation>No. {seq}</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="156"/>
        <source>{amount} in the base currency</source>
        <translation>{amount} in the base currency</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="216"/>
        <source>Expected (open, weighted)</source>
        <translation>Expected (open, weighted)</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="240"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="243"/>
        <source>The whole team&apos;s cash, or one member&apos;s deals</source>
        <translation>The whole team&apos;s cash, or one member&apos;s deals</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="259"/>
        <source>No payments expected yet: give won deals a payment plan, and open deals an amount and an expected close, to see the cash forecast.</source>
        <translation>No payments expected yet: give won deals a payment plan, and open deals an amount and an expected close, to see the cash forecast.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="284"/>
        <source>Double-click an instalment to open its deal</source>
        <translation>Double-click an instalment to open its deal</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="315"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="341"/>
        <source>Overdue instalments: {n}, {total} outstanding</source>
        <translation>Overdue instalments: {n}, {total} outstanding</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="347"/>
        <source>No instalment is overdue.</source>
        <translation>No instalment is overdue.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/cash_tab.py" line="353"/>
        <source>Cash per month, in {base}</source>
        <translation>Cash per month, in {base}</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../desktop/dashboards/bar_chart.py" line="328"/>
        <source>{bar}: {value}</source>
        <translation>{bar}: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/chart.py" line="152"/>
        <location filename="../../desktop/dashboards/chart.py" line="264"/>
        <source>Export the chart</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/chart.py" line="154"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/chart.py" line="187"/>
        <source>Close some deals to see this chart.</source>
        <translation>Close some deals to see this chart.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/chart.py" line="194"/>
        <location filename="../../desktop/dashboards/chart.py" line="197"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/chart.py" line="195"/>
        <source>Save this chart as a PNG image or an SVG drawing</source>
        <translation>Save this chart as a PNG image or an SVG drawing</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/chart.py" line="424"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/chart.py" line="424"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/chart.py" line="424"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/chart.py" line="424"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/chart.py" line="444"/>
        <location filename="../../desktop/dashboards/chart.py" line="480"/>
        <source>Click a bar to list its deals.</source>
        <translation>Click a bar to list its deals.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/chart.py" line="455"/>
        <source>Double-click a deal to open it on the board</source>
        <translation>Double-click a deal to open it on the board</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/chart.py" line="471"/>
        <source>{label}: {n} deals (double-click one to open it on the board)</source>
        <translation>{label}: {n} deals (double-click one to open it on the board)</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/chart.py" line="628"/>
        <source>Deals behind the bar</source>
        <translation>Deals behind the bar</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="177"/>
        <source>Close as lost</source>
        <translation>Close as lost</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="178"/>
        <source>Close {deals} as lost. It leaves the funnel; reopening brings it back.</source>
        <translation>Close {deals} as lost. It leaves the funnel; reopening brings it back.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="182"/>
        <source>Shelve</source>
        <translation>Shelve</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="183"/>
        <source>Shelve {deals}: the customer is not buying now. It leaves the funnel; reopening brings it back.</source>
        <translation>Shelve {deals}: the customer is not buying now. It leaves the funnel; reopening brings it back.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="192"/>
        <source>Choose a reason</source>
        <translation>Choose a reason</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="195"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="198"/>
        <source>What happened, in a few words (optional)</source>
        <translation>What happened, in a few words (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="199"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="204"/>
        <source>Unknown / none</source>
        <translation>Unknown / none</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="207"/>
        <source>Lost to</source>
        <translation>Lost to</translation>
    </message>
</context>
<context>
    <name>CloseReasonsEditor</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="85"/>
        <source>A deal closed as lost or shelved gets one of these. Deals closed already keep the reason they were given.</source>
        <translation>A deal closed as lost or shelved gets one of these. Deals closed already keep the reason they were given.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="106"/>
        <source>A reason of your own</source>
        <translation>A reason of your own</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="108"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="115"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="116"/>
        <source>Change the selected reason&apos;s text (F2)</source>
        <translation>Change the selected reason&apos;s text (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="118"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="120"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="122"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="124"/>
        <source>Restore the built-in list</source>
        <translation>Restore the built-in list</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="125"/>
        <source>Go back to the reasons the app comes with</source>
        <translation>Go back to the reasons the app comes with</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="172"/>
        <location filename="../../desktop/settings_dialog.py" line="248"/>
        <source>Built in; shown in each user&apos;s language</source>
        <translation>Built in; shown in each user&apos;s language</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="198"/>
        <source>A close reason needs some text.</source>
        <translation>A close reason needs some text.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="200"/>
        <source>A close reason has at most {n} characters.</source>
        <translation>A close reason has at most {n} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="207"/>
        <source>“{reason}” is in the list already.</source>
        <translation>“{reason}” is in the list already.</translation>
    </message>
</context>
<context>
    <name>CompetitorCommands</name>
    <message>
        <location filename="../../desktop/competitors/commands.py" line="37"/>
        <source>Add competitor {name}</source>
        <translation>Add competitor {name}</translation>
    </message>
</context>
<context>
    <name>CompetitorEditor</name>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="100"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="103"/>
        <source>Where its prices usually sit against ours</source>
        <translation>Where its prices usually sit against ours</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="105"/>
        <source>What it does well, where customers like it</source>
        <translation>What it does well, where customers like it</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="107"/>
        <source>Where it is weak: our openings against it</source>
        <translation>Where it is weak: our openings against it</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="109"/>
        <source>Anything else the team should know</source>
        <translation>Anything else the team should know</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="110"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="111"/>
        <source>&amp;Price</source>
        <translation>&amp;Price</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="112"/>
        <source>&amp;Strengths</source>
        <translation>&amp;Strengths</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="113"/>
        <source>&amp;Weaknesses</source>
        <translation>&amp;Weaknesses</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="114"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="123"/>
        <source>Not named in any deal yet. Name it on a deal (deal panel → Competitors) to see how we fare against it.</source>
        <translation>Not named in any deal yet. Name it on a deal (deal panel → Competitors) to see how we fare against it.</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="127"/>
        <source>In {deals} deal(s): {open} open, {won} won by us, {lost} lost to it, {other} lost to others, {shelved} shelved.</source>
        <translation>In {deals} deal(s): {open} open, {won} won by us, {lost} lost to it, {other} lost to others, {shelved} shelved.</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="140"/>
        <source>Win rate against it: {rate} ({won} of {decided}).</source>
        <translation>Win rate against it: {rate} ({won} of {decided}).</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="145"/>
        <source>{n} customer people back it.</source>
        <translation>{n} customer people back it.</translation>
    </message>
</context>
<context>
    <name>CompetitorModel</name>
    <message>
        <location filename="../../desktop/competitors/table_model.py" line="42"/>
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/table_model.py" line="43"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/table_model.py" line="44"/>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/table_model.py" line="45"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/table_model.py" line="46"/>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/table_model.py" line="47"/>
        <source>Lost to it</source>
        <translation>Lost to it</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/table_model.py" line="48"/>
        <source>Win rate</source>
        <translation>Win rate</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/table_model.py" line="49"/>
        <source>Backers</source>
        <translation>Backers</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/table_model.py" line="55"/>
        <source>The competitor&apos;s name</source>
        <translation>The competitor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/table_model.py" line="56"/>
        <source>Where its prices usually sit against ours</source>
        <translation>Where its prices usually sit against ours</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/table_model.py" line="57"/>
        <source>Deals it competes in, or that were lost to it</source>
        <translation>Deals it competes in, or that were lost to it</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/table_model.py" line="58"/>
        <source>Of those, deals still open</source>
        <translation>Of those, deals still open</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/table_model.py" line="59"/>
        <source>Of those, deals we won</source>
        <translation>Of those, deals we won</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/table_model.py" line="60"/>
        <source>Deals we lost to this competitor</source>
        <translation>Deals we lost to this competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/table_model.py" line="61"/>
        <source>Deals we won, out of those decided between us and it (won or lost to it)</source>
        <translation>Deals we won, out of those decided between us and it (won or lost to it)</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/table_model.py" line="62"/>
        <source>Customer people (still in post) who back it, on their own or in a deal</source>
        <translation>Customer people (still in post) who back it, on their own or in a deal</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/table_model.py" line="107"/>
        <source>Won {won} of {decided} decided between us</source>
        <translation>Won {won} of {decided} decided between us</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/table_model.py" line="111"/>
        <source>{lost} lost to others, {shelved} shelved</source>
        <translation>{lost} lost to others, {shelved} shelved</translation>
    </message>
</context>
<context>
    <name>CompetitorsDialog</name>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="331"/>
        <source>No competitors yet: type a name below to add one.</source>
        <translation>No competitors yet: type a name below to add one.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="332"/>
        <source>Competitors in this deal</source>
        <translation>Competitors in this deal</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="340"/>
        <source>New competitor&apos;s name</source>
        <translation>New competitor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="341"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="344"/>
        <source>Add it to the workspace&apos;s list and to this deal</source>
        <translation>Add it to the workspace&apos;s list and to this deal</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="64"/>
        <source>Delete the competitor “{name}”? Undo brings it back.</source>
        <translation>Delete the competitor “{name}”? Undo brings it back.</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="65"/>
        <source>Delete the competitor “{name}”? It is named in {deals} deal(s), {lost} of them lost to it, and {backers} customer people back it. Deleting removes it from all of them; undo brings it back with every link.</source>
        <translation>Delete the competitor “{name}”? It is named in {deals} deal(s), {lost} of them lost to it, and {backers} customer people back it. Deleting removes it from all of them; undo brings it back with every link.</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="75"/>
        <source>Delete competitor</source>
        <translation>Delete competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="159"/>
        <source>Competitors</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="175"/>
        <source>&amp;New competitor</source>
        <translation>&amp;New competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="179"/>
        <source>&amp;Delete competitor…</source>
        <translation>&amp;Delete competitor…</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="185"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="189"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="207"/>
        <source>Undo {what}</source>
        <translation>Undo {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="210"/>
        <source>Redo {what}</source>
        <translation>Redo {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="218"/>
        <source>No competitors yet</source>
        <translation>No competitors yet</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="220"/>
        <source>List the companies you meet in deals: what they do well, where they are weak, where their prices usually sit. Then name them on a deal (deal panel → Competitors) and this list shows how often we win against each.</source>
        <translation>List the companies you meet in deals: what they do well, where they are weak, where their prices usually sit. Then name them on a deal (deal panel → Competitors) and this list shows how often we win against each.</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="224"/>
        <source>Add the first competitor</source>
        <translation>Add the first competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="233"/>
        <source>&amp;Edit competitor</source>
        <translation>&amp;Edit competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="248"/>
        <source>Filter by name</source>
        <translation>Filter by name</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="252"/>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="254"/>
        <source>Add a competitor (Ctrl+N)</source>
        <translation>Add a competitor (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="256"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="259"/>
        <source>Delete the selected competitor; undo brings it back with its links</source>
        <translation>Delete the selected competitor; undo brings it back with its links</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="270"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="305"/>
        <source>{n} competitor(s)</source>
        <translation>{n} competitor(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="306"/>
        <source>{shown} of {n} shown</source>
        <translation>{shown} of {n} shown</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="317"/>
        <source>No competitor selected</source>
        <translation>No competitor selected</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="337"/>
        <source>A competitor needs a name.</source>
        <translation>A competitor needs a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="341"/>
        <source>Rename competitor {name} to {value}</source>
        <translation>Rename competitor {name} to {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="342"/>
        <source>Change the price position of {name}</source>
        <translation>Change the price position of {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="343"/>
        <source>Change the strengths of {name}</source>
        <translation>Change the strengths of {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="344"/>
        <source>Change the weaknesses of {name}</source>
        <translation>Change the weaknesses of {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="345"/>
        <source>Change the note on {name}</source>
        <translation>Change the note on {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="358"/>
        <source>New competitor</source>
        <translation>New competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="372"/>
        <source>Delete competitor {name}</source>
        <translation>Delete competitor {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/competitors/dialog.py" line="373"/>
        <source>Deleted {name}. Undo brings it back.</source>
        <translation>Deleted {name}. Undo brings it back.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="60"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="61"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="62"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="63"/>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="64"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="65"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="66"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="68"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="69"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="70"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="71"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="72"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="73"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="74"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="75"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="76"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="77"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="78"/>
        <source>Reports to</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="79"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="80"/>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="81"/>
        <source>Contract value</source>
        <translation>Contract value</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="82"/>
        <source>Protection expiry</source>
        <translation>Protection expiry</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="118"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="118"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="206"/>
        <source>Someone else changed this first</source>
        <translation>Someone else changed this first</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="216"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="216"/>
        <source>Now saved</source>
        <translation>Now saved</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="216"/>
        <source>Your change</source>
        <translation>Your change</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="240"/>
        <source>The record was deleted meanwhile; there is nothing to re-apply to.</source>
        <translation>The record was deleted meanwhile; there is nothing to re-apply to.</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="245"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="246"/>
        <source>Keep what is saved now; your change is dropped.</source>
        <translation>Keep what is saved now; your change is dropped.</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="247"/>
        <source>Re-apply mine</source>
        <translation>Re-apply mine</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="249"/>
        <source>Write your change again on top of what is saved now.</source>
        <translation>Write your change again on top of what is saved now.</translation>
    </message>
</context>
<context>
    <name>ConnectionNotice</name>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="346"/>
        <source>The server cannot be reached</source>
        <translation>The server cannot be reached</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="358"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="359"/>
        <source>Discard my edit</source>
        <translation>Discard my edit</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="365"/>
        <source>Try to save the edit now.</source>
        <translation>Try to save the edit now.</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="366"/>
        <source>Give up this edit: it is not saved.</source>
        <translation>Give up this edit: it is not saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="373"/>
        <source>“{edit}” is kept, not saved yet.</source>
        <translation>“{edit}” is kept, not saved yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="376"/>
        <source>Press Retry once the server is back.</source>
        <translation>Press Retry once the server is back.</translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_dialog.py" line="379"/>
        <source>Trying again in {seconds} s.</source>
        <translation>Trying again in {seconds} s.</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <location filename="../../desktop/leads/convert.py" line="110"/>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="130"/>
        <source>What shows it</source>
        <translation>What shows it</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="133"/>
        <source>What shows it: the meeting, the document or the person who said so. Kept with the element on the deal.</source>
        <translation>What shows it: the meeting, the document or the person who said so. Kept with the element on the deal.</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="180"/>
        <source>Convert the lead into an opportunity</source>
        <translation>Convert the lead into an opportunity</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="187"/>
        <source>{company} becomes a valid opportunity in P3 once P2&apos;s exit criteria are met and its five elements are verified.</source>
        <translation>{company} becomes a valid opportunity in P3 once P2&apos;s exit criteria are met and its five elements are verified.</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="195"/>
        <source>{company} is not an account yet: converting creates the account.</source>
        <translation>{company} is not an account yet: converting creates the account.</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="214"/>
        <source>Leave unticked while nobody knows</source>
        <translation>Leave unticked while nobody knows</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="225"/>
        <source>Deal &amp;name</source>
        <translation>Deal &amp;name</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="226"/>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="227"/>
        <source>Expected &amp;close</source>
        <translation>Expected &amp;close</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="230"/>
        <source>P2 exit criteria</source>
        <translation>P2 exit criteria</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="242"/>
        <source>The five elements</source>
        <translation>The five elements</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="245"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="246"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="247"/>
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="248"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="249"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="250"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="251"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="273"/>
        <source>The direct manager&apos;s confirmation</source>
        <translation>The direct manager&apos;s confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="283"/>
        <source>Choose the manager</source>
        <translation>Choose the manager</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="295"/>
        <source>Confirmed all five</source>
        <translation>Confirmed all five</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="299"/>
        <source>Record the five elements as verified by this manager, at manager level</source>
        <translation>Record the five elements as verified by this manager, at manager level</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="327"/>
        <source>Convert</source>
        <translation>Convert</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="362"/>
        <source>The direct manager has confirmed the five elements.</source>
        <translation>The direct manager has confirmed the five elements.</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="366"/>
        <source>Not yet confirmed by the direct manager: the method asks for it before the opportunity counts.</source>
        <translation>Not yet confirmed by the direct manager: the method asks for it before the opportunity counts.</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="374"/>
        <source>The deal needs a name.</source>
        <translation>The deal needs a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="379"/>
        <source>Tick the exit criteria of P2 that are met ({n} still open).</source>
        <translation>Tick the exit criteria of P2 that are met ({n} still open).</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/convert.py" line="384"/>
        <source>Not verified yet: {items}.</source>
        <translation>Not verified yet: {items}.</translation>
    </message>
</context>
<context>
    <name>DashboardsPage</name>
    <message>
        <location filename="../../desktop/pages/dashboards.py" line="55"/>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/dashboards.py" line="59"/>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/dashboards.py" line="64"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/dashboards.py" line="65"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/dashboards.py" line="67"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/dashboards.py" line="171"/>
        <source>This part of the dashboards is not available yet.</source>
        <translation>This part of the dashboards is not available yet.</translation>
    </message>
</context>
<context>
    <name>DealPanel</name>
    <message>
        <location filename="../../desktop/board/panel.py" line="228"/>
        <source>Close the deal panel (Esc)</source>
        <translation>Close the deal panel (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="330"/>
        <source>Not yours yet</source>
        <translation>Not yours yet</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="331"/>
        <source>Method rules not met</source>
        <translation>Method rules not met</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="370"/>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="372"/>
        <source>Won: contract signed and first payment received.</source>
        <translation>Won: contract signed and first payment received.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="373"/>
        <source>No reason recorded.</source>
        <translation>No reason recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="375"/>
        <source>Lost to {competitor}</source>
        <translation>Lost to {competitor}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="380"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="392"/>
        <location filename="../../desktop/board/panel.py" line="713"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="396"/>
        <source>No owner</source>
        <translation>No owner</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="401"/>
        <location filename="../../desktop/board/panel.py" line="714"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="415"/>
        <location filename="../../desktop/board/panel.py" line="715"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="417"/>
        <location filename="../../desktop/board/panel.py" line="717"/>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="419"/>
        <location filename="../../desktop/board/panel.py" line="718"/>
        <source>Protected until</source>
        <translation>Protected until</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="421"/>
        <location filename="../../desktop/board/panel.py" line="719"/>
        <source>Sold through a tender</source>
        <translation>Sold through a tender</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="427"/>
        <location filename="../../desktop/board/panel.py" line="720"/>
        <source>Contract signed</source>
        <translation>Contract signed</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="429"/>
        <location filename="../../desktop/board/panel.py" line="459"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="432"/>
        <location filename="../../desktop/board/panel.py" line="721"/>
        <source>Contract value</source>
        <translation>Contract value</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="435"/>
        <source>Notes on this deal</source>
        <translation>Notes on this deal</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="438"/>
        <location filename="../../desktop/board/panel.py" line="722"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="473"/>
        <source>Exit criteria of {stage}</source>
        <translation>Exit criteria of {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="475"/>
        <source>This stage has no exit criteria.</source>
        <translation>This stage has no exit criteria.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="489"/>
        <source>done {on} {by}</source>
        <translation>done {on} {by}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="491"/>
        <source>by {name}</source>
        <translation>by {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="503"/>
        <source>Key actions in {stage}</source>
        <translation>Key actions in {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="503"/>
        <source>Rules of {stage}</source>
        <translation>Rules of {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="524"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="530"/>
        <source>The method names no key actions or rules for this stage.</source>
        <translation>The method names no key actions or rules for this stage.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="535"/>
        <source>Five elements ({n}/5 verified)</source>
        <translation>Five elements ({n}/5 verified)</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="573"/>
        <source>Verify…</source>
        <translation>Verify…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="575"/>
        <source>Record who verified this element, how and when</source>
        <translation>Record who verified this element, how and when</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="582"/>
        <source>Competitors</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="584"/>
        <source>None recorded</source>
        <translation>None recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="591"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="593"/>
        <source>Choose the competitors in this deal, or add a new one</source>
        <translation>Choose the competitors in this deal, or add a new one</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="597"/>
        <source>Manage competitors…</source>
        <translation>Manage competitors…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="600"/>
        <source>Strengths, weaknesses, prices and win/loss of every competitor</source>
        <translation>Strengths, weaknesses, prices and win/loss of every competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="608"/>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="620"/>
        <source>Decision chain</source>
        <translation>Decision chain</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="625"/>
        <source>Visits and meetings</source>
        <translation>Visits and meetings</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="630"/>
        <source>Tender</source>
        <translation>Tender</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="631"/>
        <location filename="../../desktop/board/panel.py" line="723"/>
        <source>Scoring criteria shaped by us</source>
        <translation>Scoring criteria shaped by us</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="637"/>
        <location filename="../../desktop/board/panel.py" line="724"/>
        <source>The tender&apos;s scoring criteria</source>
        <translation>The tender&apos;s scoring criteria</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="645"/>
        <source>Payment plan</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="650"/>
        <source>Stage history</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="657"/>
        <source>Created in {stage}</source>
        <translation>Created in {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="661"/>
        <source>Reopened in {stage}</source>
        <translation>Reopened in {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="683"/>
        <source>Forced past: {unmet}</source>
        <translation>Forced past: {unmet}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="687"/>
        <source>Approved by {name}</source>
        <translation>Approved by {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="689"/>
        <source>Awaiting a manager&apos;s approval</source>
        <translation>Awaiting a manager&apos;s approval</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="702"/>
        <source>Edit {field} of “{deal}”</source>
        <translation>Edit {field} of “{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="716"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="730"/>
        <source>Tick {id}</source>
        <translation>Tick {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="730"/>
        <source>Untick {id}</source>
        <translation>Untick {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="761"/>
        <source>Verify {id}</source>
        <translation>Verify {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/panel.py" line="771"/>
        <source>Competitors of “{deal}”</source>
        <translation>Competitors of “{deal}”</translation>
    </message>
</context>
<context>
    <name>DealPeople</name>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="148"/>
        <source>backs {competitor}</source>
        <translation>backs {competitor}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="150"/>
        <source>insider</source>
        <translation>insider</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="152"/>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="159"/>
        <source>(left on {day})</source>
        <translation>(left on {day})</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="205"/>
        <source>Whom do you put on “{deal}”?</source>
        <translation>Whom do you put on “{deal}”?</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="210"/>
        <source>Type to find a person by name, title or department</source>
        <translation>Type to find a person by name, title or department</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="226"/>
        <source>Everyone at this account is on the deal already. Add people to the account on the Org map, then put them on the deal here.</source>
        <translation>Everyone at this account is on the deal already. Add people to the account on the Org map, then put them on the deal here.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="244"/>
        <source>Choose a role</source>
        <translation>Choose a role</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="254"/>
        <source>No competitor</source>
        <translation>No competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="257"/>
        <source>Insider: passes us internal information</source>
        <translation>Insider: passes us internal information</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="259"/>
        <source>Coach: shows us how to sell inside</source>
        <translation>Coach: shows us how to sell inside</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="261"/>
        <source>Role on this deal</source>
        <translation>Role on this deal</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="262"/>
        <source>Support for us</source>
        <translation>Support for us</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="263"/>
        <source>Backs competitor</source>
        <translation>Backs competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="290"/>
        <source>(now {role} on this deal)</source>
        <translation>(now {role} on this deal)</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="476"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="477"/>
        <source>Change the selected person&apos;s part (or double-click them)</source>
        <translation>Change the selected person&apos;s part (or double-click them)</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="479"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="481"/>
        <source>Take the selected person off this deal; undo brings them back</source>
        <translation>Take the selected person off this deal; undo brings them back</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="537"/>
        <source>{person} on this deal</source>
        <translation>{person} on this deal</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="545"/>
        <source>Change {person}&apos;s part in “{deal}”</source>
        <translation>Change {person}&apos;s part in “{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="554"/>
        <source>Take {person} off “{deal}”</source>
        <translation>Take {person} off “{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="572"/>
        <source>Nobody is on this deal yet: add the KDM, key influencers and users, the purchase lead and the evaluators from the account&apos;s people.</source>
        <translation>Nobody is on this deal yet: add the KDM, key influencers and users, the purchase lead and the evaluators from the account&apos;s people.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="589"/>
        <source>Nobody on this deal as {roles} yet.</source>
        <translation>Nobody on this deal as {roles} yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="597"/>
        <source>Add person…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="598"/>
        <source>Put someone of the account on this deal, with their role and support</source>
        <translation>Put someone of the account on this deal, with their role and support</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="606"/>
        <source>Add a person to the deal</source>
        <translation>Add a person to the deal</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="615"/>
        <source>Put {person} on “{deal}”</source>
        <translation>Put {person} on “{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="631"/>
        <source>{n} evaluators, {m} support us</source>
        <translation>{n} evaluators, {m} support us</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="639"/>
        <source>No evaluators named for this deal yet.</source>
        <translation>No evaluators named for this deal yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="648"/>
        <source>Add evaluator…</source>
        <translation>Add evaluator…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="649"/>
        <source>Name an evaluator of the tender among the account&apos;s or the deal&apos;s people</source>
        <translation>Name an evaluator of the tender among the account&apos;s or the deal&apos;s people</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="665"/>
        <source>Add an evaluator</source>
        <translation>Add an evaluator</translation>
    </message>
    <message>
        <location filename="../../desktop/board/deal_people.py" line="677"/>
        <source>Name {person} an evaluator of “{deal}”</source>
        <translation>Name {person} an evaluator of “{deal}”</translation>
    </message>
</context>
<context>
    <name>DealRoles</name>
    <message>
        <location filename="../../desktop/map/deal_roles.py" line="65"/>
        <source>Put {person} on the deal</source>
        <translation>Put {person} on the deal</translation>
    </message>
    <message>
        <location filename="../../desktop/map/deal_roles.py" line="67"/>
        <source>{person} is not on this deal yet. In which role do they take part?</source>
        <translation>{person} is not on this deal yet. In which role do they take part?</translation>
    </message>
    <message>
        <location filename="../../desktop/map/deal_roles.py" line="97"/>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../desktop/map/deal_roles.py" line="98"/>
        <source>support</source>
        <translation>support</translation>
    </message>
    <message>
        <location filename="../../desktop/map/deal_roles.py" line="99"/>
        <source>competitor backed</source>
        <translation>competitor backed</translation>
    </message>
    <message>
        <location filename="../../desktop/map/deal_roles.py" line="100"/>
        <source>insider</source>
        <translation>insider</translation>
    </message>
    <message>
        <location filename="../../desktop/map/deal_roles.py" line="101"/>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <location filename="../../desktop/map/deal_roles.py" line="123"/>
        <source>Edit {person} ({field})</source>
        <translation>Edit {person} ({field})</translation>
    </message>
    <message>
        <location filename="../../desktop/map/deal_roles.py" line="130"/>
        <source>Take {person} off “{deal}”</source>
        <translation>Take {person} off “{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/map/deal_roles.py" line="146"/>
        <source>{person} on “{deal}” ({field})</source>
        <translation>{person} on “{deal}” ({field})</translation>
    </message>
    <message>
        <location filename="../../desktop/map/deal_roles.py" line="150"/>
        <source>Put {person} on “{deal}”</source>
        <translation>Put {person} on “{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/map/deal_roles.py" line="232"/>
        <source>Not on this deal</source>
        <translation>Not on this deal</translation>
    </message>
    <message>
        <location filename="../../desktop/map/deal_roles.py" line="241"/>
        <source>Insider: passes us internal information</source>
        <translation>Insider: passes us internal information</translation>
    </message>
    <message>
        <location filename="../../desktop/map/deal_roles.py" line="243"/>
        <source>Coach: shows us how to sell inside</source>
        <translation>Coach: shows us how to sell inside</translation>
    </message>
    <message>
        <location filename="../../desktop/map/deal_roles.py" line="250"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/map/deal_roles.py" line="251"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop/map/deal_roles.py" line="252"/>
        <source>Backs</source>
        <translation>Backs</translation>
    </message>
    <message>
        <location filename="../../desktop/map/deal_roles.py" line="278"/>
        <source>On the deal “{deal}”</source>
        <translation>On the deal “{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/map/deal_roles.py" line="304"/>
        <source>No competitor</source>
        <translation>No competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/map/deal_roles.py" line="321"/>
        <source>{person} takes part in this deal as {role}.</source>
        <translation>{person} takes part in this deal as {role}.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/deal_roles.py" line="327"/>
        <source>{person} is not on this deal yet: the card shows their standing part. Choose a role, or change any of these, to put them on it.</source>
        <translation>{person} is not on this deal yet: the card shows their standing part. Choose a role, or change any of these, to put them on it.</translation>
    </message>
</context>
<context>
    <name>DealVisits</name>
    <message>
        <location filename="../../desktop/board/visits.py" line="107"/>
        <source>none of us named</source>
        <translation>none of us named</translation>
    </message>
    <message>
        <location filename="../../desktop/board/visits.py" line="109"/>
        <source>nobody named</source>
        <translation>nobody named</translation>
    </message>
    <message>
        <location filename="../../desktop/board/visits.py" line="116"/>
        <source>Senior visit to the {roles}</source>
        <translation>Senior visit to the {roles}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/visits.py" line="162"/>
        <source>Log a visit</source>
        <translation>Log a visit</translation>
    </message>
    <message>
        <location filename="../../desktop/board/visits.py" line="163"/>
        <source>Log visit</source>
        <translation>Log visit</translation>
    </message>
    <message>
        <location filename="../../desktop/board/visits.py" line="205"/>
        <source>Not a senior visit for {rule}</source>
        <translation>Not a senior visit for {rule}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/visits.py" line="219"/>
        <source>Next step: {step}</source>
        <translation>Next step: {step}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/visits.py" line="229"/>
        <source>Delete this visit; undo brings it back</source>
        <translation>Delete this visit; undo brings it back</translation>
    </message>
    <message>
        <location filename="../../desktop/board/visits.py" line="265"/>
        <source>No visits logged for this deal yet. For {rule}, log a visit in person with a manager or executive to the KI, KU and KDM.</source>
        <translation>No visits logged for this deal yet. For {rule}, log a visit in person with a manager or executive to the KI, KU and KDM.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/visits.py" line="281"/>
        <source>Log visit…</source>
        <translation>Log visit…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/visits.py" line="283"/>
        <source>Record a visit or meeting for this deal: who met whom</source>
        <translation>Record a visit or meeting for this deal: who met whom</translation>
    </message>
    <message>
        <location filename="../../desktop/board/visits.py" line="287"/>
        <source>Show all {n} visits</source>
        <translation>Show all {n} visits</translation>
    </message>
    <message>
        <location filename="../../desktop/board/visits.py" line="316"/>
        <source>Senior visits: {marks}</source>
        <translation>Senior visits: {marks}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/visits.py" line="324"/>
        <source>{role} (nobody holds this role on the deal)</source>
        <translation>{role} (nobody holds this role on the deal)</translation>
    </message>
    <message>
        <location filename="../../desktop/board/visits.py" line="326"/>
        <source>{role} ({person})</source>
        <translation>{role} ({person})</translation>
    </message>
    <message>
        <location filename="../../desktop/board/visits.py" line="331"/>
        <source>{role} (one of {names})</source>
        <translation>{role} (one of {names})</translation>
    </message>
    <message>
        <location filename="../../desktop/board/visits.py" line="333"/>
        <source>Still needs a senior visit: {roles}.</source>
        <translation>Still needs a senior visit: {roles}.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/visits.py" line="345"/>
        <source>Headquarters visit: {who}.</source>
        <translation>Headquarters visit: {who}.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/visits.py" line="347"/>
        <source>Invite the KDM too.</source>
        <translation>Invite the KDM too.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/visits.py" line="349"/>
        <source>Headquarters visit: nobody yet. Invite the buying group, above all the KDM, and log it as a visit to our headquarters.</source>
        <translation>Headquarters visit: nobody yet. Invite the buying group, above all the KDM, and log it as a visit to our headquarters.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/visits.py" line="365"/>
        <source>Log a visit for “{deal}”</source>
        <translation>Log a visit for “{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/board/visits.py" line="381"/>
        <source>Delete the visit of {day} from “{deal}”</source>
        <translation>Delete the visit of {day} from “{deal}”</translation>
    </message>
</context>
<context>
    <name>DimensionRow</name>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="242"/>
        <source>off</source>
        <translation>off</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <location filename="../../desktop/encryption/menu.py" line="34"/>
        <source>New encr&amp;ypted workspace…</source>
        <translation>New encr&amp;ypted workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/menu.py" line="36"/>
        <source>Create a workspace that is encrypted with a passphrase</source>
        <translation>Create a workspace that is encrypted with a passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/menu.py" line="38"/>
        <source>&amp;Encrypt workspace…</source>
        <translation>&amp;Encrypt workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/menu.py" line="40"/>
        <source>Encrypt the open workspace and its backups with a passphrase</source>
        <translation>Encrypt the open workspace and its backups with a passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/menu.py" line="42"/>
        <source>&amp;Decrypt workspace…</source>
        <translation>&amp;Decrypt workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/menu.py" line="44"/>
        <source>Store the open workspace and its backups unencrypted again</source>
        <translation>Store the open workspace and its backups unencrypted again</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/menu.py" line="46"/>
        <source>Encr&amp;yption</source>
        <translation>Encr&amp;yption</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/menu.py" line="82"/>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/menu.py" line="99"/>
        <source>New encrypted workspace</source>
        <translation>New encrypted workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/menu.py" line="108"/>
        <source>The new workspace is encrypted from the start; so are its backups.</source>
        <translation>The new workspace is encrypted from the start; so are its backups.</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/menu.py" line="116"/>
        <source>Creating the encrypted workspace…</source>
        <translation>Creating the encrypted workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/menu.py" line="149"/>
        <source>The workspace closes, is encrypted with its backups and opens again; its undo history is cleared.</source>
        <translation>The workspace closes, is encrypted with its backups and opens again; its undo history is cleared.</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/menu.py" line="160"/>
        <source>Encrypting the workspace and its backups…</source>
        <translation>Encrypting the workspace and its backups…</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/menu.py" line="166"/>
        <source>Encrypted {name} and {count} of its backups.</source>
        <translation>Encrypted {name} and {count} of its backups.</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/menu.py" line="181"/>
        <source>To decrypt it, enter its passphrase. The workspace closes, is stored unencrypted with its backups and opens again; its undo history is cleared.</source>
        <translation>To decrypt it, enter its passphrase. The workspace closes, is stored unencrypted with its backups and opens again; its undo history is cleared.</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/menu.py" line="192"/>
        <source>Decrypting the workspace and its backups…</source>
        <translation>Decrypting the workspace and its backups…</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/menu.py" line="197"/>
        <source>Decrypted {name} and {count} of its backups.</source>
        <translation>Decrypted {name} and {count} of its backups.</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/menu.py" line="219"/>
        <source>Left as they were (another passphrase, or unreadable): {names}</source>
        <translation>Left as they were (another passphrase, or unreadable): {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/opening.py" line="84"/>
        <source>The passphrase in {variable} does not open {name}. Enter its passphrase, or cancel.</source>
        <translation>The passphrase in {variable} does not open {name}. Enter its passphrase, or cancel.</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/opening.py" line="101"/>
        <source>The passphrase does not open {name}. Try again, or cancel.</source>
        <translation>The passphrase does not open {name}. Try again, or cancel.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="176"/>
        <source>Erase this person</source>
        <translation>Erase this person</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="179"/>
        <source>Erase {person} ({account}) and everything held about them?</source>
        <translation>Erase {person} ({account}) and everything held about them?</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="186"/>
        <source>The person, with their phone, mail, notes and map place</source>
        <translation>The person, with their phone, mail, notes and map place</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="188"/>
        <source>Their personal attributes</source>
        <translation>Their personal attributes</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="190"/>
        <source>Roles in deals: {count}</source>
        <translation>Roles in deals: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="191"/>
        <source>Influence links, with their notes: {count}</source>
        <translation>Influence links, with their notes: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="192"/>
        <source>Relationships with our team: {count}</source>
        <translation>Relationships with our team: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="193"/>
        <source>Activities that name them: {count} (the activities stay)</source>
        <translation>Activities that name them: {count} (the activities stay)</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="194"/>
        <source>Mentions in notes, replaced by “(erased)”: {count}</source>
        <translation>Mentions in notes, replaced by “(erased)”: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="195"/>
        <source>Leads whose contact details are theirs: {count}</source>
        <translation>Leads whose contact details are theirs: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="196"/>
        <source>Audit-log entries whose values go: {count}</source>
        <translation>Audit-log entries whose values go: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="206"/>
        <source>This cannot be undone. The undo history of this workspace is cleared, because earlier steps may hold their data. Backups made before keep it.</source>
        <translation>This cannot be undone. The undo history of this workspace is cleared, because earlier steps may hold their data. Backups made before keep it.</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="217"/>
        <source>Erase for good</source>
        <translation>Erase for good</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/app.py" line="39"/>
        <source>it is a copy of a backup, opened to look at</source>
        <translation>it is a copy of a backup, opened to look at</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="40"/>
        <source>it failed its integrity check and no good backup was found</source>
        <translation>it failed its integrity check and no good backup was found</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="332"/>
        <location filename="../../model/encryption.py" line="561"/>
        <source>{path} exists already; choose another name for the new workspace.</source>
        <translation>{path} exists already; choose another name for the new workspace.</translation>
    </message>
    <message>
        <location filename="../../desktop/context.py" line="97"/>
        <source>The connection to the server {server} was lost; what is shown was read before and may be out of date. It is read again once the server answers ({detail}).</source>
        <translation>The connection to the server {server} was lost; what is shown was read before and may be out of date. It is read again once the server answers ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/context.py" line="186"/>
        <source>The change could not be saved in {workspace} ({detail}). Nothing was changed; try again.</source>
        <translation>The change could not be saved in {workspace} ({detail}). Nothing was changed; try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/opening.py" line="95"/>
        <location filename="../../desktop/team/passwords.py" line="177"/>
        <source>Opening {path} was cancelled; nothing was changed.</source>
        <translation>Opening {path} was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/report/cli.py" line="40"/>
        <location filename="../../model/check.py" line="123"/>
        <location filename="../../model/cli_encryption.py" line="101"/>
        <location filename="../../model/encryption.py" line="596"/>
        <location filename="../../model/workspace.py" line="669"/>
        <location filename="../../model/workspace.py" line="878"/>
        <source>No workspace at {path}.</source>
        <translation>No workspace at {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/report/cli.py" line="47"/>
        <source>No account named &apos;{name}&apos; in {workspace}. Did you mean: {close}?</source>
        <translation>No account named &apos;{name}&apos; in {workspace}. Did you mean: {close}?</translation>
    </message>
    <message>
        <location filename="../../desktop/report/cli.py" line="53"/>
        <location filename="../../desktop/report/cli.py" line="58"/>
        <location filename="../../desktop/snapshot.py" line="100"/>
        <source>No account named &apos;{name}&apos; in {workspace}.</source>
        <translation>No account named &apos;{name}&apos; in {workspace}.</translation>
    </message>
    <message>
        <location filename="../../desktop/report/cli.py" line="64"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/snapshot.py" line="31"/>
        <source>Unknown view &apos;{view}&apos;; choose one of {views}.</source>
        <translation>Unknown view &apos;{view}&apos;; choose one of {views}.</translation>
    </message>
    <message>
        <location filename="../../desktop/snapshot.py" line="46"/>
        <source>Cannot open {workspace}.</source>
        <translation>Cannot open {workspace}.</translation>
    </message>
    <message>
        <location filename="../../graph/from_model.py" line="376"/>
        <location filename="../../graph/from_model.py" line="492"/>
        <location filename="../../model/gates.py" line="249"/>
        <location filename="../../model/services/common.py" line="60"/>
        <source>No {kind_label} with id {ident} in this workspace.</source>
        <translation>No {kind_label} with id {ident} in this workspace.</translation>
    </message>
    <message>
        <location filename="../../graph/from_model.py" line="378"/>
        <location filename="../../model/importing/plan.py" line="237"/>
        <location filename="../../model/services/accounts.py" line="80"/>
        <location filename="../../model/services/accounts.py" line="96"/>
        <location filename="../../model/services/activities.py" line="293"/>
        <location filename="../../model/services/importing.py" line="705"/>
        <location filename="../../model/services/leads.py" line="238"/>
        <location filename="../../model/services/people.py" line="78"/>
        <location filename="../../model/services/people.py" line="288"/>
        <location filename="../../model/services/protection.py" line="81"/>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <location filename="../../graph/from_model.py" line="494"/>
        <location filename="../../model/gates.py" line="251"/>
        <location filename="../../model/importing/plan.py" line="239"/>
        <location filename="../../model/services/activities.py" line="261"/>
        <location filename="../../model/services/deals.py" line="182"/>
        <location filename="../../model/services/deals.py" line="191"/>
        <location filename="../../model/services/deals.py" line="219"/>
        <location filename="../../model/services/deals.py" line="240"/>
        <location filename="../../model/services/deals.py" line="354"/>
        <location filename="../../model/services/deals.py" line="432"/>
        <location filename="../../model/services/deals.py" line="494"/>
        <location filename="../../model/services/deals.py" line="543"/>
        <location filename="../../model/services/deals.py" line="639"/>
        <location filename="../../model/services/deals.py" line="718"/>
        <location filename="../../model/services/deals.py" line="845"/>
        <location filename="../../model/services/forecast.py" line="122"/>
        <location filename="../../model/services/forecast.py" line="144"/>
        <location filename="../../model/services/importing.py" line="707"/>
        <location filename="../../model/services/leads.py" line="233"/>
        <location filename="../../model/services/leads.py" line="274"/>
        <location filename="../../model/services/payments.py" line="122"/>
        <location filename="../../model/services/payments.py" line="145"/>
        <location filename="../../model/services/protection.py" line="124"/>
        <location filename="../../model/services/protection.py" line="339"/>
        <location filename="../../model/services/protection.py" line="354"/>
        <location filename="../../model/services/tasks.py" line="239"/>
        <source>deal</source>
        <translation>deal</translation>
    </message>
    <message>
        <location filename="../../graph/from_model.py" line="498"/>
        <source>Deal {ident} belongs to another account.</source>
        <translation>Deal {ident} belongs to another account.</translation>
    </message>
    <message>
        <location filename="../../model/backups.py" line="418"/>
        <source>Cannot set {path} aside: {reason}. Nothing was changed.</source>
        <translation>Cannot set {path} aside: {reason}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/backups.py" line="489"/>
        <source>No backup at {backup}.</source>
        <translation>No backup at {backup}.</translation>
    </message>
    <message>
        <location filename="../../model/backups.py" line="493"/>
        <source>{backup} cannot be restored: {reason} Nothing was changed.</source>
        <translation>{backup} cannot be restored: {reason} Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/backups.py" line="500"/>
        <source>{backup} has no schema version; it is not a backup of a workspace. Nothing was changed.</source>
        <translation>{backup} has no schema version; it is not a backup of a workspace. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/backups.py" line="506"/>
        <source>{backup} was saved by a newer version of Key Account Navigator (schema {schema}; this version knows up to {head}). Update the application to restore it; nothing was changed.</source>
        <translation>{backup} was saved by a newer version of Key Account Navigator (schema {schema}; this version knows up to {head}). Update the application to restore it; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/backups.py" line="519"/>
        <source>{backup} fails its integrity check ({problem}); choose another backup. Nothing was changed.</source>
        <translation>{backup} fails its integrity check ({problem}); choose another backup. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/backups.py" line="540"/>
        <source>{backup} is the workspace itself; choose one of its backups.</source>
        <translation>{backup} is the workspace itself; choose one of its backups.</translation>
    </message>
    <message>
        <location filename="../../model/backups.py" line="554"/>
        <source>{path} is open in {holder}; close it there before encrypting or decrypting it. Nothing was changed.</source>
        <translation>{path} is open in {holder}; close it there before encrypting or decrypting it. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/backups.py" line="560"/>
        <source>{path} is open in {holder}; close it there before restoring a backup. Nothing was changed.</source>
        <translation>{path} is open in {holder}; close it there before restoring a backup. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/backups.py" line="656"/>
        <source>Cannot restore {backup} to {path}: {reason}. Nothing was changed.</source>
        <translation>Cannot restore {backup} to {path}: {reason}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/check.py" line="121"/>
        <location filename="../../model/copying.py" line="576"/>
        <location filename="../../model/encryption.py" line="594"/>
        <location filename="../../model/workspace.py" line="666"/>
        <location filename="../../model/workspace.py" line="876"/>
        <source>{path} is a folder, not a workspace file.</source>
        <translation>{path} is a folder, not a workspace file.</translation>
    </message>
    <message>
        <location filename="../../model/cli_copy.py" line="85"/>
        <location filename="../../model/team_server.py" line="669"/>
        <location filename="../../model/workspace.py" line="91"/>
        <location filename="../../model/workspace.py" line="747"/>
        <source>&apos;{url}&apos; is neither a file path nor a database URL.</source>
        <translation>&apos;{url}&apos; is neither a file path nor a database URL.</translation>
    </message>
    <message>
        <location filename="../../model/cli_encryption.py" line="45"/>
        <source>No passphrase: set {variable} or run the command in a terminal to be asked. Nothing was changed.</source>
        <translation>No passphrase: set {variable} or run the command in a terminal to be asked. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/cli_encryption.py" line="62"/>
        <location filename="../../model/encryption.py" line="478"/>
        <source>The passphrase must not be empty; nothing was changed.</source>
        <translation>The passphrase must not be empty; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/cli_encryption.py" line="64"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>The two passphrases differ; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/cli_encryption.py" line="74"/>
        <source>No workspace at {path}; to create an encrypted one, run keyaccount encrypt --new {path}.</source>
        <translation>No workspace at {path}; to create an encrypted one, run keyaccount encrypt --new {path}.</translation>
    </message>
    <message>
        <location filename="../../model/cli_encryption.py" line="80"/>
        <location filename="../../model/encryption.py" line="496"/>
        <source>{path} is encrypted already; nothing was changed.</source>
        <translation>{path} is encrypted already; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/cli_encryption.py" line="103"/>
        <location filename="../../model/encryption.py" line="514"/>
        <source>{path} is not encrypted; nothing was changed.</source>
        <translation>{path} is not encrypted; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/cli_import.py" line="76"/>
        <source>Mapping file {path} does not exist.</source>
        <translation>Mapping file {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../model/cli_import.py" line="78"/>
        <source>Mapping file {path} is not UTF-8 text.</source>
        <translation>Mapping file {path} is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../model/cli_import.py" line="80"/>
        <source>Mapping file {path} is not valid JSON: {error} (line {line}, column {column}).</source>
        <translation>Mapping file {path} is not valid JSON: {error} (line {line}, column {column}).</translation>
    </message>
    <message>
        <location filename="../../model/cli_import.py" line="88"/>
        <source>Mapping file {path} must hold an object: {{&quot;kind&quot;: ..., &quot;columns&quot;: {{...}}}}.</source>
        <translation>Mapping file {path} must hold an object: {{&quot;kind&quot;: ..., &quot;columns&quot;: {{...}}}}.</translation>
    </message>
    <message>
        <location filename="../../model/cli_import.py" line="94"/>
        <source>Mapping file {path}: unknown entries {names}; use kind, columns and day_order.</source>
        <translation>Mapping file {path}: unknown entries {names}; use kind, columns and day_order.</translation>
    </message>
    <message>
        <location filename="../../model/cli_import.py" line="101"/>
        <source>Mapping file {path}: kind &apos;{kind}&apos; is not one of {kinds}.</source>
        <translation>Mapping file {path}: kind &apos;{kind}&apos; is not one of {kinds}.</translation>
    </message>
    <message>
        <location filename="../../model/cli_import.py" line="109"/>
        <source>Mapping file {path}: day_order &apos;{order}&apos; is not one of ymd, mdy, dmy.</source>
        <translation>Mapping file {path}: day_order &apos;{order}&apos; is not one of ymd, mdy, dmy.</translation>
    </message>
    <message>
        <location filename="../../model/cli_import.py" line="116"/>
        <source>Mapping file {path}: columns must be an object {{&quot;Header&quot;: &quot;field&quot; or null}}.</source>
        <translation>Mapping file {path}: columns must be an object {{&quot;Header&quot;: &quot;field&quot; or null}}.</translation>
    </message>
    <message>
        <location filename="../../model/cli_import.py" line="125"/>
        <source>Mapping file {path} names the column &apos;{header}&apos;, which the file does not have (its columns: {headers}).</source>
        <translation>Mapping file {path} names the column &apos;{header}&apos;, which the file does not have (its columns: {headers}).</translation>
    </message>
    <message>
        <location filename="../../model/cli_import.py" line="133"/>
        <source>Mapping file {path}: the column &apos;{header}&apos; must map to a field name or null.</source>
        <translation>Mapping file {path}: the column &apos;{header}&apos; must map to a field name or null.</translation>
    </message>
    <message>
        <location filename="../../model/cli_import.py" line="152"/>
        <source>Mapping file {path}: the column &apos;{header}&apos; maps to &apos;{target}&apos;, which is not a field of {kind} (fields: {fields}).</source>
        <translation>Mapping file {path}: the column &apos;{header}&apos; maps to &apos;{target}&apos;, which is not a field of {kind} (fields: {fields}).</translation>
    </message>
    <message>
        <location filename="../../model/cli_import.py" line="162"/>
        <source>Mapping file {path}: the columns &apos;{first}&apos; and &apos;{second}&apos; both map to &apos;{target}&apos;.</source>
        <translation>Mapping file {path}: the columns &apos;{first}&apos; and &apos;{second}&apos; both map to &apos;{target}&apos;.</translation>
    </message>
    <message>
        <location filename="../../model/cli_import.py" line="196"/>
        <source>No column of {file} maps to the required field(s) {fields} of {kind}; name them with --mapping.</source>
        <translation>No column of {file} maps to the required field(s) {fields} of {kind}; name them with --mapping.</translation>
    </message>
    <message>
        <location filename="../../model/cli_team.py" line="97"/>
        <source>No password on standard input; nothing was changed.</source>
        <translation>No password on standard input; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/copying.py" line="120"/>
        <source>{url} is at schema {schema}, not this version&apos;s {head}: open it with this version first (which upgrades it), then copy it. Nothing was changed.</source>
        <translation>{url} is at schema {schema}, not this version&apos;s {head}: open it with this version first (which upgrades it), then copy it. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/copying.py" line="153"/>
        <source>On {url} the server&apos;s access rules show {user} only some rows (of {table}, among others): copy as the database&apos;s owner or an administrator, so that the whole workspace is copied. Nothing was changed.</source>
        <translation>On {url} the server&apos;s access rules show {user} only some rows (of {table}, among others): copy as the database&apos;s owner or an administrator, so that the whole workspace is copied. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/copying.py" line="345"/>
        <source>The copy stopped at the table {table}: {reason}. Nothing was changed.</source>
        <translation>The copy stopped at the table {table}: {reason}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/copying.py" line="422"/>
        <source>The copy differs in table {table}: the row with {key} is missing from it.</source>
        <translation>The copy differs in table {table}: the row with {key} is missing from it.</translation>
    </message>
    <message>
        <location filename="../../model/copying.py" line="429"/>
        <source>The copy differs in table {table}: it has a row with {key} that the source does not.</source>
        <translation>The copy differs in table {table}: it has a row with {key} that the source does not.</translation>
    </message>
    <message>
        <location filename="../../model/copying.py" line="438"/>
        <source>The copy differs in table {table}, row with {key}, column {column}: {source_value} in the source, {copy_value} in the copy.</source>
        <translation>The copy differs in table {table}, row with {key}, column {column}: {source_value} in the source, {copy_value} in the copy.</translation>
    </message>
    <message>
        <location filename="../../model/copying.py" line="504"/>
        <source>{url} names a kind of database this application does not know: give a workspace file or a postgresql+psycopg:// URL. Nothing was changed.</source>
        <translation>{url} names a kind of database this application does not know: give a workspace file or a postgresql+psycopg:// URL. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/copying.py" line="532"/>
        <source>The source and the target are the same database ({target}); nothing was changed.</source>
        <translation>The source and the target are the same database ({target}); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/copying.py" line="548"/>
        <source>{target} holds a workspace with {rows} rows already: copy into a new or empty one, or add --force to replace it. Nothing was changed.</source>
        <translation>{target} holds a workspace with {rows} rows already: copy into a new or empty one, or add --force to replace it. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/copying.py" line="580"/>
        <source>{path} is open in Key Account Navigator (or was not closed cleanly): close it first. Nothing was changed.</source>
        <translation>{path} is open in Key Account Navigator (or was not closed cleanly): close it first. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/encryption.py" line="113"/>
        <source>Encryption is not available in this installation: the SQLCipher library (Python package sqlcipher3) is not installed for this system.</source>
        <translation>Encryption is not available in this installation: the SQLCipher library (Python package sqlcipher3) is not installed for this system.</translation>
    </message>
    <message>
        <location filename="../../model/encryption.py" line="127"/>
        <source>{path} is encrypted, but this installation cannot read encrypted workspaces (the SQLCipher library, Python package sqlcipher3, is not installed for this system). Nothing was changed.</source>
        <translation>{path} is encrypted, but this installation cannot read encrypted workspaces (the SQLCipher library, Python package sqlcipher3, is not installed for this system). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/encryption.py" line="231"/>
        <source>The passphrase in {variable} does not open {path} (or the file is not a workspace). Nothing was changed.</source>
        <translation>The passphrase in {variable} does not open {path} (or the file is not a workspace). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/encryption.py" line="367"/>
        <source>{path} is encrypted (or is not a workspace file); its passphrase is needed to open it. Nothing was changed.</source>
        <translation>{path} is encrypted (or is not a workspace file); its passphrase is needed to open it. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/encryption.py" line="376"/>
        <source>The passphrase does not open {path} (or the file is not a workspace). Nothing was changed.</source>
        <translation>The passphrase does not open {path} (or the file is not a workspace). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/encryption.py" line="587"/>
        <source>Cannot convert {path}: {reason}. Nothing was changed.</source>
        <translation>Cannot convert {path}: {reason}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/exporting/person.py" line="83"/>
        <source>No person with id {ident} in this workspace.</source>
        <translation>No person with id {ident} in this workspace.</translation>
    </message>
    <message>
        <location filename="../../model/exporting/person.py" line="92"/>
        <source>No person named &apos;{name}&apos; in this workspace.</source>
        <translation>No person named &apos;{name}&apos; in this workspace.</translation>
    </message>
    <message>
        <location filename="../../model/exporting/person.py" line="94"/>
        <source>&apos;{name}&apos; names {count} people: {choices}. Give the id instead.</source>
        <translation>&apos;{name}&apos; names {count} people: {choices}. Give the id instead.</translation>
    </message>
    <message>
        <location filename="../../model/exporting/person.py" line="281"/>
        <location filename="../../model/exporting/person.py" line="410"/>
        <location filename="../../model/importing/plan.py" line="238"/>
        <location filename="../../model/services/activities.py" line="253"/>
        <location filename="../../model/services/activities.py" line="399"/>
        <location filename="../../model/services/deals.py" line="719"/>
        <location filename="../../model/services/deals.py" line="822"/>
        <location filename="../../model/services/importing.py" line="706"/>
        <location filename="../../model/services/people.py" line="86"/>
        <location filename="../../model/services/people.py" line="94"/>
        <location filename="../../model/services/people.py" line="108"/>
        <location filename="../../model/services/people.py" line="127"/>
        <location filename="../../model/services/people.py" line="147"/>
        <location filename="../../model/services/people.py" line="148"/>
        <location filename="../../model/services/people.py" line="229"/>
        <location filename="../../model/services/people.py" line="331"/>
        <location filename="../../model/services/people.py" line="363"/>
        <location filename="../../model/services/people.py" line="388"/>
        <location filename="../../model/services/people.py" line="391"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../model/exporting/reading.py" line="70"/>
        <location filename="../../model/team_server.py" line="732"/>
        <location filename="../../model/workspace.py" line="807"/>
        <location filename="../../model/workspace.py" line="812"/>
        <source>Cannot open workspace {path}: {reason}</source>
        <translation>Cannot open workspace {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../model/exporting/reading.py" line="75"/>
        <source>{path} is at schema {schema}, not this version&apos;s {head}; open it in the application (which upgrades it) before reading it here. Nothing was changed.</source>
        <translation>{path} is at schema {schema}, not this version&apos;s {head}; open it in the application (which upgrades it) before reading it here. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/exporting/tables.py" line="212"/>
        <location filename="../../model/files.py" line="73"/>
        <source>Cannot write {path}: {reason}. Nothing was written.</source>
        <translation>Cannot write {path}: {reason}. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="131"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Cannot read {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="137"/>
        <source>{path} is not a workspace export: it is not UTF-8 text (byte {offset}).</source>
        <translation>{path} is not a workspace export: it is not UTF-8 text (byte {offset}).</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="143"/>
        <source>{path} is not a whole workspace export: broken JSON at line {line}, column {column} ({reason}). Nothing was loaded.</source>
        <translation>{path} is not a whole workspace export: broken JSON at line {line}, column {column} ({reason}). Nothing was loaded.</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="152"/>
        <source>{path} is not a workspace export (no header).</source>
        <translation>{path} is not a workspace export (no header).</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="159"/>
        <source>{path} is not a Key Account Navigator workspace export (its format is &apos;{format}&apos;, expected &apos;{expected}&apos;).</source>
        <translation>{path} is not a Key Account Navigator workspace export (its format is &apos;{format}&apos;, expected &apos;{expected}&apos;).</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="168"/>
        <source>{path}: the format version &apos;{version}&apos; is not a number.</source>
        <translation>{path}: the format version &apos;{version}&apos; is not a number.</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="174"/>
        <source>{path} was exported by a newer version of Key Account Navigator (format {version}, schema {schema}; this version reads format {known} up to schema {head}). Update the application to load it; nothing was loaded.</source>
        <translation>{path} was exported by a newer version of Key Account Navigator (format {version}, schema {schema}; this version reads format {known} up to schema {head}). Update the application to load it; nothing was loaded.</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="185"/>
        <source>{path} names a schema this version does not know (&apos;{schema}&apos;).</source>
        <translation>{path} names a schema this version does not know (&apos;{schema}&apos;).</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="191"/>
        <source>{path} holds no tables.</source>
        <translation>{path} holds no tables.</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="202"/>
        <source>not a whole number</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="206"/>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="210"/>
        <source>not true or false</source>
        <translation>not true or false</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="215"/>
        <source>not a day (YYYY-MM-DD)</source>
        <translation>not a day (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="220"/>
        <source>not a time (YYYY-MM-DDTHH:MM:SS)</source>
        <translation>not a time (YYYY-MM-DDTHH:MM:SS)</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="224"/>
        <source>not text</source>
        <translation>not text</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="237"/>
        <source>{path}: table &apos;{table}&apos; is not part of this version&apos;s workspace.</source>
        <translation>{path}: table &apos;{table}&apos; is not part of this version&apos;s workspace.</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="250"/>
        <source>{path}: table &apos;{table}&apos; needs a list of columns and a list of rows.</source>
        <translation>{path}: table &apos;{table}&apos; needs a list of columns and a list of rows.</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="257"/>
        <source>{path}: table &apos;{table}&apos; has a column &apos;{column}&apos; this version does not know.</source>
        <translation>{path}: table &apos;{table}&apos; has a column &apos;{column}&apos; this version does not know.</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="267"/>
        <source>{path}: table &apos;{table}&apos;, row {row}: expected {count} values.</source>
        <translation>{path}: table &apos;{table}&apos;, row {row}: expected {count} values.</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="279"/>
        <source>{path}: table &apos;{table}&apos;, row {row}, column &apos;{column}&apos;: &apos;{value}&apos; is {problem_label}.</source>
        <translation>{path}: table &apos;{table}&apos;, row {row}, column &apos;{column}&apos;: &apos;{value}&apos; is {problem_label}.</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="300"/>
        <source>{workspace} is not empty (table {table} has rows). A workspace export loads only into an empty workspace: create a new one and load it there. Nothing was changed.</source>
        <translation>{workspace} is not empty (table {table} has rows). A workspace export loads only into an empty workspace: create a new one and load it there. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="375"/>
        <source>{path}: the rows of table &apos;{table}&apos; do not fit together ({reason}). Nothing was loaded.</source>
        <translation>{path}: the rows of table &apos;{table}&apos; do not fit together ({reason}). Nothing was loaded.</translation>
    </message>
    <message>
        <location filename="../../model/exporting/workspace_json.py" line="385"/>
        <source>Cannot load into {workspace}: {reason}. Nothing was loaded.</source>
        <translation>Cannot load into {workspace}: {reason}. Nothing was loaded.</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="93"/>
        <location filename="../../model/importing/columns.py" line="109"/>
        <location filename="../../model/importing/columns.py" line="136"/>
        <location filename="../../model/importing/columns.py" line="153"/>
        <source>External ID</source>
        <translation>External ID</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="94"/>
        <location filename="../../model/services/accounts.py" line="36"/>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="95"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="96"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="97"/>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="98"/>
        <location filename="../../model/importing/columns.py" line="144"/>
        <location filename="../../model/services/accounts.py" line="45"/>
        <location filename="../../model/services/deals.py" line="115"/>
        <location filename="../../model/services/leads.py" line="54"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="99"/>
        <location filename="../../model/services/accounts.py" line="37"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="100"/>
        <location filename="../../model/services/accounts.py" line="40"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="101"/>
        <location filename="../../model/services/accounts.py" line="41"/>
        <source>Sales channel</source>
        <translation>Sales channel</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="102"/>
        <source>Channel partner</source>
        <translation>Channel partner</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="103"/>
        <location filename="../../model/services/accounts.py" line="30"/>
        <location filename="../../model/services/accounts.py" line="31"/>
        <source>Parent account</source>
        <translation>Parent account</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="104"/>
        <source>Main business</source>
        <translation>Main business</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="105"/>
        <source>Registered capital</source>
        <translation>Registered capital</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="106"/>
        <location filename="../../model/importing/columns.py" line="150"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="110"/>
        <location filename="../../model/services/people.py" line="36"/>
        <location filename="../../model/services/team.py" line="25"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="111"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="112"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="113"/>
        <location filename="../../model/importing/columns.py" line="138"/>
        <location filename="../../model/importing/columns.py" line="155"/>
        <location filename="../../model/services/deals.py" line="114"/>
        <location filename="../../model/services/leads.py" line="45"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="114"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="115"/>
        <location filename="../../model/services/people.py" line="38"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="116"/>
        <location filename="../../model/services/people.py" line="30"/>
        <location filename="../../model/services/people.py" line="31"/>
        <source>Reports to</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="117"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="118"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="119"/>
        <location filename="../../model/services/deals.py" line="790"/>
        <location filename="../../model/services/people.py" line="41"/>
        <location filename="../../model/services/team.py" line="26"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="120"/>
        <location filename="../../model/services/people.py" line="40"/>
        <source>Seniority</source>
        <translation>Seniority</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="121"/>
        <location filename="../../model/services/deals.py" line="791"/>
        <location filename="../../model/services/people.py" line="42"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="122"/>
        <source>Insider</source>
        <translation>Insider</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="123"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="124"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="125"/>
        <source>Product preference</source>
        <translation>Product preference</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="126"/>
        <location filename="../../model/services/people.py" line="52"/>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="127"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="128"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="129"/>
        <source>Character</source>
        <translation>Character</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="130"/>
        <source>Tenure and hobbies</source>
        <translation>Tenure and hobbies</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="131"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="132"/>
        <source>Education and career</source>
        <translation>Education and career</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="133"/>
        <source>Career situation</source>
        <translation>Career situation</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="137"/>
        <location filename="../../model/services/deals.py" line="113"/>
        <source>Deal name</source>
        <translation>Deal name</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="139"/>
        <location filename="../../model/services/deals.py" line="116"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="140"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="141"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="142"/>
        <location filename="../../model/services/deals.py" line="643"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="143"/>
        <location filename="../../model/services/deals.py" line="118"/>
        <location filename="../../model/services/forecast.py" line="68"/>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="145"/>
        <source>Lost to</source>
        <translation>Lost to</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="146"/>
        <source>Close reason</source>
        <translation>Close reason</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="147"/>
        <source>Tendered</source>
        <translation>Tendered</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="148"/>
        <location filename="../../model/services/deals.py" line="101"/>
        <location filename="../../model/services/deals.py" line="106"/>
        <source>Contract signed on</source>
        <translation>Contract signed on</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="149"/>
        <location filename="../../model/services/deals.py" line="124"/>
        <source>Contract value</source>
        <translation>Contract value</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="154"/>
        <location filename="../../model/services/activities.py" line="46"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="156"/>
        <location filename="../../model/services/activities.py" line="47"/>
        <source>Activity kind</source>
        <translation>Activity kind</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="157"/>
        <location filename="../../model/services/activities.py" line="48"/>
        <location filename="../../model/services/activities.py" line="219"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="158"/>
        <location filename="../../model/services/activities.py" line="49"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="159"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="160"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="161"/>
        <location filename="../../model/services/activities.py" line="52"/>
        <location filename="../../model/services/activities.py" line="232"/>
        <source>Next step due</source>
        <translation>Next step due</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="162"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="673"/>
        <source>&apos;{value}&apos; is not one of the values this field takes: {allowed}.</source>
        <translation>&apos;{value}&apos; is not one of the values this field takes: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="721"/>
        <source>{value} was stored as a number, and a spreadsheet keeps only 15 digits of a number: its last digits are lost. Format the column as text and enter it again.</source>
        <translation>{value} was stored as a number, and a spreadsheet keeps only 15 digits of a number: its last digits are lost. Format the column as text and enter it again.</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="737"/>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>&apos;{value}&apos; is not a number.</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="754"/>
        <source>Support {value} is out of range: from -2 (strong opponent) to 2 (strong supporter).</source>
        <translation>Support {value} is out of range: from -2 (strong opponent) to 2 (strong supporter).</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="831"/>
        <source>&apos;{key}&apos; is not a field an import of {kind} can fill.</source>
        <translation>&apos;{key}&apos; is not a field an import of {kind} can fill.</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="835"/>
        <source>Column {number} is mapped, but the file has {count} columns.</source>
        <translation>Column {number} is mapped, but the file has {count} columns.</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="858"/>
        <source>A closing quote in this row is followed by more text; quote the whole value and double any quote inside it.</source>
        <translation>A closing quote in this row is followed by more text; quote the whole value and double any quote inside it.</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="871"/>
        <source>This row has {count} cells but the header has {expected}: a delimiter or quote inside a value may have split or joined cells.</source>
        <translation>This row has {count} cells but the header has {expected}: a delimiter or quote inside a value may have split or joined cells.</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="924"/>
        <source>{label} is required, and this row leaves it empty.</source>
        <translation>{label} is required, and this row leaves it empty.</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="948"/>
        <source>The amount {value} is negative.</source>
        <translation>The amount {value} is negative.</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="958"/>
        <source>The amount is in {first} but the currency column says {second}.</source>
        <translation>The amount is in {first} but the currency column says {second}.</translation>
    </message>
    <message>
        <location filename="../../model/importing/columns.py" line="976"/>
        <source>The stage says {first} but the status column says {second}.</source>
        <translation>The stage says {first} but the status column says {second}.</translation>
    </message>
    <message>
        <location filename="../../model/importing/plan.py" line="76"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/importing/plan.py" line="240"/>
        <location filename="../../model/services/activities.py" line="350"/>
        <location filename="../../model/services/activities.py" line="395"/>
        <location filename="../../model/services/activities.py" line="427"/>
        <location filename="../../model/services/importing.py" line="708"/>
        <source>activity</source>
        <translation>activity</translation>
    </message>
    <message>
        <location filename="../../model/importing/plan.py" line="555"/>
        <source>A {kind_label} belongs to an account: name one.</source>
        <translation>A {kind_label} belongs to an account: name one.</translation>
    </message>
    <message>
        <location filename="../../model/importing/plan.py" line="595"/>
        <source>&apos;{raw}&apos; is not a deal status (open, won, lost, shelved).</source>
        <translation>&apos;{raw}&apos; is not a deal status (open, won, lost, shelved).</translation>
    </message>
    <message>
        <location filename="../../model/importing/plan.py" line="605"/>
        <source>&apos;{raw}&apos; is not a stage of the method (P1 to P7).</source>
        <translation>&apos;{raw}&apos; is not a stage of the method (P1 to P7).</translation>
    </message>
    <message>
        <location filename="../../model/importing/plan.py" line="609"/>
        <source>A won deal is in P7, not {stage}.</source>
        <translation>A won deal is in P7, not {stage}.</translation>
    </message>
    <message>
        <location filename="../../model/importing/plan.py" line="641"/>
        <location filename="../../model/services/activities.py" line="221"/>
        <source>An activity needs a date.</source>
        <translation>An activity needs a date.</translation>
    </message>
    <message>
        <location filename="../../model/importing/plan.py" line="644"/>
        <location filename="../../model/services/activities.py" line="223"/>
        <source>{day} is in the future: log an activity once it has happened.</source>
        <translation>{day} is in the future: log an activity once it has happened.</translation>
    </message>
    <message>
        <location filename="../../model/importing/plan.py" line="650"/>
        <location filename="../../model/services/activities.py" line="234"/>
        <source>The next step is due on {due}, before the activity of {day}.</source>
        <translation>The next step is due on {due}, before the activity of {day}.</translation>
    </message>
    <message>
        <location filename="../../model/importing/plan.py" line="675"/>
        <source>No deal is called &apos;{name}&apos; at this account.</source>
        <translation>No deal is called &apos;{name}&apos; at this account.</translation>
    </message>
    <message>
        <location filename="../../model/importing/plan.py" line="677"/>
        <source>{count} deals are called &apos;{name}&apos;; name the account too.</source>
        <translation>{count} deals are called &apos;{name}&apos;; name the account too.</translation>
    </message>
    <message>
        <location filename="../../model/importing/plan.py" line="691"/>
        <source>An activity is logged at an account or for a deal: name one.</source>
        <translation>An activity is logged at an account or for a deal: name one.</translation>
    </message>
    <message>
        <location filename="../../model/importing/plan.py" line="705"/>
        <source>Nobody called &apos;{name}&apos; works at this account.</source>
        <translation>Nobody called &apos;{name}&apos; works at this account.</translation>
    </message>
    <message>
        <location filename="../../model/importing/sources.py" line="126"/>
        <location filename="../../model/importing/sources.py" line="382"/>
        <source>There is no file {file}.</source>
        <translation>There is no file {file}.</translation>
    </message>
    <message>
        <location filename="../../model/importing/sources.py" line="128"/>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../model/importing/sources.py" line="130"/>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} cannot be read: {reason}.</translation>
    </message>
    <message>
        <location filename="../../model/importing/sources.py" line="141"/>
        <source>&apos;{encoding}&apos; is not a text encoding this import knows.</source>
        <translation>&apos;{encoding}&apos; is not a text encoding this import knows.</translation>
    </message>
    <message>
        <location filename="../../model/importing/sources.py" line="147"/>
        <source>{file} is not {encoding} text: the bytes at offset {offset} do not decode.</source>
        <translation>{file} is not {encoding} text: the bytes at offset {offset} do not decode.</translation>
    </message>
    <message>
        <location filename="../../model/importing/sources.py" line="165"/>
        <source>{file} is neither UTF-8 nor GB18030 (GBK) text: the bytes at offset {offset} do not decode. Save it as CSV UTF-8 and import it again.</source>
        <translation>{file} is neither UTF-8 nor GB18030 (GBK) text: the bytes at offset {offset} do not decode. Save it as CSV UTF-8 and import it again.</translation>
    </message>
    <message>
        <location filename="../../model/importing/sources.py" line="220"/>
        <source>&apos;{delimiter}&apos; cannot separate columns: give one character such as , ; or |.</source>
        <translation>&apos;{delimiter}&apos; cannot separate columns: give one character such as , ; or |.</translation>
    </message>
    <message>
        <location filename="../../model/importing/sources.py" line="245"/>
        <source>{file} holds NUL characters, so it is no CSV text (a binary file, or UTF-16 without its byte order mark); save it as CSV UTF-8 and import it again.</source>
        <translation>{file} holds NUL characters, so it is no CSV text (a binary file, or UTF-16 without its byte order mark); save it as CSV UTF-8 and import it again.</translation>
    </message>
    <message>
        <location filename="../../model/importing/sources.py" line="284"/>
        <source>{file}: the quote opened on line {line} is never closed, so every row after it would be lost; close the quote or remove it.</source>
        <translation>{file}: the quote opened on line {line} is never closed, so every row after it would be lost; close the quote or remove it.</translation>
    </message>
    <message>
        <location filename="../../model/importing/sources.py" line="292"/>
        <source>{file}: the header on line {line} cannot be read: a closing quote must be followed by the delimiter.</source>
        <translation>{file}: the header on line {line} cannot be read: a closing quote must be followed by the delimiter.</translation>
    </message>
    <message>
        <location filename="../../model/importing/sources.py" line="307"/>
        <location filename="../../model/importing/sources.py" line="454"/>
        <source>{file} holds no rows to import.</source>
        <translation>{file} holds no rows to import.</translation>
    </message>
    <message>
        <location filename="../../model/importing/sources.py" line="364"/>
        <source>{file} is an old Excel 97–2003 workbook (.xls); open it in Excel or WPS and save it as .xlsx or CSV UTF-8.</source>
        <translation>{file} is an old Excel 97–2003 workbook (.xls); open it in Excel or WPS and save it as .xlsx or CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../model/importing/sources.py" line="386"/>
        <source>{file} is not a readable Excel workbook (.xlsx): {reason}.</source>
        <translation>{file} is not a readable Excel workbook (.xlsx): {reason}.</translation>
    </message>
    <message>
        <location filename="../../model/importing/sources.py" line="414"/>
        <source>The workbook {file} has no sheet named &apos;{sheet}&apos;; its sheets: {sheets}.</source>
        <translation>The workbook {file} has no sheet named &apos;{sheet}&apos;; its sheets: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../model/importing/sources.py" line="429"/>
        <source>The sheet &apos;{sheet}&apos; of {file} cannot be read: {reason}.</source>
        <translation>The sheet &apos;{sheet}&apos; of {file} cannot be read: {reason}.</translation>
    </message>
    <message>
        <location filename="../../model/importing/sources.py" line="449"/>
        <source>The sheet &apos;{sheet}&apos; of {file} holds no rows to import.</source>
        <translation>The sheet &apos;{sheet}&apos; of {file} holds no rows to import.</translation>
    </message>
    <message>
        <location filename="../../model/importing/values.py" line="145"/>
        <location filename="../../model/importing/values.py" line="220"/>
        <source>&apos;{value}&apos; is not a date.</source>
        <translation>&apos;{value}&apos; is not a date.</translation>
    </message>
    <message>
        <location filename="../../model/importing/values.py" line="149"/>
        <location filename="../../model/importing/values.py" line="155"/>
        <source>{value} is not a date: as an Excel day number it is out of range.</source>
        <translation>{value} is not a date: as an Excel day number it is out of range.</translation>
    </message>
    <message>
        <location filename="../../model/importing/values.py" line="160"/>
        <source>{value} is Excel&apos;s 29 February 1900, a day that never was.</source>
        <translation>{value} is Excel&apos;s 29 February 1900, a day that never was.</translation>
    </message>
    <message>
        <location filename="../../model/importing/values.py" line="170"/>
        <location filename="../../model/importing/values.py" line="228"/>
        <source>&apos;{value}&apos; is not a date this import accepts: the year {year} is out of range.</source>
        <translation>&apos;{value}&apos; is not a date this import accepts: the year {year} is out of range.</translation>
    </message>
    <message>
        <location filename="../../model/importing/values.py" line="178"/>
        <source>&apos;{value}&apos; is not a day of the calendar (year {year}, month {month}, day {day}).</source>
        <translation>&apos;{value}&apos; is not a day of the calendar (year {year}, month {month}, day {day}).</translation>
    </message>
    <message>
        <location filename="../../model/importing/values.py" line="238"/>
        <source>The date is empty.</source>
        <translation>The date is empty.</translation>
    </message>
    <message>
        <location filename="../../model/importing/values.py" line="250"/>
        <source>&apos;{value}&apos; could be read month first or day first: say which order the file&apos;s dates use.</source>
        <translation>&apos;{value}&apos; could be read month first or day first: say which order the file&apos;s dates use.</translation>
    </message>
    <message>
        <location filename="../../model/importing/values.py" line="269"/>
        <source>&apos;{value}&apos; is not a date: write it as 2027-01-05, 2027/1/5, 2027年1月5日 or 1/5/2027.</source>
        <translation>&apos;{value}&apos; is not a date: write it as 2027-01-05, 2027/1/5, 2027年1月5日 or 1/5/2027.</translation>
    </message>
    <message>
        <location filename="../../model/importing/values.py" line="373"/>
        <source>&apos;{value}&apos; is not an amount: &apos;{text}&apos; is not a currency sign or unit this import knows.</source>
        <translation>&apos;{value}&apos; is not an amount: &apos;{text}&apos; is not a currency sign or unit this import knows.</translation>
    </message>
    <message>
        <location filename="../../model/importing/values.py" line="414"/>
        <source>&apos;{value}&apos; is not an amount: its digits are not grouped by thousands.</source>
        <translation>&apos;{value}&apos; is not an amount: its digits are not grouped by thousands.</translation>
    </message>
    <message>
        <location filename="../../model/importing/values.py" line="419"/>
        <location filename="../../model/importing/values.py" line="424"/>
        <location filename="../../model/importing/values.py" line="437"/>
        <location filename="../../model/importing/values.py" line="440"/>
        <location filename="../../model/importing/values.py" line="469"/>
        <source>&apos;{value}&apos; is not an amount.</source>
        <translation>&apos;{value}&apos; is not an amount.</translation>
    </message>
    <message>
        <location filename="../../model/importing/values.py" line="444"/>
        <source>The amount is empty.</source>
        <translation>The amount is empty.</translation>
    </message>
    <message>
        <location filename="../../model/importing/values.py" line="473"/>
        <source>&apos;{value}&apos; names two currencies, {first} and {second}.</source>
        <translation>&apos;{value}&apos; names two currencies, {first} and {second}.</translation>
    </message>
    <message>
        <location filename="../../model/importing/values.py" line="480"/>
        <source>&apos;{value}&apos; is not an amount: a bracket is not closed.</source>
        <translation>&apos;{value}&apos; is not an amount: a bracket is not closed.</translation>
    </message>
    <message>
        <location filename="../../model/importing/values.py" line="628"/>
        <source>The stage is empty.</source>
        <translation>The stage is empty.</translation>
    </message>
    <message>
        <location filename="../../model/importing/values.py" line="631"/>
        <source>&apos;{value}&apos; is not a stage this import knows: use P1 to P7, won or lost, or a stage name of a common CRM.</source>
        <translation>&apos;{value}&apos; is not a stage this import knows: use P1 to P7, won or lost, or a stage name of a common CRM.</translation>
    </message>
    <message>
        <location filename="../../model/importing/values.py" line="673"/>
        <source>&apos;{value}&apos; is neither yes nor no: write yes or no, 1 or 0, 是 or 否.</source>
        <translation>&apos;{value}&apos; is neither yes nor no: write yes or no, 1 or 0, 是 or 否.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="126"/>
        <source>KDM</source>
        <translation>KDM</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="127"/>
        <source>KI</source>
        <translation>KI</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="128"/>
        <source>KU</source>
        <translation>KU</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="129"/>
        <source>evaluator</source>
        <translation>evaluator</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="292"/>
        <source>Name the evaluators on the deal (Tender section), with their support.</source>
        <translation>Name the evaluators on the deal (Tender section), with their support.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="295"/>
        <source>Put the {role_label} on the deal&apos;s decision chain, with their support.</source>
        <translation>Put the {role_label} on the deal&apos;s decision chain, with their support.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="302"/>
        <source>Nobody on the deal is {role_label}.</source>
        <translation>Nobody on the deal is {role_label}.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="313"/>
        <source>{name} ({role_label}) supports us at {support}.</source>
        <translation>{name} ({role_label}) supports us at {support}.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="320"/>
        <source>{name} ({role_label}) is at {support}; backing us means +1 or more.</source>
        <translation>{name} ({role_label}) is at {support}; backing us means +1 or more.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="324"/>
        <source>Win {name} over, then record the new support on the deal.</source>
        <translation>Win {name} over, then record the new support on the deal.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="329"/>
        <source>Of {count} people as {role_label}, {supporters} support us.</source>
        <translation>Of {count} people as {role_label}, {supporters} support us.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="336"/>
        <source>Strongly opposed to us: {names}.</source>
        <translation>Strongly opposed to us: {names}.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="341"/>
        <source>Not backing us yet: {names}.</source>
        <translation>Not backing us yet: {names}.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="348"/>
        <source>Win over {names}, then record the new support on the deal.</source>
        <translation>Win over {names}, then record the new support on the deal.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="364"/>
        <source>Develop an insider in a key influencer&apos;s (KI) department; mark them on the deal.</source>
        <translation>Develop an insider in a key influencer&apos;s (KI) department; mark them on the deal.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="370"/>
        <source>Develop an insider in a key user&apos;s (KU) department; mark them on the deal.</source>
        <translation>Develop an insider in a key user&apos;s (KU) department; mark them on the deal.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="378"/>
        <source>Insiders on the {role_label} side: {names}.</source>
        <translation>Insiders on the {role_label} side: {names}.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="384"/>
        <source>No insider on the {role_label} side.</source>
        <translation>No insider on the {role_label} side.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="389"/>
        <source>Five elements verified: {n} of {total}.</source>
        <translation>Five elements verified: {n} of {total}.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="393"/>
        <source>Verify the remaining five elements in the deal panel.</source>
        <translation>Verify the remaining five elements in the deal panel.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="405"/>
        <source>Insiders in KI/KU confirmed through {sources} or more channels: {names}.</source>
        <translation>Insiders in KI/KU confirmed through {sources} or more channels: {names}.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="412"/>
        <source>No insider in KI/KU is confirmed through {sources} or more channels.</source>
        <translation>No insider in KI/KU is confirmed through {sources} or more channels.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="420"/>
        <source>The method asks for at least {min}.</source>
        <translation>The method asks for at least {min}.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="424"/>
        <source>Confirmed through fewer channels: {names}.</source>
        <translation>Confirmed through fewer channels: {names}.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="434"/>
        <source>Develop more insiders in KI/KU and check what each tells through a second channel (recorded on the person).</source>
        <translation>Develop more insiders in KI/KU and check what each tells through a second channel (recorded on the person).</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="452"/>
        <source>Coach among KI/KU at middle level or above: {names}.</source>
        <translation>Coach among KI/KU at middle level or above: {names}.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="459"/>
        <source>Coaches among KI/KU are below middle level: {names}.</source>
        <translation>Coaches among KI/KU are below middle level: {names}.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="462"/>
        <source>No coach among KI/KU people.</source>
        <translation>No coach among KI/KU people.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="470"/>
        <source>Develop a coach among KI/KU middle or senior managers; the direct manager usually leads this.</source>
        <translation>Develop a coach among KI/KU middle or senior managers; the direct manager usually leads this.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="482"/>
        <source>The scoring criteria are marked as shaped by us.</source>
        <translation>The scoring criteria are marked as shaped by us.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="487"/>
        <source>The scoring criteria are not marked as shaped by us.</source>
        <translation>The scoring criteria are not marked as shaped by us.</translation>
    </message>
    <message>
        <location filename="../../model/rules/chain.py" line="488"/>
        <source>Once they are, mark it in the deal panel&apos;s Tender section.</source>
        <translation>Once they are, mark it in the deal panel&apos;s Tender section.</translation>
    </message>
    <message>
        <location filename="../../model/sample.py" line="158"/>
        <source>Unknown sample size {size!r}; use &apos;small&apos; or &apos;large&apos;.</source>
        <translation>Unknown sample size {size!r}; use &apos;small&apos; or &apos;large&apos;.</translation>
    </message>
    <message>
        <location filename="../../model/sample.py" line="2692"/>
        <source>Unknown sample language {lang!r}; use &apos;zh&apos; or &apos;en&apos;.</source>
        <translation>Unknown sample language {lang!r}; use &apos;zh&apos; or &apos;en&apos;.</translation>
    </message>
    <message>
        <location filename="../../model/sample.py" line="2713"/>
        <source>A sample can only be generated into an empty workspace; this one already has {table}.</source>
        <translation>A sample can only be generated into an empty workspace; this one already has {table}.</translation>
    </message>
    <message>
        <location filename="../../model/schema.py" line="46"/>
        <source>Cannot open workspace file {path}: {reason}</source>
        <translation>Cannot open workspace file {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../model/schema.py" line="56"/>
        <source>{path} is a database but not a Key Account Navigator workspace (it has no schema version).</source>
        <translation>{path} is a database but not a Key Account Navigator workspace (it has no schema version).</translation>
    </message>
    <message>
        <location filename="../../model/schema.py" line="61"/>
        <source>{path} is an empty database, not a workspace; nothing was changed. Create a new workspace under another name.</source>
        <translation>{path} is an empty database, not a workspace; nothing was changed. Create a new workspace under another name.</translation>
    </message>
    <message>
        <location filename="../../model/schema.py" line="69"/>
        <source>{path} is not a readable workspace file ({reason}). Nothing was changed.</source>
        <translation>{path} is not a readable workspace file ({reason}). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/server_login.py" line="200"/>
        <location filename="../../model/workspace.py" line="759"/>
        <source>Cannot open {url}: the database driver &apos;{driver}&apos; is not installed (for PostgreSQL: pip install psycopg).</source>
        <translation>Cannot open {url}: the database driver &apos;{driver}&apos; is not installed (for PostgreSQL: pip install psycopg).</translation>
    </message>
    <message>
        <location filename="../../model/server_login.py" line="210"/>
        <location filename="../../model/workspace.py" line="782"/>
        <source>The database at {url} was written by a newer version (schema {schema}); nothing was changed.</source>
        <translation>The database at {url} was written by a newer version (schema {schema}); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/server_login.py" line="227"/>
        <source>The server at {server} refused the password of {user}: enter the right password. Nothing was changed.</source>
        <translation>The server at {server} refused the password of {user}: enter the right password. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/server_login.py" line="234"/>
        <source>The server at {server} has no user {user}: check the user name and password.</source>
        <translation>The server at {server} has no user {user}: check the user name and password.</translation>
    </message>
    <message>
        <location filename="../../model/server_login.py" line="240"/>
        <source>The server at {server} has no database {database}: check its name, or ask the administrator to create it.</source>
        <translation>The server at {server} has no database {database}: check its name, or ask the administrator to create it.</translation>
    </message>
    <message>
        <location filename="../../model/server_login.py" line="256"/>
        <source>The server at {server} cannot be reached: check the host name and port, and that the server is running and lets this computer connect.</source>
        <translation>The server at {server} cannot be reached: check the host name and port, and that the server is running and lets this computer connect.</translation>
    </message>
    <message>
        <location filename="../../model/server_login.py" line="261"/>
        <source>Cannot connect to {url}: {reason}</source>
        <translation>Cannot connect to {url}: {reason}</translation>
    </message>
    <message>
        <location filename="../../model/services/accounts.py" line="20"/>
        <source>Account values are numbered 1 to 5 (ACC.VALUE.1..5).</source>
        <translation>Account values are numbered 1 to 5.</translation>
    </message>
    <message>
        <location filename="../../model/services/accounts.py" line="42"/>
        <source>Partner kind</source>
        <translation>Partner kind</translation>
    </message>
    <message>
        <location filename="../../model/services/accounts.py" line="66"/>
        <source>An account sold through a channel partner needs the partner kind (service, OEM or relationship).</source>
        <translation>An account sold through a channel partner needs the partner kind (service, OEM or relationship).</translation>
    </message>
    <message>
        <location filename="../../model/services/activities.py" line="53"/>
        <location filename="../../model/services/activities.py" line="240"/>
        <source>Next step done</source>
        <translation>Next step done</translation>
    </message>
    <message>
        <location filename="../../model/services/activities.py" line="242"/>
        <source>{day} is in the future: mark a next step done once it is done.</source>
        <translation>{day} is in the future: mark a next step done once it is done.</translation>
    </message>
    <message>
        <location filename="../../model/services/activities.py" line="252"/>
        <location filename="../../model/services/activities.py" line="398"/>
        <location filename="../../model/services/approvals.py" line="120"/>
        <location filename="../../model/services/deals.py" line="656"/>
        <location filename="../../model/services/importing.py" line="703"/>
        <location filename="../../model/services/people.py" line="228"/>
        <location filename="../../model/services/protection.py" line="66"/>
        <location filename="../../model/services/protection.py" line="139"/>
        <location filename="../../model/services/targets.py" line="58"/>
        <location filename="../../model/services/team.py" line="39"/>
        <location filename="../../model/services/team.py" line="45"/>
        <source>team member</source>
        <translation>team member</translation>
    </message>
    <message>
        <location filename="../../model/services/activities.py" line="255"/>
        <source>People met must work at the activity&apos;s account.</source>
        <translation>People met must work at the activity&apos;s account.</translation>
    </message>
    <message>
        <location filename="../../model/services/activities.py" line="262"/>
        <source>An activity for a deal is logged at the deal&apos;s own account.</source>
        <translation>An activity for a deal is logged at the deal&apos;s own account.</translation>
    </message>
    <message>
        <location filename="../../model/services/approvals.py" line="108"/>
        <location filename="../../model/services/approvals.py" line="155"/>
        <location filename="../../model/services/deals.py" line="542"/>
        <source>stage change</source>
        <translation>stage change</translation>
    </message>
    <message>
        <location filename="../../model/services/approvals.py" line="110"/>
        <source>This move does not await approval (any more).</source>
        <translation>This move does not await approval (any more).</translation>
    </message>
    <message>
        <location filename="../../model/services/approvals.py" line="117"/>
        <source>Say who you are (File → I am…) before approving or reverting a forced move.</source>
        <translation>Say who you are (File → I am…) before approving or reverting a forced move.</translation>
    </message>
    <message>
        <location filename="../../model/services/approvals.py" line="131"/>
        <source>Only a manager or an executive may approve a forced move; {name} is neither.</source>
        <translation>Only a manager or an executive may approve a forced move; {name} is neither.</translation>
    </message>
    <message>
        <location filename="../../model/services/approvals.py" line="159"/>
        <source>The approval changed since; it was left as it is.</source>
        <translation>The approval changed since; it was left as it is.</translation>
    </message>
    <message>
        <location filename="../../model/services/approvals.py" line="182"/>
        <source>Only a manager, an executive or its author may revert a forced move; {name} is none of them.</source>
        <translation>Only a manager, an executive or its author may revert a forced move; {name} is none of them.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="167"/>
        <source>{who} changed {what} of this {kind_label} &apos;{name}&apos; at {when}, after it was shown to you. Your change was not saved, so theirs is kept; the views now show it.</source>
        <translation>{who} changed {what} of this {kind_label} &apos;{name}&apos; at {when}, after it was shown to you. Your change was not saved, so theirs is kept; the views now show it.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="178"/>
        <source>{who} changed {what} of this {kind_label} &apos;{name}&apos; at {when}, after your edit. Undoing it would overwrite that, so nothing was changed; the views now show the newer state.</source>
        <translation>{who} changed {what} of this {kind_label} &apos;{name}&apos; at {when}, after your edit. Undoing it would overwrite that, so nothing was changed; the views now show the newer state.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="199"/>
        <source>Someone else changed this {kind_label} &apos;{name}&apos; since it was read; nothing was changed, so theirs is kept. The views now show it.</source>
        <translation>Someone else changed this {kind_label} &apos;{name}&apos; since it was read; nothing was changed, so theirs is kept. The views now show it.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="243"/>
        <source>Cannot set {fields} on a {kind_label}.</source>
        <translation>Cannot set {fields} on a {kind_label}.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="295"/>
        <source>Unknown fields: {fields}.</source>
        <translation>Unknown fields: {fields}.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="321"/>
        <source>The text contains a control character (U+{code}); remove it and try again.</source>
        <translation>The text contains a control character (U+{code}); remove it and try again.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="333"/>
        <source>{label} must not be empty.</source>
        <translation>{label} must not be empty.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="334"/>
        <source>This field must not be empty.</source>
        <translation>This field must not be empty.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="337"/>
        <source>{label} is longer than {max_len} characters.</source>
        <translation>{label} is longer than {max_len} characters.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="340"/>
        <location filename="../../model/services/protection.py" line="90"/>
        <source>Text is longer than {max_len} characters.</source>
        <translation>Text is longer than {max_len} characters.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="357"/>
        <source>{label} &apos;{raw}&apos; is not one of: {allowed}.</source>
        <translation>{label} &apos;{raw}&apos; is not one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="364"/>
        <location filename="../../model/services/targets.py" line="47"/>
        <source>Value &apos;{raw}&apos; is not one of: {allowed}.</source>
        <translation>Value &apos;{raw}&apos; is not one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="392"/>
        <source>{label} must be a number, not &apos;{raw}&apos;.</source>
        <translation>{label} must be a number, not &apos;{raw}&apos;.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="395"/>
        <source>Value must be a number, not &apos;{raw}&apos;.</source>
        <translation>Value must be a number, not &apos;{raw}&apos;.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="406"/>
        <source>{label} must be between {lo} and {hi}, not {raw}.</source>
        <translation>{label} must be between {lo} and {hi}, not {raw}.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="415"/>
        <source>Value must be between {lo} and {hi}, not {raw}.</source>
        <translation>Value must be between {lo} and {hi}, not {raw}.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="419"/>
        <source>{label} must be at least {lo}, not {raw}.</source>
        <translation>{label} must be at least {lo}, not {raw}.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="422"/>
        <source>Value must be at least {lo}, not {raw}.</source>
        <translation>Value must be at least {lo}, not {raw}.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="437"/>
        <source>{label} &apos;{raw}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>{label} &apos;{raw}&apos; is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="440"/>
        <source>Date &apos;{raw}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>Date &apos;{raw}&apos; is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="460"/>
        <source>{label}: no record with id {ident}.</source>
        <translation>{label}: no record with id {ident}.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="463"/>
        <source>Reference: no record with id {ident}.</source>
        <translation>Reference: no record with id {ident}.</translation>
    </message>
    <message>
        <location filename="../../model/services/common.py" line="481"/>
        <source>{label}: that link would make a loop.</source>
        <translation>{label}: that link would make a loop.</translation>
    </message>
    <message>
        <location filename="../../model/services/competitors.py" line="28"/>
        <source>Price position</source>
        <translation>Price position</translation>
    </message>
    <message>
        <location filename="../../model/services/competitors.py" line="34"/>
        <source>Competitor name</source>
        <translation>Competitor name</translation>
    </message>
    <message>
        <location filename="../../model/services/competitors.py" line="38"/>
        <source>There is already a competitor called {name}.</source>
        <translation>There is already a competitor called {name}.</translation>
    </message>
    <message>
        <location filename="../../model/services/competitors.py" line="80"/>
        <location filename="../../model/services/competitors.py" line="102"/>
        <location filename="../../model/services/deals.py" line="462"/>
        <location filename="../../model/services/deals.py" line="849"/>
        <location filename="../../model/services/importing.py" line="704"/>
        <source>competitor</source>
        <translation>competitor</translation>
    </message>
    <message>
        <location filename="../../model/services/competitors.py" line="109"/>
        <source>Only an executive may remove a competitor on the team database; nothing was changed.</source>
        <translation>Only an executive may remove a competitor on the team database; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="58"/>
        <source>Moving from {from_stage} to {to_stage} needs: {unmet}.</source>
        <translation>Moving from {from_stage} to {to_stage} needs: {unmet}.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="75"/>
        <source>This exit criterion is answered by the deal&apos;s data, which says: {says}</source>
        <translation>This exit criterion is answered by the deal&apos;s data, which says: {says}</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="84"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="85"/>
        <source>won</source>
        <translation>won</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="86"/>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="87"/>
        <source>shelved</source>
        <translation>shelved</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="95"/>
        <source>Currency &apos;{raw}&apos; is not an ISO 4217 code such as CNY or USD.</source>
        <translation>Currency &apos;{raw}&apos; is not an ISO 4217 code such as CNY or USD.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="103"/>
        <source>{label} {day} is in the future; record the signing once it has happened.</source>
        <translation>{label} {day} is in the future; record the signing once it has happened.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="119"/>
        <source>Protection expiry</source>
        <translation>Protection expiry</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="145"/>
        <source>A deal belongs to an account: choose one.</source>
        <translation>A deal belongs to an account: choose one.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="153"/>
        <source>Creating a deal in {stage} skips its gate: give a reason.</source>
        <translation>Creating a deal in {stage} skips its gate: give a reason.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="184"/>
        <source>Stage and status change through a move or a close, with the gate.</source>
        <translation>Stage and status change through a move or a close, with the gate.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="244"/>
        <source>&apos;{criterion}&apos; is not an exit criterion of the method.</source>
        <translation>&apos;{criterion}&apos; is not an exit criterion of the method.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="360"/>
        <source>&apos;{name}&apos; is {status_label}; reopen it before moving it.</source>
        <translation>&apos;{name}&apos; is {status_label}; reopen it before moving it.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="372"/>
        <source>Moving a deal back needs a reason.</source>
        <translation>Moving a deal back needs a reason.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="377"/>
        <source>Forcing a move past an unmet gate needs a reason.</source>
        <translation>Forcing a move past an unmet gate needs a reason.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="436"/>
        <source>Use reopen to put a closed deal back in the funnel.</source>
        <translation>Use reopen to put a closed deal back in the funnel.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="438"/>
        <source>&apos;{name}&apos; is already {status_label}.</source>
        <translation>&apos;{name}&apos; is already {status_label}.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="446"/>
        <source>&apos;{close_reason}&apos; is not one of the workspace&apos;s close reasons.</source>
        <translation>&apos;{close_reason}&apos; is not one of the workspace&apos;s close reasons.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="456"/>
        <source>Marking a deal {status_label} needs a reason from the list.</source>
        <translation>Marking a deal {status_label} needs a reason from the list.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="499"/>
        <source>Reopening a closed deal needs a reason.</source>
        <translation>Reopening a closed deal needs a reason.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="551"/>
        <source>Only the latest stage change of a deal can be reverted.</source>
        <translation>Only the latest stage change of a deal can be reverted.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="642"/>
        <source>&apos;{element}&apos; is not one of the five elements.</source>
        <translation>&apos;{element}&apos; is not one of the five elements.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="647"/>
        <source>A verified element needs who verified it and how.</source>
        <translation>A verified element needs who verified it and how.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="649"/>
        <source>{day} is in the future: record a verification once it has happened.</source>
        <translation>{day} is in the future: record a verification once it has happened.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="662"/>
        <source>The direct manager&apos;s confirmation of the five elements is recorded by a manager or executive, not by {member}.</source>
        <translation>The direct manager&apos;s confirmation of the five elements is recorded by a manager or executive, not by {member}.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="682"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="721"/>
        <source>{person} works at another account than this deal&apos;s.</source>
        <translation>{person} works at another account than this deal&apos;s.</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="794"/>
        <location filename="../../model/services/people.py" line="43"/>
        <source>Competitor backed</source>
        <translation>Competitor backed</translation>
    </message>
    <message>
        <location filename="../../model/services/deals.py" line="823"/>
        <source>{person}&apos;s part in this deal was changed since; it is left as it is now.</source>
        <translation>{person}&apos;s part in this deal was changed since; it is left as it is now.</translation>
    </message>
    <message>
        <location filename="../../model/services/forecast.py" line="66"/>
        <source>Forecast category</source>
        <translation>Forecast category</translation>
    </message>
    <message>
        <location filename="../../model/services/forecast.py" line="67"/>
        <source>Forecast amount</source>
        <translation>Forecast amount</translation>
    </message>
    <message>
        <location filename="../../model/services/forecast.py" line="69"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../model/services/forecast.py" line="70"/>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../model/services/forecast.py" line="124"/>
        <source>Only an open deal&apos;s forecast can be overridden; &apos;{name}&apos; is {status_label}.</source>
        <translation>Only an open deal&apos;s forecast can be overridden; &apos;{name}&apos; is {status_label}.</translation>
    </message>
    <message>
        <location filename="../../model/services/forecast.py" line="189"/>
        <source>Snapshot kind</source>
        <translation>Snapshot kind</translation>
    </message>
    <message>
        <location filename="../../model/services/forecast.py" line="190"/>
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <location filename="../../model/services/forecast.py" line="274"/>
        <source>forecast snapshot</source>
        <translation>forecast snapshot</translation>
    </message>
    <message>
        <location filename="../../model/services/forecast.py" line="280"/>
        <source>Only the member who took a forecast snapshot, or an executive, may remove it on the team database; nothing was changed.</source>
        <translation>Only the member who took a forecast snapshot, or an executive, may remove it on the team database; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/services/importing.py" line="733"/>
        <source>The {kind_label} &apos;{name}&apos; was changed after the import; undoing the import would lose that change, so nothing was changed.</source>
        <translation>The {kind_label} &apos;{name}&apos; was changed after the import; undoing the import would lose that change, so nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/services/importing.py" line="763"/>
        <source>Since the import, {count} other records were added to what it created ({table}); undoing it would delete them too, so nothing was changed.</source>
        <translation>Since the import, {count} other records were added to what it created ({table}); undoing it would delete them too, so nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/services/importing.py" line="790"/>
        <source>A {kind_label} the import filled was changed since; undoing the import would overwrite that, so nothing was changed.</source>
        <translation>A {kind_label} the import filled was changed since; undoing the import would overwrite that, so nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/services/importing.py" line="796"/>
        <source>A {kind_label} the import filled was changed since the undo; redoing the import would overwrite that, so nothing was changed.</source>
        <translation>A {kind_label} the import filled was changed since the undo; redoing the import would overwrite that, so nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/services/importing.py" line="855"/>
        <source>A {kind_label} the import created was changed since; undoing the import would lose that change, so nothing was changed.</source>
        <translation>A {kind_label} the import created was changed since; undoing the import would lose that change, so nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/services/leads.py" line="50"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../model/services/leads.py" line="51"/>
        <source>Lead kind</source>
        <translation>Lead kind</translation>
    </message>
    <message>
        <location filename="../../model/services/leads.py" line="52"/>
        <source>Lead status</source>
        <translation>Lead status</translation>
    </message>
    <message>
        <location filename="../../model/services/leads.py" line="53"/>
        <location filename="../../model/services/payments.py" line="263"/>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../model/services/leads.py" line="66"/>
        <location filename="../../model/services/leads.py" line="82"/>
        <source>A lead is marked converted by converting it into an opportunity.</source>
        <translation>A lead is marked converted by converting it into an opportunity.</translation>
    </message>
    <message>
        <location filename="../../model/services/leads.py" line="70"/>
        <source>This lead became an opportunity; undo the conversion to change its status.</source>
        <translation>This lead became an opportunity; undo the conversion to change its status.</translation>
    </message>
    <message>
        <location filename="../../model/services/leads.py" line="80"/>
        <location filename="../../model/services/leads.py" line="98"/>
        <source>A lead needs a company name or an account.</source>
        <translation>A lead needs a company name or an account.</translation>
    </message>
    <message>
        <location filename="../../model/services/leads.py" line="92"/>
        <location filename="../../model/services/leads.py" line="107"/>
        <location filename="../../model/services/leads.py" line="154"/>
        <location filename="../../model/services/leads.py" line="205"/>
        <location filename="../../model/services/leads.py" line="228"/>
        <location filename="../../model/services/leads.py" line="244"/>
        <location filename="../../model/services/leads.py" line="265"/>
        <location filename="../../model/services/leads.py" line="273"/>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <location filename="../../model/services/leads.py" line="157"/>
        <source>This lead was already converted into the deal &apos;{deal}&apos;; a lead becomes one opportunity only.</source>
        <translation>This lead was already converted into the deal &apos;{deal}&apos;; a lead becomes one opportunity only.</translation>
    </message>
    <message>
        <location filename="../../model/services/leads.py" line="166"/>
        <source>&apos;{criterion}&apos; is not an exit criterion of P2.</source>
        <translation>&apos;{criterion}&apos; is not an exit criterion of P2.</translation>
    </message>
    <message>
        <location filename="../../model/services/leads.py" line="170"/>
        <source>The lead cannot become a valid opportunity (P3) yet; still missing: {unmet}.</source>
        <translation>The lead cannot become a valid opportunity (P3) yet; still missing: {unmet}.</translation>
    </message>
    <message>
        <location filename="../../model/services/leads.py" line="175"/>
        <source>Deal name must not be empty.</source>
        <translation>Deal name must not be empty.</translation>
    </message>
    <message>
        <location filename="../../model/services/leads.py" line="230"/>
        <source>The lead was linked to another deal since its conversion; it is left as it is.</source>
        <translation>The lead was linked to another deal since its conversion; it is left as it is.</translation>
    </message>
    <message>
        <location filename="../../model/services/leads.py" line="267"/>
        <source>The lead was converted again since; the earlier conversion is not redone.</source>
        <translation>The lead was converted again since; the earlier conversion is not redone.</translation>
    </message>
    <message>
        <location filename="../../model/services/payments.py" line="89"/>
        <source>The first instalment is {share:.0%} of the contract value; the method asks for a first payment of at least {minimum:.0%}.</source>
        <translation>The first instalment is {share:.0%} of the contract value; the method asks for a first payment of at least {minimum:.0%}.</translation>
    </message>
    <message>
        <location filename="../../model/services/payments.py" line="95"/>
        <source>The first instalment is {share:.0%} of the deal amount (no contract value yet); the method asks for a first payment of at least {minimum:.0%}.</source>
        <translation>The first instalment is {share:.0%} of the deal amount (no contract value yet); the method asks for a first payment of at least {minimum:.0%}.</translation>
    </message>
    <message>
        <location filename="../../model/services/payments.py" line="106"/>
        <source>Instalment amount</source>
        <translation>Instalment amount</translation>
    </message>
    <message>
        <location filename="../../model/services/payments.py" line="107"/>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../model/services/payments.py" line="169"/>
        <location filename="../../model/services/payments.py" line="199"/>
        <location filename="../../model/services/payments.py" line="260"/>
        <location filename="../../model/services/payments.py" line="307"/>
        <location filename="../../model/services/payments.py" line="323"/>
        <location filename="../../model/services/payments.py" line="334"/>
        <source>instalment</source>
        <translation>instalment</translation>
    </message>
    <message>
        <location filename="../../model/services/payments.py" line="174"/>
        <source>Instalment {seq} has already received {received:,.2f}; its amount cannot be less than that.</source>
        <translation>Instalment {seq} has already received {received:,.2f}; its amount cannot be less than that.</translation>
    </message>
    <message>
        <location filename="../../model/services/payments.py" line="261"/>
        <source>Received amount</source>
        <translation>Received amount</translation>
    </message>
    <message>
        <location filename="../../model/services/payments.py" line="265"/>
        <source>The transfer is dated {day}, after today; record a transfer once it has arrived.</source>
        <translation>The transfer is dated {day}, after today; record a transfer once it has arrived.</translation>
    </message>
    <message>
        <location filename="../../model/services/payments.py" line="272"/>
        <source>A transfer of {amount:,.2f} would bring instalment {seq} to {total:,.2f}, more than its {due:,.2f}; record the rest against the next instalment or raise this instalment&apos;s amount first.</source>
        <translation>A transfer of {amount:,.2f} would bring instalment {seq} to {total:,.2f}, more than its {due:,.2f}; record the rest against the next instalment or raise this instalment&apos;s amount first.</translation>
    </message>
    <message>
        <location filename="../../model/services/payments.py" line="286"/>
        <source>How it was paid</source>
        <translation>How it was paid</translation>
    </message>
    <message>
        <location filename="../../model/services/payments.py" line="304"/>
        <source>payment</source>
        <translation>payment</translation>
    </message>
    <message>
        <location filename="../../model/services/payments.py" line="318"/>
        <source>This snapshot holds more than a payment plan&apos;s rows.</source>
        <translation>This snapshot holds more than a payment plan&apos;s rows.</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="46"/>
        <source>Insider sources</source>
        <translation>Insider sources</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="66"/>
        <source>{person} cannot report to someone at another account.</source>
        <translation>{person} cannot report to someone at another account.</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="71"/>
        <source>{person}&apos;s department belongs to another account.</source>
        <translation>{person}&apos;s department belongs to another account.</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="118"/>
        <source>Map position</source>
        <translation>Map position</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="135"/>
        <source>Influence strength</source>
        <translation>Influence strength</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="146"/>
        <source>A person cannot influence themselves.</source>
        <translation>A person cannot influence themselves.</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="150"/>
        <source>Influence links people of the same account.</source>
        <translation>Influence links people of the same account.</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="171"/>
        <source>influence</source>
        <translation>influence</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="172"/>
        <source>relationship</source>
        <translation>relationship</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="181"/>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="183"/>
        <source>Last contact {day} is in the future; record a contact once it has happened.</source>
        <translation>Last contact {day} is in the future; record a contact once it has happened.</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="192"/>
        <source>Relationship strength</source>
        <translation>Relationship strength</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="194"/>
        <source>Visit level</source>
        <translation>Visit level</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="245"/>
        <source>Department name</source>
        <translation>Department name</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="246"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="247"/>
        <location filename="../../model/services/people.py" line="281"/>
        <source>Parent department</source>
        <translation>Parent department</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="276"/>
        <source>Department {department} cannot sit under a department of another account.</source>
        <translation>Department {department} cannot sit under a department of another account.</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="302"/>
        <location filename="../../model/services/people.py" line="315"/>
        <location filename="../../model/services/people.py" line="397"/>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <location filename="../../model/services/people.py" line="333"/>
        <source>{person} works at another account; the department was not created.</source>
        <translation>{person} works at another account; the department was not created.</translation>
    </message>
    <message>
        <location filename="../../model/services/protection.py" line="69"/>
        <source>Territory kind &apos;{raw}&apos; is not one of: {allowed}.</source>
        <translation>Territory kind &apos;{raw}&apos; is not one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../model/services/protection.py" line="80"/>
        <source>A named-account territory needs an account.</source>
        <translation>A named-account territory needs an account.</translation>
    </message>
    <message>
        <location filename="../../model/services/protection.py" line="88"/>
        <source>A territory needs a region or an industry.</source>
        <translation>A territory needs a region or an industry.</translation>
    </message>
    <message>
        <location filename="../../model/services/protection.py" line="95"/>
        <source>This member already has that territory.</source>
        <translation>This member already has that territory.</translation>
    </message>
    <message>
        <location filename="../../model/services/protection.py" line="106"/>
        <source>territory</source>
        <translation>territory</translation>
    </message>
    <message>
        <location filename="../../model/services/protection.py" line="126"/>
        <source>&apos;{name}&apos; is closed: its protection no longer matters.</source>
        <translation>&apos;{name}&apos; is closed: its protection no longer matters.</translation>
    </message>
    <message>
        <location filename="../../model/services/protection.py" line="136"/>
        <source>Say which member takes the deal (choose who you are first).</source>
        <translation>Say which member takes the deal (choose who you are first).</translation>
    </message>
    <message>
        <location filename="../../model/services/protection.py" line="211"/>
        <source>&apos;{name}&apos; is protected until {day}: it cannot be {verb_label} before then.</source>
        <translation>&apos;{name}&apos; is protected until {day}: it cannot be {verb_label} before then.</translation>
    </message>
    <message>
        <location filename="../../model/services/protection.py" line="218"/>
        <source>&apos;{name}&apos; is in the public field already: a member may claim it.</source>
        <translation>&apos;{name}&apos; is in the public field already: a member may claim it.</translation>
    </message>
    <message>
        <location filename="../../model/services/protection.py" line="222"/>
        <source>&apos;{name}&apos; has no protection period (it is not a valid opportunity).</source>
        <translation>&apos;{name}&apos; has no protection period (it is not a valid opportunity).</translation>
    </message>
    <message>
        <location filename="../../model/services/protection.py" line="232"/>
        <source>penalised</source>
        <translation>penalised</translation>
    </message>
    <message>
        <location filename="../../model/services/protection.py" line="242"/>
        <source>&apos;{name}&apos; was penalised on {day} for this expiry already.</source>
        <translation>&apos;{name}&apos; was penalised on {day} for this expiry already.</translation>
    </message>
    <message>
        <location filename="../../model/services/protection.py" line="258"/>
        <source>released</source>
        <translation>released</translation>
    </message>
    <message>
        <location filename="../../model/services/protection.py" line="280"/>
        <source>&apos;{name}&apos; is not in the public field (claimed already?): nothing to claim.</source>
        <translation>&apos;{name}&apos; is not in the public field (claimed already?): nothing to claim.</translation>
    </message>
    <message>
        <location filename="../../model/services/protection.py" line="294"/>
        <source>transferred</source>
        <translation>transferred</translation>
    </message>
    <message>
        <location filename="../../model/services/protection.py" line="297"/>
        <source>&apos;{name}&apos; is that member&apos;s deal already.</source>
        <translation>&apos;{name}&apos; is that member&apos;s deal already.</translation>
    </message>
    <message>
        <location filename="../../model/services/protection.py" line="308"/>
        <source>extended</source>
        <translation>extended</translation>
    </message>
    <message>
        <location filename="../../model/services/protection.py" line="317"/>
        <source>&apos;{name}&apos; changed after this step (its owner or protection). Nothing was changed; the views now show the newer state.</source>
        <translation>&apos;{name}&apos; changed after this step (its owner or protection). Nothing was changed; the views now show the newer state.</translation>
    </message>
    <message>
        <location filename="../../model/services/segments.py" line="33"/>
        <source>Unknown segment dimension: {dimensions}.</source>
        <translation>Unknown segment dimension: {dimensions}.</translation>
    </message>
    <message>
        <location filename="../../model/services/segments.py" line="42"/>
        <source>Weights are zero or more, one per segment dimension.</source>
        <translation>Weights are zero or more, one per segment dimension.</translation>
    </message>
    <message>
        <location filename="../../model/services/segments.py" line="47"/>
        <source>Segment name</source>
        <translation>Segment name</translation>
    </message>
    <message>
        <location filename="../../model/services/segments.py" line="57"/>
        <location filename="../../model/services/segments.py" line="63"/>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <location filename="../../model/services/targets.py" line="51"/>
        <source>&apos;{period}&apos; is not a period: write a month (2027-01), a quarter (2027Q1) or a year (2027).</source>
        <translation>&apos;{period}&apos; is not a period: write a month (2027-01), a quarter (2027Q1) or a year (2027).</translation>
    </message>
    <message>
        <location filename="../../model/services/targets.py" line="64"/>
        <source>A target must be a number, not &apos;{raw}&apos;.</source>
        <translation>A target must be a number, not &apos;{raw}&apos;.</translation>
    </message>
    <message>
        <location filename="../../model/services/targets.py" line="68"/>
        <source>A target must be zero or more, not {raw}.</source>
        <translation>A target must be zero or more, not {raw}.</translation>
    </message>
    <message>
        <location filename="../../model/services/targets.py" line="117"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../model/services/tasks.py" line="77"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../model/services/tasks.py" line="78"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../model/services/tasks.py" line="79"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../model/services/tasks.py" line="80"/>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../model/services/tasks.py" line="187"/>
        <source>This task is no longer in the workspace.</source>
        <translation>This task is no longer in the workspace.</translation>
    </message>
    <message>
        <location filename="../../model/services/tasks.py" line="189"/>
        <source>task</source>
        <translation>task</translation>
    </message>
    <message>
        <location filename="../../model/services/tasks.py" line="211"/>
        <source>This task was changed since ({fields}); it is left as it is now.</source>
        <translation>This task was changed since ({fields}); it is left as it is now.</translation>
    </message>
    <message>
        <location filename="../../model/services/tasks.py" line="217"/>
        <source>{day} is in the future: mark a task done once it is.</source>
        <translation>{day} is in the future: mark a task done once it is.</translation>
    </message>
    <message>
        <location filename="../../model/services/tasks.py" line="223"/>
        <location filename="../../model/services/tasks.py" line="242"/>
        <source>A task written by hand needs a title.</source>
        <translation>A task written by hand needs a title.</translation>
    </message>
    <message>
        <location filename="../../model/services/team.py" line="19"/>
        <location filename="../../model/services/team.py" line="20"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../model/settings.py" line="66"/>
        <source>Unknown workspace setting &apos;{key}&apos;.</source>
        <translation>Unknown workspace setting &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location filename="../../model/settings.py" line="74"/>
        <source>The base currency &apos;{value}&apos; is not an ISO 4217 code such as CNY or USD.</source>
        <translation>The base currency &apos;{value}&apos; is not an ISO 4217 code such as CNY or USD.</translation>
    </message>
    <message>
        <location filename="../../model/settings.py" line="79"/>
        <source>The default currency &apos;{value}&apos; is not an ISO 4217 code such as CNY or USD.</source>
        <translation>The default currency &apos;{value}&apos; is not an ISO 4217 code such as CNY or USD.</translation>
    </message>
    <message>
        <location filename="../../model/settings.py" line="87"/>
        <source>The protection period must be 3 to 6 months.</source>
        <translation>The protection period must be 3 to 6 months.</translation>
    </message>
    <message>
        <location filename="../../model/settings.py" line="91"/>
        <source>A task&apos;s days until due must be a whole number from 1 to 365.</source>
        <translation>A task&apos;s days until due must be a whole number from 1 to 365.</translation>
    </message>
    <message>
        <location filename="../../model/settings.py" line="99"/>
        <source>Currency rates are ISO 4217 codes each with a rate above zero (base units per unit).</source>
        <translation>Currency rates are ISO 4217 codes each with a rate above zero (base units per unit).</translation>
    </message>
    <message>
        <location filename="../../model/settings.py" line="103"/>
        <source>&apos;{key}&apos; is on or off.</source>
        <translation>&apos;{key}&apos; is on or off.</translation>
    </message>
    <message>
        <location filename="../../model/settings.py" line="107"/>
        <source>&apos;{key}&apos; must be a whole number from 1 to 1000.</source>
        <translation>&apos;{key}&apos; must be a whole number from 1 to 1000.</translation>
    </message>
    <message>
        <location filename="../../model/settings.py" line="114"/>
        <source>Close reasons are a list of distinct, non-empty names of at most 40 characters.</source>
        <translation>Close reasons are a list of distinct, non-empty names of at most 40 characters.</translation>
    </message>
    <message>
        <location filename="../../model/settings.py" line="125"/>
        <source>Stage probabilities must be numbers from 0 to 1.</source>
        <translation>Stage probabilities must be numbers from 0 to 1.</translation>
    </message>
    <message>
        <location filename="../../model/team_server.py" line="624"/>
        <source>{workspace} cannot be read as its team member ({detail}). Ask the database&apos;s admin to add you: keyaccount team add-member.</source>
        <translation>{workspace} cannot be read as its team member ({detail}). Ask the database&apos;s admin to add you: keyaccount team add-member.</translation>
    </message>
    <message>
        <location filename="../../model/team_server.py" line="673"/>
        <source>{workspace} is not a team database: team members are server roles; a SQLite file has one user. Use a postgresql+psycopg:// URL.</source>
        <translation>{workspace} is not a team database: team members are server roles; a SQLite file has one user. Use a postgresql+psycopg:// URL.</translation>
    </message>
    <message>
        <location filename="../../model/team_server.py" line="713"/>
        <source>The role {user} may not create roles, so it cannot add or remove team members. Connect as the database&apos;s admin (a role with CREATEROLE that owns the workspace&apos;s tables).</source>
        <translation>The role {user} may not create roles, so it cannot add or remove team members. Connect as the database&apos;s admin (a role with CREATEROLE that owns the workspace&apos;s tables).</translation>
    </message>
    <message>
        <location filename="../../model/team_server.py" line="765"/>
        <source>Role &apos;{raw}&apos; is not one of: {allowed}.</source>
        <translation>Role &apos;{raw}&apos; is not one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../model/team_server.py" line="770"/>
        <source>A team member needs a name.</source>
        <translation>A team member needs a name.</translation>
    </message>
    <message>
        <location filename="../../model/team_server.py" line="773"/>
        <source>&apos;{login}&apos; cannot be a login: use lower-case letters, digits and _ (at most 63, not starting with a digit).</source>
        <translation>&apos;{login}&apos; cannot be a login: use lower-case letters, digits and _ (at most 63, not starting with a digit).</translation>
    </message>
    <message>
        <location filename="../../model/team_server.py" line="783"/>
        <source>A server role named {login} exists already; choose another with --login.</source>
        <translation>A server role named {login} exists already; choose another with --login.</translation>
    </message>
    <message>
        <location filename="../../model/team_server.py" line="789"/>
        <source>{name} is a team member already (login {login}).</source>
        <translation>{name} is a team member already (login {login}).</translation>
    </message>
    <message>
        <location filename="../../model/team_server.py" line="798"/>
        <source>No team member called {name}.</source>
        <translation>No team member called {name}.</translation>
    </message>
    <message>
        <location filename="../../model/team_server.py" line="833"/>
        <source>The server refused the change ({detail}); nothing was changed.</source>
        <translation>The server refused the change ({detail}); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/team_server.py" line="850"/>
        <source>No team member called {name} signs in to this database.</source>
        <translation>No team member called {name} signs in to this database.</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="276"/>
        <source>Migration of {path} left {count} broken references (first: table {table}); the backup beside the file holds the data as it was.</source>
        <translation>Migration of {path} left {count} broken references (first: table {table}); the backup beside the file holds the data as it was.</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="285"/>
        <source>Integrity check of {path} failed after migration: {result}</source>
        <translation>Integrity check of {path} failed after migration: {result}</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="301"/>
        <source>the file is read-only</source>
        <translation>the file is read-only</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="303"/>
        <source>its folder is read-only</source>
        <translation>its folder is read-only</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="383"/>
        <source>{path} could not be upgraded to this version: {rows}. The file was left exactly as it was.</source>
        <translation>{path} could not be upgraded to this version: {rows}. The file was left exactly as it was.</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="441"/>
        <source>{workspace} is open read-only ({why_label}); nothing was changed.</source>
        <translation>{workspace} is open read-only ({why_label}); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="475"/>
        <source>Someone else is saving the same record in {workspace} right now; nothing was changed. Try again in a moment.</source>
        <translation>Someone else is saving the same record in {workspace} right now; nothing was changed. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="489"/>
        <source>The connection to the server {server} was lost while your change was being saved, so it may or may not have been saved. Your edit is kept: once the server answers, it says whether the change was saved, and the edit is tried again only if it was not, never saved twice.</source>
        <translation>The connection to the server {server} was lost while your change was being saved, so it may or may not have been saved. Your edit is kept: once the server answers, it says whether the change was saved, and the edit is tried again only if it was not, never saved twice.</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="498"/>
        <source>The connection to the server {server} was lost; nothing was saved. Your edit is kept: it can be tried again once the server answers ({detail}).</source>
        <translation>The connection to the server {server} was lost; nothing was saved. Your edit is kept: it can be tried again once the server answers ({detail}).</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="673"/>
        <source>Cannot create the folder for {path}: {reason}</source>
        <translation>Cannot create the folder for {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="678"/>
        <source>{path} is an empty file, not a workspace; nothing was changed. Create a new workspace under another name.</source>
        <translation>{path} is an empty file, not a workspace; nothing was changed. Create a new workspace under another name.</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="685"/>
        <source>{path} is a database of another application (its schema version is &apos;{schema}&apos;), not a Key Account Navigator workspace; nothing was changed.</source>
        <translation>{path} is a database of another application (its schema version is &apos;{schema}&apos;), not a Key Account Navigator workspace; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="692"/>
        <source>{path} was saved by a newer version of Key Account Navigator (schema {schema}). Update the application to open it; the file was not changed.</source>
        <translation>{path} was saved by a newer version of Key Account Navigator (schema {schema}). Update the application to open it; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="771"/>
        <source>{path} needs an upgrade to this version, but {why_label}. Copy it to a folder you can write to, or ask for write access; nothing was changed.</source>
        <translation>{path} needs an upgrade to this version, but {why_label}. Copy it to a folder you can write to, or ask for write access; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../model/workspace.py" line="798"/>
        <source>{path} could not be upgraded to this version: {rows}. The file was left exactly as it was; a backup made before the attempt is at {backup}.</source>
        <translation>{path} could not be upgraded to this version: {rows}. The file was left exactly as it was; a backup made before the attempt is at {backup}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="64"/>
        <location filename="../../desktop/exporting/dialogs.py" line="144"/>
        <source>Export the workspace</source>
        <translation>Export the workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="68"/>
        <source>JSON keeps everything and loads back into an empty workspace. Excel and CSV give one sheet or file per table, for reading in a spreadsheet.</source>
        <translation>JSON keeps everything and loads back into an empty workspace. Excel and CSV give one sheet or file per table, for reading in a spreadsheet.</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="79"/>
        <source>JSON (lossless)</source>
        <translation>JSON (lossless)</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="80"/>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="81"/>
        <source>CSV folder</source>
        <translation>CSV folder</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="90"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="93"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="99"/>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="101"/>
        <source>Include personal attributes of customer people</source>
        <translation>Include personal attributes of customer people</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="105"/>
        <source>Age, gender, character, career, hobbies, family, education: left out unless you tick this, as the file may travel further than the team.</source>
        <translation>Age, gender, character, career, hobbies, family, education: left out unless you tick this, as the file may travel further than the team.</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="113"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="136"/>
        <source>Folder for the CSV files</source>
        <translation>Folder for the CSV files</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="140"/>
        <source>Workspace export (*.json)</source>
        <translation>Workspace export (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/dialogs.py" line="141"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../desktop/exporting/menu.py" line="29"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/menu.py" line="31"/>
        <source>Export the workspace as JSON (lossless), an Excel workbook or CSV files</source>
        <translation>Export the workspace as JSON (lossless), an Excel workbook or CSV files</translation>
    </message>
</context>
<context>
    <name>ExportWorkspace</name>
    <message>
        <location filename="../../desktop/exporting/workspace.py" line="61"/>
        <location filename="../../desktop/exporting/workspace.py" line="72"/>
        <location filename="../../desktop/exporting/workspace.py" line="79"/>
        <source>Export the workspace</source>
        <translation>Export the workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/workspace.py" line="62"/>
        <source>Exporting the workspace…</source>
        <translation>Exporting the workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/workspace.py" line="63"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/workspace.py" line="68"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/workspace.py" line="73"/>
        <source>Cannot write {path}: {reason}. Nothing was written.</source>
        <translation>Cannot write {path}: {reason}. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/workspace.py" line="82"/>
        <source>Exported {rows} rows of {tables} tables to {path}, with personal attributes.</source>
        <translation>Exported {rows} rows of {tables} tables to {path}, with personal attributes.</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/workspace.py" line="84"/>
        <source>Exported {rows} rows of {tables} tables to {path}.</source>
        <translation>Exported {rows} rows of {tables} tables to {path}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="64"/>
        <source>Search deals, accounts, owners…</source>
        <translation>Search deals, accounts, owners…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="68"/>
        <source>Every word must appear in the deal, account, owner, region or industry (Ctrl+F)</source>
        <translation>Every word must appear in the deal, account, owner, region or industry (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="72"/>
        <source>Only the deals of this owner</source>
        <translation>Only the deals of this owner</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="73"/>
        <source>Only the deals of this account</source>
        <translation>Only the deals of this account</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="80"/>
        <source>Only accounts in this region (and the regions inside it)</source>
        <translation>Only accounts in this region (and the regions inside it)</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="81"/>
        <source>Only accounts of this industry</source>
        <translation>Only accounts of this industry</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="82"/>
        <source>Only deals expected to close in this quarter</source>
        <translation>Only deals expected to close in this quarter</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="85"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="85"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="88"/>
        <location filename="../../desktop/board/filter_bar.py" line="214"/>
        <source>Amount range; 300k, 1.5M, 120万 and 2亿 are understood</source>
        <translation>Amount range; 300k, 1.5M, 120万 and 2亿 are understood</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="90"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="91"/>
        <source>Show every deal again</source>
        <translation>Show every deal again</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="102"/>
        <source>Split each column into swimlanes</source>
        <translation>Split each column into swimlanes</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="105"/>
        <source>Order of the cards within a column</source>
        <translation>Order of the cards within a column</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="150"/>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="151"/>
        <source>No owner</source>
        <translation>No owner</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="153"/>
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="156"/>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="161"/>
        <source>All industries</source>
        <translation>All industries</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="166"/>
        <source>Any close date</source>
        <translation>Any close date</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="167"/>
        <source>No close date</source>
        <translation>No close date</translation>
    </message>
    <message>
        <location filename="../../desktop/board/filter_bar.py" line="212"/>
        <source>Not an amount: try 300k, 1.5M, 120万 or 2亿</source>
        <translation>Not an amount: try 300k, 1.5M, 120万 or 2亿</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <location filename="../../desktop/dashboards/override_dialog.py" line="47"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/override_dialog.py" line="48"/>
        <source>Best case</source>
        <translation>Best case</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/override_dialog.py" line="49"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/override_dialog.py" line="50"/>
        <source>Left out</source>
        <translation>Left out</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/override_dialog.py" line="57"/>
        <source>Counted on to close in the period (by default P6 and P7)</source>
        <translation>Counted on to close in the period (by default P6 and P7)</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/override_dialog.py" line="58"/>
        <source>Could close in the period if things go well (by default P5)</source>
        <translation>Could close in the period if things go well (by default P5)</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/override_dialog.py" line="59"/>
        <source>Valid opportunities still being worked (by default P3 and P4)</source>
        <translation>Valid opportunities still being worked (by default P3 and P4)</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/override_dialog.py" line="60"/>
        <source>Not counted in the forecast (by default P1 and P2)</source>
        <translation>Not counted in the forecast (by default P1 and P2)</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/override_dialog.py" line="89"/>
        <source>Override forecast</source>
        <translation>Override forecast</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/override_dialog.py" line="93"/>
        <source>{deal} ({account}), {stage}: by its stage the forecast puts it in “{category}”. Say how you see it and why.</source>
        <translation>{deal} ({account}), {stage}: by its stage the forecast puts it in “{category}”. Say how you see it and why.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/override_dialog.py" line="112"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/override_dialog.py" line="116"/>
        <source>Leave unticked to keep the deal&apos;s own amount</source>
        <translation>Leave unticked to keep the deal&apos;s own amount</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/override_dialog.py" line="129"/>
        <source>Another amount</source>
        <translation>Another amount</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/override_dialog.py" line="133"/>
        <source>Leave unticked to keep the deal&apos;s expected close</source>
        <translation>Leave unticked to keep the deal&apos;s expected close</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/override_dialog.py" line="145"/>
        <source>Another close day</source>
        <translation>Another close day</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/override_dialog.py" line="150"/>
        <source>Why: what you know that the stage does not show (required)</source>
        <translation>Why: what you know that the stage does not show (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/override_dialog.py" line="156"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/override_dialog.py" line="163"/>
        <source>Override</source>
        <translation>Override</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/override_dialog.py" line="174"/>
        <source>Write a note saying why</source>
        <translation>Write a note saying why</translation>
    </message>
</context>
<context>
    <name>ForecastTab</name>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="98"/>
        <source>Amounts in {base}, the workspace&apos;s base currency.</source>
        <translation>Amounts in {base}, the workspace&apos;s base currency.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="100"/>
        <source>Left out for want of a rate: {codes} (set the rates in Settings).</source>
        <translation>Left out for want of a rate: {codes} (set the rates in Settings).</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="134"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="135"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="136"/>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="351"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="137"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="138"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="139"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="140"/>
        <source>In base</source>
        <translation>In base</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="140"/>
        <source>In {base}</source>
        <translation>In {base}</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="141"/>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="142"/>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="321"/>
        <source>Weighted</source>
        <translation>Weighted</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="143"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="148"/>
        <source>The deal; double-click opens it on the board</source>
        <translation>The deal; double-click opens it on the board</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="149"/>
        <source>The customer</source>
        <translation>The customer</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="150"/>
        <source>Who owns the deal</source>
        <translation>Who owns the deal</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="151"/>
        <source>The deal&apos;s stage</source>
        <translation>The deal&apos;s stage</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="152"/>
        <source>Commit, best case or pipeline: by the stage, or a manager&apos;s override (✎)</source>
        <translation>Commit, best case or pipeline: by the stage, or a manager&apos;s override (✎)</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="153"/>
        <source>The amount the forecast counts, in the deal&apos;s own currency</source>
        <translation>The amount the forecast counts, in the deal&apos;s own currency</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="154"/>
        <source>The same amount in the base currency (empty: no rate for its currency)</source>
        <translation>The same amount in the base currency (empty: no rate for its currency)</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="155"/>
        <source>The probability in force for the deal&apos;s stage</source>
        <translation>The probability in force for the deal&apos;s stage</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="156"/>
        <source>Amount in base × probability</source>
        <translation>Amount in base × probability</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="157"/>
        <source>The expected close day (a manager&apos;s override wins)</source>
        <translation>The expected close day (a manager&apos;s override wins)</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="171"/>
        <source>Overridden by a manager: {note}</source>
        <translation>Overridden by a manager: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="174"/>
        <source>No rate for {code}: left out of the totals</source>
        <translation>No rate for {code}: left out of the totals</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="303"/>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="343"/>
        <source>Per</source>
        <translation>Per</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="346"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="347"/>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="348"/>
        <source>Cut the forecast into months or quarters</source>
        <translation>Cut the forecast into months or quarters</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="354"/>
        <source>The whole team&apos;s forecast, or one member&apos;s deals</source>
        <translation>The whole team&apos;s forecast, or one member&apos;s deals</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="362"/>
        <source>Take snapshot</source>
        <translation>Take snapshot</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="365"/>
        <source>Keep what the forecast says now, to measure later how accurate it was</source>
        <translation>Keep what the forecast says now, to measure later how accurate it was</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="369"/>
        <source>Snapshots and accuracy…</source>
        <translation>Snapshots and accuracy…</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="372"/>
        <source>What each snapshot said against what was won: bias and error per period and owner</source>
        <translation>What each snapshot said against what was won: bias and error per period and owner</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="394"/>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="401"/>
        <source>Override forecast…</source>
        <translation>Override forecast…</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="404"/>
        <source>Put the selected deal in another category, with another amount or close day</source>
        <translation>Put the selected deal in another category, with another amount or close day</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="408"/>
        <source>Clear override</source>
        <translation>Clear override</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="410"/>
        <source>Let the deal&apos;s stage decide its category again</source>
        <translation>Let the deal&apos;s stage decide its category again</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="440"/>
        <source>No open deal is expected to close in these periods. Give your valid opportunities (P3 and later) an expected close on the board, and they are forecast here.</source>
        <translation>No open deal is expected to close in these periods. Give your valid opportunities (P3 and later) an expected close on the board, and they are forecast here.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="464"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="503"/>
        <source>{n} open deals have no expected close (listed below, not in the chart).</source>
        <translation>{n} open deals have no expected close (listed below, not in the chart).</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="509"/>
        <source>{n} open deals were expected to close before these periods.</source>
        <translation>{n} open deals were expected to close before these periods.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="520"/>
        <source>{n} deals behind the forecast</source>
        <translation>{n} deals behind the forecast</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="522"/>
        <source>Deals behind the forecast</source>
        <translation>Deals behind the forecast</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="537"/>
        <source>Nothing to forecast yet: give open deals an expected close, and win some, to see the forecast against what was won.</source>
        <translation>Nothing to forecast yet: give open deals an expected close, and win some, to see the forecast against what was won.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="557"/>
        <source>Forecast against won per quarter, in {base}</source>
        <translation>Forecast against won per quarter, in {base}</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="559"/>
        <source>Forecast against won per month, in {base}</source>
        <translation>Forecast against won per month, in {base}</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="568"/>
        <source>Showing the deals of {bar}.</source>
        <translation>Showing the deals of {bar}.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="613"/>
        <source>Override the forecast of “{deal}”</source>
        <translation>Override the forecast of “{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="630"/>
        <source>Clear the forecast override of “{deal}”</source>
        <translation>Clear the forecast override of “{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="634"/>
        <source>Take a forecast snapshot</source>
        <translation>Take a forecast snapshot</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/forecast_tab.py" line="636"/>
        <source>Forecast snapshot taken</source>
        <translation>Forecast snapshot taken</translation>
    </message>
</context>
<context>
    <name>FunnelTab</name>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="84"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="85"/>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="86"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="87"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="88"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="89"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="90"/>
        <source>Lead channel</source>
        <translation>Lead channel</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="96"/>
        <source>No grouping</source>
        <translation>No grouping</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="97"/>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="98"/>
        <source>By quarter</source>
        <translation>By quarter</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="99"/>
        <source>By year</source>
        <translation>By year</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="100"/>
        <source>By owner</source>
        <translation>By owner</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="101"/>
        <source>By industry</source>
        <translation>By industry</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="102"/>
        <source>By region</source>
        <translation>By region</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="103"/>
        <source>By lead channel</source>
        <translation>By lead channel</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="109"/>
        <source>learned</source>
        <translation>learned</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="110"/>
        <source>method</source>
        <translation>method</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="111"/>
        <source>set by hand</source>
        <translation>set by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="125"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="152"/>
        <source>Deals that entered the funnel on or after this day</source>
        <translation>Deals that entered the funnel on or after this day</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="153"/>
        <source>Deals that entered the funnel on or before this day</source>
        <translation>Deals that entered the funnel on or before this day</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="165"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="166"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="196"/>
        <source>Compare the win rate and cycle of groups of deals</source>
        <translation>Compare the win rate and cycle of groups of deals</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="201"/>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="206"/>
        <source>No deal entered the funnel in this period. Add deals on the funnel board.</source>
        <translation>No deal entered the funnel in this period. Add deals on the funnel board.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="203"/>
        <source>Deals that entered each stage</source>
        <translation>Deals that entered each stage</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="208"/>
        <source>Conversion rate per stage</source>
        <translation>Conversion rate per stage</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="211"/>
        <source>Move deals on the funnel board to see how long they stay in each stage.</source>
        <translation>Move deals on the funnel board to see how long they stay in each stage.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="213"/>
        <source>Days in stage (mean and median)</source>
        <translation>Days in stage (mean and median)</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="215"/>
        <source>Close some deals to see the win rate per group.</source>
        <translation>Close some deals to see the win rate per group.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="267"/>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="268"/>
        <source>All industries</source>
        <translation>All industries</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="269"/>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="272"/>
        <source>All lead channels</source>
        <translation>All lead channels</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="338"/>
        <source>Win rate — {grouping}</source>
        <translation>Win rate — {grouping}</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="353"/>
        <source>No deal closed yet with these filters: win rate and cycle length follow.</source>
        <translation>No deal closed yet with these filters: win rate and cycle length follow.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="356"/>
        <source>Win rate {win} ({won} won of {closed} closed) · cycle length: none measured yet (a won deal whose stage history starts in this workspace)</source>
        <translation>Win rate {win} ({won} won of {closed} closed) · cycle length: none measured yet (a won deal whose stage history starts in this workspace)</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="362"/>
        <source>Win rate {win} ({won} won of {closed} closed) · cycle from first stage to won: mean {mean} days, median {median} days</source>
        <translation>Win rate {win} ({won} won of {closed} closed) · cycle from first stage to won: mean {mean} days, median {median} days</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="388"/>
        <source>deals</source>
        <translation>deals</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="406"/>
        <source>% moved on</source>
        <translation>% moved on</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="421"/>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="426"/>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="430"/>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="451"/>
        <source>% won (closed deals)</source>
        <translation>% won (closed deals)</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="462"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="463"/>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="464"/>
        <source>Moved on</source>
        <translation>Moved on</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="465"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="466"/>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="467"/>
        <source>Mean days</source>
        <translation>Mean days</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="468"/>
        <source>Median days</source>
        <translation>Median days</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="469"/>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="489"/>
        <source>{p} · {source} ({n})</source>
        <translation>{p} · {source} ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="506"/>
        <source>Entered P1</source>
        <translation>Entered P1</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="507"/>
        <source>Entered P3</source>
        <translation>Entered P3</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="508"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="509"/>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="510"/>
        <source>Win rate</source>
        <translation>Win rate</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="511"/>
        <source>Mean cycle</source>
        <translation>Mean cycle</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/funnel_tab.py" line="512"/>
        <source>Median cycle</source>
        <translation>Median cycle</translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="96"/>
        <source>Data: {says}</source>
        <translation>Data: {says}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="98"/>
        <source>To do: {todo}</source>
        <translation>To do: {todo}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="108"/>
        <source>Answered by the deal&apos;s data, not by a tick ({id})</source>
        <translation>Answered by the deal&apos;s data, not by a tick ({id})</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="149"/>
        <source>Stage gate</source>
        <translation>Stage gate</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="154"/>
        <source>Move “{deal}” from {src} to {dst}?</source>
        <translation>Move “{deal}” from {src} to {dst}?</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="167"/>
        <source>The method asks for the following before the deal moves on. Tick what has been done, or force the move with a reason; the history keeps both. What the deal&apos;s data answers (✗) cannot be ticked: change the data first.</source>
        <translation>The method asks for the following before the deal moves on. Tick what has been done, or force the move with a reason; the history keeps both. What the deal&apos;s data answers (✗) cannot be ticked: change the data first.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="183"/>
        <source>Exit criteria of {stage}</source>
        <translation>Exit criteria of {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="193"/>
        <source>Tick it if it has been done: {id}</source>
        <translation>Tick it if it has been done: {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="199"/>
        <source>Five elements not verified yet (needed from P3 on)</source>
        <translation>Five elements not verified yet (needed from P3 on)</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="203"/>
        <source>Verify them in the deal panel: who checked, how and when.</source>
        <translation>Verify them in the deal panel: who checked, how and when.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="206"/>
        <source>Rules not met</source>
        <translation>Rules not met</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="210"/>
        <source>Still without a senior visit: {roles}</source>
        <translation>Still without a senior visit: {roles}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="231"/>
        <source>Reason for forcing the move (kept in the history)</source>
        <translation>Reason for forcing the move (kept in the history)</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="236"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="237"/>
        <source>Enabled once every requirement above is met</source>
        <translation>Enabled once every requirement above is met</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="238"/>
        <source>Force move</source>
        <translation>Force move</translation>
    </message>
    <message>
        <location filename="../../desktop/board/gate_dialog.py" line="240"/>
        <source>Move although requirements are unmet; needs a reason</source>
        <translation>Move although requirements are unmet; needs a reason</translation>
    </message>
</context>
<context>
    <name>ImportMenu</name>
    <message>
        <location filename="../../desktop/importing/menu.py" line="28"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/menu.py" line="31"/>
        <source>Import accounts, people, deals or activities from a CSV or Excel file</source>
        <translation>Import accounts, people, deals or activities from a CSV or Excel file</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/menu.py" line="42"/>
        <source>This workspace is open read-only: nothing can be imported</source>
        <translation>This workspace is open read-only: nothing can be imported</translation>
    </message>
</context>
<context>
    <name>ImportRule</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="855"/>
        <source>the same as an earlier row of the file</source>
        <translation>the same as an earlier row of the file</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="856"/>
        <source>the same account name once legal forms, width, case and punctuation are set aside</source>
        <translation>the same account name once legal forms, width, case and punctuation are set aside</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="860"/>
        <source>the same name at the same account, with the same phone or e-mail</source>
        <translation>the same name at the same account, with the same phone or e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="863"/>
        <source>a deal of the same name at the same account</source>
        <translation>a deal of the same name at the same account</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="864"/>
        <source>the same day, kind, deal and summary at the same account</source>
        <translation>the same day, kind, deal and summary at the same account</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/importing/commands.py" line="63"/>
        <source>Importing {rows} rows…</source>
        <translation>Importing {rows} rows…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/commands.py" line="79"/>
        <source>Importing {file} again…</source>
        <translation>Importing {file} again…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/commands.py" line="91"/>
        <source>Taking back the import of {file}…</source>
        <translation>Taking back the import of {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/commands.py" line="118"/>
        <location filename="../../desktop/importing/wizard.py" line="376"/>
        <location filename="../../desktop/importing/wizard.py" line="690"/>
        <location filename="../../desktop/importing/wizard.py" line="948"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/commands.py" line="119"/>
        <location filename="../../desktop/importing/wizard.py" line="374"/>
        <location filename="../../desktop/importing/wizard.py" line="688"/>
        <location filename="../../desktop/importing/wizard.py" line="936"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/models.py" line="124"/>
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/models.py" line="137"/>
        <source>(column {number} has no name)</source>
        <translation>(column {number} has no name)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/models.py" line="142"/>
        <location filename="../../desktop/importing/models.py" line="190"/>
        <source>Choose the field this column fills; * marks a required field</source>
        <translation>Choose the field this column fills; * marks a required field</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/models.py" line="170"/>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/models.py" line="170"/>
        <source>Goes into</source>
        <translation>Goes into</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/models.py" line="170"/>
        <source>Sample values</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/models.py" line="173"/>
        <source>The column&apos;s name in the file&apos;s first row</source>
        <translation>The column&apos;s name in the file&apos;s first row</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/models.py" line="174"/>
        <source>The field of the workspace this column fills; * marks a required field</source>
        <translation>The field of the workspace this column fills; * marks a required field</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/models.py" line="175"/>
        <source>The first values of this column in the file</source>
        <translation>The first values of this column in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="80"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="81"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="82"/>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="83"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="89"/>
        <source>Year, month, day (2027-01-05, 2027年1月5日)</source>
        <translation>Year, month, day (2027-01-05, 2027年1月5日)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="90"/>
        <source>Month/day/year (01/05/2027, as in the US)</source>
        <translation>Month/day/year (01/05/2027, as in the US)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="91"/>
        <source>Day/month/year (05/01/2027)</source>
        <translation>Day/month/year (05/01/2027)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="97"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="98"/>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="99"/>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="100"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="218"/>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="219"/>
        <source>A CSV or Excel (.xlsx) file with the column names in its first row and one record per row, such as an export from another CRM or a spreadsheet.</source>
        <translation>A CSV or Excel (.xlsx) file with the column names in its first row and one record per row, such as an export from another CRM or a spreadsheet.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="228"/>
        <source>No file chosen yet</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="229"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="231"/>
        <source>Choose a .csv or .xlsx file to import</source>
        <translation>Choose a .csv or .xlsx file to import</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="239"/>
        <source>The sheet of the workbook whose rows are imported</source>
        <translation>The sheet of the workbook whose rows are imported</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="243"/>
        <source>How the file&apos;s text is encoded. Found automatically (UTF-8 first, then GB18030); choose another if names look garbled.</source>
        <translation>How the file&apos;s text is encoded. Found automatically (UTF-8 first, then GB18030); choose another if names look garbled.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="249"/>
        <location filename="../../desktop/importing/wizard.py" line="310"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="250"/>
        <location filename="../../desktop/importing/wizard.py" line="311"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="251"/>
        <location filename="../../desktop/importing/wizard.py" line="312"/>
        <source>GB18030 (GBK, Chinese Windows)</source>
        <translation>GB18030 (GBK, Chinese Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="255"/>
        <source>The character between the columns; found automatically, or choose it</source>
        <translation>The character between the columns; found automatically, or choose it</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="262"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="263"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="264"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="267"/>
        <source>No file chosen yet. Click Choose… and pick a .csv or .xlsx file; the next step shows what its columns will become.</source>
        <translation>No file chosen yet. Click Choose… and pick a .csv or .xlsx file; the next step shows what its columns will become.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="287"/>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="288"/>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="289"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="290"/>
        <source>Vertical bar ( | )</source>
        <translation>Vertical bar ( | )</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="295"/>
        <source>Automatic: {found}</source>
        <translation>Automatic: {found}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="300"/>
        <location filename="../../desktop/importing/wizard.py" line="304"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="325"/>
        <source>Import from a file</source>
        <translation>Import from a file</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="360"/>
        <source>{file} cannot be read ({detail}). Check that it is there and not in use.</source>
        <translation>{file} cannot be read ({detail}). Check that it is there and not in use.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="375"/>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="383"/>
        <source>Reading the file was cancelled.</source>
        <translation>Reading the file was cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="395"/>
        <source>Read from {file}: rows {rows}, columns {columns}.</source>
        <translation>Read from {file}: rows {rows}, columns {columns}.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="399"/>
        <source>Dates in the {system} date system.</source>
        <translation>Dates in the {system} date system.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="403"/>
        <source>{file} has column names but no rows below them: there is nothing to import.</source>
        <translation>{file} has column names but no rows below them: there is nothing to import.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="429"/>
        <source>What the rows are, and where each column goes</source>
        <translation>What the rows are, and where each column goes</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="430"/>
        <source>Guessed from the column names; change any of them. Columns left “not imported” are ignored.</source>
        <translation>Guessed from the column names; change any of them. Columns left “not imported” are ignored.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="437"/>
        <source>What each row of the file describes</source>
        <translation>What each row of the file describes</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="444"/>
        <source>How the file writes dates whose numbers alone do not say (01/05/2027)</source>
        <translation>How the file writes dates whose numbers alone do not say (01/05/2027)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="451"/>
        <source>Each &amp;row is one of:</source>
        <translation>Each &amp;row is one of:</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="452"/>
        <source>&amp;Dates are written:</source>
        <translation>&amp;Dates are written:</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="570"/>
        <source>Still to choose (required): {fields}.</source>
        <translation>Still to choose (required): {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="574"/>
        <source>Each field takes one column; chosen more than once: {fields}.</source>
        <translation>Each field takes one column; chosen more than once: {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="578"/>
        <source>Required fields (*) all have a column: {fields}.</source>
        <translation>Required fields (*) all have a column: {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="594"/>
        <source>Preview: what the import would do</source>
        <translation>Preview: what the import would do</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="595"/>
        <source>A dry run over every row: nothing is written until you click Import.</source>
        <translation>A dry run over every row: nothing is written until you click Import.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="608"/>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="608"/>
        <location filename="../../desktop/importing/wizard.py" line="610"/>
        <location filename="../../desktop/importing/wizard.py" line="611"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="608"/>
        <source>Merges into</source>
        <translation>Merges into</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="608"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="610"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="610"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="610"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="611"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="611"/>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="618"/>
        <source>No duplicates: no row matches a record already there or another row of the file.</source>
        <translation>No duplicates: no row matches a record already there or another row of the file.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="621"/>
        <source>No rejected rows: every row can be imported.</source>
        <translation>No rejected rows: every row can be imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="623"/>
        <source>The file has no rows.</source>
        <translation>The file has no rows.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="628"/>
        <source>Rows that match a record already in the workspace, or an earlier row</source>
        <translation>Rows that match a record already in the workspace, or an earlier row</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="630"/>
        <source>Rows left out, with the line, column, value and reason</source>
        <translation>Rows left out, with the line, column, value and reason</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="631"/>
        <source>What happens to each row of the file</source>
        <translation>What happens to each row of the file</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="632"/>
        <source>&amp;Save error file…</source>
        <translation>&amp;Save error file…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="635"/>
        <source>Save the rejected rows as a CSV file to correct them (personal notes left out)</source>
        <translation>Save the rejected rows as a CSV file to correct them (personal notes left out)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="689"/>
        <source>Checking {rows} rows…</source>
        <translation>Checking {rows} rows…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="695"/>
        <source>The preview was cancelled; nothing was written.</source>
        <translation>The preview was cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="713"/>
        <source>Checking the rows…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="716"/>
        <source>{create} new · {merge} merged · {skip} skipped · {reject} rejected</source>
        <translation>{create} new · {merge} merged · {skip} skipped · {reject} rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="721"/>
        <source>New: records the import creates. Merged: rows that fill in a record already there. Skipped: rows with nothing new (imported before). Rejected: rows left out, listed with their reasons.</source>
        <translation>New: records the import creates. Merged: rows that fill in a record already there. Skipped: rows with nothing new (imported before). Rejected: rows left out, listed with their reasons.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="735"/>
        <source>Duplicates ({count})</source>
        <translation>Duplicates ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="735"/>
        <source>Rejected rows ({count})</source>
        <translation>Rejected rows ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="736"/>
        <source>All rows ({count})</source>
        <translation>All rows ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="746"/>
        <source>No row would be created or merged: there is nothing to import.</source>
        <translation>No row would be created or merged: there is nothing to import.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="748"/>
        <source>Import the new and merged rows as one step (undo takes it back)</source>
        <translation>Import the new and merged rows as one step (undo takes it back)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="769"/>
        <source>Save the rejected rows</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="771"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="785"/>
        <source>The error file could not be saved ({detail}).</source>
        <translation>The error file could not be saved ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="791"/>
        <source>Rejected rows saved to {file}.</source>
        <translation>Rejected rows saved to {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="802"/>
        <source>New accounts the rows name, created too ({count}): {names}</source>
        <translation>New accounts the rows name, created too ({count}): {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="806"/>
        <source>New competitors the rows name, created too ({count}): {names}</source>
        <translation>New competitors the rows name, created too ({count}): {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="810"/>
        <source>New team members the rows name as owners, created too ({count}): {names}</source>
        <translation>New team members the rows name as owners, created too ({count}): {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="812"/>
        <source>Not imported (no such field here): {names}</source>
        <translation>Not imported (no such field here): {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="829"/>
        <source>fills {fields}</source>
        <translation>fills {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="834"/>
        <source>keeps {field} “{current}” (the file says “{incoming}”)</source>
        <translation>keeps {field} “{current}” (the file says “{incoming}”)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="841"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="882"/>
        <source>{name} (line {line} of this file)</source>
        <translation>{name} (line {line} of this file)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="883"/>
        <source>{name} (already in the workspace)</source>
        <translation>{name} (already in the workspace)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="898"/>
        <source>(personal, not shown)</source>
        <translation>(personal, not shown)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="945"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="946"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="947"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="957"/>
        <source>Import of {file} ({create} new, {merge} merged)</source>
        <translation>Import of {file} ({create} new, {merge} merged)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="966"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>InstalmentDialog</name>
    <message>
        <location filename="../../desktop/board/payments.py" line="147"/>
        <source>Add an instalment</source>
        <translation>Add an instalment</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="147"/>
        <source>Edit an instalment</source>
        <translation>Edit an instalment</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="157"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="158"/>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="170"/>
        <source>{share:.0%} of the contract value</source>
        <translation>{share:.0%} of the contract value</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="172"/>
        <source>{share:.0%} of the deal amount</source>
        <translation>{share:.0%} of the deal amount</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/labels.py" line="60"/>
        <source>Public organisation</source>
        <translation>Public organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="61"/>
        <source>State-owned enterprise</source>
        <translation>State-owned enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="62"/>
        <source>Foreign-owned or joint venture</source>
        <translation>Foreign-owned or joint venture</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="63"/>
        <source>Private enterprise</source>
        <translation>Private enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="67"/>
        <source>Extra-large</source>
        <translation>Extra-large</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="68"/>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="69"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="70"/>
        <source>Small or micro</source>
        <translation>Small or micro</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="74"/>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="75"/>
        <source>Through a partner</source>
        <translation>Through a partner</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="79"/>
        <source>Sells and services on its own</source>
        <translation>Sells and services on its own</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="80"/>
        <source>OEM partner</source>
        <translation>OEM partner</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="81"/>
        <source>Relationship-only partner</source>
        <translation>Relationship-only partner</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="85"/>
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="86"/>
        <source>Presales</source>
        <translation>Presales</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="87"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="88"/>
        <source>Executive</source>
        <translation>Executive</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="92"/>
        <source>Key decision maker (KDM)</source>
        <translation>Key decision maker (KDM)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="93"/>
        <source>Key influencer (KI)</source>
        <translation>Key influencer (KI)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="94"/>
        <source>Key user (KU)</source>
        <translation>Key user (KU)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="95"/>
        <source>Purchase lead contact (LEAD)</source>
        <translation>Purchase lead contact (LEAD)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="96"/>
        <source>Tender evaluator (EVAL)</source>
        <translation>Tender evaluator (EVAL)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="100"/>
        <source>KDM</source>
        <translation>KDM</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="101"/>
        <source>KI</source>
        <translation>KI</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="102"/>
        <source>KU</source>
        <translation>KU</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="103"/>
        <source>LEAD</source>
        <translation>LEAD</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="104"/>
        <source>EVAL</source>
        <translation>EVAL</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="108"/>
        <source>Strong opponent</source>
        <translation>Strong opponent</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="109"/>
        <source>Opponent</source>
        <translation>Opponent</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="110"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="111"/>
        <source>Supporter</source>
        <translation>Supporter</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="112"/>
        <source>Strong supporter</source>
        <translation>Strong supporter</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="119"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="120"/>
        <source>Middle management</source>
        <translation>Middle management</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="121"/>
        <source>Senior management</source>
        <translation>Senior management</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="122"/>
        <source>Top management</source>
        <translation>Top management</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="126"/>
        <source>Rep level</source>
        <translation>Rep level</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="127"/>
        <source>Manager level</source>
        <translation>Manager level</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="128"/>
        <source>Executive level</source>
        <translation>Executive level</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="132"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="133"/>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="134"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="135"/>
        <source>Shelved</source>
        <translation>Shelved</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="139"/>
        <source>Existing customer</source>
        <translation>Existing customer</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="140"/>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="141"/>
        <source>Dormant customer</source>
        <translation>Dormant customer</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="145"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="146"/>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="147"/>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="148"/>
        <source>Discarded</source>
        <translation>Discarded</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="152"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="153"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="154"/>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="155"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="156"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="157"/>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="158"/>
        <source>Reference-customer visit</source>
        <translation>Reference-customer visit</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="159"/>
        <source>Visit to our headquarters</source>
        <translation>Visit to our headquarters</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="160"/>
        <source>Tender event</source>
        <translation>Tender event</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="161"/>
        <location filename="../../desktop/labels.py" line="183"/>
        <location filename="../../desktop/labels.py" line="195"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="165"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="166"/>
        <source>Claimed, not verified</source>
        <translation>Claimed, not verified</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="167"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="171"/>
        <source>In a visit</source>
        <translation>In a visit</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="172"/>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="173"/>
        <source>By mail</source>
        <translation>By mail</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="174"/>
        <source>On WeChat</source>
        <translation>On WeChat</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="179"/>
        <source>Leads the purchase</source>
        <translation>Leads the purchase</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="180"/>
        <source>Influencing department</source>
        <translation>Influencing department</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="181"/>
        <source>Technical department</source>
        <translation>Technical department</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="182"/>
        <source>Using department</source>
        <translation>Using department</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="188"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="189"/>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="190"/>
        <source>Product fit</source>
        <translation>Product fit</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="191"/>
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="192"/>
        <source>No decision</source>
        <translation>No decision</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="193"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="194"/>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="200"/>
        <source>Lower than ours</source>
        <translation>Lower than ours</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="201"/>
        <source>Similar to ours</source>
        <translation>Similar to ours</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="202"/>
        <source>Higher than ours</source>
        <translation>Higher than ours</translation>
    </message>
</context>
<context>
    <name>LeadEditor</name>
    <message>
        <location filename="../../desktop/pages/leads.py" line="94"/>
        <source>Convert to opportunity…</source>
        <translation>Convert to opportunity…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="116"/>
        <source>What P2 asks before a lead becomes an opportunity</source>
        <translation>What P2 asks before a lead becomes an opportunity</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="119"/>
        <source>Exit criteria</source>
        <translation>Exit criteria</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="123"/>
        <source>Key actions of the rep</source>
        <translation>Key actions of the rep</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="127"/>
        <source>Key actions of presales</source>
        <translation>Key actions of presales</translation>
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message>
        <location filename="../../desktop/leads/form.py" line="64"/>
        <source>An account, or a new company&apos;s name</source>
        <translation>An account, or a new company&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/form.py" line="72"/>
        <source>Pick one of the workspace&apos;s accounts (type to search) or type a new company&apos;s name; a new name becomes an account when the lead is converted</source>
        <translation>Pick one of the workspace&apos;s accounts (type to search) or type a new company&apos;s name; a new name becomes an account when the lead is converted</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/form.py" line="91"/>
        <source>Which event, who referred it, which website…</source>
        <translation>Which event, who referred it, which website…</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/form.py" line="98"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/form.py" line="110"/>
        <source>&amp;Company</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/form.py" line="111"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/form.py" line="112"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/form.py" line="113"/>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/form.py" line="114"/>
        <source>Con&amp;tact</source>
        <translation>Con&amp;tact</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/form.py" line="115"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/form.py" line="116"/>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/form.py" line="117"/>
        <source>&amp;Owner</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/form.py" line="118"/>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/form.py" line="119"/>
        <source>&amp;Received</source>
        <translation>&amp;Received</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/form.py" line="120"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/form.py" line="126"/>
        <source>The company&apos;s rules for leads: they are never protected and never counted.</source>
        <translation>The company&apos;s rules for leads: they are never protected and never counted.</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/form.py" line="168"/>
        <source>— nobody —</source>
        <translation>— nobody —</translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message>
        <location filename="../../desktop/pages/leads.py" line="159"/>
        <source>New lead…</source>
        <translation>New lead…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="160"/>
        <source>Capture a lead: where it came from, the company and whom to contact</source>
        <translation>Capture a lead: where it came from, the company and whom to contact</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="168"/>
        <source>Delete lead</source>
        <translation>Delete lead</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="169"/>
        <source>Delete the selected lead (undo brings it back)</source>
        <translation>Delete the selected lead (undo brings it back)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="177"/>
        <source>Convert to opportunity…</source>
        <translation>Convert to opportunity…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="178"/>
        <source>Make the selected lead a valid opportunity in P3, with its five elements</source>
        <translation>Make the selected lead a valid opportunity in P3, with its five elements</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="197"/>
        <source>No leads yet</source>
        <translation>No leads yet</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="199"/>
        <source>Capture every lead as it comes: a customer&apos;s new need, a referral, a contact met at an event, a call or a web enquiry. Note its channel so you can see which channels turn leads into opportunities. Leads are neither protected nor counted: anyone may follow one up.</source>
        <translation>Capture every lead as it comes: a customer&apos;s new need, a referral, a contact met at an event, a call or a web enquiry. Note its channel so you can see which channels turn leads into opportunities. Leads are neither protected nor counted: anyone may follow one up.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="204"/>
        <source>Capture the first lead (Ctrl+Shift+N)</source>
        <translation>Capture the first lead (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="215"/>
        <source>Search company, contact, source or note (Ctrl+F)</source>
        <translation>Search company, contact, source or note (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="220"/>
        <source>Any channel</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="225"/>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="230"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="235"/>
        <location filename="../../desktop/pages/leads.py" line="363"/>
        <source>Any owner</source>
        <translation>Any owner</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="267"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="270"/>
        <source>Channel yield</source>
        <translation>Channel yield</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="396"/>
        <source>1 lead</source>
        <translation>1 lead</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="396"/>
        <source>{n} leads</source>
        <translation>{n} leads</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="397"/>
        <source>{shown} of {n} shown</source>
        <translation>{shown} of {n} shown</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="413"/>
        <source>No lead selected</source>
        <translation>No lead selected</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="420"/>
        <source>Became the opportunity “{deal}”, now in {stage}.</source>
        <translation>Became the opportunity “{deal}”, now in {stage}.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="427"/>
        <source>{company} is not an account yet; converting creates it.</source>
        <translation>{company} is not an account yet; converting creates it.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="448"/>
        <source>Edit the lead from {company}</source>
        <translation>Edit the lead from {company}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="462"/>
        <source>Capture a lead from {company}</source>
        <translation>Capture a lead from {company}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="476"/>
        <source>Delete the lead from {company}</source>
        <translation>Delete the lead from {company}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="480"/>
        <source>Deleted the lead from {company}. Undo brings it back.</source>
        <translation>Deleted the lead from {company}. Undo brings it back.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="491"/>
        <source>This lead already became the opportunity “{deal}”.</source>
        <translation>This lead already became the opportunity “{deal}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="498"/>
        <source>Convert the lead from {company} into an opportunity</source>
        <translation>Convert the lead from {company} into an opportunity</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/leads.py" line="505"/>
        <source>“{deal}” is now an opportunity in P3 on the funnel board.</source>
        <translation>“{deal}” is now an opportunity in P3 on the funnel board.</translation>
    </message>
</context>
<context>
    <name>LeadsTable</name>
    <message>
        <location filename="../../desktop/leads/table.py" line="41"/>
        <source>Dormant</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/table.py" line="41"/>
        <source>Existing</source>
        <translation>Existing</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/table.py" line="41"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/table.py" line="58"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/table.py" line="59"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/table.py" line="60"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/table.py" line="61"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/table.py" line="62"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/table.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/table.py" line="64"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/table.py" line="65"/>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/table.py" line="71"/>
        <source>The day the lead came in</source>
        <translation>The day the lead came in</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/table.py" line="72"/>
        <source>The account, or the company name as it was given</source>
        <translation>The account, or the company name as it was given</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/table.py" line="73"/>
        <source>Who to talk to</source>
        <translation>Who to talk to</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/table.py" line="74"/>
        <source>Where the lead came from: one of the method&apos;s ten channels</source>
        <translation>Where the lead came from: one of the method&apos;s ten channels</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/table.py" line="75"/>
        <source>Existing, new or dormant customer</source>
        <translation>Existing, new or dormant customer</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/table.py" line="76"/>
        <source>New, contacted, converted into an opportunity, or discarded</source>
        <translation>New, contacted, converted into an opportunity, or discarded</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/table.py" line="77"/>
        <source>Who follows the lead up (leads are not protected: anyone may)</source>
        <translation>Who follows the lead up (leads are not protected: anyone may)</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/table.py" line="78"/>
        <source>The deal the lead became, and its stage</source>
        <translation>The deal the lead became, and its stage</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/table.py" line="105"/>
        <source>Not an account yet: converting the lead creates it</source>
        <translation>Not an account yet: converting the lead creates it</translation>
    </message>
</context>
<context>
    <name>LeftOnEdit</name>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="121"/>
        <source>Has left, on</source>
        <translation>Has left, on</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../desktop/legend_help.py" line="195"/>
        <source>Five elements</source>
        <translation>Five elements</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="195"/>
        <source>One dot per element of a valid opportunity verified; all five turn green.</source>
        <translation>One dot per element of a valid opportunity verified; all five turn green.</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="197"/>
        <source>Exit criteria</source>
        <translation>Exit criteria</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="197"/>
        <source>Exit criteria of the deal&apos;s stage met, of all; green when all are met.</source>
        <translation>Exit criteria of the deal&apos;s stage met, of all; green when all are met.</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="200"/>
        <source>We have a coach inside the customer.</source>
        <translation>We have a coach inside the customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="201"/>
        <source>No coach</source>
        <translation>No coach</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="202"/>
        <source>No coach yet: an outlined badge.</source>
        <translation>No coach yet: an outlined badge.</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="203"/>
        <source>How the key decision maker stands toward us, from −2 (strong opponent) to +2 (strong supporter); ? when no KDM is named.</source>
        <translation>How the key decision maker stands toward us, from −2 (strong opponent) to +2 (strong supporter); ? when no KDM is named.</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="207"/>
        <source>A forced move: moved past an unmet gate by someone without a manager role. A manager approves it or reverts it; the card also has an amber strip.</source>
        <translation>A forced move: moved past an unmet gate by someone without a manager role. A manager approves it or reverts it; the card also has an amber strip.</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="209"/>
        <source>Method rules not met, or &quot;not yours yet&quot; warnings; click the badge to read about them in the method.</source>
        <translation>Method rules not met, or &quot;not yours yet&quot; warnings; click the badge to read about them in the method.</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="209"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="213"/>
        <source>Days in stage</source>
        <translation>Days in stage</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="214"/>
        <source>Days in the stage; amber when longer than the stage usually takes.</source>
        <translation>Days in the stage; amber when longer than the stage usually takes.</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="215"/>
        <source>Closing date</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="215"/>
        <source>In red: the expected closing date has passed.</source>
        <translation>In red: the expected closing date has passed.</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="217"/>
        <source>A strip on the left: the deal is closed (green won, red lost, grey shelved).</source>
        <translation>A strip on the left: the deal is closed (green won, red lost, grey shelved).</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="217"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="238"/>
        <source>Support toward us: {label}</source>
        <translation>Support toward us: {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="241"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="242"/>
        <source>Guides us inside the customer.</source>
        <translation>Guides us inside the customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="243"/>
        <source>Insider</source>
        <translation>Insider</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="244"/>
        <source>One of the customer&apos;s people close to us.</source>
        <translation>One of the customer&apos;s people close to us.</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="245"/>
        <source>Backs a competitor</source>
        <translation>Backs a competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="246"/>
        <source>The card has this border.</source>
        <translation>The card has this border.</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="247"/>
        <source>Reports to</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="248"/>
        <source>From a person to their manager.</source>
        <translation>From a person to their manager.</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="250"/>
        <source>Influences</source>
        <translation>Influences</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="251"/>
        <source>The arrow points to the one influenced; thicker is stronger.</source>
        <translation>The arrow points to the one influenced; thicker is stronger.</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="253"/>
        <source>A member of our team knows the person.</source>
        <translation>A member of our team knows the person.</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="253"/>
        <source>Our relationship</source>
        <translation>Our relationship</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="254"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="255"/>
        <source>A way from our people to the target; the strongest is the darkest.</source>
        <translation>A way from our people to the target; the strongest is the darkest.</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="279"/>
        <source>Cards on the funnel board</source>
        <translation>Cards on the funnel board</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="281"/>
        <source>Symbols on the org map</source>
        <translation>Symbols on the org map</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="282"/>
        <source>The map draws this legend in its corner, too:</source>
        <translation>The map draws this legend in its corner, too:</translation>
    </message>
    <message>
        <location filename="../../desktop/legend_help.py" line="303"/>
        <location filename="../../desktop/legend_help.py" line="317"/>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
</context>
<context>
    <name>LiveStatus</name>
    <message>
        <location filename="../../desktop/team/live.py" line="65"/>
        <source>Team database · live</source>
        <translation>Team database · live</translation>
    </message>
    <message>
        <location filename="../../desktop/team/live.py" line="66"/>
        <source>Changes the others save appear here as they are saved.</source>
        <translation>Changes the others save appear here as they are saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/team/live.py" line="68"/>
        <source>Team database · reconnecting…</source>
        <translation>Team database · reconnecting…</translation>
    </message>
    <message>
        <location filename="../../desktop/team/live.py" line="71"/>
        <source>The connection that tells of others&apos; changes was lost; trying again. Once it is back, everything shown is read again.</source>
        <translation>The connection that tells of others&apos; changes was lost; trying again. Once it is back, everything shown is read again.</translation>
    </message>
    <message>
        <location filename="../../desktop/team/live.py" line="76"/>
        <source>Team database · connecting…</source>
        <translation>Team database · connecting…</translation>
    </message>
    <message>
        <location filename="../../desktop/team/live.py" line="77"/>
        <source>Connecting to the server to hear of others&apos; changes.</source>
        <translation>Connecting to the server to hear of others&apos; changes.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/app.py" line="349"/>
        <location filename="../../desktop/app.py" line="380"/>
        <location filename="../../desktop/app.py" line="546"/>
        <location filename="../../desktop/app.py" line="601"/>
        <source>Cannot open workspace</source>
        <translation>Cannot open workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="53"/>
        <location filename="../../desktop/mainwindow.py" line="407"/>
        <source>Key Account Navigator</source>
        <translation>Key Account Navigator</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="64"/>
        <source>Key Account Navigator (*.kan);;SQLite (*.db *.sqlite);;*</source>
        <translation>Key Account Navigator (*.kan);;SQLite (*.db *.sqlite);;*</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="147"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="150"/>
        <source>Create an empty workspace file</source>
        <translation>Create an empty workspace file</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="154"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="157"/>
        <source>Open a workspace file</source>
        <translation>Open a workspace file</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="161"/>
        <source>Open the &amp;sample workspace</source>
        <translation>Open the &amp;sample workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="164"/>
        <source>A ready-made workspace to try the method on</source>
        <translation>A ready-made workspace to try the method on</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="167"/>
        <source>Restore from &amp;backup…</source>
        <translation>Restore from &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="170"/>
        <source>The workspace&apos;s daily and pre-upgrade backups: look at one or restore it</source>
        <translation>The workspace&apos;s daily and pre-upgrade backups: look at one or restore it</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="173"/>
        <source>&amp;Close workspace</source>
        <translation>&amp;Close workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="178"/>
        <source>I &amp;am…</source>
        <translation>I &amp;am…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="181"/>
        <source>Say which team member you are in this workspace</source>
        <translation>Say which team member you are in this workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="183"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="185"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="188"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="191"/>
        <source>Undo &amp;history</source>
        <translation>Undo &amp;history</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="194"/>
        <source>Every change of this session, to step back to any point</source>
        <translation>Every change of this session, to step back to any point</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="196"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="198"/>
        <source>&amp;Go to…</source>
        <translation>&amp;Go to…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="201"/>
        <source>Find an account, person or deal by name, pinyin initials or phone</source>
        <translation>Find an account, person or deal by name, pinyin initials or phone</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="204"/>
        <source>&amp;Log activity…</source>
        <translation>&amp;Log activity…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="209"/>
        <source>Log a visit, call or event, pre-filled with what the view has selected</source>
        <translation>Log a visit, call or event, pre-filled with what the view has selected</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="212"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="215"/>
        <source>Print the current view, with a preview first</source>
        <translation>Print the current view, with a preview first</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="218"/>
        <source>&amp;Legend</source>
        <translation>&amp;Legend</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="221"/>
        <source>What the card badges and the map&apos;s symbols mean</source>
        <translation>What the card badges and the map&apos;s symbols mean</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="224"/>
        <source>Co&amp;mpetitors…</source>
        <translation>Co&amp;mpetitors…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="227"/>
        <source>The competitors we meet: profiles, and how often we win against each</source>
        <translation>The competitors we meet: profiles, and how often we win against each</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="230"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="233"/>
        <source>Language, currency, protection period, stage probabilities</source>
        <translation>Language, currency, protection period, stage probabilities</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="236"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="239"/>
        <source>&amp;Presentation mode…</source>
        <translation>&amp;Presentation mode…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="242"/>
        <source>Full screen, large type: step through the accounts of a segment or owner</source>
        <translation>Full screen, large type: step through the accounts of a segment or owner</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="245"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="248"/>
        <source>Larger text, for a projector</source>
        <translation>Larger text, for a projector</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="251"/>
        <source>S&amp;maller text</source>
        <translation>S&amp;maller text</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="253"/>
        <source>&amp;About Key Account Navigator</source>
        <translation>&amp;About Key Account Navigator</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="255"/>
        <source>&amp;Help on this view</source>
        <translation>&amp;Help on this view</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="258"/>
        <source>What this view is for, its actions and keys, and its part of the method</source>
        <translation>What this view is for, its actions and keys, and its part of the method</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="261"/>
        <source>The &amp;method</source>
        <translation>The &amp;method</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="264"/>
        <source>Every stage, exit criterion, key action, rule and warning of the method</source>
        <translation>Every stage, exit criterion, key action, rule and warning of the method</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="269"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="271"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="283"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="292"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="310"/>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="311"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="319"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="338"/>
        <source>Read-only: {why}. You can look, not edit.</source>
        <translation>Read-only: {why}. You can look, not edit.</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="341"/>
        <source>Also open by {who}. Their edits show here as views refresh; undo never overwrites them.</source>
        <translation>Also open by {who}. Their edits show here as views refresh; undo never overwrites them.</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="423"/>
        <source>{name} (read-only) — Key Account Navigator</source>
        <translation>{name} (read-only) — Key Account Navigator</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="425"/>
        <location filename="../../desktop/mainwindow.py" line="495"/>
        <source>{name} — Key Account Navigator</source>
        <translation>{name} — Key Account Navigator</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="552"/>
        <source>Redone: {what} — {keys} to undo</source>
        <translation>Redone: {what} — {keys} to undo</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="554"/>
        <source>{what} — {keys} to undo</source>
        <translation>{what} — {keys} to undo</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="560"/>
        <source>Undone: {what} — {keys} to redo</source>
        <translation>Undone: {what} — {keys} to redo</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="566"/>
        <source>Undo {what}</source>
        <translation>Undo {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="569"/>
        <source>Redo {what}</source>
        <translation>Redo {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="592"/>
        <source>Me: not chosen</source>
        <translation>Me: not chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="594"/>
        <source>Say which team member you are, so that your changes carry your name</source>
        <translation>Say which team member you are, so that your changes carry your name</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="597"/>
        <source>Me: {name}</source>
        <translation>Me: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="599"/>
        <source>You act as {name} ({role}) in this workspace. Click to change.</source>
        <translation>You act as {name} ({role}) in this workspace. Click to change.</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="770"/>
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="780"/>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="797"/>
        <source>No recent workspaces</source>
        <translation>No recent workspaces</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="807"/>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="814"/>
        <source>Undo history</source>
        <translation>Undo history</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="815"/>
        <source>&lt;opened workspace&gt;</source>
        <translation>&lt;opened workspace&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="870"/>
        <source>Go to a view (in the order of the list on the left)</source>
        <translation>Go to a view (in the order of the list on the left)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="871"/>
        <source>{first} … {last}</source>
        <translation>{first} … {last}</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="915"/>
        <source>About Key Account Navigator</source>
        <translation>About Key Account Navigator</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="917"/>
        <source>Key Account Navigator helps a sales team win large enterprise deals with the seven-step method: from target customers and leads to a signed contract and the first payment.</source>
        <translation>Key Account Navigator helps a sales team win large enterprise deals with the seven-step method: from target customers and leads to a signed contract and the first payment.</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../desktop/pages/map.py" line="364"/>
        <location filename="../../desktop/pages/map.py" line="1449"/>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="365"/>
        <source>Add a person to this customer&apos;s map</source>
        <translation>Add a person to this customer&apos;s map</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="370"/>
        <source>Link mode</source>
        <translation>Link mode</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="371"/>
        <source>Drag from one card to another to link them; Shift+drag does it any time</source>
        <translation>Drag from one card to another to link them; Shift+drag does it any time</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="377"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="378"/>
        <source>Delete the selected people; undo brings them back</source>
        <translation>Delete the selected people; undo brings them back</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="384"/>
        <source>Tidy up</source>
        <translation>Tidy up</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="385"/>
        <source>Place everyone nobody has placed yet in a tidy tree; your placements stay</source>
        <translation>Place everyone nobody has placed yet in a tidy tree; your placements stay</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="390"/>
        <location filename="../../desktop/pages/map.py" line="1428"/>
        <source>Re-layout everyone</source>
        <translation>Re-layout everyone</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="391"/>
        <source>Lay out the whole chart afresh, also the cards you placed (undo restores)</source>
        <translation>Lay out the whole chart afresh, also the cards you placed (undo restores)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="395"/>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="395"/>
        <source>Show the whole map</source>
        <translation>Show the whole map</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="398"/>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="399"/>
        <source>Light up the strongest routes from our side to the decision maker</source>
        <translation>Light up the strongest routes from our side to the decision maker</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="405"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="410"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="413"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="414"/>
        <source>Save the map as PNG, SVG or PDF</source>
        <translation>Save the map as PNG, SVG or PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="454"/>
        <source>The account whose decision chain is shown: type part of its name to find it</source>
        <translation>The account whose decision chain is shown: type part of its name to find it</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="461"/>
        <source>Type to find an account…</source>
        <translation>Type to find an account…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="475"/>
        <source>The whole account, or one open deal with the roles people play in it</source>
        <translation>The whole account, or one open deal with the roles people play in it</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="483"/>
        <source>Find a person…</source>
        <translation>Find a person…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="486"/>
        <source>Type a name and press Enter: the card is centred and selected</source>
        <translation>Type a name and press Enter: the card is centred and selected</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="493"/>
        <source>Zoom: Ctrl+wheel or +/−; Ctrl+0 fits the map</source>
        <translation>Zoom: Ctrl+wheel or +/−; Ctrl+0 fits the map</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="495"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="497"/>
        <source>Seen from</source>
        <translation>Seen from</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="512"/>
        <source>No accounts yet</source>
        <translation>No accounts yet</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="514"/>
        <source>Add an account on the Accounts page, then its people: who decides, who influences, who uses. Their decision chain is drawn here.</source>
        <translation>Add an account on the Accounts page, then its people: who decides, who influences, who uses. Their decision chain is drawn here.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="527"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="528"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="529"/>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="530"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="531"/>
        <source>Edit the selected person and their links</source>
        <translation>Edit the selected person and their links</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="532"/>
        <source>The strongest routes to the decision maker</source>
        <translation>The strongest routes to the decision maker</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="533"/>
        <source>Coverage of the decision chain, risks, whom to see</source>
        <translation>Coverage of the decision chain, risks, whom to see</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="534"/>
        <source>Who joined or left, whose support changed</source>
        <translation>Who joined or left, whose support changed</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="592"/>
        <source>{name} ({n} people)</source>
        <translation>{name} ({n} people)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="632"/>
        <source>The whole account</source>
        <translation>The whole account</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="659"/>
        <source>No account called “{text}”.</source>
        <translation>No account called “{text}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="758"/>
        <source>Drawing {shown} of {total} people…</source>
        <translation>Drawing {shown} of {total} people…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="978"/>
        <source>Double-click anywhere to add the first person of this customer.</source>
        <translation>Double-click anywhere to add the first person of this customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1069"/>
        <source>Org map</source>
        <translation>Org map</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1329"/>
        <source>Select one card on the map first.</source>
        <translation>Select one card on the map first.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1374"/>
        <source>Nobody called “{text}” on this map.</source>
        <translation>Nobody called “{text}” on this map.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1403"/>
        <source>Move {name}</source>
        <translation>Move {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1405"/>
        <source>Move {n} people</source>
        <translation>Move {n} people</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1426"/>
        <source>Everyone already has a place.</source>
        <translation>Everyone already has a place.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1428"/>
        <source>Tidy up the map</source>
        <translation>Tidy up the map</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1443"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1477"/>
        <location filename="../../desktop/pages/map.py" line="1489"/>
        <source>Delete {name}</source>
        <translation>Delete {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1479"/>
        <source>Delete {n} people</source>
        <translation>Delete {n} people</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1499"/>
        <source>Deleted {n} — Ctrl+Z brings them back.</source>
        <translation>Deleted {n} — Ctrl+Z brings them back.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1500"/>
        <source>{n} people</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1529"/>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1532"/>
        <source>Routes to this person</source>
        <translation>Routes to this person</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1552"/>
        <source>Add person here</source>
        <translation>Add person here</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1584"/>
        <source>{person} on “{deal}”: {role}</source>
        <translation>{person} on “{deal}”: {role}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1588"/>
        <source>{person} is not on “{deal}” yet</source>
        <translation>{person} is not on “{deal}” yet</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1602"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1602"/>
        <source>Role on this deal</source>
        <translation>Role on this deal</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1608"/>
        <source>Take off this deal</source>
        <translation>Take off this deal</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1610"/>
        <source>No role in the decision chain</source>
        <translation>No role in the decision chain</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1613"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1623"/>
        <source>Backs competitor</source>
        <translation>Backs competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1625"/>
        <source>No competitor</source>
        <translation>No competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1634"/>
        <source>Insider</source>
        <translation>Insider</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1635"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1650"/>
        <source>Link mode: drag from one card to another. Esc stops.</source>
        <translation>Link mode: drag from one card to another. Esc stops.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1662"/>
        <source>{member} knows {person}:</source>
        <translation>{member} knows {person}:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1666"/>
        <source>close</source>
        <translation>close</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1666"/>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1666"/>
        <source>slight</source>
        <translation>slight</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1671"/>
        <location filename="../../desktop/pages/map.py" line="1701"/>
        <source>{a} reports to {b}</source>
        <translation>{a} reports to {b}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1674"/>
        <source>{a} influences {b}:</source>
        <translation>{a} influences {b}:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1678"/>
        <source>a little</source>
        <translation>a little</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1678"/>
        <source>somewhat</source>
        <translation>somewhat</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1678"/>
        <source>strongly</source>
        <translation>strongly</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1690"/>
        <source>Links between our own people are kept on the Team page.</source>
        <translation>Links between our own people are kept on the Team page.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1713"/>
        <source>{member} knows {person}</source>
        <translation>{member} knows {person}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1730"/>
        <source>{a} influences {b}</source>
        <translation>{a} influences {b}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1802"/>
        <source>{account} — {deal}</source>
        <translation>{account} — {deal}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1809"/>
        <location filename="../../desktop/pages/map.py" line="1821"/>
        <source>Export the map</source>
        <translation>Export the map</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1823"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/map.py" line="1829"/>
        <source>Map saved to {path}.</source>
        <translation>Map saved to {path}.</translation>
    </message>
</context>
<context>
    <name>MapWorker</name>
    <message>
        <location filename="../../desktop/map/worker.py" line="76"/>
        <source>The map&apos;s layout and analysis could not be brought up to date ({kind}). The map shows what it read before; pick the account again to retry.</source>
        <translation>The map&apos;s layout and analysis could not be brought up to date ({kind}). The map shows what it read before; pick the account again to retry.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/worker.py" line="86"/>
        <source>The helper that lays out big maps stopped unexpectedly. The map shows what it read before; pick the account again to retry.</source>
        <translation>The helper that lays out big maps stopped unexpectedly. The map shows what it read before; pick the account again to retry.</translation>
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
    <name>MethodHelp</name>
    <message>
        <location filename="../../desktop/method_help.py" line="72"/>
        <source>Exit criteria</source>
        <translation>Exit criteria</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="73"/>
        <source>Key actions of the sales rep</source>
        <translation>Key actions of the sales rep</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="74"/>
        <source>Key actions of presales</source>
        <translation>Key actions of presales</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="75"/>
        <source>Key actions of the manager</source>
        <translation>Key actions of the manager</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="76"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="77"/>
        <source>Kinds of lead</source>
        <translation>Kinds of lead</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="78"/>
        <source>What counts as a lead</source>
        <translation>What counts as a lead</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="79"/>
        <source>Lead channels</source>
        <translation>Lead channels</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="80"/>
        <source>Five elements of a valid opportunity</source>
        <translation>Five elements of a valid opportunity</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="81"/>
        <source>Confirming an opportunity</source>
        <translation>Confirming an opportunity</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="82"/>
        <source>Self-check when opportunities are few</source>
        <translation>Self-check when opportunities are few</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="83"/>
        <source>Not yours yet</source>
        <translation>Not yours yet</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="84"/>
        <source>Traits of a key account</source>
        <translation>Traits of a key account</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="85"/>
        <source>Account attributes</source>
        <translation>Account attributes</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="86"/>
        <source>Kinds of channel partner</source>
        <translation>Kinds of channel partner</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="87"/>
        <source>What a key account is worth to us</source>
        <translation>What a key account is worth to us</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="88"/>
        <source>Internal key customers</source>
        <translation>Internal key customers</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="89"/>
        <source>Roles in the decision chain</source>
        <translation>Roles in the decision chain</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="90"/>
        <source>Relations to us</source>
        <translation>Relations to us</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="91"/>
        <source>What to know about a person</source>
        <translation>What to know about a person</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="92"/>
        <location filename="../../desktop/method_help.py" line="275"/>
        <location filename="../../desktop/method_help.py" line="334"/>
        <source>What the method is for</source>
        <translation>What the method is for</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="98"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="98"/>
        <source>Presales</source>
        <translation>Presales</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="98"/>
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="147"/>
        <source>{stage} exit criterion {n}</source>
        <translation>{stage} exit criterion {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="149"/>
        <source>{stage} rule {n}</source>
        <translation>{stage} rule {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="151"/>
        <source>Five elements {n}</source>
        <translation>Five elements {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="154"/>
        <source>{group} {n}</source>
        <translation>{group} {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="210"/>
        <source>(among the most effective)</source>
        <translation>(among the most effective)</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="212"/>
        <source>(sensitive: never exported or logged)</source>
        <translation>(sensitive: never exported or logged)</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="214"/>
        <source>({actor})</source>
        <translation>({actor})</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="230"/>
        <source>Usual win probability {p:.0%}; usually about {d} days in this stage.</source>
        <translation>Usual win probability {p:.0%}; usually about {d} days in this stage.</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="238"/>
        <source>The method sets no exit criteria, actions or rules here.</source>
        <translation>The method sets no exit criteria, actions or rules here.</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="252"/>
        <source>Every stage with what it asks before a deal moves on, the key actions of each role, the rules, and the warnings. The application&apos;s gates and warnings refer to these items.</source>
        <translation>Every stage with what it asks before a deal moves on, the key actions of each role, the rules, and the warnings. The application&apos;s gates and warnings refer to these items.</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="262"/>
        <location filename="../../desktop/method_help.py" line="332"/>
        <source>The decision chain</source>
        <translation>The decision chain</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="265"/>
        <location filename="../../desktop/method_help.py" line="333"/>
        <source>Key accounts</source>
        <translation>Key accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="322"/>
        <source>The seven-step method</source>
        <translation>The seven-step method</translation>
    </message>
    <message>
        <location filename="../../desktop/method_help.py" line="405"/>
        <source>Read this in the method: {item}</source>
        <translation>Read this in the method: {item}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/pages/registry.py" line="86"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="87"/>
        <source>Key accounts, their people and profiles</source>
        <translation>Key accounts, their people and profiles</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="93"/>
        <source>Targeting</source>
        <translation>Targeting</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="94"/>
        <source>P1: saved segments and the ranked target list</source>
        <translation>P1: saved segments and the ranked target list</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="100"/>
        <source>Funnel board</source>
        <translation>Funnel board</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="101"/>
        <source>Deals by stage P1–P7</source>
        <translation>Deals by stage P1–P7</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="107"/>
        <source>Org map</source>
        <translation>Org map</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="108"/>
        <source>The customer&apos;s decision chain</source>
        <translation>The customer&apos;s decision chain</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="114"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="115"/>
        <source>P2: unverified leads by channel</source>
        <translation>P2: unverified leads by channel</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="121"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="122"/>
        <source>Visits, calls, demos and events</source>
        <translation>Visits, calls, demos and events</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="131"/>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="132"/>
        <source>Conversion, time in stage and forecasts</source>
        <translation>Conversion, time in stage and forecasts</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="135"/>
        <source>Our people, roles and managers</source>
        <translation>Our people, roles and managers</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/registry.py" line="135"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>NewDealDialog</name>
    <message>
        <location filename="../../desktop/board/new_deal.py" line="118"/>
        <source>New deal</source>
        <translation>New deal</translation>
    </message>
    <message>
        <location filename="../../desktop/board/new_deal.py" line="129"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/board/new_deal.py" line="133"/>
        <source>What the customer buys, e.g. “Plant 2 MES upgrade”</source>
        <translation>What the customer buys, e.g. “Plant 2 MES upgrade”</translation>
    </message>
    <message>
        <location filename="../../desktop/board/new_deal.py" line="134"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/board/new_deal.py" line="148"/>
        <source>Three letters, such as CNY or USD</source>
        <translation>Three letters, such as CNY or USD</translation>
    </message>
    <message>
        <location filename="../../desktop/board/new_deal.py" line="153"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/board/new_deal.py" line="157"/>
        <source>Leave unticked while nobody knows</source>
        <translation>Leave unticked while nobody knows</translation>
    </message>
    <message>
        <location filename="../../desktop/board/new_deal.py" line="169"/>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <location filename="../../desktop/board/new_deal.py" line="173"/>
        <source>No owner</source>
        <translation>No owner</translation>
    </message>
    <message>
        <location filename="../../desktop/board/new_deal.py" line="177"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/board/new_deal.py" line="188"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desktop/board/new_deal.py" line="203"/>
        <source>Reason for entering it here (kept in the stage history)</source>
        <translation>Reason for entering it here (kept in the stage history)</translation>
    </message>
    <message>
        <location filename="../../desktop/board/new_deal.py" line="219"/>
        <source>Create deal</source>
        <translation>Create deal</translation>
    </message>
    <message>
        <location filename="../../desktop/board/new_deal.py" line="229"/>
        <source>There are no accounts yet. Add the account on the Accounts page first.</source>
        <translation>There are no accounts yet. Add the account on the Accounts page first.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/new_deal.py" line="257"/>
        <source>{stage} is past the gate of P3: a new deal has none of the five elements verified yet. It can only be entered here as a forced entry, with a reason; its history says so.</source>
        <translation>{stage} is past the gate of P3: a new deal has none of the five elements verified yet. It can only be entered here as a forced entry, with a reason; its history says so.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/new_deal.py" line="262"/>
        <source>The five elements: {list}</source>
        <translation>The five elements: {list}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/new_deal.py" line="296"/>
        <source>No account is called “{name}”. Choose one from the list.</source>
        <translation>No account is called “{name}”. Choose one from the list.</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <location filename="../../desktop/tasks/view.py" line="95"/>
        <source>Add a task</source>
        <translation>Add a task</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="105"/>
        <source>What is to be done, e.g. send the reference list</source>
        <translation>What is to be done, e.g. send the reference list</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="108"/>
        <source>— nobody yet —</source>
        <translation>— nobody yet —</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="116"/>
        <source>&amp;Deal</source>
        <translation>&amp;Deal</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="117"/>
        <source>&amp;Task</source>
        <translation>&amp;Task</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="118"/>
        <source>&amp;Assignee</source>
        <translation>&amp;Assignee</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="119"/>
        <source>D&amp;ue</source>
        <translation>D&amp;ue</translation>
    </message>
</context>
<context>
    <name>OpenTeamDialog</name>
    <message>
        <location filename="../../desktop/team/open_dialog.py" line="42"/>
        <source>Open team database</source>
        <translation>Open team database</translation>
    </message>
    <message>
        <location filename="../../desktop/team/open_dialog.py" line="48"/>
        <source>A team database is one workspace on a PostgreSQL server that the whole team opens. Sign in with the user name your administrator gave you.</source>
        <translation>A team database is one workspace on a PostgreSQL server that the whole team opens. Sign in with the user name your administrator gave you.</translation>
    </message>
    <message>
        <location filename="../../desktop/team/open_dialog.py" line="57"/>
        <source>e.g. db.example.com</source>
        <translation>e.g. db.example.com</translation>
    </message>
    <message>
        <location filename="../../desktop/team/open_dialog.py" line="64"/>
        <source>The server&apos;s port: 5432 unless your administrator says another.</source>
        <translation>The server&apos;s port: 5432 unless your administrator says another.</translation>
    </message>
    <message>
        <location filename="../../desktop/team/open_dialog.py" line="68"/>
        <source>e.g. sales_team</source>
        <translation>e.g. sales_team</translation>
    </message>
    <message>
        <location filename="../../desktop/team/open_dialog.py" line="71"/>
        <source>as your administrator gave it</source>
        <translation>as your administrator gave it</translation>
    </message>
    <message>
        <location filename="../../desktop/team/open_dialog.py" line="75"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../desktop/team/open_dialog.py" line="76"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../../desktop/team/open_dialog.py" line="77"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../desktop/team/open_dialog.py" line="78"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../desktop/team/open_dialog.py" line="79"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/team/open_dialog.py" line="81"/>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Remember the password in the system keyring</translation>
    </message>
    <message>
        <location filename="../../desktop/team/open_dialog.py" line="86"/>
        <source>This system has no keyring: the password is asked for at each opening.</source>
        <translation>This system has no keyring: the password is asked for at each opening.</translation>
    </message>
    <message>
        <location filename="../../desktop/team/open_dialog.py" line="99"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop/team/open_dialog.py" line="100"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop/team/open_dialog.py" line="103"/>
        <source>Sign in once and say what the database holds, without opening it.</source>
        <translation>Sign in once and say what the database holds, without opening it.</translation>
    </message>
    <message>
        <location filename="../../desktop/team/open_dialog.py" line="167"/>
        <source>Connected, but {database} holds tables of another application, not a Key Account Navigator workspace. Choose another database.</source>
        <translation>Connected, but {database} holds tables of another application, not a Key Account Navigator workspace. Choose another database.</translation>
    </message>
    <message>
        <location filename="../../desktop/team/open_dialog.py" line="175"/>
        <source>Connected: {database} is empty; opening it sets up a new workspace in it.</source>
        <translation>Connected: {database} is empty; opening it sets up a new workspace in it.</translation>
    </message>
    <message>
        <location filename="../../desktop/team/open_dialog.py" line="179"/>
        <source>Connected: {database} was saved by an older version; opening it upgrades it.</source>
        <translation>Connected: {database} was saved by an older version; opening it upgrades it.</translation>
    </message>
    <message>
        <location filename="../../desktop/team/open_dialog.py" line="182"/>
        <source>Connected: {database} is a team workspace.</source>
        <translation>Connected: {database} is a team workspace.</translation>
    </message>
</context>
<context>
    <name>OrgMap</name>
    <message>
        <location filename="../../desktop/map/export.py" line="111"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/export.py" line="125"/>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation>Choose a file ending in .png, .svg or .pdf.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/export.py" line="129"/>
        <location filename="../../desktop/map/export.py" line="207"/>
        <source>Org map, {day}</source>
        <translation>Org map, {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/export.py" line="148"/>
        <location filename="../../desktop/map/export.py" line="161"/>
        <location filename="../../desktop/map/export.py" line="178"/>
        <source>Cannot write {path}.</source>
        <translation>Cannot write {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="251"/>
        <source>{name} — our team, {role}</source>
        <translation>{name} — our team, {role}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="259"/>
        <source>Support: {support}</source>
        <translation>Support: {support}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="261"/>
        <location filename="../../desktop/map/items.py" line="431"/>
        <source>Backs {competitor}</source>
        <translation>Backs {competitor}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="263"/>
        <source>Our insider</source>
        <translation>Our insider</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="265"/>
        <source>Our coach</source>
        <translation>Our coach</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="348"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="348"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/map/items.py" line="1397"/>
        <source>Our team</source>
        <translation>Our team</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="29"/>
        <source>Support toward us:</source>
        <translation>Support toward us:</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="32"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="33"/>
        <source>Insider</source>
        <translation>Insider</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="34"/>
        <source>Backs a competitor</source>
        <translation>Backs a competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="36"/>
        <source>Influences</source>
        <translation>Influences</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="36"/>
        <source>Reports to</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="37"/>
        <source>Our relationship</source>
        <translation>Our relationship</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="37"/>
        <location filename="../../desktop/map/panels.py" line="570"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="191"/>
        <location filename="../../desktop/map/legend.py" line="327"/>
        <source>Legend ▸</source>
        <translation>Legend ▸</translation>
    </message>
    <message>
        <location filename="../../desktop/map/legend.py" line="270"/>
        <source>Click to fold or unfold the legend</source>
        <translation>Click to fold or unfold the legend</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="248"/>
        <source>Click a card to edit the person here.

Double-click the canvas to add a person. Shift+drag from one card to another (or use Link mode) to record who reports to or influences whom; drag from one of our team to a person to record our relationship.</source>
        <translation>Click a card to edit the person here.

Double-click the canvas to add a person. Shift+drag from one card to another (or use Link mode) to record who reports to or influences whom; drag from one of our team to a person to record our relationship.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="266"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="267"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="267"/>
        <location filename="../../desktop/map/panels.py" line="273"/>
        <location filename="../../desktop/map/panels.py" line="570"/>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="278"/>
        <source>How strongly this link carries influence, 5 % to 100 %</source>
        <translation>How strongly this link carries influence, 5 % to 100 %</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="282"/>
        <source>Remove link</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="283"/>
        <source>Remove the selected link; undo brings it back</source>
        <translation>Remove the selected link; undo brings it back</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="299"/>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="305"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="307"/>
        <source>The day of our last contact with this person (today at the latest)</source>
        <translation>The day of our last contact with this person (today at the latest)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="314"/>
        <source>Visit level</source>
        <translation>Visit level</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="317"/>
        <source>The highest level on our side that has met this person</source>
        <translation>The highest level on our side that has met this person</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="357"/>
        <source>{name} — our team ({role}).

Drag from this card to a person to record a relationship. Members are edited on the Team page.</source>
        <translation>{name} — our team ({role}).

Drag from this card to a person to record a relationship. Members are edited on the Team page.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="364"/>
        <source>{n} cards selected. Drag one of them to move them together; Del deletes the selected people (undo brings them back).</source>
        <translation>{n} cards selected. Drag one of them to move them together; Del deletes the selected people (undo brings them back).</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="381"/>
        <source>Reports to {name}</source>
        <translation>Reports to {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="384"/>
        <source>{name} reports to them</source>
        <translation>{name} reports to them</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="389"/>
        <source>Influences {name}</source>
        <translation>Influences {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="392"/>
        <source>Influenced by {name}</source>
        <translation>Influenced by {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="396"/>
        <source>Known by {name} (our team)</source>
        <translation>Known by {name} (our team)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="451"/>
        <source>last contact</source>
        <translation>last contact</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="451"/>
        <source>visit level</source>
        <translation>visit level</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="454"/>
        <source>{member} and {person}: {field}</source>
        <translation>{member} and {person}: {field}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="482"/>
        <source>Link strength {a} → {b}</source>
        <translation>Link strength {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="497"/>
        <source>Remove link {a} → {b}</source>
        <translation>Remove link {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="530"/>
        <source>Where the route starts: our side, or any card</source>
        <translation>Where the route starts: our side, or any card</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="533"/>
        <source>Whom the route should reach</source>
        <translation>Whom the route should reach</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="543"/>
        <location filename="../../desktop/map/panels.py" line="550"/>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="544"/>
        <source>Start from the selected card</source>
        <translation>Start from the selected card</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="551"/>
        <source>Aim at the selected card</source>
        <translation>Aim at the selected card</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="557"/>
        <source>How many of the strongest routes to light up</source>
        <translation>How many of the strongest routes to light up</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="559"/>
        <location filename="../../desktop/map/panels.py" line="800"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="560"/>
        <location filename="../../desktop/map/panels.py" line="801"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="561"/>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="564"/>
        <source>A route&apos;s strength is the product of its links&apos; strengths: the best way for our side to reach a person.</source>
        <translation>A route&apos;s strength is the product of its links&apos; strengths: the best way for our side to reach a person.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="584"/>
        <source>Our side (team, insiders, coach)</source>
        <translation>Our side (team, insiders, coach)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="585"/>
        <source>{name} (our team)</source>
        <translation>{name} (our team)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="590"/>
        <source>The key decision maker</source>
        <translation>The key decision maker</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="676"/>
        <source>Decision chain</source>
        <translation>Decision chain</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="678"/>
        <source>Our best visit</source>
        <translation>Our best visit</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="678"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="678"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="678"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="684"/>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="685"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="685"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="692"/>
        <source>Whom to see next</source>
        <translation>Whom to see next</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="693"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="693"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="708"/>
        <source>nobody known</source>
        <translation>nobody known</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="726"/>
        <source>insider</source>
        <translation>insider</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="728"/>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="730"/>
        <source>{n} back a competitor</source>
        <translation>{n} back a competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="731"/>
        <location filename="../../desktop/map/texts.py" line="193"/>
        <location filename="../../desktop/map/texts.py" line="194"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="748"/>
        <source>Click the rule to read it in the method.</source>
        <translation>Click the rule to read it in the method.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="761"/>
        <source>Score {score}: influence on the decision maker {influence} × room to win {room}</source>
        <translation>Score {score}: influence on the decision maker {influence} × room to win {room}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="798"/>
        <source>Compare the chain as it was at the end of this day…</source>
        <translation>Compare the chain as it was at the end of this day…</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="799"/>
        <source>…with the chain at the end of this day</source>
        <translation>…with the chain at the end of this day</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="805"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="812"/>
        <source>People who joined are tagged New on the map, people who changed are tagged Changed. History comes from the change log of this workspace.</source>
        <translation>People who joined are tagged New on the map, people who changed are tagged Changed. History comes from the change log of this workspace.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="838"/>
        <source>{joined} joined · {left} left · {changed} changed</source>
        <translation>{joined} joined · {left} left · {changed} changed</translation>
    </message>
    <message>
        <location filename="../../desktop/map/panels.py" line="842"/>
        <source>No changes between these days.</source>
        <translation>No changes between these days.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="31"/>
        <source>LEAD</source>
        <translation>LEAD</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="33"/>
        <source>EVAL</source>
        <translation>EVAL</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="42"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="42"/>
        <source>Serious</source>
        <translation>Serious</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="42"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="65"/>
        <source>Nobody is our coach yet: find a KI or KU manager who shows us how to sell here.</source>
        <translation>Nobody is our coach yet: find a KI or KU manager who shows us how to sell here.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="68"/>
        <source>We have no contact at this customer yet.</source>
        <translation>We have no contact at this customer yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="69"/>
        <source>Single-threaded: {name} is our only contact.</source>
        <translation>Single-threaded: {name} is our only contact.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="71"/>
        <source>We do not know who makes the decision (KDM).</source>
        <translation>We do not know who makes the decision (KDM).</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="73"/>
        <source>{name}, the key decision maker, is neutral toward us.</source>
        <translation>{name}, the key decision maker, is neutral toward us.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="75"/>
        <source>{name}, the key decision maker, opposes us ({support}).</source>
        <translation>{name}, the key decision maker, opposes us ({support}).</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="81"/>
        <source>{name} ({role}) backs {competitor}.</source>
        <translation>{name} ({role}) backs {competitor}.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="84"/>
        <source>{name} backs {competitor} and sways the decision maker ({reach}).</source>
        <translation>{name} backs {competitor} and sways the decision maker ({reach}).</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="92"/>
        <source>Nobody on this deal is {role}, so no senior visit to one either; it is due by P5.</source>
        <translation>Nobody on this deal is {role}, so no senior visit to one either; it is due by P5.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="95"/>
        <source>No senior visit to {name} ({role}) for this deal yet; it is due by P5.</source>
        <translation>No senior visit to {name} ({role}) for this deal yet; it is due by P5.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="99"/>
        <source>What {name} tells us is confirmed by {n} channel(s) only: cross-check it.</source>
        <translation>What {name} tells us is confirmed by {n} channel(s) only: cross-check it.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="106"/>
        <source>{member} has no contact with {name} on record.</source>
        <translation>{member} has no contact with {name} on record.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="109"/>
        <source>{member} last met {name} {days} days ago.</source>
        <translation>{member} last met {name} {days} days ago.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="121"/>
        <source>The key decision maker; support now {support}.</source>
        <translation>The key decision maker; support now {support}.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="123"/>
        <source>Backs {competitor}; sways the decision maker ({influence}).</source>
        <translation>Backs {competitor}; sways the decision maker ({influence}).</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="127"/>
        <source>Opposes us ({support}); sways the decision maker ({influence}).</source>
        <translation>Opposes us ({support}); sways the decision maker ({influence}).</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="131"/>
        <source>Nobody on our side knows them; sways the decision maker ({influence}).</source>
        <translation>Nobody on our side knows them; sways the decision maker ({influence}).</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="135"/>
        <source>Support could rise from {support}; sways the decision maker ({influence}).</source>
        <translation>Support could rise from {support}; sways the decision maker ({influence}).</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="139"/>
        <source>Senior enough to tell us who decides.</source>
        <translation>Senior enough to tell us who decides.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="146"/>
        <source>Visit at {level}, through {member}.</source>
        <translation>Visit at {level}, through {member}.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="150"/>
        <source>Visit at {level}.</source>
        <translation>Visit at {level}.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="155"/>
        <source>Nobody has the KDM role yet: mark the key decision maker to see routes to them.</source>
        <translation>Nobody has the KDM role yet: mark the key decision maker to see routes to them.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="157"/>
        <source>We have no member, insider or coach here yet: link one of our team to a person.</source>
        <translation>We have no member, insider or coach here yet: link one of our team to a person.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="160"/>
        <source>No route reaches {name} yet: record who influences whom, or build a relationship.</source>
        <translation>No route reaches {name} yet: record who influences whom, or build a relationship.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="168"/>
        <source>influences</source>
        <translation>influences</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="169"/>
        <source>knows</source>
        <translation>knows</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="170"/>
        <source>reports to</source>
        <translation>reports to</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="171"/>
        <source>manages</source>
        <translation>manages</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="183"/>
        <source>{name} joined</source>
        <translation>{name} joined</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="185"/>
        <source>{name} left</source>
        <translation>{name} left</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="191"/>
        <source>{name}: role {old} → {new}</source>
        <translation>{name}: role {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="203"/>
        <source>{name}: support {old} → {new}</source>
        <translation>{name}: support {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="210"/>
        <source>{name} now backs {competitor}</source>
        <translation>{name} now backs {competitor}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="212"/>
        <source>{name} no longer backs {competitor}</source>
        <translation>{name} no longer backs {competitor}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="217"/>
        <source>{name} became our insider</source>
        <translation>{name} became our insider</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="217"/>
        <source>{name} is no longer our insider</source>
        <translation>{name} is no longer our insider</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="220"/>
        <source>{name} became our coach</source>
        <translation>{name} became our coach</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="220"/>
        <source>{name} is no longer our coach</source>
        <translation>{name} is no longer our coach</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="224"/>
        <source>{name} now reports to nobody here</source>
        <translation>{name} now reports to nobody here</translation>
    </message>
    <message>
        <location filename="../../desktop/map/texts.py" line="226"/>
        <source>{name} now reports to {manager}</source>
        <translation>{name} now reports to {manager}</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <location filename="../../desktop/page_help.py" line="42"/>
        <source>The key accounts the team works on. Pick one in the table to see its profile, its people, its deals and its history on the right.</source>
        <translation>The key accounts the team works on. Pick one in the table to see its profile, its people, its deals and its history on the right.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="47"/>
        <source>Narrow the table with the search box and the filters above it.</source>
        <translation>Narrow the table with the search box and the filters above it.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="48"/>
        <source>Double-click an account to open its profile; the tabs show people and deals.</source>
        <translation>Double-click an account to open its profile; the tabs show people and deals.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="49"/>
        <source>New account and New deal are in the Actions menu and on the toolbar.</source>
        <translation>New account and New deal are in the Actions menu and on the toolbar.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="53"/>
        <source>Step P1 of the method: choose which customers to go after. A segment is a saved set of conditions; the list ranks the accounts that meet it.</source>
        <translation>Step P1 of the method: choose which customers to go after. A segment is a saved set of conditions; the list ranks the accounts that meet it.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="58"/>
        <source>Set the conditions, then save them as a segment to use again.</source>
        <translation>Set the conditions, then save them as a segment to use again.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="59"/>
        <source>The ranking says why each account scores as it does.</source>
        <translation>The ranking says why each account scores as it does.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="60"/>
        <source>Double-click an account to open it in Accounts.</source>
        <translation>Double-click an account to open it in Accounts.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="64"/>
        <source>Every open deal as a card in the column of its stage, P1 to P7. A deal moves on when the exit criteria of its stage are met.</source>
        <translation>Every open deal as a card in the column of its stage, P1 to P7. A deal moves on when the exit criteria of its stage are met.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="69"/>
        <source>Drag a card to another column to move the deal; the gate asks what is missing.</source>
        <translation>Drag a card to another column to move the deal; the gate asks what is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="72"/>
        <source>Arrow keys go from card to card and column to column; Enter opens the deal.</source>
        <translation>Arrow keys go from card to card and column to column; Enter opens the deal.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="73"/>
        <source>The badges on a card are explained under Help ▸ Legend.</source>
        <translation>The badges on a card are explained under Help ▸ Legend.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="74"/>
        <source>Filters and swimlanes (by owner or account) are above the columns.</source>
        <translation>Filters and swimlanes (by owner or account) are above the columns.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="78"/>
        <source>The customer&apos;s decision chain: who decides (KDM), who influences (KI), who uses (KU), who leads and who evaluates, how they stand toward us, and who of our team knows them.</source>
        <translation>The customer&apos;s decision chain: who decides (KDM), who influences (KI), who uses (KU), who leads and who evaluates, how they stand toward us, and who of our team knows them.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="84"/>
        <source>Pick the account (and a deal) at the top; the map shows its people.</source>
        <translation>Pick the account (and a deal) at the top; the map shows its people.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="85"/>
        <source>Drag people to arrange them; draw a link to say who influences whom.</source>
        <translation>Drag people to arrange them; draw a link to say who influences whom.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="86"/>
        <source>Routes show the best way from our people to the KDM.</source>
        <translation>Routes show the best way from our people to the KDM.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="87"/>
        <source>Symbols and colours are explained in the map&apos;s legend and under Help ▸ Legend.</source>
        <translation>Symbols and colours are explained in the map&apos;s legend and under Help ▸ Legend.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="93"/>
        <source>Step P2 of the method: leads from the ten channels, until each is verified as a real opportunity or dropped.</source>
        <translation>Step P2 of the method: leads from the ten channels, until each is verified as a real opportunity or dropped.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="98"/>
        <source>New lead records where it came from (channel and source), the company, the contact and who follows it up; leads have no protection and no quota.</source>
        <translation>New lead records where it came from (channel and source), the company, the contact and who follows it up; leads have no protection and no quota.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="102"/>
        <source>Convert turns a lead into an opportunity in P3 once its five elements are verified: who verified each, how and when, and the manager&apos;s confirmation.</source>
        <translation>Convert turns a lead into an opportunity in P3 once its five elements are verified: who verified each, how and when, and the manager&apos;s confirmation.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="106"/>
        <source>Channel yield counts leads, opportunities and wins per channel and period; it says when the first three channels do not lead.</source>
        <translation>Channel yield counts leads, opportunities and wins per channel and period; it says when the first three channels do not lead.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="113"/>
        <source>Visits, calls, demos and events with the customer, with who met whom.</source>
        <translation>Visits, calls, demos and events with the customer, with who met whom.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="115"/>
        <source>Log activity (Ctrl+J, from any view) records the day, the kind, our people and theirs, the deal, a summary and the next step with its due day.</source>
        <translation>Log activity (Ctrl+J, from any view) records the day, the kind, our people and theirs, the deal, a summary and the next step with its due day.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="119"/>
        <source>Logging sets each person&apos;s last contact and visit level, so the map&apos;s stale relationships clear and senior visits count for the deal&apos;s gate.</source>
        <translation>Logging sets each person&apos;s last contact and visit level, so the map&apos;s stale relationships clear and senior visits count for the deal&apos;s gate.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="123"/>
        <source>Next steps overdue come first, in red; Mark done (Ctrl+D) closes one.</source>
        <translation>Next steps overdue come first, in red; Mark done (Ctrl+D) closes one.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="124"/>
        <source>Filter by account, member, kind and period; a person&apos;s or a deal&apos;s timeline opens from the org map&apos;s person menu or a deal.</source>
        <translation>Filter by account, member, kind and period; a person&apos;s or a deal&apos;s timeline opens from the org map&apos;s person menu or a deal.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="131"/>
        <source>How the funnel is doing: conversion between stages, time in stage, forecasts.</source>
        <translation>How the funnel is doing: conversion between stages, time in stage, forecasts.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="133"/>
        <source>Funnel: filter by period, owner, industry, region or lead channel, or group by one of them; click a bar to list its deals, double-click one to open it on the board.</source>
        <translation>Funnel: filter by period, owner, industry, region or lead channel, or group by one of them; click a bar to list its deals, double-click one to open it on the board.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="138"/>
        <source>Forecast and Cash: what is expected to be won and collected per month or quarter; Team: targets, coverage and how results are spread; Review: what needs a decision before the meeting.</source>
        <translation>Forecast and Cash: what is expected to be won and collected per month or quarter; Team: targets, coverage and how results are spread; Review: what needs a decision before the meeting.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="143"/>
        <source>Export… saves a chart as a PNG image or an SVG drawing.</source>
        <translation>Export… saves a chart as a PNG image or an SVG drawing.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="147"/>
        <source>Our own people: sales reps, presales and managers, and who reports to whom. Deals and relationships on the map refer to them.</source>
        <translation>Our own people: sales reps, presales and managers, and who reports to whom. Deals and relationships on the map refer to them.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="152"/>
        <source>Add a member with the New member action; edit the details on the right.</source>
        <translation>Add a member with the New member action; edit the details on the right.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="153"/>
        <source>Say which member you are with File ▸ I am…, so your changes carry your name.</source>
        <translation>Say which member you are with File ▸ I am…, so your changes carry your name.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="154"/>
        <source>Tasks: the key actions of the stage each deal entered, yours first; an overdue task shows on the manager&apos;s list too.</source>
        <translation>Tasks: the key actions of the stage each deal entered, yours first; an overdue task shows on the manager&apos;s list too.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="158"/>
        <source>Self-check: each rep&apos;s last 14 days of activities against opportunities created and advanced, with the method&apos;s questions when they do not match.</source>
        <translation>Self-check: each rep&apos;s last 14 days of activities against opportunities created and advanced, with the method&apos;s questions when they do not match.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="162"/>
        <source>Territories… assigns regions, industries or named accounts to members.</source>
        <translation>Territories… assigns regions, industries or named accounts to members.</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="214"/>
        <source>Help: {page}</source>
        <translation>Help: {page}</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="222"/>
        <source>In the method: {link}</source>
        <translation>In the method: {link}</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="225"/>
        <source>What you do here</source>
        <translation>What you do here</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="231"/>
        <source>Actions of this page</source>
        <translation>Actions of this page</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="234"/>
        <source>Keys that work everywhere</source>
        <translation>Keys that work everywhere</translation>
    </message>
    <message>
        <location filename="../../desktop/page_help.py" line="239"/>
        <source>Open the method at {item}</source>
        <translation>Open the method at {item}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/encryption/dialog.py" line="55"/>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/dialog.py" line="56"/>
        <source>A passphrase to encrypt {name} with.</source>
        <translation>A passphrase to encrypt {name} with.</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/dialog.py" line="58"/>
        <source>Encrypted workspace</source>
        <translation>Encrypted workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/dialog.py" line="59"/>
        <source>{name} is encrypted. Enter its passphrase.</source>
        <translation>{name} is encrypted. Enter its passphrase.</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/dialog.py" line="78"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/dialog.py" line="83"/>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/dialog.py" line="85"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/dialog.py" line="88"/>
        <source>&amp;Remember it in this computer&apos;s keyring</source>
        <translation>&amp;Remember it in this computer&apos;s keyring</translation>
    </message>
    <message>
        <location filename="../../desktop/encryption/dialog.py" line="96"/>
        <source>Keep the passphrase safe: without it the workspace and its backups cannot be opened by anyone, support included.</source>
        <translation>Keep the passphrase safe: without it the workspace and its backups cannot be opened by anyone, support included.</translation>
    </message>
</context>
<context>
    <name>PaymentPlan</name>
    <message>
        <location filename="../../desktop/board/payments.py" line="293"/>
        <source>No instalments planned yet.</source>
        <translation>No instalments planned yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="296"/>
        <source>Add instalment…</source>
        <translation>Add instalment…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="298"/>
        <source>Add an instalment at the end of the plan</source>
        <translation>Add an instalment at the end of the plan</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="313"/>
        <source>Contract value {value}</source>
        <translation>Contract value {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="314"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="316"/>
        <source>received {paid}</source>
        <translation>received {paid}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="322"/>
        <source>first instalment {share:.0%} (minimum {minimum:.0%})</source>
        <translation>first instalment {share:.0%} (minimum {minimum:.0%})</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="328"/>
        <source>first payment received {ratio:.0%}</source>
        <translation>first payment received {ratio:.0%}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="340"/>
        <source>due {day}</source>
        <translation>due {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="342"/>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="344"/>
        <source>{rest} still due</source>
        <translation>{rest} still due</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="349"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="358"/>
        <source>Record transfer…</source>
        <translation>Record transfer…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="359"/>
        <source>Record a transfer received against this instalment</source>
        <translation>Record a transfer received against this instalment</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="364"/>
        <source>Change the amount or due day</source>
        <translation>Change the amount or due day</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="364"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="366"/>
        <source>Delete this instalment and its transfers</source>
        <translation>Delete this instalment and its transfers</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="376"/>
        <source>Delete this transfer</source>
        <translation>Delete this transfer</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="408"/>
        <source>Add an instalment to “{deal}”</source>
        <translation>Add an instalment to “{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="426"/>
        <source>Edit instalment {n} of “{deal}”</source>
        <translation>Edit instalment {n} of “{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="438"/>
        <source>Record a transfer for instalment {n} of “{deal}”</source>
        <translation>Record a transfer for instalment {n} of “{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="444"/>
        <source>Delete a transfer of “{deal}”</source>
        <translation>Delete a transfer of “{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="448"/>
        <source>Delete instalment {n} of “{deal}”</source>
        <translation>Delete instalment {n} of “{deal}”</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../desktop/models/people_model.py" line="53"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="54"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="55"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="56"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="57"/>
        <source>Backs</source>
        <translation>Backs</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="58"/>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="59"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="60"/>
        <source>Reports to</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="61"/>
        <source>Seniority</source>
        <translation>Seniority</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="68"/>
        <source>The person&apos;s name</source>
        <translation>The person&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="69"/>
        <source>Job title or function</source>
        <translation>Job title or function</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="70"/>
        <source>Place in the decision chain: KDM, KI, KU, LEAD or EVAL</source>
        <translation>Place in the decision chain: KDM, KI, KU, LEAD or EVAL</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="71"/>
        <source>Support toward us, from strong opponent to strong supporter</source>
        <translation>Support toward us, from strong opponent to strong supporter</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="72"/>
        <source>The competitor this person backs, if any</source>
        <translation>The competitor this person backs, if any</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="73"/>
        <source>Insider (passes us information), coach (shows us how to sell), left (no longer at the customer)</source>
        <translation>Insider (passes us information), coach (shows us how to sell), left (no longer at the customer)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="77"/>
        <source>Department at the customer</source>
        <translation>Department at the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="78"/>
        <source>Whom the person reports to</source>
        <translation>Whom the person reports to</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="79"/>
        <source>Level in the customer&apos;s hierarchy</source>
        <translation>Level in the customer&apos;s hierarchy</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="105"/>
        <source>Insider</source>
        <translation>Insider</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="107"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="109"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="235"/>
        <source>{name} left on {day}</source>
        <translation>{name} left on {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="239"/>
        <source>Support toward us: {level} ({value:+d})</source>
        <translation>Support toward us: {level} ({value:+d})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="245"/>
        <source>Insider: passes us internal and competitor information</source>
        <translation>Insider: passes us internal and competitor information</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="247"/>
        <source>Coach: shows us how to sell inside the customer</source>
        <translation>Coach: shows us how to sell inside the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="249"/>
        <source>Left on {day}</source>
        <translation>Left on {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people_model.py" line="252"/>
        <source>Backs {competitor}</source>
        <translation>Backs {competitor}</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="125"/>
        <location filename="../../desktop/pages/people_panel.py" line="183"/>
        <location filename="../../desktop/pages/people_panel.py" line="414"/>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="129"/>
        <source>Add a person of this customer ({keys})</source>
        <translation>Add a person of this customer ({keys})</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="135"/>
        <location filename="../../desktop/pages/people_panel.py" line="459"/>
        <source>Delete person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="140"/>
        <source>Delete the selected person ({keys} in the list); undo brings them back</source>
        <translation>Delete the selected person ({keys} in the list); undo brings them back</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="146"/>
        <source>&amp;Edit person</source>
        <translation>&amp;Edit person</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="148"/>
        <source>Edit the person&apos;s details beside the list</source>
        <translation>Edit the person&apos;s details beside the list</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="178"/>
        <source>Choose an account to see its people.</source>
        <translation>Choose an account to see its people.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="178"/>
        <source>No account selected</source>
        <translation>No account selected</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="181"/>
        <source>No people yet</source>
        <translation>No people yet</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="182"/>
        <source>Add the people of this customer: who decides, who influences, who uses.</source>
        <translation>Add the people of this customer: who decides, who influences, who uses.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="196"/>
        <source>Filter people by name, title, role…</source>
        <translation>Filter people by name, title, role…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="198"/>
        <source>Show only the people whose row contains this text</source>
        <translation>Show only the people whose row contains this text</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="330"/>
        <source>{n} people</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="332"/>
        <source>{shown} of {n} shown</source>
        <translation>{shown} of {n} shown</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="334"/>
        <source>{n} left</source>
        <translation>{n} left</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="337"/>
        <source>People at this customer; those who have left are greyed in the list</source>
        <translation>People at this customer; those who have left are greyed in the list</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="419"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="442"/>
        <source>Delete {name}</source>
        <translation>Delete {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="450"/>
        <source>Delete {name} with their links and notes?</source>
        <translation>Delete {name} with their links and notes?</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="453"/>
        <source>{n} people report to them and will report to nobody; undo puts all back.</source>
        <translation>{n} people report to them and will report to nobody; undo puts all back.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/people_panel.py" line="456"/>
        <source>Undo puts everything back.</source>
        <translation>Undo puts everything back.</translation>
    </message>
</context>
<context>
    <name>PersonData</name>
    <message>
        <location filename="../../desktop/exporting/person.py" line="44"/>
        <source>personal data</source>
        <translation>personal data</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/person.py" line="57"/>
        <location filename="../../desktop/exporting/person.py" line="62"/>
        <location filename="../../desktop/exporting/person.py" line="75"/>
        <source>Export this person&apos;s data</source>
        <translation>Export this person&apos;s data</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/person.py" line="64"/>
        <source>Personal data (*.json)</source>
        <translation>Personal data (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/person.py" line="78"/>
        <source>Everything held about {person} was saved to {path}.</source>
        <translation>Everything held about {person} was saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/person.py" line="95"/>
        <location filename="../../desktop/exporting/person.py" line="102"/>
        <source>Erase this person</source>
        <translation>Erase this person</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/person.py" line="106"/>
        <source>{person} was erased with every trace of them; the undo history was cleared.</source>
        <translation>{person} was erased with every trace of them; the undo history was cleared.</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/person_actions.py" line="27"/>
        <source>Export this person&apos;s data…</source>
        <translation>Export this person&apos;s data…</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/person_actions.py" line="29"/>
        <source>Write everything held about this person to a JSON file</source>
        <translation>Write everything held about this person to a JSON file</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/person_actions.py" line="31"/>
        <source>Erase this person…</source>
        <translation>Erase this person…</translation>
    </message>
    <message>
        <location filename="../../desktop/exporting/person_actions.py" line="34"/>
        <source>Remove this person with every trace of them: notes, links, audit-log values</source>
        <translation>Remove this person with every trace of them: notes, links, audit-log values</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="229"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="230"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="231"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="232"/>
        <source>Reports to</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="233"/>
        <source>Seniority</source>
        <translation>Seniority</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="234"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="235"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="236"/>
        <source>Backs competitor</source>
        <translation>Backs competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="237"/>
        <source>Insider</source>
        <translation>Insider</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="238"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="239"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="240"/>
        <source>Product preference</source>
        <translation>Product preference</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="241"/>
        <source>Purchase history</source>
        <translation>Purchase history</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="242"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="243"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="244"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="245"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="246"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="247"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="248"/>
        <source>Character</source>
        <translation>Character</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="249"/>
        <source>Career situation</source>
        <translation>Career situation</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="250"/>
        <source>Tenure, hobbies</source>
        <translation>Tenure, hobbies</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="251"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="252"/>
        <source>Education, career</source>
        <translation>Education, career</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="262"/>
        <source>Select a person in the list to see and edit their details.</source>
        <translation>Select a person in the list to see and edit their details.</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="281"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="282"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="283"/>
        <source>e.g. Head of IT</source>
        <translation>e.g. Head of IT</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="288"/>
        <source>Decision chain</source>
        <translation>Decision chain</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="292"/>
        <source>Passes us internal information</source>
        <translation>Passes us internal information</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="295"/>
        <source> confirming sources</source>
        <translation> confirming sources</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="297"/>
        <source>How many independent channels confirmed what this insider tells us</source>
        <translation>How many independent channels confirmed what this insider tells us</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="309"/>
        <source>Shows us how to sell inside</source>
        <translation>Shows us how to sell inside</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="314"/>
        <source>Needs and history</source>
        <translation>Needs and history</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="318"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="392"/>
        <location filename="../../desktop/editors/person_editor.py" line="401"/>
        <source>Department kind</source>
        <translation>Department kind</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="395"/>
        <source>Influencing, technical and user departments count as the KI/KU side for the exit criteria</source>
        <translation>Influencing, technical and user departments count as the KI/KU side for the exit criteria</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="428"/>
        <source>Personal attributes of this person. They are shown only here and read from the workspace only when you open this section.</source>
        <translation>Personal attributes of this person. They are shown only here and read from the workspace only when you open this section.</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="440"/>
        <source>Sensitive. Kept only here: left out of lists, logs and exports unless you ask for them.</source>
        <translation>Sensitive. Kept only here: left out of lists, logs and exports unless you ask for them.</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="467"/>
        <source>{arrow} Private attributes</source>
        <translation>{arrow} Private attributes</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="554"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="558"/>
        <source>New department…</source>
        <translation>New department…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="563"/>
        <source>No role in the decision chain</source>
        <translation>No role in the decision chain</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="573"/>
        <source>No competitor</source>
        <translation>No competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="587"/>
        <location filename="../../desktop/editors/person_editor.py" line="616"/>
        <source>Nobody here</source>
        <translation>Nobody here</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="751"/>
        <source>Edit {person} (private attribute)</source>
        <translation>Edit {person} (private attribute)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="754"/>
        <source>Edit {person} ({field})</source>
        <translation>Edit {person} ({field})</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="786"/>
        <source>New department {name}</source>
        <translation>New department {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="807"/>
        <source>Department {name}: {kind}</source>
        <translation>Department {name}: {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="822"/>
        <source>Name of the new department:</source>
        <translation>Name of the new department:</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/person_editor.py" line="822"/>
        <source>New department</source>
        <translation>New department</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../desktop/presentation/start.py" line="67"/>
        <source>Presentation mode</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/start.py" line="70"/>
        <source>One slide per account: its decision chain, open deals and next steps. Which accounts does the meeting go through?</source>
        <translation>One slide per account: its decision chain, open deals and next steps. Which accounts does the meeting go through?</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/start.py" line="80"/>
        <source>A saved &amp;segment</source>
        <translation>A saved &amp;segment</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/start.py" line="81"/>
        <source>The accounts of an &amp;owner</source>
        <translation>The accounts of an &amp;owner</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/start.py" line="82"/>
        <source>&amp;Every account ({n})</source>
        <translation>&amp;Every account ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/start.py" line="86"/>
        <location filename="../../desktop/presentation/start.py" line="90"/>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/start.py" line="104"/>
        <source>→ or Space: next · ←: back · a number: that slide · M: map or deals · Esc: leave</source>
        <translation>→ or Space: next · ←: back · a number: that slide · M: map or deals · Esc: leave</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/start.py" line="113"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/start.py" line="159"/>
        <source>This workspace has no accounts yet: add one on the Accounts page.</source>
        <translation>This workspace has no accounts yet: add one on the Accounts page.</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/start.py" line="161"/>
        <source>No saved segment yet: save one on the Targeting page.</source>
        <translation>No saved segment yet: save one on the Targeting page.</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/start.py" line="163"/>
        <source>No account matches this choice.</source>
        <translation>No account matches this choice.</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/start.py" line="165"/>
        <source>Accounts: {n}, one slide each.</source>
        <translation>Accounts: {n}, one slide each.</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/start.py" line="178"/>
        <source>Every account</source>
        <translation>Every account</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="72"/>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="73"/>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="74"/>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="75"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="76"/>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="139"/>
        <source>Unmet exit criteria {n}/{total}</source>
        <translation>Unmet exit criteria {n}/{total}</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="143"/>
        <source>Five elements</source>
        <translation>Five elements</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="155"/>
        <source>(open: {names})</source>
        <translation>(open: {names})</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="157"/>
        <source>closes {day}</source>
        <translation>closes {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="193"/>
        <source>(no text)</source>
        <translation>(no text)</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="199"/>
        <source>overdue since {day} ({n} d)</source>
        <translation>overdue since {day} ({n} d)</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="204"/>
        <source>due {day}</source>
        <translation>due {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="206"/>
        <source>no due day</source>
        <translation>no due day</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="282"/>
        <source>+ {n} more</source>
        <translation>+ {n} more</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="338"/>
        <source>Nobody of this customer is on the map yet: add people on the Org map page.</source>
        <translation>Nobody of this customer is on the map yet: add people on the Org map page.</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="345"/>
        <source>Best route to the KDM: {route}</source>
        <translation>Best route to the KDM: {route}</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="348"/>
        <source>No KDM named on this account&apos;s decision chain yet.</source>
        <translation>No KDM named on this account&apos;s decision chain yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="350"/>
        <source>None of our people reaches the KDM yet.</source>
        <translation>None of our people reaches the KDM yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="409"/>
        <source>Presentation — {name}</source>
        <translation>Presentation — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="527"/>
        <source>This account was deleted</source>
        <translation>This account was deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="529"/>
        <source>Open deals</source>
        <translation>Open deals</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="530"/>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="536"/>
        <source>Owner: {name}</source>
        <translation>Owner: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="545"/>
        <source>Open deals ({n})</source>
        <translation>Open deals ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="547"/>
        <source>No open deal on this account.</source>
        <translation>No open deal on this account.</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="549"/>
        <source>Next steps ({n})</source>
        <translation>Next steps ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="551"/>
        <source>Next steps ({n}, {late} overdue)</source>
        <translation>Next steps ({n}, {late} overdue)</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="558"/>
        <source>No open next step: log one with an activity (Ctrl+J in the main window).</source>
        <translation>No open next step: log one with an activity (Ctrl+J in the main window).</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="561"/>
        <source>{n} / {total} · {name}</source>
        <translation>{n} / {total} · {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="581"/>
        <source>← →  ·  M deals  ·  R light the route  ·  Esc leave</source>
        <translation>← →  ·  M deals  ·  R light the route  ·  Esc leave</translation>
    </message>
    <message>
        <location filename="../../desktop/presentation/window.py" line="584"/>
        <source>← →  ·  M map  ·  Esc leave</source>
        <translation>← →  ·  M map  ·  Esc leave</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../desktop/printing.py" line="106"/>
        <source>This view has nothing to print.</source>
        <translation>This view has nothing to print.</translation>
    </message>
    <message>
        <location filename="../../desktop/printing.py" line="114"/>
        <source>Print preview — {view}</source>
        <translation>Print preview — {view}</translation>
    </message>
</context>
<context>
    <name>ProbabilityTable</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="395"/>
        <source>Set by hand</source>
        <translation>Set by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="396"/>
        <source>Our value</source>
        <translation>Our value</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="397"/>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="398"/>
        <source>Closed deals</source>
        <translation>Closed deals</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="399"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="416"/>
        <source>Use our own value for {stage}</source>
        <translation>Use our own value for {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="437"/>
        <source>learned from our closed deals</source>
        <translation>learned from our closed deals</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="438"/>
        <source>the method&apos;s default</source>
        <translation>the method&apos;s default</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="439"/>
        <source>set by hand</source>
        <translation>set by hand</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../desktop/progress.py" line="68"/>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/progress.py" line="70"/>
        <source>The work stopped on an unexpected error ({kind}). Nothing was changed.</source>
        <translation>The work stopped on an unexpected error ({kind}). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <location filename="../../desktop/protection/decide.py" line="74"/>
        <source>Penalise the owner</source>
        <translation>Penalise the owner</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="75"/>
        <source>Release to the public field</source>
        <translation>Release to the public field</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="76"/>
        <location filename="../../desktop/protection/decide.py" line="240"/>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="77"/>
        <source>Transfer to another member</source>
        <translation>Transfer to another member</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="78"/>
        <source>Extend the protection</source>
        <translation>Extend the protection</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="84"/>
        <source>The owner keeps the deal, without protection; the penalty is recorded against them and the deal leaves the list awaiting a decision.</source>
        <translation>The owner keeps the deal, without protection; the penalty is recorded against them and the deal leaves the list awaiting a decision.</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="88"/>
        <source>The deal goes to the public field: no owner, no protection; any member may claim it.</source>
        <translation>The deal goes to the public field: no owner, no protection; any member may claim it.</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="91"/>
        <source>The member becomes the owner and a new protection period starts today.</source>
        <translation>The member becomes the owner and a new protection period starts today.</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="92"/>
        <source>Whoever else uncovered the deal takes it, with a new protection period ({rule}).</source>
        <translation>Whoever else uncovered the deal takes it, with a new protection period ({rule}).</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="95"/>
        <source>The deal advanced since its period began: its owner gets a new period.</source>
        <translation>The deal advanced since its period began: its owner gets a new period.</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="102"/>
        <source>penalised</source>
        <translation>penalised</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="103"/>
        <source>released to the public field</source>
        <translation>released to the public field</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="104"/>
        <source>claimed</source>
        <translation>claimed</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="105"/>
        <source>transferred</source>
        <translation>transferred</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="106"/>
        <source>protection extended</source>
        <translation>protection extended</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="112"/>
        <source>industry</source>
        <translation>industry</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="112"/>
        <source>named account</source>
        <translation>named account</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="112"/>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="122"/>
        <source>In the public field since {day}: any member may claim it.</source>
        <translation>In the public field since {day}: any member may claim it.</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="126"/>
        <source>Protected until {day}: {n} days left.</source>
        <translation>Protected until {day}: {n} days left.</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="130"/>
        <source>Protection expired on {day} ({n} days ago).</source>
        <translation>Protection expired on {day} ({n} days ago).</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="134"/>
        <source>Owner penalised on {day}.</source>
        <translation>Owner penalised on {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="136"/>
        <source>It advanced a stage since its period began.</source>
        <translation>It advanced a stage since its period began.</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="138"/>
        <source>No stage advance since its period began: a decision is due.</source>
        <translation>No stage advance since its period began: a decision is due.</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="140"/>
        <source>Not protected: protection starts when a deal becomes a valid opportunity (P3).</source>
        <translation>Not protected: protection starts when a deal becomes a valid opportunity (P3).</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="182"/>
        <source>Claim a deal</source>
        <translation>Claim a deal</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="182"/>
        <location filename="../../desktop/protection/decide.py" line="299"/>
        <source>Protection decision</source>
        <translation>Protection decision</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="187"/>
        <source>Owner: {owner}</source>
        <translation>Owner: {owner}</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="187"/>
        <location filename="../../desktop/protection/lists.py" line="79"/>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="198"/>
        <location filename="../../desktop/protection/section.py" line="62"/>
        <source>Territory: {who}</source>
        <translation>Territory: {who}</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="200"/>
        <source>The account is in nobody&apos;s territory (Team → Territories…).</source>
        <translation>The account is in nobody&apos;s territory (Team → Territories…).</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="229"/>
        <source>Claimed by</source>
        <translation>Claimed by</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="229"/>
        <source>New owner</source>
        <translation>New owner</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="233"/>
        <source>Why (kept with the decision)</source>
        <translation>Why (kept with the decision)</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="234"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="240"/>
        <source>Record decision</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="299"/>
        <source>Nothing to decide: the deal&apos;s protection still runs.</source>
        <translation>Nothing to decide: the deal&apos;s protection still runs.</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/decide.py" line="309"/>
        <source>{decision}: “{deal}”</source>
        <translation>{decision}: “{deal}”</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="52"/>
        <source>Expired on</source>
        <translation>Expired on</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="52"/>
        <source>Public since</source>
        <translation>Public since</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="53"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="53"/>
        <source>Was owned by</source>
        <translation>Was owned by</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="55"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="56"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="57"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="61"/>
        <source>Territory of</source>
        <translation>Territory of</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="71"/>
        <source>Awaiting a decision: expired with no stage advance and no penalty yet</source>
        <translation>Awaiting a decision: expired with no stage advance and no penalty yet</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="72"/>
        <source>Whose territory the account falls in: the suggested owner</source>
        <translation>Whose territory the account falls in: the suggested owner</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="85"/>
        <source>Awaiting a decision</source>
        <translation>Awaiting a decision</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="87"/>
        <source>Penalised</source>
        <translation>Penalised</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="88"/>
        <source>Advanced since</source>
        <translation>Advanced since</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="130"/>
        <source>Protection: expired deals and the public field</source>
        <translation>Protection: expired deals and the public field</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="134"/>
        <source>A valid opportunity is protected for its owner for a few months. When the period runs out without a stage advance, decide: penalise the owner, release the deal to the public field, or transfer it to whoever uncovered it. Any member may claim a deal of the public field.</source>
        <translation>A valid opportunity is protected for its owner for a few months. When the period runs out without a stage advance, decide: penalise the owner, release the deal to the public field, or transfer it to whoever uncovered it. Any member may claim a deal of the public field.</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="150"/>
        <source>No protection has expired. Deals in P3 or later are protected for their owner; one whose period runs out without progress is listed here.</source>
        <translation>No protection has expired. Deals in P3 or later are protected for their owner; one whose period runs out without progress is listed here.</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="156"/>
        <source>The public field is empty. A deal released from an expired protection appears here, and any member may claim it.</source>
        <translation>The public field is empty. A deal released from an expired protection appears here, and any member may claim it.</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="161"/>
        <location filename="../../desktop/protection/section.py" line="88"/>
        <source>Decide…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="163"/>
        <source>Penalise, release or transfer the selected deal</source>
        <translation>Penalise, release or transfer the selected deal</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="165"/>
        <location filename="../../desktop/protection/section.py" line="88"/>
        <source>Claim…</source>
        <translation>Claim…</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="167"/>
        <source>Take the selected deal: you become its owner</source>
        <translation>Take the selected deal: you become its owner</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="170"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="171"/>
        <source>Public field</source>
        <translation>Public field</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="203"/>
        <source>Awaiting a decision ({n})</source>
        <translation>Awaiting a decision ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/lists.py" line="204"/>
        <source>Public field ({n})</source>
        <translation>Public field ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/section.py" line="64"/>
        <source>In nobody&apos;s territory (Team → Territories…).</source>
        <translation>In nobody&apos;s territory (Team → Territories…).</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/section.py" line="71"/>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/section.py" line="72"/>
        <source>{day}: {what} by {who}</source>
        <translation>{day}: {what} by {who}</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/section.py" line="91"/>
        <source>Take this deal from the public field: you become its owner</source>
        <translation>Take this deal from the public field: you become its owner</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/section.py" line="93"/>
        <source>Penalise the owner, release the deal to the public field or transfer it</source>
        <translation>Penalise the owner, release the deal to the public field or transfer it</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/territories.py" line="41"/>
        <source>Named account</source>
        <translation>Named account</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/territories.py" line="42"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/territories.py" line="43"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/territories.py" line="52"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/territories.py" line="52"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/territories.py" line="52"/>
        <source>Region, industry or account</source>
        <translation>Region, industry or account</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/territories.py" line="55"/>
        <source>A region covers every place under it</source>
        <translation>A region covers every place under it</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/territories.py" line="70"/>
        <source>Territories</source>
        <translation>Territories</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/territories.py" line="74"/>
        <source>Give each member the regions, industries or named accounts they answer for. An account falls in the most specific match: a named account, then the deepest region, then the industry. The member is suggested as the owner when a deal there is claimed or transferred.</source>
        <translation>Give each member the regions, industries or named accounts they answer for. An account falls in the most specific match: a named account, then the deepest region, then the industry. The member is suggested as the owner when a deal there is claimed or transferred.</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/territories.py" line="90"/>
        <source>No territories yet. Choose a member, a kind and a region, industry or account below, then Add.</source>
        <translation>No territories yet. Choose a member, a kind and a region, industry or account below, then Add.</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/territories.py" line="110"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/territories.py" line="113"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/territories.py" line="157"/>
        <source>Add your team on the Team page first.</source>
        <translation>Add your team on the Team page first.</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/territories.py" line="172"/>
        <source>e.g. China/East</source>
        <translation>e.g. China/East</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/territories.py" line="172"/>
        <source>e.g. Steel</source>
        <translation>e.g. Steel</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/territories.py" line="196"/>
        <source>Add {member}&apos;s territory {value}</source>
        <translation>Add {member}&apos;s territory {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/protection/territories.py" line="208"/>
        <source>Remove {member}&apos;s territory {value}</source>
        <translation>Remove {member}&apos;s territory {value}</translation>
    </message>
</context>
<context>
    <name>RatesEditor</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="289"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="289"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="296"/>
        <source>Add a currency</source>
        <translation>Add a currency</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="299"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="323"/>
        <source>Three letters, such as USD or EUR</source>
        <translation>Three letters, such as USD or EUR</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="366"/>
        <source>“{code}” is not a currency code such as USD or EUR.</source>
        <translation>“{code}” is not a currency code such as USD or EUR.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="370"/>
        <source>{code} is the base currency: it needs no rate.</source>
        <translation>{code} is the base currency: it needs no rate.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="372"/>
        <source>{code} has two rates.</source>
        <translation>{code} has two rates.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="112"/>
        <source>Why? (kept in the stage history)</source>
        <translation>Why? (kept in the stage history)</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="114"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="118"/>
        <source>Unknown / none</source>
        <translation>Unknown / none</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="121"/>
        <source>Lost to</source>
        <translation>Lost to</translation>
    </message>
</context>
<context>
    <name>ReviewPack</name>
    <message>
        <location filename="../../desktop/report/pack.py" line="112"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="113"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="114"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="115"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="116"/>
        <source>Sales channel</source>
        <translation>Sales channel</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="117"/>
        <source>Partner kind</source>
        <translation>Partner kind</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="118"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="119"/>
        <source>Parent account</source>
        <translation>Parent account</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="120"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="121"/>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="122"/>
        <source>Development stage</source>
        <translation>Development stage</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="123"/>
        <source>Registered capital</source>
        <translation>Registered capital</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="124"/>
        <source>Main business</source>
        <translation>Main business</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="125"/>
        <source>Industry chain</source>
        <translation>Industry chain</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="126"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="127"/>
        <source>Markets</source>
        <translation>Markets</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="128"/>
        <source>Business regions</source>
        <translation>Business regions</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="129"/>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="130"/>
        <source>IT situation</source>
        <translation>IT situation</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="131"/>
        <source>Core needs</source>
        <translation>Core needs</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="132"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="148"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="149"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="150"/>
        <source>Character</source>
        <translation>Character</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="151"/>
        <source>Career situation</source>
        <translation>Career situation</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="152"/>
        <source>Tenure, hobbies</source>
        <translation>Tenure, hobbies</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="153"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="154"/>
        <source>Education, career</source>
        <translation>Education, career</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="226"/>
        <source>Account review pack</source>
        <translation>Account review pack</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="228"/>
        <source>Owner: {name}</source>
        <translation>Owner: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="245"/>
        <source>{n} open deal(s), {amount} in all; furthest stage {stage}.</source>
        <translation>{n} open deal(s), {amount} in all; furthest stage {stage}.</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="254"/>
        <source>No open deal on this account.</source>
        <translation>No open deal on this account.</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="255"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="269"/>
        <source>No profile recorded yet.</source>
        <translation>No profile recorded yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="270"/>
        <source>Decision chain</source>
        <translation>Decision chain</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="272"/>
        <source>Best routes to the key decision maker</source>
        <translation>Best routes to the key decision maker</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="274"/>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="282"/>
        <location filename="../../desktop/report/pack.py" line="541"/>
        <source>Nobody of this customer is on record yet.</source>
        <translation>Nobody of this customer is on record yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="289"/>
        <source>nobody known</source>
        <translation>nobody known</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="302"/>
        <location filename="../../desktop/report/pack.py" line="568"/>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="302"/>
        <location filename="../../desktop/report/pack.py" line="566"/>
        <source>insider</source>
        <translation>insider</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="306"/>
        <source>no contact</source>
        <translation>no contact</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="309"/>
        <location filename="../../desktop/report/pack.py" line="419"/>
        <location filename="../../desktop/report/pack.py" line="550"/>
        <location filename="../../desktop/report/pack.py" line="573"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="312"/>
        <source>Our highest contact</source>
        <translation>Our highest contact</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="312"/>
        <location filename="../../desktop/report/pack.py" line="527"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="312"/>
        <location filename="../../desktop/report/pack.py" line="555"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="312"/>
        <location filename="../../desktop/report/pack.py" line="555"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="329"/>
        <source>strength {p}</source>
        <translation>strength {p}</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="337"/>
        <source>No risk found in the decision chain.</source>
        <translation>No risk found in the decision chain.</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="347"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="347"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="347"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="353"/>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="357"/>
        <source>{account}: open deals, and those closed in the last {days} days</source>
        <translation>{account}: open deals, and those closed in the last {days} days</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="364"/>
        <source>No deal on this account yet.</source>
        <translation>No deal on this account yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="374"/>
        <source>close {day}</source>
        <translation>close {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="376"/>
        <source>owner {name}</source>
        <translation>owner {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="383"/>
        <source>Exit criteria of {stage}: {met} of {n} met</source>
        <translation>Exit criteria of {stage}: {met} of {n} met</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="392"/>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="394"/>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="396"/>
        <source>from the data</source>
        <translation>from the data</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="400"/>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="400"/>
        <source>Exit criterion</source>
        <translation>Exit criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="400"/>
        <location filename="../../desktop/report/pack.py" line="413"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="401"/>
        <source>Five elements</source>
        <translation>Five elements</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="413"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="413"/>
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="418"/>
        <source>Warnings: {list}</source>
        <translation>Warnings: {list}</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="430"/>
        <source>Activities and next steps</source>
        <translation>Activities and next steps</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="431"/>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="434"/>
        <source>No open next step.</source>
        <translation>No open next step.</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="439"/>
        <source>The account</source>
        <translation>The account</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="442"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="442"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="442"/>
        <location filename="../../desktop/report/pack.py" line="483"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="452"/>
        <source>{n} more key action(s) of the open deals are due after {day} (see the Tasks page).</source>
        <translation>{n} more key action(s) of the open deals are due after {day} (see the Tasks page).</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="462"/>
        <source>Activities from {since} to {today}</source>
        <translation>Activities from {since} to {today}</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="483"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="483"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="483"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="483"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="491"/>
        <source>No activity in the last {n} days.</source>
        <translation>No activity in the last {n} days.</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="516"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="532"/>
        <source>This pack includes personal attributes of the customer&apos;s staff: keep it within the account team.</source>
        <translation>This pack includes personal attributes of the customer&apos;s staff: keep it within the account team.</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="555"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="555"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="555"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="570"/>
        <source>backs {competitor}</source>
        <translation>backs {competitor}</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="572"/>
        <source>reports to {name}</source>
        <translation>reports to {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="640"/>
        <source>{account} — account review pack</source>
        <translation>{account} — account review pack</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="655"/>
        <source>Includes personal attributes: keep within the account team</source>
        <translation>Includes personal attributes: keep within the account team</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="657"/>
        <source>For internal review</source>
        <translation>For internal review</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="667"/>
        <source>Page {n} of {total}</source>
        <translation>Page {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="688"/>
        <source>Decision chain — {account}</source>
        <translation>Decision chain — {account}</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="690"/>
        <source>The {n} strongest route(s) to the key decision maker are lit.</source>
        <translation>The {n} strongest route(s) to the key decision maker are lit.</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="717"/>
        <source>Nobody of this customer is on record yet: the map is empty.</source>
        <translation>Nobody of this customer is on record yet: the map is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="748"/>
        <source>Account review pack — {account}</source>
        <translation>Account review pack — {account}</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="765"/>
        <source>Cannot draw the review pack.</source>
        <translation>Cannot draw the review pack.</translation>
    </message>
    <message>
        <location filename="../../desktop/report/pack.py" line="791"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewPackDialog</name>
    <message>
        <location filename="../../desktop/report/dialog.py" line="61"/>
        <location filename="../../desktop/report/dialog.py" line="122"/>
        <source>review pack</source>
        <translation>review pack</translation>
    </message>
    <message>
        <location filename="../../desktop/report/dialog.py" line="68"/>
        <location filename="../../desktop/report/dialog.py" line="190"/>
        <source>Export review pack</source>
        <translation>Export review pack</translation>
    </message>
    <message>
        <location filename="../../desktop/report/dialog.py" line="72"/>
        <source>A PDF for a review meeting: the profile, the decision-chain map with the best routes to the key decision maker, coverage and risks, the deals with their exit criteria and five elements, the last 90 days&apos; activities and the next steps.</source>
        <translation>A PDF for a review meeting: the profile, the decision-chain map with the best routes to the key decision maker, coverage and risks, the deals with their exit criteria and five elements, the last 90 days&apos; activities and the next steps.</translation>
    </message>
    <message>
        <location filename="../../desktop/report/dialog.py" line="90"/>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <location filename="../../desktop/report/dialog.py" line="93"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/report/dialog.py" line="99"/>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <location filename="../../desktop/report/dialog.py" line="101"/>
        <source>Include personal attributes (age, family, character, career)</source>
        <translation>Include personal attributes (age, family, character, career)</translation>
    </message>
    <message>
        <location filename="../../desktop/report/dialog.py" line="104"/>
        <source>Left out unless you tick this: the pack may travel further than the account team.</source>
        <translation>Left out unless you tick this: the pack may travel further than the account team.</translation>
    </message>
    <message>
        <location filename="../../desktop/report/dialog.py" line="110"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/report/dialog.py" line="131"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/report/dialog.py" line="131"/>
        <source>Save the review pack</source>
        <translation>Save the review pack</translation>
    </message>
    <message>
        <location filename="../../desktop/report/dialog.py" line="168"/>
        <source>There is no account yet: create one first.</source>
        <translation>There is no account yet: create one first.</translation>
    </message>
    <message>
        <location filename="../../desktop/report/dialog.py" line="186"/>
        <source>That account is gone.</source>
        <translation>That account is gone.</translation>
    </message>
    <message>
        <location filename="../../desktop/report/dialog.py" line="194"/>
        <source>Review pack saved to {path}.</source>
        <translation>Review pack saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/report/dialog.py" line="207"/>
        <source>Export review pack…</source>
        <translation>Export review pack…</translation>
    </message>
    <message>
        <location filename="../../desktop/report/dialog.py" line="208"/>
        <source>Write the selected account&apos;s review pack as a PDF, for a review meeting</source>
        <translation>Write the selected account&apos;s review pack as a PDF, for a review meeting</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../desktop/dashboards/review_tab.py" line="42"/>
        <source>Forced moves awaiting approval</source>
        <translation>Forced moves awaiting approval</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/review_tab.py" line="43"/>
        <source>Exit criteria ticked but contradicted by the data</source>
        <translation>Exit criteria ticked but contradicted by the data</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/review_tab.py" line="44"/>
        <source>Expired protections awaiting a decision</source>
        <translation>Expired protections awaiting a decision</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/review_tab.py" line="45"/>
        <source>Overdue next steps</source>
        <translation>Overdue next steps</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/review_tab.py" line="46"/>
        <source>Deals with no recent activity</source>
        <translation>Deals with no recent activity</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/review_tab.py" line="52"/>
        <source>A deal moved past an unmet gate; a manager approves or reverts it</source>
        <translation>A deal moved past an unmet gate; a manager approves or reverts it</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/review_tab.py" line="53"/>
        <source>The criterion is ticked done but the workspace&apos;s data says it is not met</source>
        <translation>The criterion is ticked done but the workspace&apos;s data says it is not met</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/review_tab.py" line="56"/>
        <source>Penalise, release or transfer the deal</source>
        <translation>Penalise, release or transfer the deal</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/review_tab.py" line="57"/>
        <source>A next step agreed with the customer is past its day</source>
        <translation>A next step agreed with the customer is past its day</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/review_tab.py" line="58"/>
        <source>No visit, call or other activity logged for the set number of days</source>
        <translation>No visit, call or other activity logged for the set number of days</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/review_tab.py" line="91"/>
        <source>What needs a decision or a nudge before the review meeting. Double-click a deal to open it on the board.</source>
        <translation>What needs a decision or a nudge before the review meeting. Double-click a deal to open it on the board.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/review_tab.py" line="98"/>
        <source>Nothing to review</source>
        <translation>Nothing to review</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/review_tab.py" line="99"/>
        <source>No forced move waits for approval, no tick is contradicted, no protection has expired, no next step is overdue and every open deal had an activity lately.</source>
        <translation>No forced move waits for approval, no tick is contradicted, no protection has expired, no next step is overdue and every open deal had an activity lately.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/review_tab.py" line="114"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/review_tab.py" line="114"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/review_tab.py" line="114"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/review_tab.py" line="114"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/review_tab.py" line="114"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/review_tab.py" line="129"/>
        <source>{kind} ({n})</source>
        <translation>{kind} ({n})</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <location filename="../../desktop/pages/list_editor.py" line="225"/>
        <source>&amp;Copy name</source>
        <translation>&amp;Copy name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/list_editor.py" line="227"/>
        <source>Copy the name to the clipboard, to paste it elsewhere</source>
        <translation>Copy the name to the clipboard, to paste it elsewhere</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/list_editor.py" line="258"/>
        <source>Show on &amp;map</source>
        <translation>Show on &amp;map</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/list_editor.py" line="260"/>
        <source>Open the org map with this person selected</source>
        <translation>Open the org map with this person selected</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/list_editor.py" line="262"/>
        <source>Open this account&apos;s org map</source>
        <translation>Open this account&apos;s org map</translation>
    </message>
</context>
<context>
    <name>SampleProgress</name>
    <message>
        <location filename="../../desktop/app.py" line="622"/>
        <source>Sample workspace</source>
        <translation>Sample workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="623"/>
        <source>Creating the sample workspace…</source>
        <translation>Creating the sample workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="624"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../desktop/search_dialog.py" line="66"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/search_dialog.py" line="67"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/search_dialog.py" line="68"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../desktop/search_dialog.py" line="80"/>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../../desktop/search_dialog.py" line="274"/>
        <source>Go to</source>
        <translation>Go to</translation>
    </message>
    <message>
        <location filename="../../desktop/search_dialog.py" line="298"/>
        <source>Go to an account, person or deal…</source>
        <translation>Go to an account, person or deal…</translation>
    </message>
    <message>
        <location filename="../../desktop/search_dialog.py" line="374"/>
        <source>Find accounts, people and deals by name, pinyin initials such as zs for 张三, or phone.</source>
        <translation>Find accounts, people and deals by name, pinyin initials such as zs for 张三, or phone.</translation>
    </message>
    <message>
        <location filename="../../desktop/search_dialog.py" line="379"/>
        <source>Nothing found for “{query}”.</source>
        <translation>Nothing found for “{query}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/search_dialog.py" line="380"/>
        <source>↑↓ choose · Enter go · Esc close</source>
        <translation>↑↓ choose · Enter go · Esc close</translation>
    </message>
    <message>
        <location filename="../../desktop/search_dialog.py" line="382"/>
        <source>The first {n} shown: type more to narrow them down.</source>
        <translation>The first {n} shown: type more to narrow them down.</translation>
    </message>
</context>
<context>
    <name>SelfCheckView</name>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="53"/>
        <source>Channels: are your leads coming from the channels that convert best (existing customers, referrals, events), or mostly from cold ones?</source>
        <translation>Channels: are your leads coming from the channels that convert best (existing customers, referrals, events), or mostly from cold ones?</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="55"/>
        <source>Strategy: are you visiting the departments and people who can start a purchase, with a reason for the next meeting each time?</source>
        <translation>Strategy: are you visiting the departments and people who can start a purchase, with a reason for the next meeting each time?</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="57"/>
        <source>Confirmation: do you check the five elements early, with presales and your manager, so that real opportunities are recognised and weak ones dropped?</source>
        <translation>Confirmation: do you check the five elements early, with presales and your manager, so that real opportunities are recognised and weak ones dropped?</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="59"/>
        <source>Yourself: do your skills and your drive match the visits — what would you practise, or ask your manager to help with?</source>
        <translation>Yourself: do your skills and your drive match the visits — what would you practise, or ask your manager to help with?</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="77"/>
        <source>Many visits, few opportunities</source>
        <translation>Many visits, few opportunities</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="79"/>
        <source>Thin reserve</source>
        <translation>Thin reserve</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="91"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="92"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="93"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="94"/>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="95"/>
        <source>Near-term</source>
        <translation>Near-term</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="96"/>
        <source>Far-term</source>
        <translation>Far-term</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="97"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="102"/>
        <source>Active members of the team</source>
        <translation>Active members of the team</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="103"/>
        <source>Visits, calls and other activities they took part in, last {n} days</source>
        <translation>Visits, calls and other activities they took part in, last {n} days</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="106"/>
        <source>Their deals that became a valid opportunity (P3) in those days</source>
        <translation>Their deals that became a valid opportunity (P3) in those days</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="107"/>
        <source>Their opportunities that moved forward a stage in those days</source>
        <translation>Their opportunities that moved forward a stage in those days</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="108"/>
        <source>Open deals in P5–P7, or expected to close within {n} days</source>
        <translation>Open deals in P5–P7, or expected to close within {n} days</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="109"/>
        <source>Other open deals in P3–P4</source>
        <translation>Other open deals in P3–P4</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="110"/>
        <source>What the self-check asks them to look at</source>
        <translation>What the self-check asks them to look at</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="213"/>
        <source>The last {n} days of each member: activities against opportunities created and advanced. At {many} activities or more with {few} opportunity or fewer, the method asks four questions; no near-term opportunity and {far} far-term ones or fewer means the reserve is thin.</source>
        <translation>The last {n} days of each member: activities against opportunities created and advanced. At {many} activities or more with {few} opportunity or fewer, the method asks four questions; no near-term opportunity and {far} far-term ones or fewer means the reserve is thin.</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="223"/>
        <source>No one to check yet</source>
        <translation>No one to check yet</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="224"/>
        <source>Add your team on the Members tab; each member&apos;s self-check shows here.</source>
        <translation>Add your team on the Members tab; each member&apos;s self-check shows here.</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="310"/>
        <source>{name} · {role}, {start} to {end}</source>
        <translation>{name} · {role}, {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="319"/>
        <source>{acts} activities; {opps} opportunities created or advanced ({created} created, {advanced} advanced). Open reserve: {near} near-term, {far} far-term.</source>
        <translation>{acts} activities; {opps} opportunities created or advanced ({created} created, {advanced} advanced). Open reserve: {near} near-term, {far} far-term.</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="334"/>
        <source>&lt;b&gt;Many visits, few opportunities.&lt;/b&gt; Ask yourself:</source>
        <translation>&lt;b&gt;Many visits, few opportunities.&lt;/b&gt; Ask yourself:</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="340"/>
        <source>The questions and the reserve warning are for sales reps, whose pipeline this is; the days above show this member&apos;s activities.</source>
        <translation>The questions and the reserve warning are for sales reps, whose pipeline this is; the days above show this member&apos;s activities.</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="347"/>
        <source>Only {acts} activities in {n} days: look at each day above — where did the time go?</source>
        <translation>Only {acts} activities in {n} days: look at each day above — where did the time go?</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="353"/>
        <source>Activities are turning into opportunities; look at each day above.</source>
        <translation>Activities are turning into opportunities; look at each day above.</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/selfcheck_view.py" line="357"/>
        <source>No near-term opportunity and only {far} far-term: the pipeline will run dry. Mine new leads and turn them into valid opportunities now.</source>
        <translation>No near-term opportunity and only {far} far-term: the pipeline will run dry. Mine new leads and turn them into valid opportunities now.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="457"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="461"/>
        <source>On this computer</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="464"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="470"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="473"/>
        <source>For the whole team (saved in the workspace)</source>
        <translation>For the whole team (saved in the workspace)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="481"/>
        <source>Close reasons</source>
        <translation>Close reasons</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="491"/>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="493"/>
        <source>How long a valid opportunity stays with its owner (P3.PROTECT.2)</source>
        <translation>How long a valid opportunity stays with its owner: the method&apos;s protection period</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="495"/>
        <source>The currency a new deal starts with</source>
        <translation>The currency a new deal starts with</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="496"/>
        <source>Default currency</source>
        <translation>Default currency</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="497"/>
        <source>Protection period</source>
        <translation>Protection period</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="498"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="512"/>
        <source>Totals, forecasts and targets add amounts up in this currency</source>
        <translation>Totals, forecasts and targets add amounts up in this currency</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="514"/>
        <source>Base currency</source>
        <translation>Base currency</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="518"/>
        <source>Rate: how many units of the base currency one unit of the currency is worth (for example USD 7.2 with the base CNY). A total leaves out deals in a currency without a rate and says so.</source>
        <translation>Rate: how many units of the base currency one unit of the currency is worth (for example USD 7.2 with the base CNY). A total leaves out deals in a currency without a rate and says so.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="529"/>
        <source>Currencies</source>
        <translation>Currencies</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="533"/>
        <source>Learn stage probabilities from our closed deals</source>
        <translation>Learn stage probabilities from our closed deals</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="537"/>
        <source>For each stage: of our won, lost and shelved deals that reached it, the share we won</source>
        <translation>For each stage: of our won, lost and shelved deals that reached it, the share we won</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="548"/>
        <source>With fewer closed deals through a stage, the method&apos;s default stays</source>
        <translation>With fewer closed deals through a stage, the method&apos;s default stays</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="550"/>
        <source>Closed deals needed per stage</source>
        <translation>Closed deals needed per stage</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="557"/>
        <source>A value set by hand wins over the learned one for its stage. Weighted amounts on the board and in forecasts use the probabilities in force.</source>
        <translation>A value set by hand wins over the learned one for its stage. Weighted amounts on the board and in forecasts use the probabilities in force.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="563"/>
        <source>Stage probabilities</source>
        <translation>Stage probabilities</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="633"/>
        <source>“{code}” is not a currency code such as CNY or USD.</source>
        <translation>“{code}” is not a currency code such as CNY or USD.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="655"/>
        <location filename="../../desktop/settings_dialog.py" line="657"/>
        <source>Change team settings</source>
        <translation>Change team settings</translation>
    </message>
</context>
<context>
    <name>TargetingPage</name>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="218"/>
        <source>Choose the {dimension} values that describe your best customers</source>
        <translation>Choose the {dimension} values that describe your best customers</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="232"/>
        <source>How much {dimension} counts in the fit score; 0 leaves it out of the score (it still decides who meets the whole description)</source>
        <translation>How much {dimension} counts in the fit score; 0 leaves it out of the score (it still decides who meets the whole description)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="293"/>
        <source>New segment</source>
        <translation>New segment</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="294"/>
        <source>Start describing another group of target customers</source>
        <translation>Start describing another group of target customers</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="300"/>
        <source>Save segment</source>
        <translation>Save segment</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="301"/>
        <source>Keep this description and its weights (undo takes it back)</source>
        <translation>Keep this description and its weights (undo takes it back)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="307"/>
        <source>Delete segment</source>
        <translation>Delete segment</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="308"/>
        <source>Delete the selected saved segment; the accounts stay as they are</source>
        <translation>Delete the selected saved segment; the accounts stay as they are</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="345"/>
        <source>Saved segments</source>
        <translation>Saved segments</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="360"/>
        <source>No saved segments yet.

Describe your best customers: choose the natures, industries, regions and sizes that fit, then weight what matters most. Save to keep the description.</source>
        <translation>No saved segments yet.

Describe your best customers: choose the natures, industries, regions and sizes that fit, then weight what matters most. Save to keep the description.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="386"/>
        <source>Describe your best customers</source>
        <translation>Describe your best customers</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="388"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="392"/>
        <source>Name this segment, e.g. East China state groups</source>
        <translation>Name this segment, e.g. East China state groups</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="406"/>
        <source>Drop changes</source>
        <translation>Drop changes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="407"/>
        <source>Go back to the segment as it was saved</source>
        <translation>Go back to the segment as it was saved</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="416"/>
        <source>Chosen values</source>
        <translation>Chosen values</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="416"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="416"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="452"/>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="453"/>
        <source>Untick every value: this dimension no longer counts</source>
        <translation>Untick every value: this dimension no longer counts</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="492"/>
        <source>Target list</source>
        <translation>Target list</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="501"/>
        <source>Find an account in the list (Ctrl+F)</source>
        <translation>Find an account in the list (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="505"/>
        <source>Only full matches</source>
        <translation>Only full matches</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="506"/>
        <source>Hide accounts that meet only part of the description</source>
        <translation>Hide accounts that meet only part of the description</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="531"/>
        <source>&amp;Open account</source>
        <translation>&amp;Open account</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="533"/>
        <source>Show the account on the Accounts page (double-click)</source>
        <translation>Show the account on the Accounts page (double-click)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="542"/>
        <source>No accounts to rank yet</source>
        <translation>No accounts to rank yet</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="544"/>
        <source>Describe your best customers: choose the natures, industries, regions and sizes that fit, then weight what matters most. Add accounts on the Accounts page and they are ranked here against your description.</source>
        <translation>Describe your best customers: choose the natures, industries, regions and sizes that fit, then weight what matters most. Add accounts on the Accounts page and they are ranked here against your description.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="551"/>
        <source>No account fits</source>
        <translation>No account fits</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="553"/>
        <source>None of your accounts meets this description. Untick a value, choose a wider region, or clear “Only full matches”.</source>
        <translation>None of your accounts meets this description. Untick a value, choose a wider region, or clear “Only full matches”.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="561"/>
        <source>Fit: green bar = meets the whole description, blue = part of it. Double-click an account to open it.</source>
        <translation>Fit: green bar = meets the whole description, blue = part of it. Double-click an account to open it.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="776"/>
        <source>New segment — not saved yet.</source>
        <translation>New segment — not saved yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="778"/>
        <source>Changed — not saved yet.</source>
        <translation>Changed — not saved yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="780"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="784"/>
        <source>It also asks for {what}, which ranking cannot use; saving leaves that out.</source>
        <translation>It also asks for {what}, which ranking cannot use; saving leaves that out.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="823"/>
        <source>&lt;b&gt;{dimension}&lt;/b&gt; — {hint}</source>
        <translation>&lt;b&gt;{dimension}&lt;/b&gt; — {hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="831"/>
        <source>Add a region path, e.g. China/East/Shanghai, and press Enter</source>
        <translation>Add a region path, e.g. China/East/Shanghai, and press Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="834"/>
        <source>Add a keyword and press Enter</source>
        <translation>Add a keyword and press Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="836"/>
        <source>Add a value and press Enter</source>
        <translation>Add a value and press Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="934"/>
        <source>Unsaved segment</source>
        <translation>Unsaved segment</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="935"/>
        <source>The segment you are editing has changes that are not saved.</source>
        <translation>The segment you are editing has changes that are not saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="939"/>
        <source>Save them before you go on?</source>
        <translation>Save them before you go on?</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="974"/>
        <source>Give the segment a name before saving it.</source>
        <translation>Give the segment a name before saving it.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="981"/>
        <source>Save segment {name}</source>
        <translation>Save segment {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="995"/>
        <source>Change segment {name}</source>
        <translation>Change segment {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="1001"/>
        <source>Segment {name} saved.</source>
        <translation>Segment {name} saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="1008"/>
        <source>Delete segment {name}</source>
        <translation>Delete segment {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="1040"/>
        <source>all {n} accounts, biggest open pipeline first</source>
        <translation>all {n} accounts, biggest open pipeline first</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/targeting.py" line="1045"/>
        <source>{shown} of {n} accounts fit, {full} fully</source>
        <translation>{shown} of {n} accounts fit, {full} fully</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="143"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="144"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="144"/>
        <source>Target ({base})</source>
        <translation>Target ({base})</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="146"/>
        <source>Type an amount in the base currency and press Enter</source>
        <translation>Type an amount in the base currency and press Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="168"/>
        <source>The team&apos;s own target, not the sum of its members&apos;</source>
        <translation>The team&apos;s own target, not the sum of its members&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="170"/>
        <source>No target yet: double-click to type one</source>
        <translation>No target yet: double-click to type one</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="218"/>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="221"/>
        <source>What each member, and the team as a whole, is to win (contracts signed) or collect (payments received) in a period. Attainment, pipeline coverage and the reverse funnel on the Team tab start from here.</source>
        <translation>What each member, and the team as a whole, is to win (contracts signed) or collect (payments received) in a period. Attainment, pipeline coverage and the reverse funnel on the Team tab start from here.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="230"/>
        <source>Per</source>
        <translation>Per</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="233"/>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="234"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="235"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="237"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="243"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="246"/>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="247"/>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="249"/>
        <source>Contract values of deals won in the period</source>
        <translation>Contract values of deals won in the period</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="251"/>
        <source>Payments received in the period</source>
        <translation>Payments received in the period</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="284"/>
        <source>Remove target</source>
        <translation>Remove target</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="286"/>
        <source>Remove the selected row&apos;s target for this period</source>
        <translation>Remove the selected row&apos;s target for this period</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="354"/>
        <source>No targets for this period yet: double-click a row&apos;s Target to type one.</source>
        <translation>No targets for this period yet: double-click a row&apos;s Target to type one.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="358"/>
        <source>The members&apos; targets add up to {sum}.</source>
        <translation>The members&apos; targets add up to {sum}.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="361"/>
        <source>The team&apos;s target is {team}.</source>
        <translation>The team&apos;s target is {team}.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="378"/>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="391"/>
        <source>the team</source>
        <translation>the team</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="379"/>
        <source>Set the {period} target of {who} to {amount}</source>
        <translation>Set the {period} target of {who} to {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="392"/>
        <source>Remove the {period} target of {who}</source>
        <translation>Remove the {period} target of {who}</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/targets_dialog.py" line="403"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="45"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="46"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="47"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="48"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="49"/>
        <source>Sales channel</source>
        <translation>Sales channel</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="50"/>
        <source>Development stage</source>
        <translation>Development stage</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="51"/>
        <source>IT situation</source>
        <translation>IT situation</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="52"/>
        <source>Core needs</source>
        <translation>Core needs</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="59"/>
        <source>Public organisation, state-owned, foreign or joint venture, private</source>
        <translation>Public organisation, state-owned, foreign or joint venture, private</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="60"/>
        <source>The industries where your offer fits best</source>
        <translation>The industries where your offer fits best</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="61"/>
        <source>A region includes everything inside it: ticking a province takes in its cities and districts</source>
        <translation>A region includes everything inside it: ticking a province takes in its cities and districts</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="65"/>
        <source>Extra-large, large, medium, small or micro</source>
        <translation>Extra-large, large, medium, small or micro</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="66"/>
        <source>Sold directly or through a channel partner</source>
        <translation>Sold directly or through a channel partner</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="67"/>
        <source>Start-up, growth, mature, transformation…</source>
        <translation>Start-up, growth, mature, transformation…</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="68"/>
        <source>Keywords found in the account&apos;s IT situation</source>
        <translation>Keywords found in the account&apos;s IT situation</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="69"/>
        <source>Keywords found in the account&apos;s core needs</source>
        <translation>Keywords found in the account&apos;s core needs</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="88"/>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="133"/>
        <source>Describes no dimension yet: every account fits.</source>
        <translation>Describes no dimension yet: every account fits.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="247"/>
        <source>{n} account(s)</source>
        <translation>{n} account(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/targets_model.py" line="248"/>
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
    <name>TaskEditor</name>
    <message>
        <location filename="../../desktop/tasks/view.py" line="172"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="174"/>
        <source>&amp;Assignee</source>
        <translation>&amp;Assignee</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="175"/>
        <source>D&amp;ue</source>
        <translation>D&amp;ue</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../desktop/tasks/model.py" line="41"/>
        <location filename="../../desktop/tasks/view.py" line="315"/>
        <source>Done {day}</source>
        <translation>Done {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="43"/>
        <source>Dormant: the deal is closed or back before this stage</source>
        <translation>Dormant: the deal is closed or back before this stage</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="46"/>
        <source>1 day late</source>
        <translation>1 day late</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="46"/>
        <source>{n} days late</source>
        <translation>{n} days late</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="48"/>
        <source>nobody took it</source>
        <translation>nobody took it</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="49"/>
        <source>Escalated: {late} ({who})</source>
        <translation>Escalated: {late} ({who})</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="52"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="62"/>
        <location filename="../../desktop/tasks/view.py" line="314"/>
        <source>Dormant</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="64"/>
        <location filename="../../desktop/tasks/view.py" line="314"/>
        <source>Escalated, {n} d late</source>
        <translation>Escalated, {n} d late</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="90"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="91"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="92"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="93"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="94"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="95"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="96"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="101"/>
        <source>A key action of the stage (the method&apos;s text) or a task written by hand</source>
        <translation>A key action of the stage (the method&apos;s text) or a task written by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="102"/>
        <source>The deal and its account</source>
        <translation>The deal and its account</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="103"/>
        <source>The stage whose key action this is</source>
        <translation>The stage whose key action this is</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="104"/>
        <source>The team role the action is for</source>
        <translation>The team role the action is for</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="105"/>
        <source>Who does it; presales tasks wait for someone to take them</source>
        <translation>Who does it; presales tasks wait for someone to take them</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="106"/>
        <source>The local day it is due</source>
        <translation>The local day it is due</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="107"/>
        <source>Overdue tasks escalate to the assignee&apos;s manager</source>
        <translation>Overdue tasks escalate to the assignee&apos;s manager</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/model.py" line="145"/>
        <location filename="../../desktop/tasks/view.py" line="307"/>
        <source>— to take —</source>
        <translation>— to take —</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../desktop/tasks/view.py" line="221"/>
        <location filename="../../desktop/tasks/view.py" line="454"/>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="222"/>
        <source>Mark the selected task done today, or not done again</source>
        <translation>Mark the selected task done today, or not done again</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="228"/>
        <source>Take it</source>
        <translation>Take it</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="229"/>
        <source>Make the selected task yours (the member this list is for)</source>
        <translation>Make the selected task yours (the member this list is for)</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="235"/>
        <source>Add task…</source>
        <translation>Add task…</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="236"/>
        <source>Write a task by hand for an open deal</source>
        <translation>Write a task by hand for an open deal</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="242"/>
        <source>Delete task</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="243"/>
        <source>Delete the selected task (undo brings it back)</source>
        <translation>Delete the selected task (undo brings it back)</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="256"/>
        <source>Tasks of</source>
        <translation>Tasks of</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="262"/>
        <source>Show done</source>
        <translation>Show done</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="276"/>
        <source>No tasks</source>
        <translation>No tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="362"/>
        <source>{n} tasks, {late} overdue</source>
        <translation>{n} tasks, {late} overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="364"/>
        <source>{n} tasks</source>
        <translation>{n} tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="374"/>
        <source>{name} (me)</source>
        <translation>{name} (me)</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="379"/>
        <source>— choose a member —</source>
        <translation>— choose a member —</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="386"/>
        <source>Add your team on the Members tab first. Tasks are made from each stage&apos;s key actions when a deal enters the stage.</source>
        <translation>Add your team on the Members tab first. Tasks are made from each stage&apos;s key actions when a deal enters the stage.</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="391"/>
        <source>Say who you are with File ▸ I am… to see your own tasks here, or choose a member above.</source>
        <translation>Say who you are with File ▸ I am… to see your own tasks here, or choose a member above.</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="396"/>
        <source>Nothing to do here. When a deal enters a stage, its key actions become tasks: the rep&apos;s for the deal&apos;s owner, the manager&apos;s for the owner&apos;s manager, and presales tasks wait to be taken. Add a task by hand with Add task….</source>
        <translation>Nothing to do here. When a deal enters a stage, its key actions become tasks: the rep&apos;s for the deal&apos;s owner, the manager&apos;s for the owner&apos;s manager, and presales tasks wait to be taken. Add a task by hand with Add task….</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="432"/>
        <source>No task selected</source>
        <translation>No task selected</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="439"/>
        <source>{deal} at {account} · {stage} · for the {role}</source>
        <translation>{deal} at {account} · {stage} · for the {role}</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="446"/>
        <source>— nobody yet —</source>
        <translation>— nobody yet —</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="454"/>
        <source>Mark not done</source>
        <translation>Mark not done</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="468"/>
        <source>Assign “{task}”</source>
        <translation>Assign “{task}”</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="469"/>
        <source>Set the due day of “{task}”</source>
        <translation>Set the due day of “{task}”</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="470"/>
        <source>Mark “{task}” done</source>
        <translation>Mark “{task}” done</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="472"/>
        <source>Mark “{task}” not done</source>
        <translation>Mark “{task}” not done</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="490"/>
        <source>Take “{task}”</source>
        <translation>Take “{task}”</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="499"/>
        <source>A task is for an open deal; there is none yet.</source>
        <translation>A task is for an open deal; there is none yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="515"/>
        <source>Add the task “{task}”</source>
        <translation>Add the task “{task}”</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="532"/>
        <source>Delete “{task}”</source>
        <translation>Delete “{task}”</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks/view.py" line="538"/>
        <source>Deleted “{task}”. Undo brings it back.</source>
        <translation>Deleted “{task}”. Undo brings it back.</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <location filename="../../desktop/team/menu.py" line="27"/>
        <source>Open &amp;team database…</source>
        <translation>Open &amp;team database…</translation>
    </message>
    <message>
        <location filename="../../desktop/team/menu.py" line="30"/>
        <source>Open the team&apos;s shared workspace on a PostgreSQL server</source>
        <translation>Open the team&apos;s shared workspace on a PostgreSQL server</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <location filename="../../desktop/models/team_model.py" line="33"/>
        <source>Owns accounts and deals, and pulls the team&apos;s resources into a big deal.</source>
        <translation>Owns accounts and deals, and pulls the team&apos;s resources into a big deal.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="36"/>
        <source>Studies the industry, guides needs and proposes a targeted solution (P2–P4).</source>
        <translation>Studies the industry, guides needs and proposes a targeted solution (P2–P4).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="39"/>
        <source>Direct manager: confirms the five elements in person before a lead counts as an opportunity (P3).</source>
        <translation>Direct manager: confirms the five elements in person before a lead counts as an opportunity (P3).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="43"/>
        <source>Meets the customer&apos;s top level and confirms very large deals himself or herself.</source>
        <translation>Meets the customer&apos;s top level and confirms very large deals himself or herself.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="59"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="59"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="59"/>
        <source>Reports to</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="59"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="59"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="64"/>
        <source>The team member&apos;s name</source>
        <translation>The team member&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="65"/>
        <source>Sales rep, presales, manager or executive</source>
        <translation>Sales rep, presales, manager or executive</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="66"/>
        <source>The member&apos;s direct manager on our side</source>
        <translation>The member&apos;s direct manager on our side</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="67"/>
        <source>Email address</source>
        <translation>Email address</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="68"/>
        <source>Inactive members stay in the history but no longer take new work</source>
        <translation>Inactive members stay in the history but no longer take new work</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="94"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/models/team_model.py" line="94"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../desktop/pages/team.py" line="132"/>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="133"/>
        <source>Add someone to our team: a rep, presales, a manager or an executive</source>
        <translation>Add someone to our team: a rep, presales, a manager or an executive</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="139"/>
        <source>Delete member</source>
        <translation>Delete member</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="140"/>
        <source>Remove the selected member (undo brings them back with their links)</source>
        <translation>Remove the selected member (undo brings them back with their links)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="148"/>
        <source>Reporting lines</source>
        <translation>Reporting lines</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="149"/>
        <source>Show the team as a tree of who reports to whom</source>
        <translation>Show the team as a tree of who reports to whom</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="155"/>
        <source>Territories…</source>
        <translation>Territories…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="156"/>
        <source>Who answers for which regions, industries and named accounts (责任区)</source>
        <translation>Who answers for which regions, industries and named accounts (责任区)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="162"/>
        <source>Targets…</source>
        <translation>Targets…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="163"/>
        <source>What each member and the whole team are to win or collect per period</source>
        <translation>What each member and the whole team are to win or collect per period</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="206"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="207"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="208"/>
        <source>Self-check</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="209"/>
        <source>Our people, their roles and who reports to whom</source>
        <translation>Our people, their roles and who reports to whom</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="211"/>
        <source>My tasks from the stages&apos; key actions, and what escalated to me</source>
        <translation>My tasks from the stages&apos; key actions, and what escalated to me</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="214"/>
        <source>Each member&apos;s last two weeks: activities against opportunities</source>
        <translation>Each member&apos;s last two weeks: activities against opportunities</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="219"/>
        <source>Your team</source>
        <translation>Your team</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="221"/>
        <source>List the people on our side: reps, presales experts, direct managers and executives. The method calls them internal key customers: a rep has to win their time and pull their resources into a big deal — the manager who confirms the five elements, presales who shape the solution, the executive who meets the customer&apos;s top level.</source>
        <translation>List the people on our side: reps, presales experts, direct managers and executives. The method calls them internal key customers: a rep has to win their time and pull their resources into a big deal — the manager who confirms the five elements, presales who shape the solution, the executive who meets the customer&apos;s top level.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="227"/>
        <source>Add the first team member</source>
        <translation>Add the first team member</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="245"/>
        <source>&amp;Edit member</source>
        <translation>&amp;Edit member</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="247"/>
        <source>Edit the member&apos;s name, role and manager</source>
        <translation>Edit the member&apos;s name, role and manager</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="259"/>
        <source>Filter by name, role, manager or email (Ctrl+F)</source>
        <translation>Filter by name, role, manager or email (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="341"/>
        <source>1 member</source>
        <translation>1 member</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="342"/>
        <source>{n} members</source>
        <translation>{n} members</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="343"/>
        <source>{shown} of {n} shown</source>
        <translation>{shown} of {n} shown</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="374"/>
        <source>No member selected</source>
        <translation>No member selected</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="397"/>
        <source>Direct reports: {names}</source>
        <translation>Direct reports: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="399"/>
        <source>No one reports to {name}.</source>
        <translation>No one reports to {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="406"/>
        <source>— nobody —</source>
        <translation>— nobody —</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="413"/>
        <source>{name} (inactive)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="420"/>
        <source>A team member needs a name.</source>
        <translation>A team member needs a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="423"/>
        <source>Nobody can be their own manager.</source>
        <translation>Nobody can be their own manager.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="426"/>
        <source>That would make a loop: the chosen manager already reports to {name}.</source>
        <translation>That would make a loop: the chosen manager already reports to {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="443"/>
        <source>Rename {name} to {value}</source>
        <translation>Rename {name} to {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="444"/>
        <source>Change the role of {name}</source>
        <translation>Change the role of {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="445"/>
        <source>Change the manager of {name}</source>
        <translation>Change the manager of {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="446"/>
        <source>Change the email of {name}</source>
        <translation>Change the email of {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="447"/>
        <source>Mark {name} active</source>
        <translation>Mark {name} active</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="447"/>
        <source>Mark {name} inactive</source>
        <translation>Mark {name} inactive</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="461"/>
        <source>New team member</source>
        <translation>New team member</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="462"/>
        <source>Add a team member</source>
        <translation>Add a team member</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="470"/>
        <source>Delete {name}</source>
        <translation>Delete {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/team.py" line="472"/>
        <source>Deleted {name}. Undo brings them back.</source>
        <translation>Deleted {name}. Undo brings them back.</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="73"/>
        <source>Whole team</source>
        <translation>Whole team</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="102"/>
        <source>Others ({count})</source>
        <translation>Others ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="141"/>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="142"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="143"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="150"/>
        <source>Targets…</source>
        <translation>Targets…</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="151"/>
        <source>Set what each member and the team is to win</source>
        <translation>Set what each member and the team is to win</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="158"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="165"/>
        <source>Set targets (Targets…) or win deals in this period to see this.</source>
        <translation>Set targets (Targets…) or win deals in this period to see this.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="167"/>
        <source>Won against target</source>
        <translation>Won against target</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="169"/>
        <source>No member won or has a deal closing in this period yet.</source>
        <translation>No member won or has a deal closing in this period yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="171"/>
        <source>Won and pipeline per member</source>
        <translation>Won and pipeline per member</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="174"/>
        <source>Set a won target for the team (Targets…) and win a first deal to see this.</source>
        <translation>Set a won target for the team (Targets…) and win a first deal to see this.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="176"/>
        <source>Needed against open at P3 and P4</source>
        <translation>Needed against open at P3 and P4</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="275"/>
        <source>Team won {won}; no team target set for this period.</source>
        <translation>Team won {won}; no team target set for this period.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="278"/>
        <source>Team won {won} of {target} ({share}); {gap} left, pipeline covers it {cover}.</source>
        <translation>Team won {won} of {target} ({share}); {gap} left, pipeline covers it {cover}.</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="293"/>
        <source>Per head {per_head}; the top 20% of members won {top} of the total; Gini coefficient {gini} (0: all equal).</source>
        <translation>Per head {per_head}; the top 20% of members won {top} of the total; Gini coefficient {gini} (0: all equal).</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="305"/>
        <source>Reverse funnel: {left} left to win at an average won deal of {avg} needs {p3} at P3 or {p4} at P4 (open now: {h3} and {h4}).</source>
        <translation>Reverse funnel: {left} left to win at an average won deal of {avg} needs {p3} at P3 or {p4} at P4 (open now: {h3} and {h4}).</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="323"/>
        <source>Left out for want of a rate: {codes} (set the rates in Settings).</source>
        <translation>Left out for want of a rate: {codes} (set the rates in Settings).</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="378"/>
        <location filename="../../desktop/dashboards/team_tab.py" line="425"/>
        <source>won</source>
        <translation>won</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="384"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="396"/>
        <source>{member}: won</source>
        <translation>{member}: won</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="419"/>
        <source>won {won}, pipeline {pipeline}</source>
        <translation>won {won}, pipeline {pipeline}</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="429"/>
        <source>{member}: pipeline</source>
        <translation>{member}: pipeline</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="431"/>
        <source>pipeline</source>
        <translation>pipeline</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="437"/>
        <source>per head</source>
        <translation>per head</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="466"/>
        <source>Open at {stage}</source>
        <translation>Open at {stage}</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="468"/>
        <source>open now</source>
        <translation>open now</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="475"/>
        <location filename="../../desktop/dashboards/team_tab.py" line="490"/>
        <source>opportunities</source>
        <translation>opportunities</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="477"/>
        <source>No won target for this period: set one with Targets…</source>
        <translation>No won target for this period: set one with Targets…</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="479"/>
        <source>No deal won yet to size the need</source>
        <translation>No deal won yet to size the need</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="486"/>
        <source>needed</source>
        <translation>needed</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="498"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="499"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="500"/>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="501"/>
        <source>Attained</source>
        <translation>Attained</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="502"/>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="503"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="504"/>
        <source>Weighted</source>
        <translation>Weighted</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="505"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="506"/>
        <source>Near-term</source>
        <translation>Near-term</translation>
    </message>
    <message>
        <location filename="../../desktop/dashboards/team_tab.py" line="507"/>
        <source>Far-term</source>
        <translation>Far-term</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop/board/payments.py" line="203"/>
        <source>Instalment {n}: {amount}; received so far {received}, {rest} still due.</source>
        <translation>Instalment {n}: {amount}; received so far {received}, {rest} still due.</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="205"/>
        <source>Record a transfer</source>
        <translation>Record a transfer</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="223"/>
        <source>Bank transfer, acceptance bill…</source>
        <translation>Bank transfer, acceptance bill…</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="224"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="225"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../desktop/board/payments.py" line="226"/>
        <source>How</source>
        <translation>How</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="251"/>
        <source>Verify an element</source>
        <translation>Verify an element</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="259"/>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="265"/>
        <source>Follows from the verifier&apos;s role in the team</source>
        <translation>Follows from the verifier&apos;s role in the team</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="274"/>
        <source>What confirmed it (meeting, document, mail…)</source>
        <translation>What confirmed it (meeting, document, mail…)</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="275"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="276"/>
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="277"/>
        <source>At the level of</source>
        <translation>At the level of</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="278"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="279"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/board/dialogs.py" line="280"/>
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
<context>
    <name>WhoAmIDialog</name>
    <message>
        <location filename="../../desktop/me.py" line="151"/>
        <location filename="../../desktop/me.py" line="202"/>
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <location filename="../../desktop/me.py" line="208"/>
        <source>Stage moves, ticks, verifications and new records carry the name of the team member who made them. Which one are you? This computer remembers the answer for this workspace; change it any time with File → I am…</source>
        <translation>Stage moves, ticks, verifications and new records carry the name of the team member who made them. Which one are you? This computer remembers the answer for this workspace; change it any time with File → I am…</translation>
    </message>
    <message>
        <location filename="../../desktop/me.py" line="216"/>
        <source>I am one of the team:</source>
        <translation>I am one of the team:</translation>
    </message>
    <message>
        <location filename="../../desktop/me.py" line="232"/>
        <source>I&apos;m new: add me to the team</source>
        <translation>I&apos;m new: add me to the team</translation>
    </message>
    <message>
        <location filename="../../desktop/me.py" line="236"/>
        <source>Your name as colleagues know it</source>
        <translation>Your name as colleagues know it</translation>
    </message>
    <message>
        <location filename="../../desktop/me.py" line="244"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/me.py" line="245"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/me.py" line="257"/>
        <source>This workspace has no team members yet. Add yourself:</source>
        <translation>This workspace has no team members yet. Add yourself:</translation>
    </message>
    <message>
        <location filename="../../desktop/me.py" line="269"/>
        <source>This is me</source>
        <translation>This is me</translation>
    </message>
    <message>
        <location filename="../../desktop/me.py" line="272"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../desktop/me.py" line="274"/>
        <source>Records made until you choose carry no member</source>
        <translation>Records made until you choose carry no member</translation>
    </message>
</context>
<context>
    <name>WorkspaceContext</name>
    <message>
        <location filename="../../desktop/context.py" line="154"/>
        <source>The server answers again; what is shown is read again.</source>
        <translation>The server answers again; what is shown is read again.</translation>
    </message>
    <message>
        <location filename="../../desktop/context.py" line="370"/>
        <source>Saved: {edit}</source>
        <translation>Saved: {edit}</translation>
    </message>
</context>
<context>
    <name>YieldModel</name>
    <message>
        <location filename="../../desktop/leads/yield_view.py" line="86"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/yield_view.py" line="87"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/yield_view.py" line="88"/>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/yield_view.py" line="89"/>
        <source>Lead → opportunity</source>
        <translation>Lead → opportunity</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/yield_view.py" line="90"/>
        <source>Opportunity amount</source>
        <translation>Opportunity amount</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/yield_view.py" line="91"/>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/yield_view.py" line="92"/>
        <source>Won amount</source>
        <translation>Won amount</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/yield_view.py" line="93"/>
        <source>Lead → won</source>
        <translation>Lead → won</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/yield_view.py" line="105"/>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/yield_view.py" line="122"/>
        <source>One of the channels the method expects to yield most</source>
        <translation>One of the channels the method expects to yield most</translation>
    </message>
</context>
<context>
    <name>YieldView</name>
    <message>
        <location filename="../../desktop/leads/yield_view.py" line="141"/>
        <source>Leads received in</source>
        <translation>Leads received in</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/yield_view.py" line="144"/>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/yield_view.py" line="145"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/yield_view.py" line="146"/>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/yield_view.py" line="147"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/yield_view.py" line="173"/>
        <source>Leads count in the period they were received; an opportunity is a lead converted into a deal, won when that deal is won (its contract value when recorded).</source>
        <translation>Leads count in the period they were received; an opportunity is a lead converted into a deal, won when that deal is won (its contract value when recorded).</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/yield_view.py" line="205"/>
        <source>Q{q} {year}</source>
        <translation>Q{q} {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/yield_view.py" line="223"/>
        <source>No leads were received in this period.</source>
        <translation>No leads were received in this period.</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/yield_view.py" line="226"/>
        <source>No lead came from channels 1–3 (repeat sales, referrals, events), which the method expects to yield most: ask existing customers for new needs and referrals, and hold or join events.</source>
        <translation>No lead came from channels 1–3 (repeat sales, referrals, events), which the method expects to yield most: ask existing customers for new needs and referrals, and hold or join events.</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/yield_view.py" line="234"/>
        <source>Channels 1–3 are not leading: {eff} of their leads became opportunities against {oth} from the other channels, although the method expects them to yield most. Look at how their leads are followed up.</source>
        <translation>Channels 1–3 are not leading: {eff} of their leads became opportunities against {oth} from the other channels, although the method expects them to yield most. Look at how their leads are followed up.</translation>
    </message>
    <message>
        <location filename="../../desktop/leads/yield_view.py" line="239"/>
        <source>Channels 1–3 lead, as the method expects: {eff} of their leads became opportunities, against {oth} from the other channels.</source>
        <translation>Channels 1–3 lead, as the method expects: {eff} of their leads became opportunities, against {oth} from the other channels.</translation>
    </message>
</context>
</TS>
