#pragma once

#include "model/article.h"
#include "model/comparison.h"
#include "model/comparisonoptions.h"
#include "model/result.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace parallax {

// A file as the background loader left it: the Article or why not.
struct LoadedFile
{
    QString path;
    Result<Article> article;
};
using LoadBatch = std::vector<LoadedFile>;

// Runs the window's background work: loading files (ArticleLoader) and
// comparing articles (ComparisonJob), both on the thread pool with progress
// and cancel. A newer comparison request cancels the older one; a result
// replaces the previous one in one step (a shared, immutable Comparison). The
// destructor cancels everything and waits, so no job outlives the window.
class ComparisonController : public QObject
{
    Q_OBJECT

public:
    using LoadCallback = std::function<void(const LoadBatch &)>;

    explicit ComparisonController(QObject *parent = nullptr);
    ~ComparisonController() override;

    // Loads in the background; `done` runs on this object's thread with the
    // files in the given order, unless the load was canceled.
    void loadFiles(const QStringList &paths, qint64 maxFileBytes, LoadCallback done);

    // Compares in the background; `tag` comes back with the result so the
    // caller knows which state of its articles the result describes.
    void compare(std::vector<Article> articles, const ComparisonOptions &options, std::vector<int> tag = {});

    void cancel(); // all loads and the running comparison
    bool isBusy() const;

    std::shared_ptr<const Comparison> comparison() const { return m_comparison; }
    const std::vector<int> &comparisonTag() const { return m_shownTag; }

Q_SIGNALS:
    void comparisonReady(std::shared_ptr<const parallax::Comparison> comparison);
    void comparisonCanceled();
    void busyChanged(bool busy);
    void progressRangeChanged(int minimum, int maximum);
    void progressValueChanged(int value);
    void progressTextChanged(const QString &text);

private:
    struct PendingLoad
    {
        QFutureWatcher<LoadBatch> *watcher = nullptr;
        LoadCallback done;
    };

    void connectProgress(QFutureWatcherBase *watcher);
    void finishLoad(QFutureWatcher<LoadBatch> *watcher);
    void finishComparison();
    void releaseInBackground(std::shared_ptr<const Comparison> comparison);
    void updateBusy();

    QFutureWatcher<Comparison> m_compareWatcher;
    std::vector<QFuture<Comparison>> m_abandoned; // canceled runs still winding down
    std::vector<PendingLoad> m_loads;
    std::vector<int> m_runningTag;
    std::vector<int> m_shownTag;
    std::shared_ptr<const Comparison> m_comparison;
    bool m_busy = false;
};

} // namespace parallax
