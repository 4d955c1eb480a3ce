package dev.runlog.domain.model.shared;

import java.util.Objects;

/**
 * The version a change is meant for: a client that read version 3 asks for its change to apply
 * only while the stored version is still 3, so it never overwrites a change it has not seen. A
 * client that read nothing asks for {@link #any()} version.
 */
public sealed interface ExpectedVersion {

    /** The change applies whatever the stored version is. */
    static ExpectedVersion any() {
        return new Any();
    }

    /** The change applies only while the stored version is this one. */
    static ExpectedVersion exactly(Version version) {
        return new Exactly(version);
    }

    /**
     * The one rule of versioned changes.
     *
     * @throws StaleVersionException if the stored version is not the one expected
     */
    void requireMatches(Version stored);

    /** Any version will do. */
    record Any() implements ExpectedVersion {

        @Override
        public void requireMatches(Version stored) {
            Objects.requireNonNull(stored, "stored");
        }
    }

    /**
     * Only this version will do.
     *
     * @param version the version the client read
     */
    record Exactly(Version version) implements ExpectedVersion {

        public Exactly {
            Objects.requireNonNull(version, "version");
        }

        @Override
        public void requireMatches(Version stored) {
            if (!version.equals(stored)) {
                throw new StaleVersionException(version);
            }
        }
    }
}
