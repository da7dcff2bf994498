#pragma once
// An inline message at the top of a form or page (KeePassXC's MessageWidget): what is wrong, or
// what just happened, without a pop-up.
#include <QFrame>

class QLabel;
class QToolButton;

namespace reper {

class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Information, Success };
    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind);
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
    Kind m_kind = Kind::Information;
};

} // namespace reper
