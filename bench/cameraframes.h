#pragma once

// 1280x720 camera-like frames with the station's formats, the same set for
// every decoder in scanning_bench so that frame rates compare like with like.
#include <QImage>

#include <cstdint>
#include <vector>

namespace packdesk::bench {

struct CameraFrame
{
    QString label;
    QImage grey;                      ///< Format_Grayscale8, 1280x720
    std::vector<std::uint8_t> nv12;   ///< the same pixels as a camera's NV12 buffer
    std::vector<std::uint8_t> yuyv;   ///< and as packed YUYV (many USB webcams)
    int expectedCodes = 0;
};

/// Frames with: an EAN-13, a Code 128, a QR code, a DataMatrix, a QR and a
/// Code 128 together, and nothing (a camera mostly sees the bench top).
/// Codes are drawn at camera-like sizes with sensor noise from a fixed seed.
std::vector<CameraFrame> stationCameraFrames();

} // namespace packdesk::bench
