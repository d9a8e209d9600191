#include "zxingformats.h"

#include <array>
#include <utility>

namespace packdesk::scanning {

namespace {

// One table for both directions so that they cannot drift apart.
constexpr std::array<std::pair<BarcodeFormat, ZXing::BarcodeFormat>, 15> kFormatPairs{{
    {BarcodeFormat::Ean8, ZXing::BarcodeFormat::EAN8},
    {BarcodeFormat::Ean13, ZXing::BarcodeFormat::EAN13},
    {BarcodeFormat::UpcA, ZXing::BarcodeFormat::UPCA},
    {BarcodeFormat::UpcE, ZXing::BarcodeFormat::UPCE},
    {BarcodeFormat::Code128, ZXing::BarcodeFormat::Code128},
    {BarcodeFormat::Code39, ZXing::BarcodeFormat::Code39},
    {BarcodeFormat::Code93, ZXing::BarcodeFormat::Code93},
    {BarcodeFormat::Itf, ZXing::BarcodeFormat::ITF},
    {BarcodeFormat::Codabar, ZXing::BarcodeFormat::Codabar},
    {BarcodeFormat::DataBar, ZXing::BarcodeFormat::DataBar},
    {BarcodeFormat::DataBarExpanded, ZXing::BarcodeFormat::DataBarExpanded},
    {BarcodeFormat::QrCode, ZXing::BarcodeFormat::QRCode},
    {BarcodeFormat::DataMatrix, ZXing::BarcodeFormat::DataMatrix},
    {BarcodeFormat::Pdf417, ZXing::BarcodeFormat::PDF417},
    {BarcodeFormat::Aztec, ZXing::BarcodeFormat::Aztec},
}};

} // namespace

ZXing::BarcodeFormats toZXingFormats(BarcodeFormats formats)
{
    ZXing::BarcodeFormats result;
    for (const auto& [ours, theirs] : kFormatPairs) {
        if (formats.testFlag(ours)) {
            result |= theirs;
        }
    }
    return result;
}

ZXing::BarcodeFormat toZXingFormat(BarcodeFormat format)
{
    for (const auto& [ours, theirs] : kFormatPairs) {
        if (ours == format) {
            return theirs;
        }
    }
    return ZXing::BarcodeFormat::None;
}

BarcodeFormat fromZXingFormat(ZXing::BarcodeFormat format)
{
    for (const auto& [ours, theirs] : kFormatPairs) {
        if (theirs == format) {
            return ours;
        }
    }
    return BarcodeFormat::None;
}

} // namespace packdesk::scanning
