package dev.runlog.bootstrap;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the primary's binary log stood after a write: MariaDB's GTID position, one
 * {@code domain-server-sequence} per replication domain (e.g. {@code 0-1-42}). A replica that has
 * applied this position has every write up to it, the client's own among them.
 */
record WritePosition(String gtids) {

    private static final Pattern GTID_LIST =
            Pattern.compile("\\d{1,10}-\\d{1,10}-\\d{1,20}(,\\d{1,10}-\\d{1,10}-\\d{1,20}){0,63}");

    WritePosition {
        if (!GTID_LIST.matcher(gtids).matches()) {
            throw new IllegalArgumentException("not a GTID position: " + gtids);
        }
    }

    /**
     * The position a client sent back, if it is one. Anything else is not refused (a read never
     * answers 400 for a header it does not need): it is read as "no position", from a replica.
     */
    static Optional<WritePosition> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String gtids = header.strip();
        return GTID_LIST.matcher(gtids).matches() ? Optional.of(new WritePosition(gtids)) : Optional.empty();
    }

    @Override
    public String toString() {
        return gtids;
    }
}
