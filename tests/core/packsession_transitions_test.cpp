// Every command from every state: the legal ones land in the right state, the
// illegal ones are rejected with a reason and change nothing.
#include "sessionfixture.h"

#include <functional>

using namespace packdesk;
using namespace packdesk::testing;

namespace {

using Command = std::function<Result<DomainEvents>(const PackSession&)>;

struct NamedCommand
{
    const char* name;
    Command run;
};

const NamedCommand kScanItem{"scan_item", [](const PackSession& s) { return s.scanItem(QStringLiteral("036000291452"), 5000); }};
const NamedCommand kChooseBox{"choose_box", [](const PackSession& s) { return s.chooseBox(QStringLiteral("L"), 5000); }};
const NamedCommand kWeighPass{"weigh_pass", [](const PackSession& s) { return s.recordWeight(s.expectedWeightGrams(), 5000); }};
const NamedCommand kWeighFail{"weigh_fail", [](const PackSession& s) { return s.recordWeight(5, 5000); }};
const NamedCommand kQuality{"quality", [](const PackSession& s) { return s.recordQuality(passingQuality(s.settings()), 5000); }};
const NamedCommand kPrinted{"print_finished", [](const PackSession& s) { return s.printFinished({QStringLiteral("card")}, 5000); }};
const NamedCommand kPrintFailed{"print_failed", [](const PackSession& s) { return s.printFailed(QStringLiteral("offline"), 5000); }};
const NamedCommand kOverride{"override", [](const PackSession& s) { return s.approveOverride(QStringLiteral("L01"), QStringLiteral("scale drift"), 5000); }};
const NamedCommand kComplete{"complete", [](const PackSession& s) { return s.complete(5000); }};
const NamedCommand kShortPick{"short_pick", [](const PackSession& s) { return s.raiseException(ExceptionReason::ShortPick, {}, 5000); }};
const NamedCommand kDamaged{"damaged_item", [](const PackSession& s) { return s.raiseException(ExceptionReason::DamagedItem, {}, 5000); }};
const NamedCommand kWrongItem{"wrong_item", [](const PackSession& s) { return s.raiseException(ExceptionReason::WrongItem, {}, 5000); }};
const NamedCommand kCancel{"cancel", [](const PackSession& s) { return s.cancel(QStringLiteral("break"), 5000); }};

struct Transition
{
    Start from;
    const char* fromName;
    NamedCommand command;
    /// The resulting state's name when legal, else the error code.
    const char* expected;
    bool legal;
};

Transition ok(Start from, const char* fromName, NamedCommand c, const char* to) { return {from, fromName, c, to, true}; }
Transition no(Start from, const char* fromName, NamedCommand c, const char* code) { return {from, fromName, c, code, false}; }

#define FROM(s) Start::s, #s

std::vector<Transition> table()
{
    return {
        ok(FROM(Verifying), kScanItem, "verifying"),
        ok(FROM(Verifying), kChooseBox, "verifying"),
        no(FROM(Verifying), kWeighPass, "illegal_transition"),
        no(FROM(Verifying), kQuality, "illegal_transition"),
        no(FROM(Verifying), kPrinted, "illegal_transition"),
        no(FROM(Verifying), kPrintFailed, "illegal_transition"),
        no(FROM(Verifying), kOverride, "override_not_applicable"),
        no(FROM(Verifying), kComplete, "illegal_transition"),
        ok(FROM(Verifying), kShortPick, "exception"),
        ok(FROM(Verifying), kDamaged, "exception"),
        ok(FROM(Verifying), kWrongItem, "exception"),
        ok(FROM(Verifying), kCancel, "cancelled"),

        no(FROM(Weighing), kScanItem, "illegal_transition"),
        ok(FROM(Weighing), kChooseBox, "weighing"),
        ok(FROM(Weighing), kWeighPass, "quality_check"),
        ok(FROM(Weighing), kWeighFail, "weighing"),
        no(FROM(Weighing), kQuality, "illegal_transition"),
        no(FROM(Weighing), kPrinted, "illegal_transition"),
        no(FROM(Weighing), kOverride, "override_not_applicable"),
        no(FROM(Weighing), kComplete, "illegal_transition"),
        no(FROM(Weighing), kShortPick, "nothing_missing"),
        ok(FROM(Weighing), kDamaged, "exception"),
        no(FROM(Weighing), kWrongItem, "illegal_transition"),
        ok(FROM(Weighing), kCancel, "cancelled"),

        ok(FROM(WeighingAfterFailedCheck), kWeighPass, "quality_check"),
        ok(FROM(WeighingAfterFailedCheck), kWeighFail, "weighing"),
        ok(FROM(WeighingAfterFailedCheck), kOverride, "quality_check"),
        no(FROM(WeighingAfterFailedCheck), kQuality, "illegal_transition"),
        no(FROM(WeighingAfterFailedCheck), kComplete, "illegal_transition"),

        no(FROM(QualityCheck), kScanItem, "illegal_transition"),
        no(FROM(QualityCheck), kChooseBox, "illegal_transition"),
        no(FROM(QualityCheck), kWeighPass, "illegal_transition"),
        ok(FROM(QualityCheck), kQuality, "printing"),
        no(FROM(QualityCheck), kPrinted, "illegal_transition"),
        no(FROM(QualityCheck), kOverride, "override_not_applicable"),
        no(FROM(QualityCheck), kComplete, "illegal_transition"),
        no(FROM(QualityCheck), kShortPick, "nothing_missing"),
        ok(FROM(QualityCheck), kDamaged, "exception"),
        no(FROM(QualityCheck), kWrongItem, "illegal_transition"),
        ok(FROM(QualityCheck), kCancel, "cancelled"),

        no(FROM(Printing), kScanItem, "illegal_transition"),
        no(FROM(Printing), kWeighPass, "illegal_transition"),
        no(FROM(Printing), kQuality, "illegal_transition"),
        ok(FROM(Printing), kPrinted, "ready_to_complete"),
        ok(FROM(Printing), kPrintFailed, "printing"),
        no(FROM(Printing), kOverride, "override_not_applicable"),
        no(FROM(Printing), kComplete, "illegal_transition"),
        ok(FROM(Printing), kDamaged, "exception"),
        ok(FROM(Printing), kCancel, "cancelled"),

        ok(FROM(PrintingAfterFailure), kPrinted, "ready_to_complete"),
        ok(FROM(PrintingAfterFailure), kOverride, "ready_to_complete"),
        no(FROM(PrintingAfterFailure), kComplete, "illegal_transition"),

        no(FROM(ReadyToComplete), kScanItem, "illegal_transition"),
        no(FROM(ReadyToComplete), kPrinted, "illegal_transition"),
        no(FROM(ReadyToComplete), kOverride, "override_not_applicable"),
        ok(FROM(ReadyToComplete), kComplete, "packed"),
        no(FROM(ReadyToComplete), kShortPick, "nothing_missing"),
        ok(FROM(ReadyToComplete), kDamaged, "exception"),
        ok(FROM(ReadyToComplete), kCancel, "cancelled"),
    };
}

std::vector<Transition> terminalTable()
{
    std::vector<Transition> rows;
    const NamedCommand all[] = {kScanItem, kChooseBox, kWeighPass, kWeighFail, kQuality, kPrinted, kPrintFailed,
                                kOverride, kComplete, kShortPick, kDamaged, kWrongItem, kCancel};
    for (auto [start, name] : {std::pair{Start::Packed, "Packed"}, std::pair{Start::Exception, "Exception"},
                               std::pair{Start::Cancelled, "Cancelled"}}) {
        for (const auto& command : all)
            rows.push_back(no(start, name, command, "session_ended"));
    }
    return rows;
}

// Keeps test names and failure output readable instead of a byte dump.
void PrintTo(const Transition& t, std::ostream* os)
{
    *os << t.fromName << " + " << t.command.name << " -> " << t.expected;
}

class PackSessionTransition : public ::testing::TestWithParam<Transition>
{
};

std::string caseName(const ::testing::TestParamInfo<Transition>& info)
{
    return std::string(info.param.fromName) + "_" + info.param.command.name;
}

} // namespace

TEST_P(PackSessionTransition, FollowsTheTable)
{
    const Transition& t = GetParam();
    PackSession session = sessionAt(t.from);
    const PackState before = session.state();
    const auto decided = t.command.run(session);
    if (t.legal) {
        ASSERT_TRUE(decided.ok()) << decided.error().message.toStdString();
        ASSERT_FALSE(decided.value().empty()) << "a legal command must record an event";
        session.apply(decided.value());
        EXPECT_EQ(toString(session.state()).toStdString(), t.expected);
    } else {
        ASSERT_FALSE(decided.ok()) << "expected rejection, state would be " << toString(session.state()).toStdString();
        EXPECT_EQ(decided.error().code.toStdString(), t.expected);
        EXPECT_FALSE(decided.error().message.isEmpty()) << "a rejection must say why";
        EXPECT_EQ(session.state(), before);
    }
}

INSTANTIATE_TEST_SUITE_P(NonTerminal, PackSessionTransition, ::testing::ValuesIn(table()), caseName);
INSTANTIATE_TEST_SUITE_P(Terminal, PackSessionTransition, ::testing::ValuesIn(terminalTable()), caseName);
