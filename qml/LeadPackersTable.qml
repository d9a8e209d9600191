import QtQuick
import QtQuick.Layouts

// The warehouse's busiest packers today (LeadStats.packers, top 10 by orders).
// A plain Item outside: the rows' heights follow its height, so the
// layout's own implicit height must not feed back into it (polish loop).
Item {
    id: table

    property var packers: []
    property int rows: 10

    // The header has two lines for the longer translations.
    readonly property real rowHeight: Math.floor((height - rowSpacing * rows) / (rows + 2))
    readonly property real numberWidth: Math.round(width * 0.16)
    readonly property var columns: [
        { key: "orders", label: qsTr("Orders") },
        { key: "ordersPerHour", label: qsTr("Per hour") },
        { key: "median", label: qsTr("Median") },
        { key: "misScansPer100", label: qsTr("Mis-scans") }
    ]

    readonly property int rowSpacing: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: table.rowSpacing

        // Plain positioning: wrapped header texts inside a nested layout
        // feed their height back into it (polish loop).
        Item {
            Layout.fillWidth: true
            Layout.preferredHeight: table.rowHeight * 2

            Row {
                id: headerRow
                anchors.fill: parent
                spacing: Math.round(Theme.spacing / 4)

                Text {
                    width: headerRow.width - table.columns.length * (table.numberWidth + headerRow.spacing)
                    height: headerRow.height
                    text: qsTr("Packer")
                    color: Theme.primary
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    fontSizeMode: Text.Fit
                    minimumPixelSize: Math.round(Theme.fontMinimum * 0.8)
                    verticalAlignment: Text.AlignBottom
                }
                Repeater {
                    model: table.columns
                    delegate: Text {
                        required property var modelData
                        width: table.numberWidth
                        height: headerRow.height
                        text: modelData.label
                        color: Theme.primary
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        wrapMode: Text.WordWrap
                        fontSizeMode: Text.Fit
                        minimumPixelSize: Math.round(Theme.fontMinimum * 0.6)
                        horizontalAlignment: Text.AlignRight
                        verticalAlignment: Text.AlignBottom
                    }
                }
            }
        }

        Repeater {
            model: table.packers
            delegate: Rectangle {
                id: row
                required property var modelData
                required property int index
                Layout.fillWidth: true
                Layout.preferredHeight: table.rowHeight
                color: index % 2 === 0 ? Theme.surface : Theme.background

                RowLayout {
                    anchors.fill: parent
                    spacing: Math.round(Theme.spacing / 4)

                    Text {
                        objectName: "packerRowName"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        text: row.modelData.name
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                        fontSizeMode: Text.Fit
                        minimumPixelSize: Math.round(Theme.fontMinimum * 0.6)
                        verticalAlignment: Text.AlignVCenter
                    }
                    Repeater {
                        model: table.columns
                        delegate: Text {
                            required property var modelData
                            Layout.preferredWidth: table.numberWidth
                            Layout.fillHeight: true
                            text: String(row.modelData[modelData.key])
                            color: Theme.text
                            font.pixelSize: Theme.fontSmall
                            font.bold: modelData.key === "orders"
                            fontSizeMode: Text.Fit
                            minimumPixelSize: Math.round(Theme.fontMinimum * 0.6)
                            horizontalAlignment: Text.AlignRight
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
            }
        }

        StationText {
            Layout.fillWidth: true
            visible: table.packers.length === 0
            // Fixed: a wrapped text's height follows its width (layout loop).
            Layout.preferredHeight: table.rowHeight * 2
            fontSizeMode: Text.Fit
            minimumPixelSize: Math.round(Theme.fontMinimum * 0.6)
            text: qsTr("No orders packed today")
            font.pixelSize: Theme.fontSmall
        }

        Item { Layout.fillHeight: true }
    }
}
