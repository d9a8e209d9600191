#include "packscript.h"

namespace packdesk {

namespace {
struct VerbRule
{
    const char* verb;
    int minArgs;
    int maxArgs; ///< -1: any number
};

// The grammar in one table; docs/pack-script.md describes each verb.
constexpr VerbRule kVerbs[] = {
    {"login", 1, 2},   {"logout", 0, 0},     {"scan", 1, 1},     {"box", 1, 1},
    {"weigh", 1, 1},   {"quality", 1, -1},   {"print", 0, -1},   {"override", 2, -1},
    {"complete", 0, 0}, {"short-pick", 0, -1}, {"damaged", 0, -1}, {"wrong-item", 0, -1},
    {"cancel", 0, -1}, {"expect", 2, 2},     {"at", 1, 1},       {"wait", 1, 1},
    {"place", 1, 1},
};

const VerbRule* ruleFor(const QString& verb)
{
    for (const auto& rule : kVerbs) {
        if (verb == QLatin1String(rule.verb))
            return &rule;
    }
    return nullptr;
}
} // namespace

Result<QStringList> PackScript::tokenize(const QString& line)
{
    QStringList tokens;
    QString current;
    bool inQuotes = false;
    bool hasToken = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
            current += QLatin1Char('"');
            hasToken = true;
            ++i;
        } else if (c == QLatin1Char('"')) {
            inQuotes = !inQuotes;
            hasToken = true;
        } else if (c.isSpace() && !inQuotes) {
            if (hasToken)
                tokens << current;
            current.clear();
            hasToken = false;
        } else if (c == QLatin1Char('#') && !inQuotes && !hasToken) {
            break; // a comment runs to the end of the line
        } else {
            current += c;
            hasToken = true;
        }
    }
    if (inQuotes)
        return Error{QStringLiteral("script_syntax"), QStringLiteral("a quote is not closed")};
    if (hasToken)
        tokens << current;
    return tokens;
}

Result<PackScript> PackScript::parse(const QString& text)
{
    PackScript script;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        auto tokens = tokenize(line);
        const int lineNumber = i + 1;
        if (!tokens)
            return Error{tokens.error().code, QStringLiteral("line %1: %2").arg(lineNumber).arg(tokens.error().message)};
        if (tokens->isEmpty())
            continue;
        PackScriptStep step{lineNumber, tokens->takeFirst().toLower(), tokens.value(), line};
        const VerbRule* rule = ruleFor(step.verb);
        if (!rule)
            return Error{QStringLiteral("script_syntax"),
                         QStringLiteral("line %1: unknown command '%2'").arg(lineNumber).arg(step.verb)};
        const int count = int(step.args.size());
        if (count < rule->minArgs || (rule->maxArgs >= 0 && count > rule->maxArgs))
            return Error{QStringLiteral("script_syntax"),
                         QStringLiteral("line %1: '%2' takes %3 argument(s), got %4")
                             .arg(lineNumber)
                             .arg(step.verb)
                             .arg(rule->maxArgs == rule->minArgs ? QString::number(rule->minArgs)
                                  : rule->maxArgs < 0            ? QStringLiteral("at least %1").arg(rule->minArgs)
                                                      : QStringLiteral("%1 to %2").arg(rule->minArgs).arg(rule->maxArgs))
                             .arg(count)};
        script.m_steps.push_back(std::move(step));
    }
    return script;
}

} // namespace packdesk
