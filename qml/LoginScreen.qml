import QtQuick
import QtQuick.Layouts
import Packdesk.Backend

// Badge login. Most badges log in on their own; a badge that needs a PIN
// (Station.pinRequired) gets the keypad beside the prompt.
Item {
    objectName: "loginScreen"

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            StationText {
                objectName: "loginPrompt"
                Layout.fillWidth: true
                text: Station.pinRequired ? qsTr("Enter your PIN") : qsTr("Scan your badge")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
            }

            ScanHint {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: !Station.pinRequired
            }

            Item {
                Layout.fillHeight: true
                visible: Station.pinRequired
            }

            // Out of the packer's way, where a lead looks when nobody is logged in.
            BigButton {
                objectName: "leadStatsButton"
                Layout.alignment: Qt.AlignLeft
                Layout.preferredWidth: Theme.touch * 3
                visible: !Station.pinRequired
                text: qsTr("Lead view")
                color: Theme.border
                onClicked: LeadStats.openDialog()
            }

            BigButton {
                objectName: "cancelPinButton"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Theme.touch * 3
                visible: Station.pinRequired
                text: qsTr("Cancel")
                color: Theme.border
                onClicked: {
                    pinPad.clear()
                    Station.logout()
                }
            }
        }

        Keypad {
            id: pinPad
            objectName: "pinKeypad"
            Layout.alignment: Qt.AlignVCenter
            Layout.preferredWidth: Theme.touch * 3.4
            visible: Station.pinRequired
            masked: true
            onAccepted: function(value) {
                Station.submitPin(value)
                clear()
            }
        }
    }
}
