package org.reportschedules.server;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The /docs page in a real browser: headless Chromium driven by its chromedriver, both Debian's (.ci/run installs
 * them; set CHROMIUM_BINARY / CHROMEDRIVER_PATH, or -Dchromium.binary / -Dchromedriver.path, to use others).
 * Both paths are given explicitly, so Selenium never downloads a browser or a driver. Without them the test is
 * skipped, saying why. It leaves a screenshot at target/docs-page.png.
 */
class DocsPageBrowserTest {

    private static final String CHROMIUM = setting("chromium.binary", "CHROMIUM_BINARY", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = setting("chromedriver.path", "CHROMEDRIVER_PATH", "/usr/bin/chromedriver");
    private static final String REPORT_TYPE = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_CAPTURE_DATA_";

    @Test
    void theDocsListBothDialectsAndTryItOutCreatesASchedule(@TempDir Path profile) throws Exception {
        assumeInstalled(CHROMIUM, "Chromium");
        assumeInstalled(CHROMEDRIVER, "chromedriver");
        try (StubServer stub = StubServer.start(StubSettings.onPort(0))) {
            WebDriver browser = chromium(profile);
            try {
                browser.get(stub.uri() + "/docs");
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
                waitForOperations(wait, "getReportSchedules", "createReportSchedule", "getReportScheduleById", "cancelReportSchedule");

                choose(browser, "MWS Reports");
                waitForOperations(wait, "postRoot", "postReports");
                // MWS chooses its action by a form field, not a path: the actions are the choices of the Action field.
                WebElement mws = operation(browser, "postReports");
                mws.findElement(By.cssSelector(".opblock-summary-control")).click();
                wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(mws, By.xpath(".//option[.='ManageReportSchedule']")));
                List<String> actions = mws.findElements(By.tagName("option")).stream().map(WebElement::getText).toList();
                assertTrue(actions.containsAll(List.of("ManageReportSchedule", "GetReportScheduleList",
                        "GetReportScheduleListByNextToken", "GetReportScheduleCount")), actions.toString());

                choose(browser, "Amazon Pay v2 Reports");
                waitForOperations(wait, "createReportSchedule");
                WebElement create = operation(browser, "createReportSchedule");
                create.findElement(By.cssSelector(".opblock-summary-control")).click();
                WebElement body = wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(create, By.cssSelector("textarea.body-param__text")));
                body.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
                body.sendKeys("{\"reportType\":\"" + REPORT_TYPE + "\",\"scheduleFrequency\":\"P1D\",\"nextReportCreationTime\":\"20351118T150630Z\"}");
                create.findElement(By.cssSelector("button.execute")).click();
                WebElement status = wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(create,
                        By.cssSelector(".live-responses-table .response .response-col_status")));
                ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", status);
                screenshot(browser);
                assertEquals("201", status.getText().trim());
            } catch (RuntimeException | AssertionError e) {
                screenshot(browser);
                throw e;
            } finally {
                browser.quit();
            }
            String schedules = DocsOverHttpTest.get(stub, "/v2/report-schedules").body();
            assertTrue(schedules.contains("\"reportType\":\"" + REPORT_TYPE + "\""), schedules);
        }
    }

    private static WebDriver chromium(Path profile) {
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        // Without the background-networking switches Chromium keeps calling home, which a closed network makes hang.
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1600");
        return new ChromeDriver(driver, options);
    }

    private static void waitForOperations(WebDriverWait wait, String... operationIds) {
        for (String id : operationIds) {
            wait.until(ExpectedConditions.presenceOfElementLocated(operationLocator(id)));
        }
    }

    private static WebElement operation(WebDriver browser, String operationId) {
        return browser.findElement(operationLocator(operationId));
    }

    /** Swagger UI names an operation's block operations-{tag}-{operationId}. */
    private static By operationLocator(String operationId) {
        return By.cssSelector(".opblock[id$='-" + operationId + "']");
    }

    private static void choose(WebDriver browser, String definition) {
        new Select(browser.findElement(By.cssSelector(".topbar select"))).selectByVisibleText(definition);
    }

    private static void screenshot(WebDriver browser) throws java.io.IOException {
        Path target = Path.of(System.getProperty("basedir", ".")).resolve("target");
        Files.createDirectories(target);
        Files.write(target.resolve("docs-page.png"), ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static void assumeInstalled(String path, String what) {
        boolean installed = Files.isExecutable(Path.of(path));
        if (!installed) {
            // Printed as well as reported: a skipped browser test must never pass unnoticed.
            System.out.println("DocsPageBrowserTest skipped: " + what + " is not installed at " + path
                    + " (install Debian's chromium and chromium-driver, as .ci/run does)");
        }
        assumeTrue(installed, what + " is not installed at " + path);
    }

    private static String setting(String property, String variable, String standard) {
        return Optional.ofNullable(System.getProperty(property)).or(() -> Optional.ofNullable(System.getenv(variable))).orElse(standard);
    }
}
