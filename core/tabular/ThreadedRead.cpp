#include "ThreadedRead.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace partydesk {

namespace {

struct Batch
{
    std::vector<TableRow> rows;
    double progress = 0;
};

// A few batches in flight at most, so memory stays bounded whatever the file's size.
constexpr size_t batchRows = 256;
constexpr size_t maxBatches = 8;

} // namespace

TableReader::Status readSheetThreaded(TableReader& reader, int index, const ProgressRowSink& sink, QString* error)
{
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Batch> queue;
    bool finished = false;
    std::atomic<bool> stop{false};
    TableReader::Status status = TableReader::Status::Ok;
    QString readError;

    std::thread producer([&] {
        Batch batch;
        const auto push = [&] {
            std::unique_lock<std::mutex> lock(mutex);
            changed.wait(lock, [&] { return queue.size() < maxBatches || stop; });
            queue.push_back(std::move(batch));
            batch = Batch();
            changed.notify_all();
        };
        status = reader.readSheet(
            index,
            [&](const TableRow& row) {
                batch.rows.push_back(row);
                if (batch.rows.size() >= batchRows) {
                    batch.progress = reader.progress();
                    push();
                }
                return !stop;
            },
            &readError);
        batch.progress = 1;
        push();
        std::lock_guard<std::mutex> lock(mutex);
        finished = true;
        changed.notify_all();
    });

    bool cancelled = false;
    for (;;) {
        Batch batch;
        {
            std::unique_lock<std::mutex> lock(mutex);
            changed.wait(lock, [&] { return !queue.empty() || finished; });
            if (queue.empty())
                break;
            batch = std::move(queue.front());
            queue.pop_front();
            changed.notify_all();
        }
        for (const TableRow& row : batch.rows)
            if (!cancelled && !sink(row, batch.progress)) {
                cancelled = true;
                stop = true;
                changed.notify_all();
            }
    }
    producer.join();
    if (cancelled)
        return TableReader::Status::Cancelled;
    if (status == TableReader::Status::Failed && error)
        *error = readError;
    return status;
}

} // namespace partydesk
