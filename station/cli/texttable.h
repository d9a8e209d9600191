#pragma once

#include <QStringList>
#include <QTextStream>

#include <vector>

namespace packdesk::cli {

/// A plain-text table with aligned columns, for terminal output.
class TextTable
{
public:
    explicit TextTable(QStringList headers) : m_headers(std::move(headers)) {}
    void addRow(QStringList cells) { m_rows.push_back(std::move(cells)); }
    bool isEmpty() const { return m_rows.empty(); }
    void print(QTextStream& out) const;

private:
    QStringList m_headers;
    std::vector<QStringList> m_rows;
};

} // namespace packdesk::cli
