#include "commands.h"

namespace packdesk::cli {

int runPrintCommand(CliContext& context, const QStringList& arguments)
{
    Q_UNUSED(arguments);
    context.err() << "packdesk print: not built yet\n";
    return 1;
}

} // namespace packdesk::cli
