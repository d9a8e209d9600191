#pragma once

#include <QRectF>

namespace packdesk::printing {

/// Where things go on a 4x6 in (101.6 x 152.4 mm) return label, in mm from
/// the top left corner. One layout for both renderers, so a label looks the
/// same from a laser printer (PDF) and a thermal printer (ZPL).
namespace LabelLayout {
inline constexpr double kWidthMm = 101.6;
inline constexpr double kHeightMm = 152.4;
inline constexpr double kMarginMm = 4.0;
inline constexpr double kContentWidthMm = kWidthMm - 2 * kMarginMm;
inline constexpr double kFrameLineMm = 0.5;

/// The framed return address: the one thing a carrier must read.
inline constexpr QRectF kReturnFrame{kMarginMm, kMarginMm, kContentWidthMm, 38.0};
inline constexpr QRectF kReturnToCaption{kMarginMm + 2.5, kMarginMm + 1.5, kContentWidthMm - 5, 4.0};
inline constexpr QRectF kReturnAddress{kMarginMm + 2.5, kMarginMm + 6.5, kContentWidthMm - 5, 29.5};

inline constexpr QRectF kFromCaption{kMarginMm, 45.0, kContentWidthMm, 3.5};
inline constexpr QRectF kSenderAddress{kMarginMm, 49.0, kContentWidthMm, 21.0};

inline constexpr QRectF kOrderText{kMarginMm, 72.0, kContentWidthMm, 4.5};
inline constexpr QRectF kReturnByText{kMarginMm, 77.0, kContentWidthMm, 5.5};
inline constexpr double kFirstRuleYMm = 84.0;

inline constexpr QRectF kReturnCodeCaption{kMarginMm, 85.5, kContentWidthMm, 3.5};
/// Code 128: centred horizontally, bars from this top; 16 mm of bars
/// (>= 15 mm: a hand scanner's line crosses it at an angle).
inline constexpr double kBarcodeTopMm = 90.0;
inline constexpr double kBarcodeHeightMm = 16.0;
/// 3 dots of a 203 dpi printer: the narrowest module a thermal head prints
/// without bars bleeding into each other.
inline constexpr double kMinModuleMm = 3 * 25.4 / 203; ///< 0.3754 mm
inline constexpr QRectF kRmaText{kMarginMm, 107.0, kContentWidthMm, 6.0};
inline constexpr double kSecondRuleYMm = 115.0;

/// The QR code on the left, the hint and the URL beside it.
inline constexpr QRectF kQrArea{kMarginMm, 117.0, 33.0, 33.0};
inline constexpr double kQrTargetModuleMm = 5 * 25.4 / 203; ///< 5 dots at 203 dpi, 0.63 mm
inline constexpr QRectF kScanHint{kMarginMm + 36.0, 119.0, kContentWidthMm - 36.0, 12.0};
inline constexpr QRectF kPortalUrlText{kMarginMm + 36.0, 133.0, kContentWidthMm - 36.0, 16.0};
} // namespace LabelLayout

} // namespace packdesk::printing
