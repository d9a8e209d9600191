#pragma once

#include "dashboard/datatable.h"
#include "dashboard/htmlbuilder.h"

namespace packdesk::dashboard {

/// A DataTable as an HTML <table id="table-NAME"> with a CSV download link.
class TableView
{
public:
    /// exportQuery: the page's filters, so the CSV holds what the table shows.
    static HtmlBuilder render(const DataTable& table, const QString& exportQuery);
};

} // namespace packdesk::dashboard
