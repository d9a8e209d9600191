import QtQuick
import QtQuick.Layouts
import Packdesk.Backend
// Qualified for the scale: QtQuick has a type named Scale, and it wins.
import Packdesk.Backend as Backend

// Weighing: choose the box, put the parcel on the scale, record the stable
// weight. The verdict and whether a lead must approve come from Station.
Item {
    id: screen
    objectName: "weighScreen"

    signal problemRequested()

    readonly property color verdictColor: Station.weightVerdict === "pass" ? Theme.green
                                        : Station.weightVerdict === "unknown" ? Theme.amber
                                        : Theme.red

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.margin

        // The weight takes whatever height is left: it shrinks (never below
        // heading size) when message bars take room.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            WeightDisplay {
                Layout.fillWidth: true
                Layout.fillHeight: true
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                // Not stretched by its texts' fillHeight: the weight gets the room.
                Layout.fillHeight: false
                spacing: Theme.spacing

                Text {
                    objectName: "expectedWeight"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.fillHeight: true
                    text: qsTr("Expected %1 g \u00B1 %2 g").arg(Station.expectedGrams).arg(Station.allowanceGrams)
                    color: Theme.text
                    font.pixelSize: Theme.fontLarge
                    wrapMode: Text.WordWrap
                    fontSizeMode: Text.Fit
                    minimumPixelSize: Theme.fontMinimum
                    verticalAlignment: Text.AlignVCenter
                }

                Rectangle {
                    objectName: "verdict"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.fillHeight: true
                    // Hidden by opacity, not visibility: it keeps its place,
                    // and the layout need not run again when a verdict comes.
                    opacity: Station.weightVerdict !== "" ? 1 : 0
                    radius: Theme.radius
                    color: screen.verdictColor

                    Text {
                        objectName: "verdictText"
                        anchors.fill: parent
                        anchors.margins: Theme.spacing / 2
                        text: Station.weightVerdict === "unknown" ? Labels.verdict("unknown")
                            : qsTr("%1: %2 g").arg(Labels.verdict(Station.weightVerdict)).arg(Station.measuredGrams)
                        color: Theme.textOnDark
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        wrapMode: Text.WordWrap
                        fontSizeMode: Text.Fit
                        minimumPixelSize: Theme.fontMinimum
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                BigButton {
                    objectName: "recordWeightButton"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Record weight")
                    color: Theme.green
                    font.pixelSize: Theme.fontLarge
                    enabled: Backend.Scale.stable && !Station.busy
                    onClicked: Station.recordWeight(Backend.Scale.stableGrams)
                }

                // With the scale down there is no stable weight: recording
                // "unknown" is what hands the parcel over to a lead.
                BigButton {
                    objectName: "scaleFailedButton"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    visible: Backend.Scale.status !== "ok"
                    text: qsTr("Scale not working")
                    color: Theme.amber
                    textColor: Theme.text
                    enabled: !Station.busy
                    onClicked: Station.recordWeight(Backend.Scale.stableGrams)
                }
            }
        }

        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: false
            Layout.preferredWidth: Theme.touch * 3.2
            spacing: Theme.spacing

            Text {
                objectName: "boxPrompt"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.fontLarge * 1.4
                text: Station.chosenBox === "" ? qsTr("Choose the box") : qsTr("Box")
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
                fontSizeMode: Text.Fit
                minimumPixelSize: Theme.fontMinimum
                verticalAlignment: Text.AlignVCenter
            }

            GridLayout {
                Layout.fillWidth: true
                columns: 2
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing

                Repeater {
                    model: Station.boxCodes
                    delegate: BigButton {
                        required property string modelData
                        objectName: "box_" + modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: Theme.touch
                        text: modelData
                        font.pixelSize: Theme.fontLarge
                        highlighted: modelData === Station.chosenBox
                        color: highlighted ? Theme.green : Theme.primary
                        onClicked: Station.chooseBox(modelData)
                    }
                }
            }

            Item { Layout.fillHeight: true }

            BigButton {
                objectName: "problemButton"
                Layout.fillWidth: true
                text: qsTr("Report a problem")
                color: Theme.red
                onClicked: screen.problemRequested()
            }
        }
    }
}
