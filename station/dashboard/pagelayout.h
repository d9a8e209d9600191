#pragma once

#include "dashboard/htmlbuilder.h"

namespace packdesk::dashboard {

/// The frame of every dashboard page: doctype, UTF-8, the stylesheet
/// (served by the dashboard itself: the CSP allows nothing else) and the body.
class PageLayout
{
public:
    static constexpr auto kStylesheetPath = "/dashboard/static/dashboard.css";
    static QString page(const QString& title, const HtmlBuilder& body);
};

} // namespace packdesk::dashboard
