#pragma once
// What the home page shows while the store (or the user's centre) holds no record yet — instead of
// empty tiles and charts with nothing on their axes: what to do first. Add the first victim, import
// a folder of the centre's spreadsheets, or try the demo data in a store of its own.
#include <QFrame>

class QLabel;
class QPushButton;

namespace reper {

class EmptyStorePanel : public QFrame
{
    Q_OBJECT
public:
    explicit EmptyStorePanel(QWidget* parent = nullptr);

    // What the user may do here: add records (to some centre), import.
    void allow(bool addRecords, bool import);
    QPushButton* addVictimButton() const { return m_addVictim; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* demoButton() const { return m_demo; }

Q_SIGNALS:
    void addVictimRequested();
    void importRequested();
    void demoRequested();

private:
    QLabel* m_heading;
    QPushButton* m_addVictim;
    QPushButton* m_import;
    QPushButton* m_demo;
};

} // namespace reper
