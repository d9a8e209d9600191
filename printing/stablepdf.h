#pragma once

#include <QByteArray>
#include <QSizeF>
#include <QString>

namespace packdesk::printing {

/// Two byte-for-byte fixes to a one-page PDF written by Qt 6.4's QPdfWriter,
/// both length-preserving so the file's cross-reference offsets stay valid:
///  - /CreationDate becomes a fixed date, so a reprint is the same file
///    (the XMP packet's dates are avoided with setDocumentXmpMetadata);
///  - /MediaBox gets the exact paper size: Qt rounds it to whole points
///    (A6 would be 297 x 420 pt instead of 297.64 x 419.53) but writes six
///    decimals, so the exact size fits in the same bytes.
/// Anything not found as expected is left as Qt wrote it.
QByteArray stabilizeQtPdf(QByteArray pdf, QSizeF pageSizePoints);

/// XMP metadata for QPdfWriter::setDocumentXmpMetadata(): without it Qt
/// stamps a fresh document id and the time into the XMP packet, and a
/// reprint would not be the same file. `title` must be plain text (it is
/// escaped here all the same).
QByteArray fixedXmpMetadata(const QString& title);

} // namespace packdesk::printing
