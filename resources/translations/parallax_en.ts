<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HtmlReportWriter</name>
    <message numerus="yes">
        <source>%1 — Parallax comparison of %n article(s)</source>
        <translation>
            <numerusform>%1 — Parallax comparison of %n article</numerusform>
            <numerusform>%1 — Parallax comparison of %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n article(s)</source>
        <translation>
            <numerusform>Comparison of %n article</numerusform>
            <numerusform>Comparison of %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::ArticlePane</name>
    <message numerus="yes">
        <source>matched in %n other source(s)</source>
        <translation>
            <numerusform>matched in %n other source</numerusform>
            <numerusform>matched in %n other sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::ArticleSet</name>
    <message numerus="yes">
        <source>Add %n Article(s)</source>
        <translation>
            <numerusform>Add %n Article</numerusform>
            <numerusform>Add %n Articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::CoverageModel</name>
    <message numerus="yes">
        <source>Claim %1: %2, carried by %n of %3 source(s)</source>
        <translation>
            <numerusform>Claim %1: %2, carried by %n of %3 sources</numerusform>
            <numerusform>Claim %1: %2, carried by %n of %3 sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::CoverageView</name>
    <message numerus="yes">
        <source>%n claim(s): </source>
        <translation>
            <numerusform>%n claim: </numerusform>
            <numerusform>%n claims: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in every source, </source>
        <translation>
            <numerusform>%n in every source, </numerusform>
            <numerusform>%n in every source, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in only one</source>
        <translation>
            <numerusform>%n in only one</numerusform>
            <numerusform>%n in only one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::FindBar</name>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 of %n</numerusform>
            <numerusform>%1 of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::MainWindow</name>
    <message numerus="yes">
        <source>%n file(s) could not be opened:</source>
        <translation>
            <numerusform>%n file could not be opened:</numerusform>
            <numerusform>%n files could not be opened:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) compared</source>
        <translation>
            <numerusform>%n article compared</numerusform>
            <numerusform>%n articles compared</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::MatchPanel</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::MessageBar</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::ShareChart</name>
    <message numerus="yes">
        <source>%1
%n sentence(s)</source>
        <translation>
            <numerusform>%1
%n sentence</numerusform>
            <numerusform>%1
%n sentences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::SimilarityHeatmap</name>
    <message numerus="yes">
        <source>%n shared sentence pair(s), </source>
        <translation>
            <numerusform>%n shared sentence pair, </numerusform>
            <numerusform>%n shared sentence pairs, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paraphrased</source>
        <translation>
            <numerusform>%n paraphrased</numerusform>
            <numerusform>%n paraphrased</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::UniqueClaimsPanel</name>
    <message numerus="yes">
        <source>%n claim(s) that no other source carries</source>
        <translation>
            <numerusform>%n claim that no other source carries</numerusform>
            <numerusform>%n claims that no other source carries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::UserPrompter</name>
    <message numerus="yes">
        <source>The folder %1 holds %n article file(s). Open them all?</source>
        <translation>
            <numerusform>The folder %1 holds %n article file. Open it?</numerusform>
            <numerusform>The folder %1 holds %n article files. Open them all?</numerusform>
        </translation>
    </message>
</context>
</TS>
