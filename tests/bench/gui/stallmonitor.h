#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <map>
#include <vector>

namespace parallax {

// Measures how long the UI thread's event loop is blocked: a precise timer
// ticks every few milliseconds and each tick records the gap since the last
// one. A gap much longer than the period means the loop was busy (a stall).
// Gaps are charged to the phase current when the late tick arrives, so the
// stall of a slot is charged to the phase that slot started.
class StallMonitor : public QObject
{
    Q_OBJECT
public:
    struct Phase
    {
        QString name;
        qint64 startNs = 0;
        qint64 endNs = 0;
        qint64 longestGapNs = 0;
        qint64 longestGapCpuNs = -1; // the UI thread's CPU time in that gap; -1 unknown
        int stallsOver50ms = 0;
    };

    explicit StallMonitor(int periodMs = 5, QObject *parent = nullptr);

    void begin(const QString &phase); // ends the current phase, if any
    void end();
    const std::vector<Phase> &phases() const { return m_phases; }
    qint64 periodNs() const { return qint64(m_timer.interval()) * 1000000; }
    qint64 nowNs() const { return m_clock.nsecsElapsed(); }
    // CPU time of the calling thread, or -1 where the platform does not tell:
    // a long gap with little CPU time is the machine's load, not our work.
    static qint64 threadCpuNs();

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    qint64 m_lastCpuNs = 0;
    std::vector<Phase> m_phases;
    bool m_open = false;
};

} // namespace parallax
