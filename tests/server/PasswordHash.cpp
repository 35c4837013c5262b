// SPDX-License-Identifier: MIT
#include "PasswordHash.h"

#include <QCryptographicHash>
#include <QStringList>

namespace UserAdmin::DevServer {

namespace {

QByteArray digest(const QString& salt, const QString& password)
{
    return QCryptographicHash::hash((salt + QLatin1Char(':') + password).toUtf8(), QCryptographicHash::Sha256);
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

QString PasswordHash::forMember(const QString& salt, const QString& password)
{
    return QStringLiteral("sha256$%1$%2").arg(salt, QString::fromLatin1(digest(salt, password).toHex()));
}

bool PasswordHash::matches(const QString& stored, const QString& password)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 3 || parts.at(0) != QLatin1String("sha256"))
        return false;
    return constantTimeEquals(QByteArray::fromHex(parts.at(2).toLatin1()), digest(parts.at(1), password));
}

QString PasswordHash::forEndUser(const QString& email)
{
    const QByteArray hash = QCryptographicHash::hash(email.toUtf8(), QCryptographicHash::Sha256)
                                .toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
    return QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$%1$%2")
        .arg(QLatin1String(EndUserMarker), QString::fromLatin1(hash));
}

} // namespace UserAdmin::DevServer
