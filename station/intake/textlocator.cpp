#include "textlocator.h"

#include "utf8check.h"

#include <cstring>

namespace packdesk {

void TextLocator::seek(qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, m_text.size());
    if (offset < m_offset) {
        m_offset = 0;
        m_line = 1;
        m_lineStart = 0;
    }
    const char* const begin = m_text.data();
    const char* p = begin + m_offset;
    const char* const end = begin + offset;
    while (p < end) {
        const void* found = std::memchr(p, '\n', size_t(end - p));
        if (!found)
            break;
        p = static_cast<const char*>(found) + 1;
        ++m_line;
        m_lineStart = p - begin;
    }
    m_offset = offset;
}

int TextLocator::lineAt(qsizetype offset)
{
    seek(offset);
    return m_line;
}

TextLocator::Position TextLocator::positionOf(qsizetype offset)
{
    seek(offset);
    return {m_line, utf8CharacterCount(m_text.sliced(m_lineStart, m_offset - m_lineStart)) + 1};
}

} // namespace packdesk
