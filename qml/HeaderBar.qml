import QtQuick
import QtQuick.Layouts
import Packdesk.Backend

// Who is packing which order, the language, and the way out. Dark blue with
// white text, like every bar that is not part of the task itself.
Rectangle {
    id: header

    signal languageRequested()

    implicitHeight: Theme.touch + Theme.spacing
    color: Theme.primary

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.spacing
        spacing: Theme.margin

        Text {
            objectName: "packerName"
            Layout.fillWidth: true
            Layout.preferredWidth: 3
            Layout.fillHeight: true
            text: Station.packerName
            color: Theme.textOnDark
            font.pixelSize: Theme.fontLarge
            font.bold: true
            fontSizeMode: Text.Fit
            minimumPixelSize: Theme.fontMinimum
            verticalAlignment: Text.AlignVCenter
            // A name is safe to elide: the badge identifies the person.
            elide: Text.ElideRight
        }

        Text {
            objectName: "orderReference"
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            Layout.fillHeight: true
            text: Station.orderReference
            color: Theme.textOnDark
            font.pixelSize: Theme.fontLarge
            fontSizeMode: Text.Fit
            minimumPixelSize: Theme.fontMinimum
            verticalAlignment: Text.AlignVCenter
            horizontalAlignment: Text.AlignHCenter
        }

        BigButton {
            objectName: "languageButton"
            Layout.preferredWidth: Theme.touch * 2.4
            text: Language.nativeName(Language.language)
            color: Theme.primaryPressed
            onClicked: header.languageRequested()
        }

        BigButton {
            objectName: "logoutButton"
            Layout.preferredWidth: Theme.touch * 2
            visible: Station.packerName !== ""
            text: qsTr("Log out")
            color: Theme.primaryPressed
            onClicked: Station.logout()
        }
    }
}
