<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CompareCommand</name>
    <message>
        <source>Write JSON to OUT (&apos;-&apos; = stdout).</source>
        <translation>JSON nach OUT schreiben (&apos;-&apos; = Standardausgabe).</translation>
    </message>
    <message>
        <source>Write a self-contained HTML page to OUT.</source>
        <translation>Eine eigenständige HTML-Seite nach OUT schreiben.</translation>
    </message>
    <message>
        <source>Write the coverage grid as CSV to OUT.</source>
        <translation>Das Abdeckungsraster als CSV nach OUT schreiben.</translation>
    </message>
    <message>
        <source>only one output can go to standard output (&apos;-&apos;)</source>
        <translation>nur eine Ausgabe kann auf die Standardausgabe (&apos;-&apos;) gehen</translation>
    </message>
    <message>
        <source>no input files</source>
        <translation>keine Eingabedateien</translation>
    </message>
    <message>
        <source>parallax: cannot write %1: %2</source>
        <translation>parallax: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>parallax: cannot write to standard output: %1</source>
        <translation>parallax: Schreiben auf die Standardausgabe nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>CoverageCsvExporter</name>
    <message>
        <source>Claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>HtmlArticleWriter</name>
    <message>
        <source>Differs in: %1</source>
        <translation>Unterschied: %1</translation>
    </message>
    <message>
        <source>Only in this article</source>
        <translation>Nur in diesem Artikel</translation>
    </message>
    <message>
        <source>Shared with %1 (%2%)</source>
        <translation>Gemeinsam mit %1 (%2 %)</translation>
    </message>
    <message>
        <source>Paraphrased in %1 (%2%)</source>
        <translation>Umformuliert in %1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>en</source>
        <comment>language code of the page labels</comment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>HtmlReportWriter</name>
    <message>
        <source>Parallax comparison</source>
        <translation>Parallax-Vergleich</translation>
    </message>
    <message numerus="yes">
        <source>%1 — Parallax comparison of %n article(s)</source>
        <translation>
            <numerusform>%1 — Parallax-Vergleich von %n Artikel</numerusform>
            <numerusform>%1 — Parallax-Vergleich von %n Artikeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n article(s)</source>
        <translation>
            <numerusform>Vergleich von %n Artikel</numerusform>
            <numerusform>Vergleich von %n Artikeln</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported by Parallax %1 on </source>
        <translation>Exportiert von Parallax %1 am </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>guessed per article</source>
        <translation>je Artikel erkannt</translation>
    </message>
    <message>
        <source>Shared from</source>
        <translation>Gemeinsam ab</translation>
    </message>
    <message>
        <source>Paraphrased from</source>
        <translation>Umformuliert ab</translation>
    </message>
    <message>
        <source>Candidates per sentence</source>
        <translation>Kandidaten je Satz</translation>
    </message>
    <message>
        <source>Largest file</source>
        <translation>Größte Datei</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> Byte</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>near-verbatim in another article (solid underline)</source>
        <translation>fast wörtlich in einem anderen Artikel (durchgehend unterstrichen)</translation>
    </message>
    <message>
        <source>Paraphrased</source>
        <translation>Umformuliert</translation>
    </message>
    <message>
        <source>reworded in another article (dashed underline)</source>
        <translation>in einem anderen Artikel umformuliert (gestrichelt unterstrichen)</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Exklusiv</translation>
    </message>
    <message>
        <source>only in this article</source>
        <translation>nur in diesem Artikel</translation>
    </message>
    <message>
        <source>word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <source> not in the best-matching sentence · </source>
        <translation> nicht im ähnlichsten Satz · </translation>
    </message>
    <message>
        <source> numbers or negation differ · click a sentence to highlight its partners</source>
        <translation> Zahlen oder Verneinung weichen ab · Satz anklicken, um seine Entsprechungen hervorzuheben</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation>Nicht verglichen</translation>
    </message>
    <message>
        <source>Per article</source>
        <translation>Je Artikel</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Carried elsewhere</source>
        <translation>Auch anderswo</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
