import QtQuick
import QtQuick.Layouts

// The most frequent packaging defects today (LeadStats.topDefects), in the
// words of the quality screen.
// A plain Item outside: the rows' heights follow its height, so the
// layout's own implicit height must not feed back into it (polish loop).
Item {
    id: list

    property var defects: []
    property int rows: 5

    readonly property real rowHeight: Math.floor(height / rows)

    readonly property int rowSpacing: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: list.rowSpacing

        Repeater {
            model: list.defects
            delegate: Rectangle {
                id: row
                required property var modelData
                required property int index
                Layout.fillWidth: true
                Layout.preferredHeight: list.rowHeight
                color: index % 2 === 0 ? Theme.surface : Theme.background

                RowLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing

                    Text {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        text: Labels.defectKind(row.modelData.kind)
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                        fontSizeMode: Text.Fit
                        minimumPixelSize: Math.round(Theme.fontMinimum * 0.6)
                        verticalAlignment: Text.AlignVCenter
                    }
                    Text {
                        Layout.preferredWidth: Math.round(list.width * 0.15)
                        Layout.fillHeight: true
                        text: String(row.modelData.count)
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        fontSizeMode: Text.Fit
                        minimumPixelSize: Math.round(Theme.fontMinimum * 0.6)
                        horizontalAlignment: Text.AlignRight
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
        }

        StationText {
            Layout.fillWidth: true
            visible: list.defects.length === 0
            // Fixed: a wrapped text's height follows its width (layout loop).
            Layout.preferredHeight: list.rowHeight * 2
            fontSizeMode: Text.Fit
            minimumPixelSize: Math.round(Theme.fontMinimum * 0.6)
            text: qsTr("No packaging defects today")
            font.pixelSize: Theme.fontSmall
        }

        Item { Layout.fillHeight: true }
    }
}
