#include "commands.h"

namespace packdesk::cli {

int runWebhooksCommand(CliContext& context, const QStringList& arguments)
{
    Q_UNUSED(arguments);
    context.err() << "packdesk webhooks: not built yet\n";
    return 1;
}

} // namespace packdesk::cli
