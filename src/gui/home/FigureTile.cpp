#include "FigureTile.h"

#include "gui/common/Appearance.h"
#include "gui/common/Labels.h"

#include <QLabel>
#include <QVBoxLayout>

namespace reper {

FigureTile::FigureTile(const QString& caption, QWidget* parent)
    : QFrame(parent)
    , m_value(new QLabel(QStringLiteral("–"), this))
    , m_caption(new QLabel(caption, this))
{
    setObjectName(QStringLiteral("figureTile"));
    setFrameShape(QFrame::StyledPanel);
    // Reached with Tab, its figure said by a screen reader (name: what it counts; description: the
    // figure); the focus is a thick border in the highlight colour.
    setFocusPolicy(Qt::TabFocus);
    setAccessibleName(caption);
    setStyleSheet(QStringLiteral(
        "QFrame#figureTile { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"
        "QFrame#figureTile:focus { border: 3px solid palette(highlight); }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    // Blue on the usual palette; on another (a high-contrast one) a shade that can be read.
    m_value->setStyleSheet(QStringLiteral("border: none; color: %1;")
                               .arg(Appearance::readable(QColor(0x1f, 0x5f, 0xa8), palette().color(QPalette::Base),
                                                         palette().color(QPalette::Text))
                                        .name()));
    m_caption->setWordWrap(true);
    m_caption->setStyleSheet(QStringLiteral("border: none;"));
    m_caption->setMinimumHeight(m_caption->fontMetrics().height() * 2 + 2);
    m_caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
}

void FigureTile::setValue(qint64 value)
{
    m_value->setText(Labels::count(value));
    setAccessibleDescription(m_value->text());
}

QString FigureTile::valueText() const { return m_value->text(); }

} // namespace reper
