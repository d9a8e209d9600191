#include "loginpage.h"

#include "htmlbuilder.h"
#include "pagelayout.h"

namespace packdesk::dashboard {

QString LoginPage::render(const QString& message)
{
    HtmlBuilder body;
    body.open(QStringLiteral("main"), {{QStringLiteral("class"), QStringLiteral("login")}});
    body.element(QStringLiteral("h1"), QStringLiteral("Packdesk dashboard"));
    body.element(QStringLiteral("p"),
                 QStringLiteral("For fulfilment leads: sign in with your badge and PIN."));
    if (!message.isEmpty())
        body.element(QStringLiteral("p"),
                     {{QStringLiteral("class"), QStringLiteral("error")},
                      {QStringLiteral("role"), QStringLiteral("alert")}},
                     message);
    body.open(QStringLiteral("form"), {{QStringLiteral("method"), QStringLiteral("post")},
                                       {QStringLiteral("action"), QStringLiteral("/dashboard/login")}});
    body.element(QStringLiteral("label"), {{QStringLiteral("for"), QStringLiteral("badge")}},
                 QStringLiteral("Badge"));
    body.empty(QStringLiteral("input"), {{QStringLiteral("id"), QStringLiteral("badge")},
                                         {QStringLiteral("name"), QStringLiteral("badge")},
                                         {QStringLiteral("autocomplete"), QStringLiteral("username")},
                                         {QStringLiteral("required"), QStringLiteral("required")}});
    body.element(QStringLiteral("label"), {{QStringLiteral("for"), QStringLiteral("pin")}},
                 QStringLiteral("PIN"));
    body.empty(QStringLiteral("input"), {{QStringLiteral("id"), QStringLiteral("pin")},
                                         {QStringLiteral("name"), QStringLiteral("pin")},
                                         {QStringLiteral("type"), QStringLiteral("password")},
                                         {QStringLiteral("autocomplete"), QStringLiteral("current-password")},
                                         {QStringLiteral("required"), QStringLiteral("required")}});
    body.element(QStringLiteral("button"), {{QStringLiteral("type"), QStringLiteral("submit")}},
                 QStringLiteral("Sign in"));
    body.close();
    body.close();
    return PageLayout::page(QStringLiteral("Sign in - Packdesk dashboard"), body);
}

} // namespace packdesk::dashboard