</context>
<context>
    <name>PairsCommand</name>
    <message>
        <source>no input file</source>
        <translation>keine Eingabedatei</translation>
    </message>
    <message>
        <source>one input file expected, got %1</source>
        <translation>eine Eingabedatei erwartet, %1 erhalten</translation>
    </message>
</context>
<context>
    <name>SettingsOptions</name>
    <message>
        <source>Language of every document (ISO 639-1, e.g. en, ru); default: guess.</source>
        <translation>Sprache aller Dokumente (ISO 639-1, z. B. en, ru); Standard: erkennen.</translation>
    </message>
    <message>
        <source>Surface similarity (0-1) from which a pair counts as shared.</source>
        <translation>Oberflächenähnlichkeit (0-1), ab der ein Paar als gemeinsam gilt.</translation>
    </message>
    <message>
        <source>Paraphrase probability (0-1) from which a pair counts as paraphrased.</source>
        <translation>Paraphrasen-Wahrscheinlichkeit (0-1), ab der ein Paar als umformuliert gilt.</translation>
    </message>
    <message>
        <source>Worker threads; 0 = one per core.</source>
        <translation>Arbeits-Threads; 0 = einer je Kern.</translation>
    </message>
    <message>
        <source>Refuse input files larger than this.</source>
        <translation>Größere Eingabedateien ablehnen.</translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos; for --%2 (expected %3)</source>
        <translation>ungültiger Wert &apos;%1&apos; für --%2 (erwartet: %3)</translation>
    </message>
    <message>
        <source>a language code such as en</source>
        <translation>ein Sprachcode wie en</translation>
    </message>
    <message>
        <source>a number from 0 to 1</source>
        <translation>eine Zahl von 0 bis 1</translation>
    </message>
    <message>
        <source>an integer from 0 to 1024</source>
        <translation>eine ganze Zahl von 0 bis 1024</translation>
    </message>
    <message>
        <source>a positive number of bytes</source>
        <translation>eine positive Anzahl Bytes</translation>
    </message>
</context>
<context>
    <name>SubcommandParser</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
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
        <translation>Parallax vergleicht Nachrichtenartikel, die dieselbe Geschichte erzählen: welche Sätze die
Quellen teilen, welche sie umformulieren und welche nur eine von ihnen enthält.

Aufruf:
  parallax [DATEI...]                Die Dateien im Parallax-Fenster öffnen.
  parallax --sample                  Die mitgelieferten Beispielartikel im Fenster öffnen.
  parallax compare [OPTIONEN] DATEI... Die Dateien ohne Fenster vergleichen; JSON, HTML
                                     und/oder CSV schreiben.
  parallax pairs [OPTIONEN] DATEI.tsv  Satzpaare im MSRP-Format bewerten.
  parallax --help | --version

Dateien: reiner Text in jeder gängigen Kodierung (.txt), HTML (.html, .htm), Markdown (.md).

Optionen für compare:
  --json OUT                  Den Vergleich als JSON (Format 1.0) nach OUT schreiben;
                              &apos;-&apos; = Standardausgabe (Standard, wenn weder --html
                              noch --csv angegeben ist).
  --html OUT                  Eine eigenständige HTML-Seite (die Artikel nebeneinander,
                              hervorgehoben, mit Übersicht) nach OUT schreiben.
  --csv OUT                   Das Abdeckungsraster als CSV nach OUT schreiben: eine Zeile
                              je Aussage, eine Spalte je Quelle (UTF-8 mit BOM, RFC 4180).
                              Dateien werden atomar ersetzt; OUT darf für eine der
                              Ausgaben &apos;-&apos; sein.
  --lang CODE                 Sprache aller Dokumente (ISO 639-1: en, ru, de...);
                              Standard: je Dokument erkannt.
  --shared-threshold X        Oberflächenähnlichkeit (0-1), ab der zwei Sätze als
                              gemeinsam gelten (fast wörtlich; Standard %1).
  --paraphrase-threshold X    Paraphrasen-Wahrscheinlichkeit (0-1), ab der zwei Sätze
                              als umformuliert gelten (Standard %2).
  --threads N                 Arbeits-Threads; 0 = einer je Kern (Standard). Das
                              Ergebnis hängt nie davon ab.
  --max-file-size BYTES       Größere Eingabedateien ablehnen (Standard %3).

