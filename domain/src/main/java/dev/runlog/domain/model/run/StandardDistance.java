package dev.runlog.domain.model.run;

/** The distances runners race and compare their best times at. */
public enum StandardDistance {
    FIVE_K("5k", 5),
    TEN_K("10k", 10),
    HALF_MARATHON("half-marathon", 21.0975),
    MARATHON("marathon", 42.195);

    private final String label;
    private final Distance distance;

    StandardDistance(String label, double kilometres) {
        this.label = label;
        this.distance = new Distance(DistanceUnit.KILOMETRES.toMiles(kilometres));
    }

    /** As clients read it: {@code 5k}, {@code 10k}, {@code half-marathon}, {@code marathon}. */
    public String label() {
        return label;
    }

    public Distance distance() {
        return distance;
    }
}
