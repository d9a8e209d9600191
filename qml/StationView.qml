import QtQuick
import QtQuick.Layouts
import Packdesk.Backend

// Every screen of the station: the one Station.screen names, under the
// header and the message bars; dialogs, flash and sounds on top.
Rectangle {
    id: root
    objectName: "stationView"
    color: Theme.background

    // Sizes follow the window so 1280x800 and 1920x1080 look alike.
    Binding {
        target: Theme
        property: "windowHeight"
        value: root.height
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        HeaderBar {
            Layout.fillWidth: true
            onLanguageRequested: languageDialog.visible = true
        }
        MessageBanner {
            objectName: "messageBanner"
            Layout.fillWidth: true
        }
        LeadBanner {
            objectName: "leadBanner"
            Layout.fillWidth: true
        }

        // In the order of StationController::Screen, so the enum value is the index.
        StackLayout {
            objectName: "screens"
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: Station.screen

            LoginScreen {}
            ScanOrderScreen {}
            VerifyScreen { onProblemRequested: exceptionDialog.visible = true }
            WeighScreen { onProblemRequested: exceptionDialog.visible = true }
            QualityScreen {
                onProblemRequested: exceptionDialog.visible = true
                onPhotoRequested: photoDialog.visible = true
            }
            PrintingScreen { onProblemRequested: exceptionDialog.visible = true }
            DoneScreen {}
        }
    }

    ExceptionDialog { id: exceptionDialog }
    OverrideDialog {}
    PhotoDialog { id: photoDialog }
    LanguageDialog { id: languageDialog }
    LeadStatsDialog {}
    FlashOverlay {}
    FeedbackSounds {}
}
