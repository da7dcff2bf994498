#pragma once
// A choice from a long list (countries, counties, campaigns) that can be typed: the completer
// matches any part of the name, ignoring case and diacritics ("brasov" finds "Brașov"). Text that
// matches no entry is kept and reported, never silently dropped.
#include <QComboBox>

class QStandardItemModel;

namespace reper {

class LookupComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit LookupComboBox(QWidget* parent = nullptr);

    // (code, label); `extraSearch` can add words to match per code (its code, other-language name).
    void setItems(const QList<QPair<QString, QString>>& items, const QHash<QString, QString>& extraSearch = {});
    void setCountries();

    // The chosen code; empty when nothing is chosen or the text matches no entry.
    QString code() const;
    void setCode(const QString& code);
    // Text that is not empty and matches no entry.
    bool hasUnknownText() const;

Q_SIGNALS:
    void codeChanged(const QString& code);

private:
    int matchText(const QString& text) const;
    QStandardItemModel* m_model;
};

} // namespace reper
