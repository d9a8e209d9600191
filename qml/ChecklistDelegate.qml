import QtQuick
import QtQuick.Layouts
import Packdesk.Backend

// One checklist question: OK, or Defect followed by what kind of defect.
Rectangle {
    id: item

    required property int index
    required property string key
    required property string label
    required property string answer
    required property string defectKind

    // Which defect kinds to offer comes from the model; while true the
    // packer is choosing one.
    property bool choosingDefect: false

    objectName: "check_" + key
    // Tight around the buttons: five questions must fit 1280x800 unscrolled.
    implicitHeight: column.implicitHeight + 8
    radius: Theme.radius
    color: Theme.surface
    border.color: answer === "ok" ? Theme.green : answer === "defect" ? Theme.red : Theme.border
    border.width: answer === "" ? 2 : 4

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.topMargin: 4
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: 4
        spacing: Theme.spacing / 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                StationText {
                    Layout.fillWidth: true
                    text: Labels.checklistItem(item.key, item.label)
                    font.bold: true
                }
                StationText {
                    Layout.fillWidth: true
                    visible: item.answer === "defect"
                    text: qsTr("Defect: %1").arg(Labels.defectKind(item.defectKind))
                    color: Theme.red
                    font.pixelSize: Theme.fontSmall
                }
            }

            BigButton {
                objectName: "ok_" + item.key
                Layout.preferredWidth: Theme.touch * 2
                text: qsTr("OK")
                color: Theme.green
                highlighted: item.answer === "ok"
                onClicked: {
                    item.choosingDefect = false
                    Station.checklist.answerOk(item.index)
                }
            }
            BigButton {
                objectName: "defect_" + item.key
                Layout.preferredWidth: Theme.touch * 2
                text: qsTr("Defect")
                color: Theme.red
                highlighted: item.answer === "defect" || item.choosingDefect
                onClicked: item.choosingDefect = !item.choosingDefect
            }
        }

        Flow {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacing / 2
            visible: item.choosingDefect
            spacing: Theme.spacing / 2

            Repeater {
                model: item.choosingDefect ? Station.checklist.defectKinds(item.index) : []
                delegate: BigButton {
                    required property string modelData
                    objectName: "defectKind_" + modelData
                    width: Math.max(Theme.touch * 2.5, implicitWidth)
                    text: Labels.defectKind(modelData)
                    color: Theme.primary
                    onClicked: {
                        item.choosingDefect = false
                        Station.checklist.answerDefect(item.index, modelData)
                    }
                }
            }
        }
    }
}
