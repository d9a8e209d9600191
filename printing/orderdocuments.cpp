#include "orderdocuments.h"

#include "printing/cardrenderer.h"
#include "printing/parcelcodegenerator.h"
#include "printing/renderreturnlabel.h"
#include "printing/shopprofile.h"

#include <QDateTime>

namespace packdesk::printing {

OrderDocuments::OrderDocuments(TemplateLibrary templates, ParcelCodeStore& codes, QString station,
                               std::function<qint64()> nowMs)
    : m_templates(std::move(templates)), m_codes(codes), m_station(std::move(station)), m_nowMs(std::move(nowMs))
{
}

Result<RenderedDocument> OrderDocuments::render(const Order& order, DocumentKind kind, const DocumentOptions& options)
{
    if (kind == DocumentKind::Card && options.format != DocumentFormat::Pdf)
        return Error{QStringLiteral("unsupported_format"),
                     QStringLiteral("Thank-you cards print as PDF; map the card to a printer that takes PDF.")};
    // Everything that can be wrong with the shop's files is found before a
    // code is drawn and recorded for the order.
    auto profileFile = m_templates.loadShopProfile(order.shop);
    if (!profileFile)
        return profileFile.error();
    auto shop = ShopProfile::fromJson(profileFile->content, profileFile->path);
    if (!shop)
        return shop.error();
    const qint64 now = m_nowMs();
    auto codes = m_codes.codesFor(order, &ParcelCodeGenerator::newCodes, now, m_station);
    if (!codes)
        return codes.error();

    if (kind == DocumentKind::Card)
        return renderCard(m_templates, CardInput{order, shop.value(), codes.value(), options.paper, options.language});
    ReturnLabelInput label;
    label.order = order;
    label.shop = shop.value();
    label.codes = codes.value();
    // The return window counts from the day the codes were made: the day the
    // parcel was packed, the same on every reprint.
    label.packedOn = QDateTime::fromMSecsSinceEpoch(codes->createdMs).date(); // the warehouse's day
    label.format = options.format;
    label.dpi = options.dpi;
    label.language = options.language;
    return renderReturnLabel(m_templates, label);
}

} // namespace packdesk::printing
