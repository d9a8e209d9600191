#include "commands.h"

namespace packdesk::cli {

int runSimulateCommand(CliContext& context, const QStringList&)
{
    return context.usageError(QStringLiteral("not implemented yet"));
}

} // namespace packdesk::cli
