#pragma once
// A path typed, or chosen with its Browse… button, as one row of a form: a folder, a file to open or
// a file to save. The File dialogs that take a path (headquarters' keys, a centre package out and in,
// every record out) use it; the chooser goes through FileDialogs, so tests answer it. The line edit
// is the row's focus proxy, so the label's mnemonic lands in it.
#include <QString>
#include <QWidget>
#include <functional>

class QLineEdit;
class QPushButton;

namespace reper {

class PathField : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Folder, OpenFile, SaveFile };
    // `editName` and `browseName`: the object names of the line edit and the button.
    PathField(Kind kind, const QString& browseText, const QString& editName, const QString& browseName,
              QWidget* parent);
    // The chooser's title and (for files) its filter.
    void setChooser(const QString& caption, const QString& filter = {});
    // Where the chooser starts (for a file to save, the suggested file); the home folder when unset.
    void setStart(std::function<QString()> start);

    // As typed, trimmed, with '/' separators; empty when nothing is there.
    QString path() const;
    void setPath(const QString& path); // shown with the system's separators
    bool isEmpty() const { return path().isEmpty(); }
    QLineEdit* edit() const { return m_edit; }
    QPushButton* browseButton() const { return m_browse; }

Q_SIGNALS:
    void changed();

private:
    void browse();

    Kind m_kind;
    QLineEdit* m_edit;
    QPushButton* m_browse;
    QString m_caption;
    QString m_filter;
    std::function<QString()> m_start;
};

} // namespace reper
