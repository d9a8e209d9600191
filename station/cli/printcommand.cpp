#include "commands.h"
#include "printing/cupsclient.h"
#include "printing/orderdocuments.h"
#include "store/sqliteparcelcodestore.h"

#include <QDateTime>
#include <QSaveFile>

namespace packdesk::cli {

namespace {
const QString kUsage = QStringLiteral(
    "Usage: packdesk print card|label ORDER (--to FILE | --printer NAME [--server HOST:PORT])\n"
    "                      [--format pdf|zpl] [--paper a6|4x6] [--dpi 203|300]\n"
    "                      [--language LANG] [--templates DIR]...\n"
    "For leads and for debugging: renders an order's thank-you card or return\n"
    "label from the shop's templates (docs/printing.md) and writes it to a file\n"
    "or sends it to a CUPS printer. ORDER is shop/number, or the number when one\n"
    "shop has it. The order's RMA code and survey token are made on first use\n"
    "and the same on every print. Labels default to PDF; --format zpl makes\n"
    "native ZPL for a thermal printer at --dpi. Exit 1 when the template or the\n"
    "order lacks something (nothing is printed then) or the printer refuses.");

struct PrintRequest
{
    printing::DocumentKind kind = printing::DocumentKind::Card;
    printing::DocumentOptions options;
};

/// Reads the document and its options; an exit code to stop with, or -1.
int parseRequest(CliContext& context, const QCommandLineParser& parser, PrintRequest& request)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.usageError(QStringLiteral("print takes card or label and one ORDER"));
    if (!printing::documentKindFromName(args.at(0), &request.kind))
        return context.usageError(QStringLiteral("print card or print label, not '%1'").arg(args.at(0)));
    const bool toFile = parser.isSet(QStringLiteral("to"));
    if (toFile == parser.isSet(QStringLiteral("printer")))
        return context.usageError(QStringLiteral("give either --to FILE or --printer NAME"));
    printing::DocumentOptions& options = request.options;
    if (parser.isSet(QStringLiteral("format"))
        && !printing::documentFormatFromName(parser.value(QStringLiteral("format")), &options.format))
        return context.usageError(QStringLiteral("--format must be pdf or zpl"));
    options.paper = request.kind == printing::DocumentKind::Card ? printing::PaperSize::A6
                                                                 : printing::PaperSize::FourBySixInch;
    if (parser.isSet(QStringLiteral("paper"))
        && !printing::paperSizeFromName(parser.value(QStringLiteral("paper")), &options.paper))
        return context.usageError(QStringLiteral("--paper must be a6 or 4x6"));
    if (parser.isSet(QStringLiteral("dpi"))) {
        options.dpi = parser.value(QStringLiteral("dpi")).toInt();
        if (options.dpi != 203 && options.dpi != 300)
            return context.usageError(QStringLiteral("--dpi must be 203 or 300"));
    }
    options.language = parser.value(QStringLiteral("language"));
    return -1;
}

int writeFile(CliContext& context, const QString& path, const printing::RenderedDocument& document)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(document.bytes) != document.bytes.size() || !file.commit())
        return context.fail({QStringLiteral("write_failed"),
                             QStringLiteral("Cannot write %1: %2").arg(path, file.errorString())});
    context.out() << QStringLiteral("%1 written to %2 (%3, %4 bytes)\n")
                         .arg(printing::documentName(document.kind), path, document.mimeType())
                         .arg(document.bytes.size());
    return ExitOk;
}

int sendToPrinter(CliContext& context, const QCommandLineParser& parser, const Order& order,
                  const printing::RenderedDocument& document)
{
    const printing::CupsClient cups(parser.value(QStringLiteral("server")));
    printing::CupsSubmission submission;
    submission.printer = parser.value(QStringLiteral("printer"));
    // The job name is visible to anyone on the print server: no personal data.
    submission.title = QStringLiteral("%1 %2").arg(order.reference(), printing::documentName(document.kind));
    submission.format = document.format;
    submission.bytes = document.bytes;
    auto job = cups.submit(submission);
    if (!job)
        return context.fail(job.error());
    context.out() << QStringLiteral("%1 sent to %2 on %3 as job %4\n")
                         .arg(printing::documentName(document.kind), submission.printer, cups.server())
                         .arg(job.value());
    return ExitOk;
}
} // namespace

int runPrintCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("document"), QStringLiteral("card or label"));
    parser.addPositionalArgument(QStringLiteral("order"), QStringLiteral("shop/number or number"));
    parser.addOption({QStringLiteral("to"), QStringLiteral("Write the document to this file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("printer"), QStringLiteral("Send it to this CUPS queue."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("server"), QStringLiteral("CUPS server (default: CUPS_SERVER or the local one)."),
                      QStringLiteral("host:port")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("pdf (default) or zpl (labels only)."),
                      QStringLiteral("format")});
    parser.addOption({QStringLiteral("paper"), QStringLiteral("Cards: a6 (default) or 4x6."), QStringLiteral("size")});
    parser.addOption({QStringLiteral("dpi"), QStringLiteral("ZPL: 203 (default) or 300."), QStringLiteral("dpi")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("Language (default: the customer's)."),
                      QStringLiteral("lang")});
    parser.addOption({QStringLiteral("templates"),
                      QStringLiteral("A template directory searched before the built-in one (repeatable)."),
                      QStringLiteral("dir")});
    if (const int code = context.parse(parser, arguments, kUsage); code >= 0)
        return code;
    PrintRequest request;
    if (const int code = parseRequest(context, parser, request); code >= 0)
        return code;

    auto order = context.findOrder(parser.positionalArguments().at(1));
    if (!order)
        return context.fail(order.error());
    auto codes = store::SqliteParcelCodeStore::open(context.databasePath());
    if (!codes)
        return context.fail(codes.error());
    printing::OrderDocuments documents(printing::TemplateLibrary(parser.values(QStringLiteral("templates"))),
                                       *codes.value(), context.station(),
                                       [] { return QDateTime::currentMSecsSinceEpoch(); });
    auto rendered = documents.render(order.value(), request.kind, request.options);
    if (!rendered)
        return context.fail(rendered.error());
    if (parser.isSet(QStringLiteral("to")))
        return writeFile(context, parser.value(QStringLiteral("to")), rendered.value());
    return sendToPrinter(context, parser, order.value(), rendered.value());
}

} // namespace packdesk::cli
