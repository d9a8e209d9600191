#include "rendereddocument.h"

namespace packdesk::printing {

QString documentName(DocumentKind kind)
{
    return kind == DocumentKind::Card ? QStringLiteral("card") : QStringLiteral("return_label");
}

bool documentKindFromName(const QString& name, DocumentKind* kind)
{
    if (name == QLatin1String("card"))
        *kind = DocumentKind::Card;
    else if (name == QLatin1String("return_label") || name == QLatin1String("label"))
        *kind = DocumentKind::ReturnLabel;
    else
        return false;
    return true;
}

Result<DocumentKind> parseDocumentKind(const QString& name)
{
    DocumentKind kind;
    if (!documentKindFromName(name, &kind))
        return Error{QStringLiteral("unknown_document"),
                     QStringLiteral("'%1' is not a document packdesk prints (card, return_label).").arg(name)};
    return kind;
}

QString formatName(DocumentFormat format)
{
    return format == DocumentFormat::Pdf ? QStringLiteral("pdf") : QStringLiteral("zpl");
}

bool documentFormatFromName(const QString& name, DocumentFormat* format)
{
    if (name == QLatin1String("pdf"))
        *format = DocumentFormat::Pdf;
    else if (name == QLatin1String("zpl"))
        *format = DocumentFormat::Zpl;
    else
        return false;
    return true;
}

QSizeF paperSizeMm(PaperSize size)
{
    return size == PaperSize::A6 ? QSizeF(105.0, 148.0) : QSizeF(101.6, 152.4);
}

QString paperName(PaperSize size)
{
    return size == PaperSize::A6 ? QStringLiteral("a6") : QStringLiteral("4x6");
}

bool paperSizeFromName(const QString& name, PaperSize* size)
{
    if (name.compare(QLatin1String("a6"), Qt::CaseInsensitive) == 0)
        *size = PaperSize::A6;
    else if (name == QLatin1String("4x6") || name.compare(QLatin1String("4x6in"), Qt::CaseInsensitive) == 0)
        *size = PaperSize::FourBySixInch;
    else
        return false;
    return true;
}

QString RenderedDocument::mimeType() const
{
    return format == DocumentFormat::Pdf ? QStringLiteral("application/pdf")
                                         : QStringLiteral("application/vnd.zebra-zpl");
}

} // namespace packdesk::printing
