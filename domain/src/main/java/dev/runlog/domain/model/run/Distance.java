package dev.runlog.domain.model.run;

import dev.runlog.domain.model.shared.InvalidValueException;

/**
 * How far a run went, kept in miles whatever unit it was entered in. The constructor rebuilds a
 * stored distance as it is (another app may have stored 0, or less); {@link #ofMiles} and
 * {@link #of} check a new one: a finite number above 0 and at most {@value #MAX_MILES} miles.
 *
 * @param miles the distance in miles
 */
public record Distance(double miles) {

    /** The longest run anyone logs: the longest races are some hundreds of miles. */
    public static final double MAX_MILES = 1000;

    /** A distance in miles a client sent, checked; required, so null (none sent) is refused too. */
    public static Distance ofMiles(Double miles) {
        return of(miles, DistanceUnit.MILES);
    }

    /** A distance a client sent in {@code unit}, checked; required, so null (none sent) is refused too. */
    public static Distance of(Double amount, DistanceUnit unit) {
        if (amount == null) {
            throw new InvalidValueException("distance", "distance is required.");
        }
        double miles = unit.toMiles(amount);
        if (!Double.isFinite(amount) || amount <= 0 || miles > MAX_MILES) {
            throw new InvalidValueException(
                    "distance",
                    "distance must be a number of " + unit.pluralName() + " above 0 and at most "
                            + unit.shown(MAX_MILES) + ".");
        }
        return new Distance(miles);
    }

    /** This distance in {@code unit}: what a runner who entered it in that unit typed. */
    public double in(DistanceUnit unit) {
        return unit.fromMiles(miles);
    }

    /** Whether the run went anywhere: only then has it a pace. */
    public boolean isPositive() {
        return miles > 0;
    }
}
