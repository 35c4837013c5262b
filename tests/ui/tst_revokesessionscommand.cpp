// SPDX-License-Identifier: MIT
// RevokeSessionsCommand against a real sso-dev-server: the confirmation's words, every outcome with what the
// person is told, the journal, exactly one DELETE, and that the command deletes itself on every path.
#include "KeepTogether.h"
#include "RevokeSessionsCommand.h"
#include "UiHarness.h"
#include "api/GetEndUserJob.h"
#include "api/ListEndUsersJob.h"
#include "audit/AuditJournal.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextLayout>
#include <QWidget>

using namespace UserAdmin;
using namespace UserAdmin::Test;

namespace {

const QString Acme = QStringLiteral("acme-corp");
const QString DeletePath = QStringLiteral("/api/organizations/acme-corp/users/*/sessions");

Organization acme()
{
    Organization organization;
    organization.slug = Acme;
    organization.name = QStringLiteral("Acme Corp");
    organization.status = Organization::Status::Active;
    return organization;
}

} // namespace

class TestRevokeSessionsCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void confirmationNamesTheOrganizationAndTheCount_data();
    void confirmationNamesTheOrganizationAndTheCount();
    void emailStaysOnOneLine();
    void revoked();
    void cancelledSendsNothing();
    void refusedByTheServer();
    void unknownEndUser();
    void refusedConnectionIsNotRevoked();
    void unwritableJournalSendsNothing();
    void lostAnswerIsUnknown_data();
    void lostAnswerIsUnknown();

private:
    RevokeSessionsCommand::Target targetFor(const QString& email, ApiClient* client = nullptr);
    /// Runs a command for `target` with the given answers; returns the outcome (Revoked with no result when
    /// cancelled) and checks that the command is gone afterwards.
    std::optional<RevocationOutcome> run(const RevokeSessionsCommand::Target& target,
                                         QList<MessageBox::Answer> answers,
                                         QString* text = nullptr,
                                         bool* reloadRequested = nullptr,
                                         ApiClient* client = nullptr);
    int deletes() const { return int(m_server->requests(DeletePath, QStringLiteral("DELETE")).size()); }

    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditJournal> m_journal;
    QWidget m_parent;
};

