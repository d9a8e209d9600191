#include "commands.h"
#include "intake/orderimporter.h"
#include "store/sqliteorderstore.h"
#include "texttable.h"

namespace packdesk::cli {

namespace {
const QString kUsage = QStringLiteral(
    "Usage: packdesk orders import FILE [--strict] [--format auto|json|jsonl|csv]\n"
    "       packdesk orders list [--status ready|packing|packed|exception|cancelled] [--limit N]\n"
    "       packdesk orders show ORDER          (ORDER is shop/number, or a number)\n"
    "Import is idempotent on shop and number: orders not yet packed are updated,\n"
    "packed ones are never touched. Each bad record is reported with its field and\n"
    "reason; the good ones are imported unless --strict (docs/order-format.md).");

int importOrders(CliContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    if (args.size() != 2)
        return context.usageError(QStringLiteral("orders import takes one FILE"));
    ImportOptions options;
    options.strict = parser.isSet(QStringLiteral("strict"));
    const auto format = importFormatFromName(parser.value(QStringLiteral("format")));
    if (!format)
        return context.usageError(QStringLiteral("--format must be auto, json, jsonl or csv"));
    options.format = *format;
    auto* store = context.openStore();
    if (!store)
        return ExitFailed;
    OrderImporter importer(*store);
    const ImportReport report = importer.importFile(args.at(1), options);
    for (const auto& problem : report.problems)
        context.err() << args.at(1) << QStringLiteral(": ") << problem.toString() << QLatin1Char('\n');
    context.err().flush();
    context.out() << report.summary() << QLatin1Char('\n');
    context.out().flush();
    return report.problems.empty() ? ExitOk : ExitFailed;
}

int listOrders(CliContext& context, const QCommandLineParser& parser)
{
    std::optional<OrderStatus> status;
    if (parser.isSet(QStringLiteral("status"))) {
        OrderStatus parsed;
        if (!orderStatusFromString(parser.value(QStringLiteral("status")), &parsed))
            return context.usageError(QStringLiteral("unknown status '%1'").arg(parser.value(QStringLiteral("status"))));
        status = parsed;
    }
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return context.usageError(QStringLiteral("--limit must be a positive number"));
    auto* store = context.openStore();
    if (!store)
        return ExitFailed;
    auto orders = store->listOrders(status, limit, 0);
    if (!orders)
        return context.fail(orders.error());
    // Customer names stay off this list: it ends up in terminals and tickets.
    TextTable table({QStringLiteral("order"), QStringLiteral("status"), QStringLiteral("lines"),
                     QStringLiteral("items"), QStringLiteral("grams")});
    for (const auto& order : orders.value())
        table.addRow({order.reference(), toString(order.status), QString::number(order.lines.size()),
                      QString::number(order.totalItems()), QString::number(order.itemsWeightGrams())});
    table.print(context.out());
    return ExitOk;
}

int showOrder(CliContext& context, const QStringList& args)
{
    if (args.size() != 2)
        return context.usageError(QStringLiteral("orders show takes one ORDER"));
    auto found = context.findOrder(args.at(1));
    if (!found)
        return context.fail(found.error());
    const Order& order = found.value();
    QTextStream& out = context.out();
    out << QStringLiteral("order     %1 (%2)\n").arg(order.reference(), toString(order.status));
    out << QStringLiteral("customer  %1 <%2>, %3, %4\n")
               .arg(order.customer.name, order.customer.email, order.customer.locale,
                    order.customer.isFirstTime() ? QStringLiteral("first order")
                                                 : QStringLiteral("%1 earlier order(s)").arg(order.customer.previousOrders));
    out << QStringLiteral("ship to   %1, %2, %3 %4, %5\n")
               .arg(order.shippingAddress.name, order.shippingAddress.line1, order.shippingAddress.postalCode,
                    order.shippingAddress.city, order.shippingAddress.country);
    if (!order.giftMessage.isEmpty())
        out << QStringLiteral("message   %1\n").arg(order.giftMessage);
    out << QStringLiteral("returns   %1 days\n\n").arg(order.returnWindowDays);
    TextTable lines({QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("qty"), QStringLiteral("g/unit"),
                     QStringLiteral("fragile"), QStringLiteral("barcodes")});
    for (const auto& line : order.lines)
        lines.addRow({line.sku, line.name, QString::number(line.quantity), QString::number(line.unitWeightGrams),
                      line.fragile ? QStringLiteral("yes") : QString(), line.barcodes.join(QLatin1Char(' '))});
    lines.print(out);
    return ExitOk;
}
} // namespace

int runOrdersCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("import, list or show"));
    parser.addOption({QStringLiteral("strict"), QStringLiteral("Import nothing if any record is bad.")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("auto, json, jsonl or csv (default auto)."),
                      QStringLiteral("format"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("status"), QStringLiteral("Only orders with this status."), QStringLiteral("status")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most this many orders (default 50)."),
                      QStringLiteral("n"), QStringLiteral("50")});
    if (int code = context.parse(parser, arguments, kUsage); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.usageError(QStringLiteral("orders needs an action: import, list or show"));
    const QString action = args.first();
    if (action == QLatin1String("import"))
        return importOrders(context, parser, args);
    if (action == QLatin1String("list"))
        return listOrders(context, parser);
    if (action == QLatin1String("show"))
        return showOrder(context, args);
    return context.usageError(QStringLiteral("unknown orders action '%1'").arg(action));
}

} // namespace packdesk::cli
