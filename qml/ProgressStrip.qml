import QtQuick

// How many items of the order are scanned: a bar plus the count in words.
Rectangle {
    id: strip

    property int done: 0
    property int total: 0

    implicitHeight: Math.round(Theme.touch * 0.6)
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: 2

    Rectangle {
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: strip.total > 0 ? parent.width * Math.min(1, strip.done / strip.total) : 0
        radius: Theme.radius
        color: Theme.green
    }

    Text {
        objectName: "progressText"
        anchors.fill: parent
        anchors.margins: Math.round(4 * Theme.factor)
        text: qsTr("%1 of %2 items").arg(strip.done).arg(strip.total)
        color: Theme.text
        style: Text.Outline
        styleColor: Theme.background
        font.pixelSize: Theme.fontBase
        font.bold: true
        fontSizeMode: Text.Fit
        minimumPixelSize: Theme.fontMinimum
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
