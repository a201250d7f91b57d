<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>CompareCommand</name>
    <message>
        <source>Write JSON to OUT (&apos;-&apos; = stdout).</source>
        <translation>Записать JSON в OUT (&apos;-&apos; = стандартный вывод).</translation>
    </message>
    <message>
        <source>Write a self-contained HTML page to OUT.</source>
        <translation>Записать автономную HTML-страницу в OUT.</translation>
    </message>
    <message>
        <source>Write the coverage grid as CSV to OUT.</source>
        <translation>Записать таблицу охвата в OUT в формате CSV.</translation>
    </message>
    <message>
        <source>only one output can go to standard output (&apos;-&apos;)</source>
        <translation>в стандартный вывод (&apos;-&apos;) можно направить только один результат</translation>
    </message>
    <message>
        <source>no input files</source>
        <translation>нет входных файлов</translation>
    </message>
    <message>
        <source>parallax: cannot write %1: %2</source>
        <translation>parallax: не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>parallax: cannot write to standard output: %1</source>
        <translation>parallax: не удаётся писать в стандартный вывод: %1</translation>
    </message>
</context>
<context>
    <name>CoverageCsvExporter</name>
    <message>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>HtmlArticleWriter</name>
    <message>
        <source>Differs in: %1</source>
        <translation>Отличается: %1</translation>
    </message>
    <message>
        <source>Only in this article</source>
        <translation>Только в этой статье</translation>
    </message>
    <message>
        <source>Shared with %1 (%2%)</source>
        <translation>Совпадает с %1 (%2 %)</translation>
    </message>
    <message>
        <source>Paraphrased in %1 (%2%)</source>
        <translation>Пересказано в %1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>en</source>
        <comment>language code of the page labels</comment>
        <translation>ru</translation>
    </message>
</context>
<context>
    <name>HtmlReportWriter</name>
    <message>
        <source>Parallax comparison</source>
        <translation>Сравнение Parallax</translation>
    </message>
    <message numerus="yes">
        <source>%1 — Parallax comparison of %n article(s)</source>
        <translation>
            <numerusform>%1 — сравнение Parallax, %n статья</numerusform>
            <numerusform>%1 — сравнение Parallax, %n статьи</numerusform>
            <numerusform>%1 — сравнение Parallax, %n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n article(s)</source>
        <translation>
            <numerusform>Сравнение %n статьи</numerusform>
            <numerusform>Сравнение %n статей</numerusform>
            <numerusform>Сравнение %n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported by Parallax %1 on </source>
        <translation>Экспортировано Parallax %1 </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>guessed per article</source>
        <translation>определяется для каждой статьи</translation>
    </message>
    <message>
        <source>Shared from</source>
        <translation>Совпадение от</translation>
    </message>
    <message>
        <source>Paraphrased from</source>
        <translation>Пересказ от</translation>
    </message>
    <message>
        <source>Candidates per sentence</source>
        <translation>Кандидатов на предложение</translation>
    </message>
    <message>
        <source>Largest file</source>
        <translation>Наибольший файл</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> байт</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>near-verbatim in another article (solid underline)</source>
        <translation>почти дословно в другой статье (сплошное подчёркивание)</translation>
    </message>
    <message>
        <source>Paraphrased</source>
        <translation>Пересказано</translation>
    </message>
    <message>
        <source>reworded in another article (dashed underline)</source>
        <translation>пересказано в другой статье (пунктирное подчёркивание)</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Уникальное</translation>
    </message>
    <message>
        <source>only in this article</source>
        <translation>только в этой статье</translation>
    </message>
    <message>
        <source>word</source>
        <translation>слово</translation>
    </message>
    <message>
        <source> not in the best-matching sentence · </source>
        <translation> нет в самом похожем предложении · </translation>
    </message>
    <message>
        <source> numbers or negation differ · click a sentence to highlight its partners</source>
        <translation> различаются числа или отрицание · щёлкните предложение, чтобы выделить его пары</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation>Не сравнивались</translation>
    </message>
    <message>
        <source>Per article</source>
        <translation>По статьям</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Carried elsewhere</source>
        <translation>Есть в других</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Сходство</translation>
    </message>
