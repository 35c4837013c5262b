// SPDX-License-Identifier: MIT
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "useradmin.ui.i18n")

namespace UserAdmin {

QLocale Translations::localeFor(const QString& code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

bool Translations::install(QObject* application, const QLocale& locale)
{
    QLocale::setDefault(locale);
    bool foundOwn = locale.language() == QLocale::English || locale.language() == QLocale::C;

    auto* own = new QTranslator(application);
    if (own->load(locale, QStringLiteral("sso-user-admin"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        foundOwn = true;
    } else if (own->load(QStringLiteral(":/i18n/sso-user-admin_en.qm"))) {
        // Untranslated languages (and the C locale) read English, which still needs its plural forms.
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }

    // Qt's own strings (standard buttons, context menus of line edits) come from the system's Qt translations.
    auto* qt = new QTranslator(application);
    if (qt->load(
            locale, QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        qCDebug(lcI18n) << "no Qt translation for" << locale.name();
        delete qt;
    }
    if (!foundOwn)
        qCInfo(lcI18n) << "no translation for" << locale.name() << "- using English";
    return foundOwn;
}

} // namespace UserAdmin
