// SPDX-License-Identifier: MIT
// ErrorPresenter: every kind has a sentence in English and in German, the detail line carries the server's words
// (never as a format string) or a translated technical line, never Qt's English.
#include "ErrorPresenter.h"
#include "UiHarness.h"
#include "api/Organization.h"

#include <QTranslator>

using namespace UserAdmin;
using namespace UserAdmin::Test;
using Kind = ApiError::Kind;

class TestErrorPresenter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareUiTest("tst_errorpresenter"); }
    void cleanup() { resetTranslators(); }

    void everyKindHasASentenceInEnglishAndGerman()
    {
        const QList<Kind> kinds {Kind::Network,
                                 Kind::Timeout,
                                 Kind::Tls,
                                 Kind::InsecureTransport,
                                 Kind::InvalidRequest,
                                 Kind::Unauthorized,
                                 Kind::TokenExpired,
                                 Kind::Forbidden,
                                 Kind::OrganizationNotActive,
                                 Kind::NotFound,
                                 Kind::RateLimited,
                                 Kind::BadRequest,
                                 Kind::Server,
                                 Kind::Decoding,
                                 Kind::Cancelled};
        QStringList english;
        for (Kind kind : kinds) {
            ApiError error;
            error.kind = kind;
            english << ErrorPresenter::sentence(error);
            QVERIFY2(!english.last().isEmpty(), qPrintable(ApiError::kindName(kind)));
        }
        QCOMPARE(QSet<QString>(english.begin(), english.end()).size(), english.size()); // one sentence each
        Translations::install(qApp, QLocale(QLocale::German, QLocale::Germany));
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            ApiError error;
            error.kind = kinds.at(i);
            const QString german = ErrorPresenter::sentence(error);
            QVERIFY2(!german.isEmpty() && german != english.at(i), qPrintable(english.at(i)));
        }
        // A failure made here has a German detail line too: no English from Qt or from this program.
        ApiError refused;
        refused.kind = Kind::Network;
        refused.networkError = QNetworkReply::ConnectionRefusedError;
        refused.technical = QStringLiteral("Connection refused");
        QVERIFY(!ErrorPresenter::detail(refused).contains(QStringLiteral("Connection refused")));
        QVERIFY(!ErrorPresenter::detail(refused).contains(QStringLiteral("nothing was sent")));
        QVERIFY(!ErrorPresenter::signInFailure(AuthSession::SignInFailure::NotAJwt, ApiError())
                     .contains(QStringLiteral("cannot be used")));
    }

    void aRateLimitWaitReadsAsAPersonSaysIt()
    {
        ApiError error;
        error.kind = ApiError::Kind::RateLimited;
        error.httpStatus = 429;
        error.retryAfter = std::chrono::seconds(45);
        QCOMPARE(ErrorPresenter::sentence(error), QStringLiteral("The server is busy; try again in 45 seconds."));
        error.retryAfter = std::chrono::seconds(290);
        QCOMPARE(ErrorPresenter::sentence(error), QStringLiteral("The server is busy; try again in 5 minutes."));
        error.retryAfter = std::chrono::seconds(24 * 3600);
        QCOMPARE(ErrorPresenter::sentence(error), QStringLiteral("The server is busy; try again in 24 hours."));
    }

    void detailCarriesTheServersWordsLiterally_data()
    {
        QTest::addColumn<QString>("words");
        QTest::newRow("placeholders") << QStringLiteral("%2 then %1 and %3");
        QTest::newRow("markup") << QStringLiteral("<b>no</b> &amp; more");
    }

    void detailCarriesTheServersWordsLiterally()
    {
        QFETCH(QString, words);
        ApiError error;
        error.kind = Kind::Forbidden;
        error.httpStatus = 403;
        error.serverMessage = words;
        QCOMPARE(ErrorPresenter::detail(error), QStringLiteral("The server said: “%1” (HTTP status 403)").arg(words));
        Organization organization;
        organization.slug = QStringLiteral("acme-corp");
        organization.name = QStringLiteral("%1 Acme");
        const Notice notice = ErrorPresenter::accessRefused(ErrorPresenter::Refusal::NotMember, organization, error);
        QCOMPARE(notice.text, QStringLiteral("You are no longer a member of “%1 Acme”."));
        QCOMPARE(notice.detail, ErrorPresenter::detail(error));
    }

    void technicalLines_data()
    {
        QTest::addColumn<int>("networkError");
        QTest::addColumn<QString>("line");
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError)
                                 << QStringLiteral("The server refused the connection (nothing was sent).");
        QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError)
                                << QStringLiteral("The server closed the connection before it answered.");
        QTest::newRow("not resent")
            << int(QNetworkReply::ContentReSendError)
            << QStringLiteral("The connection closed before an answer arrived; the request was not sent again.");
        QTest::newRow("unknown host") << int(QNetworkReply::HostNotFoundError)
                                      << QStringLiteral("The server's name could not be found (nothing was sent).");
    }

    void technicalLines()
    {
        QFETCH(int, networkError);
        QFETCH(QString, line);
        ApiError error;
        error.kind = Kind::Network;
        error.networkError = QNetworkReply::NetworkError(networkError);
        error.technical = QStringLiteral("Unknown error");
        QCOMPARE(ErrorPresenter::detail(error), line);
    }

    void tlsLines()
    {
        ApiError error;
        error.kind = Kind::Tls;
        error.tlsError = QSslError::HostNameMismatch;
        QCOMPARE(ErrorPresenter::detail(error),
                 QStringLiteral("The server's certificate was issued for another name."));
        error.tlsError = QSslError::CertificateExpired;
        QCOMPARE(ErrorPresenter::detail(error), QStringLiteral("The server's certificate has expired."));
        error.tlsError = QSslError::SelfSignedCertificate;
        QVERIFY(ErrorPresenter::detail(error).contains(QStringLiteral("--ca-file")));
    }

    void retryOnlyWhereItCanHelp()
    {
        ApiError error;
        for (Kind kind : {Kind::Network, Kind::Timeout, Kind::Server, Kind::RateLimited, Kind::Decoding}) {
            error.kind = kind;
            QVERIFY2(ErrorPresenter::retryMakesSense(error), qPrintable(ApiError::kindName(kind)));
        }
        for (Kind kind : {Kind::Tls, Kind::InsecureTransport, Kind::Unauthorized, Kind::BadRequest}) {
            error.kind = kind;
            QVERIFY2(!ErrorPresenter::retryMakesSense(error), qPrintable(ApiError::kindName(kind)));
        }
    }

    void contextualSentences()
    {
        ApiError notFound;
        notFound.kind = Kind::NotFound;
        notFound.httpStatus = 404;
        QCOMPARE(ErrorPresenter::present(notFound, ErrorPresenter::Context::Detail).text,
                 QStringLiteral("This user no longer exists."));
        QVERIFY(!ErrorPresenter::present(notFound, ErrorPresenter::Context::Detail).canRetry);
        ApiError timeout;
        timeout.kind = Kind::Timeout;
        QCOMPARE(ErrorPresenter::present(timeout, ErrorPresenter::Context::List).text,
                 QStringLiteral("The end-users could not be loaded. The server did not answer in time."));
        QVERIFY(ErrorPresenter::present(timeout, ErrorPresenter::Context::List).canRetry);
    }

