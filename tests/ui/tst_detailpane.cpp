// SPDX-License-Identifier: MIT
// The detail pane against a real sso-dev-server: what a screen reader reads and in which order, plain text,
// whole values in the sub-tables, older servers' unknowns, a vanished end-user, and the check after a
// revocation whose answer was lost.
#include "Actions.h"
#include "DetailPane.h"
#include "InlineBanner.h"
#include "UiHarness.h"
#include "api/ListEndUsersJob.h"
#include "audit/AuditJournal.h"

#include <QAccessible>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace UserAdmin;
using namespace UserAdmin::Test;

namespace {

const QString Acme = QStringLiteral("acme-corp");

struct Fixture
{
    Fixture(ApiClient* client, AuditJournal* journal)
        : actions(&window)
        , pane(client, &actions, journal, &window)
    {
        window.resize(600, 800);
        pane.resize(560, 780);
        window.show();
        pane.show();
    }
    QWidget window;
    Actions actions;
    DetailPane pane;
};

} // namespace

class TestDetailPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void valuesAreReadAsWhatTheyShowAfterTheirCaption();
    void userDataIsPlainText();
    void subTablesShowWholeValues();
    void olderServerSaysUnknown();
    void vanishedEndUserIsReported();
    void lostRevocationAnswerIsCheckedOnReload();

private:
    /// The list row of `email`, as the list would hand it over.
    EndUserSummary summaryOf(DevServer& server, ApiClient* client, const QString& email);
    bool showAndWait(Fixture& f, const QString& slug, const EndUserSummary& user);

    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditJournal> m_journal;
};

