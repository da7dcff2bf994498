#pragma once
// Help → User guide: the guide shipped inside the program (docs/user-guide.md, or the English one),
// with its pictures, in a window of its own. Works without a browser or a network.
#include <QDialog>

class QTextBrowser;

namespace reper {

class GuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuideDialog(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace reper
