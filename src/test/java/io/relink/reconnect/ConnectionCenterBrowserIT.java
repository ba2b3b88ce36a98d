package io.relink.reconnect;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.Browser;
import io.relink.Deployments;
import io.relink.Http;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
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

/**
 * The Connection Center in a real browser (Debian's chromium), as a person uses it: sign in, see
 * the red channel with its cause, press Reconnect, allow on the network's consent page, come back
 * to the result and a green channel; Unlink asks first, and "Keep it" keeps it.
 *
 * <p>Needs {@code chromium} and {@code chromium-driver} (Debian packages); {@code .ci/run}
 * installs them and runs this test, {@code mvn verify} alone leaves browser tests out.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConnectionCenterBrowserIT {

    static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);
    static WebDriver browser;

    @Deployment
    static WebArchive deployment() {
        return Deployments.relink().addClasses(ReconnectFixtures.class);
    }

    @Inject ReconnectFixtures fixtures;
    @ArquillianResource URL base;

    /** In the server: the workspace with its members. */
    @Test
    @Order(1)
    void a_workspace_with_members() {
        assertThat(fixtures.workspace()).isNotNull();
    }

    @Test
    @Order(2)
    @RunAsClient
    void an_owner_reconnects_a_red_channel_in_the_browser_and_unlink_asks_first() throws Exception {
        String account = "web-" + RUN;
        String name = "Page z1-" + RUN;
        Http sandbox = new Http(new URL(base, "sandbox/"));
        Http api = new Http(base);
        assertThat(sandbox.send("PUT", "script/accounts/" + account, null,
                "{\"name\":\"Wendy Web\",\"pages\":[{\"id\":\"z1-" + RUN + "\",\"name\":\"" + name + "\"}]}").statusCode()).isEqualTo(200);
        JsonObject started = Http.json(api.send("POST", "api/v1/connections", ReconnectFixtures.KEY, "{\"network\":\"SANDBOX\"}"));
        assertThat(new Browser(base).consent(started.getString("authorizationUrl"), account, true).statusCode()).isEqualTo(200);
        String channel = Http.json(api.get("api/v1/channels?q=" + RUN, ReconnectFixtures.KEY)).getJsonArray("items").getJsonObject(0).getString("id");
        sandbox.post("script/accounts/" + account + "/password-change", null);
        assertThat(Http.json(api.post("api/v1/channels/" + channel + "/check", ReconnectFixtures.KEY)).getString("state")).isEqualTo("DISCONNECTED");

        WebDriver page = browser();
        WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(20));
        page.get(new URL(base, "center/channels.xhtml").toString());
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        page.findElement(By.id("j_username")).sendKeys("owner@reconnect.test");
        page.findElement(By.id("j_password")).sendKeys(ReconnectFixtures.PASSWORD);
        page.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/center/channels.xhtml"));

        WebElement row = row(page, name);
        assertThat(row.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Disconnected");
        assertThat(row.getText()).contains("Wendy Web changed their Sandbox password");
        row.findElement(By.xpath(".//button[contains(@id,':reconnect')]")).click();

        wait.until(ExpectedConditions.urlContains("/sandbox/oauth/authorize"));
        page.findElement(By.cssSelector("input[name=account][value='" + account + "']")).click();
        page.findElement(By.cssSelector("button[name=decision][value=allow]")).click();

        wait.until(ExpectedConditions.urlContains("/center/channels.xhtml?flow="));
        assertThat(page.findElement(By.id("outcome")).getText()).contains("Wendy Web: 1 channel reconnected.").contains(name + ": reconnected");
        assertThat(row(page, name).findElement(By.cssSelector(".badge")).getText()).isEqualTo("Connected");
        shoot(page, "connection-center-after-reconnect");

        row(page, name).findElement(By.xpath(".//button[contains(@id,':unlink')]")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertThat(dialog.getText()).contains("Unlink " + name + "?").contains("revoked").contains("history is kept");
        shoot(page, "connection-center-unlink-asks");
        dialog.findElement(By.cssSelector(".ui-confirmdialog-no")).click();
        wait.until(ExpectedConditions.invisibilityOf(dialog));
        assertThat(Http.json(api.get("api/v1/channels/" + channel, ReconnectFixtures.KEY)).getString("state")).isEqualTo("CONNECTED");

        row(page, name).findElement(By.xpath(".//button[contains(@id,':unlink')]")).click();
        wait.until(ExpectedConditions.visibilityOf(dialog));
        dialog.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actions:messages"), name + " was unlinked"));
        assertThat(Http.json(api.get("api/v1/channels/" + channel, ReconnectFixtures.KEY)).getString("state")).isEqualTo("UNLINKED");
        assertThat(page.findElements(By.xpath("//tr[.//span[@class='channel-name' and text()='" + name + "']]"))).isEmpty();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static WebElement row(WebDriver page, String name) {
        return new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[.//span[@class='channel-name' and text()='" + name + "']]")));
    }

    /** Debian's chromium, headless, through Debian's chromedriver: nothing is downloaded. */
    private static WebDriver browser() throws Exception {
        if (browser == null) {
            Path profile = Files.createTempDirectory(Path.of("target"), "chromium-");
            ChromeOptions options = new ChromeOptions().setBinary(executable("chromium", "/usr/bin/chromium"))
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--window-size=1400,1000",
                            "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(executable("chromedriver", "/usr/bin/chromedriver"))).usingAnyFreePort().build();
            browser = new ChromeDriver(service, options);
        }
        return browser;
    }

    private static String executable(String name, String debianPath) {
        if (!new File(debianPath).canExecute()) {
            throw new IllegalStateException(name + " is missing: apt-get install -y chromium chromium-driver (Debian); .ci/run does this");
        }
        return debianPath;
    }

    private static void shoot(WebDriver page, String name) throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(((TakesScreenshot) page).getScreenshotAs(OutputType.FILE).toPath(), shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
