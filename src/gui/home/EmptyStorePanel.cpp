#include "EmptyStorePanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace reper {

namespace {

// A step: its button and, beside it, what it does (the button's description too).
QPushButton* step(QGridLayout* grid, int row, const QString& button, const QString& what, const char* name,
                  QWidget* parent)
{
    auto* b = new QPushButton(button, parent);
    b->setObjectName(QLatin1String(name));
    b->setMinimumWidth(b->sizeHint().width() + 24);
    auto* text = new QLabel(what, parent);
    text->setWordWrap(true);
    text->setBuddy(b);
    b->setAccessibleDescription(what);
    b->setProperty("description", QVariant::fromValue<QObject*>(text));
    grid->addWidget(b, row, 0, Qt::AlignTop);
    grid->addWidget(text, row, 1, Qt::AlignTop);
    return b;
}

} // namespace

EmptyStorePanel::EmptyStorePanel(QWidget* parent)
    : QFrame(parent)
    , m_heading(new QLabel(tr("Nothing is recorded here yet"), this))
{
    setObjectName(QStringLiteral("emptyStorePanel"));
    setFrameShape(QFrame::StyledPanel);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    auto* intro
        = new QLabel(tr("The figures and charts of this page appear as soon as there are records. To begin:"), this);
    intro->setWordWrap(true);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(10);
    grid->setColumnStretch(1, 1);
    m_addVictim = step(grid, 0, tr("Add the first &victim"),
                       tr("Register a victim your centre monitors: the person first, then the identification."),
                       "addVictimButton", this);
    m_import = step(grid, 1, tr("&Import a folder…"),
                    tr("Bring in the centre's spreadsheets (the CSV files of the import format), checked first: "
                       "nothing is written while a row is wrong."),
                    "importButton", this);
    m_demo = step(grid, 2, tr("Try the &demo data…"),
                  tr("Look around in a separate store of made-up people and activities. This store is not "
                     "touched."),
                  "demoButton", this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addStretch(1);
    connect(m_addVictim, &QPushButton::clicked, this, &EmptyStorePanel::addVictimRequested);
    connect(m_import, &QPushButton::clicked, this, &EmptyStorePanel::importRequested);
    connect(m_demo, &QPushButton::clicked, this, &EmptyStorePanel::demoRequested);
}

void EmptyStorePanel::allow(bool addRecords, bool import)
{
    // A step the user may not take is not offered, nor its words.
    for (auto [button, allowed] : {std::pair{m_addVictim, addRecords}, {m_import, import}}) {
        button->setVisible(allowed);
        if (auto* what = qobject_cast<QLabel*>(button->property("description").value<QObject*>()))
            what->setVisible(allowed);
    }
}

} // namespace reper
