// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"

#include <QElapsedTimer>
#include <QTest>

#include <functional>

namespace UserAdmin::Test {

/// Starts a job, lets the event loop run until it finishes, and reports how often finished() fired.
/// `capture` runs inside the finished() slot, while the job is still alive (it deletes itself later).
template<typename Job>
int runJob(Job* job, ApiError& error, const std::function<void(Job*)>& capture = {}, int timeoutMs = 15000)
{
    int finishedCount = 0;
    QObject::connect(job, &ApiJob::finished, job, [&finishedCount, &error, job, capture] {
        ++finishedCount;
        error = job->error();
        if (capture)
            capture(job);
    });
    job->start();
    QElapsedTimer timer;
    timer.start();
    while (finishedCount == 0 && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    QTest::qWait(30); // a second finished() would show up here, and deleteLater() runs
    return finishedCount;
}

} // namespace UserAdmin::Test
