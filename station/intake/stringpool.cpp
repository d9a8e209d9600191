#include "stringpool.h"

namespace packdesk {

QString StringPool::shared(QString&& text)
{
    const auto found = m_strings.constFind(text);
    if (found != m_strings.constEnd())
        return *found;
    if (m_strings.size() < m_maxEntries)
        m_strings.insert(text);
    return std::move(text);
}

} // namespace packdesk
