#include "requesthead.h"

#include <QList>

namespace packdesk::sync {

namespace {
bool headerIs(QByteArrayView line, QByteArrayView name, QByteArrayView* value)
{
    if (line.size() <= name.size() || line.at(name.size()) != ':')
        return false;
    if (line.first(name.size()).compare(name, Qt::CaseInsensitive) != 0)
        return false;
    *value = line.sliced(name.size() + 1).trimmed();
    return true;
}
} // namespace

RequestHead RequestHead::parse(QByteArrayView bytes)
{
    RequestHead head;
    // Tolerate bare LF line ends as http_parser does: find the first empty line.
    qsizetype end = -1;
    qsizetype lineStart = 0;
    QList<QByteArrayView> lines;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) != '\n')
            continue;
        QByteArrayView line = bytes.sliced(lineStart, i - lineStart);
        if (line.endsWith('\r'))
            line.chop(1);
        lineStart = i + 1;
        if (line.isEmpty()) {
            if (lines.isEmpty())
                continue; // RFC 9112 2.2: ignore empty lines before the request line
            end = i + 1;
            break;
        }
        lines.append(line);
    }
    if (end < 0)
        return head;
    head.headBytes = end;
    // "METHOD SP target SP HTTP/x.y"
    if (lines.first().count(' ') != 2 ||
        !lines.first().sliced(lines.first().lastIndexOf(' ') + 1).startsWith("HTTP/")) {
        head.state = State::Malformed;
        return head;
    }
    bool sawLength = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArrayView value;
        if (headerIs(lines.at(i), "content-length", &value)) {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            // Two lengths (request smuggling) or a non-number: refuse rather than pick one.
            if (!ok || length < 0 || sawLength || value.contains('+') || value.contains('-')) {
                head.state = State::Malformed;
                return head;
            }
            sawLength = true;
            head.contentLength = length;
        } else if (headerIs(lines.at(i), "transfer-encoding", &value)) {
            head.chunked = true;
        } else if (headerIs(lines.at(i), "expect", &value)) {
            head.expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    head.state = State::Complete;
    return head;
}

} // namespace packdesk::sync
