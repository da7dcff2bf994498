#include "MergeWizard.h"

#include "gui/common/MessageBox.h"
#include "storage/Store.h"
#include "storage/duplicates/VictimMerger.h"

#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizardPage>

namespace reper {

namespace {

QString birthOf(const DuplicateFacts& f)
{
    if (!f.birthDate.isEmpty())
        return f.birthDate;
    return f.birthYear > 0 ? QString::number(f.birthYear) : QStringLiteral("—");
}

QLabel* cell(const QString& text, bool bold = false)
{
    auto* l = new QLabel(text);
    l->setTextFormat(Qt::PlainText);
    if (bold) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    return l;
}

} // namespace

QString MergeWizard::ruleText(DuplicateRule rule)
{
    const QString code = DuplicateScore::ruleCode(rule);
    if (code == QLatin1String("cnp"))
        return tr("the same CNP");
    if (code == QLatin1String("name_birth_date"))
        return tr("the same names and birth date");
    return tr("the same names and birth year");
}

MergeWizard::MergeWizard(Store& store, const DuplicatePair& pair, QWidget* parent)
    : QWizard(parent)
    , m_store(store)
    , m_pair(pair)
{
    setObjectName(QStringLiteral("mergeWizard"));
    setWindowTitle(tr("Merge two victims"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Merge"));

    auto* compare = new QWizardPage;
    compare->setTitle(tr("Compare the two victims"));
    compare->setSubTitle(
        tr("They may be one person: %1 (score %2).").arg(ruleText(pair.match.rule)).arg(pair.match.score));
    auto* grid = new QGridLayout(compare);
    const QStringList rows{tr("Code"), tr("Centre"), tr("Sex"), tr("Birth"), tr("County")};
    for (int r = 0; r < rows.size(); ++r)
        grid->addWidget(cell(rows[r], true), r + 1, 0);
    grid->addWidget(cell(tr("First"), true), 0, 1);
    grid->addWidget(cell(tr("Second"), true), 0, 2);
    int column = 1;
    for (const DuplicateVictim* v : {&pair.first, &pair.second}) {
        const QStringList values{v->code, v->center, v->facts.sex.isEmpty() ? QStringLiteral("—") : v->facts.sex,
                                 birthOf(v->facts), v->facts.county.isEmpty() ? QStringLiteral("—") : v->facts.county};
        for (int r = 0; r < values.size(); ++r)
            grid->addWidget(cell(values[r]), r + 1, column);
        ++column;
    }
    auto* note = cell(tr("Both histories are kept: the records of the victim merged in follow the code kept, "
                         "and an unmerge on the victim's page moves them back."));
    note->setWordWrap(true);
    grid->addWidget(note, rows.size() + 1, 0, 1, 3);
    grid->setRowStretch(rows.size() + 2, 1);
    setPage(ComparePage, compare);

    auto* choose = new QWizardPage;
    choose->setTitle(tr("Which code is kept?"));
    choose->setSubTitle(tr("The other victim's records will belong to the code kept; the figures count the person "
                           "once."));
    auto* chooseLayout = new QVBoxLayout(choose);
    m_keepFirst = new QRadioButton(tr("Keep %1 (%2)").arg(pair.first.code, pair.first.center));
    m_keepFirst->setObjectName(QStringLiteral("keepFirst"));
    m_keepSecond = new QRadioButton(tr("Keep %1 (%2)").arg(pair.second.code, pair.second.center));
    m_keepSecond->setObjectName(QStringLiteral("keepSecond"));
    m_keepFirst->setChecked(true);
    chooseLayout->addWidget(m_keepFirst);
    chooseLayout->addWidget(m_keepSecond);
    chooseLayout->addStretch(1);
    setPage(ChoosePage, choose);

    auto* confirm = new QWizardPage;
    confirm->setTitle(tr("Confirm the merge"));
    auto* confirmLayout = new QVBoxLayout(confirm);
    m_summary = cell(QString());
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    confirmLayout->addWidget(m_summary);
    confirmLayout->addStretch(1);
    setPage(ConfirmPage, confirm);
    resize(560, 380);
}

QString MergeWizard::keptCode() const { return m_keepSecond->isChecked() ? m_pair.second.code : m_pair.first.code; }

QString MergeWizard::absorbedCode() const { return m_keepSecond->isChecked() ? m_pair.first.code : m_pair.second.code; }

void MergeWizard::initializePage(int id)
{
    if (id == ConfirmPage)
        m_summary->setText(tr("%1 will be merged into %2. The merge is recorded in the audit trail; a closed year "
                              "keeps its frozen figures and a revised edition shows the difference.")
                               .arg(absorbedCode(), keptCode()));
    QWizard::initializePage(id);
}

void MergeWizard::accept()
{
    auto merged = VictimMerger(m_store).merge(keptCode(), absorbedCode());
    if (!merged) {
        MessageBox::warning(this, tr("Merge two victims"), merged.error().message);
        return;
    }
    Q_EMIT this->merged(merged->keptCode, merged->absorbedCode);
    QWizard::accept();
}

} // namespace reper