</context>
<context>
    <name>PairsCommand</name>
    <message>
        <source>no input file</source>
        <translation>нет входного файла</translation>
    </message>
    <message>
        <source>one input file expected, got %1</source>
        <translation>ожидался один входной файл, получено: %1</translation>
    </message>
</context>
<context>
    <name>SettingsOptions</name>
    <message>
        <source>Language of every document (ISO 639-1, e.g. en, ru); default: guess.</source>
        <translation>Язык всех документов (ISO 639-1, например en, ru); по умолчанию определяется.</translation>
    </message>
    <message>
        <source>Surface similarity (0-1) from which a pair counts as shared.</source>
        <translation>Поверхностное сходство (0-1), начиная с которого пара считается общей.</translation>
    </message>
    <message>
        <source>Paraphrase probability (0-1) from which a pair counts as paraphrased.</source>
        <translation>Вероятность пересказа (0-1), начиная с которой пара считается пересказом.</translation>
    </message>
    <message>
        <source>Worker threads; 0 = one per core.</source>
        <translation>Рабочие потоки; 0 = по одному на ядро.</translation>
    </message>
    <message>
        <source>Refuse input files larger than this.</source>
        <translation>Отклонять входные файлы больше этого размера.</translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos; for --%2 (expected %3)</source>
        <translation>недопустимое значение &apos;%1&apos; для --%2 (ожидается %3)</translation>
    </message>
    <message>
        <source>a language code such as en</source>
        <translation>код языка, например en</translation>
    </message>
    <message>
        <source>a number from 0 to 1</source>
        <translation>число от 0 до 1</translation>
    </message>
    <message>
        <source>an integer from 0 to 1024</source>
        <translation>целое число от 0 до 1024</translation>
    </message>
    <message>
        <source>a positive number of bytes</source>
        <translation>положительное число байт</translation>
    </message>
</context>
<context>
    <name>SubcommandParser</name>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
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
        <translation>Parallax сравнивает новостные статьи об одном событии: какие предложения есть во всех
источниках, какие пересказаны своими словами и какие есть только в одном из них.

Использование:
  parallax [ФАЙЛ...]                 Открыть файлы в окне Parallax.
  parallax --sample                  Открыть в окне встроенные примеры статей.
  parallax compare [ПАРАМЕТРЫ] ФАЙЛ... Сравнить файлы без окна; записать JSON,
                                     HTML и/или CSV.
  parallax pairs [ПАРАМЕТРЫ] ФАЙЛ.tsv  Оценить пары предложений в формате MSRP.
  parallax --help | --version

Файлы: простой текст в любой распространённой кодировке (.txt), HTML (.html, .htm),
Markdown (.md).

Параметры compare:
  --json OUT                  Записать сравнение в JSON (формат 1.0) в OUT;
                              &apos;-&apos; = стандартный вывод (по умолчанию, если не заданы
                              ни --html, ни --csv).
  --html OUT                  Записать автономную HTML-страницу (статьи рядом,
                              с выделением и сводкой) в OUT.
  --csv OUT                   Записать таблицу охвата в CSV в OUT: строка на каждое
                              утверждение, столбец на каждый источник (UTF-8 с BOM,
                              RFC 4180). Файлы заменяются атомарно; для одного из
                              результатов OUT может быть &apos;-&apos;.
  --lang КОД                  Язык всех документов (ISO 639-1: en, ru, de...);
                              по умолчанию определяется для каждого документа.
  --shared-threshold X        Поверхностное сходство (0-1), начиная с которого два
                              предложения общие (почти дословно; по умолчанию %1).
  --paraphrase-threshold X    Вероятность пересказа (0-1), начиная с которой два
                              предложения считаются пересказом (по умолчанию %2).
  --threads N                 Рабочие потоки; 0 = по одному на ядро (по умолчанию).
                              Результат от этого не зависит.
  --max-file-size БАЙТЫ       Отклонять входные файлы большего размера (по умолчанию %3).

pairs: ФАЙЛ.tsv содержит строку заголовка и столбцы Quality, #1 ID, #2 ID, #1 String,
#2 String. Для каждой пары выводится строка: id1, id2, отношение, оценка (через
табуляцию). Если в столбце Quality есть метки (1 = пересказ, 0 = нет), последняя
строка содержит accuracy, precision, recall и F1; общие и пересказанные пары
считаются пересказом.
Параметры pairs: --lang КОД (по умолчанию en), --shared-threshold X,
--paraphrase-threshold X.

