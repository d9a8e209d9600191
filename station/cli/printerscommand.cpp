#include "commands.h"

namespace packdesk::cli {

int runPrintersCommand(CliContext& context, const QStringList& arguments)
{
    Q_UNUSED(arguments);
    context.err() << "packdesk printers: not built yet\n";
    return 1;
}

} // namespace packdesk::cli
