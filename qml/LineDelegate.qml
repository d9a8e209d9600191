import QtQuick
import QtQuick.Layouts

// One order line while verifying: picture placeholder, name, count, tick.
Rectangle {
    id: line

    required property string name
    required property string sku
    required property int expected
    required property int scanned
    required property bool done

    objectName: "line_" + sku
    implicitHeight: Math.max(Theme.touch, content.implicitHeight + Theme.spacing)
    radius: Theme.radius
    color: done ? "#e3f3e8" : Theme.surface
    border.color: done ? Theme.green : Theme.border
    border.width: 2

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacing / 2
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        // Placeholder until product images exist: the first letter.
        Rectangle {
            Layout.preferredWidth: Theme.touch * 0.8
            Layout.preferredHeight: Theme.touch * 0.8
            radius: Theme.radius
            color: Theme.primary
            Text {
                anchors.centerIn: parent
                text: line.name.length > 0 ? line.name.charAt(0).toUpperCase() : "?"
                color: Theme.textOnDark
                font.pixelSize: Theme.fontHeading
                font.bold: true
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Text {
                Layout.fillWidth: true
                text: line.name
                color: Theme.text
                font.pixelSize: Theme.fontBase
                font.bold: true
                wrapMode: Text.WordWrap
                // Two lines say enough; the SKU below identifies the item.
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: line.sku
                color: Theme.border
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }

        Text {
            objectName: "count_" + line.sku
            Layout.preferredWidth: Theme.touch * 1.6
            text: qsTr("%1 / %2").arg(line.scanned).arg(line.expected)
            color: line.done ? Theme.green : Theme.text
            font.pixelSize: Theme.fontHeading
            font.bold: true
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.fontMinimum
            horizontalAlignment: Text.AlignRight
        }

        Rectangle {
            objectName: "tick_" + line.sku
            Layout.preferredWidth: Theme.touch * 0.6
            Layout.preferredHeight: Theme.touch * 0.6
            radius: width / 2
            color: line.done ? Theme.green : "transparent"
            border.color: line.done ? Theme.green : Theme.border
            border.width: 2
            Text {
                anchors.centerIn: parent
                visible: line.done
                text: "\u2713"
                color: Theme.textOnDark
                font.pixelSize: Theme.fontLarge
                font.bold: true
            }
        }
    }
}
