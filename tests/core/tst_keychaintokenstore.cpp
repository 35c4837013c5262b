// SPDX-License-Identifier: MIT
// A round trip through the real Secret Service (gnome-keyring in scripts/test), asynchronously.
#include "TokenStoreChecks.h"
#include "auth/KeychainTokenStore.h"

#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace UserAdmin;
using namespace UserAdmin::Test;

class TestKeychainTokenStore : public QObject
{
    Q_OBJECT
private:
    const QString m_service =
        QStringLiteral("sso-user-admin-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString m_origin = QStringLiteral("https://sso.example.com:443");

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip()
    {
        KeychainTokenStore store(m_service);
        TokenStoreChecks checks(store);
        const QString member = QStringLiteral("Owner@Acme.test");
        auto [nothing, readError] = checks.read(m_origin, member);
        QVERIFY2(!readError.isError(), qPrintable(readError.message));
        QVERIFY(!nothing);

        const StoredTokens tokens {QStringLiteral("access-1"), QStringLiteral("refresh-1"), {}};
        const TokenStoreError writeError = checks.write(m_origin, member, tokens);
        QVERIFY2(!writeError.isError(), qPrintable(writeError.message));
        auto [stored, error] = checks.read(m_origin, QStringLiteral("owner@acme.test")); // member is case-insensitive
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QVERIFY(stored);
        QCOMPARE(*stored, tokens);

        // One entry per origin and member.
        QVERIFY(!checks.read(QStringLiteral("https://other.example.com:443"), member).first);
        QVERIFY(!checks.read(m_origin, QStringLiteral("admin@acme.test")).first);

        const StoredTokens rotated {QStringLiteral("access-2"), QString(), {}};
        QVERIFY(!checks.write(m_origin, member, rotated).isError());
        QCOMPARE(*checks.read(m_origin, member).first, rotated);

        QVERIFY(!checks.remove(m_origin, member).isError());
        auto [gone, goneError] = checks.read(m_origin, member);
        QVERIFY(!gone);
        QVERIFY(!goneError.isError());
        QVERIFY(!checks.remove(m_origin, member).isError()); // removing nothing succeeds
    }
};

QTEST_GUILESS_MAIN(TestKeychainTokenStore)
#include "tst_keychaintokenstore.moc"
