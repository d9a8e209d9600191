#include "scaninterpreter.h"

namespace packdesk::scanning {

QString ScannedCode::productText() const
{
    if (gs1) {
        if (auto gtin = gs1->value(u"01"))
            return *gtin;
        if (auto gtin = gs1->value(u"02"))
            return *gtin;
    }
    return data;
}

Result<ScannedCode> interpretScan(QStringView raw)
{
    ScannedCode code;
    code.raw = raw.toString();
    code.data = code.raw;
    return code;
}

} // namespace packdesk::scanning
