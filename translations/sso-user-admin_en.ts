<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>UserAdmin::AccountReport</name>
    <message numerus="yes">
        <source>The newest %n sign-in(s), as the server reports them (at most 20).</source>
        <translation>
            <numerusform>The newest %n sign-in, as the server reports them (at most 20).</numerusform><numerusform>The newest %n sign-ins, as the server reports them (at most 20).</numerusform></translation>
    </message>
</context>
<context>
    <name>UserAdmin::Actions</name>
    <message numerus="yes">
        <source>Several end-users are selected: use “Revoke sessions of %n end-users…”.</source>
        <translation>
            <numerusform>Several end-users are selected: use “Revoke sessions of %n end-users…”.</numerusform><numerusform>Several end-users are selected: use “Revoke sessions of %n end-users…”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Revoke sessions of %n end-&amp;users…</source>
        <extracomment>Action; %n is the number of selected end-users (2 or more)</extracomment>
        <translation>
            <numerusform>Revoke sessions of %n end-&amp;users…</numerusform><numerusform>Revoke sessions of %n end-&amp;users…</numerusform></translation>
    </message>
</context>
<context>
    <name>UserAdmin::AuditActionText</name>
    <message numerus="yes">
        <source>Later, a reload showed %n active session(s).</source>
        <extracomment>A later note about an action in the audit journal</extracomment>
        <translation>
            <numerusform>Later, a reload showed %n active session.</numerusform><numerusform>Later, a reload showed %n active sessions.</numerusform></translation>
    </message>
</context>
<context>
    <name>UserAdmin::AuditJournalCheck</name>
    <message numerus="yes">
        <source>Journal intact: %Ln (entry|entries) since %1.</source>
        <extracomment>%Ln is the number of entries, %1 the date of the first one; the second sentence counts old entries
----------
%Ln is the number of entries, %1 the date of the first one</extracomment>
        <translation>
            <numerusform>Journal intact: %Ln entry since %1.</numerusform><numerusform>Journal intact: %Ln entries since %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln (entry|entries) (was|were) written before the journal was protected and cannot be checked.</source>
        <translation>
            <numerusform>The first %Ln entry was written before the journal was protected and cannot be checked.</numerusform><numerusform>The first %Ln entries were written before the journal was protected and cannot be checked.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Journal not protected: its %Ln (entry|entries) since %1 (was|were) written before the journal was protected and cannot be checked.</source>
        <extracomment>%Ln is the number of entries, %1 the date of the first one</extracomment>
        <translation>
            <numerusform>Journal not protected: its %Ln entry since %1 was written before the journal was protected and cannot be checked.</numerusform><numerusform>Journal not protected: its %Ln entries since %1 were written before the journal was protected and cannot be checked.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Journal changed at entry %1: %Ln (entry|entries) (was|were) removed from its end.</source>
        <extracomment>%1 is the number of the first missing entry</extracomment>
        <translation>
            <numerusform>Journal changed at entry %1: %Ln entry was removed from its end.</numerusform><numerusform>Journal changed at entry %1: %Ln entries were removed from its end.</numerusform></translation>
    </message>
</context>
<context>
    <name>UserAdmin::AuditLogDialog</name>
    <message numerus="yes">
        <source>%n action(s) shown of %1, kept on this computer in %2</source>
        <extracomment>%1 is how many actions the filters show, %2 a file path</extracomment>
        <translation>
            <numerusform>%n action shown of %1, kept on this computer in %2</numerusform><numerusform>%n actions shown of %1, kept on this computer in %2</numerusform></translation>
    </message>
</context>
<context>
    <name>UserAdmin::BulkConfirmDialog</name>
    <message numerus="yes">
        <source>Revoke all sessions of %n end-user(s) in “%1”?</source>
        <extracomment>%1 is the organization's name</extracomment>
        <translation>
            <numerusform>Revoke all sessions of %n end-user in “%1”?</numerusform><numerusform>Revoke all sessions of %n end-users in “%1”?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>In total %n active session(s).</source>
        <translation>
            <numerusform>In total %n active session.</numerusform><numerusform>In total %n active sessions.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>In total %n active session(s) known, for %1 of %2 accounts.</source>
        <extracomment>%1 is the number of accounts whose session count is known, %2 all accounts</extracomment>
        <translation>
            <numerusform>In total %n active session known, for %1 of %2 accounts.</numerusform><numerusform>In total %n active sessions known, for %1 of %2 accounts.</numerusform></translation>
    </message>
</context>
<context>
    <name>UserAdmin::BulkProgressDialog</name>
    <message numerus="yes">
        <source>Cancelled: nothing more is sent. Waiting for %n answer(s)…</source>
        <extracomment>%n is the number of requests still under way</extracomment>
        <translation>
            <numerusform>Cancelled: nothing more is sent. Waiting for %n answer…</numerusform><numerusform>Cancelled: nothing more is sent. Waiting for %n answers…</numerusform></translation>
    </message>
</context>
<context>
    <name>UserAdmin::BulkReportDialog</name>
    <message numerus="yes">
        <source>%n revoked</source>
        <extracomment>Part of the report's summary</extracomment>
        <translation>
            <numerusform>%n revoked</numerusform><numerusform>%n revoked</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not revoked</source>
        <extracomment>Part of the report's summary</extracomment>
        <translation>
            <numerusform>%n not revoked</numerusform><numerusform>%n not revoked</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <extracomment>Part of the report's summary</extracomment>
        <translation>
            <numerusform>%n unknown</numerusform><numerusform>%n unknown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <extracomment>Part of the report's summary</extracomment>
        <translation>
            <numerusform>%n not sent</numerusform><numerusform>%n not sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n end-user(s): %1. The server revoked %2 session(s).</source>
        <extracomment>%1 lists the outcomes ("23 revoked, 0 not revoked, 2 unknown"); %2 the sessions the server counted</extracomment>
        <translation>
            <numerusform>%n end-user: %1. The server revoked %2 session.</numerusform><numerusform>%n end-users: %1. The server revoked %2 sessions.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n request(s) were sent.</source>
        <translation>
            <numerusform>Cancelled after %n request were sent.</numerusform><numerusform>Cancelled after %n requests were sent.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry the %n that were not revoked…</source>
        <translation>
            <numerusform>&amp;Retry the %n that were not revoked…</numerusform><numerusform>&amp;Retry the %n that were not revoked…</numerusform></translation>
    </message>
