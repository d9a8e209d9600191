#pragma once

#include <QStringList>
#include <QTextStream>

namespace packdesk::cli {

/// `packdesk <command> ...`: picks the subcommand and returns the exit code
/// (0 ok, 1 failed, 2 usage).
int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace packdesk::cli
