package dev.runlog.domain.model.shared;

import java.time.LocalDate;

/**
 * What Runlog's tables can hold: limits of storage, not rules of running. New input is checked
 * against them so that it can always be stored whole; stored data is read as it is, whatever else
 * wrote it.
 */
public final class StorageLimits {

    /** {@code user.username varchar(80)}: the tutorial's column. */
    public static final int USERNAME_LENGTH = 80;
    /** {@code user.email varchar(120)}: the tutorial's column. */
    public static final int EMAIL_LENGTH = 120;
    /** {@code run.mood varchar(50)}: the tutorial's column. */
    public static final int MOOD_LENGTH = 50;
    /** The last day a MariaDB {@code date} holds; years like +999999 parse in Java but cannot be stored. */
    public static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

    private StorageLimits() {}
}
