#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace parallax {

// `parallax pairs [options] FILE.tsv`: scores the sentence pairs of an MSRP-
// format file with the same model the comparison uses, one line per pair
// (id1, id2, relation, score), then accuracy/precision/recall/F1 when the
// file is labelled ("shared" or "paraphrased" both count as paraphrase).
class PairsCommand
{
    Q_DECLARE_TR_FUNCTIONS(PairsCommand)

public:
    PairsCommand(QTextStream &out, QTextStream &err);

    // `arguments` are what follows "pairs" on the command line. Returns the
    // process exit code (see ExitCode).
    int run(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace parallax
