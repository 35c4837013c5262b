// SPDX-License-Identifier: MIT
#include "TokenStoreChecks.h"
#include "auth/MemoryTokenStore.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace UserAdmin;
using namespace UserAdmin::Test;

class TestMemoryTokenStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTripAndAsynchrony()
    {
        MemoryTokenStore store;
        const QString origin = QStringLiteral("http://127.0.0.1:1");
        bool calledSynchronously = false;
        QObject context;
        store.write(
            origin, QStringLiteral("a@x"), {QStringLiteral("t"), {}, {}}, &context, [&](const TokenStoreError&) {
                calledSynchronously = true;
            });
        QVERIFY(!calledSynchronously); // callbacks always come later, like the keychain's
        TokenStoreChecks checks(store);
        QCOMPARE(checks.read(origin, QStringLiteral("A@X")).first->accessToken, QStringLiteral("t"));
        QVERIFY(!checks.remove(origin, QStringLiteral("a@x")).isError());
        QCOMPARE(store.entryCount(), 0);
    }

    void failuresReachTheCaller()
    {
        MemoryTokenStore store;
        store.setFailure({TokenStoreError::Kind::AccessDenied, QStringLiteral("locked")});
        TokenStoreChecks checks(store);
        QCOMPARE(checks.write(QStringLiteral("o"), QStringLiteral("m"), {QStringLiteral("t"), {}, {}}).kind,
                 TokenStoreError::Kind::AccessDenied);
        QCOMPARE(checks.read(QStringLiteral("o"), QStringLiteral("m")).second.message, QStringLiteral("locked"));
        QCOMPARE(store.entryCount(), 0);
    }

    void callbackSkippedWhenContextIsGone()
    {
        MemoryTokenStore store;
        bool called = false;
        auto* context = new QObject;
        store.read(QStringLiteral("o"), QStringLiteral("m"), context, [&](auto&&...) { called = true; });
        delete context;
        // Callbacks run in the order they were queued: once this marker has run, the read's would have too.
        bool marker = false;
        QTimer::singleShot(0, &store, [&marker] { marker = true; });
        QTRY_VERIFY(marker);
        QVERIFY(!called);
    }

    void serialization()
    {
        const StoredTokens tokens {QStringLiteral("a"), QStringLiteral("r"), {}};
        QCOMPARE(TokenStore::deserialize(TokenStore::serialize(tokens)), std::optional<StoredTokens>(tokens));
        QVERIFY(!TokenStore::deserialize(QStringLiteral("plain")));
    }
};

QTEST_GUILESS_MAIN(TestMemoryTokenStore)
#include "tst_memorytokenstore.moc"
