import QtQuick
import QtTest
import Packdesk.Station

// Every reason the printing path can give the packer has its own words, not
// the generic "Problem: <code>" fallback.
TestCase {
    name: "Messages"

    function test_printingReasonsHaveTheirOwnText_data() {
        return ["media-empty", "media-jam", "offline", "paused", "printer_not_accepting", "printer_not_found",
                "cups_unreachable", "print_slow", "missing_field", "template_invalid", "template_missing",
                "unknown_field", "bad_placeholder", "card_overflow", "printer_unavailable"].map(function (code) {
            return { tag: code, code: code }
        })
    }

    function test_printingReasonsHaveTheirOwnText(data) {
        // The fallback's shape, learnt from a code nobody knows.
        const fallback = Messages.text("no_such_code", "").replace("no_such_code", data.code)
        const text = Messages.text(data.code, "")
        verify(text.length > 0)
        verify(text !== fallback, "falls back to the code: " + text)
    }
}
