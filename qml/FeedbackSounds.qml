import QtQuick
import QtMultimedia
import Packdesk.Backend

// The sound for each feedback (Feedback.sound: "ok", "error", "complete").
// SoundEffect keeps the samples decoded, so a beep starts without delay.
Item {
    SoundEffect { id: ok; source: "qrc:/Packdesk/Station/sounds/ok.wav" }
    SoundEffect { id: error; source: "qrc:/Packdesk/Station/sounds/error.wav" }
    SoundEffect { id: complete; source: "qrc:/Packdesk/Station/sounds/complete.wav" }

    Connections {
        target: Feedback
        function onFlash() {
            const effect = { "ok": ok, "error": error, "complete": complete }[Feedback.sound]
            if (effect)
                effect.play()
        }
    }
}
