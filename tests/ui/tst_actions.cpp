// SPDX-License-Identifier: MIT
// Actions' table of restrictions: each restriction disables what it restricts and says why, in order.
#include "Actions.h"
#include "UiHarness.h"

#include <QAction>
#include <QSignalSpy>
#include <QWidget>

using namespace UserAdmin;
using namespace UserAdmin::Test;

class TestActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareUiTest("tst_actions"); }

    void restrictionsSayWhy_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no user") << 0 << QStringLiteral("Select an end-user first.");
        QTest::newRow("loading") << 1 << QStringLiteral("The end-user's details are still loading.");
        QTest::newRow("inactive") << 2
                                  << QStringLiteral("Sessions can be revoked only in an active organization; "
                                                    "“Initech” is suspended.");
        QTest::newRow("role unknown") << 3 << QStringLiteral("Checking your role in “Initech”…");
        QTest::newRow("role failed") << 4
                                     << QStringLiteral("Your role in “Initech” could not be determined; Refresh to "
                                                       "try again.");
        QTest::newRow("member") << 5
                                << QStringLiteral("Only owners and admins can revoke sessions; your role in "
                                                  "“Initech” is Member.");
        QTest::newRow("revoking") << 6 << QStringLiteral("Another revocation is under way (being confirmed or sent).");
        QTest::newRow("allowed") << 7 << QString();
    }

    void restrictionsSayWhy()
    {
        QFETCH(int, step);
        QFETCH(QString, reason);
        QWidget window;
        Actions actions(&window);
        Actions::Context context;
        context.organizationName = QStringLiteral("Initech");
        context.organizationStatus = QStringLiteral("suspended");
        context.roleName = QStringLiteral("Member");
        context.hasOrganization = true;
        context.hasUser = step >= 1;
        context.hasDetail = step >= 2;
        context.organizationActive = step >= 3;
        context.roleLookupFailed = step == 4;
        if (step >= 5)
            context.mayRevoke = step != 5;
        context.revoking = step == 6;
        QSignalSpy changed(&actions, &Actions::restrictionsChanged);
        actions.update(context);
        QCOMPARE(actions.reason(actions.revokeSessions), reason);
        QCOMPARE(actions.revokeSessions->isEnabled(), reason.isEmpty());
        if (!reason.isEmpty())
            QCOMPARE(actions.revokeSessions->toolTip(), reason);
        QCOMPARE(actions.copyId->isEnabled(), context.hasUser);
        QCOMPARE(actions.reason(actions.refresh), QString()); // not restricted
    }
};

QTEST_MAIN(TestActions)
#include "tst_actions.moc"
