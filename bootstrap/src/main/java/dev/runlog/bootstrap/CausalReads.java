package dev.runlog.bootstrap;

import dev.runlog.web.ApiDocumentation;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Read-your-writes across replicas, for one request at a time. A write's answer carries the
 * primary's position in {@value #HEADER}; a client that sends it back on its next request has
 * that request's reads wait until the replica has applied it (or go to the primary).
 *
 * <p>What a request brought and where its writes' position goes live on the request's thread,
 * from {@link ReadAfterFilter}'s start of the request to its end.
 */
final class CausalReads {

    static final String HEADER = ApiDocumentation.READ_AFTER; // as the API description names it

    private final ThreadLocal<Request> current = new ThreadLocal<>();

    /**
     * Begins serving a request on this thread: its reads see at least {@code readAfter}, its
     * writes' position goes to {@code written}. Closing the scope ends it.
     */
    Scope begin(Optional<WritePosition> readAfter, Consumer<WritePosition> written) {
        current.set(new Request(readAfter, written));
        return current::remove;
    }

    /** The position this request's reads must see, if the client sent one (or wrote one itself). */
    Optional<WritePosition> readAfter() {
        Request request = current.get();
        return request == null ? Optional.empty() : request.readAfter;
    }

    /** Whether someone listens for a write's position: a request that came through the filter. */
    boolean isListening() {
        return current.get() != null;
    }

    /** A write has been made: its client is told where it stands, and later reads here see it too. */
    void written(WritePosition position) {
        Request request = current.get();
        if (request != null) {
            request.readAfter = Optional.of(position);
            request.written.accept(position);
        }
    }

    /** A request being served; closed when it ends. */
    interface Scope extends AutoCloseable {

        @Override
        void close();
    }

    private static final class Request {

        private Optional<WritePosition> readAfter;
        private final Consumer<WritePosition> written;

        private Request(Optional<WritePosition> readAfter, Consumer<WritePosition> written) {
            this.readAfter = readAfter;
            this.written = written;
        }
    }
}
