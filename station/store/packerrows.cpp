#include "packerrows.h"

#include "sqlitedatabase.h"

namespace packdesk::store {

namespace {
constexpr const char* kFind =
    "SELECT badge, name, locale, is_lead, pin_hash, active FROM packers WHERE badge = ?1";
constexpr const char* kActive =
    "SELECT badge, name, locale, is_lead FROM packers WHERE active = 1 ORDER BY badge";
constexpr const char* kUpsert = "INSERT INTO packers (badge, name, locale, is_lead, pin_hash, active) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, 1) ON CONFLICT (badge) DO UPDATE SET "
                                "name = excluded.name, locale = excluded.locale, is_lead = excluded.is_lead, "
                                "pin_hash = excluded.pin_hash, active = 1";
constexpr const char* kSetActive = "UPDATE packers SET active = ?1 WHERE badge = ?2";

Packer read(const SqliteStatement& st)
{
    return Packer{st.text(0), st.text(1), st.text(2), st.boolean(3)};
}
} // namespace

Result<std::optional<PackerRows::Stored>> PackerRows::find(const QString& badge)
{
    auto st = m_db.prepare(kFind);
    if (!st)
        return st.error();
    auto row = st->bind(1, badge).step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Stored>();
    return std::optional<Stored>(Stored{read(st.value()), st->text(4), st->boolean(5)});
}

Result<std::vector<Packer>> PackerRows::active()
{
    auto st = m_db.prepare(kActive);
    if (!st)
        return st.error();
    std::vector<Packer> packers;
    if (auto rows = st->forEachRow([&](SqliteStatement& r) { packers.push_back(read(r)); }); !rows)
        return rows.error();
    return packers;
}

Result<void> PackerRows::upsert(const Packer& packer, const QString& pinHash)
{
    auto st = m_db.prepare(kUpsert);
    if (!st)
        return st.error();
    st->bind(1, packer.badge).bind(2, packer.name).bind(3, packer.locale).bind(4, packer.isLead);
    if (pinHash.isEmpty())
        st->bindNull(5);
    else
        st->bind(5, pinHash);
    return st->run();
}

Result<bool> PackerRows::setActive(const QString& badge, bool active)
{
    auto st = m_db.prepare(kSetActive);
    if (!st)
        return st.error();
    if (auto done = st->bind(1, active).bind(2, badge).run(); !done)
        return done.error();
    return m_db.changes() > 0;
}

} // namespace packdesk::store
