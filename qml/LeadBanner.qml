import QtQuick
import QtQuick.Layouts
import Packdesk.Backend

// Shown while a failed check waits for a lead: the packer cannot go on
// alone, so the way to the override is always in the same place.
Rectangle {
    visible: Station.awaitingOverride && !Station.overrideDialogOpen
    implicitHeight: Math.max(Theme.touch, prompt.implicitHeight + Theme.spacing)
    color: Theme.amber

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.spacing
        spacing: Theme.margin

        Text {
            id: prompt
            Layout.fillWidth: true
            text: qsTr("Check failed: call a lead to approve")
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.WordWrap
        }

        BigButton {
            objectName: "overrideButton"
            Layout.preferredWidth: Theme.touch * 3
            text: qsTr("Lead override")
            onClicked: Station.openOverrideDialog()
        }
    }
}
