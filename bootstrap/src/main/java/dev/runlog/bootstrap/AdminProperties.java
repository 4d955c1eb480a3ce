package dev.runlog.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The first admin, from the operator's configuration ({@code RUNLOG_ADMIN_EMAIL} and
 * {@code RUNLOG_ADMIN_PASSWORD} in the environment). Both or neither.
 *
 * @param email    the admin's email; their account is made an admin at every start
 * @param password their password, set if the account has none
 */
@ConfigurationProperties("runlog.admin")
record AdminProperties(String email, String password) {

    AdminProperties {
        if (StringUtils.hasText(email) != StringUtils.hasText(password)) {
            throw new IllegalArgumentException("Set both runlog.admin.email and runlog.admin.password, or neither.");
        }
    }

    boolean isConfigured() {
        return StringUtils.hasText(email);
    }

    @Override
    public String toString() {
        return "AdminProperties[email=" + email + ", password hidden]";
    }
}
