package dev.runlog.domain.model.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 10,000 most common passwords, most common first, as zxcvbn (MIT licence, Dropbox) ranks them
 * from leaked password lists; shipped in common-passwords.txt beside this class. Attackers try these
 * first, so none of them is accepted, ignoring case.
 */
final class CommonPasswords {

    private static final Set<String> PASSWORDS = load();

    private CommonPasswords() {}

    static boolean contains(String password) {
        return PASSWORDS.contains(password.toLowerCase(java.util.Locale.ROOT));
    }

    static int count() {
        return PASSWORDS.size();
    }

    private static Set<String> load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing beside CommonPasswords");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return lines.lines().filter(line -> !line.isEmpty()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
