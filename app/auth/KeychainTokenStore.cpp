// SPDX-License-Identifier: MIT
#include "auth/KeychainTokenStore.h"

#include "core/Logging.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace UserAdmin {

namespace {

TokenStoreError toError(const QKeychain::Job* job)
{
    TokenStoreError error;
    switch (job->error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return error;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        error.kind = TokenStoreError::Kind::NoBackend;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        error.kind = TokenStoreError::Kind::AccessDenied;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        error.kind = TokenStoreError::Kind::Other;
        break;
    }
    error.message = job->errorString();
    return error;
}

} // namespace

KeychainTokenStore::KeychainTokenStore(const QString& service, QObject* parent)
    : TokenStore(parent)
    , m_service(service)
{ }

void KeychainTokenStore::read(const QString& origin, const QString& member, QObject* context, ReadCallback callback)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryKey(origin, member));
    connect(job, &QKeychain::Job::finished, context, [callback = std::move(callback)](QKeychain::Job* finishedJob) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finishedJob);
        const TokenStoreError error = toError(readJob);
        if (error.isError()) {
            qCWarning(lcAuth) << "keychain read failed:" << error.message;
            callback(std::nullopt, error);
            return;
        }
        if (readJob->error() == QKeychain::EntryNotFound) {
            callback(std::nullopt, TokenStoreError());
            return;
        }
        const auto tokens = deserialize(readJob->textData());
        if (!tokens) {
            callback(std::nullopt,
                     TokenStoreError {TokenStoreError::Kind::Corrupt,
                                      QStringLiteral("The stored sign-in could not be read.")});
            return;
        }
        callback(tokens, TokenStoreError());
    });
    job->start();
}

void KeychainTokenStore::write(
    const QString& origin, const QString& member, const StoredTokens& tokens, QObject* context, WriteCallback callback)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryKey(origin, member));
    job->setTextData(serialize(tokens));
    connect(job, &QKeychain::Job::finished, context, [callback = std::move(callback)](QKeychain::Job* finishedJob) {
        const TokenStoreError error = toError(finishedJob);
        if (error.isError())
            qCWarning(lcAuth) << "keychain write failed:" << error.message;
        callback(error);
    });
    job->start();
}

void KeychainTokenStore::remove(const QString& origin, const QString& member, QObject* context, WriteCallback callback)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryKey(origin, member));
    connect(job, &QKeychain::Job::finished, context, [callback = std::move(callback)](QKeychain::Job* finishedJob) {
        const TokenStoreError error = toError(finishedJob);
        if (error.isError())
            qCWarning(lcAuth) << "keychain delete failed:" << error.message;
        callback(error);
    });
    job->start();
}

} // namespace UserAdmin
