#include "linereader.h"

#include <QIODevice>
#include <cstring>

namespace packdesk {

namespace {
constexpr qsizetype kChunkBytes = 256 * 1024;
}

LineReader::LineReader(QIODevice& device, qsizetype maxLineBytes)
    : m_device(device), m_maxLineBytes(maxLineBytes)
{
}

QString LineReader::errorString() const
{
    return m_device.errorString();
}

bool LineReader::fill()
{
    if (m_atEnd)
        return false;
    // Drop what was consumed so the buffer holds at most one line plus a chunk.
    if (m_start > 0) {
        m_buffer.remove(0, m_start);
        m_start = 0;
    }
    const qsizetype oldSize = m_buffer.size();
    m_buffer.resize(oldSize + kChunkBytes);
    const qint64 got = m_device.read(m_buffer.data() + oldSize, kChunkBytes);
    if (got <= 0) {
        m_buffer.resize(oldSize);
        m_atEnd = true;
        m_readError = got < 0;
        return false;
    }
    m_buffer.resize(oldSize + qsizetype(got));
    return true;
}

LineReader::Status LineReader::next(QByteArrayView* line)
{
    qsizetype searchFrom = m_start;
    for (;;) {
        const char* base = m_buffer.constData();
        const void* newline = nullptr;
        if (searchFrom < m_buffer.size())
            newline = std::memchr(base + searchFrom, '\n', size_t(m_buffer.size() - searchFrom));
        if (newline) {
            const qsizetype end = static_cast<const char*>(newline) - base;
            ++m_lineNumber;
            const qsizetype start = m_start;
            m_start = end + 1;
            if (end - start > m_maxLineBytes)
                return Status::TooLong;
            *line = QByteArrayView(base + start, end - start);
            return Status::Line;
        }
        if (m_buffer.size() - m_start > m_maxLineBytes) {
            // Skip the rest of this line without keeping it.
            ++m_lineNumber;
            for (;;) {
                m_buffer.clear();
                m_start = 0;
                if (!fill())
                    return m_readError ? Status::ReadError : Status::TooLong;
                const void* end = std::memchr(m_buffer.constData(), '\n', size_t(m_buffer.size()));
                if (end) {
                    m_start = static_cast<const char*>(end) - m_buffer.constData() + 1;
                    return Status::TooLong;
                }
            }
        }
        const qsizetype unread = m_buffer.size() - m_start;
        if (!fill()) {
            if (m_readError)
                return Status::ReadError;
            if (unread == 0)
                return Status::End;
            // The last line has no newline.
            ++m_lineNumber;
            *line = QByteArrayView(m_buffer.constData() + m_start, m_buffer.size() - m_start);
            m_start = m_buffer.size();
            return Status::Line;
        }
        searchFrom = m_start + unread; // fill() moved the unread bytes to the front
    }
}

} // namespace packdesk