</context>
<context>
    <name>UserAdmin::DetailPane</name>
    <message numerus="yes">
        <source>Reload shows %n active session(s) now; whether the revocation took effect is not known.</source>
        <translation>
            <numerusform>Reload shows %n active session now; whether the revocation took effect is not known.</numerusform><numerusform>Reload shows %n active sessions now; whether the revocation took effect is not known.</numerusform></translation>
    </message>
</context>
<context>
    <name>UserAdmin::DisplayText</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform><numerusform>%n minutes ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform><numerusform>in %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform><numerusform>%n hours ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform><numerusform>in %n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform><numerusform>%n months ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>in %n month</numerusform><numerusform>in %n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform><numerusform>%n years ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>in %n year</numerusform><numerusform>in %n years</numerusform></translation>
    </message>
</context>
<context>
    <name>UserAdmin::EndUserTableModel</name>
    <message numerus="yes">
        <source>(%n (match|matches) for “%1” on this page, filtered locally because this server cannot search)</source>
        <extracomment>%n rows of the page shown match the search %1; the server could not search</extracomment>
        <translation>
            <numerusform>(%n match for “%1” on this page, filtered locally because this server cannot search)</numerusform><numerusform>(%n matches for “%1” on this page, filtered locally because this server cannot search)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(offline copy, %n minute(s) old: the server cannot be reached)</source>
        <translation>
            <numerusform>(offline copy, %n minute old: the server cannot be reached)</numerusform><numerusform>(offline copy, %n minutes old: the server cannot be reached)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(local copy, %n minute(s) old)</source>
        <translation>
            <numerusform>(local copy, %n minute old)</numerusform><numerusform>(local copy, %n minutes old)</numerusform></translation>
    </message>
</context>
<context>
    <name>UserAdmin::ErrorPresenter</name>
    <message numerus="yes">
        <source>The server is busy; try again in %n second(s).</source>
        <translation>
            <numerusform>The server is busy; try again in %n second.</numerusform><numerusform>The server is busy; try again in %n seconds.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The server asks to slow down; trying again in %n second(s).</source>
        <translation>
            <numerusform>The server asks to slow down; trying again in %n second.</numerusform><numerusform>The server asks to slow down; trying again in %n seconds.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer; trying again in %n second(s).</source>
        <translation>
            <numerusform>The server did not answer; trying again in %n second.</numerusform><numerusform>The server did not answer; trying again in %n seconds.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The server is busy; try again in %n minute(s).</source>
        <translation>
            <numerusform>The server is busy; try again in %n minute.</numerusform><numerusform>The server is busy; try again in %n minutes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The server is busy; try again in %n hour(s).</source>
        <translation>
            <numerusform>The server is busy; try again in %n hour.</numerusform><numerusform>The server is busy; try again in %n hours.</numerusform></translation>
    </message>
</context>
<context>
    <name>UserAdmin::ExportEndUsersCommand</name>
    <message numerus="yes">
        <source>Exported %n end-user(s) to %1.</source>
        <extracomment>%1 is the file</extracomment>
        <translation>
            <numerusform>Exported %n end-user to %1.</numerusform><numerusform>Exported %n end-users to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>UserAdmin::MultiSelection</name>
    <message numerus="yes">
        <source>%n end-users selected</source>
        <extracomment>Below the end-user table; %n is the number of selected rows (2 or more)</extracomment>
        <translation>
            <numerusform>%n end-users selected</numerusform><numerusform>%n end-users selected</numerusform></translation>
    </message>
</context>
<context>
    <name>UserAdmin::RevokeSessionsCommand</name>
    <message numerus="yes">
        <source>%n session(s) revoked</source>
        <translation>
            <numerusform>%n session revoked</numerusform><numerusform>%n sessions revoked</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Revoke all sessions of “%1” in “%2”? The user has %n active session(s).</source>
        <extracomment>%1 is the end-user's email address, %2 the organization's name</extracomment>
        <translation>
            <numerusform>Revoke all sessions of “%1” in “%2”? The user has %n active session.</numerusform><numerusform>Revoke all sessions of “%1” in “%2”? The user has %n active sessions.</numerusform></translation>
    </message>
</context>
<context>
    <name>UserAdmin::RiskEventsDialog</name>
    <message numerus="yes">
        <source>%n risky sign-in(s) on this page, newest first.</source>
        <extracomment>%n is how many risky sign-ins the page shows</extracomment>
        <translation>
            <numerusform>%n risky sign-in on this page, newest first.</numerusform><numerusform>%n risky sign-ins on this page, newest first.</numerusform></translation>
    </message>
</context>
<context>
    <name>UserAdmin::ServerAuditLogPage</name>
    <message numerus="yes">
        <source>%n entry(ies) in the server's audit log.</source>
        <extracomment>%n is the number of entries the server keeps for the filters</extracomment>
        <translation>
            <numerusform>%n entry(ies) in the server's audit log.</numerusform><numerusform>%n entry(ies) in the server's audit log.</numerusform></translation>
    </message>
</context>
</TS>
