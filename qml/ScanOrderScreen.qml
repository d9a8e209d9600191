import QtQuick
import QtQuick.Layouts
import Packdesk.Backend

// Between orders: the packer scans the next packing slip.
Item {
    objectName: "scanOrderScreen"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        StationText {
            objectName: "greeting"
            Layout.fillWidth: true
            text: qsTr("Hello, %1").arg(Station.packerName)
            font.pixelSize: Theme.fontLarge
            horizontalAlignment: Text.AlignHCenter
        }

        StationText {
            objectName: "scanOrderPrompt"
            Layout.fillWidth: true
            text: qsTr("Scan the packing slip")
            font.pixelSize: Theme.fontHeading
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
        }

        ScanHint {
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
