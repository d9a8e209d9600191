#include "commands.h"

namespace packdesk::cli {

int runServeCommand(CliContext& context, const QStringList& arguments)
{
    Q_UNUSED(arguments);
    context.err() << "packdesk serve: not built yet\n";
    return 1;
}

} // namespace packdesk::cli
