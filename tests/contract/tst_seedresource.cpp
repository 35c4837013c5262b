// SPDX-License-Identifier: MIT
// The fixed rows of sso-dev-server: the tables of tests/server/README.md agree with data/fixed-data.json (the
// resource compiled into the server), and the running server answers what both say.
#include "DevServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <map>
#include <memory>

using UserAdmin::Test::DevServer;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QStringList cellsOf(const QString& line)
{
    QString inner = line.trimmed();
    inner = inner.mid(1, inner.size() - 2); // the outer pipes
    QStringList cells;
    for (const QString& cell : inner.split(QLatin1Char('|')))
        cells << cell.trimmed();
    return cells;
}

/// The rows of the markdown table whose header row has exactly these cells.
QList<QStringList> tableWithHeader(const QString& markdown, const QStringList& header)
{
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    QList<QStringList> rows;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (!lines.at(i).startsWith(QLatin1Char('|')) || cellsOf(lines.at(i)) != header)
            continue;
        for (qsizetype k = i + 2; k < lines.size() && lines.at(k).startsWith(QLatin1Char('|')); ++k)
            rows << cellsOf(lines.at(k));
        return rows;
    }
    qWarning("no table with header %s", qPrintable(header.join(QLatin1Char('|'))));
    return rows;
}

/// The `quoted` items of a cell, in order; "none" and words outside backticks give nothing.
QStringList quoted(const QString& cell)
{
    static const QRegularExpression pattern(QStringLiteral("`([^`]+)`"));
    QStringList items;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(cell))
        items << match.captured(1);
    return items;
}

QStringList strings(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue& item : value.toArray())
        result << item.toString();
    return result;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

/// The README's way of writing a row's "shapes": "all" or the list.
QString shapesOf(const QJsonObject& row)
{
    const QStringList shapes = strings(row.value(QStringLiteral("shapes")));
    return shapes.isEmpty() ? QStringLiteral("all") : shapes.join(QStringLiteral(", "));
}

bool inShape(const QJsonValue& row, const QString& shape)
{
    const QStringList shapes = strings(row[QStringLiteral("shapes")]);
    return shapes.isEmpty() || shapes.contains(shape);
}

} // namespace

class TestSeedResource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void members();
    void roles();
    void organizations();
    void services();
    void endUsers();
    void serverAnswersTheMembers_data();
    void serverAnswersTheMembers();
    void serverAnswersTheOrganizations_data();
    void serverAnswersTheOrganizations();
    void passwordsAndMfaSignIn();
    void serverAnswersTheEndUsers_data();
    void serverAnswersTheEndUsers();

private:
    QJsonArray rowsOf(const char* table) const { return m_data.value(QLatin1String(table)).toArray(); }
    QJsonObject rowWith(const char* table, const char* key, const QString& value) const;

    void addShapes();
    DevServer& server(const QString& shape);

    QString m_readme;
    QJsonObject m_data;
    std::map<QString, std::unique_ptr<DevServer>> m_servers; // by shape
};

void TestSeedResource::initTestCase()
{
    m_readme = QString::fromUtf8(readFile(QStringLiteral(SSO_SERVER_SOURCE_DIR "/README.md")));
    QJsonParseError error {};
    m_data = QJsonDocument::fromJson(readFile(QStringLiteral(SSO_SERVER_SOURCE_DIR "/data/fixed-data.json")), &error)
                 .object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    for (const QString& shape : {QStringLiteral("seed"), QStringLiteral("ref"), QStringLiteral("2026")}) {
        auto started = std::make_unique<DevServer>(QStringList {QStringLiteral("--shape"),
                                                                shape,
                                                                QStringLiteral("--seed-users"),
                                                                QStringLiteral("0"),
                                                                QStringLiteral("--quiet")});
        QVERIFY2(started->start(), qPrintable(started->errorString()));
        m_servers[shape] = std::move(started);
    }
}

void TestSeedResource::cleanupTestCase()
{
    m_servers.clear();
}

void TestSeedResource::addShapes()
{
    QTest::addColumn<QString>("shape");
    for (const char* shape : {"seed", "ref", "2026"})
        QTest::newRow(shape) << QString::fromLatin1(shape);
}

