#pragma once

// The SQL of each schema step, in order (see Migrations): append-only, a
// released step is never edited. Kept apart from the migration logic so
// each stays readable.

namespace packdesk::store::schema {

inline constexpr const char* kV1 = R"sql(
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    shop TEXT NOT NULL CHECK (shop <> ''),
    number TEXT NOT NULL CHECK (number <> ''),
    status TEXT NOT NULL DEFAULT 'ready'
        CHECK (status IN ('ready', 'packing', 'packed', 'exception', 'cancelled')),
    customer_name TEXT NOT NULL DEFAULT '',
    customer_email TEXT NOT NULL DEFAULT '',
    customer_locale TEXT NOT NULL DEFAULT 'en',
    previous_orders INTEGER NOT NULL DEFAULT 0,
    ship_name TEXT NOT NULL DEFAULT '',
    ship_line1 TEXT NOT NULL DEFAULT '',
    ship_line2 TEXT NOT NULL DEFAULT '',
    ship_postal_code TEXT NOT NULL DEFAULT '',
    ship_city TEXT NOT NULL DEFAULT '',
    ship_region TEXT NOT NULL DEFAULT '',
    ship_country TEXT NOT NULL DEFAULT '',
    gift_message TEXT NOT NULL DEFAULT '',
    return_window_days INTEGER NOT NULL DEFAULT 30,
    survey_url_template TEXT NOT NULL DEFAULT '',
    return_portal_url_template TEXT NOT NULL DEFAULT '',
    discount_code TEXT NOT NULL DEFAULT '',
    imported_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (shop, number)
);
-- A packer scans the bare order number far more often than shop/number.
CREATE INDEX orders_by_number ON orders (number);
CREATE INDEX orders_by_status ON orders (status, id);

CREATE TABLE order_lines (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    sku TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    -- The last guard against a line that can never be packed (or packed forever).
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_weight_g INTEGER NOT NULL DEFAULT 0 CHECK (unit_weight_g >= 0),
    fragile INTEGER NOT NULL DEFAULT 0,
    category TEXT NOT NULL DEFAULT '',
    UNIQUE (order_id, position)
);

CREATE TABLE line_barcodes (
    line_id INTEGER NOT NULL REFERENCES order_lines (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    PRIMARY KEY (line_id, code)
) WITHOUT ROWID;

CREATE TABLE packers (
    badge TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    locale TEXT NOT NULL DEFAULT 'en',
    is_lead INTEGER NOT NULL DEFAULT 0,
    pin_hash TEXT,
    active INTEGER NOT NULL DEFAULT 1
);
)sql";

inline constexpr const char* kV2 = R"sql(
CREATE TABLE pack_sessions (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    station TEXT NOT NULL,
    packer TEXT NOT NULL,
    state TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    ended_at INTEGER,
    outcome TEXT
);
-- The claim: at most one open session per order and per station. Even a bug
-- in the claiming code cannot let two stations pack one order.
CREATE UNIQUE INDEX pack_sessions_open_per_order ON pack_sessions (order_id) WHERE ended_at IS NULL;
CREATE UNIQUE INDEX pack_sessions_open_per_station ON pack_sessions (station) WHERE ended_at IS NULL;
CREATE INDEX pack_sessions_by_order ON pack_sessions (order_id, ended_at);

-- The event log outlives the rows it mentions (stats, audits), so no foreign keys.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    type TEXT NOT NULL,
    station TEXT NOT NULL DEFAULT '',
    packer TEXT NOT NULL DEFAULT '',
    order_id INTEGER,
    session_id INTEGER,
    details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX events_by_session ON events (session_id);
CREATE INDEX events_by_type_time ON events (type, at);
CREATE INDEX events_by_time ON events (at);
)sql";

inline constexpr const char* kV3 = R"sql(
CREATE TABLE shops (
    code TEXT PRIMARY KEY,
    settings_json TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
ALTER TABLE orders ADD COLUMN content_hash BLOB;
)sql";

