#include "DuplicatesDialog.h"

#include "gui/common/MessageBox.h"
#include "gui/victims/MergeWizard.h"
#include "storage/Store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace reper {

DuplicatesDialog::DuplicatesDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_table(new QTableWidget(this))
    , m_count(new QLabel(this))
    , m_merge(new QPushButton(tr("&Merge…"), this))
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Duplicates"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Victims of your scope who may be one person: the same CNP, or the same names "
                                "with the same birth, sex and county. Choose a pair and Merge… to join them."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setObjectName(QStringLiteral("pairs"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Score"), tr("Rule"), tr("Victim"), tr("Centre"), tr("Other victim"), tr("Other centre")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, [this] {
        if (MergeWizard* w = openWizard())
            w->open();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_merge->setEnabled(m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty()); });
    resize(760, 420);
    reload();
}

void DuplicatesDialog::reload()
{
    auto pairs = DuplicateRepository(m_store).find();
    m_table->setRowCount(0);
    m_pairs.clear();
    if (!pairs) {
        m_count->setText(pairs.error().message);
        m_merge->setEnabled(false);
        return;
    }
    m_pairs = *pairs;
    m_table->setRowCount(int(m_pairs.size()));
    for (int r = 0; r < m_pairs.size(); ++r) {
        const DuplicatePair& p = m_pairs[r];
        const QStringList cells{QString::number(p.match.score),
                                MergeWizard::ruleText(p.match.rule),
                                p.first.code,
                                p.first.center,
                                p.second.code,
                                p.second.center};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    m_count->setText(tr("%n pair(s)", nullptr, int(m_pairs.size())));
    if (!m_pairs.isEmpty())
        m_table->selectRow(0);
    m_merge->setEnabled(!m_pairs.isEmpty());
}

MergeWizard* DuplicatesDialog::openWizard()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_pairs.size())
        return nullptr;
    auto* wizard = new MergeWizard(m_store, m_pairs[row], this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &MergeWizard::merged, this, [this] {
        reload();
        Q_EMIT merged();
    });
    return wizard;
}

} // namespace reper
