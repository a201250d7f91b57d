#include "stallmonitor.h"

#ifdef Q_OS_UNIX
#include <ctime>
#endif

namespace parallax {

StallMonitor::StallMonitor(int periodMs, QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(periodMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMonitor::tick);
    m_clock.start();
    m_lastTickNs = m_clock.nsecsElapsed();
    m_lastCpuNs = threadCpuNs();
    m_timer.start();
}

void StallMonitor::begin(const QString &phase)
{
    end();
    Phase next;
    next.name = phase;
    next.startNs = m_clock.nsecsElapsed();
    m_phases.push_back(next);
    m_open = true;
    // The gap running now is charged here: a phase often begins inside the
    // very slot (e.g. the result's arrival) whose work delays the next tick.
}

void StallMonitor::end()
{
    if (!m_open)
        return;
    tick();
    m_phases.back().endNs = m_clock.nsecsElapsed();
    m_open = false;
}

void StallMonitor::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 cpu = threadCpuNs();
    const qint64 gap = now - m_lastTickNs;
    const qint64 gapCpu = cpu < 0 ? -1 : cpu - m_lastCpuNs;
    m_lastTickNs = now;
    m_lastCpuNs = cpu;
    if (!m_open)
        return;
    // The stall is the part of the gap beyond the timer's own period.
    const qint64 stall = qMax<qint64>(0, gap - periodNs());
    Phase &phase = m_phases.back();
    if (stall >= phase.longestGapNs) {
        phase.longestGapNs = stall;
        phase.longestGapCpuNs = gapCpu;
    }
    if (stall > 50 * 1000000LL)
        ++phase.stallsOver50ms;
}

qint64 StallMonitor::threadCpuNs()
{
#if defined(Q_OS_UNIX) && defined(CLOCK_THREAD_CPUTIME_ID)
    timespec now {};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0)
        return qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
#endif
    return -1;
}

} // namespace parallax
