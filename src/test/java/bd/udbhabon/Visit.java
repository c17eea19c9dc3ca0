package bd.udbhabon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One person's visit in the browser: the steps every browser test takes, each waiting for the next page. */
public final class Visit {

    private final ChromeDriver browser;
    private final int port;

    public Visit(ChromeDriver browser, int port) {
        this.browser = browser;
        this.port = port;
    }

    public void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    public void signIn(String username) {
        signIn(username, TestAccounts.PASSWORD);
    }

    /** Signs in with a password of its own (the demo's accounts). */
    public void signIn(String username, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        click("[data-testid=login-submit]");
        assertThat(browser.findElement(By.cssSelector("[data-testid=signed-in-as]")).getText()).isEqualTo(username);
    }

    /** Clicks a link or button and waits until the next page has replaced this one. */
    public void click(String css) {
        replacedAfter(() -> browser.findElement(By.cssSelector(css)).click());
    }

    /** Follows a link by its text and waits for the next page. */
    public void follow(String linkText) {
        replacedAfter(() -> browser.findElement(By.linkText(linkText)).click());
    }

    public String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    /** Sets a date input as a date picker would (typing into one depends on the browser's locale). */
    public void setDate(String id, String isoDate) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, isoDate);
    }

    private void replacedAfter(Runnable action) {
        WebElement page = browser.findElement(By.tagName("html"));
        action.run();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(driver -> gone(page));
        // the old page may be gone while the next is still being attached: wait until it is whole
        wait.until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
    }

    /**
     * Whether the old page's element is gone. Chromium says so as a stale element, or, when the new document is
     * still being attached, as "Node … does not belong to the document" (seen in CI): both mean replaced.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }
}
