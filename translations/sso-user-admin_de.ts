<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>UserAdmin::AccountReport</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A device in a report: %1 its short description such as &quot;Firefox on Linux&quot;, %2 the exact User-Agent text</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Account report: %1</source>
        <extracomment>Title of an account report; %1 is the end-user&apos;s email address</extracomment>
        <translation>Kontobericht: %1</translation>
    </message>
    <message>
        <source>Report</source>
        <extracomment>Section of an account report: where and when it was made</extracomment>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Produced by</source>
        <extracomment>Who made the report: the signed-in member&apos;s email</extracomment>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Produced at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>Section of an account report: the end-user&apos;s facts</extracomment>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <extracomment>Email verified: yes, and when; %1 is a date and time</extracomment>
        <translation>Ja, %1</translation>
    </message>
    <message>
        <source>%1 (newest of the last 20 sign-ins)</source>
        <translation>%1 (neueste der letzten 20 Anmeldungen)</translation>
    </message>
    <message>
        <source>No sign-in among the last 20</source>
        <translation>Keine Anmeldung unter den letzten 20</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>The account is not deleted</extracomment>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Keine Sitzung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Id</source>
        <extracomment>The end-user&apos;s opaque identifier</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Email verified</source>
        <translation>E-Mail bestätigt</translation>
    </message>
    <message>
        <source>MFA</source>
        <extracomment>Multi-factor authentication</extracomment>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Platform owner</source>
        <translation>Plattform-Eigentümer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>When the end-user&apos;s account was deleted</extracomment>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <source>Last session created</source>
        <translation>Letzte Sitzung erstellt</translation>
    </message>
    <message>
        <source>Linked identities</source>
        <translation>Verknüpfte Identitäten</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Provider user id</source>
        <translation>Benutzer-ID beim Anbieter</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>No linked identities, services, sessions, ... in a report
----------
%n is how many sign-ins the report lists</extracomment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Services</source>
        <extracomment>Section of an account report: the services the end-user has used</extracomment>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>First use</source>
        <translation>Erste Nutzung</translation>
    </message>
    <message>
        <source>Last use</source>
        <translation>Letzte Nutzung</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (from the last 20 sign-ins)</source>
        <extracomment>%1 is a date and time found among the last 20 sign-ins</extracomment>
        <translation>%1 (aus den letzten 20 Anmeldungen)</translation>
    </message>
    <message>
        <source>The server reports only the last 20 sign-ins: an older last use is unknown.</source>
        <translation>Der Server meldet nur die letzten 20 Anmeldungen: Eine ältere letzte Nutzung ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>Section of an account report: the end-user&apos;s server sessions</extracomment>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>This server does not list sessions.</source>
        <translation>Dieser Server listet keine Sitzungen auf.</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Organization (%1)</source>
        <extracomment>A session tied to the organization itself; %1 is its slug</extracomment>
        <translation>Organisation (%1)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Recent sign-ins</source>
        <translation>Letzte Anmeldungen</translation>
    </message>
    <message>
        <source>This server does not report sign-ins.</source>
        <translation>Dieser Server meldet keine Anmeldungen.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Risikofaktoren</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n sign-in(s), as the server reports them (at most 20).</source>
        <translation>
            <numerusform>%n neueste Anmeldung, wie der Server sie meldet (höchstens 20).</numerusform>
            <numerusform>Die %n neuesten Anmeldungen, wie der Server sie meldet (höchstens 20).</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit journal of this computer</source>
        <extracomment>Section of an account report: the audit journal kept on this computer</extracomment>
        <translation>Audit-Protokoll dieses Computers</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>No entry about this account.</source>
        <translation>Kein Eintrag zu diesem Konto.</translation>
    </message>
