// SPDX-License-Identifier: MIT
// The one HTTP-status-to-error mapping (contract 2.4): status, transport flags, Retry-After / x-ratelimit-after and
// the body. Input: flags, status (2 bytes), network error, then `Retry-After` \n `x-ratelimit-after` \n body.
#include "FuzzCheck.h"

#include "api/ApiError.h"

#include <chrono>

using namespace UserAdmin;
using namespace UserAdminFuzz;

namespace {

constexpr std::chrono::seconds MaxWait = std::chrono::hours(24);

const QNetworkReply::NetworkError NetworkErrors[] = {
    QNetworkReply::NoError,
    QNetworkReply::ConnectionRefusedError,
    QNetworkReply::RemoteHostClosedError,
    QNetworkReply::HostNotFoundError,
    QNetworkReply::TimeoutError,
    QNetworkReply::OperationCanceledError,
    QNetworkReply::SslHandshakeFailedError,
    QNetworkReply::TemporaryNetworkFailureError,
    QNetworkReply::ProxyConnectionRefusedError,
    QNetworkReply::ContentNotFoundError,
    QNetworkReply::ProtocolFailure,
    QNetworkReply::UnknownServerError,
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 4)
        return 0;
    ApiError::ReplyInfo info;
    info.timedOut = data[0] & 1;
    info.cancelled = data[0] & 2;
    info.idempotent = data[0] & 4;
    info.tlsFailed = data[0] & 8;
    info.httpStatus = (data[0] & 16) ? 0 : (data[1] << 8 | data[2]) % 1000;
    info.networkError = NetworkErrors[data[3] % std::size(NetworkErrors)];
    info.networkErrorString = QStringLiteral("network error");
    info.now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    QByteArray rest = bytes(data + 4, size - 4);
    info.retryAfterHeader = takeUntil(rest, '\n');
    info.rateLimitAfterHeader = takeUntil(rest, '\n');
    info.body = rest;

    const ApiError error = ApiError::map(info);
    const bool success = !info.cancelled && !info.timedOut && !info.tlsFailed
        && ((info.httpStatus == 0 && info.networkError == QNetworkReply::NoError)
            || (info.httpStatus >= 200 && info.httpStatus < 300));
    FUZZ_CHECK(error.isError() != success);
    if (info.cancelled)
        FUZZ_CHECK(error.kind == ApiError::Kind::Cancelled);
    // An HTTP answer (no timeout, TLS failure or cancel first) keeps its status; 401 asks for signing in.
    if (!info.timedOut && !info.tlsFailed && !info.cancelled && info.httpStatus >= 300) {
        FUZZ_CHECK(error.httpStatus == info.httpStatus);
        if (info.httpStatus == 401)
            FUZZ_CHECK(error.needsAuthentication());
    }
    FUZZ_CHECK(error.serverMessage.size() <= ApiError::MaxServerMessage + 1);
    FUZZ_CHECK(error.errorCode.size() <= ApiError::MaxServerMessage);
    FUZZ_CHECK(!error.serverMessage.contains(QLatin1Char('\0')));
    if (error.retryAfter) {
        FUZZ_CHECK(error.kind == ApiError::Kind::RateLimited || error.httpStatus == 503);
        FUZZ_CHECK(*error.retryAfter >= std::chrono::seconds(0) && *error.retryAfter <= MaxWait);
        // Callers convert it to milliseconds for a timer: that must stay in range.
        const auto milliseconds = std::chrono::duration_cast<std::chrono::milliseconds>(*error.retryAfter).count();
        FUZZ_CHECK(milliseconds >= 0 && milliseconds <= std::numeric_limits<int>::max());
    }
    if (!error.serverTimestamp.isNull())
        checkTimestamp(error.serverTimestamp);
    FUZZ_CHECK(!error.describe().isEmpty() || !error.isError());

    // The parser on its own, with a `now` near the edges of the calendar too.
    const QDateTime edge = (data[0] & 32) ? QDateTime(QDate(9999, 12, 31), QTime(23, 59), Qt::UTC)
                                          : QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
    for (const QDateTime& now : {info.now, edge}) {
        const auto wait = ApiError::parseRetryAfter(info.retryAfterHeader, info.rateLimitAfterHeader, now);
        FUZZ_CHECK(!wait || (*wait >= std::chrono::seconds(0) && *wait <= MaxWait));
    }
    return 0;
}
