#pragma once
// Reports → Explain a figure (ui/ExplainDialog.ui): the records behind one figure of the bilanț for
// the year and scope of the page, as `reper-cli report explain` lists them (ExplainRepository: the
// same conditions as the figures, victim codes and record numbers only, never identity). The rows'
// amounts add up to the figure, so a coordinator can defend any number; Copy gives them as
// tab-separated text.
#include <QDialog>
#include <memory>

namespace Ui {
class ExplainDialog;
}

namespace reper {

class Store;

class ExplainDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { ReferenceColumn, RecordsColumn, DatesColumn, CentresColumn, AmountColumn, ColumnCount };

    // `center`: CR-XX, or empty for national; `scopeName` as the page shows it.
    ExplainDialog(Store& store, int year, const QString& center, const QString& scopeName, QWidget* parent = nullptr);
    ~ExplainDialog() override;

    void setFigure(const QString& key);
    QString figure() const;
    int rowCount() const;
    // The sum of the rows' amounts: the figure.
    qint64 total() const { return m_total; }
    QString summary() const;
    QString copyText() const;

private:
    void explain();
    Store& m_store;
    int m_year;
    QString m_center;
    QString m_scopeName;
    std::unique_ptr<Ui::ExplainDialog> m_ui;
    qint64 m_total = 0;
};

} // namespace reper
