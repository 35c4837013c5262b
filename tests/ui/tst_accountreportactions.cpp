// SPDX-License-Identifier: MIT
// The account report from the window against a real sso-dev-server: what is copied for a 2026 account (its facts,
// sessions and sign-ins with the server's values, and this computer's journal), markup kept literal, the saved
// Markdown and PDF, and a seed server's report with the facts it has.
#include "Actions.h"
#include "DetailPane.h"
#include "MainWindow.h"
#include "PdfText.h"
#include "UiHarness.h"
#include "audit/AuditJournal.h"
#include "report/AccountReportActions.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUrlQuery>

using namespace UserAdmin;
using namespace UserAdmin::Test;

namespace {

const QString Acme = QStringLiteral("acme-corp");
const QString Admin = QStringLiteral("admin@acme.test");
const QString John = QStringLiteral("john@customer.com");
const QString Markup = QStringLiteral("<b>bold</b>@markup.example");

} // namespace

class TestAccountReportActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void copiedReportOf2026Account();
    void markupEmailStaysLiteralInEveryFormat();
    void journalEntriesAreInTheReport();
    void seedServerReportSaysWhatIsUnknown();

private:
    std::unique_ptr<MainWindow> openAccount(DevServer& server, const QString& email, QString* id = nullptr);
    static QString userId(DevServer& server, const QString& email);

    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<DevServer> m_seed;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditJournal> m_journal;
};

void TestAccountReportActions::initTestCase()
{
    prepareUiTest("tst_accountreportactions");
    m_server = std::make_unique<DevServer>(QStringList {QStringLiteral("--quiet"),
                                                        QStringLiteral("--shape"),
                                                        QStringLiteral("2026"),
                                                        QStringLiteral("--seed-users"),
                                                        QStringLiteral("100")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_seed = std::make_unique<DevServer>(
        QStringList {QStringLiteral("--quiet"), QStringLiteral("--seed-users"), QStringLiteral("100")});
    QVERIFY2(m_seed->start(), qPrintable(m_seed->errorString()));
}

void TestAccountReportActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<AuditJournal>(m_dir->filePath(QStringLiteral("audit.jsonl")));
}

void TestAccountReportActions::cleanup()
{
    m_client.reset();
}

QString TestAccountReportActions::userId(DevServer& server, const QString& email)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("email"), QString(email).replace(QLatin1Char('+'), QStringLiteral("%2B")));
    const DevServer::Reply reply =
        server.control("GET", QStringLiteral("/__control/end-user?") + query.toString(QUrl::FullyEncoded));
    return reply.json().value(QStringLiteral("id")).toString();
}

std::unique_ptr<MainWindow> TestAccountReportActions::openAccount(DevServer& server, const QString& email, QString* id)
{
    m_client = clientFor(server, Admin);
    auto window = std::make_unique<MainWindow>(m_client.get(), nullptr, m_journal.get());
    window->setSignedInMember(Admin);
    window->show();
    window->start(Acme);
    // The organization confirmed and its first page shown: a detail opened earlier would be cleared by the
    // organization's arrival (the page is asked for before the organizations answer).
    if (!QTest::qWaitFor([&window] { return window->currentOrganization() == Acme; }, 15000)
        || !waitForList(window->endUserModel()))
        return nullptr;
    EndUserSummary user;
    user.id = userId(server, email);
    user.email = email;
    if (id)
        *id = user.id;
    window->detailPane()->showUser(Acme, user);
    if (!QTest::qWaitFor([&window] { return window->detailPane()->loadedDetail().has_value(); }, 15000))
        return nullptr;
    return window;
}