DevServer& TestSeedResource::server(const QString& shape)
{
    return *m_servers.at(shape);
}

QJsonObject TestSeedResource::rowWith(const char* table, const char* key, const QString& value) const
{
    for (const QJsonValue& row : rowsOf(table)) {
        if (row[QLatin1String(key)].toString() == value)
            return row.toObject();
    }
    return {};
}

void TestSeedResource::members()
{
    const QList<QStringList> rows = tableWithHeader(m_readme,
                                                    {QStringLiteral("email"),
                                                     QStringLiteral("password"),
                                                     QStringLiteral("MFA"),
                                                     QStringLiteral("platform owner"),
                                                     QStringLiteral("memberships"),
                                                     QStringLiteral("shapes")});
    QCOMPARE(rows.size(), rowsOf("members").size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList& row = rows.at(i);
        const QJsonObject member = rowsOf("members").at(i).toObject();
        const QString email = member[QStringLiteral("email")].toString();
        QCOMPARE(quoted(row.at(0)), QStringList({email}));
        if (member.contains(QStringLiteral("password")))
            QCOMPARE(quoted(row.at(1)), QStringList({member[QStringLiteral("password")].toString()}));
        else
            QVERIFY2(row.at(1).startsWith(QStringLiteral("none")), qPrintable(email));
        if (member.contains(QStringLiteral("totp_secret")))
            QCOMPARE(quoted(row.at(2)), QStringList({member[QStringLiteral("totp_secret")].toString()}));
        else
            QCOMPARE(row.at(2), QStringLiteral("no"));
        QVERIFY2(row.at(3).startsWith(yesNo(member[QStringLiteral("platform_owner")].toBool())), qPrintable(email));
        QStringList documented;
        static const QRegularExpression membership(QStringLiteral("(\\w+) of `([^`]+)`"));
        for (const QRegularExpressionMatch& match : membership.globalMatch(row.at(4)))
            documented << match.captured(1) + QLatin1Char('@') + match.captured(2);
        QStringList seeded;
        for (const QJsonValue& m : rowsOf("memberships")) {
            if (m[QStringLiteral("member")].toString() == email)
                seeded << m[QStringLiteral("role")].toString() + QLatin1Char('@')
                        + m[QStringLiteral("organization")].toString();
        }
        QCOMPARE(documented, seeded);
        if (seeded.isEmpty())
            QVERIFY(row.at(4).startsWith(QStringLiteral("none")));
        QCOMPARE(row.at(5), shapesOf(member));
    }
}

void TestSeedResource::roles()
{
    const QList<QStringList> rows = tableWithHeader(
        m_readme, {QStringLiteral("role"), QStringLiteral("organization"), QStringLiteral("capabilities")});
    QCOMPARE(rows.size(), rowsOf("roles").size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject role = rowsOf("roles").at(i).toObject();
        QCOMPARE(quoted(rows.at(i).at(0)), QStringList({role[QStringLiteral("name")].toString()}));
        if (role.contains(QStringLiteral("organization")))
            QCOMPARE(quoted(rows.at(i).at(1)), QStringList({role[QStringLiteral("organization")].toString()}));
        else
            QVERIFY(rows.at(i).at(1).startsWith(QStringLiteral("every")));
        QCOMPARE(quoted(rows.at(i).at(2)), strings(role[QStringLiteral("permissions")]));
    }
}

