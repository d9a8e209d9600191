import QtQuick
import QtQuick.Layouts
import Packdesk.Backend

// How the order ended (Station.doneCode): packed, or which exception, the
// way on to the next order, and printing the parcel's documents again.
Item {
    id: screen
    objectName: "doneScreen"

    readonly property bool packed: Station.doneCode === "order_packed"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        Item { Layout.fillHeight: true }

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Theme.touchLarge * 1.5
            Layout.preferredHeight: Theme.touchLarge * 1.5
            radius: width / 2
            color: screen.packed ? Theme.green : Theme.amber
            Text {
                anchors.centerIn: parent
                text: screen.packed ? "\u2713" : "!"
                color: Theme.textOnDark
                font.pixelSize: Theme.fontHuge
                font.bold: true
            }
        }

        StationText {
            objectName: "doneText"
            Layout.fillWidth: true
            text: Messages.text(Station.doneCode, "")
            font.pixelSize: Theme.fontHeading
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
        }

        Item { Layout.fillHeight: true }

        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.margin

            // A smudged label or a card that fell behind the bench: print both
            // again (recorded as a reprint), only for the parcel just packed.
            BigButton {
                objectName: "reprintButton"
                visible: screen.packed
                Layout.preferredWidth: Theme.touch * 4
                Layout.preferredHeight: Theme.touchLarge
                text: qsTr("Print again")
                font.pixelSize: Theme.fontLarge
                enabled: !Station.busy
                onClicked: Station.reprintDocuments()
            }
            BigButton {
                objectName: "nextOrderButton"
                Layout.preferredWidth: Theme.touch * 5
                Layout.preferredHeight: Theme.touchLarge
                text: qsTr("Next order")
                color: Theme.green
                font.pixelSize: Theme.fontLarge
                enabled: !Station.busy
                onClicked: Station.nextOrder()
            }
        }
    }
}
