#include "cupsclient.h"

#include <cups/cups.h>

#include <memory>

namespace packdesk::printing {

namespace {
struct HttpCloser
{
    void operator()(http_t* http) const { httpClose(http); }
};
using Connection = std::unique_ptr<http_t, HttpCloser>;

struct IppDeleter
{
    void operator()(ipp_t* ipp) const { ippDelete(ipp); }
};
using IppPtr = std::unique_ptr<ipp_t, IppDeleter>;

// Stop waiting when the timeout expires: CUPS's default would keep waiting.
int giveUpOnTimeout(http_t*, void*)
{
    return 0;
}

Error unreachable(const QString& server)
{
    return Error{QStringLiteral("cups_unreachable"),
                 QStringLiteral("The print server %1 does not answer. Check that CUPS is running.").arg(server)};
}

Error printerNotFound(const QString& name)
{
    return Error{QStringLiteral("printer_not_found"),
                 QStringLiteral("The print server has no printer '%1'. Check the station's printer mapping.").arg(name)};
}

QString lastCupsError()
{
    return QString::fromUtf8(cupsLastErrorString());
}

QStringList keywords(ipp_t* response, const char* name)
{
    QStringList values;
    ipp_attribute_t* attribute = ippFindAttribute(response, name, IPP_TAG_ZERO);
    for (int i = 0; attribute && i < ippGetCount(attribute); ++i) {
        const QString value = QString::fromUtf8(ippGetString(attribute, i, nullptr));
        if (!value.isEmpty() && value != QLatin1String("none"))
            values << value;
    }
    return values;
}

} // namespace

QString toString(PrinterStatus::State state)
{
    switch (state) {
    case PrinterStatus::State::Idle: return QStringLiteral("idle");
    case PrinterStatus::State::Processing: return QStringLiteral("processing");
    case PrinterStatus::State::Stopped: return QStringLiteral("stopped");
    }
    return {};
}

QString PrinterStatus::blockingReason() const
{
    // Warnings (media-low, toner-low) do not stop a printer; errors and the
    // offline report do. A stopped queue without a reason is still paused.
    for (const QString& reason : reasons) {
        const QString normal = CupsClient::normalizedReason(reason);
        if (normal == QLatin1String("media-empty") || normal == QLatin1String("offline")
            || normal == QLatin1String("paused"))
            return normal;
        if (reason.endsWith(QLatin1String("-error")))
            return normal;
    }
    if (state == State::Stopped)
        return QStringLiteral("paused");
    if (!acceptingJobs)
        return QStringLiteral("printer_not_accepting");
    return {};
}

QString CupsClient::normalizedReason(const QString& reason)
{
    QString normal = reason;
    for (const char* suffix : {"-error", "-warning", "-report"})
        if (normal.endsWith(QLatin1String(suffix))) {
            normal.chop(qstrlen(suffix));
            break;
        }
    if (normal.startsWith(QLatin1String("offline")))
        return QStringLiteral("offline");
    if (normal.startsWith(QLatin1String("media-empty")) || normal == QLatin1String("media-needed"))
        return QStringLiteral("media-empty");
    return normal;
}

CupsClient::CupsClient(QString server, int timeoutMs) : m_timeoutMs(timeoutMs)
{
    if (server.isEmpty())
        server = QString::fromUtf8(cupsServer()); // CUPS_SERVER, client.conf or the local socket
    const int colon = server.lastIndexOf(QLatin1Char(':'));
    if (!server.startsWith(QLatin1Char('/')) && colon > 0 && !server.contains(QLatin1Char(']'), Qt::CaseSensitive)) {
        m_host = server.left(colon);
        m_port = server.mid(colon + 1).toInt();
    } else {
        m_host = server;
        m_port = ippPort();
    }
}

QString CupsClient::server() const
{
    return m_host.startsWith(QLatin1Char('/')) ? m_host : QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

namespace {
Result<Connection> connect(const QString& host, int port, int timeoutMs, const QString& server)
{
    int cancel = 0;
    http_t* http = httpConnect2(host.toUtf8().constData(), port, nullptr, AF_UNSPEC, HTTP_ENCRYPTION_IF_REQUESTED,
                                1, timeoutMs, &cancel);
    if (!http)
        return unreachable(server);
    httpSetTimeout(http, timeoutMs / 1000.0, giveUpOnTimeout, nullptr);
    return Connection(http);
}

QByteArray printerUri(const QString& name, int port)
{
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", port, "/printers/%s",
                     name.toUtf8().constData());
    return QByteArray(uri);
}

/// True when the request never got an answer (connection lost, timeout).
bool noAnswer()
{
    const ipp_status_t status = cupsLastError();
    return status == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE || status == IPP_STATUS_ERROR_INTERNAL;
}
} // namespace

Result<PrinterStatus> CupsClient::printer(const QString& name) const
{
    auto http = connect(m_host, m_port, m_timeoutMs, server());
    if (!http)
        return http.error();
    static const char* const kAttributes[] = {"printer-name", "printer-state", "printer-state-reasons",
                                              "printer-is-accepting-jobs"};
    ipp_t* request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, printerUri(name, m_port).constData());
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 4, nullptr, kAttributes);
    IppPtr response(cupsDoRequest(http->get(), request, "/"));
    const ipp_status_t status = cupsLastError();
    if (!response || status > IPP_STATUS_OK_EVENTS_COMPLETE) {
        if (status == IPP_STATUS_ERROR_NOT_FOUND)
            return printerNotFound(name);
        if (!response || noAnswer())
            return unreachable(server());
        return Error{QStringLiteral("cups_request_failed"),
                     QStringLiteral("The print server could not report on printer '%1': %2").arg(name, lastCupsError())};
    }
    PrinterStatus printer;
    printer.name = name;
    switch (ippGetInteger(ippFindAttribute(response.get(), "printer-state", IPP_TAG_ENUM), 0)) {
    case IPP_PSTATE_PROCESSING: printer.state = PrinterStatus::State::Processing; break;
    case IPP_PSTATE_STOPPED: printer.state = PrinterStatus::State::Stopped; break;
    default: printer.state = PrinterStatus::State::Idle; break;
    }
    ipp_attribute_t* accepting = ippFindAttribute(response.get(), "printer-is-accepting-jobs", IPP_TAG_BOOLEAN);
    printer.acceptingJobs = !accepting || ippGetBoolean(accepting, 0);
    printer.reasons = keywords(response.get(), "printer-state-reasons");
    return printer;
}

