import QtQuick
import QtQuick.Controls.Basic

// A glove-sized button (at least Theme.touch each way). Its label wraps and
// then shrinks to fit, so a longer translation never leaves the button.
// `highlighted` marks the current choice (chosen box, given answer).
Button {
    id: control

    property color color: Theme.primary
    property color textColor: Theme.textOnDark

    implicitWidth: Math.max(Theme.touch * 2, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Theme.touch
    padding: Theme.spacing
    font.pixelSize: Theme.fontBase
    font.bold: true

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.enabled ? control.textColor : Theme.text
        wrapMode: Text.WordWrap
        fontSizeMode: Text.Fit
        minimumPixelSize: Theme.fontMinimum
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    background: Rectangle {
        radius: Theme.radius
        color: !control.enabled ? Theme.disabled
             : control.down ? Qt.darker(control.color, 1.4)
             : control.color
        border.width: control.highlighted ? Math.round(6 * Theme.factor) : 0
        border.color: Theme.amber
    }
}
