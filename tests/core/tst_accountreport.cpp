// SPDX-License-Identifier: MIT
// The account report's builders: every fact, unknowns said as unknown, and user data literal in every format.
#include "i18n/Translations.h"
#include "report/AccountReport.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>

using namespace UserAdmin;

namespace {

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

AccountReportInput input2026(const QString& email)
{
    AccountReportInput input;
    input.server = QStringLiteral("https://sso.example.com");
    input.organizationSlug = QStringLiteral("acme-corp");
    input.organizationName = QStringLiteral("Acme Corp");
    input.producedBy = QStringLiteral("admin@acme.test");
    input.producedAt = utc(2026, 12, 1, 23, 40);
    EndUserDetail& d = input.detail;
    d.shape = ResponseShape::Platform2026;
    d.id = QStringLiteral("user-1");
    d.email = email;
    d.emailVerified = true;
    d.emailVerifiedAt = utc(2025, 1, 15, 11, 30);
    d.createdAt = utc(2025, 1, 15, 10, 30);
    d.lastLoginAt = utc(2025, 1, 16, 14, 20);
    d.lastLoginSource = EndUserDetail::LastLoginSource::RecentSignIns;
    d.isPlatformOwner = false;
    d.sessions.activeCount = 1;
    d.sessions.lastCreatedAt = utc(2025, 1, 16, 14, 20);
    d.linkedIdentities = {{QStringLiteral("github"), QStringLiteral("12345"), std::nullopt, utc(2025, 1, 15, 10, 30)}};
    ServiceUsage service;
    service.slug = QStringLiteral("main-app");
    service.name = QStringLiteral("Main Application");
    service.lastLoginAt = utc(2025, 1, 16, 14, 20);
    service.lastLoginFromRecentSignIns = true;
    d.services = {service};
    EndUserSession session;
    session.id = QStringLiteral("s1");
    session.serviceName = QStringLiteral("Main Application");
    session.ipAddress = QStringLiteral("203.0.113.10");
    session.userAgent = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
    session.createdAt = utc(2025, 1, 16, 14, 20);
    session.expiresAt = utc(2999, 1, 1, 0, 0);
    d.sessionList = QList<EndUserSession> {session};
    SignInEvent signIn;
    signIn.id = QStringLiteral("e1");
    signIn.serviceName = QStringLiteral("Main Application");
    signIn.provider = QStringLiteral("github");
    signIn.ipAddress = QStringLiteral("198.51.100.7");
    signIn.riskScore = 81;
    signIn.riskFactors = {QStringLiteral("new_device"), QStringLiteral("new_country")};
    signIn.country = QStringLiteral("DE");
    signIn.city = QStringLiteral("Berlin");
    signIn.createdAt = utc(2025, 1, 16, 14, 20);
    d.recentSignIns = QList<SignInEvent> {signIn};
    return input;
}

} // namespace

class TestAccountReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void plainTextHoldsEveryFact()
    {
        const QString text = AccountReport::build(input2026(QStringLiteral("john@customer.com"))).toPlainText();
        for (const char* expected : {"Account report: john@customer.com",
                                     "Server: https://sso.example.com",
                                     "Organization: Acme Corp (acme-corp)",
                                     "Produced by: admin@acme.test",
                                     "Produced at: 2026-12-01 23:40:00 UTC",
                                     "Id: user-1",
                                     "Email verified: Yes, 2025-01-15 11:30:00 UTC",
                                     "MFA: Unknown",
                                     "Platform owner: No",
                                     "Created: 2025-01-15 10:30:00 UTC",
                                     "Updated: Unknown",
                                     "Last login: 2025-01-16 14:20:00 UTC (newest of the last 20 sign-ins)",
                                     "Deleted: No",
                                     "Active sessions: 1",
                                     "Provider: github; Provider user id: 12345; Email: Unknown",
                                     "Service: Main Application; Slug: main-app; First use: Unknown",
                                     "IP address: 203.0.113.10",
                                     "Firefox on Linux",
                                     "Expires: 2999-01-01 00:00:00 UTC; Status: Active",
                                     "IP address: 198.51.100.7",
                                     "Place: Berlin, DE",
                                     "Risk: 81 (high)",
                                     "Risk factors: new_device, new_country",
                                     "No entry about this account."}) {
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        }
    }

    void unknownsOfAnOlderServer()
    {
        AccountReportInput input = input2026(QStringLiteral("a@example.com"));
        EndUserDetail& d = input.detail;
        d.shape = ResponseShape::Reference;
        d.emailVerified.reset();
        d.emailVerifiedAt.reset();
        d.lastLoginAt.reset();
        d.lastLoginSource = EndUserDetail::LastLoginSource::None;
        d.isPlatformOwner.reset();
        d.sessions.activeCount.reset();
        d.sessions.lastCreatedAt.reset();
        d.sessionList.reset();
        d.recentSignIns.reset();
        d.services.first().lastLoginAt.reset();
        d.services.first().lastLoginFromRecentSignIns = false;
        const QString text = AccountReport::build(input).toPlainText();
        for (const char* expected : {"Email verified: Unknown",
                                     "Last login: Unknown",
                                     "Platform owner: Unknown",
                                     "Deleted: Unknown",
                                     "Active sessions: Unknown",
                                     "Last session created: Unknown",
                                     "First use: Unknown; Last use: Unknown",
                                     "This server does not list sessions.",
                                     "This server does not report sign-ins."}) {
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        }
        // A seed server's null login times mean "never".
        d.shape = ResponseShape::Seed;
        d.lastLoginSource = EndUserDetail::LastLoginSource::Server;
        const QString seed = AccountReport::build(input).toPlainText();
        QVERIFY(seed.contains(QLatin1String("Last login: Never")));
        QVERIFY(seed.contains(QLatin1String("First use: Never; Last use: Never")));
    }

    void journalEntriesAreListed()
    {
        AccountReportInput input = input2026(QStringLiteral("john@customer.com"));
        AuditEntry attempt;
        attempt.kind = AuditEntry::Kind::Attempt;
        attempt.time = utc(2026, 11, 30, 9, 0);
        attempt.server = input.server;
        attempt.organization = input.organizationSlug;
        attempt.actor = QStringLiteral("owner@acme.test");
        attempt.action = AuditEntry::revokeSessionsAction();
        attempt.targetId = QStringLiteral("user-1");
        attempt.targetEmail = QStringLiteral("john@customer.com");
        attempt.attemptId = QUuid::createUuid();
        attempt.reason = QStringLiteral("TICKET-42");
        AuditEntry outcome = attempt;
        outcome.kind = AuditEntry::Kind::Outcome;
        outcome.outcome = AuditOutcome::revoked(3);
        input.journalEntries = {attempt, outcome};
        const QString text = AccountReport::build(input).toPlainText();
        QVERIFY2(text.contains(
                     QLatin1String("Time: 2026-11-30 09:00:00 UTC; Member: owner@acme.test; Action: Revoke sessions")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Reason: TICKET-42")));
        QVERIFY(!text.contains(QLatin1String("No entry about this account.")));
    }

    void markupStaysLiteral_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("html") << QStringLiteral("<b>bold</b>@markup.example");
        QTest::newRow("markdown") << QStringLiteral("*star*_[link](http://x)`code`#|pipe|@md.example");
        QTest::newRow("entity") << QStringLiteral("o'brien&amp;sons@example.ie");
    }

    void markupStaysLiteral()
    {
        QFETCH(QString, email);
        const ReportDocument report = AccountReport::build(input2026(email));
        QVERIFY(report.toPlainText().contains(email));
        // HTML: escaped, so a QTextDocument shows it as the characters it is.
        const QString html = report.toHtml();
        QVERIFY(html.contains(email.toHtmlEscaped()));
        if (email.contains(QLatin1Char('<')))
            QVERIFY(!html.contains(email));
        // Markdown: every punctuation character escaped; removing the escapes gives the email back.
        const QString markdown = report.toMarkdown();
        const QString escaped = ReportDocument::escapeMarkdown(email);
        QVERIFY(markdown.contains(escaped));
        QString unescaped = escaped;
        unescaped.remove(QLatin1Char('\\'));
        QCOMPARE(unescaped, QString(email).remove(QLatin1Char('\\')));
        for (const QChar c : email) {
            if (c.unicode() < 128 && c.isPunct())
                QVERIFY(escaped.contains(QString(QLatin1Char('\\')) + c));
        }
        // A table cell cannot be split by a pipe in the data.
        QVERIFY(!markdown.contains(QLatin1String("|pipe|")));
    }

    void lineBreaksCannotForgeFields()
    {
        AccountReportInput input = input2026(QStringLiteral("x@example.com"));
        input.detail.linkedIdentities.first().providerUserId = QStringLiteral("1\nMFA: Yes");
        const QString text = AccountReport::build(input).toPlainText();
        QVERIFY(!text.contains(QLatin1String("\nMFA: Yes")));
        QVERIFY(text.contains(QLatin1String("1 MFA: Yes")));
    }

    void fileName()
    {
        QCOMPARE(AccountReport::suggestedFileName(QStringLiteral("<b>x</b>@a.example"), utc(2026, 12, 1, 0, 0)),
                 QStringLiteral("account-report-_b_x_b_-a.example-2026-12-01"));
    }
};

QTEST_GUILESS_MAIN(TestAccountReport)
#include "tst_accountreport.moc"
