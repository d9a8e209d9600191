#include "stablepdf.h"

#include <QRegularExpression>

namespace packdesk::printing {

namespace {
/// Overwrites `match` in place when the replacement has the same length.
void overwrite(QByteArray& pdf, const QRegularExpressionMatch& match, int group,
               const QByteArray& replacement)
{
    if (match.hasMatch() && match.capturedLength(group) == replacement.size())
        pdf.replace(match.capturedStart(group), replacement.size(), replacement);
}
} // namespace

QByteArray stabilizeQtPdf(QByteArray pdf, QSizeF pageSizePoints)
{
    // Latin-1 view: one character per byte, so offsets are byte offsets.
    const QString text = QString::fromLatin1(pdf);
    static const QRegularExpression creationDate(QStringLiteral(R"(/CreationDate \(D:(\d{14}))"));
    overwrite(pdf, creationDate.match(text), 1, QByteArrayLiteral("20000101000000"));

    static const QRegularExpression mediaBox(QStringLiteral(R"(/MediaBox \[0 0 (\d+\.\d{6} \d+\.\d{6})\])"));
    const QByteArray exact = QByteArray::number(pageSizePoints.width(), 'f', 6) + ' ' +
                             QByteArray::number(pageSizePoints.height(), 'f', 6);
    for (auto it = mediaBox.globalMatch(text); it.hasNext();)
        overwrite(pdf, it.next(), 1, exact);
    return pdf;
}

QByteArray fixedXmpMetadata(const QString& title)
{
    return QByteArrayLiteral("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                             "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
                             "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
                             "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
                             "xmlns:xmp='http://ns.adobe.com/xap/1.0/'>\n"
                             "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>")
        + title.toHtmlEscaped().toUtf8()
        + QByteArrayLiteral("</rdf:li></rdf:Alt></dc:title>\n"
                            "<xmp:CreatorTool>packdesk</xmp:CreatorTool>\n"
                            "</rdf:Description>\n"
                            "</rdf:RDF>\n"
                            "</x:xmpmeta>\n"
                            "<?xpacket end='w'?>");
}

} // namespace packdesk::printing
