package bd.udbhabon.office;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import bd.udbhabon.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An officer on a 360 px phone finds their office in Bangla. */
@IntegrationTest
class OfficeDirectoryBrowserTests {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start(360, 800);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void freshVisit() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void drillsFromRajshahiToBoguraToItsUpazilasInBangla() {
        browser.get(url("/offices"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("bn");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("দপ্তর তালিকা");

        browser.findElement(By.cssSelector("[data-testid=divisions]")).findElement(By.partialLinkText("রাজশাহী")).click();
        assertThat(heading()).isEqualTo("বিভাগীয় কমিশনারের কার্যালয়, রাজশাহী");
        assertThat(texts(By.cssSelector("[data-testid=children] .office-name")))
                .hasSize(8).contains("বগুড়া", "পাবনা", "নওগাঁ", "রাজশাহী");

        browser.findElement(By.cssSelector("[data-testid=children]")).findElement(By.partialLinkText("বগুড়া")).click();
        assertThat(heading()).isEqualTo("জেলা প্রশাসকের কার্যালয়, বগুড়া");
        assertThat(texts(By.cssSelector(".crumbs a"))).containsExactly("দপ্তর তালিকা", "মন্ত্রিপরিষদ বিভাগ", "রাজশাহী");
        List<String> upazilas = texts(By.cssSelector("[data-testid=children] .office-name"));
        assertThat(upazilas).hasSize(12).contains("শেরপুর", "সোনাতলা", "শিবগঞ্জ");
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("১২টি অধীন দপ্তর");

        assertThat(pageFitsTheScreen()).as("no sideways scrolling at 360 px").isTrue();
    }

    @Test
    void findsDinajpurByTypingABanglaPrefix() {
        browser.get(url("/offices"));
        WebElement search = browser.findElement(By.cssSelector("[data-testid=office-search]"));
        search.sendKeys("দিনাজ");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=results]"), "দিনাজপুর"));
        List<String> found = texts(By.cssSelector("[data-testid=results] .office-name"));
        assertThat(found.getFirst()).isEqualTo("জেলা প্রশাসকের কার্যালয়, দিনাজপুর");
        assertThat(browser.getCurrentUrl()).as("the search is in the address, to share or go back to").contains("q=");

        browser.findElement(By.cssSelector("[data-testid=results]")).findElement(By.partialLinkText("দিনাজপুর")).click();
        assertThat(heading()).isEqualTo("জেলা প্রশাসকের কার্যালয়, দিনাজপুর");
        assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("www.dinajpur.gov.bd", "০৫.৫৫.২৭০০");
    }

    @Test
    void findsAnOfficeByItsEnglishNameAndSwitchesLanguage() {
        browser.get(url("/offices?q=dinaj"));
        assertThat(texts(By.cssSelector("[data-testid=results] .office-name")).getFirst())
                .isEqualTo("জেলা প্রশাসকের কার্যালয়, দিনাজপুর");
        browser.findElement(By.cssSelector("[data-testid=language-switch]")).click();
        assertThat(texts(By.cssSelector("[data-testid=results] .office-name")).getFirst())
                .isEqualTo("Deputy Commissioner's Office, Dinajpur");
        browser.get(url("/offices"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("the choice is remembered").isEqualTo("Offices");
    }

    private String heading() {
        return browser.findElement(By.cssSelector("[data-testid=office-name]")).getText();
    }

    private List<String> texts(By by) {
        return browser.findElements(by).stream().map(WebElement::getText).toList();
    }

    private boolean pageFitsTheScreen() {
        Object fits = browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(fits);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
