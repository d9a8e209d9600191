import QtQuick
import QtQuick.Layouts
import Packdesk.Backend

// The station's language, each shown in its own words.
Dialog {
    id: dialog
    objectName: "languageDialog"
    title: qsTr("Language")

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        rowSpacing: Theme.spacing
        columnSpacing: Theme.spacing

        Repeater {
            model: Language.languages
            delegate: BigButton {
                required property string modelData
                objectName: "language_" + modelData
                Layout.fillWidth: true
                text: Language.nativeName(modelData)
                highlighted: modelData === Language.language
                onClicked: {
                    Language.language = modelData
                    dialog.visible = false
                }
            }
        }
    }

    Item { Layout.fillHeight: true }

    BigButton {
        objectName: "closeLanguageButton"
        Layout.alignment: Qt.AlignRight
        Layout.preferredWidth: Theme.touch * 3
        text: qsTr("Close")
        color: Theme.border
        onClicked: dialog.visible = false
    }
}
