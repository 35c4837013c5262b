// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QObject>

namespace UserAdmin {

/// Installs the application's and Qt's own translations for a locale.
class Translations
{
public:
    /// The locale to use: the one named by code (e.g. "de", "fr_FR") if given, else the system's.
    static QLocale localeFor(const QString& code);
    /// Installs translators on the application (they become its children). Returns true when the application's own
    /// catalogue for that language was found (English needs none and also returns true).
    static bool install(QObject* application, const QLocale& locale);
};

} // namespace UserAdmin
