#include "MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace reper {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("×"));
    m_close->setToolTip(tr("Close the message"));
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clear);
    hide();
}

void MessageBanner::showMessage(const QString& text, Kind kind)
{
    m_kind = kind;
    m_text->setText(text);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString colors = QStringLiteral("background: #e8f1fb; border: 1px solid #9cc3e8;");
    switch (kind) {
    case Kind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        colors = QStringLiteral("background: #fdecea; border: 1px solid #e6a29b;");
        break;
    case Kind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        colors = QStringLiteral("background: #fff6e0; border: 1px solid #e8c872;");
        break;
    case Kind::Success:
        icon = QStyle::SP_DialogApplyButton;
        colors = QStringLiteral("background: #eaf6ea; border: 1px solid #9ccf9c;");
        break;
    case Kind::Information: break;
    }
    setStyleSheet(QStringLiteral("QFrame#messageBanner { %1 border-radius: 4px; } QLabel { background: transparent; "
                                 "border: none; color: #202020; }")
                      .arg(colors));
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    show();
}

void MessageBanner::clear()
{
    m_text->clear();
    hide();
}

QString MessageBanner::text() const { return isVisible() || !m_text->text().isEmpty() ? m_text->text() : QString(); }

} // namespace reper
