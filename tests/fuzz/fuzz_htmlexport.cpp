// libFuzzer target: the HTML export of a comparison of fuzzed documents (as in
// fuzz_compare). Fuzzed text must never become markup: the page is parsed with
// gumbo and its element/attribute structure must equal that of the same
// comparison with every non-space character of the untrusted strings replaced
// by 'x' (same lengths, so every span stays valid). Any '<', quote or '&'
// that escaped escaping changes the structure.

#include "fuzzsupport.h"

#include "export/htmlexporter.h"

#include <gumbo.h>

#include <algorithm>
#include <string>

using namespace parallax;

namespace {

QString masked(const QString &text)
{
    QString result = text;
    for (qsizetype i = 0; i < result.size(); ++i) {
        const QChar c = result.at(i);
        if (c.isHighSurrogate() && i + 1 < result.size() && result.at(i + 1).isLowSurrogate()) {
            // Keep pairs as one (valid) code point: the page counts code points.
            result[i] = QChar(0xD83D);
            result[i + 1] = QChar(0xDE00);
            ++i;
        } else if (!c.isSpace()) {
            result[i] = u'x';
        }
    }
    return result;
}

Comparison maskedComparison(Comparison comparison)
{
    for (AnalyzedDocument &document : comparison.documents) {
        Article &article = document.article;
        for (QString *text : {&article.path, &article.title, &article.outlet, &article.date, &article.text,
                              &article.encoding, &article.sha256})
            *text = masked(*text);
    }
    for (Error &error : comparison.errors) {
        error.path = masked(error.path);
        error.message = masked(error.message);
    }
    return comparison;
}

// Tag names (or the unknown tag's own name) with sorted attribute names, nested.
void appendStructure(const GumboNode *node, std::string &out)
{
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
        return;
    const GumboElement &element = node->v.element;
    if (element.tag == GUMBO_TAG_UNKNOWN) {
        GumboStringPiece name = element.original_tag;
        gumbo_tag_from_original_text(&name);
        out.append("?").append(name.data, name.length);
    } else {
        out.append(gumbo_normalized_tagname(element.tag));
    }
    std::vector<std::string> attributes;
    for (unsigned i = 0; i < element.attributes.length; ++i)
        attributes.emplace_back(static_cast<const GumboAttribute *>(element.attributes.data[i])->name);
    std::sort(attributes.begin(), attributes.end());
    for (const std::string &attribute : attributes)
        out.append(" ").append(attribute);
    out.append("(");
    for (unsigned i = 0; i < element.children.length; ++i)
        appendStructure(static_cast<const GumboNode *>(element.children.data[i]), out);
    out.append(")");
}

std::string structure(const QByteArray &html)
{
    GumboOutput *output
        = gumbo_parse_with_options(&kGumboDefaultOptions, html.constData(), size_t(html.size()));
    std::string result;
    appendStructure(output->document, result);
    for (unsigned i = 0; i < output->document->v.document.children.length; ++i)
        appendStructure(static_cast<const GumboNode *>(output->document->v.document.children.data[i]),
                        result);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return result;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Comparison comparison = fuzz::compareDocuments(fuzz::splitDocuments(fuzz::bytes(data, size), 3));
    HtmlExporter exporter;
    exporter.setExportDate(QDateTime(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC));
    const std::string fuzzed = structure(exporter.page(comparison).toUtf8());
    const std::string reference = structure(exporter.page(maskedComparison(comparison)).toUtf8());
    if (fuzzed != reference) {
        std::fprintf(stderr, "fuzzed page structure:\n%s\nmasked page structure:\n%s\n", fuzzed.c_str(),
                     reference.c_str());
    }
    PARALLAX_FUZZ_ASSERT(fuzzed == reference);
    return 0;
}