private:
    static void resetTranslators()
    {
        const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>();
        for (QTranslator* translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        Translations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // Issue 14: what a hostile server says stays its words, and limits are named in words.
    void hostileAnswersInWords()
    {
        ApiError server;
        server.kind = Kind::Server;
        server.httpStatus = 500;
        server.serverMessage = QStringLiteral("%1%2 boom %n %L1");
        const Notice notice = ErrorPresenter::present(server, ErrorPresenter::Context::List);
        QVERIFY2(notice.detail.contains(server.serverMessage), qPrintable(notice.detail));
        QVERIFY(ErrorPresenter::full(server).contains(server.serverMessage));

        const ApiError tooLarge = ApiError::bodyTooLarge(200, ApiRequest::ListBodyLimit);
        QCOMPARE(ErrorPresenter::detail(tooLarge),
                 QStringLiteral("The server's answer is larger than 8 MiB, the most this program reads; it was not "
                                "read to its end."));
        QCOMPARE(ErrorPresenter::sentence(tooLarge), QStringLiteral("The server's answer could not be read."));

        const ApiError page = ApiError::decoding(QStringLiteral("verification_uri"), QStringLiteral("file:"));
        QVERIFY(ErrorPresenter::detail(page).contains(QStringLiteral("not an https address")));
        const ApiError token = ApiError::decoding(QStringLiteral("access_token"), QStringLiteral("CR/LF"));
        QVERIFY(ErrorPresenter::detail(token).contains(QStringLiteral("line break")));
        QVERIFY(ErrorPresenter::signInFailure(AuthSession::SignInFailure::InvalidCharacters, ApiError())
                    .contains(QStringLiteral("line breaks")));
        QVERIFY(ErrorPresenter::signInFailure(AuthSession::SignInFailure::InvalidExpiry, ApiError())
                    .contains(QStringLiteral("expiry")));
    }
};

QTEST_MAIN(TestErrorPresenter)
#include "tst_errorpresenter.moc"
