#pragma once

#include <QImage>
#include <QString>

namespace packdesk::testing {

/// How far a rendering may drift from its golden image before a test fails.
struct GoldenTolerance
{
    int pixelDelta = 64;          ///< grey levels a pixel may differ by and still count as equal
    double maxDifferentRatio = 0.002; ///< share of pixels allowed to differ by more
};

struct GoldenComparison
{
    bool matches = false;
    QString message;   ///< for the test output: sizes, differing pixels, where the diff image is
    QString diffPath;  ///< written on failure: differing pixels red over a faded copy of the golden
};

/// Compares `actual` with the PNG at goldenPath (greyscale).
/// With PACKDESK_UPDATE_GOLDEN=1 in the environment, writes `actual` as the
/// new golden instead and reports a match (then review the PNGs and commit
/// them). A missing golden fails with a message saying how to create it. On a
/// mismatch, actual and diff images are written next to the build's test
/// output (the current directory): <name>.actual.png and <name>.diff.png.
GoldenComparison compareWithGolden(const QImage& actual, const QString& goldenPath,
                                   const GoldenTolerance& tolerance = {});

} // namespace packdesk::testing
