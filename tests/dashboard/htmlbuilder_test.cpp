#include "dashboard/htmlbuilder.h"

#include <gtest/gtest.h>

using packdesk::dashboard::HtmlBuilder;

TEST(DashboardHtml, TextIsEscaped)
{
    HtmlBuilder html;
    html.element(QStringLiteral("td"), QStringLiteral("<script>window.__pwned=1</script>Eve & \"Bob\" 'x'"));
    EXPECT_EQ(html.html(), QStringLiteral("<td>&lt;script&gt;window.__pwned=1&lt;/script&gt;Eve &amp; "
                                          "&quot;Bob&quot; &#39;x&#39;</td>"));
}

TEST(DashboardHtml, AttributeValuesAreEscaped)
{
    HtmlBuilder html;
    html.empty(QStringLiteral("input"), {{QStringLiteral("value"), QStringLiteral("\" onfocus=\"alert(1)")},
                                         {QStringLiteral("title"), QStringLiteral("a'b<c>")}});
    EXPECT_EQ(html.html(),
              QStringLiteral("<input value=\"&quot; onfocus=&quot;alert(1)\" title=\"a&#39;b&lt;c&gt;\"/>"));
}

TEST(DashboardHtml, OpenElementsAreClosedInOrder)
{
    HtmlBuilder html;
    html.open(QStringLiteral("table"))
        .open(QStringLiteral("tr"))
        .element(QStringLiteral("td"), QStringLiteral("1"));
    EXPECT_EQ(html.html(), QStringLiteral("<table><tr><td>1</td></tr></table>"));
    html.close();
    html.text(QStringLiteral("<b>"));
    EXPECT_EQ(html.html(), QStringLiteral("<table><tr><td>1</td></tr>&lt;b&gt;</table>"));
}

TEST(DashboardHtml, AppendKeepsTheOtherBuildersEscaping)
{
    HtmlBuilder inner;
    inner.element(QStringLiteral("span"), QStringLiteral("<img src=x onerror=alert(1)>"));
    HtmlBuilder outer;
    outer.open(QStringLiteral("div")).append(inner);
    EXPECT_EQ(outer.html(), QStringLiteral("<div><span>&lt;img src=x onerror=alert(1)&gt;</span></div>"));
}
