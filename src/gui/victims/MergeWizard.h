#pragma once
// The merge wizard (issue 10 §5, decisions C7): compare the two victims of a candidate pair (codes,
// centres, sex, birth, county — never identity), choose which code is kept, confirm; then
// VictimMerger joins them. Opened from the Duplicates dialog.
#include "storage/duplicates/DuplicateRepository.h"

#include <QWizard>

class QLabel;
class QRadioButton;

namespace reper {

class Store;

class MergeWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ComparePage, ChoosePage, ConfirmPage };
    MergeWizard(Store& store, const DuplicatePair& pair, QWidget* parent = nullptr);
    // "the same CNP", … : a pair's rule in words.
    static QString ruleText(DuplicateRule rule);

    QRadioButton* keepFirst() const { return m_keepFirst; }
    QRadioButton* keepSecond() const { return m_keepSecond; }
    // The kept and absorbed codes as chosen now.
    QString keptCode() const;
    QString absorbedCode() const;

    // Merges; on a refusal says why and stays open.
    void accept() override;

Q_SIGNALS:
    void merged(const QString& keptCode, const QString& absorbedCode);

private:
    void initializePage(int id) override;

    Store& m_store;
    DuplicatePair m_pair;
    QRadioButton* m_keepFirst = nullptr;
    QRadioButton* m_keepSecond = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace reper
