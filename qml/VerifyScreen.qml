import QtQuick
import QtQuick.Layouts
import Packdesk.Backend

// Item verification: every item of the order is scanned once per piece.
Item {
    id: screen
    objectName: "verifyScreen"

    signal problemRequested()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.margin

            StationText {
                objectName: "verifyPrompt"
                Layout.fillWidth: true
                text: qsTr("Scan each item")
                font.pixelSize: Theme.fontHeading
                font.bold: true
            }

            BigButton {
                objectName: "problemButton"
                Layout.preferredWidth: Theme.touch * 3
                text: qsTr("Report a problem")
                color: Theme.red
                onClicked: screen.problemRequested()
            }
        }

        ProgressStrip {
            objectName: "itemsProgress"
            Layout.fillWidth: true
            done: Station.itemsScanned
            total: Station.itemsExpected
        }

        ListView {
            objectName: "linesList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: Station.lines
            delegate: LineDelegate {
                width: ListView.view.width
            }
        }
    }
}
