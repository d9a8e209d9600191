import QtQuick
import QtQuick.Layouts

// Today's figures side by side: this station and the whole warehouse. The
// four headline numbers come first, in large type; the counts follow.
// A plain Item outside: the rows' heights follow its height, so the
// layout's own implicit height must not feed back into it (polish loop).
Item {
    id: table

    // LeadStats.stationFigures / warehouseFigures (keys: leadstatscontroller.h).
    property var station: ({})
    property var warehouse: ({})

    readonly property var metrics: [
        { key: "orders", label: qsTr("Orders packed"), headline: true },
        { key: "ordersPerHour", label: qsTr("Orders per hour"), headline: true },
        { key: "median", label: qsTr("Median packing time"), headline: true },
        { key: "p90", label: qsTr("90% packed within"), headline: true },
        { key: "items", label: qsTr("Items packed"), headline: false },
        { key: "misScansPer100", label: qsTr("Mis-scans per 100 items"), headline: false },
        { key: "weightFailures", label: qsTr("Weight check failures"), headline: false },
        { key: "overrides", label: qsTr("Lead overrides"), headline: false },
        { key: "exceptions", label: qsTr("Exceptions"), headline: false },
        { key: "defects", label: qsTr("Packaging defects"), headline: false },
        { key: "reprints", label: qsTr("Reprints"), headline: false },
        { key: "printFailures", label: qsTr("Print failures"), headline: false }
    ]
    // Headline rows are twice as high as the others.
    readonly property real unit: Math.floor((height - header.height - rowSpacing * (metrics.length + 1)) / (metrics.length + 4))
    readonly property real valueWidth: Math.round(width * 0.22)

    function shown(figures, key) {
        return figures[key] === undefined ? "\u2013" : String(figures[key])
    }

    readonly property int rowSpacing: Math.round(Theme.spacing / 4)

    ColumnLayout {
        anchors.fill: parent
        spacing: table.rowSpacing

        RowLayout {
            id: header
            Layout.fillWidth: true
            Layout.fillHeight: false // a nested layout would take the spare height
            Layout.preferredHeight: Math.round(Theme.touch * 0.5)
            spacing: Math.round(Theme.spacing / 2)

            Item { Layout.fillWidth: true }
            Repeater {
                model: [qsTr("This station"), qsTr("Warehouse")]
                delegate: Text {
                    required property string modelData
                    Layout.preferredWidth: table.valueWidth
                    Layout.fillHeight: true
                    text: modelData
                    color: Theme.primary
                    font.pixelSize: Theme.fontBase
                    font.bold: true
                    wrapMode: Text.WordWrap
                    fontSizeMode: Text.Fit
                    minimumPixelSize: Theme.fontMinimum
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }

        Repeater {
            model: table.metrics
            delegate: Rectangle {
                id: row
                required property var modelData
                required property int index
                Layout.fillWidth: true
                Layout.preferredHeight: table.unit * (modelData.headline ? 2 : 1)
                radius: Math.round(Theme.radius / 2)
                color: modelData.headline ? Theme.surface : (index % 2 === 0 ? Theme.background : Theme.surface)

                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Math.round(Theme.spacing / 2)
                    spacing: Math.round(Theme.spacing / 2)

                    Text {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        text: row.modelData.label
                        color: Theme.text
                        font.pixelSize: row.modelData.headline ? Theme.fontBase : Theme.fontSmall
                        wrapMode: Text.WordWrap
                        fontSizeMode: Text.Fit
                        minimumPixelSize: Math.round(Theme.fontMinimum * 0.8)
                        verticalAlignment: Text.AlignVCenter
                    }
                    Repeater {
                        model: [table.station, table.warehouse]
                        delegate: Text {
                            required property var modelData
                            objectName: "figure_" + row.modelData.key
                            Layout.preferredWidth: table.valueWidth
                            Layout.fillHeight: true
                            text: table.shown(modelData, row.modelData.key)
                            color: Theme.text
                            font.pixelSize: row.modelData.headline ? Theme.fontHeading : Theme.fontBase
                            font.bold: true
                            fontSizeMode: Text.Fit
                            minimumPixelSize: Math.round(Theme.fontMinimum * 0.8)
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
            }
        }
    }
}
