#include "imagescanner.h"

#include <QImage>

namespace packdesk::scanning {

std::vector<DecodedBarcode> decodeImage(const ImageRef&, const DecodeOptions&)
{
    return {};
}

std::vector<DecodedBarcode> decodeImage(const QImage&, const DecodeOptions&)
{
    return {};
}

} // namespace packdesk::scanning
