package dev.runlog.domain.model.run;

import dev.runlog.domain.model.shared.StorageLimits;
import dev.runlog.domain.model.shared.Text;

import java.util.Objects;
import java.util.Optional;

/**
 * How the runner felt, in their own words ("Happy", "Tired 😴"). A run may have no mood at all.
 * The constructor rebuilds a stored mood as it is (the tutorial's app stored {@code ""});
 * {@link #optional} checks a new one: not blank, printable, at most {@value #MAX_LENGTH}
 * characters.
 *
 * @param value the mood, exactly as given
 */
public record Mood(String value) {

    public static final int MAX_LENGTH = StorageLimits.MOOD_LENGTH;

    public Mood {
        Objects.requireNonNull(value, "value");
    }

    /** A mood a client sent, checked; null means the runner gave none. */
    public static Optional<Mood> optional(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Text.requireNotBlank("mood", value);
        Text.requireAtMost("mood", value, MAX_LENGTH);
        Text.requirePrintable("mood", value);
        return Optional.of(new Mood(value));
    }

    /** A mood as stored: null for none. */
    public static Optional<Mood> stored(String value) {
        return Optional.ofNullable(value).map(Mood::new);
    }

    /** Whether both are the same mood: "happy" is "Happy", {@linkplain Text#caseless ignoring case}. */
    public boolean isSameMoodAs(Mood other) {
        return caseless().equals(other.caseless());
    }

    /** The form {@link #isSameMoodAs} compares, for a store that compares moods itself. */
    public String caseless() {
        return Text.caseless(value);
    }
}
