package dev.runlog.domain.model;

/**
 * How far a run went, in miles: a finite number above 0 and at most {@value #MAX_MILES}.
 *
 * @param miles the distance in miles
 */
public record Distance(double miles) {

    public static final double MAX_MILES = 1000;

    public Distance {
        if (!Double.isFinite(miles) || miles <= 0 || miles > MAX_MILES) {
            throw new InvalidValueException("distance", "distance must be a number of miles above 0 and at most 1000.");
        }
    }

    /** Builds a distance from a value that may be missing, as it arrives from a client. */
    public static Distance ofMiles(Double miles) {
        if (miles == null) {
            throw new InvalidValueException("distance", "distance is required.");
        }
        return new Distance(miles);
    }
}
