#pragma once
// How the window looks for people who see it less well: a high-contrast palette (white on black,
// yellow focus and selection), chosen in View → High contrast or with reper --high-contrast, kept
// in the settings; and the colours of secondary and warning texts taken so that they stay readable
// on whatever palette is in use (4.5:1 at least, WCAG AA), not fixed greys and reds that vanish on
// a dark one. Sizes follow QT_SCALE_FACTOR (200 %: QT_SCALE_FACTOR=2).
#include <QColor>
#include <QPalette>
#include <QString>

class QWidget;

namespace reper::Appearance {

bool highContrast(); // in use
bool savedHighContrast(); // the remembered choice
// Applies the high-contrast palette (or the style's own) to the application; `save` remembers it.
void setHighContrast(bool on, bool save = true);
QPalette highContrastPalette();

// Contrast ratio of two colours (1 to 21), as WCAG computes it.
double contrast(const QColor& a, const QColor& b);
// The contrast a text needs: 4.5:1 (WCAG AA), 7:1 in high contrast (AAA).
double minimumContrast();
// `wanted` when it has minimumContrast() against `background`, else a lighter or darker shade of it
// that has, else `fallback`.
QColor readable(const QColor& wanted, const QColor& background, const QColor& fallback);
// Style sheets for a text on `w`'s window: secondary (hints, stamps), and a problem (red).
QString quietTextStyle(const QWidget* w);
QString problemTextStyle(const QWidget* w);
QColor problemColour(const QWidget* w);

} // namespace reper::Appearance