pairs: DATEI.tsv hat eine Kopfzeile und die Spalten Quality, #1 ID, #2 ID, #1 String,
#2 String. Je Paar wird eine Zeile ausgegeben: id1, id2, Beziehung, Wert (durch
Tabulatoren getrennt). Enthält die Spalte Quality Bewertungen (1 = Paraphrase, 0 = keine),
nennt eine letzte Zeile Accuracy, Precision, Recall und F1; gemeinsam oder umformuliert
zählt dabei als Paraphrase.
Optionen für pairs: --lang CODE (Standard: en), --shared-threshold X,
--paraphrase-threshold X.

Exit-Codes: 0 Erfolg; 1 einige Eingaben schlugen fehl (Fehler auf der Standardfehlerausgabe,
Ergebnisse für den Rest geschrieben); 2 Aufruffehler.
</translation>
    </message>
    <message>
        <source>Try &apos;parallax --help&apos;.</source>
        <translation>Siehe &apos;parallax --help&apos;.</translation>
    </message>
</context>
<context>
    <name>parallax</name>
    <message>
        <source>Loading %1/%2</source>
        <translation>Laden %1/%2</translation>
    </message>
    <message>
        <source>Analysing %1/%2</source>
        <translation>Analysieren %1/%2</translation>
    </message>
    <message>
        <source>Matching %1/%2 pairs</source>
        <translation>Abgleichen %1/%2 Paare</translation>
    </message>
    <message>
        <source>Clustering %1/%2</source>
        <translation>Gruppieren %1/%2</translation>
    </message>
</context>
<context>
    <name>parallax::AboutDialog</name>
    <message>
        <source>About Parallax</source>
        <translation>Über Parallax</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>WordNet Licence</source>
        <translation>WordNet-Lizenz</translation>
    </message>
    <message>
        <source>Compares articles that tell one story: which sentences every source shares, which ones a source reworded, and what only one source says.</source>
        <translation>Vergleicht Artikel, die dieselbe Geschichte erzählen: welche Sätze alle Quellen teilen, welche eine Quelle umformuliert hat und was nur eine Quelle sagt.</translation>
    </message>
    <message>
        <source>Released under the MIT License.</source>
        <translation>Veröffentlicht unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>Synonyms come from WordNet 3.0, Copyright 2006 by Princeton University. All rights reserved.</source>
        <translation>Die Synonyme stammen aus WordNet 3.0, Copyright 2006 by Princeton University. All rights reserved.</translation>
    </message>
</context>
<context>
    <name>parallax::ArticleLoader</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>file too large (%1; the limit is %2)</source>
        <translation>Datei zu groß (%1; die Grenze ist %2)</translation>
    </message>
    <message>
        <source>HTML nested too deeply (more than %1 levels)</source>
        <translation>HTML zu tief verschachtelt (mehr als %1 Ebenen)</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot open the file (permission denied)</source>
        <translation>Datei kann nicht geöffnet werden (keine Berechtigung)</translation>
    </message>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>Datei kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>no text (the file contains only whitespace)</source>
        <translation>kein Text (die Datei enthält nur Leerraum)</translation>
    </message>
    <message>
        <source>no readable text found</source>
        <translation>kein lesbarer Text gefunden</translation>
    </message>
</context>
<context>
    <name>parallax::ArticlePane</name>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Paraphrased</source>
        <translation>Umformuliert</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Exklusiv</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>paraphrased</source>
        <translation>umformuliert</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Found in no other source.</source>
        <translation>In keiner anderen Quelle gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>matched in %n other source(s)</source>
        <translation>
            <numerusform>in %n anderen Quelle gefunden</numerusform>
            <numerusform>in %n anderen Quellen gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>Widerspruch: %1</translation>
    </message>
</context>
<context>
    <name>parallax::ArticlePropertiesDialog</name>
    <message>
        <source>Article Properties</source>
        <translation>Artikeleigenschaften</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>ISO 639-1 code such as en, de, ru; empty = guess</source>
        <translation>ISO-639-1-Code wie en, de, ru; leer = erkennen</translation>
    </message>
