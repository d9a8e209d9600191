#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace packdesk {

/// The lexical half of JsonOrderParser: a position in JSON text, white
/// space, strings, member names, numbers and literals, and the first error
/// with its offset. The text must be valid UTF-8 (checked beforehand).
class JsonCursor
{
public:
    explicit JsonCursor(QByteArrayView text)
        : m_begin(text.data()), m_p(text.data()), m_end(text.data() + text.size())
    {
    }

    bool atEnd() const { return m_p == m_end; }
    char current() const { return *m_p; }
    void advance() { ++m_p; }
    qsizetype offset() const { return m_p - m_begin; }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    /// Skips white space and tells whether c comes next (without taking it).
    bool peekIs(char c)
    {
        skipSpace();
        return m_p < m_end && *m_p == c;
    }
    /// Skips white space and takes c, or fails with reason.
    bool expect(char c, const char* reason)
    {
        if (peekIs(c)) {
            ++m_p;
            return true;
        }
        return fail(reason);
    }

    /// At the opening quote. out may be null to only check the string.
    bool parseString(QString* out);
    /// A member name; the view stays valid until the next call.
    bool parseKey(QByteArrayView* key);
    bool parseNumber(double* out);
    bool parseLiteral(const char* word);

    /// Records the first error only: later ones are consequences.
    bool fail(const char* reason);
    qsizetype errorOffset() const { return m_errorOffset; }
    const QString& errorReason() const { return m_errorReason; }

private:
    bool parseUnicodeEscape(char16_t* unit);

    const char* m_begin;
    const char* m_p;
    const char* m_end;
    QByteArray m_keyBuffer; ///< names with escapes, rare
    qsizetype m_errorOffset = 0;
    QString m_errorReason;
};

} // namespace packdesk
