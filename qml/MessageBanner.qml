import QtQuick
import QtQuick.Layouts
import Packdesk.Backend

// The station's last word to the packer (Station.messageCode, translated by
// Messages): red for errors, blue for information. Stays until dismissed or
// replaced, so a packer who looked away still reads it.
Rectangle {
    id: banner

    readonly property bool isError: Station.messageKind === Station.MessageKind.Error

    visible: Station.messageKind !== Station.MessageKind.None && Station.messageCode !== ""
    implicitHeight: Math.max(Theme.touch, messageText.implicitHeight + Theme.spacing)
    color: isError ? Theme.red : Theme.primary

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.spacing
        spacing: Theme.margin

        Text {
            id: messageText
            objectName: "messageText"
            Layout.fillWidth: true
            text: Messages.text(Station.messageCode, Station.messageDetail)
            color: Theme.textOnDark
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.WordWrap
        }

        BigButton {
            objectName: "dismissMessageButton"
            Layout.preferredWidth: Theme.touch * 2
            text: qsTr("OK")
            color: Theme.textOnDark
            textColor: banner.color
            onClicked: Station.dismissMessage()
        }
    }
}