void TestSeedResource::organizations()
{
    const QList<QStringList> rows = tableWithHeader(m_readme,
                                                    {QStringLiteral("slug"),
                                                     QStringLiteral("name"),
                                                     QStringLiteral("status"),
                                                     QStringLiteral("tier"),
                                                     QStringLiteral("services")});
    QCOMPARE(rows.size(), rowsOf("organizations").size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList& row = rows.at(i);
        const QJsonObject org = rowsOf("organizations").at(i).toObject();
        const QString slug = org[QStringLiteral("slug")].toString();
        QCOMPARE(quoted(row.at(0)), QStringList({slug}));
        QCOMPARE(row.at(1), org[QStringLiteral("name")].toString());
        QCOMPARE(row.at(2), org[QStringLiteral("status")].toString());
        const QJsonObject tier = rowWith("tiers", "id", org[QStringLiteral("tier")].toString());
        QVERIFY2(row.at(3).startsWith(tier[QStringLiteral("display_name")].toString()), qPrintable(slug));
        if (org.contains(QStringLiteral("max_services")))
            QVERIFY(row.at(3).contains(
                QStringLiteral("`max_services` %1").arg(org[QStringLiteral("max_services")].toInt())));
        QStringList services;
        for (const QJsonValue& service : rowsOf("services")) {
            if (service[QStringLiteral("organization")].toString() == slug)
                services << service[QStringLiteral("slug")].toString();
        }
        QCOMPARE(quoted(row.at(4)), services);
    }
}

