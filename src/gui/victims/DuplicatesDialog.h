#pragma once
// "Duplicates" (Victims → Duplicates…, coordinators): the candidate pairs of the user's scope
// (DuplicateRepository: codes, centres, rule, score — never identity, and a pair across centres
// only for national coordinators), and Merge… for the selected pair (MergeWizard).
#include "storage/duplicates/DuplicateRepository.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace reper {

class Store;
class MergeWizard;

class DuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DuplicatesDialog(Store& store, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* mergeButton() const { return m_merge; }
    // Reads the pairs again.
    void reload();
    // The wizard of the selected pair (open, modeless in tests), or nullptr.
    MergeWizard* openWizard();

Q_SIGNALS:
    void merged();

private:
    Store& m_store;
    QList<DuplicatePair> m_pairs;
    QTableWidget* m_table;
    QLabel* m_count;
    QPushButton* m_merge;
};

} // namespace reper