</context>
<context>
    <name>parallax::ArticleSet</name>
    <message numerus="yes">
        <source>Add %n Article(s)</source>
        <translation>
            <numerusform>%n Artikel hinzufügen</numerusform>
            <numerusform>%n Artikel hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation>Artikel entfernen</translation>
    </message>
    <message>
        <source>Move Article</source>
        <translation>Artikel verschieben</translation>
    </message>
    <message>
        <source>Rename Article</source>
        <translation>Artikel umbenennen</translation>
    </message>
    <message>
        <source>Change Article Properties</source>
        <translation>Artikeleigenschaften ändern</translation>
    </message>
</context>
<context>
    <name>parallax::BinarySniffer</name>
    <message>
        <source>binary file (%1)</source>
        <translation>Binärdatei (%1)</translation>
    </message>
    <message>
        <source>binary file (RIFF media)</source>
        <translation>Binärdatei (RIFF-Medien)</translation>
    </message>
    <message>
        <source>unsupported format (RTF document; save it as plain text)</source>
        <translation>nicht unterstütztes Format (RTF-Dokument; als reinen Text speichern)</translation>
    </message>
    <message>
        <source>binary file (too many control characters)</source>
        <translation>Binärdatei (zu viele Steuerzeichen)</translation>
    </message>
</context>
<context>
    <name>parallax::Cli</name>
    <message>
        <source>parallax: no command given (compare or pairs)</source>
        <translation>parallax: kein Befehl angegeben (compare oder pairs)</translation>
    </message>
</context>
<context>
    <name>parallax::ColumnHeader</name>
    <message>
        <source>%1
%2
Drag to move the column; right-click for its settings.</source>
        <translation>%1
%2
Ziehen verschiebt die Spalte; Rechtsklick öffnet ihre Einstellungen.</translation>
    </message>
</context>
<context>
    <name>parallax::ColumnStrip</name>
    <message>
        <source>Drag to resize the column; double-click for its default width</source>
        <translation>Ziehen ändert die Spaltenbreite; Doppelklick stellt die Standardbreite her</translation>
    </message>
</context>
<context>
    <name>parallax::ComparisonController</name>
    <message>
        <source>Loading %1</source>
        <translation>Lade %1</translation>
    </message>
</context>
<context>
    <name>parallax::ComparisonView</name>
    <message>
        <source>Next &amp;Unique Sentence</source>
        <translation>Nächster e&amp;xklusiver Satz</translation>
    </message>
    <message>
        <source>Previous U&amp;nique Sentence</source>
        <translation>Vorheriger exklusiver Sa&amp;tz</translation>
    </message>
    <message>
        <source>Next &amp;Paraphrased Sentence</source>
        <translation>Nächster &amp;umformulierter Satz</translation>
    </message>
    <message>
        <source>Previous P&amp;araphrased Sentence</source>
        <translation>Vorheriger u&amp;mformulierter Satz</translation>
    </message>
    <message>
        <source>Next &amp;Shared Sentence</source>
        <translation>Nächster &amp;gemeinsamer Satz</translation>
    </message>
    <message>
        <source>Previous S&amp;hared Sentence</source>
        <translation>Vorheriger gemeinsamer Sat&amp;z</translation>
    </message>
    <message>
        <source>&amp;Find in Columns…</source>
        <translation>In Spalten &amp;suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>S&amp;ynchronized Scrolling</source>
        <translation>S&amp;ynchrones Blättern</translation>
    </message>
    <message>
        <source>Scroll the other columns along, keeping matching sentences side by side</source>
        <translation>Die anderen Spalten mitblättern, sodass passende Sätze nebeneinander bleiben</translation>
    </message>
    <message>
        <source>&amp;Matches Panel</source>
        <translation>&amp;Treffer-Leiste</translation>
    </message>
    <message>
        <source>Highlight &amp;All Statuses</source>
        <translation>&amp;Alle Status hervorheben</translation>
    </message>
    <message>
        <source>Highlight Shared &amp;Only</source>
        <translation>&amp;Nur gemeinsame hervorheben</translation>
    </message>
    <message>
        <source>Highlight Paraphrased O&amp;nly</source>
        <translation>Nur umf&amp;ormulierte hervorheben</translation>
    </message>
    <message>
        <source>Highlight Unique On&amp;ly</source>
        <translation>Nur e&amp;xklusive hervorheben</translation>
    </message>
