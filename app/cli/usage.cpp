#include "usage.h"

#include "model/comparisonoptions.h"

namespace parallax {

QString Usage::text()
{
    const ComparisonOptions defaults;
    return tr("Parallax compares news articles that tell one story: which sentences the sources share,\n"
              "which they reword and which only one of them carries.\n"
              "\n"
              "Usage:\n"
              "  parallax [FILE...]                 Open the files in the Parallax window.\n"
              "  parallax --sample                  Open the bundled sample articles in the window.\n"
              "  parallax compare [OPTIONS] FILE... Compare the files without a window; write JSON,\n"
              "                                     HTML and/or CSV.\n"
              "  parallax pairs [OPTIONS] FILE.tsv  Score sentence pairs given in the MSRP format.\n"
              "  parallax --help | --version\n"
              "\n"
              "Files: plain text in any common encoding (.txt), HTML (.html, .htm), Markdown (.md).\n"
              "\n"
              "compare options:\n"
              "  --json OUT                  Write the comparison as JSON (format 1.0) to OUT;\n"
              "                              '-' = standard output (the default when neither\n"
              "                              --html nor --csv is given).\n"
              "  --html OUT                  Write a self-contained HTML page (the articles side by\n"
              "                              side, highlighted, with summary) to OUT.\n"
              "  --csv OUT                   Write the coverage grid as CSV to OUT: one row per claim,\n"
              "                              one column per source (UTF-8 with BOM, RFC 4180).\n"
              "                              Files are replaced atomically; OUT may be '-' for one\n"
              "                              of the outputs.\n"
              "  --lang CODE                 Language of every document (ISO 639-1: en, ru, de...);\n"
              "                              default: guessed per document.\n"
              "  --shared-threshold X        Surface similarity (0-1) from which two sentences are\n"
              "                              shared (near-verbatim; default %1).\n"
              "  --paraphrase-threshold X    Paraphrase probability (0-1) from which two sentences\n"
              "                              are paraphrased (default %2).\n"
              "  --threads N                 Worker threads; 0 = one per core (the default). The\n"
              "                              result never depends on it.\n"
              "  --max-file-size BYTES       Refuse larger input files (default %3).\n"
              "\n"
              "pairs: FILE.tsv has a header line and the columns Quality, #1 ID, #2 ID, #1 String,\n"
              "#2 String. One line per pair is printed: id1, id2, relation, score (tab-separated).\n"
              "When the Quality column holds labels (1 = paraphrase, 0 = not), a last line gives\n"
              "accuracy, precision, recall and F1, counting shared or paraphrased as paraphrase.\n"
              "pairs options: --lang CODE (default: en), --shared-threshold X,\n"
              "--paraphrase-threshold X.\n"
              "\n"
              "Exit codes: 0 success; 1 some inputs failed (errors on standard error, results for\n"
              "the rest written); 2 usage error.\n")
        .arg(QString::number(defaults.sharedThreshold), QString::number(defaults.paraphraseThreshold),
             QString::number(defaults.maxFileBytes));
}

QString Usage::version()
{
    return QStringLiteral("parallax " PARALLAX_VERSION);
}

QString Usage::hint()
{
    return tr("Try 'parallax --help'.");
}

} // namespace parallax