// v4: printing. The RMA code and the survey token are made once per order and
// never change (a reprint shows the same codes); print jobs keep the rendered
// bytes so a job queued while the printer is offline prints exactly what the
// packer saw, after a restart too.
inline constexpr const char* kV4 = R"sql(
CREATE TABLE parcel_codes (
    order_id INTEGER PRIMARY KEY REFERENCES orders (id),
    rma_code TEXT NOT NULL UNIQUE,
    survey_token TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);
CREATE TABLE print_jobs (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    session_id INTEGER NOT NULL DEFAULT 0,
    station TEXT NOT NULL,
    document TEXT NOT NULL CHECK (document IN ('card', 'return_label')),
    printer TEXT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('pdf', 'zpl')),
    content BLOB NOT NULL,
    state TEXT NOT NULL
        CHECK (state IN ('queued', 'submitted', 'held', 'completed', 'aborted', 'cancelled')),
    cups_job_id INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    reason TEXT NOT NULL DEFAULT '',
    reprint_of INTEGER REFERENCES print_jobs (id),
    requested_by TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX print_jobs_unfinished ON print_jobs (station, id)
    WHERE state IN ('queued', 'submitted', 'held');
CREATE INDEX print_jobs_by_order ON print_jobs (order_id, id);
)sql";

// v5: sync. The outbox row is written in the transaction that records the
// event, so a shop hears of every packed order exactly when it happened;
// message_id is the webhook-id, fixed at creation so retries and restarts
// never deliver under a new id.
inline constexpr const char* kV5 = R"sql(
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    message_id TEXT NOT NULL UNIQUE,
    shop TEXT NOT NULL,
    order_key TEXT NOT NULL,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'delivered', 'dead', 'discarded')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_status INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    delivered_at INTEGER
);
CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE state = 'pending';
CREATE INDEX outbox_by_order ON outbox (order_key, id);
CREATE INDEX outbox_by_state_time ON outbox (state, created_at);
CREATE TABLE webhook_endpoints (
    shop TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    secrets TEXT NOT NULL DEFAULT '[]',
    enabled INTEGER NOT NULL DEFAULT 1,
    disabled_reason TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL
);
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    shop TEXT NOT NULL,
    token_hash BLOB NOT NULL UNIQUE,
    label TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
);
CREATE TABLE api_requests (
    shop TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    request_hash BLOB NOT NULL,
    status INTEGER NOT NULL,
    response TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (shop, idempotency_key)
) WITHOUT ROWID;
)sql";

