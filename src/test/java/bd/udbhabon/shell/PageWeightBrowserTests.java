package bd.udbhabon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.team.TeamFixtures;
import bd.udbhabon.team.internal.ComplianceUpdater;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17, point 2, light pages on slow links: the bytes Chromium takes off the network (DevTools' Network
 * events: every response's encoded length, headers included; nothing for what comes from its cache) for a first
 * visit with an empty cache (at most {@value #FIRST_VISIT} bytes: the page, its stylesheet, scripts and the Bangla
 * font in both weights) and for each next page (at most {@value #NEXT_PAGE} bytes: the page alone, its files coming
 * from the cache without a request), on the main page types, anonymous and signed in. Each walk starts a browser
 * with a new profile. The figures are printed and written to target/page-weight.txt (docs/modules/shell.md keeps
 * them).
 */
@IntegrationTest
class PageWeightBrowserTests {

    static final long FIRST_VISIT = 150_000;
    static final long NEXT_PAGE = 30_000;
    private static final String USER = "basail-weight";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> report = new ArrayList<>();

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OfficeDirectory offices;
    @Autowired
    ComplianceUpdater compliance;
    @Autowired
    MemoNumbering numbering;

    record Ids(long upazila) {
    }

    /** What a page cost: bytes off the network, per URL fetched, and the URLs the cache answered. */
    record Load(String path, long bytes, Map<String, Long> requests, List<String> cached) {
    }

    @BeforeAll
    static void clearReport() {
        report.clear();
    }

    @AfterAll
    static void writeReport() throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/page-weight.txt"), report);
    }

    @Test
    void firstVisitsAndNextPagesStayLight() {
        long tangail = accounts.office(OfficeLevel.DISTRICT, "Tangail");
        long basail = accounts.upazila(tangail, "Basail");
        var team = new TeamFixtures(jdbc, offices, compliance).upazilaTeam(basail, false);
        accounts.create(USER, Role.OFFICE_ADMIN, basail);
        Browsing user = new Browsing(port);
        assertThat(user.signIn(USER, TestAccounts.PASSWORD).status()).isEqualTo(302);
        user.get("/account"); // a page with a form: the CSRF token the API calls send
        String meetings = "/api/v1/offices/" + basail + "/meetings";
        long held = MeetingsByApi.meeting(user, meetings, "2026-02-10", "বাসাইল");
        MeetingsByApi.meeting(user, meetings, Dhaka.today().plusDays(20).toString(), "বাসাইল");
        String members = String.join(",", team.postIds().stream().map(p -> "{\"postId\":" + p + ",\"status\":\"PRESENT\"}").toList());
        var attended = user.json("POST", meetings + "/" + held + "/attendance", "{\"members\":[" + members + "]}");
        assertThat(attended.status()).as(attended.body()).isEqualTo(200);
        // the minutes issued, so that the register has the meeting's decision
        long minutes = MeetingsByApi.minutes(user, meetings + "/" + held + "/minutes", basail, "2026-02-12", "বাসাইল");
        long file = accounts.as(USER, () -> numbering.open(basail, "05.55.9300.025.13.002.26", "ইনোভেশন টিমের সভা", 1)).id();
        var issued = user.json("POST", meetings + "/" + held + "/minutes/" + minutes + "/issue", """
                {"memoFileId":%d,"issuedOn":"2026-02-15","signatoryName":"মোঃ রফিকুল ইসলাম",
                 "signatoryDesignation":"উপজেলা নির্বাহী অফিসার, বাসাইল","distribution":["উপজেলা ইনোভেশন টিমের সকল সদস্য"]}"""
                .formatted(file));
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        String session = user.cookie("UDBHABON_SESSION");
        assertThat(session).isNotNull();
        Ids ids = new Ids(basail);

        Function<Ids, String> home = i -> "/";
        Function<Ids, String> directory = i -> "/offices";
        Function<Ids, String> corner = i -> "/corner/" + i.upazila();
        Function<Ids, String> notifications = i -> "/notifications";
        Function<Ids, String> signIn = i -> "/login";
        Function<Ids, String> schedule = i -> "/offices/" + i.upazila() + "/meetings";
        Function<Ids, String> register = i -> "/offices/" + i.upazila() + "/decisions";
        Function<Ids, String> office = i -> "/offices/" + i.upazila();

        walk("anonymous", null, ids, home, directory, corner, notifications, signIn);
        walk("anonymous", null, ids, directory, home);
        walk("anonymous", null, ids, corner, home);
        walk("signed in", session, ids, home, schedule, register, office, corner, directory);
        walk("signed in", session, ids, schedule, register);
        walk("signed in", session, ids, register, home);
        report.forEach(System.out::println);
    }

    /** One browser with an empty cache: the first page is a first visit, every later one a next page. */
    @SafeVarargs
    private void walk(String who, String session, Ids ids, Function<Ids, String>... pages) {
        ChromeDriver browser = Browser.startRecordingNetwork(360, 800);
        try {
            if (session != null) { // on the site without loading any page's files, to hold the session's cookie
                browser.get(base() + "/actuator/health/liveness");
                browser.manage().addCookie(new Cookie.Builder("UDBHABON_SESSION", session).path("/").isHttpOnly(true).build());
            }
            network(browser); // what came before the walk does not count
            for (int i = 0; i < pages.length; i++) {
                String path = pages[i].apply(ids);
                browser.get(base() + path);
                Load load = load(browser, path);
                boolean first = i == 0;
                String line = "%-9s %-5s %-24s %,7d bytes: %s; from the cache: %d files".formatted(who, first ? "first" : "next",
                        path.replaceAll("/\\d+", "/{id}"), load.bytes(), load.requests(), load.cached().size());
                report.add(line);
                System.out.println(line);
                assertThat(browser.getCurrentUrl()).as("not sent to sign in").doesNotContain("/login?");
                if (first) {
                    assertThat(load.bytes()).as(who + ", first visit of " + path + ": " + load.requests()).isLessThanOrEqualTo(FIRST_VISIT);
                    assertThat(load.requests().keySet()).as("the page's files: stylesheet, scripts, the Bangla font")
                            .anyMatch(url -> url.matches(".*/css/udbhabon-[0-9a-f]{32}\\.css"))
                            .anyMatch(url -> url.matches(".*/fonts/NotoSansBengali-Regular-[0-9a-f]{32}\\.woff2"))
                            .anyMatch(url -> url.matches(".*/webjars/htmx\\.org/.*/htmx\\.min-[0-9a-f]{32}\\.js"));
                    assertThat(drawnWith(browser)).as("the heading is drawn in the served font, not a system one")
                            .isEqualTo("Noto Sans Bengali (served)");
                } else {
                    assertThat(load.bytes()).as(who + ", next page " + path + ": " + load.requests()).isLessThanOrEqualTo(NEXT_PAGE);
                    assertThat(load.requests().keySet()).as("only the page itself comes over the network").containsExactly(path);
                    assertThat(load.cached()).as("its files come from the cache")
                            .anyMatch(url -> url.contains("/css/udbhabon-")).anyMatch(url -> url.contains("/fonts/NotoSansBengali-"));
                }
            }
        } finally {
            browser.quit();
        }
    }

    /** Waits until the page, its fonts and every request it made are done; what they cost on the wire. */
    private Load load(ChromeDriver browser, String path) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        browser.executeAsyncScript("const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));");
        Map<String, String> urls = new LinkedHashMap<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        Set<String> finished = new java.util.HashSet<>();
        Set<String> fromCache = new java.util.HashSet<>();
        long quietSince = System.nanoTime();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            List<JsonNode> events = network(browser);
            for (JsonNode event : events) {
                String method = event.path("method").asString();
                JsonNode params = event.path("params");
                String id = params.path("requestId").asString();
                switch (method) {
                    case "Network.requestWillBeSent" -> {
                        urls.putIfAbsent(id, params.path("request").path("url").asString());
                        // a redirect's response arrives with the next request of the same id
                        bytes.merge(id, params.path("redirectResponse").path("encodedDataLength").asLong(0), Long::sum);
                    }
                    case "Network.loadingFinished" -> {
                        bytes.merge(id, params.path("encodedDataLength").asLong(0), Long::sum);
                        finished.add(id);
                    }
                    case "Network.loadingFailed" -> finished.add(id);
                    case "Network.requestServedFromCache" -> fromCache.add(id);
                    case "Network.responseReceived" -> {
                        if (params.path("response").path("fromDiskCache").asBoolean(false)) {
                            fromCache.add(id);
                        }
                    }
                    default -> {
                    }
                }
            }
            if (!events.isEmpty()) {
                quietSince = System.nanoTime();
            } else if (finished.containsAll(urls.keySet()) && System.nanoTime() - quietSince > Duration.ofMillis(400).toNanos()) {
                break;
            }
            sleep();
        }
        assertThat(finished).as(path + ": every request done").containsAll(urls.keySet());
        Map<String, Long> requests = new LinkedHashMap<>();
        List<String> cached = new ArrayList<>();
        urls.forEach((id, url) -> {
            if (fromCache.contains(id) && bytes.getOrDefault(id, 0L) == 0) {
                cached.add(url);
            } else {
                requests.merge(url.replace(base(), ""), bytes.getOrDefault(id, 0L), Long::sum);
            }
        });
        return new Load(path, requests.values().stream().mapToLong(Long::longValue).sum(), requests, cached);
    }

    /** The DevTools Network events logged since the last call. */
    private static List<JsonNode> network(ChromeDriver browser) {
        List<JsonNode> events = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if (message.path("method").asString().startsWith("Network.")) {
                events.add(message);
            }
        }
        return events;
    }

    /** The font Chromium drew the page's heading with, as DevTools reports it. */
    private static String drawnWith(ChromeDriver browser) {
        browser.executeCdpCommand("DOM.enable", Map.of());
        browser.executeCdpCommand("CSS.enable", Map.of());
        Object root = ((Map<?, ?>) browser.executeCdpCommand("DOM.getDocument", Map.of("depth", 0)).get("root")).get("nodeId");
        Object heading = browser.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", "h1")).get("nodeId");
        List<?> fonts = (List<?>) browser.executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", heading)).get("fonts");
        return fonts.stream().map(f -> (Map<?, ?>) f).filter(f -> "Noto Sans Bengali".equals(f.get("familyName")))
                .map(f -> f.get("familyName") + (Boolean.TRUE.equals(f.get("isCustomFont")) ? " (served)" : " (system)"))
                .findFirst().orElse(String.valueOf(fonts));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
