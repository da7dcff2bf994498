#include "FigureTile.h"

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
    setStyleSheet(QStringLiteral(
        "QFrame#figureTile { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setStyleSheet(QStringLiteral("color: #1f5fa8; border: none;"));
    m_caption->setWordWrap(true);
    m_caption->setStyleSheet(QStringLiteral("border: none;"));
    m_caption->setMinimumHeight(m_caption->fontMetrics().height() * 2 + 2);
    m_caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
}

void FigureTile::setValue(qint64 value) { m_value->setText(Labels::count(value)); }

QString FigureTile::valueText() const { return m_value->text(); }

} // namespace reper
