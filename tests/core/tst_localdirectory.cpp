// SPDX-License-Identifier: MIT
// LocalDirectory and AddressList without a server: search semantics (those of the seed server's search), sorting,
// paging, service filter, builds by generation, find-many, the file's permissions.
#include "directory/AddressList.h"
#include "directory/DirectoryExport.h"
#include "directory/DirectoryStore.h"
#include "directory/LocalDirectory.h"

#include <QBuffer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace UserAdmin;

namespace {
EndUserSummary user(const QString& id,
                    const QString& email,
                    qint64 createdDay,
                    std::optional<bool> mfa = true,
                    const QStringList& services = {QStringLiteral("main-app")})
{
    EndUserSummary u;
    u.id = id;
    u.email = email;
    u.createdAt = QDateTime(QDate(2025, 1, 1).addDays(createdDay), QTime(12, 0), Qt::UTC);
    u.lastLoginAt = createdDay % 2 ? std::nullopt : std::optional<QDateTime>(u.createdAt->addDays(3));
    u.mfaEnabled = mfa;
    u.services = services;
    LinkedIdentity identity;
    identity.provider = QStringLiteral("github");
    identity.providerUserId = QStringLiteral("secret-provider-id");
    u.identities = {identity};
    return u;
}

QStringList emails(const QList<EndUserSummary>& users)
{
    QStringList list;
    for (const EndUserSummary& u : users)
        list.append(u.email);
    return list;
}
} // namespace

