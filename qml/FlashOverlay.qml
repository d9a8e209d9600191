import QtQuick
import Packdesk.Backend

// The full-screen flash: green for a good scan, red for a rejected one.
// Starts at full strength in the frame the feedback arrives and fades
// within ~250 ms, so it never hides the next scan's result.
Rectangle {
    id: flash
    objectName: "flash"

    anchors.fill: parent
    color: Feedback.flashColor
    opacity: 0
    visible: opacity > 0

    NumberAnimation {
        id: fade
        target: flash
        property: "opacity"
        from: 0.6
        to: 0
        duration: 250
        easing.type: Easing.InQuad
    }

    Connections {
        target: Feedback
        function onFlash() { fade.restart() }
    }
}
