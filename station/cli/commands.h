#pragma once

#include "clicontext.h"

namespace packdesk::cli {

// One function per top-level subcommand; `arguments` starts with the
// subcommand's own name (as argv[0] would) and holds what follows it.
int runOrdersCommand(CliContext& context, const QStringList& arguments);
int runPackCommand(CliContext& context, const QStringList& arguments);
int runStatsCommand(CliContext& context, const QStringList& arguments);
int runDbCommand(CliContext& context, const QStringList& arguments);
int runPackersCommand(CliContext& context, const QStringList& arguments);
int runShopsCommand(CliContext& context, const QStringList& arguments);
int runDemoCommand(CliContext& context, const QStringList& arguments);
int runScaleCommand(CliContext& context, const QStringList& arguments);
int runTowerCommand(CliContext& context, const QStringList& arguments);
int runSimulateCommand(CliContext& context, const QStringList& arguments);
int runPrintCommand(CliContext& context, const QStringList& arguments);
int runPrintersCommand(CliContext& context, const QStringList& arguments);
int runWebhooksCommand(CliContext& context, const QStringList& arguments);
int runServeCommand(CliContext& context, const QStringList& arguments);

} // namespace packdesk::cli
