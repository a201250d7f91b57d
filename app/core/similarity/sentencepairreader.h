#pragma once

#include "model/result.h"
#include "sentencepair.h"

#include <QString>

#include <vector>

class QIODevice;

namespace parallax {

// Reads sentence pairs in the MSRP format:
//   Quality<TAB>#1 ID<TAB>#2 ID<TAB>#1 String<TAB>#2 String
// UTF-8, optional BOM, '\n' or "\r\n" line ends. The first non-empty line is
// taken as the header when its first field is "Quality" or "#1 ID"; a header
// without "Quality" means the label column is absent from every line. Data
// lines are split on '\t' only (sentences contain literal quotes; no quoting
// or escaping). A line has 5 fields (label, id1, id2, text1, text2) or, when
// it carries no label column, 4. The label is "1", "0" or empty (unknown,
// label -1). Empty lines are skipped. Any other line is an error naming its
// 1-based line number; nothing is returned then (a partly read file would
// give misleading accuracy figures).
class SentencePairReader
{
public:
    // `name` is the input's name used in errors (Error::path).
    static Result<std::vector<SentencePair>> read(QIODevice &device, const QString &name);
    static Result<std::vector<SentencePair>> readFile(const QString &path);
};

} // namespace parallax
