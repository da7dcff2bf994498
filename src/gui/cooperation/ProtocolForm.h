#pragma once
// A collaboration protocol signed with a partner (ui/ProtocolForm.ui).
#include "RecordForm.h"

#include <memory>

namespace Ui {
class ProtocolForm;
}

namespace reper {

class ProtocolForm : public RecordForm
{
    Q_OBJECT
public:
    explicit ProtocolForm(Store& store, QWidget* parent = nullptr);
    ~ProtocolForm() override;

    QString kindTitle() const override;
    Status load(RecordId id) override;
    void startNew() override;
    FieldProblems problems() const override;
    Result<RecordId> save() override;
    Status remove() override;
    RecordId recordId() const override { return m_record.id; }
    QString recordCenter() const override;
    RecordStamp stamp() const override { return m_record.stamp; }

private:
    Protocol current() const;
    std::unique_ptr<Ui::ProtocolForm> m_ui;
    Protocol m_record;
};

} // namespace reper