void TestAccountReportActions::copiedReportOf2026Account()
{
    QString id;
    auto window = openAccount(*m_server, John, &id);
    QVERIFY(window);
    QAction* copy = window->findChild<QAction*>(QStringLiteral("actionCopyReport"));
    QVERIFY(copy);
    QCOMPARE(copy->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    QTRY_VERIFY(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    copy->trigger();
    const QString text = QGuiApplication::clipboard()->text();
    const QStringList expected {
        QStringLiteral("Account report: john@customer.com"),
        QStringLiteral("Server: ") + m_client->origin(),
        QStringLiteral("Organization: Acme Corp (acme-corp)"),
        QStringLiteral("Produced by: admin@acme.test"),
        QStringLiteral("Email: john@customer.com"),
        QStringLiteral("Id: ") + id,
        QStringLiteral("Email verified: Yes, 2025-01-15 11:30:00 UTC"),
        QStringLiteral("MFA: Unknown"),
        QStringLiteral("Platform owner: No"),
        QStringLiteral("Created: 2025-01-15 10:30:00 UTC"),
        QStringLiteral("Last login: 2025-01-16 14:20:00 UTC (newest of the last 20 sign-ins)"),
        QStringLiteral("Deleted: No"),
        QStringLiteral("Active sessions: 2"),
        QStringLiteral("Provider: github; Provider user id: 12345"),
        QStringLiteral("Service: Main Application; Slug: main-app"),
        QStringLiteral("Service: Mobile App; Slug: mobile-app"),
        // Sessions with address, device, created and expiry.
        QStringLiteral("Service: Main Application; IP address: 203.0.113.10; Device: Firefox on Linux"),
        QStringLiteral("Created: 2025-01-16 14:20:00 UTC"),
        QStringLiteral("Service: Mobile App; IP address: 198.51.100.7; Device: Safari on iOS"),
        QStringLiteral("Created: 2025-01-16 14:10:00 UTC"),
        QStringLiteral("IP address: 192.0.2.33; Device: Edge on Windows"),
        QStringLiteral("Created: 2024-10-18 14:00:00 UTC"),
        QStringLiteral("Status: Expired"),
        // Sign-ins with their risk.
        QStringLiteral("Time: 2025-01-16 14:20:00 UTC; Service: Main Application; Provider: github"),
        QStringLiteral("Place: Berlin, DE; Risk: 3 (low)"),
        QStringLiteral("Risk: 12 (low)"),
        QStringLiteral("Risk: 47 (low)"),
        QStringLiteral("Risk: 55 (medium)"),
        QStringLiteral("Risk: 68 (medium)"),
        QStringLiteral("Risk: 81 (high)"),
        QStringLiteral("The newest 6 sign-in"), // "sign-ins" once the English plurals are filled in
        QStringLiteral("No entry about this account."),
    };
    for (const QString& line : expected)
        QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral("\n---\n") + text));
    if (const auto report = window->reports()->currentReport()) {
        QTextBrowser view;
        view.setHtml(report->toHtml());
        view.resize(980, 900);
        view.show();
        saveScreenshot(&view, QStringLiteral("account-report"));
    }
    QVERIFY(text.contains(QStringLiteral("Produced at: ")
                          + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd"))));
    // The stored password hash is never part of anything the client copies.
    QVERIFY(!text.contains(QLatin1String("c2VlZGVkLWJ5LXNzby1kZXYtc2VydmVy")));
    QVERIFY(!text.contains(QLatin1String("argon2")));
}

void TestAccountReportActions::markupEmailStaysLiteralInEveryFormat()
{
    auto window = openAccount(*m_server, Markup);
    QVERIFY(window);
    window->findChild<QAction*>(QStringLiteral("actionCopyReport"))->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("Email: ") + Markup));

    AccountReportActions* reports = window->reports();
    const QString markdownPath = m_dir->filePath(QStringLiteral("report.md"));
    QVERIFY(reports->saveReport(markdownPath));
    QFile markdown(markdownPath);
    QVERIFY(markdown.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(markdown.readAll());
    QVERIFY2(md.contains(QStringLiteral("\\<b\\>bold\\<\\/b\\>\\@markup\\.example")), qPrintable(md.left(400)));
    QVERIFY(!md.contains(Markup));

    const QString textPath = m_dir->filePath(QStringLiteral("report.txt"));
    QVERIFY(reports->saveReport(textPath));
    QFile plain(textPath);
    QVERIFY(plain.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(plain.readAll()).contains(QStringLiteral("Email: ") + Markup));

    const QString pdfPath = m_dir->filePath(QStringLiteral("report.pdf"));
    QVERIFY(reports->saveReport(pdfPath));
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QVERIFY(bytes.size() > 2000);
    // The page text, decoded with the fonts' own maps, holds the email as its characters.
    const QStringList texts = pdfTexts(bytes);
    QVERIFY2(std::any_of(texts.cbegin(), texts.cend(), [](const QString& text) { return text.contains(Markup); }),
             qPrintable(texts.join(QStringLiteral("\n---\n")).left(3000)));
}

void TestAccountReportActions::journalEntriesAreInTheReport()
{
    QString id;
    auto window = openAccount(*m_server, John, &id);
    QVERIFY(window);
    AuditEntry subject;
    subject.server = m_client->origin();
    subject.organization = Acme;
    subject.actor = Admin;
    subject.action = AuditEntry::revokeSessionsAction();
    subject.targetId = id;
    subject.targetEmail = John;
    subject.reason = QStringLiteral("TICKET-4711");
    const auto attempt = m_journal->appendAttempt(subject);
    QVERIFY(attempt);
    QVERIFY(m_journal->appendOutcome(*attempt, AuditOutcome::revoked(3)));
    window->findChild<QAction*>(QStringLiteral("actionCopyReport"))->trigger();
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.contains(QLatin1String("Member: admin@acme.test; Action: Revoke sessions")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Reason: TICKET-4711")));
    QVERIFY(!text.contains(QLatin1String("No entry about this account.")));
}

void TestAccountReportActions::seedServerReportSaysWhatIsUnknown()
{
    auto window = openAccount(*m_seed, John);
    QVERIFY(window);
    QAction* save = window->findChild<QAction*>(QStringLiteral("actionSaveReport"));
    QTRY_VERIFY(save->isEnabled());
    window->findChild<QAction*>(QStringLiteral("actionCopyReport"))->trigger();
    const QString text = QGuiApplication::clipboard()->text();
    for (const char* line : {"Email: john@customer.com",
                             "MFA: Yes",
                             "Created: 2025-01-15 10:30:00 UTC",
                             "Last login: 2025-01-16 14:20:00 UTC",
                             "Platform owner: Unknown",
                             "Deleted: Unknown",
                             "Provider: github; Provider user id: 12345",
                             "This server does not list sessions.",
                             "This server does not report sign-ins."})
        QVERIFY2(text.contains(QLatin1String(line)),
                 qPrintable(QLatin1String(line) + QStringLiteral("\n---\n") + text));
}

QTEST_MAIN(TestAccountReportActions)
#include "tst_accountreportactions.moc"
