import QtQuick
import QtQuick.Layouts
import Packdesk.Backend

// "Report a problem": the order cannot be packed as it is. Which reasons
// apply at this step is for Station to decide; it answers with a message.
Dialog {
    id: dialog
    objectName: "exceptionDialog"
    title: qsTr("What is the problem?")

    Repeater {
        model: ["short_pick", "damaged_item", "wrong_item"]
        delegate: BigButton {
            required property string modelData
            objectName: "exception_" + modelData
            Layout.fillWidth: true
            text: Labels.exceptionReason(modelData)
            color: Theme.red
            font.pixelSize: Theme.fontLarge
            onClicked: {
                Station.reportException(modelData)
                dialog.visible = false
            }
        }
    }

    Item { Layout.fillHeight: true }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        BigButton {
            objectName: "cancelOrderButton"
            Layout.fillWidth: true
            text: qsTr("Give the order back")
            color: Theme.border
            onClicked: {
                Station.cancelOrder()
                dialog.visible = false
            }
        }
        BigButton {
            objectName: "closeExceptionButton"
            Layout.fillWidth: true
            text: qsTr("Back to packing")
            onClicked: dialog.visible = false
        }
    }
}
