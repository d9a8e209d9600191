#pragma once

#include "core/result.h"

namespace packdesk::store {

class SqliteDatabase;

/// The schema's history. The version lives in PRAGMA user_version; each step
/// runs in its own write transaction together with the version bump, so a
/// crash mid-migration leaves the database at the last complete version.
///
///   v1  orders, order_lines, line_barcodes, packers
///   v2  pack_sessions (with the partial unique indexes that are the claim), events
///   v3  shops (settings as JSON), orders.content_hash (back-filled)
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
};

} // namespace packdesk::store
