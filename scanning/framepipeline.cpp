#include "framepipeline.h"

namespace packdesk::scanning {

FramePipeline::FramePipeline(FramePipelineSettings settings)
    : m_settings(settings), m_tracker(settings.forgetAfterMs)
{
    m_decodeOptions.formats = settings.formats;
    m_decodeOptions.tryHarder = settings.tryHarder;
    m_decodeOptions.tryRotate = settings.tryRotate;
    m_decodeOptions.maxSymbols = settings.maxSymbolsPerFrame;
}

std::vector<DecodedBarcode> FramePipeline::process(const VideoFrameView& frame, std::int64_t timestampMs)
{
    ++m_framesProcessed;
    std::vector<DecodedBarcode> fresh;
    const ImageRef luminance = luminanceOf(frame, m_scratch);
    if (!luminance.data) {
        ++m_framesUnsupported;
        return fresh;
    }
    std::vector<DecodedBarcode> found = decodeImage(luminance, m_decodeOptions);
    for (DecodedBarcode& code : found) {
        if (m_tracker.seen(code.format, code.text, timestampMs))
            fresh.push_back(std::move(code));
    }
    m_tracker.expire(timestampMs);
    return fresh;
}

} // namespace packdesk::scanning
