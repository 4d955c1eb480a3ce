package dev.runlog.domain.model.run;

import dev.runlog.domain.model.shared.InvalidValueException;

/**
 * How far a run went, in miles. The constructor rebuilds a stored distance as it is (another app
 * may have stored 0, or less); {@link #ofMiles} checks a new one: a finite number above 0 and at
 * most {@value #MAX_MILES}.
 *
 * @param miles the distance in miles
 */
public record Distance(double miles) {

    /** The longest run anyone logs: the longest races are some hundreds of miles. */
    public static final double MAX_MILES = 1000;

    /** A distance a client sent, checked; required, so null (none sent) is refused too. */
    public static Distance ofMiles(Double miles) {
        if (miles == null) {
            throw new InvalidValueException("distance", "distance is required.");
        }
        if (!Double.isFinite(miles) || miles <= 0 || miles > MAX_MILES) {
            throw new InvalidValueException(
                    "distance", "distance must be a number of miles above 0 and at most " + (int) MAX_MILES + ".");
        }
        return new Distance(miles);
    }

    /** Whether the run went anywhere: only then has it a pace. */
    public boolean isPositive() {
        return miles > 0;
    }
}
