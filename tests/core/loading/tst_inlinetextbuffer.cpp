#include "loading/blocktextbuilder.h"
#include "loading/inlinetextbuffer.h"

#include <QTest>

using namespace parallax;

// InlineTextBuffer and BlockTextBuilder: the two halves of text assembly.
class TestInlineTextBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void collapsesWhitespace()
    {
        InlineTextBuffer buffer;
        buffer.append(u"  Some \n\t text");
        buffer.append(u"  and\u00A0\u00A0more ");
        buffer.append(u"soft\u00ADhyphen\u200B");
        QCOMPARE(buffer.take(), QStringLiteral("Some text and more softhyphen"));
        QVERIFY(buffer.isEmpty());
    }

    void verbatimKeepsWhitespace()
    {
        InlineTextBuffer buffer;
        buffer.append(u"code:");
        buffer.appendVerbatim(u"\n  x = 1;\n  y = 2;\n");
        QCOMPARE(buffer.take(), QStringLiteral("code:\n  x = 1;\n  y = 2;"));
    }

    void lineBreak()
    {
        InlineTextBuffer buffer;
        buffer.append(u"one ");
        buffer.appendLineBreak();
        buffer.append(u" two");
        QCOMPARE(buffer.take(), QStringLiteral("one\ntwo"));
    }

    void builderSeparatesBlocks()
    {
        BlockTextBuilder builder;
        builder.addBlock(u"  First.  ");
        builder.addBlock(u"   ");
        builder.addBlock(u"Second", BlockTextBuilder::Separator::Line);
        builder.addBlock(u"Third.");
        QCOMPARE(builder.text(), QStringLiteral("First.\nSecond\n\nThird."));
        QCOMPARE(builder.blocks(), (QList<TextSpan> {{0, 6}, {7, 13}, {15, 21}}));
    }
};

QTEST_GUILESS_MAIN(TestInlineTextBuffer)
#include "tst_inlinetextbuffer.moc"
