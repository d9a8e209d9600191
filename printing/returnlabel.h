#pragma once

#include "core/result.h"
#include "returnlabelinput.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace packdesk::printing {

class TemplateLibrary;

/// What a return label says, composed and checked before anything is
/// drawn: both renderers (PDF, ZPL) draw exactly these texts and codes, so
/// the two formats cannot disagree, and every error (no return address, no
/// portal, a bad template) shows before a printer is involved.
struct ReturnLabel
{
    /// Longest portal URL: the QR code stays at a size a phone reads from a
    /// 4x6 label (version 10 at error correction M holds 213 bytes).
    static constexpr int kMaxPortalUrlBytes = 200;

    QString language; ///< the template language actually used, e.g. "nb"

    QString returnToCaption;     ///< "Return to"
    QStringList returnAddress;   ///< the shop's lines, then the country
    QString fromCaption;         ///< "From"
    QStringList senderAddress;   ///< name, street lines, postal code + city, region, country
    QString orderText;           ///< "Order 1001"
    QString returnByText;        ///< "Return by Thursday, 24 December 2026"
    QDate returnBy;
    QString returnCodeCaption;   ///< "Return code"
    QString rmaCode;             ///< as stored; Code 128 and printed below it
    QString scanHint;            ///< "Scan to start your return"
    QString portalUrl;           ///< the order's template with {rma} filled in; the QR code

    /// Errors: return_address_missing, sender_address_missing,
    /// return_portal_missing, return_portal_invalid, invalid_rma_code,
    /// packed_date_missing, plus the template's (template_missing,
    /// invalid_label_template, unknown_field, missing_field, ...).
    /// Messages name the order and the field, never personal data.
    static Result<ReturnLabel> compose(const TemplateLibrary& templates, const ReturnLabelInput& input);

    /// The return-by date as the language writes it (QLocale long format).
    static QString formatDate(const QDate& date, const QString& language);
    /// The portal URL for an RMA code: "{rma}" replaced, percent-encoded.
    static QString portalUrlFor(const QString& urlTemplate, const QString& rmaCode);
};

} // namespace packdesk::printing
