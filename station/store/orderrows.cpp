#include "orderrows.h"

#include "sqlitedatabase.h"

namespace packdesk::store {

namespace {
// The 16 columns that hold what the shop sent, in the order bindContent() binds
// them and readContent() reads them.
#define PACKDESK_ORDER_CONTENT_COLUMNS                                                                       \
    "customer_name, customer_email, customer_locale, previous_orders, ship_name, ship_line1, ship_line2, "   \
    "ship_postal_code, ship_city, ship_region, ship_country, gift_message, return_window_days, "             \
    "survey_url_template, return_portal_url_template, discount_code"
constexpr int kContentColumns = 16;

constexpr const char* kFind = "SELECT id, status, content_hash FROM orders WHERE shop = ?1 AND number = ?2";
constexpr const char* kInsert = "INSERT INTO orders (shop, number, status, " PACKDESK_ORDER_CONTENT_COLUMNS
                                ", content_hash, imported_at, updated_at) "
                                "VALUES (?1, ?2, 'ready', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                                "?14, ?15, ?16, ?17, ?18, ?19, ?20, ?20)";
constexpr const char* kReplace =
    "UPDATE orders SET customer_name = ?1, customer_email = ?2, customer_locale = ?3, previous_orders = ?4, "
    "ship_name = ?5, ship_line1 = ?6, ship_line2 = ?7, ship_postal_code = ?8, ship_city = ?9, ship_region = "
    "?10, "
    "ship_country = ?11, gift_message = ?12, return_window_days = ?13, survey_url_template = ?14, "
    "return_portal_url_template = ?15, discount_code = ?16, content_hash = ?17, updated_at = ?18 WHERE id = "
    "?19";
// Barcodes go with their lines through ON DELETE CASCADE.
constexpr const char* kDeleteLines = "DELETE FROM order_lines WHERE order_id = ?1";
constexpr const char* kInsertLine =
    "INSERT INTO order_lines (order_id, position, sku, name, quantity, "
    "unit_weight_g, fragile, category) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
// OR IGNORE: a shop that lists one barcode twice on a line means it once.
constexpr const char* kInsertBarcode = "INSERT OR IGNORE INTO line_barcodes (line_id, code) VALUES (?1, ?2)";
constexpr const char* kSetStatus = "UPDATE orders SET status = ?1, updated_at = ?2 WHERE id = ?3";
constexpr const char* kSetHash = "UPDATE orders SET content_hash = ?1 WHERE id = ?2";
constexpr const char* kLoad =
    "SELECT shop, number, status, " PACKDESK_ORDER_CONTENT_COLUMNS " FROM orders WHERE id = ?1";
constexpr const char* kLoadLines =
    "SELECT l.id, l.sku, l.name, l.quantity, l.unit_weight_g, l.fragile, l.category, b.code "
    "FROM order_lines l LEFT JOIN line_barcodes b ON b.line_id = l.id "
    "WHERE l.order_id = ?1 ORDER BY l.position, b.code";
constexpr const char* kIdsAll = "SELECT id FROM orders ORDER BY id LIMIT ?1 OFFSET ?2";
constexpr const char* kIdsWithStatus =
    "SELECT id FROM orders WHERE status = ?3 ORDER BY id LIMIT ?1 OFFSET ?2";
#undef PACKDESK_ORDER_CONTENT_COLUMNS

void bindContent(SqliteStatement& st, int first, const Order& order)
{
    const Customer& c = order.customer;
    const ShippingAddress& a = order.shippingAddress;
    st.bind(first + 0, c.name)
        .bind(first + 1, c.email)
        .bind(first + 2, c.locale)
        .bind(first + 3, c.previousOrders);
    st.bind(first + 4, a.name)
        .bind(first + 5, a.line1)
        .bind(first + 6, a.line2)
        .bind(first + 7, a.postalCode);
    st.bind(first + 8, a.city).bind(first + 9, a.region).bind(first + 10, a.country);
    st.bind(first + 11, order.giftMessage).bind(first + 12, order.returnWindowDays);
    st.bind(first + 13, order.surveyUrlTemplate).bind(first + 14, order.returnPortalUrlTemplate);
    st.bind(first + 15, order.discountCode);
    static_assert(kContentColumns == 16, "bind every content column");
}

void readContent(const SqliteStatement& st, int first, Order& order)
{
    Customer& c = order.customer;
    ShippingAddress& a = order.shippingAddress;
    int i = first;
    c.name = st.text(i++);
    c.email = st.text(i++);
    c.locale = st.text(i++);
    c.previousOrders = st.int32(i++);
    a.name = st.text(i++);
    a.line1 = st.text(i++);
    a.line2 = st.text(i++);
    a.postalCode = st.text(i++);
    a.city = st.text(i++);
    a.region = st.text(i++);
    a.country = st.text(i++);
    order.giftMessage = st.text(i++);
    order.returnWindowDays = st.int32(i++);
    order.surveyUrlTemplate = st.text(i++);
    order.returnPortalUrlTemplate = st.text(i++);
    order.discountCode = st.text(i++);
    Q_ASSERT(i - first == kContentColumns);
}

Error corruptStatus(const QString& text)
{
    return Error{QStringLiteral("storage"),
                 QStringLiteral("Stored order status '%1' is not known to this build.").arg(text)};
}
} // namespace

