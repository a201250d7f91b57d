#pragma once

#include "model/comparisonoptions.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QDoubleSpinBox;
class QSlider;

namespace parallax {

// The comparison's sensitivity: the shared (near-verbatim) and paraphrase
// thresholds and a language for all articles. Changes are reported once the
// user pauses (a short debounce), so dragging a slider runs one comparison,
// not fifty.
class SensitivityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SensitivityPanel(QWidget *parent = nullptr);

    void setOptions(const ComparisonOptions &options); // does not emit
    ComparisonOptions options() const { return m_options; }
    void setDebounceInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }

    QDoubleSpinBox *sharedSpin() const { return m_sharedSpin; }
    QDoubleSpinBox *paraphraseSpin() const { return m_paraphraseSpin; }
    QComboBox *languageCombo() const { return m_language; }

Q_SIGNALS:
    void optionsChanged(const parallax::ComparisonOptions &options);

private:
    void addThresholdRow(QFormLayout *form, const QString &label, const QString &help, QSlider *slider,
                         QDoubleSpinBox *spin);
    void readControls();
    void emitOptions();
    void resetDefaults();

    ComparisonOptions m_options;
    QSlider *m_sharedSlider = nullptr;
    QDoubleSpinBox *m_sharedSpin = nullptr;
    QSlider *m_paraphraseSlider = nullptr;
    QDoubleSpinBox *m_paraphraseSpin = nullptr;
    QComboBox *m_language = nullptr;
    QTimer m_debounce;
    bool m_updating = false;
};

} // namespace parallax
