<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Rapport de compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report</source>
        <extracomment>Section of an account report: where and when it was made</extracomment>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Produced by</source>
        <extracomment>Who made the report: the signed-in member&apos;s email</extracomment>
        <translation>Établi par</translation>
    </message>
    <message>
        <source>Produced at</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>Section of an account report: the end-user&apos;s facts</extracomment>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <extracomment>Email verified: yes, and when; %1 is a date and time</extracomment>
        <translation>Oui, %1</translation>
    </message>
    <message>
        <source>%1 (newest of the last 20 sign-ins)</source>
        <translation>%1 (la plus récente des 20 dernières connexions)</translation>
    </message>
    <message>
        <source>No sign-in among the last 20</source>
        <translation>Aucune connexion parmi les 20 dernières</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>The account is not deleted</extracomment>
        <translation>Non</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Aucune session</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Id</source>
        <extracomment>The end-user&apos;s opaque identifier</extracomment>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Email verified</source>
        <translation>E-mail vérifié</translation>
    </message>
    <message>
        <source>MFA</source>
        <extracomment>Multi-factor authentication</extracomment>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Platform owner</source>
        <translation>Propriétaire de la plateforme</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>When the end-user&apos;s account was deleted</extracomment>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Sessions actives</translation>
    </message>
    <message>
        <source>Last session created</source>
        <translation>Création de la dernière session</translation>
    </message>
    <message>
        <source>Linked identities</source>
        <translation>Identités liées</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Provider user id</source>
        <translation>Identifiant chez le fournisseur</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Lié le</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>No linked identities, services, sessions, ... in a report
----------
%n is how many sign-ins the report lists</extracomment>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Services</source>
        <extracomment>Section of an account report: the services the end-user has used</extracomment>
        <translation>Services</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>First use</source>
        <translation>Première utilisation</translation>
    </message>
    <message>
        <source>Last use</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 (from the last 20 sign-ins)</source>
        <extracomment>%1 is a date and time found among the last 20 sign-ins</extracomment>
        <translation>%1 (d’après les 20 dernières connexions)</translation>
    </message>
    <message>
        <source>The server reports only the last 20 sign-ins: an older last use is unknown.</source>
        <translation>Le serveur ne signale que les 20 dernières connexions&#xa0;: une dernière utilisation plus ancienne est inconnue.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>Section of an account report: the end-user&apos;s server sessions</extracomment>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>This server does not list sessions.</source>
        <translation>Ce serveur ne liste pas les sessions.</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Organization (%1)</source>
        <extracomment>A session tied to the organization itself; %1 is its slug</extracomment>
        <translation>Organisation (%1)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Recent sign-ins</source>
        <translation>Connexions récentes</translation>
    </message>
    <message>
        <source>This server does not report sign-ins.</source>
        <translation>Ce serveur ne signale pas les connexions.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Facteurs de risque</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n sign-in(s), as the server reports them (at most 20).</source>
        <translation>
            <numerusform>%n connexion la plus récente, telle que le serveur la signale (20 au plus).</numerusform>
            <numerusform>Les %n connexions les plus récentes, telles que le serveur les signale (20 au plus).</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit journal of this computer</source>
        <extracomment>Section of an account report: the audit journal kept on this computer</extracomment>
        <translation>Journal d’audit de cet ordinateur</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>No entry about this account.</source>
        <translation>Aucune entrée concernant ce compte.</translation>
    </message>
