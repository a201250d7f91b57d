#include "statuspalette.h"

namespace parallax {

StatusPalette StatusPalette::forPalette(const QPalette &palette)
{
    return StatusPalette(palette.color(QPalette::Window).lightnessF() < 0.5);
}

StatusPalette StatusPalette::light()
{
    return StatusPalette(false);
}

StatusPalette StatusPalette::dark()
{
    return StatusPalette(true);
}

QColor StatusPalette::background(SentenceStatus status) const
{
    switch (status) {
    case SentenceStatus::Shared: return m_dark ? QColor(0x1d, 0x4f, 0x6e) : QColor(0xcf, 0xe8, 0xf6);
    case SentenceStatus::Paraphrased: return m_dark ? QColor(0x6b, 0x4a, 0x12) : QColor(0xfb, 0xe3, 0xb8);
    case SentenceStatus::Unique: break;
    }
    return QColor(Qt::transparent);
}

QColor StatusPalette::selectedBackground() const
{
    return m_dark ? QColor(0x5a, 0x5a, 0x9e) : QColor(0xc9, 0xc3, 0xf0);
}

QColor StatusPalette::partnerBackground() const
{
    return m_dark ? QColor(0x3f, 0x6e, 0x4f) : QColor(0xc8, 0xeb, 0xd2);
}

QColor StatusPalette::insertedWord() const
{
    return m_dark ? QColor(0x2e, 0x8b, 0x57) : QColor(0x00, 0x9e, 0x73);
}

QColor StatusPalette::deletedWord() const
{
    return m_dark ? QColor(0xe0, 0x7b, 0x91) : QColor(0xcc, 0x79, 0xa7);
}

QColor StatusPalette::conflictMarker() const
{
    return m_dark ? QColor(0xff, 0x8a, 0x65) : QColor(0xd5, 0x5e, 0x00);
}

} // namespace parallax
