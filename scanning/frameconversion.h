#pragma once

#include "imagescanner.h"

#include <cstdint>
#include <vector>

namespace packdesk::scanning {

/// Pixel formats cameras deliver (the subset of QVideoFrameFormat that
/// webcams and industrial USB cameras use), named here so the frame pipeline
/// stays free of QtMultimedia and can be tested and benchmarked without it.
enum class FramePixelFormat {
    Unsupported,
    Y8,      ///< grey
    Nv12,    ///< Y plane, then interleaved UV
    Nv21,
    Yuv420p, ///< Y, U, V planes
    Yv12,
    Yuv422p,
    Yuyv,    ///< packed 4:2:2, Y first
    Uyvy,    ///< packed 4:2:2, U first
    Bgrx,    ///< 32 bits per pixel in memory order
    Rgbx,
    Xrgb,
    Xbgr,
};

/// A frame's pixels as mapped from the camera: plane 0 is what matters.
struct VideoFrameView
{
    FramePixelFormat format = FramePixelFormat::Unsupported;
    int width = 0;
    int height = 0;
    const std::uint8_t* plane0 = nullptr;
    int plane0BytesPerLine = 0;
};

/// The luminance the decoder needs, without copying where the format allows:
/// every planar YUV format's Y plane is already a grey image, and RGB is
/// handed through for ZXing to convert. Packed YUV's Y bytes are copied into
/// `scratch` (reused from frame to frame): ZXing reads a strided view too,
/// but three times slower than the copy costs. Returns an image with null
/// data for unsupported formats or inconsistent sizes.
ImageRef luminanceOf(const VideoFrameView& frame, std::vector<std::uint8_t>& scratch);

} // namespace packdesk::scanning
