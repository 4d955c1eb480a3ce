package dev.runlog.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded database's password, kept in the data folder in a file only its owner can read
 * or write. Made once, at the first start on a folder; read at every start after.
 */
final class PasswordFile {

    static final String NAME = "runlog-db-password";

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordFile() {}

    /** The password in {@code dataDir}, made there first if the folder has none yet. */
    static String readOrCreate(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        if (Files.notExists(file)) {
            create(file);
        }
        return read(dataDir);
    }

    /** The password in {@code dataDir}, as an operator would read it. */
    static String read(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        try {
            String password = Files.readString(file).strip(); // an editor may have added a newline
            if (password.isEmpty()) {
                throw new IllegalStateException(file + " is empty; delete it and Runlog makes a new password");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the database password in " + file, e);
        }
    }

    /**
     * Writes a new password into a file made with owner-only permissions from the start (never
     * briefly readable by others), then renames it into place, so that a crash leaves either
     * no password file or a whole one, never an empty one.
     */
    private static void create(Path file) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try {
            Files.createDirectories(file.getParent());
            Path draft = Files.createTempFile(
                    file.getParent(),
                    NAME,
                    ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(draft, password);
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the database password to " + file, e);
        }
    }
}
