// SPDX-License-Identifier: MIT
#include "core/ProcessHardening.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace UserAdmin {

bool ProcessHardening::disableCoreDumps()
{
#ifdef Q_OS_LINUX
    return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && !isDumpable();
#else
    return true;
#endif
}

bool ProcessHardening::isDumpable()
{
#ifdef Q_OS_LINUX
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 1;
#else
    return false;
#endif
}

} // namespace UserAdmin
