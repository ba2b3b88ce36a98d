package io.relink;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at Debian's chromium (headless, driven by Debian's chromedriver: nothing is downloaded),
 * in words a test reads: open, type, press, wait, read. Its methods speak only Java types, so test
 * classes that run partly inside the server never name a Selenium type.
 */
public final class ChromiumSession implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final WebDriver page;
    private final WebDriverWait wait;

    public ChromiumSession() {
        try {
            Path profile =
                    Files.createTempDirectory(
                            Files.createDirectories(Path.of("target")), "chromium-");
            ChromeOptions options =
                    new ChromeOptions()
                            .setBinary(executable("chromium", "/usr/bin/chromium"))
                            .addArguments(
                                    "--headless=new",
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-dev-shm-usage",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync",
                                    "--no-first-run",
                                    "--disable-quic",
                                    // A headless window counts as hidden: without these, Chromium
                                    // throttles its timers and animation frames, and a dialog's
                                    // fade-out can stop at opacity 0, still covering the page.
                                    "--disable-background-timer-throttling",
                                    "--disable-renderer-backgrounding",
                                    "--disable-backgrounding-occluded-windows",
                                    "--window-size=1400,1000",
                                    "--user-data-dir=" + profile.toAbsolutePath());
            // the console, to read what the page's content security policy blocked
            LoggingPreferences console = new LoggingPreferences();
            console.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", console);
            ChromeDriverService service =
                    new ChromeDriverService.Builder()
                            .usingDriverExecutable(
                                    new File(executable("chromedriver", "/usr/bin/chromedriver")))
                            .usingAnyFreePort()
                            .build();
            page = new ChromeDriver(service, options);
        } catch (java.io.IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        }
        wait = new WebDriverWait(page, PATIENCE);
    }

    public void open(String url) {
        page.get(url);
    }

    public void awaitUrl(String part) {
        wait.until(ExpectedConditions.urlContains(part));
    }

    public void type(String css, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Clicks the element once it can take the click: a dialog that is fading in lies under its own
     * modal mask for a moment, and one that is fading out still covers what is below it, so a click
     * that another element intercepts is tried again until the wait runs out.
     */
    public void press(String css) {
        clickWhenFree(
                () -> ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(page));
    }

    private void clickWhenFree(java.util.function.Supplier<WebElement> target) {
        wait.ignoring(ElementClickInterceptedException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(
                        driver -> {
                            WebElement element = target.get();
                            if (element == null) {
                                return false;
                            }
                            element.click();
                            return true;
                        });
    }

    /** Fills in the sign-in form this page shows and sends it. */
    public void signIn(String email, String password) {
        type("#j_username", email);
        type("#j_password", password);
        press("form button[type=submit]");
    }

    /** The visible text of the first element matching, once it is visible. */
    public String text(String css) {
        return read(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)),
                WebElement::getText);
    }

    /** The value of an input (a read-only link to copy, say), once it is visible. */
    public String value(String css) {
        return read(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)),
                e -> e.getAttribute("value"));
    }

    /** Picks the option with this visible text in a select. */
    public void select(String css, String visibleText) {
        read(
                ExpectedConditions.elementToBeClickable(By.cssSelector(css)),
                e -> {
                    new org.openqa.selenium.support.ui.Select(e).selectByVisibleText(visibleText);
                    return true;
                });
    }

    /** The text of a select's chosen option. */
    public String selected(String css) {
        return new org.openqa.selenium.support.ui.Select(
                        wait.until(
                                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))))
                .getFirstSelectedOption()
                .getText();
    }

    /** Whether a checkbox is ticked. */
    public boolean checked(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)))
                .isSelected();
    }

    /**
     * An attribute of the first element matching as the markup has it, once it is there; null when
     * it has none.
     */
    public String attribute(String css, String name) {
        return read(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)),
                e -> e.getDomAttribute(name));
    }

    /**
     * Finds an element and reads it in one go, again when a push or an ajax answer replaced the
     * element in between (a stale element); {@code reading} may answer null.
     */
    private <T> T read(
            org.openqa.selenium.support.ui.ExpectedCondition<WebElement> found,
            java.util.function.Function<WebElement, T> reading) {
        return new WebDriverWait(page, PATIENCE)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(
                        driver -> {
                            WebElement element = found.apply(driver);
                            return element == null
                                    ? null
                                    : java.util.Optional.ofNullable(reading.apply(element));
                        })
                .orElse(null);
    }

    /** Waits until the page has no ajax request of PrimeFaces' (or jQuery's) under way. */
    public void awaitIdle() {
        wait.until(
                driver ->
                        Boolean.TRUE.equals(
                                ((JavascriptExecutor) driver)
                                        .executeScript(
                                                "return (!window.PrimeFaces ||"
                                                        + " PrimeFaces.ajax.Queue.isEmpty()) &&"
                                                        + " (!window.jQuery || jQuery.active === 0);")));
    }

    /** Whether an element matching is on the page now (visible or not), without waiting. */
    public boolean has(String css) {
        return !page.findElements(By.cssSelector(css)).isEmpty();
    }

    /** The window's size in CSS pixels, as a phone's (390) or a laptop's (1440) would be. */
    public void resize(int width, int height) {
        page.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** Scrolls the first element matching to the top of the window, for a screenshot of it. */
    public void scrollTo(String css) {
        ((org.openqa.selenium.JavascriptExecutor) page)
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'start'})",
                        wait.until(
                                ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))));
    }

    /**
     * Runs a script in the page (a {@code return} gives its result) and answers the result as text,
     * null when there is none: to read what the page's scripts know, like whether a poll runs.
     */
    public String evaluate(String script) {
        Object result = ((JavascriptExecutor) page).executeScript(script);
        return result == null ? null : String.valueOf(result);
    }

    /** The whole page's visible text. */
    public String pageText() {
        return page.findElement(By.tagName("body")).getText();
    }

    /**
     * Waits until the first element matching holds the text. A page that is being replaced (an
     * action that reloads it) can lose the element between finding and reading it, which Chrome
     * reports as a plain WebDriverException: read again then, as the page settles.
     */
    public void awaitText(String css, String text) {
        new WebDriverWait(page, PATIENCE)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(
                        ExpectedConditions.textToBePresentInElementLocated(
                                By.cssSelector(css), text));
    }

    public void awaitGone(String css) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Types into "Find a channel" and waits until the table shows only that channel (the search
     * answers by ajax and re-renders the rows).
     */
    public void filterTo(String channel) {
        type("input[id$=':find']", channel);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(
                        driver -> {
                            java.util.List<WebElement> names =
                                    driver.findElements(By.cssSelector("span.channel-name"));
                            return !names.isEmpty()
                                    && names.stream()
                                            .allMatch(name -> name.getText().equals(channel));
                        });
    }

    /**
     * Waits until the table's channel names, top to bottom, are exactly these (a sort or a filter
     * answers by ajax and re-renders the rows).
     */
    public void awaitNames(java.util.List<String> names) {
        // a wait of its own: a message set on the shared one would stay with every later wait
        new WebDriverWait(page, PATIENCE)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(() -> "the table's names to be " + names + ", not " + names())
                .until(driver -> names().equals(names));
    }

    private java.util.List<String> names() {
        return page.findElements(By.cssSelector("span.channel-name")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The Connection Center table row of a channel. */
    public String row(String channel) {
        // a push or a poll may re-render the table between finding the row and reading it
        return wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> rowElement(channel).getText());
    }

    /** Presses a button (by the end of its id, e.g. {@code :reconnect}) in a channel's row. */
    /** Clicks a button of the channel's row, once nothing (a closing dialog) lies over it. */
    public void pressInRow(String channel, String idSuffix) {
        By button =
                By.xpath(
                        ".//button[substring(@id, string-length(@id) - "
                                + (idSuffix.length() - 1)
                                + ") = '"
                                + idSuffix
                                + "']");
        clickWhenFree(() -> rowElement(channel).findElement(button));
    }

    /** Ticks (or unticks) a channel's row for a bulk action. */
    public void tickRow(String channel) {
        // clicked by script: the box is a styled div whose own click PrimeFaces listens for
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(
                        driver -> {
                            ((JavascriptExecutor) driver)
                                    .executeScript(
                                            "arguments[0].click();",
                                            rowElement(channel)
                                                    .findElement(
                                                            By.cssSelector(
                                                                    "td.ui-selection-column"
                                                                            + " .ui-chkbox-box")));
                            return true;
                        });
        awaitIdle();
    }

    public boolean hasRow(String channel) {
        return !page.findElements(rowXpath(channel)).isEmpty();
    }

    /**
     * What axe-core (the webjar on the test class path, pinned in the pom) finds on the page as it
     * stands against WCAG 2.1 A and AA and best practice, of impact serious or critical: one line
     * per rule, with how many elements and the first few of them.
     */
    public java.util.List<String> accessibilityProblems() {
        String axe;
        try (java.io.InputStream in =
                ChromiumSession.class.getResourceAsStream(
                        "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core 4.6.3 is not on the test class path");
            }
            axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        }
        JavascriptExecutor js = (JavascriptExecutor) page;
        js.executeScript(axe);
        Object found =
                js.executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a',"
                                + " 'wcag21aa', 'best-practice']}).then(r => done(r.violations"
                                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                                + ".map(v => v.id + ' (' + v.impact + ', ' + v.nodes.length + '): '"
                                + " + v.nodes.slice(0, 3).map(n => n.target.join(' '))"
                                + ".join('; ')))).catch(e => done(['axe failed: ' + e]));");
        java.util.List<String> problems = new java.util.ArrayList<>();
        if (found instanceof java.util.List<?> list) {
            list.forEach(item -> problems.add(String.valueOf(item)));
        }
        return problems;
    }

    /**
     * What the browser refused to run or load on the pages opened since the last call, because
     * their content security policy forbids it (an inline handler, an unsigned script): one line
     * per console message.
     */
    public java.util.List<String> blockedByPolicy() {
        return page.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    /** Saves what the page looks like under {@code target/screenshots/}. */
    public void shoot(String name) {
        try {
            Path shots = Files.createDirectories(Path.of("target", "screenshots"));
            Files.copy(
                    ((TakesScreenshot) page).getScreenshotAs(OutputType.FILE).toPath(),
                    shots.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        }
    }

    @Override
    public void close() {
        page.quit();
    }

    private WebElement rowElement(String channel) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(rowXpath(channel)));
    }

    private static By rowXpath(String channel) {
        return By.xpath("//tr[.//span[@class='channel-name' and text()='" + channel + "']]");
    }

    private static String executable(String name, String debianPath) {
        if (!new File(debianPath).canExecute()) {
            throw new IllegalStateException(
                    name
                            + " is missing: apt-get install -y chromium chromium-driver (Debian); .ci/run does this");
        }
        return debianPath;
    }
}
