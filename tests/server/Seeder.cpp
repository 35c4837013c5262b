// SPDX-License-Identifier: MIT
#include "Seeder.h"

#include "ActivitySeeder.h"
#include "Database.h"
#include "DatabaseError.h"
#include "FixedData.h"
#include "FixedDataSeeder.h"
#include "GeneratedSeeder.h"
#include "SeedIds.h"
#include "Timestamps.h"

#include <QElapsedTimer>

#include <cstdio>

namespace UserAdmin::DevServer {

Seeder::Seeder(Database& database, quint64 seed, ServerShape shape)
    : m_database(database)
    , m_seed(seed)
    , m_shape(shape)
{ }

bool Seeder::seed(qint64 generatedUsers, QString* errorMessage)
{
    const std::optional<FixedData> data = FixedData::load(errorMessage);
    if (!data)
        return false;
    const qint64 now = Timestamps::nowSeconds();
    const SeedIds ids(m_seed);
    QElapsedTimer timer;
    timer.start();
    const auto phase = [&](const char* name) {
        std::fprintf(stderr, "seeding: %s done at %lld ms\n", name, static_cast<long long>(timer.elapsed()));
    };
    try {
        m_database.beginSeeding();
        FixedDataSeeder fixed(m_database, *data, ids, m_shape, now);
        const qint64 firstGenerated = fixed.seedCommon();
        phase("fixed accounts");
        GeneratedSeeder generated(m_database, ids, fixed.generatorServiceCounts(), now);
        const qint64 next = generated.seedUsers(firstGenerated, generatedUsers);
        phase("users");
        generated.deriveRows(m_shape == ServerShape::Y2026);
        fixed.seedShapeSpecific(next);
        phase("subscriptions, identities, sessions");
        if (m_shape == ServerShape::Y2026) {
            // Only the 2026 shape shows sign-ins, risk events and the audit log.
            ActivitySeeder activity(m_database, ids);
            activity.seedSignIns(fixed.endUsers());
            activity.seedGeneratedSignIns();
            activity.seedAuditLog(*data, fixed);
            phase("sign-ins, risk events, audit log");
        }
        m_database.finishSeeding();
        phase("indexes");
    } catch (const DatabaseError& error) {
        *errorMessage = QStringLiteral("seeding: %1").arg(error.message());
        return false;
    }
    return true;
}

} // namespace UserAdmin::DevServer
