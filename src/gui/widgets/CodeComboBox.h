#pragma once
// A choice from one of the code lists (domain.md §4), shown by its label in the window's language
// and read back as the code. An empty first entry stands for "not chosen".
#include <QComboBox>

namespace reper {

class CodeComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit CodeComboBox(QWidget* parent = nullptr);

    // `list`: a list of Codes (or one Labels knows, such as assistance_state).
    void setList(const QString& list, const QString& emptyText = QStringLiteral("—"));
    // Items given directly: (code, label).
    void setItems(const QList<QPair<QString, QString>>& items, const QString& emptyText = QStringLiteral("—"));

    QString code() const;
    void setCode(const QString& code);

Q_SIGNALS:
    void codeChanged(const QString& code);
};

} // namespace reper
