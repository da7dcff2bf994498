#pragma once
// File → Export the victims (ui/ExportVictimsDialog.ui): what `reper-cli export victims` does, from
// the window. The victims of the user's scope, or of one centre of it, as victims.csv rows;
// identity only for a coordinator of the victims' own centre who asks for it and confirms it
// (VictimExport decides, and records every export in the audit trail).
#include <QDialog>
#include <memory>

namespace Ui {
class ExportVictimsDialog;
}

class QPushButton;

namespace reper {

class Store;

class ExportVictimsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportVictimsDialog(Store& store, QWidget* parent = nullptr);
    ~ExportVictimsDialog() override;

    void setPath(const QString& path);
    void setCenter(const QString& center); // CR-XX, or empty for the whole scope
    QPushButton* exportButton() const { return m_export; }
    // Writes the file; false (with the reason shown) when it could not.
    bool exportNow();
    // "Identifications exported: 12 (victims: 10), to …", after a successful export.
    QString summary() const { return m_summary; }

private:
    void chooseFile();
    void validate();
    Store& m_store;
    std::unique_ptr<Ui::ExportVictimsDialog> m_ui;
    QPushButton* m_export;
    bool m_mayExportIdentity = false;
    QString m_summary;
};

} // namespace reper
