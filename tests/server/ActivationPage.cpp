// SPDX-License-Identifier: MIT
#include "ActivationPage.h"

namespace UserAdmin::DevServer {

namespace {

QString page(const QString& title, const QString& body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>body{font-family:sans-serif;max-width:32em;margin:3em "
                          "auto}label{display:block;margin:1em 0 .3em}"
                          "input,select{font-size:1.2em}.error{color:#a00}.ok{color:#070}</style></head>"
                          "<body><h1>%1</h1>\n%2\n</body></html>\n")
        .arg(title.toHtmlEscaped(), body);
}

} // namespace

QString
ActivationPage::form(const QStringList& memberEmails, const QString& userCode, const QString& message, bool isError)
{
    QString options;
    for (const QString& email : memberEmails)
        options += QStringLiteral("<option value=\"%1\">%1</option>").arg(email.toHtmlEscaped());
    QString body;
    if (!message.isEmpty())
        body += QStringLiteral("<p class=\"%1\" id=\"message\">%2</p>\n")
                    .arg(isError ? QStringLiteral("error") : QStringLiteral("ok"), message.toHtmlEscaped());
    body +=
        QStringLiteral(
            "<p>Enter the code shown by the application, then choose who approves it.</p>\n"
            "<form method=\"post\" action=\"/activate\">\n"
            "<label for=\"user_code\">Code</label>"
            "<input id=\"user_code\" name=\"user_code\" value=\"%1\" autocomplete=\"off\" placeholder=\"XXXX-XXXX\">\n"
            "<label for=\"email\">Approve as</label><select id=\"email\" name=\"email\">%2</select>\n"
            "<p><button type=\"submit\">Approve</button></p>\n</form>")
            .arg(userCode.toHtmlEscaped(), options);
    return page(QStringLiteral("Activate a device"), body);
}

QString ActivationPage::approved(const QString& userCode, const QString& email)
{
    return page(
        QStringLiteral("Device authorized"),
        QStringLiteral(
            "<p class=\"ok\" id=\"message\">Code %1 approved as %2. You can close this window and return to the "
            "application.</p>")
            .arg(userCode.toHtmlEscaped(), email.toHtmlEscaped()));
}

} // namespace UserAdmin::DevServer
