// SPDX-License-Identifier: MIT
#include "audit/AuditJournalFilterModel.h"
#include "audit/AuditJournalModel.h"
#include "i18n/Translations.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QTest>

using namespace UserAdmin;

namespace {

AuditEntry entry(const QString& email, AuditEntry::Kind kind, const QUuid& attempt, int minute)
{
    AuditEntry e;
    e.kind = kind;
    e.time = QDateTime(QDate(2026, 11, 27), QTime(9, minute), Qt::UTC);
    e.server = QStringLiteral("https://sso.example.com");
    e.organization = QStringLiteral("acme-corp");
    e.actor = QStringLiteral("admin@acme.test");
    e.action = AuditEntry::revokeSessionsAction();
    e.targetId = QStringLiteral("id-") + email;
    e.targetEmail = email;
    e.attemptId = attempt;
    e.reason = QStringLiteral("INC-42");
    e.chained = true;
    e.number = minute;
    return e;
}

AuditEntry outcome(AuditEntry e, const AuditOutcome& o, int minute)
{
    e.kind = AuditEntry::Kind::Outcome;
    e.outcome = o;
    e.time = e.time.addSecs(60 * minute);
    e.number += 100;
    return e;
}

// Three actions: revoked (in a batch), refused with the server's English message, unknown then reloaded.
QList<AuditEntry> sample(const QUuid& batch)
{
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    const QUuid c = QUuid::createUuid();
    AuditEntry first = entry(QStringLiteral("a@x.test"), AuditEntry::Kind::Attempt, a, 1);
    first.batchId = batch;
    const AuditEntry second = entry(QStringLiteral("<b>\"x\",y</b>@z.com"), AuditEntry::Kind::Attempt, b, 2);
    const AuditEntry third = entry(QStringLiteral("c@x.test"), AuditEntry::Kind::Attempt, c, 3);
    AuditEntry followUp = third;
    followUp.kind = AuditEntry::Kind::FollowUp;
    followUp.followUp = AuditFollowUp::reloaded(0);
    followUp.number = 300;
    return {first,
            second,
            third,
            outcome(first, AuditOutcome::revoked(40), 1),
            outcome(second,
                    AuditOutcome::refused(403, QStringLiteral("FORBIDDEN"), QStringLiteral("All sessions revoked")),
                    1),
            outcome(third, AuditOutcome::unknown(), 1),
            followUp};
}

} // namespace

class TestAuditJournalModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Translations::install(this, QLocale(QLocale::English, QLocale::UnitedStates))); }

    void oneRowPerActionNewestFirst()
    {
        AuditJournalModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QUuid batch = QUuid::createUuid();
        model.setEntries(sample(batch));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(AuditJournalModel::ColumnCount));
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, AuditJournalModel::AccountColumn), QStringLiteral("c@x.test"));
        QCOMPARE(text(0, AuditJournalModel::OutcomeColumn),
                 QStringLiteral("Outcome unknown: the request was sent and no answer came. "
                                "Later, a reload showed 0 active sessions."));
        QCOMPARE(text(0, AuditJournalModel::CountColumn), QString());
        QCOMPARE(text(1, AuditJournalModel::AccountColumn), QStringLiteral("<b>\"x\",y</b>@z.com"));
        QCOMPARE(text(1, AuditJournalModel::OutcomeColumn),
                 QStringLiteral("Not revoked: refused by the server (HTTP 403, FORBIDDEN). "
                                "The server's words: “All sessions revoked”"));
        QCOMPARE(text(2, AuditJournalModel::OutcomeColumn), QStringLiteral("Revoked"));
        QCOMPARE(text(2, AuditJournalModel::CountColumn), QStringLiteral("40"));
        QCOMPARE(text(2, AuditJournalModel::ReasonColumn), QStringLiteral("INC-42"));
        QCOMPARE(text(2, AuditJournalModel::BatchColumn), batch.toString(QUuid::WithoutBraces).left(8));
        QCOMPARE(text(1, AuditJournalModel::BatchColumn), QString());
        QCOMPARE(text(2, AuditJournalModel::ActorColumn), QStringLiteral("admin@acme.test"));
        QCOMPARE(model.index(2, AuditJournalModel::TimeColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("<p style=\"white-space:pre\">2026-11-27 09:01:00 UTC</p>"));
        QVERIFY(!model.index(1, AuditJournalModel::AccountColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("<b>")));
    }

    void rendersInGermanAndQuotesTheServerOnly()
    {
        QObject owner;
        QVERIFY(Translations::install(&owner, QLocale(QLocale::German, QLocale::Germany)));
        AuditJournalModel model;
        model.setEntries(sample({}));
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(2, AuditJournalModel::OutcomeColumn), QStringLiteral("Widerrufen"));
        const QString refused = text(1, AuditJournalModel::OutcomeColumn);
        QCOMPARE(refused,
                 QStringLiteral("Nicht widerrufen: vom Server abgelehnt (HTTP 403, FORBIDDEN). "
                                "Wortlaut des Servers: „All sessions revoked“"));
        // The English server message appears only inside the labelled quotation, never as the row's own sentence.
        QVERIFY(!refused.startsWith(QStringLiteral("All sessions revoked")));
        QCOMPARE(text(0, AuditJournalModel::OutcomeColumn),
                 QStringLiteral("Ergebnis unbekannt: Die Anfrage wurde gesendet, aber es kam keine Antwort. "
                                "Später zeigte ein Neuladen 0 aktive Sitzungen."));
        QCOMPARE(text(2, AuditJournalModel::TimeColumn),
                 QStringLiteral("27.11.2026 %1")
                     .arg(QDateTime(QDate(2026, 11, 27), QTime(9, 1), Qt::UTC).toLocalTime().toString(u"HH:mm")));
        QCOMPARE(model.headerData(AuditJournalModel::ReasonColumn, Qt::Horizontal).toString(), QStringLiteral("Grund"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void oldEntriesAreMergedAndShown()
    {
        AuditEntry attempt = entry(QStringLiteral("old@x.test"), AuditEntry::Kind::Attempt, {}, 1);
        attempt.chained = false;
        attempt.reason.clear();
        AuditEntry done = outcome(attempt, AuditOutcome::notRevoked(), 1);
        done.legacyDetail = QStringLiteral("network: Connection closed");
        AuditEntry lone = outcome(
            entry(QStringLiteral("lone@x.test"), AuditEntry::Kind::Attempt, {}, 5), AuditOutcome::revoked(2), 1);
        lone.chained = false;
        AuditJournalModel model;
        model.setEntries({attempt, done, lone});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, AuditJournalModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Not revoked. Recorded text: “network: Connection closed”"));
        QVERIFY(model.actionAt(1).attemptFound);
        QVERIFY(model.actionAt(1).unchained);
        QVERIFY(!model.actionAt(0).attemptFound);
        QVERIFY(model.index(1, AuditJournalModel::TimeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("before the journal was protected")));
    }

    void attemptWithoutOutcome()
    {
        AuditJournalModel model;
        model.setEntries({entry(QStringLiteral("a@x.test"), AuditEntry::Kind::Attempt, QUuid::createUuid(), 1)});
        QCOMPARE(model.index(0, AuditJournalModel::OutcomeColumn).data().toString(),
                 QStringLiteral("No outcome recorded."));
        QCOMPARE(model.actionAt(0).state(), AuditAction::State::NoOutcome);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("batch");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("accounts");
        const QStringList all {
            QStringLiteral("c@x.test"), QStringLiteral("<b>\"x\",y</b>@z.com"), QStringLiteral("a@x.test")};
        QTest::newRow("none") << QString() << -1 << 0 << QDate() << QDate() << all;
        QTest::newRow("account text") << QStringLiteral("Z.COM") << -1 << 0 << QDate() << QDate()
                                      << QStringList {all[1]};
        QTest::newRow("account id") << QStringLiteral("id-c@") << -1 << 0 << QDate() << QDate() << QStringList {all[0]};
        QTest::newRow("revoked") << QString() << int(AuditAction::State::Revoked) << 0 << QDate() << QDate()
                                 << QStringList {all[2]};
        QTest::newRow("not revoked") << QString() << int(AuditAction::State::NotRevoked) << 0 << QDate() << QDate()
                                     << QStringList {all[1]};
        QTest::newRow("unknown") << QString() << int(AuditAction::State::Unknown) << 0 << QDate() << QDate()
                                 << QStringList {all[0]};
        QTest::newRow("the batch") << QString() << -1 << 2 << QDate() << QDate() << QStringList {all[2]};
        QTest::newRow("no batch") << QString() << -1 << 1 << QDate() << QDate() << QStringList {all[0], all[1]};
        const QDate day = QDateTime(QDate(2026, 11, 27), QTime(9, 2), Qt::UTC).toLocalTime().date();
        QTest::newRow("that day") << QString() << -1 << 0 << day << day << all;
        QTest::newRow("after it") << QString() << -1 << 0 << day.addDays(1) << QDate() << QStringList();
        QTest::newRow("before it") << QString() << -1 << 0 << QDate() << day.addDays(-1) << QStringList();
    }
    void filters()
    {
        QFETCH(QString, account);
        QFETCH(int, state);
        QFETCH(int, batch);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, accounts);
        AuditJournalModel model;
        AuditJournalFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QUuid batchId = QUuid::createUuid();
        model.setEntries(sample(batchId));
        filter.setAccountFilter(account);
        filter.setStateFilter(state < 0 ? std::nullopt : std::optional(AuditAction::State(state)));
        filter.setBatchFilter(AuditJournalFilterModel::Batch(batch), batch == 2 ? batchId : QUuid());
        filter.setDateRange(from, to);
        QStringList shown;
        for (int row = 0; row < filter.rowCount(); ++row)
            shown << filter.index(row, AuditJournalModel::AccountColumn).data().toString();
        QCOMPARE(shown, accounts);
    }

    void copiesAndExportsExactly()
    {
        AuditJournalModel model;
        const QUuid batch = QUuid(QStringLiteral("{6f1c2e3a-1111-4222-8333-944455556666}"));
        QList<AuditEntry> entries = sample(batch);
        entries[1].reason = QStringLiteral("=HYPERLINK(\"x\")\ttab");
        model.setEntries(entries);

        const QString copied = model.toTabSeparated({1, 2});
        const QStringList lines = copied.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("Time\tOrganization\tAccount\tOutcome\tSessions\tReason\tBatch\tBy"));
        QCOMPARE(lines[2],
                 QStringLiteral("2026-11-27 09:01:00 UTC\tacme-corp\ta@x.test\tRevoked\t40\tINC-42\t"
                                "6f1c2e3a-1111-4222-8333-944455556666\tadmin@acme.test"));
        QCOMPARE(lines[1].split(QLatin1Char('\t')).size(), int(AuditJournalModel::ColumnCount));

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY(model.writeCsv(&buffer, {1, 2}, &error));
        const QByteArray expected =
            "Time,Organization,Account,Outcome,Sessions,Reason,Batch,By\r\n"
            "2026-11-27 09:02:00 UTC,acme-corp,\"<b>\"\"x\"\",y</b>@z.com\","
            "\"Not revoked: refused by the server (HTTP 403, FORBIDDEN). The server's words: \xe2\x80\x9c"
            "All sessions revoked\xe2\x80\x9d\",,\"'=HYPERLINK(\"\"x\"\")\ttab\",,admin@acme.test\r\n"
            "2026-11-27 09:01:00 UTC,acme-corp,a@x.test,Revoked,40,INC-42,6f1c2e3a-1111-4222-8333-944455556666,"
            "admin@acme.test\r\n";
        QCOMPARE(buffer.data(), expected);
    }
};

QTEST_GUILESS_MAIN(TestAuditJournalModel)
#include "tst_auditjournalmodel.moc"
