#include "orderlookup.h"

#include "sqlitedatabase.h"

#include <QStringList>

namespace packdesk::store {

namespace {
constexpr const char* kById = "SELECT id, shop, number, status FROM orders WHERE id = ?1";
constexpr const char* kByShopAndNumber =
    "SELECT id, shop, number, status FROM orders WHERE shop = ?1 AND number = ?2";
// Enough rows to name the shops in the "ambiguous" message without listing hundreds.
constexpr const char* kByNumber =
    "SELECT id, shop, number, status FROM orders WHERE number = ?1 ORDER BY shop LIMIT 6";
constexpr int kShopsNamed = 5;

Error notFound(const QString& code)
{
    return Error{QStringLiteral("order_not_found"),
                 QStringLiteral("No order matches '%1'. Check the packing slip or ask a lead.").arg(code)};
}

OrderRef read(const SqliteStatement& st)
{
    OrderRef ref{st.int64(0), st.text(1), st.text(2), OrderStatus::Ready};
    // An unknown status would have been refused by the CHECK constraint; keep "ready" if it ever is not.
    orderStatusFromString(st.text(3), &ref.status);
    return ref;
}
} // namespace

Result<OrderRef> OrderLookup::byId(qint64 id)
{
    auto st = m_db.prepare(kById);
    if (!st)
        return st.error();
    auto row = st->bind(1, id).step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error{QStringLiteral("order_not_found"), QStringLiteral("Order #%1 is not stored.").arg(id)};
    return read(st.value());
}

Result<OrderRef> OrderLookup::byScannedCode(const QString& scanned)
{
    const QString code = scanned.trimmed();
    if (code.isEmpty())
        return notFound(code);

    const qsizetype slash = code.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        auto st = m_db.prepare(kByShopAndNumber);
        if (!st)
            return st.error();
        auto row = st->bind(1, code.left(slash)).bind(2, code.mid(slash + 1)).step();
        if (!row)
            return row.error();
        if (row.value())
            return read(st.value());
        // Not "shop/number" after all: some shops put a slash in their numbers.
    }

    return byNumber(code);
}

Result<OrderRef> OrderLookup::byNumber(const QString& number)
{
    auto st = m_db.prepare(kByNumber);
    if (!st)
        return st.error();
    st->bind(1, number);
    std::vector<OrderRef> matches;
    if (auto rows = st->forEachRow([&](SqliteStatement& r) { matches.push_back(read(r)); }); !rows)
        return rows.error();
    if (matches.empty())
        return notFound(number);
    if (matches.size() == 1)
        return matches.front();

    QStringList shops;
    for (std::size_t i = 0; i < matches.size() && i < std::size_t(kShopsNamed); ++i)
        shops << matches[i].shop;
    if (matches.size() > std::size_t(kShopsNamed))
        shops << QStringLiteral("...");
    return Error{
        QStringLiteral("order_ambiguous"),
        QStringLiteral("Order number '%1' exists in several shops (%2). Scan the barcode on the packing "
                       "slip, which names the shop.")
            .arg(number, shops.join(QStringLiteral(", ")))};
}

} // namespace packdesk::store
