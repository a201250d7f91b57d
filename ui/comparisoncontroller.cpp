#include "comparisoncontroller.h"

#include "loading/articleloader.h"
#include "matching/comparisonjob.h"

#include <QFileInfo>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace parallax {

namespace {

void loadAll(QPromise<LoadBatch> &promise, const QStringList &paths, qint64 maxFileBytes)
{
    const ArticleLoader loader(LoadOptions {maxFileBytes});
    promise.setProgressRange(0, int(paths.size()));
    LoadBatch batch;
    batch.reserve(size_t(paths.size()));
    for (int i = 0; i < paths.size(); ++i) {
        if (promise.isCanceled())
            return;
        promise.setProgressValueAndText(
            i, ComparisonController::tr("Loading %1").arg(QFileInfo(paths[i]).fileName()));
        batch.push_back({paths[i], loader.loadFile(paths[i])});
    }
    promise.setProgressValue(int(paths.size()));
    promise.addResult(std::move(batch));
}

} // namespace

ComparisonController::ComparisonController(QObject *parent)
    : QObject(parent)
{
    connectProgress(&m_compareWatcher);
    connect(&m_compareWatcher, &QFutureWatcherBase::finished, this, &ComparisonController::finishComparison);
}

ComparisonController::~ComparisonController()
{
    cancel();
    // Jobs hold only copies of their input, but their watchers live here.
    m_compareWatcher.waitForFinished();
    for (QFuture<Comparison> &future : m_abandoned)
        future.waitForFinished();
    for (PendingLoad &load : m_loads)
        load.watcher->waitForFinished();
}

void ComparisonController::connectProgress(QFutureWatcherBase *watcher)
{
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this,
            &ComparisonController::progressRangeChanged);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
            &ComparisonController::progressValueChanged);
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this,
            &ComparisonController::progressTextChanged);
}

void ComparisonController::loadFiles(const QStringList &paths, qint64 maxFileBytes, LoadCallback done)
{
    auto *watcher = new QFutureWatcher<LoadBatch>(this);
    connectProgress(watcher);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { finishLoad(watcher); });
    m_loads.push_back({watcher, std::move(done)});
    watcher->setFuture(QtConcurrent::run(loadAll, paths, maxFileBytes));
    updateBusy();
}

void ComparisonController::finishLoad(QFutureWatcher<LoadBatch> *watcher)
{
    const auto it = std::find_if(m_loads.begin(), m_loads.end(),
                                 [watcher](const PendingLoad &load) { return load.watcher == watcher; });
    if (it == m_loads.end())
        return;
    const LoadCallback done = std::move(it->done);
    m_loads.erase(it);
    watcher->deleteLater();
    updateBusy();
    if (!watcher->isCanceled() && watcher->future().resultCount() > 0)
        done(watcher->result());
}

void ComparisonController::compare(std::vector<Article> articles, const ComparisonOptions &options,
                                   std::vector<int> tag)
{
    // Only the newest request matters: the older run is told to stop and is
    // left to wind down without blocking the UI thread.
    if (m_compareWatcher.isRunning()) {
        QFuture<Comparison> old = m_compareWatcher.future();
        old.cancel();
        m_abandoned.push_back(old);
    }
    std::erase_if(m_abandoned, [](const QFuture<Comparison> &future) { return future.isFinished(); });
    m_runningTag = std::move(tag);
    m_compareWatcher.setFuture(QtConcurrent::run(ComparisonJob({{}, std::move(articles)}, options)));
    updateBusy();
}

void ComparisonController::finishComparison()
{
    updateBusy();
    if (m_compareWatcher.isCanceled() || m_compareWatcher.future().resultCount() == 0) {
        Q_EMIT comparisonCanceled();
        return;
    }
    // Moved out of the future's store, not copied: a copy of 200 analysed
    // articles costs the UI thread ~35 ms. The store keeps a moved-from value
    // that nobody reads (it holds a non-const object, so the cast is sound;
    // QFuture::takeResult() would reset the future and hang waitForFinished()).
    QFuture<Comparison> future = m_compareWatcher.future();
    auto &stored = const_cast<Comparison &>(*future.constBegin());
    std::shared_ptr<const Comparison> previous
        = std::exchange(m_comparison, std::make_shared<const Comparison>(std::move(stored)));
    m_shownTag = m_runningTag;
    Q_EMIT comparisonReady(m_comparison);
    releaseInBackground(std::move(previous));
}

void ComparisonController::releaseInBackground(std::shared_ptr<const Comparison> comparison)
{
    // Freeing 200 analysed articles takes the UI thread ~25 ms. Queued, so the
    // views' old columns (deleted later) let go first and the pool's task is
    // the last owner.
    QMetaObject::invokeMethod(
        this,
        [comparison = std::move(comparison)]() mutable {
            QThreadPool::globalInstance()->start(
                [owned = std::move(comparison)]() mutable { owned.reset(); });
        },
        Qt::QueuedConnection);
}

void ComparisonController::cancel()
{
    m_compareWatcher.cancel();
    for (PendingLoad &load : m_loads)
        load.watcher->cancel();
}

bool ComparisonController::isBusy() const
{
    return m_compareWatcher.isRunning() || !m_loads.empty();
}

void ComparisonController::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace parallax
