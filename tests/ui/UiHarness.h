// SPDX-License-Identifier: MIT
#pragma once

#include "DevServer.h"
#include "MessageBox.h"
#include "api/ApiClient.h"
#include "i18n/Translations.h"
#include "models/EndUserTableModel.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

#include <memory>

namespace UserAdmin::Test {

/// What every widget test sets up first: test paths, its own settings, English, dialogs answered by the hook.
inline void prepareUiTest(const char* name)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("useradmin-tests"));
    QCoreApplication::setApplicationName(QLatin1String(name));
    Translations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    MessageBox::setTestMode(true);
}

/// A client of `server`, signed in as `member` with a token from the control endpoint.
inline std::unique_ptr<ApiClient> clientFor(DevServer& server, const QString& member)
{
    auto client = std::make_unique<ApiClient>();
    client->setBaseUrl(server.baseUrl());
    client->setAccessToken(server.tokenFor(member));
    return client;
}

/// Waits until the model shows the answer to its current query.
inline bool waitForList(const EndUserTableModel* model, int timeoutMs = 15000)
{
    return QTest::qWaitFor([model] { return model->hasLoaded() && !model->isLoading(); }, timeoutMs);
}

/// With USERADMIN_SCREENSHOTS set to a folder, saves `widget` there as `name`.png (for the README).
inline void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("USERADMIN_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

/// Text as shown in a dialog, without the word joiners that keep an email on one line.
inline QString withoutJoiners(QString text)
{
    return text.remove(QChar(0x2060));
}

} // namespace UserAdmin::Test
