#include "ptypair.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

namespace packdesk::devices::testsupport {

PtyPair::~PtyPair()
{
    if (m_socat.state() != QProcess::NotRunning) {
        m_socat.kill();
        m_socat.waitForFinished(5000);
    }
}

bool PtyPair::start(QString& error)
{
    if (!m_dir.isValid()) {
        error = QStringLiteral("no temporary directory: ") + m_dir.errorString();
        return false;
    }
    m_socat.setProcessChannelMode(QProcess::MergedChannels);
    m_socat.start(QStringLiteral(SOCAT_PROGRAM),
                  {QStringLiteral("-d"), QStringLiteral("-d"), QStringLiteral("pty,raw,echo=0,link=") + first(),
                   QStringLiteral("pty,raw,echo=0,link=") + second()});
    if (!m_socat.waitForStarted(5000)) {
        error = QStringLiteral("socat did not start: ") + m_socat.errorString();
        return false;
    }
    // socat creates the links once both terminals are open; only then may
    // anyone open them.
    QElapsedTimer clock;
    clock.start();
    while (!(QFileInfo::exists(first()) && QFileInfo::exists(second()))) {
        if (m_socat.state() == QProcess::NotRunning || clock.elapsed() > 10000) {
            error = QStringLiteral("socat made no pty pair: ") + QString::fromLocal8Bit(m_socat.readAll());
            return false;
        }
        QThread::msleep(10);
    }
    return true;
}

} // namespace packdesk::devices::testsupport
