#include "VictimPage.h"

#include "gui/common/Appearance.h"
#include "gui/common/Labels.h"
#include "gui/common/MessageBox.h"
#include "gui/forms/FormStatus.h"
#include "gui/forms/RecordDialog.h"
#include "gui/forms/SaveConflict.h"
#include "gui/models/TimelineModel.h"
#include "gui/victims/CasePanel.h"
#include "gui/victims/IdentityForm.h"
#include "gui/victims/VictimForm.h"
#include "gui/widgets/MessageBanner.h"
#include "storage/Store.h"
#include "storage/duplicates/VictimMerger.h"
#include "storage/repositories/VictimEditor.h"
#include "ui_VictimPage.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

namespace reper {

VictimPage::VictimPage(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::VictimPage>())
    , m_form(new VictimForm(store))
    , m_identity(new IdentityForm)
    , m_case(new CasePanel(store))
    , m_timeline(new TimelineModel(store.reference(), this))
    , m_mergeNote(new QLabel(this))
    , m_unmerge(new QPushButton(tr("&Unmerge…"), this))
{
    m_ui->setupUi(this);
    m_mergeNote->setObjectName(QStringLiteral("mergeNote"));
    m_mergeNote->setTextFormat(Qt::PlainText);
    m_mergeNote->setWordWrap(true);
    m_mergeNote->hide();
    m_ui->pageLayout->insertWidget(1, m_mergeNote);
    m_unmerge->setObjectName(QStringLiteral("unmergeButton"));
    m_unmerge->hide();
    m_ui->header->insertWidget(m_ui->header->indexOf(m_ui->deleteButton), m_unmerge);
    connect(m_unmerge, &QPushButton::clicked, this, &VictimPage::unmerge);
    m_ui->personHost->addWidget(m_form);
    m_ui->identityHost->insertWidget(0, m_identity);
    m_ui->personLayout->insertWidget(0, m_case);
    m_form->setIdentityForm(m_identity);
    QFont big = m_ui->title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_ui->title->setFont(big);
    m_ui->identityNote->setStyleSheet(Appearance::quietTextStyle(this));
    m_ui->stamp->setStyleSheet(Appearance::quietTextStyle(this));
    m_ui->timeline->setModel(m_timeline);
    QHeaderView* header = m_ui->timeline->horizontalHeader();
    // Date, kind and centre as wide as they need; the details take the rest (and a tooltip).
    for (int c : {TimelineModel::DateColumn, TimelineModel::KindColumn, TimelineModel::CenterColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TimelineModel::SummaryColumn, QHeaderView::Stretch);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    // The person's form is shown whole, the timeline takes the rest.
    m_ui->personScroll->setMinimumWidth(m_ui->personContent->sizeHint().width() + 24);
    m_ui->splitter->setSizes({m_ui->personContent->sizeHint().width() + 24, 700});
    m_ui->pageLayout->setStretchFactor(m_ui->splitter, 1);
    m_ui->saveButton->setToolTip(tr("Save (Ctrl+S)"));
    m_ui->backButton->setToolTip(tr("Back to the list (Esc)"));

    connect(m_form, &RecordForm::changed, this, &VictimPage::revalidate);
    connect(m_form, &VictimForm::identityVisibleChanged, m_ui->identityGroup, &QWidget::setVisible);
    connect(m_form, &VictimForm::failed, this,
            [this](const QString& message) { m_ui->banner->showMessage(message, MessageBanner::Kind::Error); });
    connect(m_case, &CasePanel::failed, this,
            [this](const QString& message) { m_ui->banner->showMessage(message, MessageBanner::Kind::Error); });
    connect(m_case, &CasePanel::changed, this, [this] {
        m_ui->banner->showMessage(tr("The case is saved."), MessageBanner::Kind::Success);
        Q_EMIT victimChanged(victimId());
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &VictimPage::save);
    connect(m_ui->backButton, &QPushButton::clicked, this, [this] {
        if (confirmLeave())
            Q_EMIT backRequested();
    });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &VictimPage::deleteVictim);
    connect(m_ui->addIdentification, &QPushButton::clicked, this, [this] { addRecord(FormKind::Identification); });
    connect(m_ui->addAssistance, &QPushButton::clicked, this, [this] { addRecord(FormKind::Assistance); });
    connect(m_ui->addRepatriation, &QPushButton::clicked, this, [this] { addRecord(FormKind::Repatriation); });
    connect(m_ui->addJudicial, &QPushButton::clicked, this, [this] { addRecord(FormKind::Judicial); });
    connect(m_ui->addContact, &QPushButton::clicked, this, [this] { addRecord(FormKind::MonitoringContact); });
    connect(m_ui->timeline, &QTableView::doubleClicked, this, [this](const QModelIndex& i) { openEntry(i.row()); });
    connect(m_ui->openEntry, &QPushButton::clicked, this, [this] { openEntry(m_ui->timeline->currentIndex().row()); });
    connect(m_ui->deleteEntry, &QPushButton::clicked, this, &VictimPage::deleteEntry);
    auto* enter = new QShortcut(QKeySequence(Qt::Key_Return), m_ui->timeline, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, [this] { openEntry(m_ui->timeline->currentIndex().row()); });
}

VictimPage::~VictimPage() = default;

RecordId VictimPage::victimId() const { return m_form->recordId(); }

RecordDialog* VictimPage::lastDialog() const { return m_lastDialog.data(); }

bool VictimPage::hasUnsavedChanges() const { return m_form->isModified(); }

VictimContext VictimPage::context() const
{
    return VictimContext{m_form->victim().id, m_form->victim().code, m_form->victim().center};
}

void VictimPage::startNew()
{
    m_form->startNew();
    m_ui->banner->clear();
    m_timeline->setEntries({});
    m_case->load(0);
    updateHeader();
    revalidate();
    m_form->setFocus();
}

Status VictimPage::load(RecordId id)
{
    if (auto s = m_form->load(id); !s)
        return s;
    m_ui->banner->clear();
    reloadTimeline();
    m_case->load(id);
    updateHeader();
    revalidate();
    return Status::success();
}

void VictimPage::updateHeader()
{
    const bool stored = victimId() != 0;
    m_ui->title->setText(stored ? tr("Victim %1").arg(m_form->victim().code) : tr("New victim"));
    const bool writable = m_form->canWrite();
    m_ui->deleteButton->setVisible(stored && writable);
    m_ui->saveButton->setVisible(writable);
    m_form->setEnabled(writable);
    m_identity->setEnabled(writable && m_form->identityVisible());
    for (QPushButton* b :
         {m_ui->addIdentification, m_ui->addAssistance, m_ui->addRepatriation, m_ui->addJudicial, m_ui->addContact})
        b->setEnabled(stored && writable);
    m_ui->timelineNote->setText(stored ? QString()
                                       : tr("Save the victim first; then add the identification and the rest."));
    m_ui->timelineNote->setVisible(!stored);
    updateMerge();
    const RecordStamp& s = m_form->stamp();
    m_ui->stamp->setText(
        stored ? tr("Created by %1 on %2; last changed by %3 on %4")
                     .arg(s.createdBy, s.createdAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")),
                          s.updatedBy, s.updatedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")))
               : QString());
}

void VictimPage::revalidate()
{
    if (m_form->canWrite())
        FormStatus::update(*m_form, *m_ui->banner, *m_ui->saveButton);
}

void VictimPage::reloadTimeline()
{
    auto entries = VictimEditor(m_store).timeline(victimId());
    if (!entries) {
        m_ui->banner->showMessage(entries.error().message, MessageBanner::Kind::Error);
        return;
    }
    m_timeline->setEntries(*entries);
    m_ui->openEntry->setEnabled(!entries->isEmpty());
    m_ui->deleteEntry->setEnabled(!entries->isEmpty());
}

bool VictimPage::save()
{
    if (!m_form->canWrite())
        return false;
    m_form->hints().touchAll();
    if (!FormStatus::update(*m_form, *m_ui->banner, *m_ui->saveButton))
        return false;
    const bool wasNew = victimId() == 0;
    auto saved = m_form->save();
    if (!saved) {
        if (SaveConflict::offerReload(this, *m_form, saved.error())) {
            reloadTimeline();
            m_case->load(victimId());
            updateHeader();
            m_ui->banner->showMessage(SaveConflict::reloadedText(), MessageBanner::Kind::Information);
        } else {
            m_ui->banner->showMessage(saved.error().message, MessageBanner::Kind::Error);
        }
        return false;
    }
    reloadTimeline();
    m_case->load(*saved);
    updateHeader();
    m_ui->banner->showMessage(tr("Saved."), MessageBanner::Kind::Success);
    Q_EMIT victimChanged(*saved);
    if (wasNew)
        addRecord(FormKind::Identification);
    return true;
}

bool VictimPage::confirmLeave()
{
    if (!m_form->isModified() || !m_form->canWrite())
        return true;
    switch (MessageBox::unsavedChanges(this)) {
    case MessageBox::Answer::Accept: return save();
    case MessageBox::Answer::Discard: m_form->setModified(false); return true;
    case MessageBox::Answer::Reject: return false;
    }
    return false;
}

RecordDialog* VictimPage::addRecord(FormKind kind)
{
    if (victimId() == 0)
        return nullptr;
    QString error;
    RecordDialog* dialog = RecordDialogs::open(m_store, kind, 0, this, context(), &error);
    if (!dialog) {
        m_ui->banner->showMessage(error, MessageBanner::Kind::Error);
        return nullptr;
    }
    m_lastDialog = dialog;
    connect(dialog, &RecordDialog::saved, this, [this] {
        reloadTimeline();
        Q_EMIT victimChanged(victimId());
    });
    return dialog;
}

RecordDialog* VictimPage::openEntry(int row)
{
    const TimelineEntry* entry = m_timeline->entryAt(row);
    if (!entry)
        return nullptr;
    static const FormKind kinds[] = {FormKind::Identification, FormKind::Assistance, FormKind::Repatriation,
                                     FormKind::Judicial, FormKind::MonitoringContact};
    QString error;
    RecordDialog* dialog = RecordDialogs::open(m_store, kinds[int(entry->kind)], entry->id, this, context(), &error);
    if (!dialog) {
        m_ui->banner->showMessage(error, MessageBanner::Kind::Error);
        return nullptr;
    }
    m_lastDialog = dialog;
    const auto changed = [this] {
        reloadTimeline();
        Q_EMIT victimChanged(victimId());
    };
    connect(dialog, &RecordDialog::saved, this, changed);
    connect(dialog, &RecordDialog::removed, this, changed);
    return dialog;
}

void VictimPage::deleteEntry()
{
    const int row = m_ui->timeline->currentIndex().row();
    const TimelineEntry* entry = m_timeline->entryAt(row);
    if (!entry)
        return;
    if (!MessageBox::confirm(this, tr("Delete record"),
                             tr("Delete this record (%1 of %2)? This cannot be undone.")
                                 .arg(TimelineModel::kindName(entry->kind), Labels::date(entry->date)),
                             tr("Delete")))
        return;
    static const FormKind kinds[] = {FormKind::Identification, FormKind::Assistance, FormKind::Repatriation,
                                     FormKind::Judicial, FormKind::MonitoringContact};
    if (auto s = RecordDialogs::remove(m_store, kinds[int(entry->kind)], entry->id); !s) {
        m_ui->banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        return;
    }
    reloadTimeline();
    Q_EMIT victimChanged(victimId());
}

void VictimPage::deleteVictim()
{
    if (victimId() == 0)
        return;
    if (!MessageBox::confirm(this, tr("Delete victim"),
                             tr("Delete victim %1 and everything recorded about them? This cannot be undone.")
                                 .arg(m_form->victim().code),
                             tr("Delete")))
        return;
    const RecordId id = victimId();
    if (auto s = m_form->remove(); !s) {
        m_ui->banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        return;
    }
    m_form->setModified(false);
    Q_EMIT victimRemoved(id);
    Q_EMIT backRequested();
}

} // namespace reper

namespace reper {

void VictimPage::updateMerge()
{
    m_absorbedCode.clear();
    m_mergeNote->hide();
    m_unmerge->hide();
    if (victimId() == 0)
        return;
    const Victim& v = m_form->victim();
    auto merge = VictimMerger(m_store).mergeOf(v.code);
    if (!merge || !*merge)
        return;
    const VictimMerge& m = **merge;
    m_absorbedCode = m.absorbedCode;
    m_mergeNote->setText(m.absorbedCode == v.code
                             ? tr("Merged into %1 (%2): its records belong to %1.").arg(m.keptCode, m.keptCenter)
                             : tr("%1 (%2) was merged into this victim: its records are listed here.")
                                   .arg(m.absorbedCode, m.absorbedCenter));
    m_mergeNote->show();
    m_unmerge->setVisible(VictimMerger::mayMerge(m_store.access(), m.keptCenter, m.absorbedCenter));
}

void VictimPage::unmerge()
{
    if (m_absorbedCode.isEmpty())
        return;
    if (!MessageBox::confirm(
            this, tr("Unmerge"),
            tr("Make %1 its own victim again? The records the merge moved go back to it.").arg(m_absorbedCode),
            tr("&Unmerge")))
        return;
    auto undone = VictimMerger(m_store).unmerge(m_absorbedCode);
    if (!undone) {
        m_ui->banner->showMessage(undone.error().message, MessageBanner::Kind::Error);
        return;
    }
    const RecordId id = victimId();
    if (auto s = load(id); !s)
        return;
    m_ui->banner->showMessage(tr("%1 is its own victim again.").arg(undone->absorbedCode),
                              MessageBanner::Kind::Success);
    Q_EMIT victimChanged(id);
}

} // namespace reper
