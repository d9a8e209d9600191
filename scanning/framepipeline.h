#pragma once

#include "codetracker.h"
#include "frameconversion.h"
#include "imagescanner.h"

#include <cstdint>
#include <vector>

namespace packdesk::scanning {

struct FramePipelineSettings
{
    /// Only what the station uses: every extra format costs decode time.
    BarcodeFormats formats = stationFormats();
    /// Live video: a missed frame is followed by the next one in 33 ms, so
    /// the slow "try harder" passes cost more than they find.
    bool tryHarder = false;
    bool tryRotate = false;
    /// One code per frame: a packer shows one item at a time, and looking
    /// for a second code costs a full extra pass over every frame that has
    /// one. Raise it for a camera that watches several codes at once.
    int maxSymbolsPerFrame = 1;
    int forgetAfterMs = 1500;
};

/// What the camera path does with one frame, in order: find its luminance,
/// decode the station's formats, and keep only codes that just came into
/// view. Synchronous and single-threaded; VideoScanner runs it on a worker.
class FramePipeline
{
public:
    explicit FramePipeline(FramePipelineSettings settings = {});

    /// The codes that came into view with this frame.
    std::vector<DecodedBarcode> process(const VideoFrameView& frame, std::int64_t timestampMs);

    std::uint64_t framesProcessed() const { return m_framesProcessed; }
    std::uint64_t framesUnsupported() const { return m_framesUnsupported; }
    const FramePipelineSettings& settings() const { return m_settings; }

private:
    FramePipelineSettings m_settings;
    DecodeOptions m_decodeOptions;
    CodeTracker m_tracker;
    std::vector<std::uint8_t> m_scratch; ///< packed YUV's luminance, reused
    std::uint64_t m_framesProcessed = 0;
    std::uint64_t m_framesUnsupported = 0;
};

} // namespace packdesk::scanning
