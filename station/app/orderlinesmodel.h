#pragma once

#include "stationsnapshot.h"

#include <QAbstractListModel>

namespace packdesk::app {

/// The order's lines for the verification screen: roles name, sku,
/// barcode, expected, scanned, done (scanned == expected).
class OrderLinesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole + 1, SkuRole, BarcodeRole, ExpectedRole, ScannedRole, DoneRole };

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Updates in place when the lines are the same order's (a scan changes
    /// one count: dataChanged for that row only), resets otherwise.
    void setLines(const std::vector<LineView>& lines);

private:
    std::vector<LineView> m_lines;
};

} // namespace packdesk::app
