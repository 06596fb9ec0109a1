package org.tradestat.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A file's records, split from the text on a thread of their own a few thousand records ahead of the caller: the
 * load tokenises on one core while it validates and stores on the other. The records and their order are those of
 * the {@link CsvRecordReader} it reads; memory holds at most {@value #BATCHES_AHEAD} batches of {@value #BATCH}.
 */
final class ReadAheadRecords implements Closeable {

    static final int BATCH = 1024;
    static final int BATCHES_AHEAD = 4;

    /** Records split so far, and the characters consumed by the time the last of them was read. */
    private record Batch(List<CsvRecord> records, long charsRead, Throwable failure, boolean last) {
    }

    private final CsvRecordReader reader;
    private final BlockingQueue<Batch> ahead = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread splitter;
    private volatile boolean closed;
    private Iterator<CsvRecord> current = Collections.emptyIterator();
    private boolean ended;
    private Throwable failure;
    private long charsRead;

    ReadAheadRecords(CsvRecordReader reader, String fileName) {
        this.reader = reader;
        this.splitter = new Thread(this::split, "tradestat-read-ahead " + fileName);
        splitter.setDaemon(true);
        splitter.start();
    }

    private void split() {
        List<CsvRecord> records = new ArrayList<>(BATCH);
        try {
            while (!closed) {
                CsvRecord r = null;
                while (records.size() < BATCH && (r = reader.next()) != null) {
                    records.add(r);
                }
                boolean last = r == null;
                ahead.put(new Batch(records, reader.charsRead(), null, last));
                if (last) {
                    return;
                }
                records = new ArrayList<>(BATCH);
            }
        } catch (InterruptedException e) {
            // closed while waiting for the reader to catch up
        } catch (IOException | RuntimeException e) {
            try {
                // the records read before the failure come first, as from the reader itself
                ahead.put(new Batch(records, reader.charsRead(), e, true));
            } catch (InterruptedException closedMeanwhile) {
                // nobody is waiting for it any more
            }
        }
    }

    /** The next record, or null at the end of the file. */
    CsvRecord next() throws IOException {
        while (!current.hasNext()) {
            if (failure instanceof IOException io) {
                throw io;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (ended) {
                return null;
            }
            Batch batch;
            try {
                batch = ahead.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading", e);
            }
            charsRead = batch.charsRead();
            ended = batch.last();
            failure = batch.failure();
            current = batch.records().iterator();
        }
        return current.next();
    }

    /** Characters consumed by the records handed out so far (to the end of their batch): for progress reports. */
    long charsRead() {
        return charsRead;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        splitter.interrupt();
        try {
            splitter.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reader.close();
    }
}
