#include "orderimporter.h"

#include "orderfilereader.h"

namespace packdesk {

OrderImporter::OrderImporter(OrderCatalog& catalog) : m_catalog(catalog) {}

ImportReport OrderImporter::importFile(const QString& path, const ImportOptions& options) const
{
    ImportReport report = write(OrderFileReader::read(path, options.format, options.maxProblems), options);
    report.path = path;
    return report;
}

ImportReport OrderImporter::importDevice(QIODevice& device, const ImportOptions& options) const
{
    return write(OrderFileReader::read(device, options.format, options.maxProblems), options);
}

ImportReport OrderImporter::write(OrderFileContents&& contents, const ImportOptions& options) const
{
    ImportReport report;
    report.format = contents.format;
    report.records = contents.records;
    report.validOrders = int(contents.orders.size());
    report.rejectedRecords = contents.rejectedRecords;
    report.problems = std::move(contents.problems);
    report.fileRejected = contents.fileRejected;
    if (report.fileRejected)
        return report;
    if (options.strict && report.hasProblems()) {
        report.strictRefused = true;
        return report;
    }
    if (contents.orders.empty())
        return report; // every record was rejected: nothing to write

    Result<std::vector<UpsertOutcome>> outcomes = m_catalog.upsertOrders(contents.orders);
    if (!outcomes) {
        // The port is one transaction: a failure means nothing was stored.
        ImportProblem problem;
        problem.scope = ImportProblem::Scope::File;
        problem.code = QStringLiteral("storage_failed");
        problem.message = QStringLiteral("storing the orders failed, nothing was imported: %1 (%2)")
                              .arg(outcomes.error().message, outcomes.error().code);
        report.problems.push_back(std::move(problem));
        report.storageFailed = true;
        return report;
    }
    report.written = true;
    report.outcomes.reserve(outcomes->size());
    for (const UpsertOutcome& outcome : outcomes.value())
        report.add(outcome);
    return report;
}

} // namespace packdesk
