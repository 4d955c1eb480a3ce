package dev.runlog.persistence.mapper;

import dev.runlog.domain.model.run.DistanceUnit;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads the text columns that name a unit or a time zone as whatever stored them wrote them. The
 * schema's checks keep Runlog's own rows right, but another app may write a zone id Java does not
 * know (or a tz database newer or older than the JVM's), and a read must never fail on one.
 */
final class StoredValues {

    private StoredValues() {}

    /**
     * The unit of this symbol; miles for none or one Runlog does not know. Distances are kept in
     * miles whatever the unit, so reading one in miles shows what is stored.
     */
    static DistanceUnit unitOf(String symbol) {
        return Arrays.stream(DistanceUnit.values())
                .filter(unit -> unit.symbol().equals(symbol))
                .findFirst()
                .orElse(DistanceUnit.MILES);
    }

    /** The zone of this id (an IANA id or an offset), as {@link ZoneId#of} reads it; none if it cannot. */
    static Optional<ZoneId> zoneOf(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }
}
