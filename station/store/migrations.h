#pragma once

#include "core/result.h"

#include <QString>

#include <memory>

namespace packdesk::store {

class SqliteDatabase;

/// The schema's history. The version lives in PRAGMA user_version; each step
/// runs in its own write transaction together with the version bump, so a
/// crash mid-migration leaves the database at the last complete version.
///
///   v1  orders, order_lines, line_barcodes, packers
///   v2  pack_sessions (with the partial unique indexes that are the claim), events
///   v3  shops (settings as JSON), orders.content_hash (back-filled)
///   v4  parcel_codes (RMA code, survey token), print_jobs
///   v5  outbox, webhook_endpoints, api_tokens, api_requests
///   v6  the stats' facts and rollups (docs/stats.md)
///
/// Steps are append-only: a released step is never edited, a change is a new step.
class Migrations
{
public:
    static int latestVersion();
    static Result<int> currentVersion(SqliteDatabase& db);

    /// Brings the database up to targetVersion (never down). A database newer
    /// than this build is refused with schema_too_new: writing to it could
    /// break columns the newer build relies on.
    static Result<void> migrate(SqliteDatabase& db, int targetVersion = latestVersion());

    /// A connection of its own on the file at path, migrated: how every
    /// component that keeps its own connection (stores, the webhook sender,
    /// the API, the stats) opens the station's database.
    static Result<std::unique_ptr<SqliteDatabase>> openMigrated(const QString& path);
};

} // namespace packdesk::store