Коды выхода: 0 — успех; 1 — часть входных файлов не обработана (ошибки в стандартном
потоке ошибок, результаты для остальных записаны); 2 — ошибка использования.
</translation>
    </message>
    <message>
        <source>Try &apos;parallax --help&apos;.</source>
        <translation>Подробнее: &apos;parallax --help&apos;.</translation>
    </message>
</context>
<context>
    <name>parallax</name>
    <message>
        <source>Loading %1/%2</source>
        <translation>Загрузка %1/%2</translation>
    </message>
    <message>
        <source>Analysing %1/%2</source>
        <translation>Анализ %1/%2</translation>
    </message>
    <message>
        <source>Matching %1/%2 pairs</source>
        <translation>Сопоставление пар %1/%2</translation>
    </message>
    <message>
        <source>Clustering %1/%2</source>
        <translation>Группировка %1/%2</translation>
    </message>
</context>
<context>
    <name>parallax::AboutDialog</name>
    <message>
        <source>About Parallax</source>
        <translation>О программе Parallax</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>WordNet Licence</source>
        <translation>Лицензия WordNet</translation>
    </message>
    <message>
        <source>Compares articles that tell one story: which sentences every source shares, which ones a source reworded, and what only one source says.</source>
        <translation>Сравнивает статьи об одном событии: какие предложения есть во всех источниках, какие источник пересказал своими словами и что сообщает только один источник.</translation>
    </message>
    <message>
        <source>Released under the MIT License.</source>
        <translation>Распространяется по лицензии MIT.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Использует:</translation>
    </message>
    <message>
        <source>Synonyms come from WordNet 3.0, Copyright 2006 by Princeton University. All rights reserved.</source>
        <translation>Синонимы взяты из WordNet 3.0, Copyright 2006 by Princeton University. All rights reserved.</translation>
    </message>
</context>
<context>
    <name>parallax::ArticleLoader</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>file too large (%1; the limit is %2)</source>
        <translation>файл слишком велик (%1; предел — %2)</translation>
    </message>
    <message>
        <source>HTML nested too deeply (more than %1 levels)</source>
        <translation>слишком глубокая вложенность HTML (более %1 уровней)</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <source>cannot open the file (permission denied)</source>
        <translation>не удаётся открыть файл (нет доступа)</translation>
    </message>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>не удаётся открыть файл (%1)</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>не удаётся прочитать файл (%1)</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>пустой файл</translation>
    </message>
    <message>
        <source>no text (the file contains only whitespace)</source>
        <translation>нет текста (файл содержит только пробелы)</translation>
    </message>
    <message>
        <source>no readable text found</source>
        <translation>читаемый текст не найден</translation>
    </message>
</context>
<context>
    <name>parallax::ArticlePane</name>
    <message>
        <source>Shared</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>Paraphrased</source>
        <translation>Пересказано</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Уникальное</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>общее</translation>
    </message>
    <message>
        <source>paraphrased</source>
        <translation>пересказ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Found in no other source.</source>
        <translation>Нет ни в одном другом источнике.</translation>
    </message>
    <message numerus="yes">
        <source>matched in %n other source(s)</source>
        <translation>
            <numerusform>найдено ещё в %n источнике</numerusform>
            <numerusform>найдено ещё в %n источниках</numerusform>
            <numerusform>найдено ещё в %n источниках</numerusform>
        </translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>оценка %1</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>перемещено</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>расхождение: %1</translation>
    </message>
</context>
<context>
    <name>parallax::ArticlePropertiesDialog</name>
    <message>
        <source>Article Properties</source>
        <translation>Свойства статьи</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Издание:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>определяется</translation>
    </message>
    <message>
        <source>ISO 639-1 code such as en, de, ru; empty = guess</source>
        <translation>код ISO 639-1, например en, de, ru; пусто = определить</translation>
    </message>