void TestRevokeSessionsCommand::initTestCase()
{
    prepareUiTest("tst_revokesessionscommand");
    m_server = std::make_unique<DevServer>(QStringList {QStringLiteral("--quiet")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestRevokeSessionsCommand::init()
{
    MessageBox::setTestMode(true);
    m_server->clearFaults();
    m_server->clearRequests();
    m_client = clientFor(*m_server, QStringLiteral("admin@acme.test"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<AuditJournal>(m_dir->filePath(QStringLiteral("audit.jsonl")));
}

RevokeSessionsCommand::Target TestRevokeSessionsCommand::targetFor(const QString& email, ApiClient* client)
{
    if (!client)
        client = m_client.get();
    EndUserQuery query;
    query.search = email;
    QString id;
    auto* list = new ListEndUsersJob(client, Acme, query);
    QObject::connect(list, &ApiJob::finished, list, [list, &id, email] {
        for (const EndUserSummary& user : list->page().users) {
            if (user.email == email)
                id = user.id;
        }
    });
    QPointer<ListEndUsersJob> listAlive(list);
    list->start();
    if (!QTest::qWaitFor([&listAlive] { return listAlive.isNull(); }, 10000))
        return {};
    std::optional<EndUserDetail> detail;
    auto* get = new GetEndUserJob(client, Acme, id);
    QObject::connect(get, &ApiJob::finished, get, [get, &detail] {
        if (get->succeeded())
            detail = get->detail();
    });
    QPointer<GetEndUserJob> getAlive(get);
    get->start();
    if (!QTest::qWaitFor([&getAlive] { return getAlive.isNull(); }, 10000))
        return {};
    if (!detail)
        return {};
    return RevokeSessionsCommand::targetFor(acme(), *detail);
}

std::optional<RevocationOutcome> TestRevokeSessionsCommand::run(const RevokeSessionsCommand::Target& target,
                                                                QList<MessageBox::Answer> answers,
                                                                QString* text,
                                                                bool* reloadRequested,
                                                                ApiClient* client)
{
    if (!client)
        client = m_client.get();
    MessageBox::clearShownRequests();
    for (MessageBox::Answer answer : answers)
        MessageBox::answerNextWith(answer);
    QPointer<RevokeSessionsCommand> command =
        new RevokeSessionsCommand(client, m_journal.get(), target, QStringLiteral("admin@acme.test"), &m_parent);
    std::optional<RevocationOutcome> outcome;
    connect(command,
            &RevokeSessionsCommand::finished,
            this,
            [&](const RevocationOutcome& o, const QString& t, const std::optional<AuditEntry>&) {
                outcome = o;
                if (text)
                    *text = t;
            });
    if (reloadRequested)
        connect(command, &RevokeSessionsCommand::reloadRequested, this, [reloadRequested] { *reloadRequested = true; });
    command->start();
    // Every path ends with the command deleting itself; nothing else ends it.
    if (!QTest::qWaitFor([&command] { return command.isNull(); }, 15000))
        qWarning("the command did not delete itself");
    return outcome;
}

void TestRevokeSessionsCommand::confirmationNamesTheOrganizationAndTheCount_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("text");
    QTest::newRow("40 sessions") << QStringLiteral("forty.sessions@example.com")
                                 << QStringLiteral("Revoke all sessions of “forty.sessions@example.com” in “Acme "
                                                   "Corp”? The user has 40 active sessions.");
    QTest::newRow("none") << QStringLiteral("zero.sessions@example.com")
                          << QStringLiteral("Revoke all sessions of “zero.sessions@example.com” in “Acme Corp”? The "
                                            "server reports no active sessions, so there may be nothing to revoke.");
}

void TestRevokeSessionsCommand::confirmationNamesTheOrganizationAndTheCount()
{
    QFETCH(QString, email);
    QFETCH(QString, text);
    const auto target = targetFor(email);
    QVERIFY(!target.userId.isEmpty());
    QVERIFY(!run(target, {MessageBox::Answer::Cancel}));
    QCOMPARE(MessageBox::shownRequests().size(), 1);
    const MessageBox::Request confirmation = MessageBox::shownRequests().first();
    QCOMPARE(withoutJoiners(confirmation.text), text);
    QVERIFY(confirmation.informativeText.contains(QStringLiteral("whole platform")));
    QVERIFY(confirmation.informativeText.contains(QStringLiteral("offline")));
    QCOMPARE(confirmation.acceptText, QStringLiteral("Revoke sessions"));
    QVERIFY(!confirmation.acceptIsDefault);
}

void TestRevokeSessionsCommand::emailStaysOnOneLine()
{
    const QString email = QStringLiteral("ingrid.kim.30786@customer.com");
    const QString sentence = QStringLiteral("Revoke all sessions of “%1” in “Acme Corp”?").arg(keepTogether(email));
    QCOMPARE(withoutJoiners(keepTogether(email)), email);
    // Laid out at every width from narrow to wide, no line ever ends inside the address.
    for (int width = 60; width <= 400; width += 7) {
        QTextLayout layout(sentence, QFont());
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
            line.setLineWidth(width);
        layout.endLayout();
        const qsizetype start = sentence.indexOf(keepTogether(email));
        const qsizetype end = start + keepTogether(email).size();
        for (int i = 0; i < layout.lineCount() - 1; ++i) {
            const qsizetype breakAt = layout.lineAt(i).textStart() + layout.lineAt(i).textLength();
            QVERIFY2(breakAt <= start || breakAt >= end, qPrintable(QStringLiteral("width %1").arg(width)));
        }
    }
}

void TestRevokeSessionsCommand::revoked()
{
    const auto target = targetFor(QStringLiteral("forty.sessions@example.com"));
    QString text;
    const auto outcome = run(target, {MessageBox::Answer::Accept}, &text);
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, RevocationOutcome::Kind::Revoked);
    QCOMPARE(outcome->result.sessionsRevoked, 40);
    QCOMPARE(text, QStringLiteral("40 sessions revoked"));
    QCOMPARE(deletes(), 1);
    const QList<AuditEntry> entries = m_journal->entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).kind, AuditEntry::Kind::Attempt);
    QCOMPARE(entries.at(1).kind, AuditEntry::Kind::Outcome);
    QCOMPARE(entries.at(1).attemptId, entries.at(0).attemptId);
    QCOMPARE(entries.at(1).outcome, std::optional(AuditOutcome::revoked(40)));
    QCOMPARE(entries.at(1).organization, Acme);
    QCOMPARE(entries.at(1).targetEmail, QStringLiteral("forty.sessions@example.com"));
}

void TestRevokeSessionsCommand::cancelledSendsNothing()
{
    const auto target = targetFor(QStringLiteral("john@customer.com"));
    QVERIFY(!run(target, {MessageBox::Answer::Cancel}));
    QCOMPARE(deletes(), 0);
    QVERIFY(m_journal->entries().isEmpty());
}

void TestRevokeSessionsCommand::refusedByTheServer()
{
    const auto target = targetFor(QStringLiteral("john@customer.com"));
    m_client->setAccessToken(m_server->tokenFor(QStringLiteral("member@acme.test")));
    QString text;
    const auto outcome = run(target, {MessageBox::Answer::Accept}, &text);
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, RevocationOutcome::Kind::NotRevoked);
    QCOMPARE(outcome->reason, RevocationOutcome::Reason::Refused);
    QCOMPARE(outcome->error.httpStatus, 403);
    QCOMPARE(withoutJoiners(text), QStringLiteral("The sessions of “john@customer.com” were not revoked."));
    QCOMPARE(MessageBox::shownRequests().size(), 2);
    QCOMPARE(MessageBox::shownRequests().last().title, QStringLiteral("Sessions not revoked"));
    QVERIFY(MessageBox::shownRequests().last().informativeText.contains(QStringLiteral("The server said:")));
    QCOMPARE(deletes(), 1);
    QCOMPARE(m_journal->entries().last().outcome->kind, AuditOutcome::Kind::Refused);
    QCOMPARE(m_journal->entries().last().outcome->httpStatus, 403);
}

