#pragma once

#include "core/order.h"
#include "core/parcelcodes.h"
#include "core/result.h"
#include "printing/rendereddocument.h"
#include "printing/templatelibrary.h"

#include <QString>

#include <functional>

namespace packdesk::printing {

/// How one document is to be rendered for its printer.
struct DocumentOptions
{
    DocumentFormat format = DocumentFormat::Pdf;
    PaperSize paper = PaperSize::A6; ///< cards: A6 or 4x6 in; labels are always 4x6 in
    int dpi = 203;                   ///< ZPL only: 203 or 300
    QString language;                ///< empty: the customer's language
};

/// Renders an order's documents from the shop's templates: the one place
/// that gathers what a card or label needs (the shop profile, the order's
/// RMA code and survey token, made and recorded on first use) so the
/// station, the CLI and the demo print the same thing.
/// Needs a QGuiApplication (PDF). Not thread-safe: one per thread.
class OrderDocuments
{
public:
    OrderDocuments(TemplateLibrary templates, ParcelCodeStore& codes, QString station,
                   std::function<qint64()> nowMs);

    /// template_* / missing_field / invalid_shop_profile when the shop's
    /// templates or the order lack something: nothing is rendered then.
    Result<RenderedDocument> render(const Order& order, DocumentKind kind, const DocumentOptions& options);

    const TemplateLibrary& templates() const { return m_templates; }

private:
    TemplateLibrary m_templates;
    ParcelCodeStore& m_codes;
    QString m_station;
    std::function<qint64()> m_nowMs;
};

} // namespace packdesk::printing
