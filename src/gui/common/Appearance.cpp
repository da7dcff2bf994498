#include "Appearance.h"

#include <QApplication>
#include <QPainter>
#include <QPointer>
#include <QProxyStyle>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>
#include <cmath>

namespace reper::Appearance {

namespace {

bool g_highContrast = false;
const QString kSetting = QStringLiteral("view/highContrast");

double luminance(const QColor& c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QPalette paletteOf(const QWidget* w) { return w ? w->palette() : QApplication::palette(); }

// The style's own check boxes and radio buttons draw their frame from the window colour (Fusion:
// the window darkened), which on a black window is black: an unchecked box was invisible. On the
// high-contrast palette every such indicator gets a frame in the text colour as well.
class HighContrastStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, element == PE_IndicatorRadioButton);
        painter->setPen(QPen(option->palette.color(QPalette::WindowText), 1));
        painter->setBrush(Qt::NoBrush);
        const QRectF frame = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
        if (element == PE_IndicatorRadioButton)
            painter->drawEllipse(frame);
        else
            painter->drawRect(frame);
        painter->restore();
    }
};

// The style the program started with, restored when high contrast is turned off.
QString& originalStyleName()
{
    static QString name;
    return name;
}

} // namespace

bool highContrast() { return g_highContrast; }

bool savedHighContrast() { return QSettings().value(kSetting, false).toBool(); }

QPalette highContrastPalette()
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xeb, 0x3b);
    const QColor cyan(0x80, 0xd8, 0xff);
    QPalette p;
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, black);
        p.setColor(group, QPalette::WindowText, white);
        p.setColor(group, QPalette::Base, black);
        p.setColor(group, QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
        p.setColor(group, QPalette::Text, white);
        p.setColor(group, QPalette::PlaceholderText, QColor(0xc8, 0xc8, 0xc8));
        p.setColor(group, QPalette::Button, black);
        p.setColor(group, QPalette::ButtonText, white);
        p.setColor(group, QPalette::BrightText, yellow);
        p.setColor(group, QPalette::Highlight, yellow);
        p.setColor(group, QPalette::HighlightedText, black);
        p.setColor(group, QPalette::Link, cyan);
        p.setColor(group, QPalette::LinkVisited, QColor(0xe1, 0xbe, 0xe7));
        p.setColor(group, QPalette::ToolTipBase, black);
        p.setColor(group, QPalette::ToolTipText, white);
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, QColor(0xc0, 0xc0, 0xc0));
        p.setColor(group, QPalette::Mid, QColor(0xb0, 0xb0, 0xb0));
        p.setColor(group, QPalette::Dark, QColor(0x90, 0x90, 0x90));
        p.setColor(group, QPalette::Shadow, white);
    }
    // Disabled: still readable (grey on black), clearly not active.
    p.setColor(QPalette::Disabled, QPalette::Window, black);
    p.setColor(QPalette::Disabled, QPalette::Base, black);
    p.setColor(QPalette::Disabled, QPalette::Button, black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, black);
    return p;
}

void setHighContrast(bool on, bool save)
{
    g_highContrast = on;
    if (save)
        QSettings().setValue(kSetting, on);
    if (originalStyleName().isEmpty())
        originalStyleName() = QApplication::style()->name();
    const bool styled = dynamic_cast<HighContrastStyle*>(QApplication::style()) != nullptr;
    if (on && !styled)
        QApplication::setStyle(new HighContrastStyle(QStyleFactory::create(originalStyleName())));
    else if (!on && styled)
        QApplication::setStyle(QStyleFactory::create(originalStyleName()));
    QApplication::setPalette(on ? highContrastPalette() : QApplication::style()->standardPalette());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

double minimumContrast() { return g_highContrast ? 7.0 : 4.5; }

QColor readable(const QColor& wanted, const QColor& background, const QColor& fallback)
{
    const double needed = minimumContrast();
    if (contrast(wanted, background) >= needed)
        return wanted;
    const bool darkBackground = luminance(background) < 0.2;
    QColor shade = wanted;
    for (int i = 0; i < 12; ++i) {
        // On a dark background the colour is mixed with white, a fifth at a time, so that it keeps
        // its hue (lighter() stops at full value: a blue never reaches 7:1 on black that way).
        shade = darkBackground
            ? QColor::fromRgbF(shade.redF() + (1 - shade.redF()) / 5, shade.greenF() + (1 - shade.greenF()) / 5,
                               shade.blueF() + (1 - shade.blueF()) / 5)
            : shade.darker(125);
        if (contrast(shade, background) >= needed)
            return shade;
    }
    return fallback;
}

QString quietTextStyle(const QWidget* w)
{
    const QPalette p = paletteOf(w);
    // Half-way between the text and the window, pushed back to 4.5:1 when that is too faint.
    const QColor text = p.color(QPalette::WindowText);
    const QColor window = p.color(QPalette::Window);
    const QColor middle = QColor::fromRgbF((text.redF() + window.redF()) / 2, (text.greenF() + window.greenF()) / 2,
                                           (text.blueF() + window.blueF()) / 2);
    return QStringLiteral("color: %1;").arg(readable(middle, window, text).name());
}

QColor problemColour(const QWidget* w)
{
    const QPalette p = paletteOf(w);
    return readable(QColor(0xb3, 0x26, 0x1e), p.color(QPalette::Window), p.color(QPalette::WindowText));
}

QString problemTextStyle(const QWidget* w) { return QStringLiteral("color: %1;").arg(problemColour(w).name()); }

} // namespace reper::Appearance
