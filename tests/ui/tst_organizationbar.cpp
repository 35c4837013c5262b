// SPDX-License-Identifier: MIT
// The organization bar against a real sso-dev-server: which organization opens, roles, and the three kinds of 403
// told apart through the organization endpoint (contract 2.4).
#include "OrganizationBar.h"
#include "UiHarness.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>

using namespace UserAdmin;
using namespace UserAdmin::Test;

class TestOrganizationBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        prepareUiTest("tst_organizationbar");
        m_server = std::make_unique<DevServer>(
            QStringList {QStringLiteral("--quiet"), QStringLiteral("--seed-users"), QStringLiteral("20")});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void init()
    {
        QSettings().clear();
        m_server->clearFaults();
        m_server->clearRequests();
        m_client = clientFor(*m_server, QStringLiteral("admin@acme.test"));
    }

    void opensThePreferredThenTheLastThenTheFirstActive()
    {
        {
            OrganizationBar bar(m_client.get(), nullptr);
            QSignalSpy changed(&bar, &OrganizationBar::organizationChanged);
            bar.start(QStringLiteral("globex"));
            QVERIFY(changed.wait(10000));
            QCOMPARE(changed.last().first().value<Organization>().slug, QStringLiteral("globex"));
            QCOMPARE(bar.box()->currentText(), QStringLiteral("Globex Corporation"));
            QVERIFY(QTest::qWaitFor([&bar] { return bar.currentRole().has_value(); }, 10000));
            QCOMPARE(bar.box()->currentText(), QStringLiteral("Globex Corporation — Member"));
        }
        {
            // Next time, without a preference: the one opened last on this server.
            OrganizationBar bar(m_client.get(), nullptr);
            QSignalSpy changed(&bar, &OrganizationBar::organizationChanged);
            bar.start({});
            QVERIFY(changed.wait(10000));
            QCOMPARE(changed.last().first().value<Organization>().slug, QStringLiteral("globex"));
        }
        QSettings().clear();
        OrganizationBar bar(m_client.get(), nullptr);
        QSignalSpy changed(&bar, &OrganizationBar::organizationChanged);
        bar.start(QStringLiteral("no-such-organization"));
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.last().first().value<Organization>().slug, QStringLiteral("acme-corp"));
        // A reload that keeps the organization changes nothing below it.
        bar.reloadOrganizations();
        QVERIFY(QTest::qWaitFor([&bar] { return !bar.model()->isLoading(); }, 10000));
        QCOMPARE(changed.size(), 1);
    }

    void refusalIsExplained_data()
    {
        QTest::addColumn<int>("organizationStatus"); // what GET /api/organizations/acme-corp answers
        QTest::addColumn<QString>("text");
        QTest::newRow("not a member") << 403 << QStringLiteral("You are no longer a member of “Acme Corp”.");
        QTest::newRow("role") << 200 << QStringLiteral("Access to the end-users of “Acme Corp” was refused.");
    }

    void refusalIsExplained()
    {
        QFETCH(int, organizationStatus);
        QFETCH(QString, text);
        OrganizationBar bar(m_client.get(), nullptr);
        QSignalSpy changed(&bar, &OrganizationBar::organizationChanged);
        bar.start(QStringLiteral("acme-corp"));
        QVERIFY(changed.wait(10000));
        if (organizationStatus != 200) {
            m_server->addFault({{QStringLiteral("path"), QStringLiteral("/api/organizations/acme-corp")},
                                {QStringLiteral("kind"), QStringLiteral("status")},
                                {QStringLiteral("status"), organizationStatus},
                                {QStringLiteral("count"), -1}});
        }
        QSignalSpy explained(&bar, &OrganizationBar::refusalExplained);
        ApiError refused;
        refused.kind = ApiError::Kind::Forbidden;
        refused.httpStatus = 403;
        bar.explainRefusal(refused);
        QVERIFY(explained.wait(10000));
        const Notice notice = explained.first().first().value<Notice>();
        QCOMPARE(notice.text, text);
        QVERIFY(notice.canRetry);
        QVERIFY(!notice.action); // the list decides what Retry does
    }

    void suspendedOrganizationIsInactive()
    {
        OrganizationBar bar(m_client.get(), nullptr);
        QSignalSpy changed(&bar, &OrganizationBar::organizationChanged);
        bar.start(QStringLiteral("initech"));
        QVERIFY(changed.wait(10000));
        const Organization organization = changed.last().first().value<Organization>();
        QCOMPARE(organization.slug, QStringLiteral("initech"));
        QVERIFY(!organization.isActive());
    }

private:
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

QTEST_MAIN(TestOrganizationBar)
#include "tst_organizationbar.moc"