void TestDetailPane::initTestCase()
{
    prepareUiTest("tst_detailpane");
    m_server = std::make_unique<DevServer>(QStringList {QStringLiteral("--quiet")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestDetailPane::init()
{
    m_server->clearFaults();
    m_server->clearRequests();
    m_client = clientFor(*m_server, QStringLiteral("admin@acme.test"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<AuditJournal>(m_dir->filePath(QStringLiteral("audit.jsonl")));
}

EndUserSummary TestDetailPane::summaryOf(DevServer&, ApiClient* client, const QString& email)
{
    EndUserQuery query;
    query.search = email;
    auto* job = new ListEndUsersJob(client, Acme, query);
    EndUserSummary found;
    bool done = false;
    QObject::connect(job, &ApiJob::finished, job, [job, &found, &done, email] {
        for (const EndUserSummary& user : job->page().users) {
            if (user.email == email)
                found = user;
        }
        done = true;
    });
    job->start();
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        qWarning("the list did not answer");
    return found;
}

bool TestDetailPane::showAndWait(Fixture& f, const QString& slug, const EndUserSummary& user)
{
    QSignalSpy changed(&f.pane, &DetailPane::detailChanged);
    f.pane.showUser(slug, user);
    return QTest::qWaitFor([&f] { return f.pane.loadedDetail().has_value(); }, 10000);
}

void TestDetailPane::valuesAreReadAsWhatTheyShowAfterTheirCaption()
{
    Fixture f(m_client.get(), m_journal.get());
    const EndUserSummary john = summaryOf(*m_server, m_client.get(), QStringLiteral("john@customer.com"));
    QVERIFY(!john.id.isEmpty());
    QVERIFY(showAndWait(f, Acme, john));
    for (const char* name : {"detailEmail",
                             "detailId",
                             "detailEmailVerified",
                             "detailMfa",
                             "detailCreated",
                             "detailUpdated",
                             "detailLastLogin",
                             "detailActiveSessions",
                             "detailLastSession"}) {
        auto* value = f.pane.findChild<QLabel*>(QLatin1String(name));
        QVERIFY2(value, name);
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(value);
        QVERIFY(accessible);
        // A screen reader announces the value itself ("john@customer.com"), not its caption ("Email").
        QCOMPARE(accessible->text(QAccessible::Name), value->text());
        // In reading order the caption (its buddy) comes right before the value.
        QAccessibleInterface* parent = accessible->parent();
        QVERIFY(parent);
        const int index = parent->indexOfChild(accessible);
        QVERIFY2(index > 0, name);
        QAccessibleInterface* before = parent->child(index - 1);
        auto* caption = qobject_cast<QLabel*>(before->object());
        QVERIFY2(caption && caption->buddy() == value, name);
    }
    QCOMPARE(QAccessible::queryAccessibleInterface(f.pane.findChild<QLabel*>(QStringLiteral("detailEmail")))
                 ->text(QAccessible::Name),
             QStringLiteral("john@customer.com"));
    QCOMPARE(f.pane.fieldText(QStringLiteral("detailActiveSessions")), QStringLiteral("2"));
}

void TestDetailPane::userDataIsPlainText()
{
    Fixture f(m_client.get(), m_journal.get());
    const QString markup = QStringLiteral("<b>bold</b>@markup.example");
    const EndUserSummary user = summaryOf(*m_server, m_client.get(), markup);
    QVERIFY(showAndWait(f, Acme, user));
    auto* email = f.pane.findChild<QLabel*>(QStringLiteral("detailEmail"));
    QCOMPARE(email->text(), markup);
    for (const QLabel* label : f.pane.findChildren<QLabel*>()) {
        if (label->text().contains(markup))
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
    QVERIFY(email->toolTip().contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")));
}

void TestDetailPane::subTablesShowWholeValues()
{
    Fixture f(m_client.get(), m_journal.get());
    const EndUserSummary user = summaryOf(*m_server, m_client.get(), QStringLiteral("many.identities@example.com"));
    QVERIFY(showAndWait(f, Acme, user));
    for (const char* name : {"identitiesTable", "servicesTable"}) {
        auto* table = f.pane.findChild<QTableView*>(QLatin1String(name));
        QVERIFY(table->model()->rowCount() > 0);
        QHeaderView* header = table->horizontalHeader();
        const QFontMetrics metrics(header->font());
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            // Wide enough for every cell and for the header, however narrow the pane: the table scrolls instead.
            QVERIFY2(header->sectionSize(column) >= static_cast<QAbstractItemView*>(table)->sizeHintForColumn(column),
                     qPrintable(QStringLiteral("%1 column %2").arg(QLatin1String(name)).arg(column)));
            const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(column) >= metrics.horizontalAdvance(title), qPrintable(title));
        }
    }
}

void TestDetailPane::olderServerSaysUnknown()
{
    DevServer legacy({QStringLiteral("--quiet"),
                      QStringLiteral("--legacy-shape"),
                      QStringLiteral("--seed-users"),
                      QStringLiteral("60")});
    QVERIFY2(legacy.start(), qPrintable(legacy.errorString()));
    auto client = clientFor(legacy, QStringLiteral("admin@acme.test"));
    Fixture f(client.get(), m_journal.get());
    const EndUserSummary user = summaryOf(legacy, client.get(), QStringLiteral("john@customer.com"));
    QVERIFY(!user.id.isEmpty());
    QVERIFY(showAndWait(f, Acme, user));
    QCOMPARE(f.pane.fieldText(QStringLiteral("detailEmailVerified")), QStringLiteral("Unknown"));
    QCOMPARE(f.pane.fieldText(QStringLiteral("detailMfa")), QStringLiteral("Unknown"));
    QCOMPARE(f.pane.fieldText(QStringLiteral("detailUpdated")), QStringLiteral("Unknown"));
    QCOMPARE(f.pane.fieldText(QStringLiteral("detailLastLogin")), QStringLiteral("Unknown"));
    QCOMPARE(f.pane.fieldText(QStringLiteral("detailLastSession")), QStringLiteral("Unknown"));
    QVERIFY(f.pane.fieldText(QStringLiteral("detailActiveSessions")) != QStringLiteral("Unknown"));
}

void TestDetailPane::vanishedEndUserIsReported()
{
    Fixture f(m_client.get(), m_journal.get());
    const EndUserSummary user = summaryOf(*m_server, m_client.get(), QStringLiteral("no.mfa@example.com"));
    m_server->addFault({{QStringLiteral("path"), QStringLiteral("/api/organizations/acme-corp/users/") + user.id},
                        {QStringLiteral("kind"), QStringLiteral("status")},
                        {QStringLiteral("status"), 404}});
    QSignalSpy gone(&f.pane, &DetailPane::userGone);
    f.pane.showUser(Acme, user);
    QVERIFY(gone.wait(10000));
    QCOMPARE(gone.first().first().toString(), user.id);
    QVERIFY(f.pane.banner()->text().startsWith(u"This user no longer exists."));
    QVERIFY(f.pane.isStale());
    // Choosing nothing keeps the notice; choosing another end-user replaces it.
    f.pane.clear();
    QVERIFY(f.pane.banner()->text().startsWith(u"This user no longer exists."));
    const EndUserSummary other = summaryOf(*m_server, m_client.get(), QStringLiteral("john@customer.com"));
    QVERIFY(showAndWait(f, Acme, other));
    QVERIFY(f.pane.banner()->text().isEmpty());
}

void TestDetailPane::lostRevocationAnswerIsCheckedOnReload()
{
    Fixture f(m_client.get(), m_journal.get());
    const EndUserSummary user = summaryOf(*m_server, m_client.get(), QStringLiteral("shared.user@example.com"));
    QVERIFY(showAndWait(f, Acme, user));
    QCOMPARE(f.pane.fieldText(QStringLiteral("detailActiveSessions")), QStringLiteral("2"));
    // The server revoked, but the answer never arrived.
    QCOMPARE(m_server
                 ->send("DELETE",
                        QStringLiteral("/api/organizations/acme-corp/users/%1/sessions").arg(user.id),
                        m_client->accessToken())
                 .status,
             200);
    AuditEntry subject;
    subject.server = m_client->origin();
    subject.organization = Acme;
    subject.action = AuditEntry::revokeSessionsAction();
    subject.targetId = user.id;
    subject.targetEmail = user.email;
    const auto attempt = m_journal->appendAttempt(subject);
    QVERIFY(attempt);
    QVERIFY(m_journal->appendOutcome(*attempt, AuditOutcome::unknown()));
    RevocationOutcome unknown;
    unknown.kind = RevocationOutcome::Kind::Unknown;
    f.pane.showRevocationOutcome(
        user.id, unknown, QStringLiteral("It is not known whether they were revoked."), attempt);
    QCOMPARE(f.pane.banner()->kind(), InlineBanner::Kind::Warning);
    f.pane.banner()->actionButton()->click(); // "Reload"
    QVERIFY(
        QTest::qWaitFor([&f] { return f.pane.banner()->text() == u"Reload shows no active sessions now."; }, 10000));
    QCOMPARE(f.pane.banner()->kind(), InlineBanner::Kind::Success);
    const QList<AuditEntry> entries = m_journal->entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.last().kind, AuditEntry::Kind::FollowUp);
    QCOMPARE(entries.last().attemptId, attempt->attemptId);
    QCOMPARE(entries.last().followUp, std::optional(AuditFollowUp::reloaded(0)));
    QCOMPARE(entries.last().targetId, user.id);
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
