// SPDX-License-Identifier: MIT
#include "handlers/ActivationFormEndpoint.h"

#include "ActivationPage.h"
#include "HttpRequestData.h"

namespace UserAdmin::DevServer {

HttpReply ActivationFormEndpoint::handle(const HttpRequestData& request, const RouteParams&)
{
    return HttpReply::html(200,
                           ActivationPage::form(m_context.directory().memberEmails(),
                                                ApiContext::firstValue(request, QStringLiteral("user_code")),
                                                {},
                                                false));
}

} // namespace UserAdmin::DevServer
