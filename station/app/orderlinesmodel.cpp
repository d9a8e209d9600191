#include "orderlinesmodel.h"

namespace packdesk::app {

namespace {
/// Same order: the same lines in the same places; only counts may differ.
bool sameLines(const std::vector<LineView>& a, const std::vector<LineView>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].sku != b[i].sku || a[i].name != b[i].name || a[i].barcode != b[i].barcode
            || a[i].expected != b[i].expected)
            return false;
    }
    return true;
}
} // namespace

int OrderLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant OrderLinesModel::data(const QModelIndex& index, int role) const
{
    // Plain bounds: a delegate may ask with a stale index while the list changes.
    if (!index.isValid() || index.parent().isValid() || index.row() < 0 || index.row() >= rowCount())
        return {};
    const LineView& line = m_lines[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return line.name;
    case SkuRole:
        return line.sku;
    case BarcodeRole:
        return line.barcode;
    case ExpectedRole:
        return line.expected;
    case ScannedRole:
        return line.scanned;
    case DoneRole:
        return line.scanned >= line.expected;
    default:
        return {};
    }
}

QHash<int, QByteArray> OrderLinesModel::roleNames() const
{
    return {{NameRole, "name"},         {SkuRole, "sku"},         {BarcodeRole, "barcode"},
            {ExpectedRole, "expected"}, {ScannedRole, "scanned"}, {DoneRole, "done"}};
}

void OrderLinesModel::setLines(const std::vector<LineView>& lines)
{
    if (!sameLines(m_lines, lines)) {
        beginResetModel();
        m_lines = lines;
        endResetModel();
        return;
    }
    // A scan changes one count: repaint that row only, so a long order's
    // list does not rebuild between scan and screen.
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (m_lines[i].scanned == lines[i].scanned)
            continue;
        m_lines[i].scanned = lines[i].scanned;
        const QModelIndex changed = index(int(i));
        Q_EMIT dataChanged(changed, changed, {ScannedRole, DoneRole});
    }
}

} // namespace packdesk::app
