// SPDX-License-Identifier: MIT
#include "audit/AuditJournalModel.h"
#include "i18n/Translations.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace UserAdmin;

namespace {

AuditEntry entry(const QString& email, AuditEntry::Outcome outcome, std::optional<qint64> count, int minute)
{
    AuditEntry e;
    e.time = QDateTime(QDate(2026, 11, 27), QTime(9, minute), Qt::UTC);
    e.server = QStringLiteral("https://sso.example.com");
    e.organization = QStringLiteral("acme-corp");
    e.actor = QStringLiteral("admin@acme.test");
    e.action = QStringLiteral("revoke_sessions");
    e.targetId = QStringLiteral("id-") + email;
    e.targetEmail = email;
    e.outcome = outcome;
    e.count = count;
    return e;
}

} // namespace

class TestAuditJournalModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Translations::install(this, QLocale(QLocale::English, QLocale::UnitedStates))); }

    void newestFirstWithReadableCells()
    {
        AuditJournalModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({entry(QStringLiteral("a@x.test"), AuditEntry::Outcome::Attempted, std::nullopt, 1),
                          entry(QStringLiteral("a@x.test"), AuditEntry::Outcome::Succeeded, 40, 2),
                          entry(QStringLiteral("<b>b</b>@x.test"), AuditEntry::Outcome::Unknown, std::nullopt, 3)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(AuditJournalModel::ColumnCount));
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, AuditJournalModel::TargetColumn), QStringLiteral("<b>b</b>@x.test"));
        QCOMPARE(text(0, AuditJournalModel::OutcomeColumn), QStringLiteral("Outcome unknown"));
        QCOMPARE(text(1, AuditJournalModel::OutcomeColumn), QStringLiteral("Succeeded"));
        QCOMPARE(text(1, AuditJournalModel::CountColumn), QStringLiteral("40"));
        QCOMPARE(text(2, AuditJournalModel::OutcomeColumn), QStringLiteral("Attempted"));
        QCOMPARE(text(2, AuditJournalModel::ActionColumn), QStringLiteral("Revoke sessions"));
        QCOMPARE(text(2, AuditJournalModel::CountColumn), QString());
        QCOMPARE(model.index(1, AuditJournalModel::TimeColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("2026-11-27 09:02:00 UTC"));
        QVERIFY(!model.index(0, AuditJournalModel::TargetColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("<b>b</b>")));
    }

    void copiesAsTabSeparatedText()
    {
        AuditJournalModel model;
        AuditEntry tricky = entry(QStringLiteral("c@x.test"), AuditEntry::Outcome::Failed, std::nullopt, 4);
        tricky.detail = QStringLiteral("line one\nline\ttwo");
        model.setEntries({tricky});
        const QStringList lines = model.toTabSeparated().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].split(QLatin1Char('\t')).size(), int(AuditJournalModel::ColumnCount));
        const QStringList cells = lines[1].split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), int(AuditJournalModel::ColumnCount));
        QCOMPARE(cells[AuditJournalModel::TimeColumn], QStringLiteral("2026-11-27 09:04:00 UTC"));
        QCOMPARE(cells[AuditJournalModel::OutcomeColumn], QStringLiteral("Failed"));
        QCOMPARE(cells[AuditJournalModel::DetailColumn], QStringLiteral("line one line two"));
    }
};

QTEST_GUILESS_MAIN(TestAuditJournalModel)
#include "tst_auditjournalmodel.moc"
