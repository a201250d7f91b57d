#include "sensitivitypanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>

#include <cmath>

namespace parallax {

namespace {

constexpr int sliderSteps = 100;

int toSlider(double value)
{
    return int(std::lround(value * sliderSteps));
}

} // namespace

SensitivityPanel::SensitivityPanel(QWidget *parent)
    : QWidget(parent)
    , m_sharedSlider(new QSlider(Qt::Horizontal, this))
    , m_sharedSpin(new QDoubleSpinBox(this))
    , m_paraphraseSlider(new QSlider(Qt::Horizontal, this))
    , m_paraphraseSpin(new QDoubleSpinBox(this))
    , m_language(new QComboBox(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(400);
    connect(&m_debounce, &QTimer::timeout, this, &SensitivityPanel::emitOptions);

    // A narrow form at the left: sliders as wide as the window are hard to read.
    auto *formHolder = new QWidget(this);
    formHolder->setMaximumWidth(560);
    auto *outer = new QHBoxLayout(this);
    outer->addWidget(formHolder, 0, Qt::AlignTop);
    auto *note
        = new QLabel(tr("Lower thresholds find more matches (and more false ones); the comparison runs "
                        "again when you pause."),
                     this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(note, 1, Qt::AlignTop);
    auto *form = new QFormLayout(formHolder);
    addThresholdRow(form, tr("&Shared from:"),
                    tr("How similar two sentences' words must be to count as shared (near-verbatim)."),
                    m_sharedSlider, m_sharedSpin);
    addThresholdRow(form, tr("&Paraphrase from:"),
                    tr("How likely a reworded pair must be a paraphrase to count as paraphrased."),
                    m_paraphraseSlider, m_paraphraseSpin);

    m_language->addItem(tr("Guess per article"), QString());
    const QList<std::pair<QString, QString>> languages {
        {tr("Danish"), QStringLiteral("da")},    {tr("Dutch"), QStringLiteral("nl")},
        {tr("English"), QStringLiteral("en")},   {tr("French"), QStringLiteral("fr")},
        {tr("German"), QStringLiteral("de")},    {tr("Italian"), QStringLiteral("it")},
        {tr("Norwegian"), QStringLiteral("no")}, {tr("Portuguese"), QStringLiteral("pt")},
        {tr("Russian"), QStringLiteral("ru")},   {tr("Spanish"), QStringLiteral("es")},
        {tr("Swedish"), QStringLiteral("sv")}};
    for (const auto &[name, code] : languages)
        m_language->addItem(name, code);
    m_language->setToolTip(
        tr("The language of every article; per-article languages are in Article Properties."));
    form->addRow(tr("&Language:"), m_language);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SensitivityPanel::readControls);

    auto *defaults = new QPushButton(tr("&Defaults"), this);
    connect(defaults, &QPushButton::clicked, this, &SensitivityPanel::resetDefaults);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(defaults);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);
    setOptions(m_options);
}

void SensitivityPanel::addThresholdRow(QFormLayout *form, const QString &label, const QString &help,
                                       QSlider *slider, QDoubleSpinBox *spin)
{
    slider->setRange(0, sliderSteps);
    spin->setRange(0.0, 1.0);
    spin->setSingleStep(0.01);
    spin->setDecimals(2);
    slider->setToolTip(help);
    spin->setToolTip(help);
    auto *row = new QHBoxLayout;
    row->addWidget(slider, 1);
    row->addWidget(spin);
    form->addRow(label, row);
    if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(row)))
        buddy->setBuddy(spin);
    connect(slider, &QSlider::valueChanged, spin,
            [spin](int value) { spin->setValue(double(value) / sliderSteps); });
    connect(spin, &QDoubleSpinBox::valueChanged, slider,
            [slider](double value) { slider->setValue(toSlider(value)); });
    connect(spin, &QDoubleSpinBox::valueChanged, this, &SensitivityPanel::readControls);
}

void SensitivityPanel::setOptions(const ComparisonOptions &options)
{
    m_updating = true;
    m_options = options;
    m_sharedSpin->setValue(options.sharedThreshold);
    m_paraphraseSpin->setValue(options.paraphraseThreshold);
    const int language = m_language->findData(options.language);
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    m_updating = false;
}

void SensitivityPanel::readControls()
{
    if (m_updating)
        return;
    m_options.sharedThreshold = m_sharedSpin->value();
    m_options.paraphraseThreshold = m_paraphraseSpin->value();
    m_options.language = m_language->currentData().toString();
    m_debounce.start();
}

void SensitivityPanel::emitOptions()
{
    Q_EMIT optionsChanged(m_options);
}

void SensitivityPanel::resetDefaults()
{
    ComparisonOptions defaults;
    defaults.maxFileBytes = m_options.maxFileBytes;
    defaults.threads = m_options.threads;
    setOptions(defaults);
    m_debounce.start();
}

} // namespace parallax
