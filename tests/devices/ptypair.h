#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace packdesk::devices::testsupport {

/// Two pseudo-terminals joined by socat (SOCAT_PROGRAM): bytes written to
/// one come out of the other, like the two ends of an RS-485 line. Both
/// ends appear as symlinks in a private temporary directory. The socat
/// process is killed by its pid when the pair goes.
class PtyPair
{
public:
    PtyPair() = default;
    ~PtyPair();
    PtyPair(const PtyPair&) = delete;
    PtyPair& operator=(const PtyPair&) = delete;

    /// Starts socat and waits until both links exist; on failure returns
    /// false and says why in `error`.
    bool start(QString& error);
    QString first() const { return m_dir.filePath(QStringLiteral("a")); }
    QString second() const { return m_dir.filePath(QStringLiteral("b")); }

private:
    QTemporaryDir m_dir;
    QProcess m_socat;
};

} // namespace packdesk::devices::testsupport