Result<std::optional<OrderRows::Stored>> OrderRows::find(const QString& shop, const QString& number)
{
    auto st = m_db.prepare(kFind);
    if (!st)
        return st.error();
    st->bind(1, shop).bind(2, number);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Stored>();
    Stored stored;
    stored.id = st->int64(0);
    if (!orderStatusFromString(st->text(1), &stored.status))
        return corruptStatus(st->text(1));
    stored.contentHash = st->blob(2);
    return std::optional<Stored>(std::move(stored));
}

Result<qint64> OrderRows::insert(const Order& order, const QByteArray& contentHash, qint64 nowMs)
{
    {
        auto st = m_db.prepare(kInsert);
        if (!st)
            return st.error();
        st->bind(1, order.shop).bind(2, order.number);
        bindContent(st.value(), 3, order);
        st->bindBlob(3 + kContentColumns, contentHash).bind(4 + kContentColumns, nowMs);
        if (auto done = st->run(); !done)
            return done.error();
    }
    const qint64 id = m_db.lastInsertId();
    if (auto lines = insertLines(id, order.lines); !lines)
        return lines.error();
    return id;
}

Result<void> OrderRows::replaceContent(qint64 id, const Order& order, const QByteArray& contentHash,
                                       qint64 nowMs)
{
    auto st = m_db.prepare(kReplace);
    if (!st)
        return st.error();
    bindContent(st.value(), 1, order);
    st->bindBlob(1 + kContentColumns, contentHash)
        .bind(2 + kContentColumns, nowMs)
        .bind(3 + kContentColumns, id);
    if (auto done = st->run(); !done)
        return done;
    auto del = m_db.prepare(kDeleteLines);
    if (!del)
        return del.error();
    if (auto done = del->bind(1, id).run(); !done)
        return done;
    return insertLines(id, order.lines);
}

Result<void> OrderRows::insertLines(qint64 orderId, const std::vector<OrderLine>& lines)
{
    auto line = m_db.prepare(kInsertLine);
    if (!line)
        return line.error();
    auto barcode = m_db.prepare(kInsertBarcode);
    if (!barcode)
        return barcode.error();
    for (std::size_t position = 0; position < lines.size(); ++position) {
        const OrderLine& l = lines[position];
        line->bind(1, orderId).bind(2, qint64(position)).bind(3, l.sku).bind(4, l.name);
        line->bind(5, l.quantity).bind(6, l.unitWeightGrams).bind(7, l.fragile).bind(8, l.category);
        if (auto done = line->run(); !done)
            return done;
        const qint64 lineId = m_db.lastInsertId();
        for (const QString& code : l.barcodes) {
            if (auto done = barcode->bind(1, lineId).bind(2, code).run(); !done)
                return done;
        }
    }
    return {};
}

Result<void> OrderRows::setStatus(qint64 id, OrderStatus status, qint64 nowMs)
{
    auto st = m_db.prepare(kSetStatus);
    if (!st)
        return st.error();
    return st->bind(1, toString(status)).bind(2, nowMs).bind(3, id).run();
}

Result<void> OrderRows::setContentHash(qint64 id, const QByteArray& contentHash)
{
    auto st = m_db.prepare(kSetHash);
    if (!st)
        return st.error();
    return st->bindBlob(1, contentHash).bind(2, id).run();
}

Result<Order> OrderRows::load(qint64 id)
{
    Order order;
    {
        auto st = m_db.prepare(kLoad);
        if (!st)
            return st.error();
        st->bind(1, id);
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            return Error{QStringLiteral("order_not_found"),
                         QStringLiteral("Order #%1 is not stored.").arg(id)};
        order.id = id;
        order.shop = st->text(0);
        order.number = st->text(1);
        if (!orderStatusFromString(st->text(2), &order.status))
            return corruptStatus(st->text(2));
        readContent(st.value(), 3, order);
    }
    if (auto lines = loadLines(order); !lines)
        return lines.error();
    return order;
}

Result<void> OrderRows::loadLines(Order& order)
{
    auto st = m_db.prepare(kLoadLines);
    if (!st)
        return st.error();
    st->bind(1, order.id);
    qint64 currentLineId = 0;
    return st->forEachRow([&](SqliteStatement& row) {
        // One row per barcode (or one with NULL code for a line without any).
        if (row.int64(0) != currentLineId) {
            currentLineId = row.int64(0);
            OrderLine line;
            line.sku = row.text(1);
            line.name = row.text(2);
            line.quantity = row.int32(3);
            line.unitWeightGrams = row.int32(4);
            line.fragile = row.boolean(5);
            line.category = row.text(6);
            order.lines.push_back(std::move(line));
        }
        if (!row.isNull(7))
            order.lines.back().barcodes.push_back(row.text(7));
    });
}

Result<std::vector<qint64>> OrderRows::ids(std::optional<OrderStatus> status, int limit, int offset)
{
    auto st = m_db.prepare(status ? kIdsWithStatus : kIdsAll);
    if (!st)
        return st.error();
    st->bind(1, limit).bind(2, offset);
    if (status)
        st->bind(3, toString(*status));
    std::vector<qint64> result;
    if (auto rows = st->forEachRow([&](SqliteStatement& r) { result.push_back(r.int64(0)); }); !rows)
        return rows.error();
    return result;
}

} // namespace packdesk::store
