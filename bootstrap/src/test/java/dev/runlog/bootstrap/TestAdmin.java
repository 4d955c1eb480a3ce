package dev.runlog.bootstrap;

/**
 * The admin every app in the tests has, configured in the tests' config/application.properties:
 * the tests that are not about who may do what act as this admin, who may do everything.
 */
final class TestAdmin {

    static final String EMAIL = "admin@runlog.test";
    static final String PASSWORD = "the tests' admin password";

    private TestAdmin() {}
}
