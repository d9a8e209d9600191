import QtQuick
import QtQuick.Layouts
import Packdesk.Backend
// Qualified for the scale: QtQuick has a type named Scale, and it wins.
import Packdesk.Backend as Backend

// A lead approves a failed check: badge scan first (Station routes the scan
// here while the dialog is open), then PIN and reason. A weight typed in by
// hand only when the failed check is the weight and the scale is down.
Dialog {
    id: dialog
    objectName: "overrideDialog"

    readonly property string leadBadge: Station.overrideLeadBadge
    readonly property bool manualWeight: Station.screen === Station.Screen.Weigh && Backend.Scale.status !== "ok"
    property string reason: ""

    visible: Station.overrideDialogOpen
    title: leadBadge === "" ? qsTr("Lead: scan your badge") : qsTr("Lead %1: PIN and reason").arg(leadBadge)

    // Every opening starts empty: nothing of the last approval is reused.
    onVisibleChanged: {
        pinPad.clear()
        weightPad.clear()
        reason = ""
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.margin

        ScanHint {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: dialog.leadBadge === ""
        }

        Keypad {
            id: pinPad
            objectName: "overridePinKeypad"
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: Theme.touch * 3.4
            visible: dialog.leadBadge !== ""
            masked: true
            showAccept: false
            placeholder: qsTr("PIN")
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            visible: dialog.leadBadge !== ""
            spacing: Theme.spacing / 2

            Repeater {
                model: dialog.visible ? Station.overrideReasons() : []
                delegate: BigButton {
                    required property string modelData
                    objectName: "reason_" + modelData
                    Layout.fillWidth: true
                    text: Labels.overrideReason(modelData)
                    highlighted: modelData === dialog.reason
                    color: highlighted ? Theme.green : Theme.primary
                    onClicked: dialog.reason = modelData
                }
            }
        }

        Keypad {
            id: weightPad
            objectName: "manualWeightKeypad"
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: Theme.touch * 3.4
            visible: dialog.leadBadge !== "" && dialog.manualWeight
            showAccept: false
            maxLength: 6
            unit: " g"
            placeholder: qsTr("Weight in g")
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touch
        Layout.fillHeight: false
        spacing: Theme.spacing

        BigButton {
            objectName: "cancelOverrideButton"
            Layout.preferredWidth: Theme.touch * 3
            text: qsTr("Cancel")
            color: Theme.border
            onClicked: Station.closeOverrideDialog()
        }
        // The dialog covers the message bar: a wrong PIN is told here.
        Text {
            objectName: "overrideMessage"
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: Station.messageKind === Station.MessageKind.Error
                  ? Messages.text(Station.messageCode, Station.messageDetail) : ""
            color: Theme.red
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.WordWrap
            fontSizeMode: Text.Fit
            minimumPixelSize: Theme.fontMinimum
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        BigButton {
            objectName: "approveOverrideButton"
            Layout.preferredWidth: Theme.touch * 3
            text: qsTr("Approve")
            color: Theme.green
            enabled: dialog.leadBadge !== "" && dialog.reason !== "" && !Station.busy
            onClicked: Station.approveOverride(dialog.leadBadge, pinPad.value, dialog.reason,
                                               dialog.manualWeight ? Number(weightPad.value) : 0)
        }
    }
}
