import QtQuick
import QtQuick.Layouts
import Packdesk.Backend

// Packaging quality checklist: every question answered, then submit.
Item {
    id: screen
    objectName: "qualityScreen"

    signal problemRequested()
    signal photoRequested()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        ListView {
            objectName: "checklistView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: Station.checklist
            delegate: ChecklistDelegate {
                width: ListView.view.width
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            // Not stretched by the prompt's fillHeight: the list gets the room.
            Layout.fillHeight: false
            spacing: Theme.spacing

            Text {
                objectName: "qualityPrompt"
                Layout.fillWidth: true
                Layout.fillHeight: true
                text: qsTr("Check the parcel")
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.WordWrap
                fontSizeMode: Text.Fit
                minimumPixelSize: Theme.fontMinimum
                verticalAlignment: Text.AlignVCenter
            }
            BigButton {
                objectName: "problemButton"
                Layout.preferredWidth: Theme.touch * 2.6
                text: qsTr("Report a problem")
                color: Theme.red
                onClicked: screen.problemRequested()
            }
            // Opens the camera (PhotoDialog); the photo is submitted with the answers.
            BigButton {
                objectName: "photoButton"
                Layout.preferredWidth: Theme.touch * 2.6
                text: qsTr("Photo and submit")
                enabled: Station.checklist.complete && !Station.busy
                onClicked: screen.photoRequested()
            }
            BigButton {
                objectName: "submitQualityButton"
                Layout.preferredWidth: Theme.touch * 2.6
                text: qsTr("Submit")
                color: Theme.green
                font.pixelSize: Theme.fontLarge
                enabled: Station.checklist.complete && !Station.busy
                onClicked: Station.submitQuality()
            }
        }
    }
}