Result<std::vector<PrinterStatus>> CupsClient::printers() const
{
    QStringList names;
    {
        auto http = connect(m_host, m_port, m_timeoutMs, server());
        if (!http)
            return http.error();
        cups_dest_t* dests = nullptr;
        const int count = cupsGetDests2(http->get(), &dests);
        if (count == 0 && noAnswer())
            return unreachable(server());
        for (int i = 0; i < count; ++i)
            if (!dests[i].instance) // lpoptions instances are the same queue
                names << QString::fromUtf8(dests[i].name);
        cupsFreeDests(count, dests);
    }
    std::vector<PrinterStatus> printers;
    for (const QString& name : names) {
        auto status = printer(name);
        if (!status)
            return status.error();
        printers.push_back(status.value());
    }
    return printers;
}

Result<int> CupsClient::submit(const CupsSubmission& submission) const
{
    auto http = connect(m_host, m_port, m_timeoutMs, server());
    if (!http)
        return http.error();
    const QByteArray printer = submission.printer.toUtf8();
    // Create-Job by hand: cupsCreateJob looks the queue up on the default
    // server, whatever connection it is given.
    ipp_t* request = ippNewRequest(IPP_OP_CREATE_JOB);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr,
                 printerUri(submission.printer, m_port).constData());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr, submission.title.toUtf8().constData());
    if (!submission.media.isEmpty())
        ippAddString(request, IPP_TAG_JOB, IPP_TAG_KEYWORD, "media", nullptr, submission.media.toUtf8().constData());
    IppPtr created(cupsDoRequest(http->get(), request, "/"));
    const ipp_status_t status = cupsLastError();
    ipp_attribute_t* jobIdAttribute = created ? ippFindAttribute(created.get(), "job-id", IPP_TAG_INTEGER) : nullptr;
    const int jobId = status <= IPP_STATUS_OK_EVENTS_COMPLETE && jobIdAttribute ? ippGetInteger(jobIdAttribute, 0) : 0;
    if (jobId == 0) {
        switch (status) {
        case IPP_STATUS_ERROR_NOT_FOUND: return printerNotFound(submission.printer);
        case IPP_STATUS_ERROR_NOT_ACCEPTING_JOBS:
            return Error{QStringLiteral("printer_not_accepting"),
                         QStringLiteral("Printer '%1' does not accept jobs now (a lead can run cupsaccept).")
                             .arg(submission.printer)};
        default:
            if (!created || noAnswer())
                return unreachable(server());
            return Error{QStringLiteral("submit_failed"),
                         QStringLiteral("The print server refused the job: %1").arg(lastCupsError())};
        }
    }
    const char* format = submission.format == DocumentFormat::Zpl ? CUPS_FORMAT_RAW : CUPS_FORMAT_PDF;
    const QByteArray document = submission.title.toUtf8();
    const auto failed = [&] {
        return Error{QStringLiteral("submit_failed"),
                     QStringLiteral("Sending the document to printer '%1' failed: %2").arg(submission.printer, lastCupsError())};
    };
    if (cupsStartDocument(http->get(), printer.constData(), jobId, document.constData(), format, 1) != HTTP_STATUS_CONTINUE)
        return failed();
    if (cupsWriteRequestData(http->get(), submission.bytes.constData(), size_t(submission.bytes.size()))
        != HTTP_STATUS_CONTINUE)
        return failed();
    if (cupsFinishDocument(http->get(), printer.constData()) > IPP_STATUS_OK_EVENTS_COMPLETE)
        return failed();
    return jobId;
}

Result<CupsJobStatus> CupsClient::job(int jobId) const
{
    auto http = connect(m_host, m_port, m_timeoutMs, server());
    if (!http)
        return http.error();
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", m_port, "/jobs/%d", jobId);
    static const char* const kAttributes[] = {"job-id", "job-state", "job-state-reasons"};
    ipp_t* request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 3, nullptr, kAttributes);
    IppPtr response(cupsDoRequest(http->get(), request, "/"));
    const ipp_status_t status = cupsLastError();
    if (!response || status > IPP_STATUS_OK_EVENTS_COMPLETE) {
        if (status == IPP_STATUS_ERROR_NOT_FOUND)
            return Error{QStringLiteral("cups_job_not_found"),
                         QStringLiteral("The print server no longer knows job %1.").arg(jobId)};
        if (!response || noAnswer())
            return unreachable(server());
        return Error{QStringLiteral("cups_request_failed"),
                     QStringLiteral("The print server could not report on job %1: %2").arg(jobId).arg(lastCupsError())};
    }
    CupsJobStatus job;
    job.id = jobId;
    const int state = ippGetInteger(ippFindAttribute(response.get(), "job-state", IPP_TAG_ENUM), 0);
    job.state = state >= 3 && state <= 9 ? CupsJobStatus::State(state) : CupsJobStatus::State::Pending;
    job.reasons = keywords(response.get(), "job-state-reasons");
    return job;
}

} // namespace packdesk::printing
