// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"

#include <QPointer>
#include <QTest>

#include <functional>

namespace UserAdmin::Test {

/// Starts a job, lets the event loop run until the job has deleted itself, and reports how often finished() fired.
/// A job emits finished() before it deletes itself, so every finished() it will ever emit has been counted by then.
/// `capture` runs inside the finished() slot, while the job is still alive.
template<typename Job>
int runJob(Job* job, ApiError& error, const std::function<void(Job*)>& capture = {}, int timeoutMs = 15000)
{
    int finishedCount = 0;
    QPointer<Job> alive(job);
    QObject::connect(job, &ApiJob::finished, job, [&finishedCount, &error, job, capture] {
        ++finishedCount;
        error = job->error();
        if (capture)
            capture(job);
    });
    job->start();
    if (!QTest::qWaitFor([&alive] { return alive.isNull(); }, timeoutMs))
        qWarning("the job did not finish in time");
    return finishedCount;
}

} // namespace UserAdmin::Test