void TestRevokeSessionsCommand::unknownEndUser()
{
    auto target = targetFor(QStringLiteral("john@customer.com"));
    target.userId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    const auto outcome = run(target, {MessageBox::Answer::Accept});
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, RevocationOutcome::Kind::NotRevoked);
    QCOMPARE(outcome->reason, RevocationOutcome::Reason::NotFound);
    QVERIFY(MessageBox::shownRequests().last().informativeText.contains(
        QStringLiteral("This user no longer exists in this organization.")));
}

void TestRevokeSessionsCommand::refusedConnectionIsNotRevoked()
{
    DevServer gone({QStringLiteral("--quiet"), QStringLiteral("--seed-users"), QStringLiteral("10")});
    QVERIFY2(gone.start(), qPrintable(gone.errorString()));
    auto client = clientFor(gone, QStringLiteral("admin@acme.test"));
    const auto target = targetFor(QStringLiteral("john@customer.com"), client.get());
    QVERIFY(!target.userId.isEmpty());
    gone.stop(); // nothing listens any more: the DELETE cannot reach a server
    QString text;
    const auto outcome = run(target, {MessageBox::Answer::Accept}, &text, nullptr, client.get());
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, RevocationOutcome::Kind::NotRevoked);
    QCOMPARE(outcome->reason, RevocationOutcome::Reason::NeverReached);
    QCOMPARE(withoutJoiners(text),
             QStringLiteral("The sessions of “john@customer.com” were not revoked: the request never reached the "
                            "server."));
    const MessageBox::Request dialog = MessageBox::shownRequests().last();
    QVERIFY2(dialog.informativeText.contains(QStringLiteral("The server refused the connection (nothing was sent).")),
             qPrintable(dialog.informativeText));
    QCOMPARE(m_journal->entries().last().outcome,
             std::optional(AuditOutcome::notReached(AuditOutcome::Reach::ConnectionRefused)));
}

void TestRevokeSessionsCommand::unwritableJournalSendsNothing()
{
    const auto target = targetFor(QStringLiteral("john@customer.com"));
    // A directory where the journal file should be: it cannot be written.
    AuditJournal broken(m_dir->path());
    std::swap(*m_journal, broken);
    QString text;
    const auto outcome = run(target, {MessageBox::Answer::Accept}, &text);
    std::swap(*m_journal, broken);
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, RevocationOutcome::Kind::NotRevoked);
    QCOMPARE(outcome->reason, RevocationOutcome::Reason::NotSent);
    QCOMPARE(deletes(), 0);
    QVERIFY(withoutJoiners(text).contains(QStringLiteral("the request was not sent")));
}

void TestRevokeSessionsCommand::lostAnswerIsUnknown_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("reload");
    QTest::newRow("reload details") << int(MessageBox::Answer::Accept) << true;
    QTest::newRow("close") << int(MessageBox::Answer::Cancel) << false;
}

void TestRevokeSessionsCommand::lostAnswerIsUnknown()
{
    QFETCH(int, answer);
    QFETCH(bool, reload);
    const auto target = targetFor(QStringLiteral("john@customer.com"));
    m_server->addFault({{QStringLiteral("path"), DeletePath},
                        {QStringLiteral("method"), QStringLiteral("DELETE")},
                        {QStringLiteral("kind"), QStringLiteral("close")}});
    QString text;
    bool reloadRequested = false;
    // Whatever the person answers in the dialog of an unknown outcome, the command ends (it is gone when run()
    // returns).
    const auto outcome = run(target, {MessageBox::Answer::Accept, MessageBox::Answer(answer)}, &text, &reloadRequested);
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, RevocationOutcome::Kind::Unknown);
    QCOMPARE(reloadRequested, reload);
    QCOMPARE(deletes(), 1); // Qt did not send it again
    QCOMPARE(withoutJoiners(text),
             QStringLiteral("The connection failed while revoking the sessions of “john@customer.com”. It is not "
                            "known whether they were revoked."));
    const MessageBox::Request dialog = MessageBox::shownRequests().last();
    QCOMPARE(dialog.title, QStringLiteral("Outcome unknown"));
    QVERIFY2(!dialog.informativeText.contains(QStringLiteral("Unknown error")), qPrintable(dialog.informativeText));
    QVERIFY2(dialog.informativeText.contains(QStringLiteral("the request was not sent again"))
                 || dialog.informativeText.contains(QStringLiteral("closed the connection")),
             qPrintable(dialog.informativeText));
    QCOMPARE(m_journal->entries().last().outcome, std::optional(AuditOutcome::unknown()));
}

QTEST_MAIN(TestRevokeSessionsCommand)
#include "tst_revokesessionscommand.moc"
