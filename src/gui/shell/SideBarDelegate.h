#pragma once
// Draws the side bar's entries as the style does, with a badge — a count in a rounded mark at the
// right — on an entry whose BadgeRole holds a number above zero (the work list's overdue deadlines).
#include <QStyledItemDelegate>

class QListWidgetItem;

namespace reper {

class SideBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int BadgeRole = Qt::UserRole + 10;

    using QStyledItemDelegate::QStyledItemDelegate;

    // Sets an entry's badge, its tooltip and what a screen reader says ("Today, 3 overdue").
    static void setBadge(QListWidgetItem* item, int count);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    static QRect badgeRect(const QStyleOptionViewItem& option, const QString& text);
};

} // namespace reper
