package dev.runlog.web;

import dev.runlog.domain.model.run.DistanceUnit;

import java.util.Optional;

/**
 * The {@code unit} query parameter of the answers that show distances: {@code mi} or {@code km}
 * to read every distance and pace in that unit, left out to read each run in the unit it was
 * logged in (or a summary in the runner's own). The domain names the units; a bad one is a 400
 * about {@code unit}.
 */
final class UnitParameter {

    static final String NAME = "unit";

    private UnitParameter() {}

    static Optional<DistanceUnit> of(String unit) {
        return Optional.ofNullable(unit).map(symbol -> DistanceUnit.parse(NAME, symbol));
    }
}
