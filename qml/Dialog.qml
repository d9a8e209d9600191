import QtQuick
import QtQuick.Layouts

// A modal panel over the whole station: dims and blocks what is behind it.
// Plain items rather than QtQuick.Controls' Popup, so the tests and the
// screenshot tool find its buttons in the item tree.
Rectangle {
    id: dialog

    property string title
    default property alias content: body.data

    anchors.fill: parent
    color: "#b3000000"
    visible: false

    // Swallows taps so nothing behind the dialog reacts.
    MouseArea {
        anchors.fill: parent
    }

    Rectangle {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        radius: Theme.radius
        color: Theme.background
        border.color: Theme.primary
        border.width: 4

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacing

            StationText {
                Layout.fillWidth: true
                text: dialog.title
                font.pixelSize: Theme.fontHeading
                font.bold: true
            }

            ColumnLayout {
                id: body
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacing
            }
        }
    }
}
