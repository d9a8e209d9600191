#include "commands.h"

namespace packdesk::cli {

int runTowerCommand(CliContext& context, const QStringList&)
{
    return context.usageError(QStringLiteral("not implemented yet"));
}

} // namespace packdesk::cli
