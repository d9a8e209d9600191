#pragma once

#include "raworder.h"

#include <QByteArrayView>
#include <QString>

namespace packdesk {

/// Parses the JSON text of one order straight into a RawOrder.
///
/// Why not QJsonDocument: building a generic document and then looking up
/// each field by name cost about three times as much as everything else an
/// import does (100,000 orders must be read in well under 3 s), and the
/// document is thrown away right after. This parser checks the full RFC 8259
/// syntax, skips unknown members (after checking them too), keeps the last
/// of duplicate members like Qt does, and expects valid UTF-8 (the readers
/// check that first, to report it as such).
class JsonOrderParser
{
public:
    struct Error
    {
        qsizetype offset = 0; ///< byte offset of the problem in the text
        QString reason;       ///< e.g. "expected ',' or '}' after a member"
    };

    /// text must hold exactly one JSON value, white space around it allowed.
    /// On success *top says what the value was; when it is an object, its
    /// order fields are in *order.
    static bool parse(QByteArrayView text, RawOrder* order, RawValue* top, Error* error);
};

} // namespace packdesk
