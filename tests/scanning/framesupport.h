#pragma once

// Camera-like frames for the frame pipeline and video scanner tests: a
// 1280x720 grey frame with barcodes drawn at given places.
#include "scanning/barcodegenerator.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

namespace packdesk::scanning::testing {

struct Placed
{
    BarcodeFormat format;
    QString text;
    QPoint at;
    int moduleSizePx = 4;
};

inline QImage cameraFrame(const std::vector<Placed>& codes, QSize size = {1280, 720})
{
    QImage frame(size, QImage::Format_Grayscale8);
    frame.fill(200); // a grey bench top, not paper white
    QPainter painter(&frame);
    for (const Placed& code : codes) {
        auto symbol = generateBarcode(code.format, code.text);
        EXPECT_TRUE(symbol.ok()) << symbol.error().message.toStdString();
        if (symbol)
            painter.drawImage(code.at, symbol->toImage(code.moduleSizePx));
    }
    return frame;
}

} // namespace packdesk::scanning::testing
