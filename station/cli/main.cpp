// The packdesk executable: everything lives in the libraries; see cliapp.cpp.
#include "cli/cliapp.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("packdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PACKDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return packdesk::cli::runCli(QCoreApplication::arguments(), out, err);
}
