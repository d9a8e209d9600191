#include "codetracker.h"

#include <algorithm>

namespace packdesk::scanning {

bool CodeTracker::seen(BarcodeFormat format, const QString& text, std::int64_t nowMs)
{
    for (Entry& entry : m_codes) {
        if (entry.format == format && entry.text == text) {
            const bool wasGone = nowMs - entry.lastSeenMs > m_forgetAfterMs;
            entry.lastSeenMs = nowMs;
            return wasGone;
        }
    }
    m_codes.push_back(Entry{format, text, nowMs});
    return true;
}

void CodeTracker::expire(std::int64_t nowMs)
{
    std::erase_if(m_codes, [&](const Entry& entry) { return nowMs - entry.lastSeenMs > m_forgetAfterMs; });
}

} // namespace packdesk::scanning
