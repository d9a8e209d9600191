#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace packdesk::testing {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the real packdesk binary, as a station technician would.
inline CliResult runPackdesk(const QStringList& arguments, const QByteArray& stdinData = {})
{
    QProcess process;
    process.setProgram(QStringLiteral(PACKDESK_BINARY));
    process.setArguments(arguments);
    process.start();
    process.waitForStarted();
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(60'000);
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace packdesk::testing
