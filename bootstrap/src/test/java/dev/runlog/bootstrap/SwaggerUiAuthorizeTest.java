package dev.runlog.bootstrap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Swagger UI as a person uses it, in a real (headless) Chromium: a runner signs up and signs in
 * for a token, pastes it into Authorize, and "Try it out" on {@code GET /api/users/{id}} sends it
 * and shows the runner; without authorizing, the same call shows 401.
 *
 * <p>Selenium rather than Playwright: the test stays in Java and in the Maven build, with nothing
 * from npm. It drives Debian's {@code chromium} through Debian's {@code chromedriver} (the
 * packages {@code chromium} and {@code chromium-driver}, which {@code .ci/run} installs), named
 * by path so that Selenium Manager never tries to download a driver or a browser. Without them
 * the test is skipped on a developer's machine, and fails in CI ({@code CI=true}).
 *
 * <p>The app is this test's own, not {@link RunningAppTest}'s shared one: Swagger UI calls the
 * server the description names, so this app listens on a port picked here and names it
 * ({@code runlog.api.server.url}), as the app on 8080 names 8080; the shared app keeps naming
 * docs/openapi.json's server, which {@code ApiSpecificationTest} compares with what it serves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class SwaggerUiAuthorizeTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Generous: the machine may be small and busy; every wait ends as soon as the page is ready. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static final String EMAIL = "swagger.ui@example.com";
    private static final String PASSWORD = "tries it out in a browser";

    private static final int PORT = freePort();

    private static ChromeDriverService driverService;
    private static WebDriver browser;
    private static Path profile;

    /** Saves what the browser showed when a test failed: target/swagger-ui/NAME.png and .html. */
    @RegisterExtension
    static final TestWatcher SCREENSHOT_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                saveWhatTheBrowserShows(context.getRequiredTestMethod().getName());
            }
        }
    };

    @Autowired
    private JdbcClient jdbc;

    private WebDriverWait patiently;

    @DynamicPropertySource
    static void ownPortNamedInTheDescription(DynamicPropertyRegistry registry) {
        TestDatabaseProperties.register(registry);
        registry.add("server.port", () -> PORT);
        registry.add("runlog.api.server.url", () -> "http://localhost:" + PORT);
    }

    @BeforeAll
    static void startChromium() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "Swagger UI's browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)";
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail(missing + "; in CI, .ci/run installs them");
        }
        if (!installed) {
            // An abort in @BeforeAll shows in Surefire's counts as no test at all: say it here.
            System.out.println("SKIPPED SwaggerUiAuthorizeTest: " + missing);
        }
        assumeTrue(installed, missing + ": skipped on this machine");

        profile = Files.createTempDirectory("runlog-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Headless, and nothing that reaches for the network beyond the app: without these,
        // Chromium hangs at start on a machine that cannot reach Google's services.
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=1280,2000");
        driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(driverService, options);
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (driverService != null) {
            driverService.stop();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    @BeforeEach
    void aRunnerSignedUpAndSwaggerUiOpen() {
        jdbc.sql("delete from run").update();
        jdbc.sql("delete from user where email_caseless <> ?")
                .param(TestAdmin.EMAIL)
                .update();
        jdbc.sql("delete from sign_in_failure").update();
        patiently = new WebDriverWait(browser, PATIENCE);
    }

    @Test
    void aTokenPutInAuthorize_isSentByTryItOut_andTheRunnerIsShown() {
        long id = signUp();
        String token = new Api(PORT).signedInAs(EMAIL, PASSWORD).token();
        openSwaggerUi();

        authorizeWith(token);
        tryGetUser(id);

        assertThat(responseStatus()).isEqualTo("200");
        assertThat(responseBody()).contains("\"email\": \"" + EMAIL + "\"");
        assertThat(curlCommand())
                .contains("http://localhost:" + PORT + "/api/users/" + id)
                .contains("Authorization: Bearer " + token);
    }

    @Test
    void withoutAuthorizing_tryItOutIsAnswered401() {
        long id = signUp();
        openSwaggerUi();

        tryGetUser(id);

        assertThat(responseStatus()).isEqualTo("401");
        assertThat(responseBody()).contains("urn:runlog:problem:unauthenticated");
        assertThat(curlCommand()).doesNotContain("Authorization");
    }

    private long signUp() {
        Api.Response signedUp = new Api(PORT).post("/api/users", """
                        {"username": "Swagger", "email": "%s", "password": "%s"}""".formatted(EMAIL, PASSWORD));
        assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(201);
        return signedUp.json().get("id").asLong();
    }

    /** A fresh page each time: Swagger UI keeps an authorization only as long as the page. */
    private void openSwaggerUi() {
        browser.get("http://localhost:" + PORT + "/swagger-ui/index.html");
        patiently.until(ExpectedConditions.visibilityOfElementLocated(By.id("operations-Users-getUser")));
    }

    /** Authorize, the token into bearerToken's field, Authorize, Close: as a person does it. */
    private void authorizeWith(String token) {
        click(By.cssSelector(".auth-wrapper .btn.authorize"));
        By bearerForm = By.xpath("//div[contains(@class, 'auth-container')][.//h4[contains(., 'bearerToken')]]");
        WebElement form = patiently.until(ExpectedConditions.visibilityOfElementLocated(bearerForm));
        form.findElement(By.cssSelector("input")).sendKeys(token);
        form.findElement(By.cssSelector(".btn.modal-btn.authorize")).click();
        WebElement done = patiently.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class, 'auth-container')][.//h4[contains(., 'bearerToken')]]"
                        + "//button[contains(@class, 'btn-done')]")));
        patiently.until(ExpectedConditions.textToBePresentInElement(form, "Authorized"));
        done.click();
        patiently.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".dialog-ux .modal-ux")));
    }

    /** Expands GET /api/users/{id}, Try it out, the id, Execute; waits for the answer. */
    private void tryGetUser(long id) {
        click(By.cssSelector("#operations-Users-getUser .opblock-summary-control"));
        click(By.cssSelector("#operations-Users-getUser .try-out__btn"));
        WebElement idField = patiently.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#operations-Users-getUser tr[data-param-name='id'] input")));
        idField.clear();
        idField.sendKeys(Long.toString(id));
        click(By.cssSelector("#operations-Users-getUser .btn.execute"));
        patiently.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#operations-Users-getUser .live-responses-table .response .response-col_status")));
    }

    private String responseStatus() {
        return browser.findElement(By.cssSelector(
                        "#operations-Users-getUser .live-responses-table .response .response-col_status"))
                .getText()
                .strip();
    }

    private String responseBody() {
        return browser.findElement(By.cssSelector(
                        "#operations-Users-getUser .live-responses-table .response .response-col_description"))
                .getText();
    }

    private String curlCommand() {
        return browser.findElement(By.cssSelector("#operations-Users-getUser .curl-command"))
                .getText();
    }

    private void click(By button) {
        patiently.until(ExpectedConditions.elementToBeClickable(button)).click();
    }

    private static void saveWhatTheBrowserShows(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "swagger-ui"));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            Files.writeString(folder.resolve(name + ".html"), browser.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
