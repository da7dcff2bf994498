#include "PathField.h"

#include "gui/common/FileDialogs.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace reper {

PathField::PathField(Kind kind, const QString& browseText, const QString& editName, const QString& browseName,
                     QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_edit(new QLineEdit(this))
    , m_browse(new QPushButton(browseText, this))
{
    m_edit->setObjectName(editName);
    m_browse->setObjectName(browseName);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &PathField::changed);
    connect(m_browse, &QPushButton::clicked, this, &PathField::browse);
}

void PathField::setChooser(const QString& caption, const QString& filter)
{
    m_caption = caption;
    m_filter = filter;
}

void PathField::setStart(std::function<QString()> start) { m_start = std::move(start); }

QString PathField::path() const { return QDir::fromNativeSeparators(m_edit->text().trimmed()); }

void PathField::setPath(const QString& path) { m_edit->setText(QDir::toNativeSeparators(path)); }

void PathField::browse()
{
    const QString start = m_start ? m_start() : QDir::homePath();
    QString chosen;
    switch (m_kind) {
    case Kind::Folder: chosen = FileDialogs::folder(this, m_caption, start); break;
    case Kind::OpenFile: chosen = FileDialogs::openFile(this, m_caption, start, m_filter); break;
    case Kind::SaveFile: chosen = FileDialogs::saveFile(this, m_caption, start, m_filter); break;
    }
    if (!chosen.isEmpty())
        setPath(chosen);
}

} // namespace reper
