#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace packdesk {

/// One line of a pack script: a verb and its words (quotes removed).
struct PackScriptStep
{
    int lineNumber = 0;
    QString verb;
    QStringList args;
    QString text; ///< the line as written, for messages
};

/// A pack script: scans, weights and quality answers that drive a pack
/// session headless (tests, demos, debugging). See docs/pack-script.md.
class PackScript
{
public:
    /// Splits lines into steps and checks every verb and its argument count
    /// up front, so a typo on line 40 is reported before line 1 runs.
    static Result<PackScript> parse(const QString& text);

    const std::vector<PackScriptStep>& steps() const { return m_steps; }

    /// Splits on white space; "double quotes" keep spaces, \" escapes a quote.
    static Result<QStringList> tokenize(const QString& line);

private:
    std::vector<PackScriptStep> m_steps;
};

} // namespace packdesk