</context>
<context>
    <name>parallax::ArticleSet</name>
    <message numerus="yes">
        <source>Add %n Article(s)</source>
        <translation>
            <numerusform>добавление %n статьи</numerusform>
            <numerusform>добавление %n статей</numerusform>
            <numerusform>добавление %n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation>удаление статьи</translation>
    </message>
    <message>
        <source>Move Article</source>
        <translation>перемещение статьи</translation>
    </message>
    <message>
        <source>Rename Article</source>
        <translation>переименование статьи</translation>
    </message>
    <message>
        <source>Change Article Properties</source>
        <translation>изменение свойств статьи</translation>
    </message>
</context>
<context>
    <name>parallax::BinarySniffer</name>
    <message>
        <source>binary file (%1)</source>
        <translation>двоичный файл (%1)</translation>
    </message>
    <message>
        <source>binary file (RIFF media)</source>
        <translation>двоичный файл (медиа RIFF)</translation>
    </message>
    <message>
        <source>unsupported format (RTF document; save it as plain text)</source>
        <translation>неподдерживаемый формат (документ RTF; сохраните его как простой текст)</translation>
    </message>
    <message>
        <source>binary file (too many control characters)</source>
        <translation>двоичный файл (слишком много управляющих символов)</translation>
    </message>
</context>
<context>
    <name>parallax::Cli</name>
    <message>
        <source>parallax: no command given (compare or pairs)</source>
        <translation>parallax: не указана команда (compare или pairs)</translation>
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
Перетащите, чтобы переместить столбец; правый щелчок — его настройки.</translation>
    </message>
</context>
<context>
    <name>parallax::ColumnStrip</name>
    <message>
        <source>Drag to resize the column; double-click for its default width</source>
        <translation>Перетащите, чтобы изменить ширину столбца; двойной щелчок — ширина по умолчанию</translation>
    </message>
</context>
<context>
    <name>parallax::ComparisonController</name>
    <message>
        <source>Loading %1</source>
        <translation>Загрузка %1</translation>
    </message>
</context>
<context>
    <name>parallax::ComparisonView</name>
    <message>
        <source>Next &amp;Unique Sentence</source>
        <translation>Следующее &amp;уникальное предложение</translation>
    </message>
    <message>
        <source>Previous U&amp;nique Sentence</source>
        <translation>Предыдущее у&amp;никальное предложение</translation>
    </message>
    <message>
        <source>Next &amp;Paraphrased Sentence</source>
        <translation>Следующее &amp;пересказанное предложение</translation>
    </message>
    <message>
        <source>Previous P&amp;araphrased Sentence</source>
        <translation>Предыдущее пере&amp;сказанное предложение</translation>
    </message>
    <message>
        <source>Next &amp;Shared Sentence</source>
        <translation>Следующее &amp;общее предложение</translation>
    </message>
    <message>
        <source>Previous S&amp;hared Sentence</source>
        <translation>Предыдущее о&amp;бщее предложение</translation>
    </message>
    <message>
        <source>&amp;Find in Columns…</source>
        <translation>&amp;Найти в столбцах…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Найти &amp;ранее</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Исходный масштаб</translation>
    </message>
    <message>
        <source>S&amp;ynchronized Scrolling</source>
        <translation>С&amp;инхронная прокрутка</translation>
    </message>
    <message>
        <source>Scroll the other columns along, keeping matching sentences side by side</source>
        <translation>Прокручивать остальные столбцы вместе, держа совпадающие предложения рядом</translation>
    </message>
    <message>
        <source>&amp;Matches Panel</source>
        <translation>Панель &amp;совпадений</translation>
    </message>
    <message>
        <source>Highlight &amp;All Statuses</source>
        <translation>Выделять &amp;все статусы</translation>
    </message>
    <message>
        <source>Highlight Shared &amp;Only</source>
        <translation>Выделять только о&amp;бщие</translation>
    </message>
    <message>
        <source>Highlight Paraphrased O&amp;nly</source>
        <translation>Выделять только п&amp;ересказанные</translation>
    </message>
    <message>
        <source>Highlight Unique On&amp;ly</source>
        <translation>Выделять только ун&amp;икальные</translation>
    </message>
