#pragma once

#include <QByteArray>
#include <QByteArrayView>

class QIODevice;

namespace packdesk {

/// Reads a device line by line through a fixed-size buffer, never holding
/// more than one line. Why not QIODevice::readLine: without a limit it
/// grows without bound on a file with no newlines, and with a limit it
/// allocates the whole limit for every line.
class LineReader
{
public:
    enum class Status
    {
        Line,    ///< *line holds the next line, without "\n" (a "\r" stays)
        TooLong, ///< the line exceeded the limit and was skipped to its end
        End,
        ReadError,
    };

    LineReader(QIODevice& device, qsizetype maxLineBytes);

    /// The view stays valid until the next call.
    Status next(QByteArrayView* line);
    /// 1-based number of the line last returned.
    int lineNumber() const { return m_lineNumber; }
    QString errorString() const;

private:
    bool fill();

    QIODevice& m_device;
    qsizetype m_maxLineBytes;
    QByteArray m_buffer;
    qsizetype m_start = 0; ///< first unread byte in m_buffer
    bool m_atEnd = false;
    bool m_readError = false;
    int m_lineNumber = 0;
};

} // namespace packdesk
