#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace packdesk::dashboard {

/// One table of the dashboard as plain strings: the page shows it and
/// /dashboard/export/NAME.csv downloads it, so both always agree.
struct DataTable
{
    QString name;  ///< in the export URL: "packers", "defects"...
    QString title; ///< the heading on the page
    QStringList columns;
    QList<QStringList> rows;
};

} // namespace packdesk::dashboard