</context>
<context>
    <name>parallax::CoverageModel</name>
    <message>
        <source>shared</source>
        <translation>общее</translation>
    </message>
    <message>
        <source>paraphrased</source>
        <translation>пересказ</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>уникальное</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation>«%1» — %2</translation>
    </message>
    <message>
        <source>%1 %2 in %3 (score %4)</source>
        <translation>%1 %2 в %3 (оценка %4)</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>Нет в %1</translation>
    </message>
    <message>
        <source>%1  %2 %3/%4</source>
        <extracomment>Row header of the coverage grid: claim number, status glyph, sources carrying it / all sources</extracomment>
        <translation>%1  %2 %3/%4</translation>
    </message>
    <message numerus="yes">
        <source>Claim %1: %2, carried by %n of %3 source(s)</source>
        <translation>
            <numerusform>Утверждение %1: %2, есть в %n из %3 источников</numerusform>
            <numerusform>Утверждение %1: %2, есть в %n из %3 источников</numerusform>
            <numerusform>Утверждение %1: %2, есть в %n из %3 источников</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference article: rows follow its order</source>
        <translation>Опорная статья: строки идут в её порядке</translation>
    </message>
</context>
<context>
    <name>parallax::CoverageView</name>
    <message>
        <source>Copy with Sources</source>
        <translation>Копировать с источниками</translation>
    </message>
    <message>
        <source>&amp;Rows in the order of:</source>
        <translation>&amp;Строки в порядке статьи:</translation>
    </message>
    <message>
        <source>The reference article: its claims come first, in its reading order</source>
        <translation>Опорная статья: её утверждения идут первыми, в порядке чтения</translation>
    </message>
    <message>
        <source>Copy the selected claims, each source&apos;s sentence with its title, outlet, date and path</source>
        <translation>Копировать выбранные утверждения: предложение каждого источника с заголовком, изданием, датой и путём</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s): </source>
        <translation>
            <numerusform>%n утверждение: </numerusform>
            <numerusform>%n утверждения: </numerusform>
            <numerusform>%n утверждений: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in every source, </source>
        <translation>
            <numerusform>%n во всех источниках, </numerusform>
            <numerusform>%n во всех источниках, </numerusform>
            <numerusform>%n во всех источниках, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in only one</source>
        <translation>
            <numerusform>%n только в одном</numerusform>
            <numerusform>%n только в одном</numerusform>
            <numerusform>%n только в одном</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::EncodingDetector</name>
    <message>
        <source>cannot decode the text as %1 (invalid code units)</source>
        <translation>не удаётся декодировать текст как %1 (недопустимые кодовые единицы)</translation>
    </message>
    <message>
        <source>binary file (contains NUL bytes)</source>
        <translation>двоичный файл (содержит байты NUL)</translation>
    </message>
    <message>
        <source>cannot decode the text (unknown encoding or binary data)</source>
        <translation>не удаётся декодировать текст (неизвестная кодировка или двоичные данные)</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>неизвестная кодировка «%1»</translation>
    </message>
    <message>
        <source>cannot decode the text as %1</source>
        <translation>не удаётся декодировать текст как %1</translation>
    </message>
    <message>
        <source>cannot decode the text as %1 (invalid byte sequences)</source>
        <translation>не удаётся декодировать текст как %1 (недопустимые последовательности байт)</translation>
    </message>
</context>
<context>
    <name>parallax::FileCollector</name>
    <message>
        <source>unsupported file type; Parallax opens .txt, .html, .htm, .md and .markdown files</source>
        <translation>неподдерживаемый тип файла; Parallax открывает файлы .txt, .html, .htm, .md и .markdown</translation>
    </message>