void TestSeedResource::services()
{
    const QList<QStringList> rows = tableWithHeader(
        m_readme, {QStringLiteral("slug"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("shapes")});
    QCOMPARE(rows.size(), rowsOf("services").size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject service = rowsOf("services").at(i).toObject();
        QCOMPARE(quoted(rows.at(i).at(0)), QStringList({service[QStringLiteral("slug")].toString()}));
        QCOMPARE(rows.at(i).at(1), service[QStringLiteral("name")].toString());
        QCOMPARE(rows.at(i).at(2), service[QStringLiteral("type")].toString());
        QCOMPARE(rows.at(i).at(3), shapesOf(service));
    }
}

void TestSeedResource::endUsers()
{
    const QList<QStringList> rows = tableWithHeader(m_readme,
                                                    {QStringLiteral("email"),
                                                     QStringLiteral("services"),
                                                     QStringLiteral("MFA"),
                                                     QStringLiteral("verified"),
                                                     QStringLiteral("identities"),
                                                     QStringLiteral("sessions"),
                                                     QStringLiteral("shapes"),
                                                     QStringLiteral("what is special")});
    QCOMPARE(rows.size(), rowsOf("end_users").size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList& row = rows.at(i);
        const QJsonObject user = rowsOf("end_users").at(i).toObject();
        const QString email = user[QStringLiteral("email")].toString();
        QCOMPARE(quoted(row.at(0)), QStringList({email}));
        QCOMPARE(quoted(row.at(1)), strings(user[QStringLiteral("services")]));
        QCOMPARE(row.at(2), yesNo(user[QStringLiteral("mfa")].toBool()));
        QCOMPARE(row.at(3), yesNo(user[QStringLiteral("verified")].toBool()));
        QStringList providers;
        for (const QJsonValue& identity : user[QStringLiteral("identities")].toArray())
            providers << identity[QStringLiteral("provider")].toString();
        QCOMPARE(row.at(4), providers.isEmpty() ? QStringLiteral("none") : providers.join(QStringLiteral(", ")));
        QCOMPARE(row.at(5),
                 QStringLiteral("%1 / %2")
                     .arg(user[QStringLiteral("active_sessions")].toInt())
                     .arg(user[QStringLiteral("expired_sessions")].toInt()));
        QCOMPARE(row.at(6), shapesOf(user));
        QVERIFY2(!row.at(7).isEmpty(), qPrintable(email));
    }
}

void TestSeedResource::serverAnswersTheMembers_data()
{
    addShapes();
}

void TestSeedResource::serverAnswersTheMembers()
{
    QFETCH(QString, shape);
    for (const QJsonValue& member : rowsOf("members")) {
        const QString email = member[QStringLiteral("email")].toString();
        const QString token = server(shape).tokenFor(email);
        QCOMPARE(!token.isEmpty(), inShape(member, shape));
        if (token.isEmpty())
            continue;
        QStringList expected;
        for (const QJsonValue& m : rowsOf("memberships")) {
            if (m[QStringLiteral("member")].toString() == email && inShape(m, shape))
                expected << m[QStringLiteral("organization")].toString();
        }
        QStringList listed;
        for (const QJsonValue& entry :
             server(shape).send("GET", QStringLiteral("/api/organizations?limit=100"), token).jsonArray())
            listed << entry[QStringLiteral("organization")][QStringLiteral("slug")].toString();
        QCOMPARE(listed, expected);
    }
}

void TestSeedResource::serverAnswersTheOrganizations_data()
{
    addShapes();
}

void TestSeedResource::serverAnswersTheOrganizations()
{
    QFETCH(QString, shape);
    DevServer& current = server(shape);
    for (const QJsonValue& value : rowsOf("organizations")) {
        const QJsonObject org = value.toObject();
        const QString slug = org[QStringLiteral("slug")].toString();
        const QString token = current.tokenFor(org[QStringLiteral("owner")].toString());
        const QJsonObject entry = current.send("GET", QStringLiteral("/api/organizations/") + slug, token).json();
        QCOMPARE(entry[QStringLiteral("organization")][QStringLiteral("name")].toString(),
                 org[QStringLiteral("name")].toString());
        QCOMPARE(entry[QStringLiteral("organization")][QStringLiteral("status")].toString(),
                 org[QStringLiteral("status")].toString());
        if (org[QStringLiteral("status")].toString() != QLatin1String("active"))
            continue; // the services route is status-gated
        QStringList served;
        for (const QJsonValue& service :
             current.send("GET", QStringLiteral("/api/organizations/%1/services").arg(slug), token)
                 .json()[QStringLiteral("services")]
                 .toArray())
            served << service[QStringLiteral("slug")].toString() + QLatin1Char('=')
                    + service[QStringLiteral("name")].toString();
        QStringList expected;
        for (const QJsonValue& service : rowsOf("services")) {
            if (service[QStringLiteral("organization")].toString() == slug && inShape(service, shape))
                expected << service[QStringLiteral("slug")].toString() + QLatin1Char('=')
                        + service[QStringLiteral("name")].toString();
        }
        QCOMPARE(served, expected);
    }
}

void TestSeedResource::passwordsAndMfaSignIn()
{
    // The documented passwords and MFA secrets work on the 2026 server (the only one with password sign-in).
    DevServer& current = server(QStringLiteral("2026"));
    for (const QJsonValue& member : rowsOf("members")) {
        const QString email = member[QStringLiteral("email")].toString();
        const QString password = member[QStringLiteral("password")].toString();
        const DevServer::Reply first = current.send(
            "POST",
            QStringLiteral("/api/auth/login"),
            {},
            QJsonDocument(QJsonObject {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}})
                .toJson(QJsonDocument::Compact));
        if (password.isEmpty()) {
            QCOMPARE(first.status, 401);
            continue;
        }
        QCOMPARE(first.status, 200);
        const bool mfa = member.toObject().contains(QStringLiteral("totp_secret"));
        QCOMPARE(first.json()[QStringLiteral("refresh_token")].toString().isEmpty(), mfa);
        QCOMPARE(!current.totpFor(email).isEmpty(), mfa);
        QCOMPARE(current.signInWithPassword(email, password).status, 200);
    }
}

void TestSeedResource::serverAnswersTheEndUsers_data()
{
    addShapes();
}

void TestSeedResource::serverAnswersTheEndUsers()
{
    QFETCH(QString, shape);
    for (const QJsonValue& value : rowsOf("end_users")) {
        const QString email = value[QStringLiteral("email")].toString();
        const DevServer::Reply reply = server(shape).control(
            "GET", QStringLiteral("/__control/end-user?email=") + QString::fromLatin1(QUrl::toPercentEncoding(email)));
        QCOMPARE(reply.status, inShape(value, shape) ? 200 : 404);
        if (reply.status != 200)
            continue;
        QCOMPARE(reply.json()[QStringLiteral("email")].toString(), email);
        QStringList organizations;
        for (const QString& slug : strings(value[QStringLiteral("services")])) {
            const QString org = rowWith("services", "slug", slug)[QStringLiteral("organization")].toString();
            if (!organizations.contains(org))
                organizations << org;
        }
        QCOMPARE(strings(reply.json()[QStringLiteral("organizations")]), organizations);
    }
}

QTEST_GUILESS_MAIN(TestSeedResource)
#include "tst_seedresource.moc"