</context>
<context>
    <name>UserAdmin::AccountReportActions</name>
    <message>
        <source>Report copied</source>
        <translation>Rapport copié</translation>
    </message>
    <message>
        <source>Save the account report</source>
        <translation>Enregistrer le rapport de compte</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texte brut (*.txt)</translation>
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
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
    <message>
        <source>The report could not be written to “%1”.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Le rapport n’a pas pu être écrit dans «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>UserAdmin::Actions</name>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>Action: load the table and details again</extracomment>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Load the end-users and the details again (F5)</source>
        <translation>Recharger les utilisateurs finaux et les détails (F5)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <extracomment>Action: move the keyboard focus to the search field</extracomment>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Previous page (Alt+Left)</source>
        <translation>Page précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Next page (Alt+Right)</source>
        <translation>Page suivante (Alt+Droite)</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Dernière page</translation>
    </message>
    <message>
        <source>Copy &amp;email</source>
        <extracomment>Action: copy the selected end-user&apos;s email address to the clipboard</extracomment>
        <translation>Copier l&apos;&amp;e-mail</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <extracomment>Action: copy the selected end-user&apos;s id to the clipboard</extracomment>
        <translation>Copier l&apos;&amp;identifiant</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Audit journal…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>First page (Alt+Home)</source>
        <translation>Première page (Alt+Début)</translation>
    </message>
    <message>
        <source>Last page (Alt+End)</source>
        <translation>Dernière page (Alt+Fin)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Action: copy the selected text, or else the selected end-user&apos;s email address</extracomment>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Re&amp;voke all sessions…</source>
        <extracomment>Action: end every session of the selected end-user (asks first)</extracomment>
        <translation>Ré&amp;voquer toutes les sessions…</translation>
    </message>
    <message>
        <source>Copy the selected end-user&apos;s email address</source>
        <translation>Copier l&apos;adresse e-mail de l&apos;utilisateur final sélectionné</translation>
    </message>
    <message>
        <source>Copy the selected end-user&apos;s id (Ctrl+Shift+I)</source>
        <translation>Copier l&apos;identifiant de l&apos;utilisateur final sélectionné (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <source>Revoke all sessions of the selected end-user (Ctrl+Shift+R)</source>
        <translation>Révoquer toutes les sessions de l&apos;utilisateur final sélectionné (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Select an end-user first.</source>
        <translation>Sélectionnez d&apos;abord un utilisateur final.</translation>
    </message>
    <message>
        <source>The end-user&apos;s details are still loading.</source>
        <translation>Les détails de l&apos;utilisateur final sont encore en cours de chargement.</translation>
    </message>
    <message>
        <source>Choose an organization first.</source>
        <translation>Choisissez d&apos;abord une organisation.</translation>
    </message>
    <message>
        <source>Sessions can be revoked only in an active organization; “%1” is %2.</source>
        <extracomment>%1 is the organization&apos;s name, %2 its status such as &quot;suspended&quot;</extracomment>
        <translation>Les sessions ne peuvent être révoquées que dans une organisation active&#xa0;; «&#xa0;%1&#xa0;» est %2.</translation>
    </message>
    <message>
        <source>Your role in “%1” could not be determined; Refresh to try again.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Votre rôle dans «&#xa0;%1&#xa0;» n&apos;a pas pu être déterminé&#xa0;; choisissez «&#xa0;Actualiser&#xa0;» pour réessayer.</translation>
    </message>
    <message>
        <source>Checking your role in “%1”…</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Vérification de votre rôle dans «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Only owners and admins can revoke sessions; your role in “%1” is %2.</source>
        <extracomment>%1 is the organization&apos;s name, %2 the member&apos;s role such as &quot;Member&quot;</extracomment>
        <translation>Seuls les propriétaires et les administrateurs peuvent révoquer des sessions&#xa0;; votre rôle dans «&#xa0;%1&#xa0;» est %2.</translation>
    </message>
    <message>
        <source>Your role in “%1” (%2) does not allow revoking sessions.</source>
        <extracomment>%1 is the organization&apos;s name, %2 the member&apos;s role such as &quot;Support&quot;</extracomment>
        <translation>Votre rôle dans «&#xa0;%1&#xa0;» (%2) ne permet pas de révoquer des sessions.</translation>
    </message>
    <message>
        <source>Your role in “%1” does not allow revoking sessions.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Votre rôle dans «&#xa0;%1&#xa0;» ne permet pas de révoquer des sessions.</translation>
    </message>
    <message>
        <source>Revoke sessions of several end-&amp;users…</source>
        <extracomment>Action: end every session of each selected end-user (asks first, with the number of accounts)</extracomment>
        <translation>Révoquer les sessions de plusieurs &amp;utilisateurs finaux…</translation>
    </message>
    <message>
        <source>E&amp;xport end-users…</source>
        <extracomment>Action: write the end-users of the current search, filter and sort to a CSV file</extracomment>
        <translation>E&amp;xporter les utilisateurs finaux…</translation>
    </message>
    <message>
        <source>Fi&amp;nd end-users…</source>
        <extracomment>Action: look up many pasted email addresses at once</extracomment>
        <translation>Rechercher des utilisateurs &amp;finaux…</translation>
    </message>
    <message>
        <source>&amp;Update local copy</source>
        <extracomment>Action: fill or refresh the local copy of the organization&apos;s end-user list now</extracomment>
        <translation>&amp;Mettre à jour la copie locale</translation>
    </message>
    <message>
        <source>&amp;Forget local copies…</source>
        <extracomment>Action: delete the local copies of end-user lists on this computer</extracomment>
        <translation>&amp;Supprimer les copies locales…</translation>
    </message>
    <message>
        <source>Write the matching end-users to a CSV file (Ctrl+E)</source>
        <translation>Écrire les utilisateurs finaux correspondants dans un fichier CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Look up many email addresses at once (Ctrl+Shift+F)</source>
        <translation>Rechercher de nombreuses adresses e-mail à la fois (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>Fill or refresh the local copy of the end-user list</source>
        <translation>Remplir ou actualiser la copie locale de la liste des utilisateurs finaux</translation>
    </message>
    <message>
        <source>Revoke all sessions of each selected end-user, after one confirmation (Ctrl+Shift+B)</source>
        <translation>Révoquer toutes les sessions de chaque utilisateur final sélectionné, après une seule confirmation (Ctrl+Maj+B)</translation>
    </message>
    <message numerus="yes">
        <source>Several end-users are selected: use “Revoke sessions of %n end-users…”.</source>
        <translation>
            <numerusform>Plusieurs utilisateurs finaux sont sélectionnés&#xa0;: utilisez «&#xa0;Révoquer les sessions de %n utilisateur final…&#xa0;».</numerusform>
            <numerusform>Plusieurs utilisateurs finaux sont sélectionnés&#xa0;: utilisez «&#xa0;Révoquer les sessions de %n utilisateurs finaux…&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Select several end-users first (Ctrl or Shift and click, or Ctrl+A).</source>
        <translation>Sélectionnez d’abord plusieurs utilisateurs finaux (Ctrl ou Maj et clic, ou Ctrl+A).</translation>
    </message>
    <message>
        <source>Sessions of several end-users are being revoked…</source>
        <translation>Révocation des sessions de plusieurs utilisateurs finaux…</translation>
    </message>
    <message numerus="yes">
        <source>Revoke sessions of %n end-&amp;users…</source>
        <extracomment>Action; %n is the number of selected end-users (2 or more)</extracomment>
        <translation>
            <numerusform>Révoquer les sessions de %n &amp;utilisateur final…</numerusform>
            <numerusform>Révoquer les sessions de %n &amp;utilisateurs finaux…</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy re&amp;port</source>
        <extracomment>Action: copy a report of everything known about the end-user shown, for a ticket</extracomment>
        <translation>Copier le ra&amp;pport</translation>
    </message>
    <message>
        <source>Save re&amp;port…</source>
        <extracomment>Action: save the report of the end-user shown as a text, Markdown or PDF file</extracomment>
        <translation>Enregistrer le ra&amp;pport…</translation>
    </message>
    <message>
        <source>Risky &amp;sign-ins</source>
        <extracomment>Action: show the organization&apos;s sign-ins the server found risky</extracomment>
        <translation>&amp;Connexions à risque</translation>
    </message>
    <message>
        <source>Copy a report of the end-user shown, for a ticket (Ctrl+Shift+C)</source>
        <translation>Copier un rapport sur l’utilisateur final affiché, pour un ticket (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Save a report of the end-user shown as text, Markdown or PDF</source>
        <translation>Enregistrer un rapport sur l’utilisateur final affiché au format texte, Markdown ou PDF</translation>
    </message>
    <message>
        <source>The organization&apos;s sign-ins the server scored as risky</source>
        <translation>Les connexions de l’organisation que le serveur a jugées à risque</translation>
    </message>
    <message>
        <source>Another revocation is under way (being confirmed or sent).</source>
        <extracomment>Why Revoke is unavailable: a revocation is being confirmed or its request is on its way</extracomment>
        <translation>Une autre révocation est en cours (en attente de confirmation ou envoyée).</translation>
    </message>
</context>
<context>
    <name>UserAdmin::AppController</name>
    <message>
        <source>Your sign-in ends at %1. Sign out and in again before then to avoid an interruption.</source>
        <translation>Votre connexion prend fin le %1. Déconnectez-vous et reconnectez-vous avant pour éviter une interruption.</translation>
    </message>
    <message>
        <source>The sign-in could not be kept in the system keychain (%1); you will be asked to sign in next time.</source>
        <translation>La connexion n&apos;a pas pu être conservée dans le trousseau du système (%1)&#xa0;; il vous sera demandé de vous connecter la prochaine fois.</translation>
    </message>
    <message>
        <source>Your sign-in could not be renewed; it stays valid until it expires.</source>
        <translation>Votre connexion n&apos;a pas pu être renouvelée&#xa0;; elle reste valide jusqu&apos;à son expiration.</translation>
    </message>
    <message>
        <source>The access token in %1 could not be used; sign in instead.</source>
        <translation>Le jeton d&apos;accès contenu dans %1 n&apos;a pas pu être utilisé&#xa0;; connectez-vous plutôt.</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be read from the system keychain (%1).</source>
        <translation>Votre connexion enregistrée n&apos;a pas pu être lue depuis le trousseau du système (%1).</translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in. Sign in again to continue; your place is kept.</source>
        <translation>Le serveur n&apos;accepte plus votre connexion. Reconnectez-vous pour continuer&#xa0;; l&apos;affichage actuel est conservé.</translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation>Déconnexion effectuée.</translation>
    </message>
    <message>
        <source>The server could not be told; the session there ends when it expires.</source>
        <translation>Le serveur n&apos;a pas pu être informé&#xa0;; la session y prendra fin à son expiration.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the system keychain (%1).</source>
        <translation>La connexion enregistrée n&apos;a pas pu être supprimée du trousseau du système (%1).</translation>
    </message>
    <message>
        <source>Your sign-in could not be renewed. Sign in again to continue; your place is kept.</source>
        <translation>Votre connexion n&apos;a pas pu être renouvelée. Reconnectez-vous pour continuer&#xa0;; l&apos;affichage actuel est conservé.</translation>
    </message>
    <message>
        <source>An older saved sign-in could not be removed from the system keychain (%1).</source>
        <translation>Une ancienne connexion enregistrée n&apos;a pas pu être supprimée du trousseau du système (%1).</translation>
    </message>
</context>
<context>
    <name>UserAdmin::AuditActionText</name>
    <message>
        <source>The server&apos;s words: “%1”</source>
        <extracomment>%1 is the server&apos;s own message, in the server&apos;s language, quoted verbatim</extracomment>
        <translation>Termes du serveur : « %1 »</translation>
    </message>
    <message>
        <source>Revoked</source>
        <extracomment>Outcome in the audit journal: the server confirmed the revocation</extracomment>
        <translation>Révoquées</translation>
    </message>
    <message>
        <source>Not revoked: refused by the server (HTTP %1, %2).</source>
        <extracomment>%1 is an HTTP status such as 403, %2 the server&apos;s error code such as FORBIDDEN</extracomment>
        <translation>Non révoquées : refusé par le serveur (HTTP %1, %2).</translation>
    </message>
    <message>
        <source>Not revoked: refused by the server (HTTP %1).</source>
        <extracomment>%1 is an HTTP status such as 403</extracomment>
        <translation>Non révoquées : refusé par le serveur (HTTP %1).</translation>
    </message>
    <message>
        <source>Not revoked: refused by the server.</source>
        <translation>Non révoquées : refusé par le serveur.</translation>
    </message>
    <message>
        <source>Not revoked: the account was not found on the server.</source>
        <extracomment>The account did not exist (any more) on the server</extracomment>
        <translation>Non révoquées : le compte est introuvable sur le serveur.</translation>
    </message>
    <message>
        <source>Not revoked: the request never reached the server (connection refused).</source>
        <translation>Non révoquées : la requête n&apos;a jamais atteint le serveur (connexion refusée).</translation>
    </message>
    <message>
        <source>Not revoked: the request never reached the server (server name not found).</source>
        <translation>Non révoquées : la requête n&apos;a jamais atteint le serveur (nom du serveur introuvable).</translation>
    </message>
    <message>
        <source>Not revoked: the request never reached the server (secure connection failed).</source>
        <translation>Non révoquées : la requête n&apos;a jamais atteint le serveur (échec de la connexion sécurisée).</translation>
    </message>
    <message>
        <source>Not revoked: the request never reached the server.</source>
        <translation>Non révoquées : la requête n&apos;a jamais atteint le serveur.</translation>
    </message>
    <message>
        <source>Outcome unknown: the request was sent and no answer came.</source>
        <extracomment>Outcome in the audit journal: the request left, the answer never came</extracomment>
        <translation>Résultat inconnu : la requête a été envoyée et aucune réponse n&apos;est arrivée.</translation>
    </message>
    <message>
        <source>Not revoked.</source>
        <extracomment>Outcome kept from an older journal that did not record why</extracomment>
        <translation>Non révoquées.</translation>
    </message>
    <message numerus="yes">
        <source>Later, a reload showed %n active session(s).</source>
        <extracomment>A later note about an action in the audit journal</extracomment>
        <translation>
            <numerusform>Ensuite, un rechargement a montré %n session active.</numerusform>
            <numerusform>Ensuite, un rechargement a montré %n sessions actives.</numerusform>
        </translation>
    </message>
    <message>
        <source>Later, the account was reloaded.</source>
        <translation>Ensuite, le compte a été rechargé.</translation>
    </message>
    <message>
        <source>Recorded text: “%1”</source>
        <extracomment>%1 is text an older version of this program stored in the journal (usually English)</extracomment>
        <translation>Texte enregistré : « %1 »</translation>
    </message>
    <message>
        <source>No outcome recorded.</source>
        <extracomment>The attempt is in the audit journal, its outcome is not (the program stopped, or could not write it)</extracomment>
        <translation>Aucun résultat enregistré.</translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <extracomment>An action in the audit journal</extracomment>
        <translation>Révoquer les sessions</translation>
    </message>
</context>
<context>
    <name>UserAdmin::AuditJournalCheck</name>
    <message>
        <source>Journal empty: nothing has been recorded on this computer yet.</source>
        <extracomment>Result of checking the audit journal</extracomment>
        <translation>Journal vide : rien n&apos;a encore été enregistré sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>Journal intact: %Ln (entry|entries) since %1.</source>
        <extracomment>%Ln is the number of entries, %1 the date of the first one; the second sentence counts old entries
----------
%Ln is the number of entries, %1 the date of the first one</extracomment>
        <translation>
            <numerusform>Journal intact : %Ln entrée depuis le %1.</numerusform>
            <numerusform>Journal intact : %Ln entrées depuis le %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln (entry|entries) (was|were) written before the journal was protected and cannot be checked.</source>
        <translation>
            <numerusform>La première entrée (%Ln) a été écrite avant la protection du journal et ne peut pas être vérifiée.</numerusform>
            <numerusform>Les %Ln premières entrées ont été écrites avant la protection du journal et ne peuvent pas être vérifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Journal not protected: its %Ln (entry|entries) since %1 (was|were) written before the journal was protected and cannot be checked.</source>
        <extracomment>%Ln is the number of entries, %1 the date of the first one</extracomment>
        <translation>
            <numerusform>Journal non protégé : son entrée (%Ln) depuis le %1 a été écrite avant la protection du journal et ne peut pas être vérifiée.</numerusform>
            <numerusform>Journal non protégé : ses %Ln entrées depuis le %1 ont été écrites avant la protection du journal et ne peuvent pas être vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal changed at entry %1: entries from there on cannot be trusted.</source>
        <extracomment>%1 is the number of the first entry that cannot be trusted</extracomment>
        <translation>Journal modifié à l&apos;entrée %1 : les entrées à partir de celle-ci ne sont pas fiables.</translation>
    </message>
    <message numerus="yes">
        <source>Journal changed at entry %1: %Ln (entry|entries) (was|were) removed from its end.</source>
        <extracomment>%1 is the number of the first missing entry</extracomment>
        <translation>
            <numerusform>Journal modifié à l&apos;entrée %1 : %Ln entrée a été supprimée à la fin.</numerusform>
            <numerusform>Journal modifié à l&apos;entrée %1 : %Ln entrées ont été supprimées à la fin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal cannot be fully checked: its head record is missing, so entries may have been removed from its end.</source>
        <translation>Journal impossible à vérifier entièrement : son enregistrement de tête manque, des entrées ont donc pu être supprimées à la fin.</translation>
    </message>
    <message>
        <source>Journal cannot be read: %1</source>
        <extracomment>%1 is the system&apos;s reason, e.g. &quot;Permission denied&quot;</extracomment>
        <translation>Journal illisible : %1</translation>
    </message>
</context>
<context>
    <name>UserAdmin::AuditJournalModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>Column of the audit journal: how many sessions were revoked</extracomment>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>Column of the audit journal: the member who acted</extracomment>
        <translation>Par</translation>
    </message>
    <message>
        <source>Recorded at or after the point where the journal was changed: this row cannot be trusted.</source>
        <extracomment>Tooltip of a row of the audit journal</extracomment>
        <translation>Enregistrée à partir du point où le journal a été modifié : cette ligne n&apos;est pas fiable.</translation>
    </message>
    <message>
        <source>Recorded before the journal was protected: this row cannot be checked.</source>
        <translation>Enregistrée avant la protection du journal : cette ligne ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>Column of the audit journal: the end-user&apos;s account the action was about</extracomment>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>Column of the audit journal: the reason the person gave (e.g. a ticket number)</extracomment>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Batch</source>
        <extracomment>Column of the audit journal: the id of a bulk revocation the action was part of</extracomment>
        <translation>Lot</translation>
    </message>
</context>
<context>
    <name>UserAdmin::AuditLogDialog</name>
    <message>
        <source>Audit journal — SSO User Admin</source>
        <translation>Journal d&apos;audit — SSO User Admin</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <extracomment>Accessible name of the table of the audit journal</extracomment>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check again that no entry of the journal was changed, removed or reordered</source>
        <translation>Vérifier à nouveau qu&apos;aucune entrée du journal n&apos;a été modifiée, supprimée ou déplacée</translation>
    </message>
    <message>
        <source>Email or id</source>
        <translation>E-mail ou identifiant</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <extracomment>Filter of the audit journal</extracomment>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquées</translation>
    </message>
    <message>
        <source>Not revoked</source>
        <translation>Non révoquées</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>No outcome recorded</source>
        <translation>Aucun résultat enregistré</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Rés&amp;ultat :</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Lot :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <extracomment>Start of the date range of the audit journal filter</extracomment>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <extracomment>End of the date range of the audit journal filter</extracomment>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>C&amp;opier les lignes choisies</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Single actions only</source>
        <extracomment>Batch filter of the audit journal: actions on one account, not part of a bulk revocation</extracomment>
        <translation>Actions individuelles seulement</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) shown of %1, kept on this computer in %2</source>
        <extracomment>%1 is how many actions the filters show, %2 a file path</extracomment>
        <translation>
            <numerusform>%n action affichée sur %1, conservées sur cet ordinateur dans %2</numerusform>
            <numerusform>%n actions affichées sur %1, conservées sur cet ordinateur dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit journal</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The journal could not be written to “%1”.</source>
        <translation>Le journal n&apos;a pas pu être écrit dans « %1 ».</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <extracomment>The button that empties the account filter of the audit journal</extracomment>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>This computer</source>
        <extracomment>Tab of the audit journal viewer: the journal kept on this computer</extracomment>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Server audit log</source>
        <extracomment>Tab of the audit journal viewer: the organization&apos;s audit log kept by the server</extracomment>
        <translation>Journal d’audit du serveur</translation>
    </message>
</context>
<context>
    <name>UserAdmin::AuditTrailModel</name>
    <message>
        <source>server</source>
        <extracomment>Where an audit entry came from: the server&apos;s audit log, or this computer&apos;s journal</extracomment>
        <translation>serveur</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>The actor of a server audit entry written by the server itself</extracomment>
        <translation>Système</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is the kind of thing changed (e.g. &quot;member&quot;), %2 its id</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column: where an audit entry came from (&quot;server&quot; or &quot;this computer&quot;)</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>Column: who did it</extracomment>
        <translation>Par</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>UserAdmin::BulkConfirmDialog</name>
    <message>
        <source>For each account, this ends the sessions of this person for %1&apos;s services; sign-ins to other organizations stay. The server&apos;s count may include sessions that had already expired.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Pour chaque compte, cela met fin aux sessions de cette personne pour les services de %1&#xa0;; les connexions aux autres organisations sont conservées. Le décompte du serveur peut inclure des sessions déjà expirées.</translation>
    </message>
    <message>
        <source>On this server a revocation covers the whole platform: each person&apos;s sessions for other organizations&apos; services end too. The server&apos;s count includes sessions that had already expired.</source>
        <translation>Sur ce serveur, une révocation concerne toute la plateforme&#xa0;: les sessions de chaque personne pour les services d’autres organisations prennent fin également. Le décompte du serveur inclut des sessions déjà expirées.</translation>
    </message>
    <message>
        <source>This server does not say whether a revocation covers only %1 or the whole platform, including other organizations&apos; services.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Ce serveur n’indique pas si une révocation concerne seulement %1 ou toute la plateforme, y compris les services d’autres organisations.</translation>
    </message>
    <message>
        <source>Revoke sessions of several end-users</source>
        <extracomment>Title of the confirmation of a revocation for many end-users</extracomment>
        <translation>Révoquer les sessions de plusieurs utilisateurs finaux</translation>
    </message>
    <message numerus="yes">
        <source>Revoke all sessions of %n end-user(s) in “%1”?</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>
            <numerusform>Révoquer toutes les sessions de %n utilisateur final dans «&#xa0;%1&#xa0;»&#xa0;?</numerusform>
            <numerusform>Révoquer toutes les sessions de %n utilisateurs finaux dans «&#xa0;%1&#xa0;»&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>End-users to revoke</source>
        <extracomment>Accessible name of the list of end-users whose sessions are to be revoked</extracomment>
        <translation>Utilisateurs finaux à révoquer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Sessions actives</translation>
    </message>
    <message>
        <source>not known</source>
        <extracomment>Active sessions of an end-user whose count has not been loaded</extracomment>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>In total %n active session(s).</source>
        <translation>
            <numerusform>Au total, %n session active.</numerusform>
            <numerusform>Au total, %n sessions actives.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of active sessions is not known for these accounts; the report will show what the server revoked.</source>
        <translation>Le nombre de sessions actives de ces comptes est inconnu&#xa0;; le rapport indiquera ce que le serveur a révoqué.</translation>
    </message>
    <message numerus="yes">
        <source>In total %n active session(s) known, for %1 of %2 accounts.</source>
        <extracomment>%1 is the number of accounts whose session count is known, %2 all accounts</extracomment>
        <translation>
            <numerusform>Au total, %n session active connue, pour %1 des %2 comptes.</numerusform>
            <numerusform>Au total, %n sessions actives connues, pour %1 des %2 comptes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Access tokens that applications already hold are not withdrawn: an application that checks tokens offline may keep accepting them until they expire.</source>
        <translation>Les jetons d’accès déjà détenus par des applications ne sont pas retirés&#xa0;: une application qui vérifie les jetons hors ligne peut continuer à les accepter jusqu’à leur expiration.</translation>
    </message>
    <message>
        <source>Each account gets one request. Nothing is sent again by itself: what fails is reported, and you decide whether to try again.</source>
        <translation>Chaque compte reçoit une seule requête. Rien n’est renvoyé automatiquement&#xa0;: les échecs sont signalés, et vous décidez de réessayer ou non.</translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <extracomment>The verb on the confirmation button</extracomment>
        <translation>Révoquer les sessions</translation>
    </message>
</context>
<context>
    <name>UserAdmin::BulkProgressDialog</name>
    <message>
        <source>Revoking sessions in %1</source>
        <extracomment>Title of the progress window; %1 is the organization&apos;s name</extracomment>
        <translation>Révocation des sessions dans %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Send nothing more; the answers to requests already sent are still reported</source>
        <translation>Ne plus rien envoyer&#xa0;; les réponses aux requêtes déjà envoyées sont toujours signalées</translation>
    </message>
    <message>
        <source>Revoking %1 of %2</source>
        <extracomment>%1 is how many requests were sent so far, %2 how many there are in all</extracomment>
        <translation>Révocation %1 sur %2</translation>
    </message>
    <message>
        <source>Paused: the server no longer accepts your sign-in. Sign in again to continue.</source>
        <translation>En pause&#xa0;: le serveur n’accepte plus votre connexion. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Paused. Requests already sent are still answered.</source>
        <translation>En pause. Les requêtes déjà envoyées reçoivent encore une réponse.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: nothing more is sent. Waiting for %n answer(s)…</source>
        <extracomment>%n is the number of requests still under way</extracomment>
        <translation>
            <numerusform>Annulé&#xa0;: plus rien n’est envoyé. En attente de %n réponse…</numerusform>
            <numerusform>Annulé&#xa0;: plus rien n’est envoyé. En attente de %n réponses…</numerusform>
        </translation>
    </message>
    <message>
        <source>The server asked to slow down: waiting before the next request.</source>
        <translation>Le serveur a demandé de ralentir&#xa0;: attente avant la prochaine requête.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
</context>
<context>
    <name>UserAdmin::BulkReportDialog</name>
    <message>
        <source>Revoked</source>
        <extracomment>Outcome of one account in the report</extracomment>
        <translation>Révoquées</translation>
    </message>
    <message>
        <source>Not revoked</source>
        <extracomment>Outcome of one account in the report</extracomment>
        <translation>Non révoquées</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Outcome of one account in the report: the request was sent and no answer came</extracomment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not sent</source>
        <extracomment>Outcome of one account in the report: cancelled before its request was sent</extracomment>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Outcome of one account whose request is still under way</extracomment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>The server did not say how many.</source>
        <translation>Le serveur n’a pas indiqué combien.</translation>
    </message>
    <message>
        <source>Sent, and no answer came: reload the account before trying again.</source>
        <translation>Envoyé, mais aucune réponse n’est arrivée&#xa0;: rechargez le compte avant de réessayer.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Annulé avant l’envoi.</translation>
    </message>
    <message>
        <source>Your sign-in had ended.</source>
        <translation>Votre connexion avait pris fin.</translation>
    </message>
    <message>
        <source>Not sent: the audit journal could not record it first.</source>
        <translation>Non envoyé&#xa0;: le journal d’audit n’a pas pu l’enregistrer d’abord.</translation>
    </message>
    <message>
        <source>The request never reached the server.</source>
        <translation>La requête n’a jamais atteint le serveur.</translation>
    </message>
    <message>
        <source>Not found in this organization.</source>
        <translation>Introuvable dans cette organisation.</translation>
    </message>
    <message>
        <source>Refused by the server.</source>
        <translation>Refusé par le serveur.</translation>
    </message>
    <message>
        <source>Revocation report for %1</source>
        <extracomment>Title of the report after a bulk revocation; %1 is the organization&apos;s name</extracomment>
        <translation>Rapport de révocation pour %1</translation>
    </message>
    <message numerus="yes">
        <source>%n revoked</source>
        <extracomment>Part of the report&apos;s summary</extracomment>
        <translation>
            <numerusform>%n révoqué</numerusform>
            <numerusform>%n révoqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not revoked</source>
        <extracomment>Part of the report&apos;s summary</extracomment>
        <translation>
            <numerusform>%n non révoqué</numerusform>
            <numerusform>%n non révoqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <extracomment>Part of the report&apos;s summary</extracomment>
        <translation>
            <numerusform>%n inconnu</numerusform>
            <numerusform>%n inconnus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <extracomment>Part of the report&apos;s summary</extracomment>
        <translation>
            <numerusform>%n non envoyé</numerusform>
            <numerusform>%n non envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n end-user(s): %1. The server revoked %2 session(s).</source>
        <extracomment>%1 lists the outcomes (&quot;23 revoked, 0 not revoked, 2 unknown&quot;); %2 the sessions the server counted</extracomment>
        <translation>
            <numerusform>%n utilisateur final&#xa0;: %1. Le serveur a révoqué %2 session(s).</numerusform>
            <numerusform>%n utilisateurs finaux&#xa0;: %1. Le serveur a révoqué %2 session(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n request(s) were sent.</source>
        <translation>
            <numerusform>Annulé après l’envoi de %n requête.</numerusform>
            <numerusform>Annulé après l’envoi de %n requêtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: the audit journal could not be written (%1).</source>
        <translation>Arrêté&#xa0;: le journal d’audit n’a pas pu être écrit (%1).</translation>
    </message>
    <message>
        <source>Reload the accounts with an unknown outcome before revoking them again; Retry leaves them out.</source>
        <translation>Rechargez les comptes au résultat inconnu avant de les révoquer à nouveau&#xa0;; «&#xa0;Réessayer&#xa0;» les laisse de côté.</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <extracomment>Accessible name of the table of outcomes</extracomment>
        <translation>Résultats</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry the %n that were not revoked…</source>
        <translation>
            <numerusform>&amp;Réessayer pour %n compte non révoqué…</numerusform>
            <numerusform>&amp;Réessayer pour %n comptes non révoqués…</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks again before sending; accounts with an unknown outcome are left out</source>
        <translation>Redemande confirmation avant l’envoi&#xa0;; les comptes au résultat inconnu sont exclus</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Sessions revoked</source>
        <translation>Sessions révoquées</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Enregistrer le rapport en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
    <message>
        <source>The report could not be saved to “%1”.</source>
        <extracomment>%1 is the file&apos;s path</extracomment>
        <translation>Le rapport n’a pas pu être enregistré dans «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>UserAdmin::BulkRevokeController</name>
    <message>
        <source>Revocation under way</source>
        <extracomment>Title of the question before closing the window during a bulk revocation</extracomment>
        <translation>Révocation en cours</translation>
    </message>
    <message>
        <source>Sessions of several end-users are being revoked. Wait for the report (or cancel that revocation) before starting another.</source>
        <translation>Des sessions de plusieurs utilisateurs finaux sont en cours de révocation. Attendez le rapport (ou annulez cette révocation) avant d’en lancer une autre.</translation>
    </message>
    <message>
        <source>Sessions are being revoked: %1 of %2 requests sent. Close the window anyway?</source>
        <extracomment>%1 is how many requests were sent so far, %2 how many there are in all</extracomment>
        <translation>Révocation des sessions en cours&#xa0;: %1 requêtes sur %2 envoyées. Fermer quand même la fenêtre&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing more is sent. Requests already under way may still take effect; the audit journal records their outcome as unknown.</source>
        <translation>Plus rien n’est envoyé. Les requêtes déjà en cours peuvent encore prendre effet&#xa0;; le journal d’audit enregistre leur résultat comme inconnu.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Fermer quand même</translation>
    </message>
</context>
<context>
    <name>UserAdmin::DetailPane</name>
    <message>
        <source>User details</source>
        <extracomment>Title and accessible name of the pane with the selected end-user&apos;s details</extracomment>
        <translation>Détails de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Loading details…</source>
        <translation>Chargement des détails…</translation>
    </message>
    <message>
        <source>Select an end-user to see the details.</source>
        <translation>Sélectionnez un utilisateur final pour afficher les détails.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Revoking sessions…</source>
        <translation>Révocation des sessions…</translation>
    </message>
    <message>
        <source>Reload the details to see how many sessions are active now.</source>
        <translation>Rechargez les détails pour voir combien de sessions sont actives maintenant.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Reload shows no active sessions now.</source>
        <translation>Après rechargement&#xa0;: plus aucune session active.</translation>
    </message>
    <message numerus="yes">
        <source>Reload shows %n active session(s) now; whether the revocation took effect is not known.</source>
        <translation>
            <numerusform>Après rechargement&#xa0;: %n session active&#xa0;; on ne sait pas si la révocation a pris effet.</numerusform>
            <numerusform>Après rechargement&#xa0;: %n sessions actives&#xa0;; on ne sait pas si la révocation a pris effet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserAdmin::DeviceSignInPage</name>
    <message>
        <source>Sign in with your browser: this window shows a code, you enter it on the server&apos;s sign-in page and approve with your usual account.</source>
        <translation>Connectez-vous avec votre navigateur&#xa0;: cette fenêtre affiche un code, que vous saisissez sur la page de connexion du serveur avant d&apos;approuver avec votre compte habituel.</translation>
    </message>
    <message>
        <source>User code</source>
        <translation>Code utilisateur</translation>
    </message>
    <message>
        <source>&amp;Get a code</source>
        <translation>&amp;Obtenir un code</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Co&amp;pier le code</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>Ouvrir le &amp;navigateur</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>Options a&amp;vancées</translation>
    </message>
    <message>
        <source>Who asks for the code</source>
        <translation>Qui demande le code</translation>
    </message>
    <message>
        <source>Platform owners use the platform&apos;s own client. On servers where only platform owners may use it, organization staff sign in through a service of their organization that offers device sign-in; its administrator tells you the three values.</source>
        <translation>Les propriétaires de la plateforme utilisent le client de la plateforme. Sur les serveurs où seuls eux peuvent l’utiliser, le personnel d’une organisation se connecte par un service de son organisation qui propose la connexion par appareil&#xa0;; son administrateur vous indique les trois valeurs.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID du client</translation>
    </message>
    <message>
        <source>Organization of the service</source>
        <translation>Organisation du service</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>ID du c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;rganization:</source>
        <translation>O&amp;rganisation&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>S&amp;ervice&#xa0;:</translation>
    </message>
    <message>
        <source>Use the &amp;platform&apos;s client</source>
        <translation>Utiliser le client de la &amp;plateforme</translation>
    </message>
    <message>
        <source>Code copied.</source>
        <translation>Code copié.</translation>
    </message>
    <message>
        <source>Enter the client ID, the organization and the service under Advanced, or use the platform&apos;s client.</source>
        <translation>Saisissez l’ID du client, l’organisation et le service sous «&#xa0;Options avancées&#xa0;», ou utilisez le client de la plateforme.</translation>
    </message>
    <message>
        <source>Asking the server for a code…</source>
        <translation>Demande d&apos;un code au serveur…</translation>
    </message>
    <message>
        <source>Enter the code at %1</source>
        <extracomment>%1 is the address of the server&apos;s sign-in page</extracomment>
        <translation>Saisissez le code sur %1</translation>
    </message>
    <message>
        <source>Waiting for approval…</source>
        <translation>En attente d&apos;approbation…</translation>
    </message>
    <message>
        <source>Waiting for approval… next check in %1 s; the code expires in %2.</source>
        <extracomment>%1 is seconds until the next check, %2 minutes:seconds until the code expires</extracomment>
        <translation>En attente d&apos;approbation… prochaine vérification dans %1&#xa0;s&#xa0;; le code expire dans %2.</translation>
    </message>
    <message>
        <source>Approved. Signing in…</source>
        <translation>Approuvé. Connexion…</translation>
    </message>
    <message>
        <source>&amp;Get a new code</source>
        <translation>&amp;Obtenir un nouveau code</translation>
    </message>
    <message>
        <source>The server gave a sign-in page that is not a web address of it (%1); it was not opened.</source>
        <extracomment>%1 is the address the server gave</extracomment>
        <translation>Le serveur a indiqué une page de connexion qui n&apos;est pas une de ses adresses web (%1)&#xa0;; elle n&apos;a pas été ouverte.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open %1 yourself and enter the code.</source>
        <extracomment>%1 is the address of the server&apos;s sign-in page</extracomment>
        <translation>Aucun navigateur n&apos;a pu être ouvert. Ouvrez %1 vous-même et saisissez le code.</translation>
    </message>
    <message>
        <source>Enter the code at %1
“Open browser” opens %2</source>
        <extracomment>%1 is the address of the server&apos;s sign-in page, %2 the address the browser opens (with the code in it)</extracomment>
        <translation>Saisissez le code sur %1
«&#xa0;Ouvrir le navigateur&#xa0;» ouvre %2</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <extracomment>%1 is the address the browser opens</extracomment>
        <translation>Ouvre %1</translation>
    </message>
</context>
<context>
    <name>UserAdmin::DirectoryController</name>
    <message>
        <source>The local copy cannot be opened: %1</source>
        <translation>La copie locale ne peut pas être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Make a local copy of the end-user list?</source>
        <translation>Créer une copie locale de la liste des utilisateurs finaux&#xa0;?</translation>
    </message>
    <message>
        <source>This server cannot sort. To sort the end-users of %1, this computer needs a copy of their list.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Ce serveur ne sait pas trier. Pour trier les utilisateurs finaux de %1, cet ordinateur a besoin d’une copie de leur liste.</translation>
    </message>
    <message>
        <source>This server cannot search. To search all end-users of %1, this computer needs a copy of their list.</source>
        <translation>Ce serveur ne sait pas rechercher. Pour rechercher parmi tous les utilisateurs finaux de %1, cet ordinateur a besoin d’une copie de leur liste.</translation>
    </message>
    <message>
        <source>The copy holds only what the list shows: id, email, created, last login, MFA, services and identity providers; never tokens or passwords. It is kept in %1, readable only by you, refreshed while you work, and removed by File → Forget local copies, by signing out, or after 30 days unused.</source>
        <extracomment>%1 is a folder on this computer</extracomment>
        <translation>La copie ne contient que ce qu’affiche la liste&#xa0;: identifiant, e-mail, date de création, dernière connexion, MFA, services et fournisseurs d’identité&#xa0;; jamais de jetons ni de mots de passe. Elle est conservée dans %1, lisible par vous seul, actualisée pendant que vous travaillez, et supprimée par Fichier → Supprimer les copies locales, à la déconnexion ou après 30 jours sans utilisation.</translation>
    </message>
    <message>
        <source>Make local copy</source>
        <translation>Créer la copie locale</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Indexing stopped. It goes on from where it stopped next time.</source>
        <translation>Indexation arrêtée. Elle reprendra la prochaine fois là où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>The local copy could not be written: %1</source>
        <translation>La copie locale n’a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>The local copy could not be made: %1</source>
        <translation>La copie locale n’a pas pu être créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Forget local copies</source>
        <translation>Supprimer les copies locales</translation>
    </message>
    <message>
        <source>Remove the local copies of the end-user lists of every server and organization?</source>
        <translation>Supprimer les copies locales des listes d’utilisateurs finaux de tous les serveurs et de toutes les organisations&#xa0;?</translation>
    </message>
    <message>
        <source>Searching and sorting on servers that cannot do it will ask to make a copy again.</source>
        <translation>La recherche et le tri sur les serveurs qui ne les prennent pas en charge demanderont à nouveau de créer une copie.</translation>
    </message>
    <message>
        <source>Local copies removed.</source>
        <translation>Copies locales supprimées.</translation>
    </message>
    <message>
        <source>Some local copies could not be removed.</source>
        <translation>Certaines copies locales n’ont pas pu être supprimées.</translation>
    </message>
    <message>
        <source>Export needs the local copy of the end-user list; try again when it is complete.</source>
        <translation>L’export nécessite la copie locale de la liste des utilisateurs finaux&#xa0;; réessayez lorsqu’elle sera complète.</translation>
    </message>
</context>
<context>
    <name>UserAdmin::DisplayText</name>
    <message>
        <source>Unknown</source>
        <extracomment>A fact the server did not report</extracomment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Last login of someone who never signed in</extracomment>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation>dans un instant</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>dans %n mois</numerusform>
            <numerusform>dans %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>dans %n an</numerusform>
            <numerusform>dans %n ans</numerusform>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Id</source>
        <extracomment>The end-user&apos;s opaque identifier</extracomment>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Copy id</source>
        <extracomment>Button that copies the end-user&apos;s id to the clipboard</extracomment>
        <translation>Copier l&apos;identifiant</translation>
    </message>
    <message>
        <source>Email verified</source>
        <translation>E-mail vérifié</translation>
    </message>
    <message>
        <source>MFA</source>
        <extracomment>Multi-factor authentication</extracomment>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>When the end-user&apos;s account was deleted</extracomment>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Linked identities</source>
        <translation>Identités liées</translation>
    </message>
    <message>
        <source>Services</source>
        <extracomment>Heading of the table of services the end-user has used</extracomment>
        <translation>Services</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>Heading of the end-user&apos;s sign-in sessions
----------
Accessible name and heading of the table of every session of the end-user</extracomment>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Sessions actives</translation>
    </message>
    <message>
        <source>Last session created</source>
        <translation>Création de la dernière session</translation>
    </message>
    <message>
        <source>Recent sign-ins</source>
        <extracomment>Accessible name and heading of the table of the end-user&apos;s last sign-ins</extracomment>
        <translation>Connexions récentes</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <extracomment>Email verified: yes, and when; %1 is a date and time</extracomment>
        <translation>Oui, %1</translation>
    </message>
    <message>
        <source>%1 (newest of the last 20 sign-ins)</source>
        <translation>%1 (la plus récente des 20 dernières connexions)</translation>
    </message>
    <message>
        <source>No sign-in among the last 20</source>
        <translation>Aucune connexion parmi les 20 dernières</translation>
    </message>
    <message>
        <source>No session</source>
        <extracomment>Shown as &quot;Last session created&quot; when the user has no session</extracomment>
        <translation>Aucune session</translation>
    </message>
    <message>
        <source>Not current</source>
        <extracomment>Accessible description of the details when they may be out of date</extracomment>
        <translation>Pas à jour</translation>
    </message>
</context>
<context>
    <name>UserAdmin::EndUserListPane</name>
    <message>
        <source>&amp;Search end-users</source>
        <extracomment>Label of the search field</extracomment>
        <translation>&amp;Rechercher des utilisateurs finaux</translation>
    </message>
    <message>
        <source>Search end-users</source>
        <translation>Rechercher des utilisateurs finaux</translation>
    </message>
    <message>
        <source>Part of an email address</source>
        <translation>Partie d&apos;une adresse e-mail</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Ser&amp;vice filter</source>
        <extracomment>Label of the choice of service to filter the end-users by</extracomment>
        <translation>Filtre par &amp;service</translation>
    </message>
    <message>
        <source>Service filter</source>
        <translation>Filtre par service</translation>
    </message>
    <message>
        <source>End-users</source>
        <extracomment>Accessible name of the table of end-users</extracomment>
        <translation>Utilisateurs finaux</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>The rows shown are from an earlier answer and may be out of date.</source>
        <translation>Les lignes affichées proviennent d&apos;une réponse antérieure et peuvent ne plus être à jour.</translation>
    </message>
    <message>
        <source>%1 — loading…</source>
        <extracomment>Appended to &quot;Showing 1–50 of 2,000&quot; while the next page loads</extracomment>
        <translation>%1 — chargement…</translation>
    </message>
    <message>
        <source>Not current</source>
        <extracomment>Accessible description of the table while its rows may be out of date</extracomment>
        <translation>Pas à jour</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Last login</source>
        <extracomment>Column header: when the end-user last signed in</extracomment>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header: when the end-user&apos;s account was created</extracomment>
        <translation>Création</translation>
    </message>
    <message>
        <source>MFA</source>
        <extracomment>Column header: whether multi-factor authentication is on</extracomment>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Services</source>
        <extracomment>Column header: the organization&apos;s services the end-user has used</extracomment>
        <translation>Services</translation>
    </message>
    <message>
        <source>Loading end-users…</source>
        <translation>Chargement des utilisateurs finaux…</translation>
    </message>
    <message>
        <source>Showing %1–%2 of %3</source>
        <extracomment>%1 and %2 are the first and last row numbers shown, %3 the number of matching end-users</extracomment>
        <translation>Affichage de %1–%2 sur %3</translation>
    </message>
    <message>
        <source>Showing %1–%2</source>
        <extracomment>%1 and %2 are the first and last row numbers shown; the total is not known</extracomment>
        <translation>Affichage de %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>(%n (match|matches) for “%1” on this page, filtered locally because this server cannot search)</source>
        <extracomment>%n rows of the page shown match the search %1; the server could not search</extracomment>
        <translation>
            <numerusform>(%n résultat pour «&#xa0;%1&#xa0;» sur cette page, filtré localement car ce serveur ne peut pas effectuer de recherche)</numerusform>
            <numerusform>(%n résultats pour «&#xa0;%1&#xa0;» sur cette page, filtrés localement car ce serveur ne peut pas effectuer de recherche)</numerusform>
        </translation>
    </message>
    <message>
        <source>No end-users on this page match “%1” (filtered locally: this server cannot search)</source>
        <extracomment>%1 is what was searched for</extracomment>
        <translation>Aucun utilisateur final de cette page ne correspond à «&#xa0;%1&#xa0;» (filtrage local&#xa0;: ce serveur ne peut pas effectuer de recherche)</translation>
    </message>
    <message>
        <source>No end-users match “%1”</source>
        <extracomment>%1 is what was searched for</extracomment>
        <translation>Aucun utilisateur final ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No end-users have used this service.</source>
        <translation>Aucun utilisateur final n&apos;a utilisé ce service.</translation>
    </message>
    <message>
        <source>This organization has no end-users yet.</source>
        <translation>Cette organisation n&apos;a encore aucun utilisateur final.</translation>
    </message>
    <message numerus="yes">
        <source>(offline copy, %n minute(s) old: the server cannot be reached)</source>
        <translation>
            <numerusform>(copie hors ligne datant de %n minute&#xa0;: le serveur est injoignable)</numerusform>
            <numerusform>(copie hors ligne datant de %n minutes&#xa0;: le serveur est injoignable)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(local copy, %n minute(s) old)</source>
        <translation>
            <numerusform>(copie locale datant de %n minute)</numerusform>
            <numerusform>(copie locale datant de %n minutes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserAdmin::ErrorPresenter</name>
    <message>
        <source>The server could not be reached, or it closed the connection without answering.</source>
        <translation>Le serveur est injoignable ou a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed; its certificate is not trusted.</source>
        <translation>La connexion sécurisée au serveur a échoué&#xa0;; son certificat n&apos;est pas approuvé.</translation>
    </message>
    <message>
        <source>The connection was refused because it would not be encrypted.</source>
        <translation>La connexion a été refusée car elle n&apos;aurait pas été chiffrée.</translation>
    </message>
    <message>
        <source>The request was not sent: it names something that cannot be asked for safely.</source>
        <translation>La requête n&apos;a pas été envoyée&#xa0;: elle désigne quelque chose qui ne peut pas être demandé sans risque.</translation>
    </message>
    <message>
        <source>You are signed out. Sign in again to continue.</source>
        <translation>Vous êtes déconnecté. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue.</source>
        <translation>Votre connexion a expiré. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>The server refused access.</source>
        <translation>Le serveur a refusé l&apos;accès.</translation>
    </message>
    <message>
        <source>This organization is not active.</source>
        <translation>Cette organisation n&apos;est pas active.</translation>
    </message>
    <message>
        <source>The server does not know what was asked for.</source>
        <translation>Le serveur ne connaît pas la ressource demandée.</translation>
    </message>
    <message numerus="yes">
        <source>The server is busy; try again in %n second(s).</source>
        <translation>
            <numerusform>Le serveur est occupé&#xa0;; réessayez dans %n seconde.</numerusform>
            <numerusform>Le serveur est occupé&#xa0;; réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is busy; try again in a moment.</source>
        <translation>Le serveur est occupé&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation>Le serveur a rejeté la requête.</translation>
    </message>
    <message>
        <source>The server failed to answer the request.</source>
        <translation>Le serveur n&apos;a pas pu répondre à la requête.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Une erreur s&apos;est produite.</translation>
    </message>
    <message>
        <source>The server refused the connection (nothing was sent).</source>
        <translation>Le serveur a refusé la connexion (rien n&apos;a été envoyé).</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found (nothing was sent).</source>
        <translation>Le nom du serveur est introuvable (rien n&apos;a été envoyé).</translation>
    </message>
    <message>
        <source>The server closed the connection before it answered.</source>
        <translation>Le serveur a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>The connection closed before an answer arrived; the request was not sent again.</source>
        <translation>La connexion s&apos;est fermée avant l&apos;arrivée d&apos;une réponse&#xa0;; la requête n&apos;a pas été renvoyée.</translation>
    </message>
    <message>
        <source>No answer arrived in time.</source>
        <translation>Aucune réponse n&apos;est arrivée à temps.</translation>
    </message>
    <message>
        <source>The proxy could not be reached (nothing was sent).</source>
        <translation>Le proxy est injoignable (rien n&apos;a été envoyé).</translation>
    </message>
    <message>
        <source>This computer is not connected to the network (nothing was sent).</source>
        <translation>Cet ordinateur n&apos;est pas connecté au réseau (rien n&apos;a été envoyé).</translation>
    </message>
    <message>
        <source>The network connection failed (code %1).</source>
        <extracomment>%1 is a number identifying the network failure, for support</extracomment>
        <translation>La connexion réseau a échoué (code %1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Le certificat du serveur a expiré.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>Le certificat du serveur n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for another name.</source>
        <translation>Le certificat du serveur a été émis pour un autre nom.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not issued by an authority this computer trusts (see --ca-file).</source>
        <translation>Le certificat du serveur n&apos;est pas émis par une autorité de confiance pour cet ordinateur (voir --ca-file).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked.</source>
        <translation>Le certificat du serveur a été révoqué.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up (nothing was sent).</source>
        <translation>La connexion sécurisée n&apos;a pas pu être établie (rien n&apos;a été envoyé).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused (code %1).</source>
        <extracomment>%1 is a number identifying the certificate problem, for support</extracomment>
        <translation>Le certificat du serveur a été refusé (code %1).</translation>
    </message>
    <message>
        <source>Plain http to %1 is refused: tokens would travel unencrypted. Use https, or start the program with --allow-insecure-http if you accept that.</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>Le http non chiffré vers %1 est refusé&#xa0;: les jetons circuleraient en clair. Utilisez https, ou lancez le programme avec --allow-insecure-http si vous l&apos;acceptez.</translation>
    </message>
    <message>
        <source>Only http and https addresses can be used.</source>
        <translation>Seules les adresses http et https peuvent être utilisées.</translation>
    </message>
    <message>
        <source>Unexpected value at %1.</source>
        <extracomment>%1 is the position in the server&apos;s answer, e.g. users[3].email</extracomment>
        <translation>Valeur inattendue à %1.</translation>
    </message>
    <message>
        <source>The answer is not the JSON the API describes.</source>
        <translation>La réponse n&apos;est pas le JSON décrit par l&apos;API.</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <extracomment>%1 is an HTTP status code such as 404</extracomment>
        <translation>Statut HTTP %1</translation>
    </message>
    <message>
        <source>The server said: “%1” (HTTP status %2)</source>
        <extracomment>%1 is the server&apos;s own message, %2 the HTTP status code</extracomment>
        <translation>Le serveur indique&#xa0;: «&#xa0;%1&#xa0;» (statut HTTP %2)</translation>
    </message>
    <message>
        <source>This organization is not known to the server (any more).</source>
        <translation>Cette organisation est inconnue du serveur (ou ne l&apos;est plus).</translation>
    </message>
    <message>
        <source>The end-users could not be loaded. %1</source>
        <extracomment>%1 says why, e.g. &quot;The server did not answer in time.&quot;</extracomment>
        <translation>Les utilisateurs finaux n&apos;ont pas pu être chargés. %1</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Cet utilisateur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Access to this user&apos;s details was refused.</source>
        <translation>L&apos;accès aux détails de cet utilisateur a été refusé.</translation>
    </message>
    <message>
        <source>The details could not be loaded. %1</source>
        <extracomment>%1 says why, e.g. &quot;The server did not answer in time.&quot;</extracomment>
        <translation>Les détails n&apos;ont pas pu être chargés. %1</translation>
    </message>
    <message>
        <source>Your organizations could not be loaded.</source>
        <translation>Vos organisations n&apos;ont pas pu être chargées.</translation>
    </message>
    <message>
        <source>The services for the filter could not be loaded: %1</source>
        <extracomment>%1 says why</extracomment>
        <translation>Les services du filtre n&apos;ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is %2: its end-users can be managed only while the organization is active.</source>
        <extracomment>%1 is the organization&apos;s name, %2 its status such as &quot;suspended&quot;</extracomment>
        <translation>«&#xa0;%1&#xa0;» est %2&#xa0;: ses utilisateurs finaux ne peuvent être gérés que lorsque l&apos;organisation est active.</translation>
    </message>
    <message>
        <source>You are not a member of any organization on this server.</source>
        <translation>Vous n&apos;êtes membre d&apos;aucune organisation sur ce serveur.</translation>
    </message>
    <message>
        <source>You are no longer a member of “%1”.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Vous n&apos;êtes plus membre de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Access to the end-users of “%1” was refused.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>L&apos;accès aux utilisateurs finaux de «&#xa0;%1&#xa0;» a été refusé.</translation>
    </message>
    <message numerus="yes">
        <source>The server asks to slow down; trying again in %n second(s).</source>
        <translation>
            <numerusform>Le serveur demande de ralentir&#xa0;; nouvel essai dans %n seconde.</numerusform>
            <numerusform>Le serveur demande de ralentir&#xa0;; nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer; trying again in %n second(s).</source>
        <translation>
            <numerusform>Le serveur n&apos;a pas répondu&#xa0;; nouvel essai dans %n seconde.</numerusform>
            <numerusform>Le serveur n&apos;a pas répondu&#xa0;; nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <extracomment>Title of the dialog after a revocation whose result did not arrive</extracomment>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>The connection failed while revoking the sessions of “%1”. It is not known whether they were revoked.</source>
        <extracomment>%1 is the end-user&apos;s email address</extracomment>
        <translation>La connexion a échoué pendant la révocation des sessions de «&#xa0;%1&#xa0;». On ne sait pas si elles ont été révoquées.</translation>
    </message>
    <message>
        <source>Nothing was sent again. Reload the details to see how many sessions are active now before you try again.</source>
        <translation>Rien n&apos;a été renvoyé. Rechargez les détails pour voir combien de sessions sont actives maintenant avant de réessayer.</translation>
    </message>
    <message>
        <source>Sessions not revoked</source>
        <translation>Sessions non révoquées</translation>
    </message>
    <message>
        <source>Your sign-in has ended, so nothing was revoked. Sign in again, then revoke again.</source>
        <translation>Votre connexion a pris fin, rien n&apos;a donc été révoqué. Reconnectez-vous, puis révoquez à nouveau.</translation>
    </message>
    <message>
        <source>The sessions of “%1” were not revoked: the request never reached the server.</source>
        <extracomment>%1 is the end-user&apos;s email address</extracomment>
        <translation>Les sessions de «&#xa0;%1&#xa0;» n&apos;ont pas été révoquées&#xa0;: la requête n&apos;a jamais atteint le serveur.</translation>
    </message>
    <message>
        <source>The sessions of “%1” were not revoked.</source>
        <extracomment>%1 is the end-user&apos;s email address</extracomment>
        <translation>Les sessions de «&#xa0;%1&#xa0;» n&apos;ont pas été révoquées.</translation>
    </message>
    <message>
        <source>This user no longer exists in this organization.</source>
        <translation>Cet utilisateur n&apos;existe plus dans cette organisation.</translation>
    </message>
    <message>
        <source>Only owners and admins of an active organization can revoke sessions.</source>
        <translation>Seuls les propriétaires et les administrateurs d&apos;une organisation active peuvent révoquer des sessions.</translation>
    </message>
    <message>
        <source>This token cannot be used: it is not an access token of this platform (a JWT).</source>
        <translation>Ce jeton est inutilisable&#xa0;: ce n&apos;est pas un jeton d&apos;accès de cette plateforme (un JWT).</translation>
    </message>
    <message>
        <source>This token cannot be used: it does not name a user.</source>
        <translation>Ce jeton est inutilisable&#xa0;: il ne désigne aucun utilisateur.</translation>
    </message>
    <message>
        <source>This token cannot be used: it has no expiry time.</source>
        <translation>Ce jeton est inutilisable&#xa0;: il n&apos;a pas de date d&apos;expiration.</translation>
    </message>
    <message>
        <source>This token cannot be used: it has expired.</source>
        <translation>Ce jeton est inutilisable&#xa0;: il a expiré.</translation>
    </message>
    <message>
        <source>The server does not accept this token: it may have expired, been revoked or been issued by another server.</source>
        <translation>Le serveur n&apos;accepte pas ce jeton&#xa0;: il a peut-être expiré, été révoqué ou été émis par un autre serveur.</translation>
    </message>
    <message>
        <source>This address is not allowed: plain http is only used for this computer. Use https, or start the program with --allow-insecure-http if you accept that tokens travel unencrypted.</source>
        <translation>Cette adresse n&apos;est pas autorisée&#xa0;: le http non chiffré n&apos;est utilisé que pour cet ordinateur. Utilisez https, ou lancez le programme avec --allow-insecure-http si vous acceptez que les jetons circulent sans chiffrement.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://sso.example.com.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://sso.example.com.</translation>
    </message>
    <message>
        <source>The code expired before it was approved. Get a new code to try again.</source>
        <translation>Le code a expiré avant d&apos;être approuvé. Obtenez un nouveau code pour réessayer.</translation>
    </message>
    <message>
        <source>The sign-in was refused in the browser.</source>
        <translation>La connexion a été refusée dans le navigateur.</translation>
    </message>
    <message>
        <source>The sessions of “%1” were not revoked: the request was not sent, because the audit journal could not record it first.</source>
        <extracomment>%1 is the end-user&apos;s email address</extracomment>
        <translation>Les sessions de «&#xa0;%1&#xa0;» n&apos;ont pas été révoquées&#xa0;: la requête n&apos;a pas été envoyée, car le journal d’audit n&apos;a pas pu l&apos;enregistrer d&apos;abord.</translation>
    </message>
    <message>
        <source>Check that the journal&apos;s folder can be written to, then try again.</source>
        <translation>Vérifiez que le dossier du journal est accessible en écriture, puis réessayez.</translation>
    </message>
    <message>
        <source>Your role in “%1” (%2) does not allow viewing end-users. An owner or admin of the organization can change it.</source>
        <extracomment>%1 is the organization&apos;s name, %2 the member&apos;s role there such as &quot;Member&quot;</extracomment>
        <translation>Votre rôle dans «&#xa0;%1&#xa0;» (%2) ne permet pas de voir les utilisateurs finaux. Un propriétaire ou un administrateur de l’organisation peut le changer.</translation>
    </message>
    <message>
        <source>This token cannot be used: it only proves the password of a sign-in whose verification code was not entered. Sign in with email and password instead.</source>
        <translation>Ce jeton ne peut pas être utilisé&#xa0;: il ne prouve que le mot de passe d’une connexion dont le code de vérification n’a pas été saisi. Connectez-vous plutôt avec l’adresse e-mail et le mot de passe.</translation>
    </message>
    <message>
        <source>This server lets only platform owners sign in with the browser this way. Sign in with email and password, or with your organization&apos;s desktop sign-in service (under Advanced).</source>
        <translation>Ce serveur ne permet qu’aux propriétaires de la plateforme de se connecter ainsi par le navigateur. Connectez-vous avec l’adresse e-mail et le mot de passe, ou par le service de connexion de bureau de votre organisation (sous «&#xa0;Options avancées&#xa0;»).</translation>
    </message>
    <message>
        <source>The verification code was not accepted. Enter the current code from your authenticator app.</source>
        <translation>Le code de vérification n’a pas été accepté. Saisissez le code actuel de votre application d’authentification.</translation>
    </message>
    <message>
        <source>The email address or the password is not right.</source>
        <translation>L’adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The server refused this sign-in.</source>
        <translation>Le serveur a refusé cette connexion.</translation>
    </message>
    <message>
        <source>This server does not offer sign-in with email and password. Sign in with the browser or an access token.</source>
        <translation>Ce serveur ne propose pas la connexion par adresse e-mail et mot de passe. Connectez-vous par le navigateur ou avec un jeton d’accès.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1, the most this program reads; it was not read to its end.</source>
        <extracomment>%1 is a size such as &quot;8 MiB&quot;</extracomment>
        <translation>La réponse du serveur dépasse %1, le maximum que ce programme lit&#xa0;; elle n’a pas été lue jusqu’au bout.</translation>
    </message>
    <message>
        <source>The server named a sign-in page that is not an https address (nor http on this computer); nothing was opened.</source>
        <translation>Le serveur a indiqué une page de connexion qui n’est pas une adresse https (ni http sur cet ordinateur)&#xa0;; rien n’a été ouvert.</translation>
    </message>
    <message>
        <source>The server sent a token with characters no token has (such as a line break); it was not used.</source>
        <translation>Le serveur a envoyé un jeton contenant des caractères qu’aucun jeton ne contient (comme un saut de ligne)&#xa0;; il n’a pas été utilisé.</translation>
    </message>
    <message>
        <source>This token cannot be used: it contains line breaks, spaces or other characters no access token has. It was not sent.</source>
        <translation>Ce jeton ne peut pas être utilisé&#xa0;: il contient des sauts de ligne, des espaces ou d’autres caractères qu’aucun jeton d’accès ne contient. Il n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>This token cannot be used: its expiry time is not a valid date.</source>
        <translation>Ce jeton ne peut pas être utilisé&#xa0;: sa date d’expiration n’est pas une date valide.</translation>
    </message>
    <message numerus="yes">
        <source>The server is busy; try again in %n minute(s).</source>
        <translation>
            <numerusform>Le serveur est occupé&#xa0;; réessayez dans %n minute.</numerusform>
            <numerusform>Le serveur est occupé&#xa0;; réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is busy; try again in %n hour(s).</source>
        <translation>
            <numerusform>Le serveur est occupé&#xa0;; réessayez dans %n heure.</numerusform>
            <numerusform>Le serveur est occupé&#xa0;; réessayez dans %n heures.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server redirected the request.</source>
        <translation>Le serveur a redirigé la requête.</translation>
    </message>
    <message>
        <source>The redirect (HTTP status %1) was not followed: too many in a row, or to an address this program does not send requests to.</source>
        <extracomment>%1 is an HTTP status code such as 302</extracomment>
        <translation>La redirection (statut HTTP %1) n’a pas été suivie&#xa0;: trop de redirections de suite, ou vers une adresse à laquelle ce programme n’envoie pas de requêtes.</translation>
    </message>
</context>
<context>
    <name>UserAdmin::ExportEndUsersCommand</name>
    <message>
        <source>Export end-users</source>
        <translation>Exporter les utilisateurs finaux</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting end-users…</source>
        <translation>Export des utilisateurs finaux…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exporting end-users… %1 written</source>
        <extracomment>%1 is a number of end-users</extracomment>
        <translation>Export des utilisateurs finaux… %1 écrits</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n end-user(s) to %1.</source>
        <extracomment>%1 is the file</extracomment>
        <translation>
            <numerusform>%n utilisateur final exporté vers %1.</numerusform>
            <numerusform>%n utilisateurs finaux exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export annulé&#xa0;; %1 n’a pas été écrit.</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <extracomment>%1 is the file, %2 the reason</extracomment>
        <translation>L’export vers %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>UserAdmin::FindEndUsersDialog</name>
    <message>
        <source>Find end-users</source>
        <translation>Rechercher des utilisateurs finaux</translation>
    </message>
    <message>
        <source>&amp;Addresses (one a line, or any text with addresses in it):</source>
        <extracomment>Label of the field where a list of email addresses is pasted</extracomment>
        <translation>&amp;Adresses (une par ligne, ou tout texte qui en contient)&#xa0;:</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Results</source>
        <extracomment>Accessible name of the table of looked-up addresses</extracomment>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>E&amp;xporter les résultats…</translation>
    </message>
    <message>
        <source>&amp;Revoke sessions of the found…</source>
        <extracomment>Button: hand the found end-users to an action such as revoking their sessions</extracomment>
        <translation>Ré&amp;voquer les sessions des utilisateurs trouvés…</translation>
    </message>
    <message>
        <source>The local copy cannot be opened: %1</source>
        <translation>La copie locale ne peut pas être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for the local copy of the end-users of %1…</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>En attente de la copie locale des utilisateurs finaux de %1…</translation>
    </message>
    <message>
        <source>The local copy cannot be read: %1</source>
        <translation>La copie locale ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Found more than once</source>
        <translation>Trouvé plusieurs fois</translation>
    </message>
    <message>
        <source>%1 found, %2 not found, %3 found more than once</source>
        <extracomment>Summary of a find-many; %1 found, %2 not found, %3 found more than once (numbers)</extracomment>
        <translation>Trouvés&#xa0;: %1, introuvables&#xa0;: %2, trouvés plusieurs fois&#xa0;: %3</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <translation>Résultats écrits dans %1.</translation>
    </message>
    <message>
        <source>The results could not be written to %1: %2</source>
        <translation>Les résultats n’ont pas pu être écrits dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>UserAdmin::IndexProgressBar</name>
    <message>
        <source>Local index</source>
        <extracomment>Accessible name of the strip that shows the filling of the local copy of the end-user list</extracomment>
        <translation>Index local</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <extracomment>Accessible name of the button that stops filling the local copy</extracomment>
        <translation>Annuler l’indexation</translation>
    </message>
    <message>
        <source>Indexing %1: %2 of %3</source>
        <extracomment>%1 is the organization&apos;s name, %2 the end-users stored so far, %3 all of them</extracomment>
        <translation>Indexation de %1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>Indexing %1…</source>
        <extracomment>%1 is the organization&apos;s name; the number of end-users is not known yet</extracomment>
        <translation>Indexation de %1…</translation>
    </message>
</context>
<context>
    <name>UserAdmin::InlineBanner</name>
    <message>
        <source>Notice</source>
        <extracomment>Accessible name of the message strip above a table or pane</extracomment>
        <translation>Avis</translation>
    </message>
</context>
<context>
    <name>UserAdmin::LinkedIdentityModel</name>
    <message>
        <source>Provider</source>
        <extracomment>Column header: identity provider such as github or google</extracomment>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Provider user id</source>
        <extracomment>Column header: the user&apos;s id at the identity provider</extracomment>
        <translation>Identifiant chez le fournisseur</translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>Column header: the email the identity provider reported</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Linked at</source>
        <extracomment>Column header: when the provider account was linked</extracomment>
        <translation>Lié le</translation>
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
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Menu title</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>Menu title</extracomment>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <extracomment>Menu title: moving between pages of end-users</extracomment>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <extracomment>Menu title: actions on the selected end-user</extracomment>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <extracomment>%1 is the signed-in member&apos;s email address</extracomment>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Loading your organizations…</source>
        <translation>Chargement de vos organisations…</translation>
    </message>
    <message>
        <source>%1 — SSO User Admin</source>
        <translation>%1 — SSO User Admin</translation>
    </message>
    <message>
        <source>Id copied</source>
        <translation>Identifiant copié</translation>
    </message>
    <message>
        <source>Email copied</source>
        <translation>E-mail copié</translation>
    </message>
    <message>
        <source>Signed out: sign in to continue</source>
        <extracomment>Status bar while the server no longer accepts the sign-in</extracomment>
        <translation>Déconnecté&#xa0;: connectez-vous pour continuer</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Your role in this organization does not allow revoking sessions.</source>
        <translation>Votre rôle dans cette organisation ne permet pas de révoquer des sessions.</translation>
    </message>
</context>
<context>
    <name>UserAdmin::MessageBox</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>UserAdmin::MultiSelection</name>
    <message numerus="yes">
        <source>%n end-users selected</source>
        <extracomment>Below the end-user table; %n is the number of selected rows (2 or more)</extracomment>
        <translation>
            <numerusform>%n utilisateur final sélectionné</numerusform>
            <numerusform>%n utilisateurs finaux sélectionnés</numerusform>
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
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>UserAdmin::OrganizationListModel</name>
    <message>
        <source>Owner</source>
        <extracomment>The member&apos;s role in an organization</extracomment>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Admin</source>
        <extracomment>The member&apos;s role in an organization</extracomment>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>The member&apos;s role in an organization</extracomment>
        <translation>Membre</translation>
    </message>
    <message>
        <source>active</source>
        <extracomment>Status of an organization</extracomment>
        <translation>active</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>Status of an organization (waiting for approval)</extracomment>
        <translation>en attente</translation>
    </message>
    <message>
        <source>suspended</source>
        <extracomment>Status of an organization</extracomment>
        <translation>suspendue</translation>
    </message>
    <message>
        <source>rejected</source>
        <extracomment>Status of an organization</extracomment>
        <translation>rejetée</translation>
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
        <translation>Taille de &amp;page</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
</context>
<context>
    <name>UserAdmin::PasswordSignInPage</name>
    <message>
        <source>Owners and admins of an organization sign in with the email address and password of their account; with two-step verification on, the code of the authenticator app follows.</source>
        <translation>Les propriétaires et administrateurs d’une organisation se connectent avec l’adresse e-mail et le mot de passe de leur compte&#xa0;; si la vérification en deux étapes est active, le code de l’application d’authentification suit.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Adresse &amp;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this computer (in the system keychain)</source>
        <translation>&amp;Rester connecté sur cet ordinateur (dans le trousseau du système)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>Verification &amp;code:</source>
        <translation>&amp;Code de vérification&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;art again</source>
        <translation>Reco&amp;mmencer</translation>
    </message>
    <message>
        <source>Veri&amp;fy</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>Saisissez l’adresse e-mail de votre compte.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Signed in. Opening…</source>
        <translation>Connecté. Ouverture…</translation>
    </message>
    <message>
        <source>Enter the verification code from your authenticator app.</source>
        <translation>Saisissez le code de vérification de votre application d’authentification.</translation>
    </message>
    <message>
        <source>The five minutes for the verification code are over. Enter your password again.</source>
        <translation>Les cinq minutes accordées pour le code de vérification sont écoulées. Saisissez à nouveau votre mot de passe.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <source>Enter the code your authenticator app shows for %1. It changes every 30 seconds; this step stays open for five minutes.</source>
        <extracomment>%1 is the member&apos;s email address</extracomment>
        <translation>Saisissez le code que votre application d’authentification affiche pour %1. Il change toutes les 30 secondes&#xa0;; cette étape reste ouverte cinq minutes.</translation>
    </message>
</context>
<context>
    <name>UserAdmin::ReasonField</name>
    <message>
        <source>&amp;Reason:</source>
        <extracomment>Label of the field for why sessions are revoked (e.g. a ticket number)</extracomment>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>For example a ticket number</source>
        <translation>Par exemple un numéro de ticket</translation>
    </message>
    <message>
        <source>Required. It is written to the audit journal with every revocation.</source>
        <translation>Obligatoire. Il est inscrit au journal d’audit à chaque révocation.</translation>
    </message>
    <message>
        <source>Optional. It is written to the audit journal with every revocation.</source>
        <translation>Facultatif. Il est inscrit au journal d’audit à chaque révocation.</translation>
    </message>
</context>
<context>
    <name>UserAdmin::RevokeSessionsCommand</name>
    <message>
        <source>Revoke all sessions</source>
        <extracomment>Title of the confirmation dialog</extracomment>
        <translation>Révoquer toutes les sessions</translation>
    </message>
    <message>
        <source>Access tokens that applications already hold are not withdrawn: an application that checks tokens offline may keep accepting them until they expire (up to 24 hours).</source>
        <translation>Les jetons d&apos;accès déjà détenus par des applications ne sont pas retirés&#xa0;: une application qui vérifie les jetons hors ligne peut continuer à les accepter jusqu&apos;à leur expiration (jusqu&apos;à 24&#xa0;heures).</translation>
    </message>
    <message>
        <source>Warning: this is your own account. Your own sessions end too, including this one: you will have to sign in again.</source>
        <translation>Attention&#xa0;: il s&apos;agit de votre propre compte. Vos propres sessions prennent fin également, y compris celle-ci&#xa0;: vous devrez vous reconnecter.</translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <extracomment>The verb on the confirmation button</extracomment>
        <translation>Révoquer les sessions</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) revoked</source>
        <translation>
            <numerusform>%n session révoquée</numerusform>
            <numerusform>%n sessions révoquées</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions were revoked; the server did not say how many.</source>
        <translation>Les sessions ont été révoquées&#xa0;; le serveur n&apos;a pas indiqué combien.</translation>
    </message>
    <message>
        <source>Reload details</source>
        <translation>Recharger les détails</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The user&apos;s active sessions end and their refresh tokens stop working; the user has to sign in again. On some servers this covers the whole platform, including other organizations&apos; services.</source>
        <translation>Les sessions actives de l&apos;utilisateur prennent fin et leurs jetons de rafraîchissement cessent de fonctionner&#xa0;; l&apos;utilisateur doit se reconnecter. Sur certains serveurs, cela concerne toute la plateforme, y compris les services d&apos;autres organisations.</translation>
    </message>
    <message>
        <source>Revoke all sessions of “%1” in “%2”? The number of active sessions is not known.</source>
        <extracomment>%1 is the end-user&apos;s email address, %2 the organization&apos;s name</extracomment>
        <translation>Révoquer toutes les sessions de «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»&#xa0;? Le nombre de sessions actives est inconnu.</translation>
    </message>
    <message>
        <source>Revoke all sessions of “%1” in “%2”? The server reports no active sessions, so there may be nothing to revoke.</source>
        <extracomment>%1 is the end-user&apos;s email address, %2 the organization&apos;s name</extracomment>
        <translation>Révoquer toutes les sessions de «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»&#xa0;? Le serveur n&apos;indique aucune session active&#xa0;: il n&apos;y a peut-être rien à révoquer.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke all sessions of “%1” in “%2”? The user has %n active session(s).</source>
        <extracomment>%1 is the end-user&apos;s email address, %2 the organization&apos;s name</extracomment>
        <translation>
            <numerusform>Révoquer toutes les sessions de «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»&#xa0;? L&apos;utilisateur a %n session active.</numerusform>
            <numerusform>Révoquer toutes les sessions de «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»&#xa0;? L&apos;utilisateur a %n sessions actives.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions of this person for %1&apos;s services end and their refresh tokens stop working; sign-ins to other organizations stay. The server&apos;s count may include sessions that had already expired.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Les sessions de cette personne pour les services de %1 prennent fin et ses jetons de rafraîchissement cessent de fonctionner&#xa0;; les connexions aux autres organisations sont conservées. Le décompte du serveur peut inclure des sessions déjà expirées.</translation>
    </message>
</context>
<context>
    <name>UserAdmin::RiskEventTableModel</name>
    <message>
        <source>allowed</source>
        <extracomment>What the server did with a risky sign-in</extracomment>
        <translation>autorisée</translation>
    </message>
    <message>
        <source>asked for MFA</source>
        <extracomment>What the server did with a risky sign-in: it asked for the second factor</extracomment>
        <translation>MFA demandée</translation>
    </message>
    <message>
        <source>blocked</source>
        <extracomment>What the server did with a risky sign-in</extracomment>
        <translation>bloquée</translation>
    </message>
    <message>
        <source>Unknown (deleted account?)</source>
        <extracomment>Email of a risky sign-in whose account the server no longer names (deleted)</extracomment>
        <translation>Inconnu (compte supprimé&#xa0;?)</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>No risk factors</extracomment>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Score</source>
        <extracomment>Column: the risk score of a sign-in with its level</extracomment>
        <translation>Score</translation>
    </message>
    <message>
        <source>Action taken</source>
        <extracomment>Column: what the server did with the sign-in</extracomment>
        <translation>Mesure prise</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Facteurs de risque</translation>
    </message>
</context>
<context>
    <name>UserAdmin::RiskEventsDialog</name>
    <message>
        <source>Risky sign-ins of %1 — SSO User Admin</source>
        <extracomment>Window title; %1 is the organization&apos;s name</extracomment>
        <translation>Connexions à risque de %1 — SSO User Admin</translation>
    </message>
    <message>
        <source>Minimum risk score</source>
        <translation>Score de risque minimal</translation>
    </message>
    <message>
        <source>Show only sign-ins the server scored at least this high (0 to 100)</source>
        <translation>N’afficher que les connexions auxquelles le serveur a attribué au moins ce score (0 à 100)</translation>
    </message>
    <message>
        <source>&amp;Minimum risk score:</source>
        <extracomment>Label of the filter of the risky sign-ins</extracomment>
        <translation>Score de risque &amp;minimal&#xa0;:</translation>
    </message>
    <message>
        <source>Risky sign-ins</source>
        <extracomment>Accessible name of the table of risky sign-ins</extracomment>
        <translation>Connexions à risque</translation>
    </message>
    <message>
        <source>&amp;Newer</source>
        <extracomment>Button: the page of newer risky sign-ins</extracomment>
        <translation>Plus &amp;récentes</translation>
    </message>
    <message>
        <source>O&amp;lder</source>
        <extracomment>Button: the page of older risky sign-ins</extracomment>
        <translation>Plus a&amp;nciennes</translation>
    </message>
    <message>
        <source>&amp;Show account</source>
        <extracomment>Button: show the account of the chosen risky sign-in in the main window</extracomment>
        <translation>&amp;Afficher le compte</translation>
    </message>
    <message>
        <source>&amp;Revoke sessions of selected…</source>
        <extracomment>Button: hand the accounts of the selected risky sign-ins to the bulk revocation</extracomment>
        <translation>Ré&amp;voquer les sessions des comptes sélectionnés…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Loading risky sign-ins…</source>
        <translation>Chargement des connexions à risque…</translation>
    </message>
    <message>
        <source>The risky sign-ins could not be loaded. %1</source>
        <extracomment>%1 is why, e.g. &quot;The server refused the request.&quot;</extracomment>
        <translation>Les connexions à risque n’ont pas pu être chargées. %1</translation>
    </message>
    <message>
        <source>No older risky sign-ins.</source>
        <translation>Aucune connexion à risque plus ancienne.</translation>
    </message>
    <message>
        <source>No risky sign-ins scored %1 or more.</source>
        <translation>Aucune connexion à risque avec un score de %1 ou plus.</translation>
    </message>
    <message>
        <source>No risky sign-ins.</source>
        <translation>Aucune connexion à risque.</translation>
    </message>
    <message numerus="yes">
        <source>%n risky sign-in(s) on this page, newest first.</source>
        <extracomment>%n is how many risky sign-ins the page shows</extracomment>
        <translation>
            <numerusform>%n connexion à risque sur cette page, la plus récente en premier.</numerusform>
            <numerusform>%n connexions à risque sur cette page, les plus récentes en premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1, more may follow</source>
        <extracomment>Pager of the risky sign-ins; %1 is the page number (from 1). There is no total.</extracomment>
        <translation>Page %1, d’autres peuvent suivre</translation>
    </message>
    <message>
        <source>Page %1, no more</source>
        <translation>Page %1, aucune autre</translation>
    </message>
</context>
<context>
    <name>UserAdmin::SecurityFeatures</name>
    <message>
        <source>Choose an organization first.</source>
        <translation>Choisissez d&apos;abord une organisation.</translation>
    </message>
    <message>
        <source>Risky sign-ins can be shown only for an active organization; “%1” is not active.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Les connexions à risque ne peuvent être affichées que pour une organisation active&#xa0;; «&#xa0;%1&#xa0;» n’est pas active.</translation>
    </message>
    <message>
        <source>The server&apos;s audit log can be shown only for an active organization; “%1” is not active.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Le journal d’audit du serveur ne peut être affiché que pour une organisation active&#xa0;; «&#xa0;%1&#xa0;» n’est pas active.</translation>
    </message>
    <message>
        <source>Checking whether the server offers risky sign-ins…</source>
        <translation>Vérification de la disponibilité des connexions à risque sur le serveur…</translation>
    </message>
    <message>
        <source>Checking whether the server offers its audit log…</source>
        <translation>Vérification de la disponibilité du journal d’audit du serveur…</translation>
    </message>
    <message>
        <source>This server does not offer risky sign-ins (it has no risk events).</source>
        <translation>Ce serveur ne propose pas les connexions à risque (il n’a pas d’événements de risque).</translation>
    </message>
    <message>
        <source>This server does not offer an audit log of the organization.</source>
        <translation>Ce serveur ne propose pas de journal d’audit de l’organisation.</translation>
    </message>
    <message>
        <source>Your role in “%1” does not allow reading risk events.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Votre rôle dans «&#xa0;%1&#xa0;» ne permet pas de lire les événements de risque.</translation>
    </message>
    <message>
        <source>Your role in “%1” does not allow reading the audit log.</source>
        <extracomment>%1 is the organization&apos;s name</extracomment>
        <translation>Votre rôle dans «&#xa0;%1&#xa0;» ne permet pas de lire le journal d’audit du serveur.</translation>
    </message>
    <message>
        <source>%1 The server says: “%2”</source>
        <extracomment>%1 is a sentence, %2 the server&apos;s own words</extracomment>
        <translation>%1 Le serveur indique&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Whether the server offers risky sign-ins could not be checked; Refresh to try again.</source>
        <translation>Impossible de vérifier si le serveur propose les connexions à risque&#xa0;; choisissez «&#xa0;Actualiser&#xa0;» pour réessayer.</translation>
    </message>
    <message>
        <source>Whether the server offers its audit log could not be checked; Refresh to try again.</source>
        <translation>Impossible de vérifier si le serveur propose son journal d’audit&#xa0;; choisissez «&#xa0;Actualiser&#xa0;» pour réessayer.</translation>
    </message>
</context>
<context>
    <name>UserAdmin::ServerAuditLogPage</name>
    <message>
        <source>e.g. member.role_changed</source>
        <translation>p. ex. member.role_changed</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <extracomment>Filter of the server audit log: the kind of event</extracomment>
        <translation>Acti&amp;on&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. member</source>
        <translation>p. ex. member</translation>
    </message>
    <message>
        <source>Tar&amp;get type:</source>
        <extracomment>Filter of the server audit log: the kind of thing changed</extracomment>
        <translation>Type de &amp;cible&#xa0;:</translation>
    </message>
    <message>
        <source>Id (or email in this computer&apos;s journal)</source>
        <translation>Identifiant (ou e-mail dans le journal d’audit de cet ordinateur)</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <extracomment>Filter of the server audit log: one account, with this computer&apos;s journal entries merged in</extracomment>
        <translation>Co&amp;mpte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Server audit log</source>
        <extracomment>Accessible name of the table of the server&apos;s audit log</extracomment>
        <translation>Journal d’audit du serveur</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <source>Loading the server&apos;s audit log…</source>
        <translation>Chargement du journal d’audit du serveur…</translation>
    </message>
    <message>
        <source>The server&apos;s audit log could not be loaded. %1</source>
        <extracomment>%1 is why, e.g. &quot;The server refused the request.&quot;</extracomment>
        <translation>Le journal d’audit du serveur n’a pas pu être chargé. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) in the server&apos;s audit log.</source>
        <extracomment>%n is the number of entries the server keeps for the filters</extracomment>
        <translation>
            <numerusform>%n entrée dans le journal d’audit du serveur.</numerusform>
            <numerusform>%n entrées dans le journal d’audit du serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>For this account: %1 in the server&apos;s audit log; %2 from this computer&apos;s journal on this page.</source>
        <extracomment>%1 is the number of server entries, %2 of this computer&apos;s journal entries shown</extracomment>
        <translation>Pour ce compte&#xa0;: %1 dans le journal d’audit du serveur&#xa0;; %2 provenant du journal d’audit de cet ordinateur sur cette page.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Pager of the server&apos;s audit log; %1 is the page, %2 how many pages there are</extracomment>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>UserAdmin::ServiceFilterModel</name>
    <message>
        <source>All services</source>
        <extracomment>The service filter&apos;s first choice: no filtering</extracomment>
        <translation>Tous les services</translation>
    </message>
</context>
<context>
    <name>UserAdmin::ServiceUsageModel</name>
    <message>
        <source>%1, plan: %2</source>
        <extracomment>%1 is a service name, %2 the subscription plan&apos;s name</extracomment>
        <translation>%1, forfait&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, subscription: %2</source>
        <extracomment>%1 is a service name (and plan), %2 the subscription&apos;s status</extracomment>
        <translation>%1, abonnement&#xa0;: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header: a service&apos;s display name</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Slug</source>
        <extracomment>Column header: a service&apos;s short identifier</extracomment>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>First login</source>
        <extracomment>Column header: first sign-in through this service</extracomment>
        <translation>Première connexion</translation>
    </message>
    <message>
        <source>Last login</source>
        <extracomment>Column header: last sign-in through this service</extracomment>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Not among the last 20 sign-ins</source>
        <translation>Pas parmi les 20 dernières connexions</translation>
    </message>
    <message>
        <source>%1 (within the last 20 sign-ins)</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>%1 (parmi les 20 dernières connexions)</translation>
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
        <translation>Active</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>Column header: the service a session belongs to</extracomment>
        <translation>Service</translation>
    </message>
    <message>
        <source>IP address</source>
        <extracomment>Column header</extracomment>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Device</source>
        <extracomment>Column header: browser and system the session was opened from</extracomment>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header: when the session began</extracomment>
        <translation>Création</translation>
    </message>
    <message>
        <source>Expires</source>
        <extracomment>Column header: when the session ends</extracomment>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header: active or expired</extracomment>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>UserAdmin::SignInDialog</name>
    <message>
        <source>Sign in — SSO User Admin</source>
        <translation>Connexion — SSO User Admin</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation>Mode de connexion</translation>
    </message>
    <message>
        <source>&amp;Browser</source>
        <translation>&amp;Navigateur</translation>
    </message>
    <message>
        <source>E&amp;mail and password</source>
        <translation>E-&amp;mail et mot de passe</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>&amp;Jeton d’accès</translation>
    </message>
</context>
<context>
    <name>UserAdmin::SignInTableModel</name>
    <message>
        <source>low</source>
        <extracomment>Risk level of a sign-in</extracomment>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <extracomment>Risk level of a sign-in</extracomment>
        <translation>moyen</translation>
    </message>
    <message>
        <source>high</source>
        <extracomment>Risk level of a sign-in</extracomment>
        <translation>élevé</translation>
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
        <translation>aucun</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between risk factors in one table cell</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Column header: when the sign-in happened</extracomment>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>Column header: the service signed in to</extracomment>
        <translation>Service</translation>
    </message>
    <message>
        <source>Provider</source>
        <extracomment>Column header: identity provider such as github</extracomment>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>IP address</source>
        <extracomment>Column header</extracomment>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>Column header: city and country of the sign-in</extracomment>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Risk</source>
        <extracomment>Column header: the risk score the server gave the sign-in</extracomment>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <extracomment>Column header: why the server thought the sign-in risky</extracomment>
        <translation>Facteurs de risque</translation>
    </message>
</context>
<context>
    <name>UserAdmin::TokenSignInPage</name>
    <message>
        <source>For servers without browser sign-in: paste an access token issued to you by the platform. It is checked by the server before it is used.</source>
        <translation>Pour les serveurs sans connexion par navigateur&#xa0;: collez un jeton d’accès que la plateforme vous a délivré. Le serveur le vérifie avant qu’il ne soit utilisé.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Access t&amp;oken:</source>
        <translation>Jet&amp;on d’accès&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this computer (in the system keychain)</source>
        <translation>&amp;Rester connecté sur cet ordinateur (dans le trousseau du système)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Paste the access token first.</source>
        <translation>Collez d&apos;abord le jeton d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>UserAdmin::UserAgentText</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>A device in the sessions table: %1 is a browser such as Firefox, %2 a system such as Linux</extracomment>
        <translation>%1 sous %2</translation>
    </message>
</context>
<context>
    <name>UserAdmin::ValueLabel</name>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Context menu of a value in the details: copy the selected part, or the whole value</extracomment>
        <translation>&amp;Copier</translation>
    </message>
</context>
</TS>