</context>
<context>
    <name>UserAdmin::AccountReportActions</name>
    <message>
        <source>Report copied</source>
        <translation>Bericht kopiert</translation>
    </message>
    <message>
        <source>Save the account report</source>
        <translation>Kontobericht speichern</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Bericht unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>The report could not be written to “%1”.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Der Bericht konnte nicht nach „%1“ geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>UserAdmin::Actions</name>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>Action: load the table and details again</extracomment>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the end-users and the details again (F5)</source>
        <translation>Endbenutzer und Details neu laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <extracomment>Action: move the keyboard focus to the search field</extracomment>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Previous page (Alt+Left)</source>
        <translation>Vorherige Seite (Alt+Links)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Next page (Alt+Right)</source>
        <translation>Nächste Seite (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <source>Copy &amp;email</source>
        <extracomment>Action: copy the selected end-user&apos;s email address to the clipboard</extracomment>
        <translation>&amp;E-Mail kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <extracomment>Action: copy the selected end-user&apos;s id to the clipboard</extracomment>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Audit journal…</source>
        <translation>Audit-&amp;Protokoll…</translation>
    </message>
    <message>
        <source>First page (Alt+Home)</source>
        <translation>Erste Seite (Alt+Pos1)</translation>
    </message>
    <message>
        <source>Last page (Alt+End)</source>
        <translation>Letzte Seite (Alt+Ende)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Action: copy the selected text, or else the selected end-user&apos;s email address</extracomment>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Re&amp;voke all sessions…</source>
        <extracomment>Action: end every session of the selected end-user (asks first)</extracomment>
        <translation>Alle Sitzungen &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Copy the selected end-user&apos;s email address</source>
        <translation>Die E-Mail-Adresse des ausgewählten Endbenutzers kopieren</translation>
    </message>
    <message>
        <source>Copy the selected end-user&apos;s id (Ctrl+Shift+I)</source>
        <translation>Die ID des ausgewählten Endbenutzers kopieren (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>Revoke all sessions of the selected end-user (Ctrl+Shift+R)</source>
        <translation>Alle Sitzungen des ausgewählten Endbenutzers widerrufen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Select an end-user first.</source>
        <translation>Wählen Sie zuerst einen Endbenutzer aus.</translation>
    </message>
    <message>
        <source>The end-user&apos;s details are still loading.</source>
        <translation>Die Details des Endbenutzers werden noch geladen.</translation>
    </message>
    <message>
        <source>Choose an organization first.</source>
        <translation>Wählen Sie zuerst eine Organisation aus.</translation>
    </message>
    <message>
        <source>Sessions can be revoked only in an active organization; “%1” is %2.</source>
        <extracomment>%1 is the organization&apos;s name, %2 its status such as &quot;suspended&quot;</extracomment>
        <translation>Sitzungen können nur in einer aktiven Organisation widerrufen werden; „%1“ ist %2.</translation>
    </message>
    <message>
        <source>Your role in “%1” could not be determined; Refresh to try again.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Ihre Rolle in „%1“ konnte nicht ermittelt werden; wählen Sie „Aktualisieren“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Checking your role in “%1”…</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Ihre Rolle in „%1“ wird geprüft…</translation>
    </message>
    <message>
        <source>Only owners and admins can revoke sessions; your role in “%1” is %2.</source>
        <extracomment>%1 is the organization&apos;s name, %2 the member&apos;s role such as &quot;Member&quot;</extracomment>
        <translation>Nur Inhaber und Administratoren können Sitzungen widerrufen; Ihre Rolle in „%1“ ist %2.</translation>
    </message>
    <message>
        <source>Your role in “%1” (%2) does not allow revoking sessions.</source>
        <extracomment>%1 is the organization&apos;s name, %2 the member&apos;s role such as &quot;Support&quot;</extracomment>
        <translation>Ihre Rolle in „%1“ (%2) erlaubt nicht, Sitzungen zu widerrufen.</translation>
    </message>
    <message>
        <source>Your role in “%1” does not allow revoking sessions.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Ihre Rolle in „%1“ erlaubt nicht, Sitzungen zu widerrufen.</translation>
    </message>
    <message>
        <source>Revoke sessions of several end-&amp;users…</source>
        <extracomment>Action: end every session of each selected end-user (asks first, with the number of accounts)</extracomment>
        <translation>Sitzungen mehrerer &amp;Endbenutzer widerrufen…</translation>
    </message>
    <message>
        <source>E&amp;xport end-users…</source>
        <extracomment>Action: write the end-users of the current search, filter and sort to a CSV file</extracomment>
        <translation>Endbenutzer e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Fi&amp;nd end-users…</source>
        <extracomment>Action: look up many pasted email addresses at once</extracomment>
        <translation>Endbenutzer &amp;finden…</translation>
    </message>
    <message>
        <source>&amp;Update local copy</source>
        <extracomment>Action: fill or refresh the local copy of the organization&apos;s end-user list now</extracomment>
        <translation>&amp;Lokale Kopie aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Forget local copies…</source>
        <extracomment>Action: delete the local copies of end-user lists on this computer</extracomment>
        <translation>Lokale Kopien &amp;entfernen…</translation>
    </message>
    <message>
        <source>Write the matching end-users to a CSV file (Ctrl+E)</source>
        <translation>Die passenden Endbenutzer in eine CSV-Datei schreiben (Strg+E)</translation>
    </message>
    <message>
        <source>Look up many email addresses at once (Ctrl+Shift+F)</source>
        <translation>Viele E-Mail-Adressen auf einmal nachschlagen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Fill or refresh the local copy of the end-user list</source>
        <translation>Die lokale Kopie der Endbenutzerliste erstellen oder aktualisieren</translation>
    </message>
    <message>
        <source>Revoke all sessions of each selected end-user, after one confirmation (Ctrl+Shift+B)</source>
        <translation>Alle Sitzungen jedes ausgewählten Endbenutzers nach einer einzigen Bestätigung widerrufen (Strg+Umschalt+B)</translation>
    </message>
    <message numerus="yes">
        <source>Several end-users are selected: use “Revoke sessions of %n end-users…”.</source>
        <translation>
            <numerusform>Mehrere Endbenutzer sind ausgewählt: Verwenden Sie „Sitzungen von %n Endbenutzer widerrufen…“.</numerusform>
            <numerusform>Mehrere Endbenutzer sind ausgewählt: Verwenden Sie „Sitzungen von %n Endbenutzern widerrufen…“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select several end-users first (Ctrl or Shift and click, or Ctrl+A).</source>
        <translation>Wählen Sie zuerst mehrere Endbenutzer aus (Strg oder Umschalt und Klick, oder Strg+A).</translation>
    </message>
    <message>
        <source>Sessions of several end-users are being revoked…</source>
        <translation>Sitzungen mehrerer Endbenutzer werden widerrufen…</translation>
    </message>
    <message numerus="yes">
        <source>Revoke sessions of %n end-&amp;users…</source>
        <extracomment>Action; %n is the number of selected end-users (2 or more)</extracomment>
        <translation>
            <numerusform>Sitzungen von %n &amp;Endbenutzer widerrufen…</numerusform>
            <numerusform>Sitzungen von %n &amp;Endbenutzern widerrufen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy re&amp;port</source>
        <extracomment>Action: copy a report of everything known about the end-user shown, for a ticket</extracomment>
        <translation>Be&amp;richt kopieren</translation>
    </message>
    <message>
        <source>Save re&amp;port…</source>
        <extracomment>Action: save the report of the end-user shown as a text, Markdown or PDF file</extracomment>
        <translation>Be&amp;richt speichern…</translation>
    </message>
    <message>
        <source>Risky &amp;sign-ins</source>
        <extracomment>Action: show the organization&apos;s sign-ins the server found risky</extracomment>
        <translation>Riskante &amp;Anmeldungen</translation>
    </message>
    <message>
        <source>Copy a report of the end-user shown, for a ticket (Ctrl+Shift+C)</source>
        <translation>Einen Bericht über den angezeigten Endbenutzer für ein Ticket kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Save a report of the end-user shown as text, Markdown or PDF</source>
        <translation>Einen Bericht über den angezeigten Endbenutzer als Text, Markdown oder PDF speichern</translation>
    </message>
    <message>
        <source>The organization&apos;s sign-ins the server scored as risky</source>
        <translation>Die Anmeldungen der Organisation, die der Server als riskant bewertet hat</translation>
    </message>
    <message>
        <source>Another revocation is under way (being confirmed or sent).</source>
        <extracomment>Why Revoke is unavailable: a revocation is being confirmed or its request is on its way</extracomment>
        <translation>Ein anderer Widerruf ist im Gang (wird bestätigt oder gesendet).</translation>
    </message>
</context>
<context>
    <name>UserAdmin::AppController</name>
    <message>
        <source>Your sign-in ends at %1. Sign out and in again before then to avoid an interruption.</source>
        <translation>Ihre Anmeldung endet am %1. Melden Sie sich vorher ab und wieder an, um eine Unterbrechung zu vermeiden.</translation>
    </message>
    <message>
        <source>The sign-in could not be kept in the system keychain (%1); you will be asked to sign in next time.</source>
        <translation>Die Anmeldung konnte nicht im Schlüsselbund des Systems gespeichert werden (%1); Sie werden beim nächsten Mal aufgefordert, sich anzumelden.</translation>
    </message>
    <message>
        <source>Your sign-in could not be renewed; it stays valid until it expires.</source>
        <translation>Ihre Anmeldung konnte nicht verlängert werden; sie bleibt bis zu ihrem Ablauf gültig.</translation>
    </message>
    <message>
        <source>The access token in %1 could not be used; sign in instead.</source>
        <translation>Das Zugriffstoken in %1 konnte nicht verwendet werden; melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be read from the system keychain (%1).</source>
        <translation>Ihre gespeicherte Anmeldung konnte nicht aus dem Schlüsselbund des Systems gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in. Sign in again to continue; your place is kept.</source>
        <translation>Der Server akzeptiert Ihre Anmeldung nicht mehr. Melden Sie sich erneut an, um fortzufahren; Ihre aktuelle Ansicht bleibt erhalten.</translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation>Sie haben sich abgemeldet.</translation>
    </message>
    <message>
        <source>The server could not be told; the session there ends when it expires.</source>
        <translation>Der Server konnte nicht benachrichtigt werden; die Sitzung dort endet erst mit ihrem Ablauf.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the system keychain (%1).</source>
        <translation>Die gespeicherte Anmeldung konnte nicht aus dem Schlüsselbund des Systems entfernt werden (%1).</translation>
    </message>
    <message>
        <source>Your sign-in could not be renewed. Sign in again to continue; your place is kept.</source>
        <translation>Ihre Anmeldung konnte nicht erneuert werden. Melden Sie sich erneut an, um fortzufahren; Ihre aktuelle Ansicht bleibt erhalten.</translation>
    </message>
    <message>
        <source>An older saved sign-in could not be removed from the system keychain (%1).</source>
        <translation>Eine ältere gespeicherte Anmeldung konnte nicht aus dem Schlüsselbund des Systems entfernt werden (%1).</translation>
    </message>
</context>
<context>
    <name>UserAdmin::AuditActionText</name>
    <message>
        <source>The server&apos;s words: “%1”</source>
        <extracomment>%1 is the server&apos;s own message, in the server&apos;s language, quoted verbatim</extracomment>
        <translation>Wortlaut des Servers: „%1“</translation>
    </message>
    <message>
        <source>Revoked</source>
        <extracomment>Outcome in the audit journal: the server confirmed the revocation</extracomment>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Not revoked: refused by the server (HTTP %1, %2).</source>
        <extracomment>%1 is an HTTP status such as 403, %2 the server&apos;s error code such as FORBIDDEN</extracomment>
        <translation>Nicht widerrufen: vom Server abgelehnt (HTTP %1, %2).</translation>
    </message>
    <message>
        <source>Not revoked: refused by the server (HTTP %1).</source>
        <extracomment>%1 is an HTTP status such as 403</extracomment>
        <translation>Nicht widerrufen: vom Server abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Not revoked: refused by the server.</source>
        <translation>Nicht widerrufen: vom Server abgelehnt.</translation>
    </message>
    <message>
        <source>Not revoked: the account was not found on the server.</source>
        <extracomment>The account did not exist (any more) on the server</extracomment>
        <translation>Nicht widerrufen: Das Konto wurde auf dem Server nicht gefunden.</translation>
    </message>
    <message>
        <source>Not revoked: the request never reached the server (connection refused).</source>
        <translation>Nicht widerrufen: Die Anfrage hat den Server nie erreicht (Verbindung abgelehnt).</translation>
    </message>
    <message>
        <source>Not revoked: the request never reached the server (server name not found).</source>
        <translation>Nicht widerrufen: Die Anfrage hat den Server nie erreicht (Servername nicht gefunden).</translation>
    </message>
    <message>
        <source>Not revoked: the request never reached the server (secure connection failed).</source>
        <translation>Nicht widerrufen: Die Anfrage hat den Server nie erreicht (sichere Verbindung fehlgeschlagen).</translation>
    </message>
    <message>
        <source>Not revoked: the request never reached the server.</source>
        <translation>Nicht widerrufen: Die Anfrage hat den Server nie erreicht.</translation>
    </message>
    <message>
        <source>Outcome unknown: the request was sent and no answer came.</source>
        <extracomment>Outcome in the audit journal: the request left, the answer never came</extracomment>
        <translation>Ergebnis unbekannt: Die Anfrage wurde gesendet, aber es kam keine Antwort.</translation>
    </message>
    <message>
        <source>Not revoked.</source>
        <extracomment>Outcome kept from an older journal that did not record why</extracomment>
        <translation>Nicht widerrufen.</translation>
    </message>
    <message numerus="yes">
        <source>Later, a reload showed %n active session(s).</source>
        <extracomment>A later note about an action in the audit journal</extracomment>
        <translation>
            <numerusform>Später zeigte ein Neuladen %n aktive Sitzung.</numerusform>
            <numerusform>Später zeigte ein Neuladen %n aktive Sitzungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Later, the account was reloaded.</source>
        <translation>Später wurde das Konto neu geladen.</translation>
    </message>
    <message>
        <source>Recorded text: “%1”</source>
        <extracomment>%1 is text an older version of this program stored in the journal (usually English)</extracomment>
        <translation>Aufgezeichneter Text: „%1“</translation>
    </message>
    <message>
        <source>No outcome recorded.</source>
        <extracomment>The attempt is in the audit journal, its outcome is not (the program stopped, or could not write it)</extracomment>
        <translation>Kein Ergebnis aufgezeichnet.</translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <extracomment>An action in the audit journal</extracomment>
        <translation>Sitzungen widerrufen</translation>
    </message>
</context>
<context>
    <name>UserAdmin::AuditJournalCheck</name>
    <message>
        <source>Journal empty: nothing has been recorded on this computer yet.</source>
        <extracomment>Result of checking the audit journal</extracomment>
        <translation>Protokoll leer: Auf diesem Computer wurde noch nichts aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>Journal intact: %Ln (entry|entries) since %1.</source>
        <extracomment>%Ln is the number of entries, %1 the date of the first one; the second sentence counts old entries
----------
%Ln is the number of entries, %1 the date of the first one</extracomment>
        <translation>
            <numerusform>Protokoll intakt: %Ln Eintrag seit %1.</numerusform>
            <numerusform>Protokoll intakt: %Ln Einträge seit %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln (entry|entries) (was|were) written before the journal was protected and cannot be checked.</source>
        <translation>
            <numerusform>Der erste %Ln Eintrag wurde vor dem Schutz des Protokolls geschrieben und kann nicht geprüft werden.</numerusform>
            <numerusform>Die ersten %Ln Einträge wurden vor dem Schutz des Protokolls geschrieben und können nicht geprüft werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Journal not protected: its %Ln (entry|entries) since %1 (was|were) written before the journal was protected and cannot be checked.</source>
        <extracomment>%Ln is the number of entries, %1 the date of the first one</extracomment>
        <translation>
            <numerusform>Protokoll nicht geschützt: Sein %Ln Eintrag seit %1 wurde vor dem Schutz des Protokolls geschrieben und kann nicht geprüft werden.</numerusform>
            <numerusform>Protokoll nicht geschützt: Seine %Ln Einträge seit %1 wurden vor dem Schutz des Protokolls geschrieben und können nicht geprüft werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal changed at entry %1: entries from there on cannot be trusted.</source>
        <extracomment>%1 is the number of the first entry that cannot be trusted</extracomment>
        <translation>Protokoll ab Eintrag %1 verändert: Den Einträgen ab dort kann nicht vertraut werden.</translation>
    </message>
    <message numerus="yes">
        <source>Journal changed at entry %1: %Ln (entry|entries) (was|were) removed from its end.</source>
        <extracomment>%1 is the number of the first missing entry</extracomment>
        <translation>
            <numerusform>Protokoll ab Eintrag %1 verändert: %Ln Eintrag wurde am Ende entfernt.</numerusform>
            <numerusform>Protokoll ab Eintrag %1 verändert: %Ln Einträge wurden am Ende entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal cannot be fully checked: its head record is missing, so entries may have been removed from its end.</source>
        <translation>Protokoll nicht vollständig prüfbar: Sein Kopfdatensatz fehlt, daher können am Ende Einträge entfernt worden sein.</translation>
    </message>
    <message>
        <source>Journal cannot be read: %1</source>
        <extracomment>%1 is the system&apos;s reason, e.g. &quot;Permission denied&quot;</extracomment>
        <translation>Protokoll kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>UserAdmin::AuditJournalModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>Column of the audit journal: how many sessions were revoked</extracomment>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>Column of the audit journal: the member who acted</extracomment>
        <translation>Durch</translation>
    </message>
    <message>
        <source>Recorded at or after the point where the journal was changed: this row cannot be trusted.</source>
        <extracomment>Tooltip of a row of the audit journal</extracomment>
        <translation>Ab der Stelle aufgezeichnet, an der das Protokoll verändert wurde: Dieser Zeile kann nicht vertraut werden.</translation>
    </message>
    <message>
        <source>Recorded before the journal was protected: this row cannot be checked.</source>
        <translation>Vor dem Schutz des Protokolls aufgezeichnet: Diese Zeile kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>Column of the audit journal: the end-user&apos;s account the action was about</extracomment>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>Column of the audit journal: the reason the person gave (e.g. a ticket number)</extracomment>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Batch</source>
        <extracomment>Column of the audit journal: the id of a bulk revocation the action was part of</extracomment>
        <translation>Sammelaktion</translation>
    </message>
</context>
<context>
    <name>UserAdmin::AuditLogDialog</name>
    <message>
        <source>Audit journal — SSO User Admin</source>
        <translation>Audit-Protokoll — SSO User Admin</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <extracomment>Accessible name of the table of the audit journal</extracomment>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check again that no entry of the journal was changed, removed or reordered</source>
        <translation>Erneut prüfen, dass kein Eintrag des Protokolls verändert, entfernt oder umsortiert wurde</translation>
    </message>
    <message>
        <source>Email or id</source>
        <translation>E-Mail oder ID</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <extracomment>Filter of the audit journal</extracomment>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Not revoked</source>
        <translation>Nicht widerrufen</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>No outcome recorded</source>
        <translation>Kein Ergebnis aufgezeichnet</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Sammelaktion:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <extracomment>Start of the date range of the audit journal filter</extracomment>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <extracomment>End of the date range of the audit journal filter</extracomment>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>Ausgewählte &amp;Zeilen kopieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Single actions only</source>
        <extracomment>Batch filter of the audit journal: actions on one account, not part of a bulk revocation</extracomment>
        <translation>Nur Einzelaktionen</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) shown of %1, kept on this computer in %2</source>
        <extracomment>%1 is how many actions the filters show, %2 a file path</extracomment>
        <translation>
            <numerusform>%n Aktion von %1 angezeigt, gespeichert auf diesem Computer in %2</numerusform>
            <numerusform>%n Aktionen von %1 angezeigt, gespeichert auf diesem Computer in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit journal</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The journal could not be written to “%1”.</source>
        <translation>Das Protokoll konnte nicht nach „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <extracomment>The button that empties the account filter of the audit journal</extracomment>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>This computer</source>
        <extracomment>Tab of the audit journal viewer: the journal kept on this computer</extracomment>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Server audit log</source>
        <extracomment>Tab of the audit journal viewer: the organization&apos;s audit log kept by the server</extracomment>
        <translation>Audit-Log des Servers</translation>
    </message>
</context>
<context>
    <name>UserAdmin::AuditTrailModel</name>
    <message>
        <source>server</source>
        <extracomment>Where an audit entry came from: the server&apos;s audit log, or this computer&apos;s journal</extracomment>
        <translation>Server</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>The actor of a server audit entry written by the server itself</extracomment>
        <translation>System</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is the kind of thing changed (e.g. &quot;member&quot;), %2 its id</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column: where an audit entry came from (&quot;server&quot; or &quot;this computer&quot;)</extracomment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>Column: who did it</extracomment>
        <translation>Durch</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>UserAdmin::BulkConfirmDialog</name>
    <message>
        <source>For each account, this ends the sessions of this person for %1&apos;s services; sign-ins to other organizations stay. The server&apos;s count may include sessions that had already expired.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Für jedes Konto werden die Sitzungen dieser Person für die Dienste von %1 beendet; Anmeldungen bei anderen Organisationen bleiben bestehen. Die Zählung des Servers kann bereits abgelaufene Sitzungen enthalten.</translation>
    </message>
    <message>
        <source>On this server a revocation covers the whole platform: each person&apos;s sessions for other organizations&apos; services end too. The server&apos;s count includes sessions that had already expired.</source>
        <translation>Auf diesem Server gilt ein Widerruf für die gesamte Plattform: Auch die Sitzungen jeder Person für Dienste anderer Organisationen werden beendet. Die Zählung des Servers enthält bereits abgelaufene Sitzungen.</translation>
    </message>
    <message>
        <source>This server does not say whether a revocation covers only %1 or the whole platform, including other organizations&apos; services.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Dieser Server gibt nicht an, ob ein Widerruf nur für %1 oder für die gesamte Plattform gilt, einschließlich der Dienste anderer Organisationen.</translation>
    </message>
    <message>
        <source>Revoke sessions of several end-users</source>
        <extracomment>Title of the confirmation of a revocation for many end-users</extracomment>
        <translation>Sitzungen mehrerer Endbenutzer widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke all sessions of %n end-user(s) in “%1”?</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>
            <numerusform>Alle Sitzungen von %n Endbenutzer in „%1“ widerrufen?</numerusform>
            <numerusform>Alle Sitzungen von %n Endbenutzern in „%1“ widerrufen?</numerusform>
        </translation>
    </message>
    <message>
        <source>End-users to revoke</source>
        <extracomment>Accessible name of the list of end-users whose sessions are to be revoked</extracomment>
        <translation>Zu widerrufende Endbenutzer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <source>not known</source>
        <extracomment>Active sessions of an end-user whose count has not been loaded</extracomment>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>In total %n active session(s).</source>
        <translation>
            <numerusform>Insgesamt %n aktive Sitzung.</numerusform>
            <numerusform>Insgesamt %n aktive Sitzungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of active sessions is not known for these accounts; the report will show what the server revoked.</source>
        <translation>Die Anzahl der aktiven Sitzungen dieser Konten ist nicht bekannt; der Bericht zeigt, was der Server widerrufen hat.</translation>
    </message>
    <message numerus="yes">
        <source>In total %n active session(s) known, for %1 of %2 accounts.</source>
        <extracomment>%1 is the number of accounts whose session count is known, %2 all accounts</extracomment>
        <translation>
            <numerusform>Insgesamt %n aktive Sitzung bekannt, für %1 von %2 Konten.</numerusform>
            <numerusform>Insgesamt %n aktive Sitzungen bekannt, für %1 von %2 Konten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Access tokens that applications already hold are not withdrawn: an application that checks tokens offline may keep accepting them until they expire.</source>
        <translation>Zugriffstoken, die Anwendungen bereits besitzen, werden nicht zurückgezogen: Eine Anwendung, die Token offline prüft, kann sie bis zu ihrem Ablauf weiterhin akzeptieren.</translation>
    </message>
    <message>
        <source>Each account gets one request. Nothing is sent again by itself: what fails is reported, and you decide whether to try again.</source>
        <translation>Für jedes Konto wird genau eine Anfrage gesendet. Nichts wird automatisch wiederholt: Fehlschläge werden gemeldet, und Sie entscheiden, ob Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <extracomment>The verb on the confirmation button</extracomment>
        <translation>Sitzungen widerrufen</translation>
    </message>
</context>
<context>
    <name>UserAdmin::BulkProgressDialog</name>
    <message>
        <source>Revoking sessions in %1</source>
        <extracomment>Title of the progress window; %1 is the organization&apos;s name</extracomment>
        <translation>Sitzungen in %1 werden widerrufen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Send nothing more; the answers to requests already sent are still reported</source>
        <translation>Nichts mehr senden; die Antworten auf bereits gesendete Anfragen werden weiterhin gemeldet</translation>
    </message>
    <message>
        <source>Revoking %1 of %2</source>
        <extracomment>%1 is how many requests were sent so far, %2 how many there are in all</extracomment>
        <translation>Widerruf %1 von %2</translation>
    </message>
    <message>
        <source>Paused: the server no longer accepts your sign-in. Sign in again to continue.</source>
        <translation>Angehalten: Der Server akzeptiert Ihre Anmeldung nicht mehr. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Paused. Requests already sent are still answered.</source>
        <translation>Angehalten. Bereits gesendete Anfragen werden noch beantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: nothing more is sent. Waiting for %n answer(s)…</source>
        <extracomment>%n is the number of requests still under way</extracomment>
        <translation>
            <numerusform>Abgebrochen: Es wird nichts mehr gesendet. Warten auf %n Antwort…</numerusform>
            <numerusform>Abgebrochen: Es wird nichts mehr gesendet. Warten auf %n Antworten…</numerusform>
        </translation>
    </message>
    <message>
        <source>The server asked to slow down: waiting before the next request.</source>
        <translation>Der Server bittet um weniger Anfragen: Vor der nächsten Anfrage wird gewartet.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>UserAdmin::BulkReportDialog</name>
    <message>
        <source>Revoked</source>
        <extracomment>Outcome of one account in the report</extracomment>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Not revoked</source>
        <extracomment>Outcome of one account in the report</extracomment>
        <translation>Nicht widerrufen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Outcome of one account in the report: the request was sent and no answer came</extracomment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not sent</source>
        <extracomment>Outcome of one account in the report: cancelled before its request was sent</extracomment>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Outcome of one account whose request is still under way</extracomment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>The server did not say how many.</source>
        <translation>Der Server hat nicht mitgeteilt, wie viele.</translation>
    </message>
    <message>
        <source>Sent, and no answer came: reload the account before trying again.</source>
        <translation>Gesendet, aber es kam keine Antwort: Laden Sie das Konto neu, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Vor dem Senden abgebrochen.</translation>
    </message>
    <message>
        <source>Your sign-in had ended.</source>
        <translation>Ihre Anmeldung war beendet.</translation>
    </message>
    <message>
        <source>Not sent: the audit journal could not record it first.</source>
        <translation>Nicht gesendet: Das Audit-Protokoll konnte die Anfrage nicht vorher festhalten.</translation>
    </message>
    <message>
        <source>The request never reached the server.</source>
        <translation>Die Anfrage hat den Server nie erreicht.</translation>
    </message>
    <message>
        <source>Not found in this organization.</source>
        <translation>In dieser Organisation nicht gefunden.</translation>
    </message>
    <message>
        <source>Refused by the server.</source>
        <translation>Vom Server abgelehnt.</translation>
    </message>
    <message>
        <source>Revocation report for %1</source>
        <extracomment>Title of the report after a bulk revocation; %1 is the organization&apos;s name</extracomment>
        <translation>Widerrufsbericht für %1</translation>
    </message>
    <message numerus="yes">
        <source>%n revoked</source>
        <extracomment>Part of the report&apos;s summary</extracomment>
        <translation>
            <numerusform>%n widerrufen</numerusform>
            <numerusform>%n widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not revoked</source>
        <extracomment>Part of the report&apos;s summary</extracomment>
        <translation>
            <numerusform>%n nicht widerrufen</numerusform>
            <numerusform>%n nicht widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <extracomment>Part of the report&apos;s summary</extracomment>
        <translation>
            <numerusform>%n unbekannt</numerusform>
            <numerusform>%n unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <extracomment>Part of the report&apos;s summary</extracomment>
        <translation>
            <numerusform>%n nicht gesendet</numerusform>
            <numerusform>%n nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n end-user(s): %1. The server revoked %2 session(s).</source>
        <extracomment>%1 lists the outcomes (&quot;23 revoked, 0 not revoked, 2 unknown&quot;); %2 the sessions the server counted</extracomment>
        <translation>
            <numerusform>%n Endbenutzer: %1. Der Server hat %2 Sitzung(en) widerrufen.</numerusform>
            <numerusform>%n Endbenutzer: %1. Der Server hat %2 Sitzung(en) widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n request(s) were sent.</source>
        <translation>
            <numerusform>Abgebrochen, nachdem %n Anfrage gesendet wurde.</numerusform>
            <numerusform>Abgebrochen, nachdem %n Anfragen gesendet wurden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: the audit journal could not be written (%1).</source>
        <translation>Gestoppt: In das Audit-Protokoll konnte nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>Reload the accounts with an unknown outcome before revoking them again; Retry leaves them out.</source>
        <translation>Laden Sie die Konten mit unbekanntem Ergebnis neu, bevor Sie sie erneut widerrufen; „Erneut versuchen“ lässt sie aus.</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <extracomment>Accessible name of the table of outcomes</extracomment>
        <translation>Ergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry the %n that were not revoked…</source>
        <translation>
            <numerusform>&amp;Erneut versuchen für %n nicht widerrufenes Konto…</numerusform>
            <numerusform>&amp;Erneut versuchen für %n nicht widerrufene Konten…</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks again before sending; accounts with an unknown outcome are left out</source>
        <translation>Fragt vor dem Senden erneut nach; Konten mit unbekanntem Ergebnis werden ausgelassen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>Als CSV &amp;speichern…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Sessions revoked</source>
        <translation>Widerrufene Sitzungen</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Bericht als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>The report could not be saved to “%1”.</source>
        <extracomment>%1 is the file&apos;s path</extracomment>
        <translation>Der Bericht konnte nicht unter „%1“ gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>UserAdmin::BulkRevokeController</name>
    <message>
        <source>Revocation under way</source>
        <extracomment>Title of the question before closing the window during a bulk revocation</extracomment>
        <translation>Widerruf läuft</translation>
    </message>
    <message>
        <source>Sessions of several end-users are being revoked. Wait for the report (or cancel that revocation) before starting another.</source>
        <translation>Sitzungen mehrerer Endbenutzer werden gerade widerrufen. Warten Sie auf den Bericht (oder brechen Sie diesen Widerruf ab), bevor Sie einen weiteren starten.</translation>
    </message>
    <message>
        <source>Sessions are being revoked: %1 of %2 requests sent. Close the window anyway?</source>
        <extracomment>%1 is how many requests were sent so far, %2 how many there are in all</extracomment>
        <translation>Sitzungen werden widerrufen: %1 von %2 Anfragen gesendet. Fenster trotzdem schließen?</translation>
    </message>
    <message>
        <source>Nothing more is sent. Requests already under way may still take effect; the audit journal records their outcome as unknown.</source>
        <translation>Es wird nichts mehr gesendet. Bereits laufende Anfragen können noch wirksam werden; das Audit-Protokoll verzeichnet ihr Ergebnis als unbekannt.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
</context>
<context>
    <name>UserAdmin::DetailPane</name>
    <message>
        <source>User details</source>
        <extracomment>Title and accessible name of the pane with the selected end-user&apos;s details</extracomment>
        <translation>Benutzerdetails</translation>
    </message>
    <message>
        <source>Loading details…</source>
        <translation>Details werden geladen…</translation>
    </message>
    <message>
        <source>Select an end-user to see the details.</source>
        <translation>Wählen Sie einen Endbenutzer aus, um die Details anzuzeigen.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Revoking sessions…</source>
        <translation>Sitzungen werden widerrufen…</translation>
    </message>
    <message>
        <source>Reload the details to see how many sessions are active now.</source>
        <translation>Laden Sie die Details neu, um zu sehen, wie viele Sitzungen jetzt aktiv sind.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Reload shows no active sessions now.</source>
        <translation>Neu geladen: Es sind jetzt keine Sitzungen aktiv.</translation>
    </message>
    <message numerus="yes">
        <source>Reload shows %n active session(s) now; whether the revocation took effect is not known.</source>
        <translation>
            <numerusform>Neu geladen: Jetzt ist %n Sitzung aktiv; ob der Widerruf gewirkt hat, ist nicht bekannt.</numerusform>
            <numerusform>Neu geladen: Jetzt sind %n Sitzungen aktiv; ob der Widerruf gewirkt hat, ist nicht bekannt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserAdmin::DeviceSignInPage</name>
    <message>
        <source>Sign in with your browser: this window shows a code, you enter it on the server&apos;s sign-in page and approve with your usual account.</source>
        <translation>Melden Sie sich mit Ihrem Browser an: Dieses Fenster zeigt einen Code an, den Sie auf der Anmeldeseite des Servers eingeben und mit Ihrem gewohnten Konto bestätigen.</translation>
    </message>
    <message>
        <source>User code</source>
        <translation>Benutzercode</translation>
    </message>
    <message>
        <source>&amp;Get a code</source>
        <translation>Code an&amp;fordern</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>&amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Warten auf Bestätigung</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Who asks for the code</source>
        <translation>Wer den Code anfordert</translation>
    </message>
    <message>
        <source>Platform owners use the platform&apos;s own client. On servers where only platform owners may use it, organization staff sign in through a service of their organization that offers device sign-in; its administrator tells you the three values.</source>
        <translation>Plattform-Eigentümer verwenden den Client der Plattform. Auf Servern, auf denen nur Plattform-Eigentümer ihn verwenden dürfen, melden sich Mitarbeitende einer Organisation über einen Dienst ihrer Organisation an, der die Geräteanmeldung anbietet; dessen Administrator nennt Ihnen die drei Werte.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Organization of the service</source>
        <translation>Organisation des Dienstes</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>C&amp;lient-ID:</translation>
    </message>
    <message>
        <source>O&amp;rganization:</source>
        <translation>O&amp;rganisation:</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>Use the &amp;platform&apos;s client</source>
        <translation>Client der &amp;Plattform verwenden</translation>
    </message>
    <message>
        <source>Code copied.</source>
        <translation>Code kopiert.</translation>
    </message>
    <message>
        <source>Enter the client ID, the organization and the service under Advanced, or use the platform&apos;s client.</source>
        <translation>Geben Sie unter „Erweitert“ die Client-ID, die Organisation und den Dienst ein, oder verwenden Sie den Client der Plattform.</translation>
    </message>
    <message>
        <source>Asking the server for a code…</source>
        <translation>Code wird beim Server angefordert…</translation>
    </message>
    <message>
        <source>Enter the code at %1</source>
        <extracomment>%1 is the address of the server&apos;s sign-in page</extracomment>
        <translation>Geben Sie den Code unter %1 ein</translation>
    </message>
    <message>
        <source>Waiting for approval…</source>
        <translation>Warten auf Bestätigung…</translation>
    </message>
    <message>
        <source>Waiting for approval… next check in %1 s; the code expires in %2.</source>
        <extracomment>%1 is seconds until the next check, %2 minutes:seconds until the code expires</extracomment>
        <translation>Warten auf Bestätigung… nächste Prüfung in %1 s; der Code läuft in %2 ab.</translation>
    </message>
    <message>
        <source>Approved. Signing in…</source>
        <translation>Bestätigt. Anmeldung läuft…</translation>
    </message>
    <message>
        <source>&amp;Get a new code</source>
        <translation>Neuen Code an&amp;fordern</translation>
    </message>
    <message>
        <source>The server gave a sign-in page that is not a web address of it (%1); it was not opened.</source>
        <extracomment>%1 is the address the server gave</extracomment>
        <translation>Der Server hat eine Anmeldeseite angegeben, die keine Webadresse von ihm ist (%1); sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open %1 yourself and enter the code.</source>
        <extracomment>%1 is the address of the server&apos;s sign-in page</extracomment>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie %1 selbst und geben Sie den Code ein.</translation>
    </message>
    <message>
        <source>Enter the code at %1
“Open browser” opens %2</source>
        <extracomment>%1 is the address of the server&apos;s sign-in page, %2 the address the browser opens (with the code in it)</extracomment>
        <translation>Geben Sie den Code unter %1 ein.
„Browser öffnen“ öffnet %2</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <extracomment>%1 is the address the browser opens</extracomment>
        <translation>Öffnet %1</translation>
    </message>
</context>
<context>
    <name>UserAdmin::DirectoryController</name>
    <message>
        <source>The local copy cannot be opened: %1</source>
        <translation>Die lokale Kopie kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Make a local copy of the end-user list?</source>
        <translation>Eine lokale Kopie der Endbenutzerliste anlegen?</translation>
    </message>
    <message>
        <source>This server cannot sort. To sort the end-users of %1, this computer needs a copy of their list.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Dieser Server kann nicht sortieren. Um die Endbenutzer von %1 zu sortieren, benötigt dieser Computer eine Kopie ihrer Liste.</translation>
    </message>
    <message>
        <source>This server cannot search. To search all end-users of %1, this computer needs a copy of their list.</source>
        <translation>Dieser Server kann nicht suchen. Um alle Endbenutzer von %1 zu durchsuchen, benötigt dieser Computer eine Kopie ihrer Liste.</translation>
    </message>
    <message>
        <source>The copy holds only what the list shows: id, email, created, last login, MFA, services and identity providers; never tokens or passwords. It is kept in %1, readable only by you, refreshed while you work, and removed by File → Forget local copies, by signing out, or after 30 days unused.</source>
        <extracomment>%1 is a folder on this computer</extracomment>
        <translation>Die Kopie enthält nur, was die Liste zeigt: ID, E-Mail, Erstellungsdatum, letzte Anmeldung, MFA, Dienste und Identitätsanbieter; niemals Token oder Passwörter. Sie wird in %1 gespeichert, ist nur für Sie lesbar, wird während Ihrer Arbeit aktualisiert und über Datei → Lokale Kopien entfernen, beim Abmelden oder nach 30 Tagen ohne Nutzung entfernt.</translation>
    </message>
    <message>
        <source>Make local copy</source>
        <translation>Lokale Kopie anlegen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Indexing stopped. It goes on from where it stopped next time.</source>
        <translation>Indizierung angehalten. Sie wird beim nächsten Mal an dieser Stelle fortgesetzt.</translation>
    </message>
    <message>
        <source>The local copy could not be written: %1</source>
        <translation>Die lokale Kopie konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The local copy could not be made: %1</source>
        <translation>Die lokale Kopie konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Forget local copies</source>
        <translation>Lokale Kopien entfernen</translation>
    </message>
    <message>
        <source>Remove the local copies of the end-user lists of every server and organization?</source>
        <translation>Die lokalen Kopien der Endbenutzerlisten aller Server und Organisationen entfernen?</translation>
    </message>
    <message>
        <source>Searching and sorting on servers that cannot do it will ask to make a copy again.</source>
        <translation>Beim Suchen und Sortieren auf Servern, die das nicht können, wird dann erneut nach einer Kopie gefragt.</translation>
    </message>
    <message>
        <source>Local copies removed.</source>
        <translation>Lokale Kopien entfernt.</translation>
    </message>
    <message>
        <source>Some local copies could not be removed.</source>
        <translation>Einige lokale Kopien konnten nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Export needs the local copy of the end-user list; try again when it is complete.</source>
        <translation>Für den Export wird die lokale Kopie der Endbenutzerliste benötigt; versuchen Sie es erneut, wenn sie vollständig ist.</translation>
    </message>
</context>
<context>
    <name>UserAdmin::DisplayText</name>
    <message>
        <source>Unknown</source>
        <extracomment>A fact the server did not report</extracomment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Last login of someone who never signed in</extracomment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>in %n Monat</numerusform>
            <numerusform>in %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>in %n Jahr</numerusform>
            <numerusform>in %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a local date and time, %2 a relative age such as &quot;3 hours ago&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>UserAdmin::EndUserFacts</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Id</source>
        <extracomment>The end-user&apos;s opaque identifier</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Copy id</source>
        <extracomment>Button that copies the end-user&apos;s id to the clipboard</extracomment>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Email verified</source>
        <translation>E-Mail bestätigt</translation>
    </message>
    <message>
        <source>MFA</source>
        <extracomment>Multi-factor authentication</extracomment>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>When the end-user&apos;s account was deleted</extracomment>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Linked identities</source>
        <translation>Verknüpfte Identitäten</translation>
    </message>
    <message>
        <source>Services</source>
        <extracomment>Heading of the table of services the end-user has used</extracomment>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>Heading of the end-user&apos;s sign-in sessions
----------
Accessible name and heading of the table of every session of the end-user</extracomment>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <source>Last session created</source>
        <translation>Letzte Sitzung erstellt</translation>
    </message>
    <message>
        <source>Recent sign-ins</source>
        <extracomment>Accessible name and heading of the table of the end-user&apos;s last sign-ins</extracomment>
        <translation>Letzte Anmeldungen</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <extracomment>Email verified: yes, and when; %1 is a date and time</extracomment>
        <translation>Ja, %1</translation>
    </message>
    <message>
        <source>%1 (newest of the last 20 sign-ins)</source>
        <translation>%1 (neueste der letzten 20 Anmeldungen)</translation>
    </message>
    <message>
        <source>No sign-in among the last 20</source>
        <translation>Keine Anmeldung unter den letzten 20</translation>
    </message>
    <message>
        <source>No session</source>
        <extracomment>Shown as &quot;Last session created&quot; when the user has no session</extracomment>
        <translation>Keine Sitzung</translation>
    </message>
    <message>
        <source>Not current</source>
        <extracomment>Accessible description of the details when they may be out of date</extracomment>
        <translation>Nicht aktuell</translation>
    </message>
</context>
<context>
    <name>UserAdmin::EndUserListPane</name>
    <message>
        <source>&amp;Search end-users</source>
        <extracomment>Label of the search field</extracomment>
        <translation>Endbenutzer &amp;suchen</translation>
    </message>
    <message>
        <source>Search end-users</source>
        <translation>Endbenutzer suchen</translation>
    </message>
    <message>
        <source>Part of an email address</source>
        <translation>Teil einer E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>Ser&amp;vice filter</source>
        <extracomment>Label of the choice of service to filter the end-users by</extracomment>
        <translation>Dienst&amp;filter</translation>
    </message>
    <message>
        <source>Service filter</source>
        <translation>Dienstfilter</translation>
    </message>
    <message>
        <source>End-users</source>
        <extracomment>Accessible name of the table of end-users</extracomment>
        <translation>Endbenutzer</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>The rows shown are from an earlier answer and may be out of date.</source>
        <translation>Die angezeigten Zeilen stammen aus einer früheren Antwort und sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>%1 — loading…</source>
        <extracomment>Appended to &quot;Showing 1–50 of 2,000&quot; while the next page loads</extracomment>
        <translation>%1 — wird geladen…</translation>
    </message>
    <message>
        <source>Not current</source>
        <extracomment>Accessible description of the table while its rows may be out of date</extracomment>
        <translation>Nicht aktuell</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>UserAdmin::EndUserTableModel</name>
    <message>
        <source>, </source>
        <extracomment>Separator between service names in one table cell</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>Column header: the end-user&apos;s email address</extracomment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Last login</source>
        <extracomment>Column header: when the end-user last signed in</extracomment>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header: when the end-user&apos;s account was created</extracomment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>MFA</source>
        <extracomment>Column header: whether multi-factor authentication is on</extracomment>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Services</source>
        <extracomment>Column header: the organization&apos;s services the end-user has used</extracomment>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Loading end-users…</source>
        <translation>Endbenutzer werden geladen…</translation>
    </message>
    <message>
        <source>Showing %1–%2 of %3</source>
        <extracomment>%1 and %2 are the first and last row numbers shown, %3 the number of matching end-users</extracomment>
        <translation>Einträge %1–%2 von %3</translation>
    </message>
    <message>
        <source>Showing %1–%2</source>
        <extracomment>%1 and %2 are the first and last row numbers shown; the total is not known</extracomment>
        <translation>Einträge %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>(%n (match|matches) for “%1” on this page, filtered locally because this server cannot search)</source>
        <extracomment>%n rows of the page shown match the search %1; the server could not search</extracomment>
        <translation>
            <numerusform>(%n Treffer für „%1“ auf dieser Seite, lokal gefiltert, da dieser Server nicht suchen kann)</numerusform>
            <numerusform>(%n Treffer für „%1“ auf dieser Seite, lokal gefiltert, da dieser Server nicht suchen kann)</numerusform>
        </translation>
    </message>
    <message>
        <source>No end-users on this page match “%1” (filtered locally: this server cannot search)</source>
        <extracomment>%1 is what was searched for</extracomment>
        <translation>Kein Endbenutzer auf dieser Seite passt zu „%1“ (lokal gefiltert: Dieser Server kann nicht suchen)</translation>
    </message>
    <message>
        <source>No end-users match “%1”</source>
        <extracomment>%1 is what was searched for</extracomment>
        <translation>Kein Endbenutzer passt zu „%1“</translation>
    </message>
    <message>
        <source>No end-users have used this service.</source>
        <translation>Kein Endbenutzer hat diesen Dienst genutzt.</translation>
    </message>
    <message>
        <source>This organization has no end-users yet.</source>
        <translation>Diese Organisation hat noch keine Endbenutzer.</translation>
    </message>
    <message numerus="yes">
        <source>(offline copy, %n minute(s) old: the server cannot be reached)</source>
        <translation>
            <numerusform>(Offline-Kopie, %n Minute alt: Der Server ist nicht erreichbar)</numerusform>
            <numerusform>(Offline-Kopie, %n Minuten alt: Der Server ist nicht erreichbar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(local copy, %n minute(s) old)</source>
        <translation>
            <numerusform>(lokale Kopie, %n Minute alt)</numerusform>
            <numerusform>(lokale Kopie, %n Minuten alt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserAdmin::ErrorPresenter</name>
    <message>
        <source>The server could not be reached, or it closed the connection without answering.</source>
        <translation>Der Server war nicht erreichbar oder hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed; its certificate is not trusted.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen; seinem Zertifikat wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The connection was refused because it would not be encrypted.</source>
        <translation>Die Verbindung wurde abgelehnt, weil sie nicht verschlüsselt wäre.</translation>
    </message>
    <message>
        <source>The request was not sent: it names something that cannot be asked for safely.</source>
        <translation>Die Anfrage wurde nicht gesendet: Sie nennt etwas, das nicht sicher abgefragt werden kann.</translation>
    </message>
    <message>
        <source>You are signed out. Sign in again to continue.</source>
        <translation>Sie sind abgemeldet. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>The server refused access.</source>
        <translation>Der Server hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>This organization is not active.</source>
        <translation>Diese Organisation ist nicht aktiv.</translation>
    </message>
    <message>
        <source>The server does not know what was asked for.</source>
        <translation>Der Server kennt die angeforderte Ressource nicht.</translation>
    </message>
    <message numerus="yes">
        <source>The server is busy; try again in %n second(s).</source>
        <translation>
            <numerusform>Der Server ist ausgelastet; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Der Server ist ausgelastet; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is busy; try again in a moment.</source>
        <translation>Der Server ist ausgelastet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The server failed to answer the request.</source>
        <translation>Der Server konnte die Anfrage nicht beantworten.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgegangen.</translation>
    </message>
    <message>
        <source>The server refused the connection (nothing was sent).</source>
        <translation>Der Server hat die Verbindung abgelehnt (nichts wurde gesendet).</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found (nothing was sent).</source>
        <translation>Der Name des Servers wurde nicht gefunden (nichts wurde gesendet).</translation>
    </message>
    <message>
        <source>The server closed the connection before it answered.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor er geantwortet hat.</translation>
    </message>
    <message>
        <source>The connection closed before an answer arrived; the request was not sent again.</source>
        <translation>Die Verbindung wurde geschlossen, bevor eine Antwort kam; die Anfrage wurde nicht noch einmal gesendet.</translation>
    </message>
    <message>
        <source>No answer arrived in time.</source>
        <translation>Es kam keine Antwort rechtzeitig.</translation>
    </message>
    <message>
        <source>The proxy could not be reached (nothing was sent).</source>
        <translation>Der Proxy war nicht erreichbar (nichts wurde gesendet).</translation>
    </message>
    <message>
        <source>This computer is not connected to the network (nothing was sent).</source>
        <translation>Dieser Computer ist nicht mit dem Netzwerk verbunden (nichts wurde gesendet).</translation>
    </message>
    <message>
        <source>The network connection failed (code %1).</source>
        <extracomment>%1 is a number identifying the network failure, for support</extracomment>
        <translation>Die Netzwerkverbindung ist fehlgeschlagen (Code %1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for another name.</source>
        <translation>Das Zertifikat des Servers wurde für einen anderen Namen ausgestellt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not issued by an authority this computer trusts (see --ca-file).</source>
        <translation>Das Zertifikat des Servers stammt nicht von einer Stelle, der dieser Computer vertraut (siehe --ca-file).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked.</source>
        <translation>Das Zertifikat des Servers wurde widerrufen.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up (nothing was sent).</source>
        <translation>Die sichere Verbindung konnte nicht aufgebaut werden (nichts wurde gesendet).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused (code %1).</source>
        <extracomment>%1 is a number identifying the certificate problem, for support</extracomment>
        <translation>Das Zertifikat des Servers wurde abgelehnt (Code %1).</translation>
    </message>
    <message>
        <source>Plain http to %1 is refused: tokens would travel unencrypted. Use https, or start the program with --allow-insecure-http if you accept that.</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>Unverschlüsseltes http zu %1 wird abgelehnt: Tokens würden unverschlüsselt übertragen. Verwenden Sie https oder starten Sie das Programm mit --allow-insecure-http, wenn Sie das in Kauf nehmen.</translation>
    </message>
    <message>
        <source>Only http and https addresses can be used.</source>
        <translation>Nur http- und https-Adressen können verwendet werden.</translation>
    </message>
    <message>
        <source>Unexpected value at %1.</source>
        <extracomment>%1 is the position in the server&apos;s answer, e.g. users[3].email</extracomment>
        <translation>Unerwarteter Wert bei %1.</translation>
    </message>
    <message>
        <source>The answer is not the JSON the API describes.</source>
        <translation>Die Antwort ist nicht das JSON, das die API beschreibt.</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <extracomment>%1 is an HTTP status code such as 404</extracomment>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>The server said: “%1” (HTTP status %2)</source>
        <extracomment>%1 is the server&apos;s own message, %2 the HTTP status code</extracomment>
        <translation>Der Server meldet: „%1“ (HTTP-Status %2)</translation>
    </message>
    <message>
        <source>This organization is not known to the server (any more).</source>
        <translation>Diese Organisation ist dem Server (nicht mehr) bekannt.</translation>
    </message>
    <message>
        <source>The end-users could not be loaded. %1</source>
        <extracomment>%1 says why, e.g. &quot;The server did not answer in time.&quot;</extracomment>
        <translation>Die Endbenutzer konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Dieser Benutzer existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Access to this user&apos;s details was refused.</source>
        <translation>Der Zugriff auf die Details dieses Benutzers wurde verweigert.</translation>
    </message>
    <message>
        <source>The details could not be loaded. %1</source>
        <extracomment>%1 says why, e.g. &quot;The server did not answer in time.&quot;</extracomment>
        <translation>Die Details konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Your organizations could not be loaded.</source>
        <translation>Ihre Organisationen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>The services for the filter could not be loaded: %1</source>
        <extracomment>%1 says why</extracomment>
        <translation>Die Dienste für den Filter konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>“%1” is %2: its end-users can be managed only while the organization is active.</source>
        <extracomment>%1 is the organization&apos;s name, %2 its status such as &quot;suspended&quot;</extracomment>
        <translation>„%1“ ist %2: Die Endbenutzer können nur verwaltet werden, solange die Organisation aktiv ist.</translation>
    </message>
    <message>
        <source>You are not a member of any organization on this server.</source>
        <translation>Sie sind auf diesem Server kein Mitglied einer Organisation.</translation>
    </message>
    <message>
        <source>You are no longer a member of “%1”.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Sie sind nicht mehr Mitglied von „%1“.</translation>
    </message>
    <message>
        <source>Access to the end-users of “%1” was refused.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Der Zugriff auf die Endbenutzer von „%1“ wurde verweigert.</translation>
    </message>
    <message numerus="yes">
        <source>The server asks to slow down; trying again in %n second(s).</source>
        <translation>
            <numerusform>Der Server bittet um weniger Anfragen; neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Der Server bittet um weniger Anfragen; neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer; trying again in %n second(s).</source>
        <translation>
            <numerusform>Der Server hat nicht geantwortet; neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Der Server hat nicht geantwortet; neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <extracomment>Title of the dialog after a revocation whose result did not arrive</extracomment>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>The connection failed while revoking the sessions of “%1”. It is not known whether they were revoked.</source>
        <extracomment>%1 is the end-user&apos;s email address</extracomment>
        <translation>Die Verbindung ist beim Widerrufen der Sitzungen von „%1“ fehlgeschlagen. Es ist nicht bekannt, ob sie widerrufen wurden.</translation>
    </message>
    <message>
        <source>Nothing was sent again. Reload the details to see how many sessions are active now before you try again.</source>
        <translation>Es wurde nichts erneut gesendet. Laden Sie die Details neu, um zu sehen, wie viele Sitzungen jetzt aktiv sind, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Sessions not revoked</source>
        <translation>Sitzungen nicht widerrufen</translation>
    </message>
    <message>
        <source>Your sign-in has ended, so nothing was revoked. Sign in again, then revoke again.</source>
        <translation>Ihre Anmeldung ist beendet, daher wurde nichts widerrufen. Melden Sie sich erneut an und widerrufen Sie dann noch einmal.</translation>
    </message>
    <message>
        <source>The sessions of “%1” were not revoked: the request never reached the server.</source>
        <extracomment>%1 is the end-user&apos;s email address</extracomment>
        <translation>Die Sitzungen von „%1“ wurden nicht widerrufen: Die Anfrage hat den Server nie erreicht.</translation>
    </message>
    <message>
        <source>The sessions of “%1” were not revoked.</source>
        <extracomment>%1 is the end-user&apos;s email address</extracomment>
        <translation>Die Sitzungen von „%1“ wurden nicht widerrufen.</translation>
    </message>
    <message>
        <source>This user no longer exists in this organization.</source>
        <translation>Dieser Benutzer existiert in dieser Organisation nicht mehr.</translation>
    </message>
    <message>
        <source>Only owners and admins of an active organization can revoke sessions.</source>
        <translation>Nur Inhaber und Administratoren einer aktiven Organisation können Sitzungen widerrufen.</translation>
    </message>
    <message>
        <source>This token cannot be used: it is not an access token of this platform (a JWT).</source>
        <translation>Dieses Token kann nicht verwendet werden: Es ist kein Zugriffstoken dieser Plattform (kein JWT).</translation>
    </message>
    <message>
        <source>This token cannot be used: it does not name a user.</source>
        <translation>Dieses Token kann nicht verwendet werden: Es nennt keinen Benutzer.</translation>
    </message>
    <message>
        <source>This token cannot be used: it has no expiry time.</source>
        <translation>Dieses Token kann nicht verwendet werden: Es hat kein Ablaufdatum.</translation>
    </message>
    <message>
        <source>This token cannot be used: it has expired.</source>
        <translation>Dieses Token kann nicht verwendet werden: Es ist abgelaufen.</translation>
    </message>
    <message>
        <source>The server does not accept this token: it may have expired, been revoked or been issued by another server.</source>
        <translation>Der Server nimmt dieses Token nicht an: Es ist vielleicht abgelaufen, widerrufen oder von einem anderen Server ausgestellt.</translation>
    </message>
    <message>
        <source>This address is not allowed: plain http is only used for this computer. Use https, or start the program with --allow-insecure-http if you accept that tokens travel unencrypted.</source>
        <translation>Diese Adresse ist nicht zulässig: Unverschlüsseltes http wird nur für diesen Computer verwendet. Verwenden Sie https oder starten Sie das Programm mit --allow-insecure-http, wenn Sie akzeptieren, dass Token unverschlüsselt übertragen werden.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://sso.example.com.</source>
        <translation>Geben Sie die Adresse des Servers ein, zum Beispiel https://sso.example.com.</translation>
    </message>
    <message>
        <source>The code expired before it was approved. Get a new code to try again.</source>
        <translation>Der Code ist abgelaufen, bevor er bestätigt wurde. Fordern Sie einen neuen Code an, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The sign-in was refused in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt.</translation>
    </message>
    <message>
        <source>The sessions of “%1” were not revoked: the request was not sent, because the audit journal could not record it first.</source>
        <extracomment>%1 is the end-user&apos;s email address</extracomment>
        <translation>Die Sitzungen von „%1“ wurden nicht widerrufen: Die Anfrage wurde nicht gesendet, weil das Audit-Protokoll sie nicht vorher festhalten konnte.</translation>
    </message>
    <message>
        <source>Check that the journal&apos;s folder can be written to, then try again.</source>
        <translation>Prüfen Sie, ob in den Ordner des Protokolls geschrieben werden kann, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your role in “%1” (%2) does not allow viewing end-users. An owner or admin of the organization can change it.</source>
        <extracomment>%1 is the organization&apos;s name, %2 the member&apos;s role there such as &quot;Member&quot;</extracomment>
        <translation>Ihre Rolle in „%1“ (%2) erlaubt nicht, Endbenutzer anzuzeigen. Ein Eigentümer oder Administrator der Organisation kann das ändern.</translation>
    </message>
    <message>
        <source>This token cannot be used: it only proves the password of a sign-in whose verification code was not entered. Sign in with email and password instead.</source>
        <translation>Dieses Token kann nicht verwendet werden: Es belegt nur das Passwort einer Anmeldung, deren Bestätigungscode nicht eingegeben wurde. Melden Sie sich stattdessen mit E-Mail und Passwort an.</translation>
    </message>
    <message>
        <source>This server lets only platform owners sign in with the browser this way. Sign in with email and password, or with your organization&apos;s desktop sign-in service (under Advanced).</source>
        <translation>Dieser Server lässt auf diese Weise nur Plattform-Eigentümer über den Browser anmelden. Melden Sie sich mit E-Mail und Passwort an oder über den Desktop-Anmeldedienst Ihrer Organisation (unter „Erweitert“).</translation>
    </message>
    <message>
        <source>The verification code was not accepted. Enter the current code from your authenticator app.</source>
        <translation>Der Bestätigungscode wurde nicht angenommen. Geben Sie den aktuellen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>The email address or the password is not right.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist nicht richtig.</translation>
    </message>
    <message>
        <source>The server refused this sign-in.</source>
        <translation>Der Server hat diese Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>This server does not offer sign-in with email and password. Sign in with the browser or an access token.</source>
        <translation>Dieser Server bietet keine Anmeldung mit E-Mail und Passwort an. Melden Sie sich über den Browser oder mit einem Zugriffstoken an.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1, the most this program reads; it was not read to its end.</source>
        <extracomment>%1 is a size such as &quot;8 MiB&quot;</extracomment>
        <translation>Die Antwort des Servers ist größer als %1, das Höchste, was dieses Programm liest; sie wurde nicht zu Ende gelesen.</translation>
    </message>
    <message>
        <source>The server named a sign-in page that is not an https address (nor http on this computer); nothing was opened.</source>
        <translation>Der Server hat eine Anmeldeseite genannt, die keine https-Adresse ist (und auch kein http auf diesem Computer); es wurde nichts geöffnet.</translation>
    </message>
    <message>
        <source>The server sent a token with characters no token has (such as a line break); it was not used.</source>
        <translation>Der Server hat ein Token mit Zeichen gesendet, die kein Token enthält (etwa einen Zeilenumbruch); es wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>This token cannot be used: it contains line breaks, spaces or other characters no access token has. It was not sent.</source>
        <translation>Dieses Token kann nicht verwendet werden: Es enthält Zeilenumbrüche, Leerzeichen oder andere Zeichen, die kein Zugriffstoken hat. Es wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>This token cannot be used: its expiry time is not a valid date.</source>
        <translation>Dieses Token kann nicht verwendet werden: Sein Ablaufzeitpunkt ist kein gültiges Datum.</translation>
    </message>
    <message numerus="yes">
        <source>The server is busy; try again in %n minute(s).</source>
        <translation>
            <numerusform>Der Server ist ausgelastet; versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Der Server ist ausgelastet; versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is busy; try again in %n hour(s).</source>
        <translation>
            <numerusform>Der Server ist ausgelastet; versuchen Sie es in %n Stunde erneut.</numerusform>
            <numerusform>Der Server ist ausgelastet; versuchen Sie es in %n Stunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server redirected the request.</source>
        <translation>Der Server hat die Anfrage weitergeleitet.</translation>
    </message>
    <message>
        <source>The redirect (HTTP status %1) was not followed: too many in a row, or to an address this program does not send requests to.</source>
        <extracomment>%1 is an HTTP status code such as 302</extracomment>
        <translation>Der Weiterleitung (HTTP-Status %1) wurde nicht gefolgt: zu viele hintereinander oder an eine Adresse, an die dieses Programm keine Anfragen sendet.</translation>
    </message>
</context>
<context>
    <name>UserAdmin::ExportEndUsersCommand</name>
    <message>
        <source>Export end-users</source>
        <translation>Endbenutzer exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting end-users…</source>
        <translation>Endbenutzer werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting end-users… %1 written</source>
        <extracomment>%1 is a number of end-users</extracomment>
        <translation>Endbenutzer werden exportiert… %1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n end-user(s) to %1.</source>
        <extracomment>%1 is the file</extracomment>
        <translation>
            <numerusform>%n Endbenutzer nach %1 exportiert.</numerusform>
            <numerusform>%n Endbenutzer nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <extracomment>%1 is the file, %2 the reason</extracomment>
        <translation>Der Export nach %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>UserAdmin::FindEndUsersDialog</name>
    <message>
        <source>Find end-users</source>
        <translation>Endbenutzer finden</translation>
    </message>
    <message>
        <source>&amp;Addresses (one a line, or any text with addresses in it):</source>
        <extracomment>Label of the field where a list of email addresses is pasted</extracomment>
        <translation>&amp;Adressen (eine pro Zeile oder beliebiger Text, der Adressen enthält):</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Results</source>
        <extracomment>Accessible name of the table of looked-up addresses</extracomment>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>Ergebnisse e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Revoke sessions of the found…</source>
        <extracomment>Button: hand the found end-users to an action such as revoking their sessions</extracomment>
        <translation>Sitzungen der Gefundenen &amp;widerrufen…</translation>
    </message>
    <message>
        <source>The local copy cannot be opened: %1</source>
        <translation>Die lokale Kopie kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Waiting for the local copy of the end-users of %1…</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Warten auf die lokale Kopie der Endbenutzer von %1…</translation>
    </message>
    <message>
        <source>The local copy cannot be read: %1</source>
        <translation>Die lokale Kopie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Found more than once</source>
        <translation>Mehrfach gefunden</translation>
    </message>
    <message>
        <source>%1 found, %2 not found, %3 found more than once</source>
        <extracomment>Summary of a find-many; %1 found, %2 not found, %3 found more than once (numbers)</extracomment>
        <translation>%1 gefunden, %2 nicht gefunden, %3 mehrfach gefunden</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <translation>Ergebnisse nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>The results could not be written to %1: %2</source>
        <translation>Die Ergebnisse konnten nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>UserAdmin::IndexProgressBar</name>
    <message>
        <source>Local index</source>
        <extracomment>Accessible name of the strip that shows the filling of the local copy of the end-user list</extracomment>
        <translation>Lokaler Index</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <extracomment>Accessible name of the button that stops filling the local copy</extracomment>
        <translation>Indizierung abbrechen</translation>
    </message>
    <message>
        <source>Indexing %1: %2 of %3</source>
        <extracomment>%1 is the organization&apos;s name, %2 the end-users stored so far, %3 all of them</extracomment>
        <translation>Indizierung von %1: %2 von %3</translation>
    </message>
    <message>
        <source>Indexing %1…</source>
        <extracomment>%1 is the organization&apos;s name; the number of end-users is not known yet</extracomment>
        <translation>Indizierung von %1…</translation>
    </message>
</context>
<context>
    <name>UserAdmin::InlineBanner</name>
    <message>
        <source>Notice</source>
        <extracomment>Accessible name of the message strip above a table or pane</extracomment>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>UserAdmin::LinkedIdentityModel</name>
    <message>
        <source>Provider</source>
        <extracomment>Column header: identity provider such as github or google</extracomment>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Provider user id</source>
        <extracomment>Column header: the user&apos;s id at the identity provider</extracomment>
        <translation>Benutzer-ID beim Anbieter</translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>Column header: the email the identity provider reported</extracomment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Linked at</source>
        <extracomment>Column header: when the provider account was linked</extracomment>
        <translation>Verknüpft am</translation>
    </message>
</context>
<context>
    <name>UserAdmin::MainWindow</name>
    <message>
        <source>SSO User Admin</source>
        <translation>SSO User Admin</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Menu title</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>Menu title</extracomment>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <extracomment>Menu title: moving between pages of end-users</extracomment>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <extracomment>Menu title: actions on the selected end-user</extracomment>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <extracomment>%1 is the signed-in member&apos;s email address</extracomment>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Loading your organizations…</source>
        <translation>Ihre Organisationen werden geladen…</translation>
    </message>
    <message>
        <source>%1 — SSO User Admin</source>
        <translation>%1 — SSO User Admin</translation>
    </message>
    <message>
        <source>Id copied</source>
        <translation>ID kopiert</translation>
    </message>
    <message>
        <source>Email copied</source>
        <translation>E-Mail kopiert</translation>
    </message>
    <message>
        <source>Signed out: sign in to continue</source>
        <extracomment>Status bar while the server no longer accepts the sign-in</extracomment>
        <translation>Abgemeldet: Melden Sie sich an, um fortzufahren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Your role in this organization does not allow revoking sessions.</source>
        <translation>Ihre Rolle in dieser Organisation erlaubt nicht, Sitzungen zu widerrufen.</translation>
    </message>
</context>
<context>
    <name>UserAdmin::MessageBox</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>UserAdmin::MultiSelection</name>
    <message numerus="yes">
        <source>%n end-users selected</source>
        <extracomment>Below the end-user table; %n is the number of selected rows (2 or more)</extracomment>
        <translation>
            <numerusform>%n Endbenutzer ausgewählt</numerusform>
            <numerusform>%n Endbenutzer ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserAdmin::OrganizationBar</name>
    <message>
        <source>&amp;Organization</source>
        <extracomment>Label of the organization switcher</extracomment>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>UserAdmin::OrganizationListModel</name>
    <message>
        <source>Owner</source>
        <extracomment>The member&apos;s role in an organization</extracomment>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Admin</source>
        <extracomment>The member&apos;s role in an organization</extracomment>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>The member&apos;s role in an organization</extracomment>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>active</source>
        <extracomment>Status of an organization</extracomment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>Status of an organization (waiting for approval)</extracomment>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>suspended</source>
        <extracomment>Status of an organization</extracomment>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>rejected</source>
        <extracomment>Status of an organization</extracomment>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is an organization&apos;s name, %2 the member&apos;s role in it: &quot;Acme Corp — Admin&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is &quot;Acme Corp — Admin&quot;, %2 the organization&apos;s status such as &quot;suspended&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>UserAdmin::PagerBar</name>
    <message>
        <source>Page si&amp;ze</source>
        <extracomment>Label of the choice of how many end-users one page shows</extracomment>
        <translation>&amp;Zeilen pro Seite</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Zeilen pro Seite</translation>
    </message>
</context>
<context>
    <name>UserAdmin::PasswordSignInPage</name>
    <message>
        <source>Owners and admins of an organization sign in with the email address and password of their account; with two-step verification on, the code of the authenticator app follows.</source>
        <translation>Eigentümer und Administratoren einer Organisation melden sich mit der E-Mail-Adresse und dem Passwort ihres Kontos an; ist die Bestätigung in zwei Schritten aktiv, folgt der Code der Authenticator-App.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this computer (in the system keychain)</source>
        <translation>Auf diesem &amp;Computer angemeldet bleiben (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Bestätigungscode</translation>
    </message>
    <message>
        <source>Verification &amp;code:</source>
        <translation>Bestätigungs&amp;code:</translation>
    </message>
    <message>
        <source>St&amp;art again</source>
        <translation>Von vorn &amp;beginnen</translation>
    </message>
    <message>
        <source>Veri&amp;fy</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed in. Opening…</source>
        <translation>Angemeldet. Wird geöffnet…</translation>
    </message>
    <message>
        <source>Enter the verification code from your authenticator app.</source>
        <translation>Geben Sie den Bestätigungscode aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>The five minutes for the verification code are over. Enter your password again.</source>
        <translation>Die fünf Minuten für den Bestätigungscode sind abgelaufen. Geben Sie Ihr Passwort erneut ein.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Code wird geprüft…</translation>
    </message>
    <message>
        <source>Enter the code your authenticator app shows for %1. It changes every 30 seconds; this step stays open for five minutes.</source>
        <extracomment>%1 is the member&apos;s email address</extracomment>
        <translation>Geben Sie den Code ein, den Ihre Authenticator-App für %1 anzeigt. Er ändert sich alle 30 Sekunden; dieser Schritt bleibt fünf Minuten lang offen.</translation>
    </message>
</context>
<context>
    <name>UserAdmin::ReasonField</name>
    <message>
        <source>&amp;Reason:</source>
        <extracomment>Label of the field for why sessions are revoked (e.g. a ticket number)</extracomment>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>For example a ticket number</source>
        <translation>Zum Beispiel eine Ticketnummer</translation>
    </message>
    <message>
        <source>Required. It is written to the audit journal with every revocation.</source>
        <translation>Erforderlich. Er wird bei jedem Widerruf in das Audit-Protokoll geschrieben.</translation>
    </message>
    <message>
        <source>Optional. It is written to the audit journal with every revocation.</source>
        <translation>Optional. Er wird bei jedem Widerruf in das Audit-Protokoll geschrieben.</translation>
    </message>
</context>
<context>
    <name>UserAdmin::RevokeSessionsCommand</name>
    <message>
        <source>Revoke all sessions</source>
        <extracomment>Title of the confirmation dialog</extracomment>
        <translation>Alle Sitzungen widerrufen</translation>
    </message>
    <message>
        <source>Access tokens that applications already hold are not withdrawn: an application that checks tokens offline may keep accepting them until they expire (up to 24 hours).</source>
        <translation>Zugriffstoken, die Anwendungen bereits besitzen, werden nicht zurückgezogen: Eine Anwendung, die Token offline prüft, kann sie bis zu ihrem Ablauf (bis zu 24 Stunden) weiterhin akzeptieren.</translation>
    </message>
    <message>
        <source>Warning: this is your own account. Your own sessions end too, including this one: you will have to sign in again.</source>
        <translation>Warnung: Dies ist Ihr eigenes Konto. Auch Ihre eigenen Sitzungen werden beendet, einschließlich dieser: Sie müssen sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <extracomment>The verb on the confirmation button</extracomment>
        <translation>Sitzungen widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) revoked</source>
        <translation>
            <numerusform>%n Sitzung widerrufen</numerusform>
            <numerusform>%n Sitzungen widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions were revoked; the server did not say how many.</source>
        <translation>Die Sitzungen wurden widerrufen; der Server hat nicht mitgeteilt, wie viele.</translation>
    </message>
    <message>
        <source>Reload details</source>
        <translation>Details neu laden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The user&apos;s active sessions end and their refresh tokens stop working; the user has to sign in again. On some servers this covers the whole platform, including other organizations&apos; services.</source>
        <translation>Die aktiven Sitzungen des Benutzers enden und ihre Refresh-Tokens werden ungültig; der Benutzer muss sich erneut anmelden. Auf manchen Servern gilt das für die gesamte Plattform, einschließlich der Dienste anderer Organisationen.</translation>
    </message>
    <message>
        <source>Revoke all sessions of “%1” in “%2”? The number of active sessions is not known.</source>
        <extracomment>%1 is the end-user&apos;s email address, %2 the organization&apos;s name</extracomment>
        <translation>Alle Sitzungen von „%1“ in „%2“ widerrufen? Die Anzahl der aktiven Sitzungen ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Revoke all sessions of “%1” in “%2”? The server reports no active sessions, so there may be nothing to revoke.</source>
        <extracomment>%1 is the end-user&apos;s email address, %2 the organization&apos;s name</extracomment>
        <translation>Alle Sitzungen von „%1“ in „%2“ widerrufen? Der Server meldet keine aktiven Sitzungen; womöglich gibt es nichts zu widerrufen.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke all sessions of “%1” in “%2”? The user has %n active session(s).</source>
        <extracomment>%1 is the end-user&apos;s email address, %2 the organization&apos;s name</extracomment>
        <translation>
            <numerusform>Alle Sitzungen von „%1“ in „%2“ widerrufen? Der Benutzer hat %n aktive Sitzung.</numerusform>
            <numerusform>Alle Sitzungen von „%1“ in „%2“ widerrufen? Der Benutzer hat %n aktive Sitzungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions of this person for %1&apos;s services end and their refresh tokens stop working; sign-ins to other organizations stay. The server&apos;s count may include sessions that had already expired.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Die Sitzungen dieser Person für die Dienste von %1 enden und ihre Refresh-Tokens werden ungültig; Anmeldungen bei anderen Organisationen bleiben bestehen. Die Zählung des Servers kann bereits abgelaufene Sitzungen enthalten.</translation>
    </message>
</context>
<context>
    <name>UserAdmin::RiskEventTableModel</name>
    <message>
        <source>allowed</source>
        <extracomment>What the server did with a risky sign-in</extracomment>
        <translation>zugelassen</translation>
    </message>
    <message>
        <source>asked for MFA</source>
        <extracomment>What the server did with a risky sign-in: it asked for the second factor</extracomment>
        <translation>MFA verlangt</translation>
    </message>
    <message>
        <source>blocked</source>
        <extracomment>What the server did with a risky sign-in</extracomment>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>Unknown (deleted account?)</source>
        <extracomment>Email of a risky sign-in whose account the server no longer names (deleted)</extracomment>
        <translation>Unbekannt (Konto gelöscht?)</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>No risk factors</extracomment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Score</source>
        <extracomment>Column: the risk score of a sign-in with its level</extracomment>
        <translation>Risikowert</translation>
    </message>
    <message>
        <source>Action taken</source>
        <extracomment>Column: what the server did with the sign-in</extracomment>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Risikofaktoren</translation>
    </message>
</context>
<context>
    <name>UserAdmin::RiskEventsDialog</name>
    <message>
        <source>Risky sign-ins of %1 — SSO User Admin</source>
        <extracomment>Window title; %1 is the organization&apos;s name</extracomment>
        <translation>Riskante Anmeldungen von %1 — SSO User Admin</translation>
    </message>
    <message>
        <source>Minimum risk score</source>
        <translation>Mindest-Risikowert</translation>
    </message>
    <message>
        <source>Show only sign-ins the server scored at least this high (0 to 100)</source>
        <translation>Nur Anmeldungen anzeigen, denen der Server mindestens diesen Risikowert gegeben hat (0 bis 100)</translation>
    </message>
    <message>
        <source>&amp;Minimum risk score:</source>
        <extracomment>Label of the filter of the risky sign-ins</extracomment>
        <translation>&amp;Mindest-Risikowert:</translation>
    </message>
    <message>
        <source>Risky sign-ins</source>
        <extracomment>Accessible name of the table of risky sign-ins</extracomment>
        <translation>Riskante Anmeldungen</translation>
    </message>
    <message>
        <source>&amp;Newer</source>
        <extracomment>Button: the page of newer risky sign-ins</extracomment>
        <translation>&amp;Neuere</translation>
    </message>
    <message>
        <source>O&amp;lder</source>
        <extracomment>Button: the page of older risky sign-ins</extracomment>
        <translation>Ä&amp;ltere</translation>
    </message>
    <message>
        <source>&amp;Show account</source>
        <extracomment>Button: show the account of the chosen risky sign-in in the main window</extracomment>
        <translation>Konto &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Revoke sessions of selected…</source>
        <extracomment>Button: hand the accounts of the selected risky sign-ins to the bulk revocation</extracomment>
        <translation>Sitzungen der ausgewählten Konten &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Ne&amp;u laden</translation>
    </message>
    <message>
        <source>Loading risky sign-ins…</source>
        <translation>Riskante Anmeldungen werden geladen…</translation>
    </message>
    <message>
        <source>The risky sign-ins could not be loaded. %1</source>
        <extracomment>%1 is why, e.g. &quot;The server refused the request.&quot;</extracomment>
        <translation>Die riskanten Anmeldungen konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>No older risky sign-ins.</source>
        <translation>Keine älteren riskanten Anmeldungen.</translation>
    </message>
    <message>
        <source>No risky sign-ins scored %1 or more.</source>
        <translation>Keine riskanten Anmeldungen mit einem Risikowert von %1 oder mehr.</translation>
    </message>
    <message>
        <source>No risky sign-ins.</source>
        <translation>Keine riskanten Anmeldungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n risky sign-in(s) on this page, newest first.</source>
        <extracomment>%n is how many risky sign-ins the page shows</extracomment>
        <translation>
            <numerusform>%n riskante Anmeldung auf dieser Seite, neueste zuerst.</numerusform>
            <numerusform>%n riskante Anmeldungen auf dieser Seite, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1, more may follow</source>
        <extracomment>Pager of the risky sign-ins; %1 is the page number (from 1). There is no total.</extracomment>
        <translation>Seite %1, weitere können folgen</translation>
    </message>
    <message>
        <source>Page %1, no more</source>
        <translation>Seite %1, keine weiteren</translation>
    </message>
</context>
<context>
    <name>UserAdmin::SecurityFeatures</name>
    <message>
        <source>Choose an organization first.</source>
        <translation>Wählen Sie zuerst eine Organisation aus.</translation>
    </message>
    <message>
        <source>Risky sign-ins can be shown only for an active organization; “%1” is not active.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Riskante Anmeldungen können nur für eine aktive Organisation angezeigt werden; „%1“ ist nicht aktiv.</translation>
    </message>
    <message>
        <source>The server&apos;s audit log can be shown only for an active organization; “%1” is not active.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Das Audit-Log des Servers kann nur für eine aktive Organisation angezeigt werden; „%1“ ist nicht aktiv.</translation>
    </message>
    <message>
        <source>Checking whether the server offers risky sign-ins…</source>
        <translation>Es wird geprüft, ob der Server riskante Anmeldungen anbietet…</translation>
    </message>
    <message>
        <source>Checking whether the server offers its audit log…</source>
        <translation>Es wird geprüft, ob der Server sein Audit-Log anbietet…</translation>
    </message>
    <message>
        <source>This server does not offer risky sign-ins (it has no risk events).</source>
        <translation>Dieser Server bietet keine riskanten Anmeldungen an (er hat keine Risikoereignisse).</translation>
    </message>
    <message>
        <source>This server does not offer an audit log of the organization.</source>
        <translation>Dieser Server bietet kein Audit-Log der Organisation an.</translation>
    </message>
    <message>
        <source>Your role in “%1” does not allow reading risk events.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Ihre Rolle in „%1“ erlaubt nicht, Risikoereignisse zu lesen.</translation>
    </message>
    <message>
        <source>Your role in “%1” does not allow reading the audit log.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Ihre Rolle in „%1“ erlaubt nicht, das Audit-Log des Servers zu lesen.</translation>
    </message>
    <message>
        <source>%1 The server says: “%2”</source>
        <extracomment>%1 is a sentence, %2 the server&apos;s own words</extracomment>
        <translation>%1 Der Server meldet: „%2“</translation>
    </message>
    <message>
        <source>Whether the server offers risky sign-ins could not be checked; Refresh to try again.</source>
        <translation>Es konnte nicht geprüft werden, ob der Server riskante Anmeldungen anbietet; wählen Sie „Aktualisieren“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Whether the server offers its audit log could not be checked; Refresh to try again.</source>
        <translation>Es konnte nicht geprüft werden, ob der Server sein Audit-Log anbietet; wählen Sie „Aktualisieren“, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>UserAdmin::ServerAuditLogPage</name>
    <message>
        <source>e.g. member.role_changed</source>
        <translation>z. B. member.role_changed</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <extracomment>Filter of the server audit log: the kind of event</extracomment>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <source>e.g. member</source>
        <translation>z. B. member</translation>
    </message>
    <message>
        <source>Tar&amp;get type:</source>
        <extracomment>Filter of the server audit log: the kind of thing changed</extracomment>
        <translation>&amp;Zieltyp:</translation>
    </message>
    <message>
        <source>Id (or email in this computer&apos;s journal)</source>
        <translation>ID (oder E-Mail im Audit-Protokoll dieses Computers)</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <extracomment>Filter of the server audit log: one account, with this computer&apos;s journal entries merged in</extracomment>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Server audit log</source>
        <extracomment>Accessible name of the table of the server&apos;s audit log</extracomment>
        <translation>Audit-Log des Servers</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>Loading the server&apos;s audit log…</source>
        <translation>Audit-Log des Servers wird geladen…</translation>
    </message>
    <message>
        <source>The server&apos;s audit log could not be loaded. %1</source>
        <extracomment>%1 is why, e.g. &quot;The server refused the request.&quot;</extracomment>
        <translation>Das Audit-Log des Servers konnte nicht geladen werden. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) in the server&apos;s audit log.</source>
        <extracomment>%n is the number of entries the server keeps for the filters</extracomment>
        <translation>
            <numerusform>%n Eintrag im Audit-Log des Servers.</numerusform>
            <numerusform>%n Einträge im Audit-Log des Servers.</numerusform>
        </translation>
    </message>
    <message>
        <source>For this account: %1 in the server&apos;s audit log; %2 from this computer&apos;s journal on this page.</source>
        <extracomment>%1 is the number of server entries, %2 of this computer&apos;s journal entries shown</extracomment>
        <translation>Für dieses Konto: %1 im Audit-Log des Servers; %2 aus dem Audit-Protokoll dieses Computers auf dieser Seite.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Pager of the server&apos;s audit log; %1 is the page, %2 how many pages there are</extracomment>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>UserAdmin::ServiceFilterModel</name>
    <message>
        <source>All services</source>
        <extracomment>The service filter&apos;s first choice: no filtering</extracomment>
        <translation>Alle Dienste</translation>
    </message>
</context>
<context>
    <name>UserAdmin::ServiceUsageModel</name>
    <message>
        <source>%1, plan: %2</source>
        <extracomment>%1 is a service name, %2 the subscription plan&apos;s name</extracomment>
        <translation>%1, Tarif: %2</translation>
    </message>
    <message>
        <source>%1, subscription: %2</source>
        <extracomment>%1 is a service name (and plan), %2 the subscription&apos;s status</extracomment>
        <translation>%1, Abonnement: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header: a service&apos;s display name</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Slug</source>
        <extracomment>Column header: a service&apos;s short identifier</extracomment>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>First login</source>
        <extracomment>Column header: first sign-in through this service</extracomment>
        <translation>Erste Anmeldung</translation>
    </message>
    <message>
        <source>Last login</source>
        <extracomment>Column header: last sign-in through this service</extracomment>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Not among the last 20 sign-ins</source>
        <translation>Nicht unter den letzten 20 Anmeldungen</translation>
    </message>
    <message>
        <source>%1 (within the last 20 sign-ins)</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>%1 (unter den letzten 20 Anmeldungen)</translation>
    </message>
</context>
<context>
    <name>UserAdmin::SessionTableModel</name>
    <message>
        <source>Organization (%1)</source>
        <extracomment>A session tied to the organization itself rather than to one of its services</extracomment>
        <translation>Organisation (%1)</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>State of a session in the sessions table</extracomment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>Column header: the service a session belongs to</extracomment>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>IP address</source>
        <extracomment>Column header</extracomment>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Device</source>
        <extracomment>Column header: browser and system the session was opened from</extracomment>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header: when the session began</extracomment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <extracomment>Column header: when the session ends</extracomment>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header: active or expired</extracomment>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>UserAdmin::SignInDialog</name>
    <message>
        <source>Sign in — SSO User Admin</source>
        <translation>Anmelden — SSO User Admin</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation>Art der Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Browser</source>
        <translation>&amp;Browser</translation>
    </message>
    <message>
        <source>E&amp;mail and password</source>
        <translation>E-&amp;Mail und Passwort</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>Zugriffs&amp;token</translation>
    </message>
</context>
<context>
    <name>UserAdmin::SignInTableModel</name>
    <message>
        <source>low</source>
        <extracomment>Risk level of a sign-in</extracomment>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <extracomment>Risk level of a sign-in</extracomment>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <extracomment>Risk level of a sign-in</extracomment>
        <translation>hoch</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a risk score from 0 to 100, %2 its level such as &quot;high&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is a city, %2 a country code</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Risk factors of a sign-in the server found nothing unusual about</extracomment>
        <translation>keine</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between risk factors in one table cell</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Column header: when the sign-in happened</extracomment>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>Column header: the service signed in to</extracomment>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Provider</source>
        <extracomment>Column header: identity provider such as github</extracomment>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>IP address</source>
        <extracomment>Column header</extracomment>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>Column header: city and country of the sign-in</extracomment>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Risk</source>
        <extracomment>Column header: the risk score the server gave the sign-in</extracomment>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <extracomment>Column header: why the server thought the sign-in risky</extracomment>
        <translation>Risikofaktoren</translation>
    </message>
</context>
<context>
    <name>UserAdmin::TokenSignInPage</name>
    <message>
        <source>For servers without browser sign-in: paste an access token issued to you by the platform. It is checked by the server before it is used.</source>
        <translation>Für Server ohne Anmeldung über den Browser: Fügen Sie ein Zugriffstoken ein, das die Plattform für Sie ausgestellt hat. Der Server prüft es, bevor es verwendet wird.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Access t&amp;oken:</source>
        <translation>Zugriffst&amp;oken:</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this computer (in the system keychain)</source>
        <translation>Auf diesem &amp;Computer angemeldet bleiben (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Paste the access token first.</source>
        <translation>Fügen Sie zuerst das Zugriffstoken ein.</translation>
    </message>
</context>
<context>
    <name>UserAdmin::UserAgentText</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>A device in the sessions table: %1 is a browser such as Firefox, %2 a system such as Linux</extracomment>
        <translation>%1 unter %2</translation>
    </message>
</context>
<context>
    <name>UserAdmin::ValueLabel</name>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Context menu of a value in the details: copy the selected part, or the whole value</extracomment>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
</TS>
