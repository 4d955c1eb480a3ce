package dev.runlog.domain.model.run;

import dev.runlog.domain.model.shared.InvalidValueException;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The units a runner logs and reads distances in. Runlog keeps every distance in miles, the
 * tutorial's unit, and converts on the way in and out: a mile is exactly 1.609344 km.
 */
public enum DistanceUnit {
    MILES("mi", "miles", 1),
    KILOMETRES("km", "kilometres", 1.609344);

    /**
     * The significant digits a converted distance is shown to. Converting to miles and back loses
     * no more than the last of a double's 15 to 17 digits, so rounding to ten gives back exactly
     * what a runner typed.
     */
    private static final MathContext SHOWN_DIGITS = new MathContext(10);

    private final String symbol;
    private final String pluralName;
    private final double perMile;

    DistanceUnit(String symbol, String pluralName, double perMile) {
        this.symbol = symbol;
        this.pluralName = pluralName;
        this.perMile = perMile;
    }

    /** The unit named by its symbol as clients write it, {@code mi} or {@code km}, for {@code field}. */
    public static DistanceUnit parse(String field, String symbol) {
        return Arrays.stream(values())
                .filter(unit -> unit.symbol.equals(symbol))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(field, field + " must be " + symbols() + "."));
    }

    /** How clients write this unit: {@code mi} or {@code km}. */
    public String symbol() {
        return symbol;
    }

    /** The unit's name in messages: {@code miles}, {@code kilometres}. */
    public String pluralName() {
        return pluralName;
    }

    /** This many miles in this unit, as messages show it: {@code 1000}, {@code 1609.344}. */
    String shown(double miles) {
        return new BigDecimal(fromMiles(miles))
                .round(SHOWN_DIGITS)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** This many units, in miles. */
    public double toMiles(double amount) {
        return this == MILES ? amount : amount / perMile;
    }

    /** This many miles, in this unit: exact for miles, to ten significant digits for others. */
    public double fromMiles(double miles) {
        if (this == MILES || miles == 0 || !Double.isFinite(miles)) {
            return miles;
        }
        return new BigDecimal(miles * perMile).round(SHOWN_DIGITS).doubleValue();
    }

    /** The symbols, for messages: {@code "mi" or "km"}. */
    public static String symbols() {
        return Arrays.stream(values()).map(unit -> '"' + unit.symbol + '"').collect(Collectors.joining(" or "));
    }
}
