import QtQuick
import QtTest
import Packdesk.Station
import Packdesk.Backend
import Packdesk.Testing

// Orders packed by scans and taps, a wrong item, a short pick. Orders and
// barcodes are the demo's (deploy/demo/orders.json); each test packs its own.
Item {
    width: 1280
    height: 800

    StationView {
        id: view
        anchors.fill: parent
    }

    StationTestCase {
        id: testCase
        name: "Packing"
        view: view

        // The flash overlay's opacity in the moment feedback arrived: the
        // overlay connected first, so its fade has just (re)started.
        property real flashOpacityAtFeedback: -1
        Connections {
            target: Feedback
            function onFlash() { testCase.flashOpacityAtFeedback = testCase.findChild(view, "flash").opacity }
        }

        function test_fullOrderPackedByScans() {
            login("P01")
            // KB-5001: one espresso 1 kg, one milk jug.
            openAndScan("KB-5001", ["8712345000127"])
            compare(Station.screen, Station.Screen.Verify)
            verify(findChild(view, "verifyScreen").visible)
            compare(Station.itemsScanned, 1)
            compare(Station.itemsExpected, 2)
            compare(findChild(view, "progressText").text, "1 of 2 items")
            compare(findChild(view, "linesList").count, 2)
            scan("8712345001049")

            compare(Station.screen, Station.Screen.Weigh)
            verify(findChild(view, "weighScreen").visible)
            click("weighScreen", "box_M")
            compare(Station.chosenBox, "M")
            verify(findChild(view, "box_M").highlighted)
            verify(Station.expectedGrams > 1230)
            // Not stable yet: nothing to record.
            TestScale.setWeight(Station.expectedGrams, false)
            verify(!findChild(view, "recordWeightButton").enabled)
            TestScale.setWeight(Station.expectedGrams, true)
            compare(findChild(view, "liveWeight").text, Station.expectedGrams + " g")
            click("weighScreen", "recordWeightButton")
            compare(Station.weightVerdict, "pass")

            compare(Station.screen, Station.Screen.Quality)
            verify(findChild(view, "qualityScreen").visible)
            compare(findChild(view, "checklistView").count, 5)
            verify(!findChild(view, "submitQualityButton").enabled)
            for (const key of ["right_box_size", "protection", "seal", "card_inserted", "label_placement"])
                click("qualityScreen", "ok_" + key)
            verify(Station.checklist.complete)
            click("qualityScreen", "submitQualityButton")

            tryCompare(Station, "printStatus", "done", 10000)
            compare(Station.screen, Station.Screen.Printing)
            verify(findChild(view, "printingScreen").visible)
            click("printingScreen", "completeButton")

            compare(Station.screen, Station.Screen.Done)
            verify(findChild(view, "doneScreen").visible)
            compare(Station.doneCode, "order_packed")
            compare(findChild(view, "doneText").text, "Order packed")
            compare(Feedback.sound, "complete")
            click("doneScreen", "nextOrderButton")
            compare(Station.screen, Station.Screen.ScanOrder)
        }

        // This machine has no camera: the photo dialog says so and the
        // record goes in without a photo (a photo's SHA-256 is tested in app_tests).
        function test_photoDialogWithoutACamera() {
            login("P01")
            openAndScan("KB-5003", ["8712345002039", "8712345002039", "8712345002039"])
            compare(Station.screen, Station.Screen.Weigh)
            click("weighScreen", "box_M")
            TestScale.setWeight(Station.expectedGrams, true)
            click("weighScreen", "recordWeightButton")
            compare(Station.screen, Station.Screen.Quality)
            for (const key of ["right_box_size", "protection", "seal", "card_inserted", "label_placement"])
                click("qualityScreen", "ok_" + key)
            click("qualityScreen", "photoButton")
            const dialog = findChild(view, "photoDialog")
            verify(dialog.visible)
            verify(findChild(view, "noCameraText").visible)
            verify(!findChild(view, "takePhotoButton").enabled)
            const photoPath = Station.newPhotoPath()
            verify(photoPath.indexOf("/photos/kaffebar-KB-5003-") > 0, photoPath)
            click("photoDialog", "submitWithoutPhotoButton")
            verify(!dialog.visible)
            tryCompare(Station, "screen", Station.Screen.Printing, 10000)
        }

        function test_shortPickViaExceptionDialog() {
            login("P01")
            // NL-10043: one wool blanket, which is not on the shelf.
            openAndScan("NL-10043", [])
            click("verifyScreen", "problemButton")
            verify(findChild(view, "exceptionDialog").visible)
            click("exceptionDialog", "exception_short_pick")
            verify(!findChild(view, "exceptionDialog").visible)
            compare(Station.screen, Station.Screen.Done)
            verify(findChild(view, "doneScreen").visible)
            compare(Station.doneCode, "exception_short_pick")
            compare(findChild(view, "doneText").text, "Exception: item missing")
        }

        function test_wrongItemFlashesRedWithMessage() {
            login("P01")
            // NL-10042: hat and mittens; the wool socks belong to NL-10041.
            openAndScan("NL-10042", [])
            flashOpacityAtFeedback = -1
            scan("7038010009457")
            compare(Station.screen, Station.Screen.Verify)
            compare(Station.messageCode, "wrong_item")
            compare(Station.messageKind, Station.MessageKind.Error)
            // Red, and the overlay shows it from the first frame.
            verify(Feedback.flashColor.r > 0.6 && Feedback.flashColor.g < 0.4, "flash is red: " + Feedback.flashColor)
            verify(Qt.colorEqual(findChild(view, "flash").color, Feedback.flashColor))
            verify(flashOpacityAtFeedback > 0.3, "flash opacity " + flashOpacityAtFeedback)
            compare(Feedback.sound, "error")
            verify(findChild(view, "messageBanner").visible)
            compare(findChild(view, "messageText").text, "Wrong item: not on this order")
            compare(Station.itemsScanned, 0)
            // The flash fades by itself and leaves the screen usable.
            tryCompare(findChild(view, "flash"), "opacity", 0, 2000)
            click("stationView", "dismissMessageButton")
            verify(!findChild(view, "messageBanner").visible)
        }
    }
}
