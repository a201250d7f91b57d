#pragma once

#include <QByteArray>
#include <QIODevice>

// A write-only device that keeps what is written and the size of every write,
// so tests can show that an exporter streams (many bounded writes) instead of
// handing over one big buffer.
class RecordingDevice : public QIODevice
{
public:
    RecordingDevice() { open(QIODevice::WriteOnly); }
    QByteArray data;
    qsizetype largestWrite = 0;
    int writes = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *bytes, qint64 size) override
    {
        data.append(bytes, size);
        largestWrite = qMax(largestWrite, qsizetype(size));
        ++writes;
        return size;
    }
};
