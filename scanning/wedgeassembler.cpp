#include "wedgeassembler.h"

namespace packdesk::scanning {

WedgeAssembler::WedgeAssembler(WedgeSettings settings) : m_settings(std::move(settings)) {}

bool WedgeAssembler::isTerminator(const WedgeKey& key) const
{
    return (key.kind == WedgeKey::Kind::Enter && m_settings.enterTerminates)
        || (key.kind == WedgeKey::Kind::Tab && m_settings.tabTerminates);
}

std::vector<WedgeOutput> WedgeAssembler::feed(const WedgeKey& key)
{
    std::vector<WedgeOutput> out;
    if (!m_pending.empty() && key.timeMs - m_pending.back().timeMs > m_settings.maxInterKeyMs)
        resolve(nullptr, out);

    if (isTerminator(key)) {
        if (m_pending.empty())
            emitTyped({key}, out); // a person pressing Enter
        else
            resolve(&key, out);
        return out;
    }
    if (key.kind != WedgeKey::Kind::Character) {
        // Arrows, function keys...: no scanner sends them. Whatever was held
        // back is a person's, and so is this key.
        resolve(nullptr, out);
        emitTyped({key}, out);
        return out;
    }
    m_pending.push_back(key);
    if (static_cast<int>(m_pending.size()) > m_settings.maxScanLength) {
        WedgeOutput noise{WedgeOutput::Kind::Discarded, {}, std::move(m_pending)};
        m_pending.clear();
        out.push_back(std::move(noise));
    }
    return out;
}

std::vector<WedgeOutput> WedgeAssembler::silence()
{
    std::vector<WedgeOutput> out;
    resolve(nullptr, out);
    return out;
}

void WedgeAssembler::resolve(const WedgeKey* terminator, std::vector<WedgeOutput>& out)
{
    if (m_pending.empty())
        return;
    std::vector<WedgeKey> keys = std::move(m_pending);
    m_pending.clear();

    if (!terminator && m_settings.requireTerminator) {
        emitTyped(std::move(keys), out);
        return;
    }

    QString text;
    for (const WedgeKey& key : keys)
        text += key.text;

    // With a prefix, the scan starts at its last occurrence: keys before it
    // were typed by a person just before the trigger was pulled.
    qsizetype scanStart = 0;
    if (!m_settings.prefix.isEmpty()) {
        const qsizetype at = text.lastIndexOf(m_settings.prefix);
        if (at < 0) {
            if (terminator)
                keys.push_back(*terminator);
            emitTyped(std::move(keys), out);
            return;
        }
        scanStart = at;
    }

    // Character keys carry one QChar each (a key may carry more, e.g. a
    // dead key's composition); find the key index where the scan starts.
    std::vector<WedgeKey> before;
    qsizetype consumed = 0;
    std::size_t firstScanKey = 0;
    while (firstScanKey < keys.size() && consumed + keys[firstScanKey].text.size() <= scanStart) {
        consumed += keys[firstScanKey].text.size();
        ++firstScanKey;
    }
    before.assign(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(firstScanKey));

    QString scan = text.mid(scanStart + m_settings.prefix.size());
    if (!m_settings.suffix.isEmpty() && scan.endsWith(m_settings.suffix))
        scan.chop(m_settings.suffix.size());

    if (scan.size() < m_settings.minScanLength) {
        if (terminator)
            keys.push_back(*terminator);
        emitTyped(std::move(keys), out);
        return;
    }
    emitTyped(std::move(before), out);
    std::vector<WedgeKey> scanKeys(keys.begin() + static_cast<std::ptrdiff_t>(firstScanKey), keys.end());
    out.push_back(WedgeOutput{WedgeOutput::Kind::Scan, std::move(scan), std::move(scanKeys)});
}

void WedgeAssembler::emitTyped(std::vector<WedgeKey> keys, std::vector<WedgeOutput>& out) const
{
    if (keys.empty())
        return;
    out.push_back(WedgeOutput{WedgeOutput::Kind::Typed, {}, std::move(keys)});
}

} // namespace packdesk::scanning
