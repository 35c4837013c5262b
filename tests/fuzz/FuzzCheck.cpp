// SPDX-License-Identifier: MIT
#include "FuzzCheck.h"

#include <QtGlobal>

namespace UserAdminFuzz {

void silenceQtMessages()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
}

} // namespace UserAdminFuzz

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    UserAdminFuzz::silenceQtMessages();
    return 0;
}
