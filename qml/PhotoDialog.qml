import QtQuick
import QtQuick.Layouts
import QtMultimedia
import Packdesk.Backend

// The packaging photo: the camera's live picture and one tap to take it.
// The file goes with the quality record, which stores its SHA-256 so the
// photo can be checked later. The camera only runs while this is open.
Dialog {
    id: dialog
    objectName: "photoDialog"
    title: qsTr("Photo of the parcel")

    MediaDevices {
        id: devices
    }
    readonly property bool hasCamera: devices.videoInputs.length > 0

    Loader {
        id: camera
        Layout.fillWidth: true
        Layout.fillHeight: true
        active: dialog.visible && dialog.hasCamera
        sourceComponent: Item {
            readonly property bool ready: capture.readyForCapture
            function take() {
                capture.captureToFile(Station.newPhotoPath())
            }
            CaptureSession {
                camera: Camera {
                    active: true
                }
                imageCapture: ImageCapture {
                    id: capture
                    onImageSaved: (requestId, path) => {
                        dialog.visible = false
                        Station.submitQuality(path)
                    }
                }
                videoOutput: preview
            }
            VideoOutput {
                id: preview
                anchors.fill: parent
                fillMode: VideoOutput.PreserveAspectFit
            }
        }
    }

    StationText {
        objectName: "noCameraText"
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: !dialog.hasCamera
        text: qsTr("No camera connected")
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        BigButton {
            objectName: "cancelPhotoButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: qsTr("Cancel")
            onClicked: dialog.visible = false
        }
        BigButton {
            objectName: "submitWithoutPhotoButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: qsTr("Submit without photo")
            enabled: !Station.busy
            onClicked: {
                dialog.visible = false
                Station.submitQuality("")
            }
        }
        BigButton {
            objectName: "takePhotoButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: qsTr("Take photo")
            color: Theme.green
            enabled: camera.item !== null && camera.item.ready && !Station.busy
            onClicked: camera.item.take()
        }
    }
}
