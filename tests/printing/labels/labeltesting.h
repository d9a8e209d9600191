#pragma once

#include "core/result.h"
#include "printing/returnlabelinput.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <gtest/gtest.h>
#include <ostream>
#include <string>

// Readable QString values in gtest failure messages.
inline void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace packdesk::labeltesting {

inline std::string describe(const Error& error)
{
    return (error.code + QStringLiteral(": ") + error.message).toStdString();
}

#define ASSERT_OK(result) ASSERT_TRUE((result).ok()) << ::packdesk::labeltesting::describe((result).error())

/// A fixed, valid RMA code: "R" + data + the check character that makes it valid.
QString validRmaCode(const QString& data11 = QStringLiteral("7K3M9QX2P4D"));

/// The sample order (Bjørn in Oslo, shop "acme", nb-NO) with a return
/// portal, the built-in shop profile, fixed codes, packed on 2026-11-24.
printing::ReturnLabelInput sampleLabelInput(const QString& language = {});

/// Page 1's text from poppler's pdftotext (an independent reader).
QString pdfText(const QByteArray& pdf);

/// The ZPL printed by zpl-renderer-js (tests/printing/labels/render-zpl.cjs)
/// at `dpi` on a 4x6 in label, flattened onto white. Null with *why set when
/// node or the package is missing (*skip true) or rendering failed.
QImage renderZpl(const QByteArray& zpl, int dpi, QString* why, bool* skip);

} // namespace packdesk::labeltesting