</context>
<context>
    <name>parallax::FindBar</name>
    <message>
        <source>Find in all columns</source>
        <translation>Найти во всех столбцах</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>Предыдущее вхождение (Shift+F3)</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>Следующее вхождение (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Найти:</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Не найдено</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 из %n</numerusform>
            <numerusform>%1 из %n</numerusform>
            <numerusform>%1 из %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::LegendBar</name>
    <message>
        <source>Highlight:</source>
        <translation>Выделять:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Shared only</source>
        <translation>Только общие</translation>
    </message>
    <message>
        <source>Paraphrased only</source>
        <translation>Только пересказанные</translation>
    </message>
    <message>
        <source>Unique only</source>
        <translation>Только уникальные</translation>
    </message>
    <message>
        <source>Highlight only sentences of one status; the others are dimmed.</source>
        <translation>Выделять предложения только одного статуса; остальные приглушаются.</translation>
    </message>
    <message>
        <source>Shared (%1)</source>
        <translation>Общие (%1)</translation>
    </message>
    <message>
        <source>Paraphrased (%1)</source>
        <translation>Пересказанные (%1)</translation>
    </message>
    <message>
        <source>Unique (%1)</source>
        <translation>Уникальные (%1)</translation>
    </message>
    <message>
        <source>Conflict (%1)</source>
        <translation>Расхождения (%1)</translation>
    </message>
    <message>
        <source>Matched sentences that differ in a number or a negation: marked by a bar in the margin.</source>
        <translation>Сопоставленные предложения, различающиеся числом или отрицанием, отмечены полосой на полях.</translation>
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
        <translation>Охват</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Only in One Source</source>
        <translation>Только в одном источнике</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Чувствительность</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Comparison canceled</source>
        <translation>Сравнение отменено</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation>&amp;О программе Parallax</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translation>Открыть &amp;пример</translation>
    </message>
    <message>
        <source>Open Sess&amp;ion…</source>
        <translation>Открыть &amp;сеанс…</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Сохранить сеанс</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Сохранить сеанс &amp;как…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Экспорт в &amp;HTML…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Экспорт в &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;Coverage as CSV…</source>
        <translation>Экспорт о&amp;хвата в CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Paste as Article</source>
        <translation>Вставить как &amp;статью</translation>
    </message>
    <message>
        <source>Re&amp;name Article…</source>
        <translation>Переи&amp;меновать статью…</translation>
    </message>
    <message>
        <source>Article &amp;Properties…</source>
        <translation>Сво&amp;йства статьи…</translation>
    </message>
    <message>
        <source>Move Article &amp;Left</source>
        <translation>Переместить статью &amp;влево</translation>
    </message>
    <message>
        <source>Move Article &amp;Right</source>
        <translation>Переместить статью впр&amp;аво</translation>
    </message>
    <message>
        <source>Re&amp;move Article</source>
        <translation>&amp;Удалить статью</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Открыть статьи</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>Статьи (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste as an article.</source>
        <translation>В буфере обмена нет текста, который можно вставить как статью.</translation>
    </message>
    <message>
        <source>Pasted text %1</source>
        <translation>Вставленный текст %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened:</source>
        <translation>
            <numerusform>Не удалось открыть %n файл:</numerusform>
            <numerusform>Не удалось открыть %n файла:</numerusform>
            <numerusform>Не удалось открыть %n файлов:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer exists and was removed from the recent files.</source>
        <translation>%1 больше не существует и удалён из списка недавних файлов.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Нет недавних файлов</translation>
    </message>
    <message>
        <source>Remove &amp;Missing Files</source>
        <translation>Убрать &amp;отсутствующие файлы</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>О&amp;чистить список</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Открыть сеанс</translation>
    </message>
    <message>
        <source>Parallax sessions (%1);;All files (*)</source>
        <translation>Сеансы Parallax (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation>Сеанс сохранён в %1</translation>
    </message>
    <message>
        <source>Parallax sessions (%1)</source>
        <translation>Сеансы Parallax (%1)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без имени</translation>
    </message>
    <message>
        <source>%1[*] — Parallax</source>
        <translation>%1[*] — Parallax</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) compared</source>
        <translation>
            <numerusform>Сравнена %n статья</numerusform>
            <numerusform>Сравнены %n статьи</numerusform>
            <numerusform>Сравнено %n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Переи&amp;меновать…</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>Сво&amp;йства…</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>Переместить &amp;влево</translation>
    </message>
    <message>
        <source>Move &amp;Right</source>
        <translation>Переместить в&amp;право</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Rename Article</source>
        <translation>Переименовать статью</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-страница (*.html)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
</context>
<context>
    <name>parallax::MatchPanel</name>
    <message>
        <source>Matches</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <source>Click a sentence to see its matches in the other sources.</source>
        <translation>Щёлкните предложение, чтобы увидеть его совпадения в других источниках.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <source>shared</source>
        <translation>общее</translation>
    </message>
    <message>
        <source>paraphrased</source>
        <translation>пересказ</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>оценка %1</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>перемещено</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>расхождение: %1</translation>
    </message>
    <message>
        <source>Only this source says this.</source>
        <translation>Это сообщает только данный источник.</translation>
    </message>
</context>
<context>
    <name>parallax::MessageBar</name>
    <message>
        <source>Details…</source>
        <translation>Подробнее…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
</context>
<context>
    <name>parallax::SensitivityPanel</name>
    <message>
        <source>Lower thresholds find more matches (and more false ones); the comparison runs again when you pause.</source>
        <translation>Более низкие пороги находят больше совпадений (и больше ложных); сравнение запускается заново, когда вы останавливаетесь.</translation>
    </message>
    <message>
        <source>&amp;Shared from:</source>
        <translation>&amp;Общее от:</translation>
    </message>
    <message>
        <source>How similar two sentences&apos; words must be to count as shared (near-verbatim).</source>
        <translation>Насколько похожими должны быть слова двух предложений, чтобы считаться общими (почти дословно).</translation>
    </message>
    <message>
        <source>&amp;Paraphrase from:</source>
        <translation>&amp;Пересказ от:</translation>
    </message>
    <message>
        <source>How likely a reworded pair must be a paraphrase to count as paraphrased.</source>
        <translation>С какой вероятностью переформулированная пара должна быть пересказом, чтобы считаться им.</translation>
    </message>
    <message>
        <source>Guess per article</source>
        <translation>Определять для каждой статьи</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Датский</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Нидерландский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Немецкий</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Итальянский</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Норвежский</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Португальский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Испанский</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Шведский</translation>
    </message>
    <message>
        <source>The language of every article; per-article languages are in Article Properties.</source>
        <translation>Язык всех статей; язык отдельной статьи задаётся в её свойствах.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>По &amp;умолчанию</translation>
    </message>
</context>
<context>
    <name>parallax::SentencePairReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>expected %1 tab-separated fields, found %2</source>
        <translation>ожидалось полей через табуляцию: %1, найдено: %2</translation>
    </message>
    <message>
        <source>empty sentence</source>
        <translation>пустое предложение</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>file too large for a sentence-pair list</source>
        <translation>файл слишком велик для списка пар предложений</translation>
    </message>
    <message>
        <source>binary file (contains NUL bytes)</source>
        <translation>двоичный файл (содержит байты NUL)</translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>недопустимый текст UTF-8</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>не удаётся открыть: %1</translation>
    </message>
</context>
<context>
    <name>parallax::SessionConverter</name>
    <message>
        <source>Pasted text %1</source>
        <translation>Вставленный текст %1</translation>
    </message>
</context>
<context>
    <name>parallax::SessionFile</name>
    <message>
        <source>not a session file: %1 at byte %2</source>
        <translation>не файл сеанса: %1 в байте %2</translation>
    </message>
    <message>
        <source>not a session file: expected a JSON object</source>
        <translation>не файл сеанса: ожидался объект JSON</translation>
    </message>
    <message>
        <source>not a Parallax session (format &quot;%1&quot;)</source>
        <translation>не сеанс Parallax (формат «%1»)</translation>
    </message>
    <message>
        <source>unsupported session version %1 (this Parallax reads version %2)</source>
        <translation>неподдерживаемая версия сеанса %1 (эта версия Parallax читает версию %2)</translation>
    </message>
    <message>
        <source>broken session: no list of articles</source>
        <translation>повреждённый сеанс: нет списка статей</translation>
    </message>
    <message>
        <source>broken session: the article order does not match the articles</source>
        <translation>повреждённый сеанс: порядок статей не соответствует статьям</translation>
    </message>
    <message>
        <source>broken session: article %1 is not an object</source>
        <translation>повреждённый сеанс: статья %1 — не объект</translation>
    </message>
    <message>
        <source>not a session file: too large</source>
        <translation>не файл сеанса: слишком велик</translation>
    </message>
</context>
<context>
    <name>parallax::SessionFileState</name>
    <message>
        <source>the file is missing (moved or deleted)</source>
        <translation>файл отсутствует (перемещён или удалён)</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>файл не удаётся прочитать</translation>
    </message>
    <message>
        <source>the file changed since the session was saved</source>
        <translation>файл изменился после сохранения сеанса</translation>
    </message>
</context>
<context>
    <name>parallax::ShareChart</name>
    <message numerus="yes">
        <source>%1
%n sentence(s)</source>
        <translation>
            <numerusform>%1
%n предложение</numerusform>
            <numerusform>%1
%n предложения</numerusform>
            <numerusform>%1
%n предложений</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared: %1 · Paraphrased: %2 · Unique: %3</source>
        <translation>Общее: %1 · Пересказано: %2 · Уникальное: %3</translation>
    </message>
    <message>
        <source>(share of the article&apos;s sentence text)</source>
        <translation>(доля текста предложений статьи)</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>общее</translation>
    </message>
    <message>
        <source>paraphrased</source>
        <translation>пересказанное</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>уникальное</translation>
    </message>
    <message>
        <source>share of each article&apos;s text</source>
        <translation>доля текста каждой статьи</translation>
    </message>
</context>
<context>
    <name>parallax::SimilarityHeatmap</name>
    <message>
        <source>%1: %2 (itself)</source>
        <translation>%1: %2 (сама с собой)</translation>
    </message>
    <message>
        <source>%1 ↔ %2
Similarity: %3%</source>
        <translation>%1 ↔ %2
Сходство: %3 %</translation>
    </message>
    <message numerus="yes">
        <source>%n shared sentence pair(s), </source>
        <translation>
            <numerusform>%n общая пара предложений, </numerusform>
            <numerusform>%n общие пары предложений, </numerusform>
            <numerusform>%n общих пар предложений, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paraphrased</source>
        <translation>
            <numerusform>%n пересказанная</numerusform>
            <numerusform>%n пересказанные</numerusform>
            <numerusform>%n пересказанных</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of %2 is in %3</source>
        <translation>%1 % текста %2 есть в %3</translation>
    </message>
    <message>
        <source>No sentences in common</source>
        <translation>Общих предложений нет</translation>
    </message>
    <message>
        <source>Click to compare this pair</source>
        <translation>Щёлкните, чтобы сравнить эту пару</translation>
    </message>
</context>
<context>
    <name>parallax::SummaryPanel</name>
    <message>
        <source>Share of each article&apos;s text found in the other (mean of both directions); the stronger the colour, the more in common. Hover a cell for details, click it to compare the pair.</source>
        <translation>Доля текста каждой статьи, найденная в другой (среднее по обоим направлениям); чем насыщеннее цвет, тем больше общего. Наведите на ячейку, чтобы увидеть подробности, щёлкните, чтобы сравнить пару.</translation>
    </message>
    <message>
        <source>Text by status, per article</source>
        <translation>Текст по статусам, по статьям</translation>
    </message>
    <message>
        <source>Similarity between articles</source>
        <translation>Сходство статей</translation>
    </message>
</context>
<context>
    <name>parallax::UniqueClaimsPanel</name>
    <message>
        <source>Claims that only one source carries are listed here after a comparison.</source>
        <translation>Здесь после сравнения появятся утверждения, которые есть только в одном источнике.</translation>
    </message>
    <message>
        <source>Only in %1 (%2)</source>
        <translation>Только в %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) that no other source carries</source>
        <translation>
            <numerusform>%n утверждение, которого нет в других источниках</numerusform>
            <numerusform>%n утверждения, которых нет в других источниках</numerusform>
            <numerusform>%n утверждений, которых нет в других источниках</numerusform>
        </translation>
    </message>
    <message>
        <source>No claim is carried by only one source.</source>
        <translation>Нет утверждений, которые есть только в одном источнике.</translation>
    </message>
</context>
<context>
    <name>parallax::UserPrompter</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The session has unsaved changes. Save them first?</source>
        <translation>В сеансе есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 holds %n article file(s). Open them all?</source>
        <translation>
            <numerusform>В папке %1 %n файл статьи. Открыть все?</numerusform>
            <numerusform>В папке %1 %n файла статей. Открыть все?</numerusform>
            <numerusform>В папке %1 %n файлов статей. Открыть все?</numerusform>
        </translation>
    </message>
    <message>
        <source>Session File</source>
        <translation>Файл сеанса</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>&amp;Locate…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Open Current Version</source>
        <translation>&amp;Открыть текущую версию</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Пропустить</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>Найти %1</translation>
    </message>
</context>
</TS>
