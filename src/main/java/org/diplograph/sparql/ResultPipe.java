package org.diplograph.sparql;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands serialised results from the query thread (which owns the read transaction) to the HTTP
 * thread in bounded chunks, so that memory stays constant however large the result: the query thread
 * blocks while the client is slow. Either side can give up: a failed query ends the stream with an
 * error, a gone client makes the query thread's next write fail, which stops the query.
 */
final class ResultPipe {

    private static final int CHUNK = 32 * 1024;
    private static final byte[] END = new byte[0];
    private static final byte[] FAILED = new byte[0];

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(16);
    private volatile boolean readerGone;

    /** The query thread's side. {@link OutputStream#close()} marks the end of the result. */
    OutputStream sink() {
        return new OutputStream() {
            private final byte[] buffer = new byte[CHUNK];
            private int used;
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                if (used == CHUNK) {
                    flushChunk();
                }
                buffer[used++] = (byte) b;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                while (len > 0) {
                    if (used == CHUNK) {
                        flushChunk();
                    }
                    int n = Math.min(len, CHUNK - used);
                    System.arraycopy(b, off, buffer, used, n);
                    used += n;
                    off += n;
                    len -= n;
                }
            }

            private void flushChunk() throws IOException {
                if (used > 0) {
                    put(Arrays.copyOf(buffer, used));
                    used = 0;
                }
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    flushChunk();
                    put(END);
                }
            }
        };
    }

    /** Called by the query thread when the query failed after streaming began. */
    void fail() {
        chunks.clear();
        chunks.offer(FAILED);
    }

    private void put(byte[] chunk) throws IOException {
        try {
            while (!chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                if (readerGone) {
                    throw new IOException("client went away");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
    }

    /**
     * The HTTP thread's side: copies everything to the response. Throws when the query failed after
     * streaming began, so that the response ends abruptly rather than looking complete.
     */
    void drainTo(OutputStream out) throws IOException {
        try {
            while (true) {
                byte[] chunk = chunks.take();
                if (chunk == FAILED) {
                    throw new IOException("query failed while streaming its results");
                }
                if (chunk == END) {
                    out.flush();
                    return;
                }
                out.write(chunk);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } finally {
            readerGone = true;
            chunks.clear();
        }
    }

    /** Whether the response will never be read. */
    boolean abandoned() {
        return readerGone;
    }

    /** Called when the response will never be read (the request failed before streaming). */
    void abandon() {
        readerGone = true;
        chunks.clear();
    }
}
