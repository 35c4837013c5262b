// SPDX-License-Identifier: MIT
#include "api/Organization.h"

namespace UserAdmin {

Organization::Status Organization::statusFromString(QStringView text)
{
    if (text == u"active")
        return Status::Active;
    if (text == u"pending")
        return Status::Pending;
    if (text == u"suspended")
        return Status::Suspended;
    if (text == u"rejected")
        return Status::Rejected;
    return Status::Other;
}

} // namespace UserAdmin