</context>
<context>
    <name>parallax::CoverageModel</name>
    <message>
        <source>shared</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>paraphrased</source>
        <translation>umformuliert</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>exklusiv</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation>„%1“ — %2</translation>
    </message>
    <message>
        <source>%1 %2 in %3 (score %4)</source>
        <translation>%1 %2 in %3 (Wert %4)</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>Nicht in %1</translation>
    </message>
    <message>
        <source>%1  %2 %3/%4</source>
        <extracomment>Row header of the coverage grid: claim number, status glyph, sources carrying it / all sources</extracomment>
        <translation>%1  %2 %3/%4</translation>
    </message>
    <message numerus="yes">
        <source>Claim %1: %2, carried by %n of %3 source(s)</source>
        <translation>
            <numerusform>Aussage %1: %2, in %n von %3 Quellen</numerusform>
            <numerusform>Aussage %1: %2, in %n von %3 Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference article: rows follow its order</source>
        <translation>Referenzartikel: Die Zeilen folgen seiner Reihenfolge</translation>
    </message>
</context>
<context>
    <name>parallax::CoverageView</name>
    <message>
        <source>Copy with Sources</source>
        <translation>Mit Quellen kopieren</translation>
    </message>
    <message>
        <source>&amp;Rows in the order of:</source>
        <translation>&amp;Zeilen in der Reihenfolge von:</translation>
    </message>
    <message>
        <source>The reference article: its claims come first, in its reading order</source>
        <translation>Der Referenzartikel: seine Aussagen zuerst, in seiner Lesereihenfolge</translation>
    </message>
    <message>
        <source>Copy the selected claims, each source&apos;s sentence with its title, outlet, date and path</source>
        <translation>Die gewählten Aussagen kopieren, den Satz jeder Quelle mit Titel, Medium, Datum und Pfad</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s): </source>
        <translation>
            <numerusform>%n Aussage: </numerusform>
            <numerusform>%n Aussagen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in every source, </source>
        <translation>
            <numerusform>%n in jeder Quelle, </numerusform>
            <numerusform>%n in jeder Quelle, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in only one</source>
        <translation>
            <numerusform>%n in nur einer</numerusform>
            <numerusform>%n in nur einer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::EncodingDetector</name>
    <message>
        <source>cannot decode the text as %1 (invalid code units)</source>
        <translation>Text kann nicht als %1 dekodiert werden (ungültige Code-Einheiten)</translation>
    </message>
    <message>
        <source>binary file (contains NUL bytes)</source>
        <translation>Binärdatei (enthält NUL-Bytes)</translation>
    </message>
    <message>
        <source>cannot decode the text (unknown encoding or binary data)</source>
        <translation>Text kann nicht dekodiert werden (unbekannte Kodierung oder Binärdaten)</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>unbekannte Kodierung „%1“</translation>
    </message>
    <message>
        <source>cannot decode the text as %1</source>
        <translation>Text kann nicht als %1 dekodiert werden</translation>
    </message>
    <message>
        <source>cannot decode the text as %1 (invalid byte sequences)</source>
        <translation>Text kann nicht als %1 dekodiert werden (ungültige Bytefolgen)</translation>
    </message>
</context>
<context>
    <name>parallax::FileCollector</name>
    <message>
        <source>unsupported file type; Parallax opens .txt, .html, .htm, .md and .markdown files</source>
        <translation>nicht unterstützter Dateityp; Parallax öffnet .txt-, .html-, .htm-, .md- und .markdown-Dateien</translation>
    </message>