class TestLocalDirectory : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalDirectory> m_db;

    QList<EndUserSummary> fixture()
    {
        return {user(QStringLiteral("u1"), QStringLiteral("john@customer.com"), 10),
                user(QStringLiteral("u2"), QStringLiteral("john+test@customer.com"), 11, false),
                user(QStringLiteral("u3"),
                     QStringLiteral("JANE.DOE@Example.COM"),
                     12,
                     std::nullopt,
                     {QStringLiteral("main-app"), QStringLiteral("billing-portal")}),
                user(QStringLiteral("u4"),
                     QStringLiteral("zoë.müller@example.de"),
                     13,
                     false,
                     {QStringLiteral("mobile-app")}),
                user(QStringLiteral("u5"), QStringLiteral("ÅSA.ÖBERG@EXAMPLE.SE"), 14),
                user(QStringLiteral("u6"), QStringLiteral("100%real@example.com"), 15),
                user(QStringLiteral("u7"), QStringLiteral("a_b@example.com"), 16),
                user(QStringLiteral("u8"), QStringLiteral("\"jane smith\"@quoted.example"), 17)};
    }

    QStringList search(const QString& text, const QString& service = {})
    {
        DirectoryQuery query;
        query.search = text;
        query.serviceSlug = service;
        query.sortKey = DirectoryQuery::SortKey::Email;
        const auto rows = m_db->rows(query, 0, 100);
        if (!rows)
            qWarning() << m_db->lastError();
        return rows ? emails(*rows) : QStringList {QStringLiteral("error")};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<LocalDirectory>(m_dir.filePath(QStringLiteral("sub/copy.sqlite")));
        QVERIFY2(m_db->open(), qPrintable(m_db->lastError()));
        const auto state = m_db->resumeOrBeginBuild();
        QVERIFY(state);
        QVERIFY(m_db->storePage(state->generation, 1, fixture()));
        QVERIFY(m_db->finishBuild(state->generation, 8));
    }

    void permissions()
    {
        const QFileInfo file(m_db->path());
        QCOMPARE(
            int(file.permissions()),
            int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
        const QFileInfo dir(file.absolutePath());
        QVERIFY(!(dir.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("case-insensitive")
            << QStringLiteral("JOHN@") << QStringList {QStringLiteral("john@customer.com")};
        QTest::newRow("plus intact") << QStringLiteral("john+")
                                     << QStringList {QStringLiteral("john+test@customer.com")};
        QTest::newRow("non-ASCII lower finds upper")
            << QStringLiteral("åsa") << QStringList {QStringLiteral("ÅSA.ÖBERG@EXAMPLE.SE")};
        QTest::newRow("non-ASCII upper finds lower")
            << QStringLiteral("ZOË") << QStringList {QStringLiteral("zoë.müller@example.de")};
        QTest::newRow("percent literal") << QStringLiteral("0%r")
                                         << QStringList {QStringLiteral("100%real@example.com")};
        QTest::newRow("underscore literal") << QStringLiteral("a_b") << QStringList {QStringLiteral("a_b@example.com")};
        QTest::newRow("quote") << QStringLiteral("\"jane")
                               << QStringList {QStringLiteral("\"jane smith\"@quoted.example")};
        QTest::newRow("two characters") << QStringLiteral("ë.")
                                        << QStringList {QStringLiteral("zoë.müller@example.de")};
        QTest::newRow("one character") << QStringLiteral("%") << QStringList {QStringLiteral("100%real@example.com")};
        QTest::newRow("trimmed") << QStringLiteral("  customer.com ")
                                 << QStringList {QStringLiteral("john+test@customer.com"),
                                                 QStringLiteral("john@customer.com")};
        QTest::newRow("nothing") << QStringLiteral("nobody-here") << QStringList {};
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(search(text), expected);
        DirectoryQuery query;
        query.search = text;
        QCOMPARE(m_db->count(query), std::optional<qint64>(expected.size()));
    }

    void serviceFilter()
    {
        QCOMPARE(search(QString(), QStringLiteral("billing-portal")),
                 QStringList {QStringLiteral("JANE.DOE@Example.COM")});
        QCOMPARE(search(QStringLiteral("example"), QStringLiteral("mobile-app")),
                 QStringList {QStringLiteral("zoë.müller@example.de")});
        // A slug is matched whole, not as a part of another.
        QCOMPARE(search(QString(), QStringLiteral("main")), QStringList {});
    }

    void sortAndPage()
    {
        DirectoryQuery query;
        query.sortKey = DirectoryQuery::SortKey::Created;
        query.order = Qt::DescendingOrder;
        auto rows = m_db->rows(query, 0, 3);
        QVERIFY(rows);
        QCOMPARE(emails(*rows).first(), QStringLiteral("\"jane smith\"@quoted.example"));
        rows = m_db->rows(query, 6, 3);
        QVERIFY(rows);
        QCOMPARE(emails(*rows),
                 (QStringList {QStringLiteral("john+test@customer.com"), QStringLiteral("john@customer.com")}));
        query.sortKey = DirectoryQuery::SortKey::Email;
        query.order = Qt::AscendingOrder;
        rows = m_db->rows(query, 0, 1);
        QCOMPARE(emails(*rows), QStringList {QStringLiteral("\"jane smith\"@quoted.example")});
        query.sortKey = DirectoryQuery::SortKey::Mfa;
        query.order = Qt::DescendingOrder;
        rows = m_db->rows(query, 0, 1);
        QCOMPARE(rows->first().mfaEnabled, std::optional<bool>(true));
        query.order = Qt::AscendingOrder;
        rows = m_db->rows(query, 0, 1);
        QCOMPARE(rows->first().mfaEnabled, std::optional<bool>()); // unknown first
    }

    void valuesRoundTrip()
    {
        DirectoryQuery query;
        query.search = QStringLiteral("jane.doe");
        const auto rows = m_db->rows(query, 0, 10);
        QVERIFY(rows && rows->size() == 1);
        const EndUserSummary& u = rows->first();
        const EndUserSummary expected = fixture().at(2);
        QCOMPARE(u.id, expected.id);
        QCOMPARE(u.createdAt, expected.createdAt);
        QCOMPARE(u.lastLoginAt, expected.lastLoginAt);
        QVERIFY(!u.mfaEnabled.has_value()); // the list does not say; the copy does not guess
        QCOMPARE(u.services, expected.services);
        QCOMPARE(u.identities.size(), 1);
        QCOMPARE(u.identities.first().provider, QStringLiteral("github"));
        QVERIFY(u.identities.first().providerUserId.isEmpty()); // not stored
    }

    void generations()
    {
        QTemporaryDir dir;
        LocalDirectory db(dir.filePath(QStringLiteral("g.sqlite")));
        QVERIFY(db.open());
        QVERIFY(!db.builtAt());
        auto state = db.resumeOrBeginBuild();
        QVERIFY(state && state->pagesDone.isEmpty());
        QVERIFY(db.storePage(state->generation, 1, fixture().mid(0, 4)));
        // The same id twice (rows moving between pages) is one row.
        QVERIFY(db.storePage(state->generation, 2, fixture().mid(3, 3)));
        QCOMPARE(db.countGeneration(state->generation), std::optional<qint64>(6));
        // A crash here: the next start goes on with the pages read.
        db.close();
        QVERIFY(db.open());
        const auto resumed = db.resumeOrBeginBuild();
        QVERIFY(resumed);
        QCOMPARE(resumed->generation, state->generation);
        QCOMPARE(resumed->pagesDone, (QSet<qint64> {1, 2}));
        QCOMPARE(resumed->rowsStored, 7);
        QVERIFY(db.finishBuild(resumed->generation, 6));
        QVERIFY(db.builtAt());
        // The next build sees fewer: the others go.
        state = db.resumeOrBeginBuild();
        QCOMPARE(state->generation, resumed->generation + 1);
        QVERIFY(db.storePage(state->generation, 1, fixture().mid(0, 2)));
        QVERIFY(db.finishBuild(state->generation, 2));
        QCOMPARE(db.count({}), std::optional<qint64>(2));
    }

    void findMany()
    {
        QTemporaryDir dir;
        LocalDirectory db(dir.filePath(QStringLiteral("f.sqlite")));
        QVERIFY(db.open());
        auto state = db.resumeOrBeginBuild();
        QList<EndUserSummary> rows = fixture();
        rows.append(
            user(QStringLiteral("u9"), QStringLiteral("John@Customer.com"), 20)); // another account, same address
        QVERIFY(db.storePage(state->generation, 1, rows));
        QVERIFY(db.finishBuild(state->generation, rows.size()));
        const QString pasted = QStringLiteral("Incident 42: accounts seen\n"
                                              "  JANE.DOE@example.com\n"
                                              "From: Someone <john@customer.com>, cc: nobody@nowhere.example.\n"
                                              "jane.doe@example.com\n" // again, another case
                                              "not an address @ all\n");
        const QStringList addresses = AddressList::extract(pasted);
        QCOMPARE(addresses,
                 (QStringList {QStringLiteral("JANE.DOE@example.com"),
                               QStringLiteral("john@customer.com"),
                               QStringLiteral("nobody@nowhere.example")}));
        const QList<FoundAddress> found = DirectoryExport::find(db, addresses);
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).status, FoundAddress::Status::Found);
        QCOMPARE(found.at(0).users.first().id, QStringLiteral("u3"));
        QCOMPARE(found.at(1).status, FoundAddress::Status::FoundMoreThanOnce);
        QCOMPARE(found.at(1).users.size(), 2);
        QCOMPARE(found.at(2).status, FoundAddress::Status::NotFound);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(DirectoryExport::writeFindCsv(found, &buffer).ok);
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("address,status,id,email,created_at,last_login_at,mfa_enabled,services,"
                            "identity_providers\r"));
        QCOMPARE(lines.size(), 1 + 4 + 1);
        QVERIFY(lines.at(4).startsWith("nobody@nowhere.example,not found,,"));
    }

    void exportCsv()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        DirectoryQuery query;
        query.search = QStringLiteral("example");
        query.sortKey = DirectoryQuery::SortKey::Email;
        const auto result = DirectoryExport::writeCsv(*m_db, query, &buffer);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, 6);
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.size(), 1 + 6 + 1);
        QVERIFY(lines.at(1).startsWith("u8,\"\"\"jane smith\"\"@quoted.example\",2025-01-18T12:00:00Z,"));
    }

    void extractNoise_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QString() << QStringList {};
        QTest::newRow("one a line with odd characters")
            << QStringLiteral("o'brien&sons@example.ie\r\n<b>bold</b>@markup.example")
            << QStringList {QStringLiteral("o'brien&sons@example.ie"), QStringLiteral("<b>bold</b>@markup.example")};
        QTest::newRow("mailto and punctuation")
            << QStringLiteral("(see a.b@c.example).") << QStringList {QStringLiteral("a.b@c.example")};
        QTest::newRow("angle brackets") << QStringLiteral("<john@customer.com>,")
                                        << QStringList {QStringLiteral("john@customer.com")};
        QTest::newRow("no dot in domain") << QStringLiteral("root@localhost") << QStringList {};
        QTest::newRow("plus and unicode")
            << QStringLiteral("write to zoë+x@example.de please") << QStringList {QStringLiteral("zoë+x@example.de")};
    }

    void extractNoise()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(AddressList::extract(text), expected);
    }

    void storeForgets()
    {
        const QString file = DirectoryStore::fileFor(QStringLiteral("http://127.0.0.1:9"), QStringLiteral("acme-corp"));
        {
            LocalDirectory db(file);
            QVERIFY(db.open());
        }
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(DirectoryStore::files().contains(file));
        QVERIFY(DirectoryStore::forgetServer(QStringLiteral("http://127.0.0.1:10")));
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(DirectoryStore::forgetServer(QStringLiteral("http://127.0.0.1:9")));
        QVERIFY(!QFileInfo::exists(file));
    }
};

QTEST_GUILESS_MAIN(TestLocalDirectory)
#include "tst_localdirectory.moc"
