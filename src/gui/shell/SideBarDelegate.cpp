#include "SideBarDelegate.h"

#include "gui/common/Appearance.h"

#include <QApplication>
#include <QListWidgetItem>
#include <QPainter>

namespace reper {

void SideBarDelegate::setBadge(QListWidgetItem* item, int count)
{
    item->setData(BadgeRole, count);
    item->setToolTip(count > 0 ? tr("%n overdue deadline(s)", "", count) : QString());
    item->setData(Qt::AccessibleTextRole, count > 0 ? tr("%1, %n overdue", "", count).arg(item->text()) : item->text());
}

QRect SideBarDelegate::badgeRect(const QStyleOptionViewItem& option, const QString& text)
{
    const QFontMetrics metrics(option.font);
    const int height = metrics.height() + 2;
    const int width = qMax(height, metrics.horizontalAdvance(text) + height / 2 + 4);
    const QRect r = option.rect;
    return QRect(r.right() - width - 8, r.center().y() - height / 2 + 1, width, height);
}

void SideBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const int count = index.data(BadgeRole).toInt();
    if (count <= 0)
        return;
    const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
    QStyleOptionViewItem opt(option);
    QFont bold = opt.font;
    bold.setBold(true);
    opt.font = bold;
    const QRect badge = badgeRect(opt, text);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    const QWidget* widget = option.widget;
    const QColor red = widget ? Appearance::problemColour(widget) : QColor(0xb0, 0x1c, 0x1c);
    painter->setBrush(red);
    painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->setPen(red.lightness() > 140 ? Qt::black : Qt::white);
    painter->setFont(bold);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize SideBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int count = index.data(BadgeRole).toInt();
    if (count > 0)
        size.rwidth() += badgeRect(option, QString::number(count)).width() + 12;
    return size;
}

} // namespace reper
