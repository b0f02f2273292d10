package org.diplograph.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.diplograph.TestFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
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
 * A person's way through the pages, in Debian's headless chromium driven by Selenium against the
 * test server: home page, search 韩国, South Korea, its timeline with China, the 2024-02-06 phone call,
 * its source article. Leaves a screenshot of the timeline page in {@code target/}. Fails (does not
 * skip) when chromium or chromedriver is missing: {@code .ci/run} installs them.
 */
@QuarkusTest
class BrowserJourneyTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOT = Path.of("target/timeline-KOR-CHN.png");

    @TestHTTPResource("/")
    URL base;

    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void start() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("the end-to-end test needs Debian's chromium and chromedriver at " + CHROMIUM + " and " + CHROMEDRIVER
                        + ": apt-get install -y chromium chromium-driver (.ci/run does it)")
                .isTrue();
        for (String article : List.of(TestFixtures.SEED, "cctv-20221121.md", "cna-feedx-jekyll.md")) {
            given().header("Authorization", "Bearer test-token").contentType("text/markdown; charset=utf-8")
                    .body(TestFixtures.bytes(article)).when().post("/api/articles").then().statusCode(201);
        }
        // Never let Selenium Manager look for a driver or browser online: the paths are given.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("diplograph-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--lang=zh-CN", "--window-size=1280,1800");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 1800));
    }

    @AfterEach
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void searchKorea_followTimelineToThePhoneCallAndItsSource() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(base + "?lang=zh");
        assertThat(browser.getTitle()).contains("Diplograph");

        WebElement box = browser.findElement(By.id("home-q"));
        box.sendKeys("韩国");
        // Suggestions as you type fill the datalist from /api/suggest.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#home-suggestions option[value='韩国']")));
        box.sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.urlContains("/search"));
        browser.findElement(By.cssSelector("ul.hits a[href^='/page/country/KOR']")).click();

        wait.until(ExpectedConditions.urlContains("/page/country/KOR"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("韩国");
        browser.findElement(By.cssSelector("a.timeline-link[href*='b=CHN']")).click();

        wait.until(ExpectedConditions.urlContains("/timeline"));
        assertThat(browser.getCurrentUrl()).contains("a=KOR").contains("b=CHN");
        List<WebElement> bars = browser.findElements(By.cssSelector("#chart svg rect.bar"));
        assertThat(bars).as("bars of the chart").isNotEmpty();
        assertThat(bars.get(0).getSize().getHeight()).as("a drawn bar has a height").isGreaterThan(0);
        WebElement call = browser.findElement(By.cssSelector(".contact[data-date='2024-02-06'][data-type='PhoneCall']"));
        assertThat(call.getText()).contains("王毅").contains("赵兑烈");
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT,
                StandardCopyOption.REPLACE_EXISTING);

        call.findElement(By.cssSelector("a.event-link")).click();
        wait.until(ExpectedConditions.urlContains("/page/event/"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("041").contains("2024-02-06");
        browser.findElement(By.cssSelector("a.source-link")).click();

        wait.until(ExpectedConditions.urlContains("/page/article/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("韩国新外长赵兑烈与中国外长王毅首次通电话");
        assertThat(browser.findElement(By.id("article-url")).getAttribute("href")).startsWith("https://www.rfi.fr/cn/");
    }
}