</context>
<context>
    <name>parallax::FindBar</name>
    <message>
        <source>Find in all columns</source>
        <translation>In allen Spalten suchen</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 von %n</numerusform>
            <numerusform>%1 von %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::LegendBar</name>
    <message>
        <source>Highlight:</source>
        <translation>Hervorheben:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Shared only</source>
        <translation>Nur gemeinsame</translation>
    </message>
    <message>
        <source>Paraphrased only</source>
        <translation>Nur umformulierte</translation>
    </message>
    <message>
        <source>Unique only</source>
        <translation>Nur exklusive</translation>
    </message>
    <message>
        <source>Highlight only sentences of one status; the others are dimmed.</source>
        <translation>Nur Sätze eines Status hervorheben; die übrigen werden abgeblendet.</translation>
    </message>
    <message>
        <source>Shared (%1)</source>
        <translation>Gemeinsam (%1)</translation>
    </message>
    <message>
        <source>Paraphrased (%1)</source>
        <translation>Umformuliert (%1)</translation>
    </message>
    <message>
        <source>Unique (%1)</source>
        <translation>Exklusiv (%1)</translation>
    </message>
    <message>
        <source>Conflict (%1)</source>
        <translation>Widerspruch (%1)</translation>
    </message>
    <message>
        <source>Matched sentences that differ in a number or a negation: marked by a bar in the margin.</source>
        <translation>Zugeordnete Sätze, die sich in einer Zahl oder einer Verneinung unterscheiden: am Rand mit einem Balken markiert.</translation>
    </message>
