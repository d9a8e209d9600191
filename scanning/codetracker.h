#pragma once

#include "barcodeformat.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace packdesk::scanning {

/// Remembers which codes are in front of the camera, so that an item held
/// under it for two seconds is one scan, not sixty. A code counts as gone
/// once it was not decoded for forgetAfterMs; seen again after that, it is
/// a new scan (the packer put a second unit of the same item under it).
class CodeTracker
{
public:
    explicit CodeTracker(int forgetAfterMs = 1500) : m_forgetAfterMs(forgetAfterMs) {}

    /// Marks the code seen at nowMs; true when it was not already in view.
    bool seen(BarcodeFormat format, const QString& text, std::int64_t nowMs);
    /// Drops codes not seen for forgetAfterMs before nowMs.
    void expire(std::int64_t nowMs);
    std::size_t inView() const { return m_codes.size(); }
    void clear() { m_codes.clear(); }

private:
    struct Entry
    {
        BarcodeFormat format;
        QString text;
        std::int64_t lastSeenMs;
    };
    // A handful of codes are in view at once: a vector beats a hash map.
    std::vector<Entry> m_codes;
    int m_forgetAfterMs;
};

} // namespace packdesk::scanning
