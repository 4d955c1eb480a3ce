package dev.runlog.domain.model.run;

import dev.runlog.domain.model.shared.FieldChecks;
import dev.runlog.domain.model.shared.InvalidValueException;
import dev.runlog.domain.model.shared.IsoDates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * When a run started, as the runner's clock showed it: a local time, with the offset from UTC it
 * had then and, if the runner named one, the time zone ({@code Europe/Paris}) it was in. The run's
 * date is the local date of its start, so a run at 00:30 on 1 January in Paris is a January run
 * although it is still 31 December in UTC.
 *
 * <p>The constructor rebuilds a stored start as it is: another app may have stored a local time
 * alone. {@link #entered} checks a new one.
 *
 * @param local  the time on the runner's clock, to the second
 * @param offset the clock's offset from UTC then, if known
 * @param zone   the time zone the runner named, if any; with an offset, the two agree
 */
public record RunStart(LocalDateTime local, Optional<ZoneOffset> offset, Optional<ZoneId> zone) {

    public RunStart {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(zone, "zone");
    }

    /** A start in this zone at this local time; in the hour that repeats in autumn, the earlier of the two. */
    public static RunStart at(LocalDateTime local, ZoneId zone) {
        ZonedDateTime resolved = ZonedDateTime.ofLocal(local, zone, null);
        if (!resolved.toLocalDateTime().equals(local)) {
            throw new InvalidValueException(
                    "start", "start " + local + " does not exist in " + zone + ": the clocks went forward past it.");
        }
        return new RunStart(local, Optional.of(resolved.getOffset()), Optional.of(zone));
    }

    /**
     * A start as a client sent it: {@code start} an ISO-8601 local date-time to the second, with an
     * offset ({@code 2026-11-24T07:30:00+01:00}) or without one; {@code zone} an IANA time zone
     * ({@code Europe/Paris}) or an offset, or null. With neither an offset nor a zone, the start is
     * in the runner's zone: {@link #inZone} completes it.
     */
    public static RunStart entered(String start, String zone) {
        FieldChecks checks = new FieldChecks();
        OffsetOrLocal time = checks.check(() -> OffsetOrLocal.parse(start));
        Optional<ZoneId> named = checks.check(() -> Optional.ofNullable(zone).map(id -> zoneOf("zone", id)));
        checks.throwIfAnyFailed();
        if (named.isPresent()) {
            return time.inZone(named.get());
        }
        return new RunStart(time.local(), time.offset(), Optional.empty());
    }

    /** A time zone a client named for {@code field}: an IANA id such as {@code Europe/Paris}, or an offset. */
    public static ZoneId zoneOf(String field, String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new InvalidValueException(
                    field, field + " must be an IANA time zone such as Europe/Paris, or an offset such as +01:00.");
        }
    }

    /** The local date of the start: the run's date. */
    public LocalDate date() {
        return local.toLocalDate();
    }

    /** Whether the start has no offset yet: it is in the runner's zone, which {@link #inZone} supplies. */
    public boolean isFloating() {
        return offset.isEmpty();
    }

    /** This start, in {@code runnersZone} if it has no offset of its own. */
    public RunStart inZone(ZoneId runnersZone) {
        return isFloating() ? at(local, runnersZone) : this;
    }

    /** The start with its offset, if known: {@code 2026-11-24T07:30+01:00}. */
    public Optional<OffsetDateTime> withOffset() {
        return offset.map(known -> OffsetDateTime.of(local, known));
    }

    /** The start's text, read as an offset date-time or a local one. */
    private record OffsetOrLocal(LocalDateTime local, Optional<ZoneOffset> offset) {

        static OffsetOrLocal parse(String text) {
            try {
                OffsetDateTime withOffset = OffsetDateTime.parse(text);
                return checked(new OffsetOrLocal(withOffset.toLocalDateTime(), Optional.of(withOffset.getOffset())));
            } catch (DateTimeParseException notWithOffset) {
                try {
                    return checked(new OffsetOrLocal(LocalDateTime.parse(text), Optional.empty()));
                } catch (DateTimeParseException notLocal) {
                    throw new InvalidValueException(
                            "start",
                            "start must be an ISO-8601 date and time such as 2026-11-24T07:30:00+01:00, or "
                                    + "2026-11-24T07:30:00 with a zone.");
                }
            }
        }

        private static OffsetOrLocal checked(OffsetOrLocal time) {
            LocalDate date = time.local.toLocalDate();
            if (date.isBefore(IsoDates.FIRST) || date.isAfter(IsoDates.LAST)) {
                throw new InvalidValueException(
                        "start", "start must be from " + IsoDates.FIRST + " to " + IsoDates.LAST + ".");
            }
            if (time.local.getNano() != 0) {
                throw new InvalidValueException("start", "start must be whole seconds.");
            }
            return time;
        }

        /** This time in the zone named with it: its offset, if it has one, must be the zone's then. */
        RunStart inZone(ZoneId zone) {
            if (offset.isEmpty()) {
                return at(local, zone);
            }
            if (!zone.getRules().isValidOffset(local, offset.get())) {
                throw new InvalidValueException(
                        "start", "start's offset " + offset.get() + " is not " + zone + "'s at " + local + ".");
            }
            return new RunStart(local, offset, Optional.of(zone));
        }
    }
}
