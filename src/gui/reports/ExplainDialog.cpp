#include "ExplainDialog.h"

#include "gui/common/AuditLabels.h"
#include "gui/common/ButtonTexts.h"
#include "gui/widgets/MessageBanner.h"
#include "report/BilantFields.h"
#include "report/CountPhrase.h"
#include "storage/figures/ExplainRepository.h"
#include "ui_ExplainDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>

namespace reper {

ExplainDialog::ExplainDialog(Store& store, int year, const QString& center, const QString& scopeName, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_year(year)
    , m_center(center)
    , m_scopeName(scopeName)
    , m_ui(std::make_unique<Ui::ExplainDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("The records behind a figure of %1 (%2)").arg(year).arg(scopeName));
    ButtonTexts::apply(m_ui->buttons);
    m_ui->rows->setColumnCount(ColumnCount);
    m_ui->rows->setHorizontalHeaderLabels({tr("Reference"), tr("Records"), tr("Dates"), tr("Centres"), tr("Amount")});
    m_ui->rows->verticalHeader()->hide();
    m_ui->rows->horizontalHeader()->setSectionResizeMode(RecordsColumn, QHeaderView::Stretch);
    // The figures in the bilanț's order, named as the document names them.
    const QStringList keys = ExplainRepository::keys();
    for (const auto* fields : {&BilantFields::figures(), &BilantFields::info()})
        for (const BilantFields::Field& f : *fields)
            if (keys.contains(QLatin1String(f.key)))
                m_ui->figure->addItem(f.wording, QLatin1String(f.key));
    connect(m_ui->figure, &QComboBox::currentIndexChanged, this, &ExplainDialog::explain);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(copyText()); });
    explain();
}

ExplainDialog::~ExplainDialog() = default;

void ExplainDialog::setFigure(const QString& key)
{
    const int index = m_ui->figure->findData(key);
    if (index >= 0)
        m_ui->figure->setCurrentIndex(index);
}

QString ExplainDialog::figure() const { return m_ui->figure->currentData().toString(); }

int ExplainDialog::rowCount() const { return m_ui->rows->rowCount(); }

QString ExplainDialog::summary() const { return m_ui->summary->text(); }

void ExplainDialog::explain()
{
    m_ui->banner->clear();
    m_ui->rows->setSortingEnabled(false);
    m_ui->rows->setRowCount(0);
    m_total = 0;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto e = ExplainRepository(m_store).explain(m_year, m_center, figure());
    QApplication::restoreOverrideCursor();
    if (!e) {
        m_ui->summary->clear();
        m_ui->banner->showMessage(e.error().message, MessageBanner::Kind::Error);
        return;
    }
    m_ui->rows->setRowCount(int(e->rows.size()));
    // "repatriation #39" in the window's language.
    const QString kind = e->recordKind + QLatin1Char(' ');
    const QString kindName = AuditLabels::recordType(e->recordKind) + QLatin1Char(' ');
    static const QRegularExpression isoDate(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
    for (int r = 0; r < e->rows.size(); ++r) {
        const ExplainRow& row = e->rows[r];
        QString records = row.records;
        if (records.startsWith(kind))
            records.replace(0, kind.size(), kindName);
        QString dates = row.dates;
        dates.replace(isoDate, QStringLiteral("\\3.\\2.\\1")); // dd.MM.yyyy, as the window writes dates
        const QStringList cells{row.reference, records, dates, row.centres};
        for (int c = 0; c < cells.size(); ++c)
            m_ui->rows->setItem(r, c, new QTableWidgetItem(cells[c]));
        auto* amount = new QTableWidgetItem;
        amount->setData(Qt::DisplayRole, row.amount);
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->rows->setItem(r, AmountColumn, amount);
    }
    m_ui->rows->setSortingEnabled(true);
    m_ui->rows->resizeColumnToContents(ReferenceColumn);
    m_ui->rows->resizeColumnToContents(DatesColumn);
    m_total = e->total();
    m_ui->summary->setText(tr("%1 for %2 (%3): %4, from %n row(s) below.", "", int(e->rows.size()))
                               .arg(m_ui->figure->currentText())
                               .arg(m_year)
                               .arg(m_scopeName, CountPhrase::groupThousands(m_total)));
}

QString ExplainDialog::copyText() const
{
    QStringList lines{
        QStringList{tr("Reference"), tr("Records"), tr("Dates"), tr("Centres"), tr("Amount")}.join(QLatin1Char('\t'))};
    for (int r = 0; r < m_ui->rows->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << (m_ui->rows->item(r, c) ? m_ui->rows->item(r, c)->text() : QString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace reper
