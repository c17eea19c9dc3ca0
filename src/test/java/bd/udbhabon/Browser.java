package bd.udbhabon;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: the real browser an officer
 * uses, with nothing downloaded at test time.
 */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver start(int width, int height) {
        return start(width, height, false);
    }

    /**
     * A browser whose network events (Chrome DevTools' {@code Network.*}) can be read from its "performance" log:
     * what each request cost on the wire, or that it came from the cache. Its profile, and so its cache, is new.
     */
    public static ChromeDriver startRecordingNetwork(int width, int height) {
        return start(width, height, true);
    }

    private static ChromeDriver start(int width, int height, boolean recordNetwork) {
        String chromium = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser");
        String driver = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        var options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=" + width + "," + height, "--lang=bn");
        if (recordNetwork) {
            options.setCapability("goog:loggingPrefs", java.util.Map.of("performance", "ALL"));
        }
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(driver).toFile()).build();
        var browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        return browser;
    }

    private static String firstExisting(String... paths) {
        for (String path : paths) {
            if (Files.isExecutable(Path.of(path))) {
                return path;
            }
        }
        throw new IllegalStateException("Not installed: " + String.join(" or ", paths)
                + ". Run .ci/run once, or: apt-get install chromium chromium-driver fonts-noto-core");
    }
}
