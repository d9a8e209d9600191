#pragma once

#include <QString>

namespace packdesk::dashboard {

/// The frame both SVG charts draw in: a fixed viewBox (the CSS scales it to
/// the page) with margins for the axis labels.
struct ChartGeometry
{
    double width = 720;
    double height = 240;
    double left = 48;
    double right = 48;
    double top = 16;
    double bottom = 40;

    double plotWidth() const { return width - left - right; }
    double plotHeight() const { return height - top - bottom; }
    double baseline() const { return top + plotHeight(); }
    QString viewBox() const { return QStringLiteral("0 0 %1 %2").arg(width).arg(height); }
    /// Coordinates with one decimal: enough for a screen, short in the page.
    static QString coordinate(double value) { return QString::number(value, 'f', 1); }
};

} // namespace packdesk::dashboard
