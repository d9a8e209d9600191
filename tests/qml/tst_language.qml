import QtQuick
import QtTest
import Packdesk.Station
import Packdesk.Backend

// Switching the language re-evaluates every qsTr() binding on screen.
Item {
    id: root
    width: 1280
    height: 800

    StationView {
        id: view
        anchors.fill: parent
    }

    // Counts how often a qsTr() binding is evaluated (a plain JS object, so
    // counting does not itself trigger anything).
    property var evaluations: ({ count: 0 })
    property string probe: {
        evaluations.count++
        return qsTr("Scan your badge")
    }

    StationTestCase {
        name: "Language"
        view: view

        function test_switchReevaluatesTranslatedLabels() {
            const prompt = findChild(view, "loginPrompt")
            const before = prompt.text
            compare(before, "Scan your badge")
            const evaluatedBefore = root.evaluations.count

            click("stationView", "languageButton")
            verify(findChild(view, "languageDialog").visible)
            click("languageDialog", "language_de")
            compare(Language.language, "de")
            verify(!findChild(view, "languageDialog").visible)

            // Re-evaluated now, with or without a German catalogue.
            tryVerify(function() { return root.evaluations.count > evaluatedBefore }, 5000,
                      "qsTr() bindings were not re-evaluated")
            tryCompare(findChild(view, "languageButton"), "text", "Deutsch", 5000)

            // The words the label must show: the German catalogue's, in the
            // label's own context (its file name), or English while there is
            // none. Becomes a real check of the text once the translations
            // land (qml/i18n -> :/i18n/packdesk_de.qm): then it must change.
            const expected = qsTranslate("LoginScreen", "Scan your badge")
            tryCompare(prompt, "text", expected, 5000)
            if (expected !== before)
                verify(prompt.text !== before, "the prompt is still English")

            Language.language = "en"
            tryCompare(prompt, "text", before, 5000)
            tryCompare(findChild(view, "languageButton"), "text", "English", 5000)
        }
    }
}
