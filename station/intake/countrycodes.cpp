#include "countrycodes.h"

#include <bitset>

namespace packdesk {

namespace {

// The officially assigned codes (249) and XK. Kept as one string so the list
// can be checked against the standard at a glance.
constexpr char kCodes[] = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ "
                          "BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ "
                          "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ "
                          "DE DJ DK DM DO DZ "
                          "EC EE EG EH ER ES ET "
                          "FI FJ FK FM FO FR "
                          "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY "
                          "HK HM HN HR HT HU "
                          "ID IE IL IM IN IO IQ IR IS IT "
                          "JE JM JO JP "
                          "KE KG KH KI KM KN KP KR KW KY KZ "
                          "LA LB LC LI LK LR LS LT LU LV LY "
                          "MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ "
                          "NA NC NE NF NG NI NL NO NP NR NU NZ "
                          "OM "
                          "PA PE PF PG PH PK PL PM PN PR PS PT PW PY "
                          "QA "
                          "RE RO RS RU RW "
                          "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ "
                          "TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ "
                          "UA UG UM US UY UZ "
                          "VA VC VE VG VI VN VU "
                          "WF WS "
                          "XK "
                          "YE YT "
                          "ZA ZM ZW";

// A 26x26 bit table: one lookup per check instead of a search.
std::bitset<26 * 26> buildTable()
{
    std::bitset<26 * 26> table;
    for (const char* p = kCodes; p[0] && p[1]; p += 3) {
        table.set((p[0] - 'A') * 26 + (p[1] - 'A'));
        if (!p[2])
            break;
    }
    return table;
}

} // namespace

bool isKnownCountryCode(QStringView code)
{
    static const std::bitset<26 * 26> table = buildTable();
    if (code.size() != 2)
        return false;
    const char16_t a = code[0].unicode();
    const char16_t b = code[1].unicode();
    if (a < u'A' || a > u'Z' || b < u'A' || b > u'Z')
        return false;
    return table.test((a - u'A') * 26 + (b - u'A'));
}

} // namespace packdesk
