#pragma once

#include <QByteArrayView>

namespace packdesk {

/// File line and column of byte offsets in a whole text (a JSON array file),
/// for messages. Records are located one after another, so it counts line
/// breaks onwards from the last offset asked for instead of from the start:
/// locating every record of a file costs one pass over it.
class TextLocator
{
public:
    struct Position
    {
        int line = 1;         ///< 1-based
        qsizetype column = 1; ///< 1-based, in characters (people count characters, not bytes)
    };

    explicit TextLocator(QByteArrayView text) : m_text(text) {}

    int lineAt(qsizetype offset);
    Position positionOf(qsizetype offset);

private:
    /// Moves the cursor to offset (back to the start first if it lies behind).
    void seek(qsizetype offset);

    QByteArrayView m_text;
    qsizetype m_offset = 0;    ///< how far line breaks have been counted
    int m_line = 1;            ///< the line m_offset is on
    qsizetype m_lineStart = 0; ///< where that line starts
};

} // namespace packdesk
