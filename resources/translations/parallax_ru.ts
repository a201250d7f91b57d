<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>CompareCommand</name>
    <message>
        <source>Write JSON to OUT (&apos;-&apos; = stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a self-contained HTML page to OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the coverage grid as CSV to OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one output can go to standard output (&apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no input files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parallax: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parallax: cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageCsvExporter</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlArticleWriter</name>
    <message>
        <source>Differs in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with %1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraphrased in %1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>en</source>
        <comment>language code of the page labels</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlReportWriter</name>
    <message>
        <source>Parallax comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — Parallax comparison of %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exported by Parallax %1 on </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guessed per article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraphrased from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates per sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>near-verbatim in another article (solid underline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraphrased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reworded in another article (dashed underline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> not in the best-matching sentence · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> numbers or negation differ · click a sentence to highlight its partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairsCommand</name>
    <message>
        <source>no input file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one input file expected, got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsOptions</name>
    <message>
        <source>Language of every document (ISO 639-1, e.g. en, ru); default: guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface similarity (0-1) from which a pair counts as shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraphrase probability (0-1) from which a pair counts as paraphrased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads; 0 = one per core.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse input files larger than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos; for --%2 (expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a language code such as en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer from 0 to 1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a positive number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubcommandParser</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>Parallax compares news articles that tell one story: which sentences the sources share,
which they reword and which only one of them carries.

Usage:
  parallax [FILE...]                 Open the files in the Parallax window.
  parallax --sample                  Open the bundled sample articles in the window.
  parallax compare [OPTIONS] FILE... Compare the files without a window; write JSON,
                                     HTML and/or CSV.
  parallax pairs [OPTIONS] FILE.tsv  Score sentence pairs given in the MSRP format.
  parallax --help | --version

Files: plain text in any common encoding (.txt), HTML (.html, .htm), Markdown (.md).

compare options:
  --json OUT                  Write the comparison as JSON (format 1.0) to OUT;
                              &apos;-&apos; = standard output (the default when neither
                              --html nor --csv is given).
  --html OUT                  Write a self-contained HTML page (the articles side by
                              side, highlighted, with summary) to OUT.
  --csv OUT                   Write the coverage grid as CSV to OUT: one row per claim,
                              one column per source (UTF-8 with BOM, RFC 4180).
                              Files are replaced atomically; OUT may be &apos;-&apos; for one
                              of the outputs.
  --lang CODE                 Language of every document (ISO 639-1: en, ru, de...);
                              default: guessed per document.
  --shared-threshold X        Surface similarity (0-1) from which two sentences are
                              shared (near-verbatim; default %1).
  --paraphrase-threshold X    Paraphrase probability (0-1) from which two sentences
                              are paraphrased (default %2).
  --threads N                 Worker threads; 0 = one per core (the default). The
                              result never depends on it.
  --max-file-size BYTES       Refuse larger input files (default %3).

pairs: FILE.tsv has a header line and the columns Quality, #1 ID, #2 ID, #1 String,
#2 String. One line per pair is printed: id1, id2, relation, score (tab-separated).
When the Quality column holds labels (1 = paraphrase, 0 = not), a last line gives
accuracy, precision, recall and F1, counting shared or paraphrased as paraphrase.
pairs options: --lang CODE (default: en), --shared-threshold X,
--paraphrase-threshold X.

Exit codes: 0 success; 1 some inputs failed (errors on standard error, results for
the rest written); 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;parallax --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax</name>
    <message>
        <source>Loading %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching %1/%2 pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clustering %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::AboutDialog</name>
    <message>
        <source>About Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordNet Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares articles that tell one story: which sentences every source shares, which ones a source reworded, and what only one source says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released under the MIT License.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synonyms come from WordNet 3.0, Copyright 2006 by Princeton University. All rights reserved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::ArticleLoader</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file too large (%1; the limit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML nested too deeply (more than %1 levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text (the file contains only whitespace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no readable text found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::ArticlePane</name>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraphrased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paraphrased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in no other source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>matched in %n other source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::ArticlePropertiesDialog</name>
    <message>
        <source>Article Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 639-1 code such as en, de, ru; empty = guess</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::ArticleSet</name>
    <message numerus="yes">
        <source>Add %n Article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Article Properties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::BinarySniffer</name>
    <message>
        <source>binary file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file (RIFF media)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format (RTF document; save it as plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file (too many control characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::Cli</name>
    <message>
        <source>parallax: no command given (compare or pairs)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::ColumnHeader</name>
    <message>
        <source>%1
%2
Drag to move the column; right-click for its settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::ColumnStrip</name>
    <message>
        <source>Drag to resize the column; double-click for its default width</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::ComparisonController</name>
    <message>
        <source>Loading %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::ComparisonView</name>
    <message>
        <source>Next &amp;Unique Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous U&amp;nique Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Paraphrased Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous P&amp;araphrased Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Shared Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous S&amp;hared Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ynchronized Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the other columns along, keeping matching sentences side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matches Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight &amp;All Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight Shared &amp;Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight Paraphrased O&amp;nly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight Unique On&amp;ly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::CoverageModel</name>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paraphrased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 in %3 (score %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 %3/%4</source>
        <extracomment>Row header of the coverage grid: claim number, status glyph, sources carrying it / all sources</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Claim %1: %2, carried by %n of %3 source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reference article: rows follow its order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::CoverageView</name>
    <message>
        <source>Copy with Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows in the order of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference article: its claims come first, in its reading order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected claims, each source&apos;s sentence with its title, outlet, date and path</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in every source, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in only one</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::EncodingDetector</name>
    <message>
        <source>cannot decode the text as %1 (invalid code units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file (contains NUL bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode the text (unknown encoding or binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode the text as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode the text as %1 (invalid byte sequences)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::FileCollector</name>
    <message>
        <source>unsupported file type; Parallax opens .txt, .html, .htm, .md and .markdown files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::FindBar</name>
    <message>
        <source>Find in all columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::LegendBar</name>
    <message>
        <source>Highlight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraphrased only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight only sentences of one status; the others are dimmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraphrased (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched sentences that differ in a number or a negation: marked by a bar in the margin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::MainWindow</name>
    <message>
        <source>Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in One Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Sess&amp;ion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Coverage as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste as Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article &amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Article &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Article &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste as an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer exists and was removed from the recent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;Missing Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallax sessions (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallax sessions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) compared</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::MatchPanel</name>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a sentence to see its matches in the other sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paraphrased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this source says this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::MessageBar</name>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::SensitivityPanel</name>
    <message>
        <source>Lower thresholds find more matches (and more false ones); the comparison runs again when you pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shared from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How similar two sentences&apos; words must be to count as shared (near-verbatim).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paraphrase from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely a reworded pair must be a paraphrase to count as paraphrased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guess per article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of every article; per-article languages are in Article Properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::SentencePairReader</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 tab-separated fields, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file too large for a sentence-pair list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file (contains NUL bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::SessionConverter</name>
    <message>
        <source>Pasted text %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::SessionFile</name>
    <message>
        <source>not a session file: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a session file: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Parallax session (format &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported session version %1 (this Parallax reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken session: no list of articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken session: the article order does not match the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken session: article %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a session file: too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::SessionFileState</name>
    <message>
        <source>the file is missing (moved or deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed since the session was saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::ShareChart</name>
    <message numerus="yes">
        <source>%1
%n sentence(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Shared: %1 · Paraphrased: %2 · Unique: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(share of the article&apos;s sentence text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paraphrased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of each article&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::SimilarityHeatmap</name>
    <message>
        <source>%1: %2 (itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ↔ %2
Similarity: %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shared sentence pair(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paraphrased</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of %2 is in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sentences in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to compare this pair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::SummaryPanel</name>
    <message>
        <source>Share of each article&apos;s text found in the other (mean of both directions); the stronger the colour, the more in common. Hover a cell for details, click it to compare the pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text by status, per article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity between articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::UniqueClaimsPanel</name>
    <message>
        <source>Claims that only one source carries are listed here after a comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) that no other source carries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No claim is carried by only one source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parallax::UserPrompter</name>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 holds %n article file(s). Open them all?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Session File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Current Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
