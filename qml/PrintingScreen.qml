import QtQuick
import QtQuick.Layouts
import Packdesk.Backend

// The card and the return label printing; on failure the reason and Retry,
// when done the packer closes the parcel and confirms with Complete.
Item {
    id: screen
    objectName: "printingScreen"

    signal problemRequested()

    readonly property string status: Station.printStatus

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        Item { Layout.fillHeight: true }

        StationText {
            objectName: "printStatusText"
            Layout.fillWidth: true
            text: screen.status === "done" ? qsTr("Printed: put card and label on, close the parcel")
                : screen.status === "failed" ? qsTr("Printing failed")
                : qsTr("Printing card and label\u2026")
            color: screen.status === "failed" ? Theme.red : screen.status === "done" ? Theme.green : Theme.text
            font.pixelSize: Theme.fontHeading
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
        }

        StationText {
            objectName: "printFailReason"
            Layout.fillWidth: true
            visible: screen.status === "failed" && Station.printFailReason !== ""
            // What to do about it, in the packer's words.
            text: Messages.text(Station.printFailReason, Station.printFailReason)
            horizontalAlignment: Text.AlignHCenter
        }

        Item { Layout.fillHeight: true }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.margin

            // Equal thirds, and Retry is always laid out (hidden by opacity):
            // a RowLayout in Qt 6.4 gives an item that starts invisible no
            // size when it appears, and it then covers its neighbour.
            BigButton {
                objectName: "problemButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Report a problem")
                color: Theme.red
                onClicked: screen.problemRequested()
            }
            BigButton {
                objectName: "retryPrintButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: Theme.touchLarge
                opacity: screen.status === "failed" ? 1 : 0
                text: qsTr("Retry")
                font.pixelSize: Theme.fontLarge
                enabled: screen.status === "failed" && !Station.busy
                onClicked: Station.retryPrint()
            }
            BigButton {
                objectName: "completeButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: Theme.touchLarge
                text: qsTr("Complete")
                color: Theme.green
                font.pixelSize: Theme.fontLarge
                enabled: screen.status === "done" && !Station.busy
                onClicked: Station.complete()
            }
        }
    }
}