// v6: stats. Read models the stats queries (station/stats) keep current from
// the event log, so a lead's report over 90 days and millions of events reads
// a few thousand rows instead of the raw events (see docs/stats.md). Only the
// stats indexer writes them; packing's write path is untouched.
inline constexpr const char* kV6 = R"sql(
CREATE TABLE stats_cursor (
    name TEXT PRIMARY KEY,
    position INTEGER NOT NULL
);
CREATE TABLE stats_sessions (
    session_id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL,
    shop TEXT NOT NULL,
    station TEXT NOT NULL,
    packer TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    ended_at INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    exception_reason TEXT NOT NULL DEFAULT '',
    items INTEGER NOT NULL DEFAULT 0,
    items_scanned INTEGER NOT NULL DEFAULT 0,
    duration_ms INTEGER,
    mis_scans INTEGER NOT NULL DEFAULT 0,
    weight_failures INTEGER NOT NULL DEFAULT 0,
    overrides INTEGER NOT NULL DEFAULT 0,
    defects INTEGER NOT NULL DEFAULT 0,
    print_failures INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stats_sessions_by_end ON stats_sessions (ended_at);
CREATE TABLE stats_session_defects (
    session_id INTEGER NOT NULL,
    ended_at INTEGER NOT NULL,
    shop TEXT NOT NULL,
    station TEXT NOT NULL,
    packer TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX stats_session_defects_by_end ON stats_session_defects (ended_at);
CREATE TABLE stats_hourly (
    hour INTEGER NOT NULL,
    shop TEXT NOT NULL,
    station TEXT NOT NULL,
    packer TEXT NOT NULL,
    orders INTEGER NOT NULL DEFAULT 0,
    items INTEGER NOT NULL DEFAULT 0,
    items_scanned INTEGER NOT NULL DEFAULT 0,
    mis_scans INTEGER NOT NULL DEFAULT 0,
    weight_failures INTEGER NOT NULL DEFAULT 0,
    overrides INTEGER NOT NULL DEFAULT 0,
    exceptions INTEGER NOT NULL DEFAULT 0,
    defects INTEGER NOT NULL DEFAULT 0,
    print_failures INTEGER NOT NULL DEFAULT 0,
    durations BLOB NOT NULL DEFAULT x'',
    PRIMARY KEY (hour, shop, station, packer)
) WITHOUT ROWID;
-- The dashboard's list of stations, without reading every hour.
CREATE INDEX stats_hourly_by_station ON stats_hourly (station);
-- The same sums without the shop (for reports not filtered by shop: a
-- packer-hour spans several shops, so this is several times fewer rows) and
-- per shop alone (the report's shop column).
CREATE TABLE stats_hourly_packers (
    hour INTEGER NOT NULL,
    station TEXT NOT NULL,
    packer TEXT NOT NULL,
    orders INTEGER NOT NULL DEFAULT 0,
    items INTEGER NOT NULL DEFAULT 0,
    items_scanned INTEGER NOT NULL DEFAULT 0,
    mis_scans INTEGER NOT NULL DEFAULT 0,
    weight_failures INTEGER NOT NULL DEFAULT 0,
    overrides INTEGER NOT NULL DEFAULT 0,
    exceptions INTEGER NOT NULL DEFAULT 0,
    defects INTEGER NOT NULL DEFAULT 0,
    print_failures INTEGER NOT NULL DEFAULT 0,
    durations BLOB NOT NULL DEFAULT x'',
    PRIMARY KEY (hour, station, packer)
) WITHOUT ROWID;
CREATE TABLE stats_hourly_shops (
    hour INTEGER NOT NULL,
    shop TEXT NOT NULL,
    orders INTEGER NOT NULL DEFAULT 0,
    items INTEGER NOT NULL DEFAULT 0,
    items_scanned INTEGER NOT NULL DEFAULT 0,
    mis_scans INTEGER NOT NULL DEFAULT 0,
    weight_failures INTEGER NOT NULL DEFAULT 0,
    overrides INTEGER NOT NULL DEFAULT 0,
    exceptions INTEGER NOT NULL DEFAULT 0,
    defects INTEGER NOT NULL DEFAULT 0,
    print_failures INTEGER NOT NULL DEFAULT 0,
    durations BLOB NOT NULL DEFAULT x'',
    PRIMARY KEY (hour, shop)
) WITHOUT ROWID;
CREATE TABLE stats_hourly_kinds (
    hour INTEGER NOT NULL,
    shop TEXT NOT NULL,
    station TEXT NOT NULL,
    packer TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('defect', 'exception')),
    kind TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (hour, shop, station, packer, category, kind)
) WITHOUT ROWID;
-- Reprints, copied out of the event log: reading them from events meant one
-- random page of a multi-GB table per reprint.
CREATE TABLE stats_reprints (
    event_id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    shop TEXT NOT NULL,
    station TEXT NOT NULL,
    packer TEXT NOT NULL
);
CREATE INDEX stats_reprints_by_time ON stats_reprints (at, shop, station, packer);
CREATE TABLE stats_webhooks_hourly (
    hour INTEGER NOT NULL,
    shop TEXT NOT NULL,
    delivered INTEGER NOT NULL DEFAULT 0,
    dead INTEGER NOT NULL DEFAULT 0,
    lags BLOB NOT NULL DEFAULT x'',
    PRIMARY KEY (hour, shop)
) WITHOUT ROWID;
)sql";

} // namespace packdesk::store::schema
