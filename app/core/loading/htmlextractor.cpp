#include "htmlextractor.h"

#include "blocktextbuilder.h"
#include "contentselector.h"
#include "htmlmetadatareader.h"
#include "htmltreereader.h"

#include <gumbo.h>

#include <memory>

namespace parallax {

namespace {

struct GumboOutputDeleter
{
    void operator()(GumboOutput *output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

} // namespace

Article HtmlExtractor::extract(const QByteArray &utf8) const
{
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // we never read them; broken pages would fill memory with them
    const std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
        gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())));

    const HtmlDocument document = HtmlTreeReader().read(output->root);
    const HtmlMetadata metadata = HtmlMetadataReader().read(output->root);

    BlockTextBuilder builder;
    int previous = -2;
    for (const int index : ContentSelector().select(document, metadata.title)) {
        const HtmlBlock &block = document.blocks[size_t(index)];
        const bool line = block.afterLineBreak && index == previous + 1;
        builder.addBlock(block.text,
                         line ? BlockTextBuilder::Separator::Line : BlockTextBuilder::Separator::Paragraph);
        previous = index;
    }

    Article article;
    article.text = builder.text();
    article.blocks = builder.blocks();
    article.title = metadata.title;
    article.outlet = metadata.outlet;
    article.date = metadata.date;
    return article;
}

} // namespace parallax