</context>
<context>
    <name>parallax::MainWindow</name>
    <message>
        <source>Parallax</source>
        <translation>Parallax</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Only in One Source</source>
        <translation>Nur in einer Quelle</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Empfindlichkeit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Comparison canceled</source>
        <translation>Vergleich abgebrochen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation>Ü&amp;ber Parallax</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translation>Beis&amp;piel öffnen</translation>
    </message>
    <message>
        <source>Open Sess&amp;ion…</source>
        <translation>S&amp;itzung öffnen…</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Sitzung speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Als &amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Coverage as CSV…</source>
        <translation>Abde&amp;ckung als CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig:</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Paste as Article</source>
        <translation>Als Artikel ein&amp;fügen</translation>
    </message>
    <message>
        <source>Re&amp;name Article…</source>
        <translation>Artikel umbe&amp;nennen…</translation>
    </message>
    <message>
        <source>Article &amp;Properties…</source>
        <translation>Artikel&amp;eigenschaften…</translation>
    </message>
    <message>
        <source>Move Article &amp;Left</source>
        <translation>Artikel nach &amp;links</translation>
    </message>
    <message>
        <source>Move Article &amp;Right</source>
        <translation>Artikel nach rec&amp;hts</translation>
    </message>
    <message>
        <source>Re&amp;move Article</source>
        <translation>Artikel en&amp;tfernen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>Artikel (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste as an article.</source>
        <translation>Die Zwischenablage enthält keinen Text, der als Artikel eingefügt werden kann.</translation>
    </message>
    <message>
        <source>Pasted text %1</source>
        <translation>Eingefügter Text %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened:</source>
        <translation>
            <numerusform>%n Datei konnte nicht geöffnet werden:</numerusform>
            <numerusform>%n Dateien konnten nicht geöffnet werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer exists and was removed from the recent files.</source>
        <translation>%1 existiert nicht mehr und wurde aus den zuletzt geöffneten Dateien entfernt.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Remove &amp;Missing Files</source>
        <translation>&amp;Fehlende Dateien entfernen</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Parallax sessions (%1);;All files (*)</source>
        <translation>Parallax-Sitzungen (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation>Sitzung gespeichert in %1</translation>
    </message>
    <message>
        <source>Parallax sessions (%1)</source>
        <translation>Parallax-Sitzungen (%1)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — Parallax</source>
        <translation>%1[*] — Parallax</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) compared</source>
        <translation>
            <numerusform>%n Artikel verglichen</numerusform>
            <numerusform>%n Artikel verglichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Umbe&amp;nennen…</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>Nach &amp;links</translation>
    </message>
    <message>
        <source>Move &amp;Right</source>
        <translation>Nach &amp;rechts</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Rename Article</source>
        <translation>Artikel umbenennen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
</context>
<context>
    <name>parallax::MatchPanel</name>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Click a sentence to see its matches in the other sources.</source>
        <translation>Einen Satz anklicken, um seine Treffer in den anderen Quellen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>paraphrased</source>
        <translation>umformuliert</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>Widerspruch: %1</translation>
    </message>
    <message>
        <source>Only this source says this.</source>
        <translation>Nur diese Quelle sagt das.</translation>
    </message>
</context>
<context>
    <name>parallax::MessageBar</name>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>parallax::SensitivityPanel</name>
    <message>
        <source>Lower thresholds find more matches (and more false ones); the comparison runs again when you pause.</source>
        <translation>Niedrigere Schwellen finden mehr Treffer (und mehr falsche); der Vergleich läuft erneut, sobald Sie innehalten.</translation>
    </message>
    <message>
        <source>&amp;Shared from:</source>
        <translation>&amp;Gemeinsam ab:</translation>
    </message>
    <message>
        <source>How similar two sentences&apos; words must be to count as shared (near-verbatim).</source>
        <translation>Wie ähnlich sich die Wörter zweier Sätze sein müssen, damit sie als gemeinsam (fast wörtlich) gelten.</translation>
    </message>
    <message>
        <source>&amp;Paraphrase from:</source>
        <translation>&amp;Umformuliert ab:</translation>
    </message>
    <message>
        <source>How likely a reworded pair must be a paraphrase to count as paraphrased.</source>
        <translation>Wie wahrscheinlich ein umformuliertes Paar eine Paraphrase sein muss, damit es als umformuliert gilt.</translation>
    </message>
    <message>
        <source>Guess per article</source>
        <translation>Je Artikel erkennen</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>The language of every article; per-article languages are in Article Properties.</source>
        <translation>Die Sprache aller Artikel; die Sprache einzelner Artikel steht in den Artikeleigenschaften.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Standardwerte</translation>
    </message>
</context>
<context>
    <name>parallax::SentencePairReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>expected %1 tab-separated fields, found %2</source>
        <translation>%1 durch Tabulatoren getrennte Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>empty sentence</source>
        <translation>leerer Satz</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>file too large for a sentence-pair list</source>
        <translation>Datei zu groß für eine Satzpaarliste</translation>
    </message>
    <message>
        <source>binary file (contains NUL bytes)</source>
        <translation>Binärdatei (enthält NUL-Bytes)</translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>parallax::SessionConverter</name>
    <message>
        <source>Pasted text %1</source>
        <translation>Eingefügter Text %1</translation>
    </message>
</context>
<context>
    <name>parallax::SessionFile</name>
    <message>
        <source>not a session file: %1 at byte %2</source>
        <translation>keine Sitzungsdatei: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a session file: expected a JSON object</source>
        <translation>keine Sitzungsdatei: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>not a Parallax session (format &quot;%1&quot;)</source>
        <translation>keine Parallax-Sitzung (Format „%1“)</translation>
    </message>
    <message>
        <source>unsupported session version %1 (this Parallax reads version %2)</source>
        <translation>nicht unterstützte Sitzungsversion %1 (diese Parallax-Version liest Version %2)</translation>
    </message>
    <message>
        <source>broken session: no list of articles</source>
        <translation>beschädigte Sitzung: keine Artikelliste</translation>
    </message>
    <message>
        <source>broken session: the article order does not match the articles</source>
        <translation>beschädigte Sitzung: die Artikelreihenfolge passt nicht zu den Artikeln</translation>
    </message>
    <message>
        <source>broken session: article %1 is not an object</source>
        <translation>beschädigte Sitzung: Artikel %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>not a session file: too large</source>
        <translation>keine Sitzungsdatei: zu groß</translation>
    </message>
</context>
<context>
    <name>parallax::SessionFileState</name>
    <message>
        <source>the file is missing (moved or deleted)</source>
        <translation>die Datei fehlt (verschoben oder gelöscht)</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file changed since the session was saved</source>
        <translation>die Datei wurde seit dem Speichern der Sitzung geändert</translation>
    </message>
</context>
<context>
    <name>parallax::ShareChart</name>
    <message numerus="yes">
        <source>%1
%n sentence(s)</source>
        <translation>
            <numerusform>%1
%n Satz</numerusform>
            <numerusform>%1
%n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared: %1 · Paraphrased: %2 · Unique: %3</source>
        <translation>Gemeinsam: %1 · Umformuliert: %2 · Exklusiv: %3</translation>
    </message>
    <message>
        <source>(share of the article&apos;s sentence text)</source>
        <translation>(Anteil am Satztext des Artikels)</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>paraphrased</source>
        <translation>umformuliert</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>exklusiv</translation>
    </message>
    <message>
        <source>share of each article&apos;s text</source>
        <translation>Anteil am Text jedes Artikels</translation>
    </message>
</context>
<context>
    <name>parallax::SimilarityHeatmap</name>
    <message>
        <source>%1: %2 (itself)</source>
        <translation>%1: %2 (er selbst)</translation>
    </message>
    <message>
        <source>%1 ↔ %2
Similarity: %3%</source>
        <translation>%1 ↔ %2
Ähnlichkeit: %3 %</translation>
    </message>
    <message numerus="yes">
        <source>%n shared sentence pair(s), </source>
        <translation>
            <numerusform>%n gemeinsames Satzpaar, </numerusform>
            <numerusform>%n gemeinsame Satzpaare, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paraphrased</source>
        <translation>
            <numerusform>%n umformuliertes</numerusform>
            <numerusform>%n umformulierte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of %2 is in %3</source>
        <translation>%1 % von %2 steht in %3</translation>
    </message>
    <message>
        <source>No sentences in common</source>
        <translation>Keine gemeinsamen Sätze</translation>
    </message>
    <message>
        <source>Click to compare this pair</source>
        <translation>Klicken, um dieses Paar zu vergleichen</translation>
    </message>
</context>
<context>
    <name>parallax::SummaryPanel</name>
    <message>
        <source>Share of each article&apos;s text found in the other (mean of both directions); the stronger the colour, the more in common. Hover a cell for details, click it to compare the pair.</source>
        <translation>Anteil des Textes jedes Artikels, der sich im anderen findet (Mittel beider Richtungen); je kräftiger die Farbe, desto mehr Gemeinsamkeiten. Für Details mit der Maus auf eine Zelle zeigen, zum Vergleichen des Paares klicken.</translation>
    </message>
    <message>
        <source>Text by status, per article</source>
        <translation>Text nach Status, je Artikel</translation>
    </message>
    <message>
        <source>Similarity between articles</source>
        <translation>Ähnlichkeit zwischen Artikeln</translation>
    </message>
</context>
<context>
    <name>parallax::UniqueClaimsPanel</name>
    <message>
        <source>Claims that only one source carries are listed here after a comparison.</source>
        <translation>Aussagen, die nur eine Quelle enthält, erscheinen hier nach einem Vergleich.</translation>
    </message>
    <message>
        <source>Only in %1 (%2)</source>
        <translation>Nur in %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) that no other source carries</source>
        <translation>
            <numerusform>%n Aussage, die keine andere Quelle enthält</numerusform>
            <numerusform>%n Aussagen, die keine andere Quelle enthält</numerusform>
        </translation>
    </message>
    <message>
        <source>No claim is carried by only one source.</source>
        <translation>Keine Aussage steht nur in einer Quelle.</translation>
    </message>
</context>
<context>
    <name>parallax::UserPrompter</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The session has unsaved changes. Save them first?</source>
        <translation>Die Sitzung hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 holds %n article file(s). Open them all?</source>
        <translation>
            <numerusform>Der Ordner %1 enthält %n Artikeldatei. Alle öffnen?</numerusform>
            <numerusform>Der Ordner %1 enthält %n Artikeldateien. Alle öffnen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Session File</source>
        <translation>Sitzungsdatei</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>&amp;Locate…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Open Current Version</source>
        <translation>Aktuelle Version ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>%1 suchen</translation>
    </message>
</context>
</TS>
