package bd.udbhabon.load;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The whole country's quarter-end (issue 14, point 11), against the packaged application on 127.0.0.1
 * (started and stopped by {@code load/run}). Offices arrive at the national rate: the 24,066 offices with
 * a plan inside a window of {@code load.window} minutes (60, 30, 15, 10); a slice of {@code load.offices}
 * of them (the first rows of the set-up's {@code offices.csv}: whole superiors' groups, shuffled) at that
 * rate is {@code offices / rate} seconds of the same load. Each office signs in (from its own address, as
 * offices do), opens its plan and its quarter's progress page, saves its 20 achievements with 2 evidence
 * files of ~200 KB, and submits the quarter's report; then its superior (already signed in, else signing
 * in once) opens its roll-up and accepts the report.
 * <p>
 * {@code load.scenario=plan} runs that against the plan's pages ({@code /offices/{o}/plans/{year}},
 * {@code …/progress/{q}}, {@code …/reports/{q}}, {@code /offices/{superior}/plan-reports[/{reportId}]}),
 * filling whatever form those pages carry ({@link HtmlForms}). {@code load.scenario=decision} is the
 * stand-in over pages that existed before them: the office page, the plan's template, a decision's progress
 * with the same 2 evidence files, and the superior's decision roll-up.
 * <p>
 * Goals, as assertions: p99 under 200 ms for every page, under 1 s for the uploads, no failed request.
 */
public class QuarterEndSimulation extends Simulation {

    static final long COUNTRY = 24_066;
    static final String BASE = System.getProperty("load.baseUrl", "http://127.0.0.1:8080");
    static final String OFFICES_FILE = System.getProperty("load.officesFile", "target/offices.csv");
    static final int OFFICES = Integer.getInteger("load.offices", 500);
    static final double WINDOW_MINUTES = Double.parseDouble(System.getProperty("load.window", "60"));
    static final String SCENARIO = System.getProperty("load.scenario", "plan");
    static final String PASSWORD = System.getProperty("load.password", "");
    static final String YEAR = System.getProperty("load.year", "2026-27");
    static final int QUARTER = Integer.getInteger("load.quarter", 2);
    static final String TODAY = System.getProperty("load.today", LocalDate.now(ZoneId.of("Asia/Dhaka")).toString());
    /** A day inside the reported quarter, for indicators measured by a day (the quarter's last). */
    static final String DAY = System.getProperty("load.day", TODAY);
    /** Seconds an officer takes between two pages (reading, typing); the same load, more sessions open at once. */
    static final int THINK = Integer.getInteger("load.think", 2);
    /**
     * A warm-up run: offices from the end of the file (never those of the measured slice), no goals. The country's
     * deadline meets a server that has run for weeks; a freshly started JVM spends a quarter of its CPU compiling.
     */
    static final boolean WARM_UP = Boolean.getBoolean("load.warmUp");

    static final double RATE = COUNTRY / (WINDOW_MINUTES * 60);
    static final Duration SLICE = Duration.ofMillis(Math.round(OFFICES / RATE * 1000));

    /** Two scans of ~200 KB each: a PDF header (uploads are typed by their content) over bytes that do not compress. */
    static final byte[] EVIDENCE_1 = scan(1, 200 * 1024);
    static final byte[] EVIDENCE_2 = scan(2, 210 * 1024);

    /** Superiors stay signed in: their session and CSRF cookies, once one office's user has signed them in. */
    static final Map<String, String[]> SUPERIORS = new ConcurrentHashMap<>();

    static final String LOGIN_FAILED = "sign-in refused";

    static byte[] scan(int seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        byte[] head = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, bytes, 0, head.length);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(tail, 0, bytes, size - tail.length, tail.length);
        return bytes;
    }

    /** Each office from an address of its own (behind the proxy on this machine), as the sign-in limit per address expects. */
    static String address(long office) {
        return "10." + (office >> 16 & 255) + "." + (office >> 8 & 255) + "." + (office & 255);
    }

    HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("bn-BD,bn;q=0.9")
            .acceptEncodingHeader("gzip")
            .header("X-Forwarded-For", "#{clientAddress}")
            .userAgentHeader("udbhabon-load/gatling")
            .disableCaching();

    static ChainBuilder signIn(String user, String name) {
        return exec(http(name + " (form)").get("/login")
                        .check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http(name).post("/login")
                        .formParam("username", user).formParam("password", PASSWORD).formParam("_csrf", "#{csrf}")
                        .disableFollowRedirect()
                        .check(status().in(302, 303),
                                header("Location").transform(l -> l.contains("/login") ? LOGIN_FAILED : "ok").is("ok")));
    }

    static ChainBuilder think() {
        return pause(Duration.ofMillis(THINK * 500L), Duration.ofMillis(THINK * 1500L));
    }

    /** After the office's own steps: its superior, signed in once and then kept, as officers keep their tab open. */
    static ChainBuilder asSuperior(String firstPage, String firstPageName) {
        return exec(flushCookieJar())
                .exec(session -> {
                    String[] kept = SUPERIORS.get(session.getString("superiorUser"));
                    return kept == null ? session.remove("superiorSession")
                            : session.set("superiorSession", kept[0]).set("superiorCsrf", kept[1]);
                })
                .doIfOrElse(session -> session.contains("superiorSession"))
                .then(exec(addCookie(Cookie("UDBHABON_SESSION", "#{superiorSession}").withPath("/")))
                        .exec(addCookie(Cookie("UDBHABON_CSRF", "#{superiorCsrf}").withPath("/")))
                        .exec(http(firstPageName).get(firstPage).check(bodyString().saveAs("page"))))
                .orElse(signIn("#{superiorUser}", "superior sign in")
                        .exec(http(firstPageName).get(firstPage).check(bodyString().saveAs("page")))
                        .exec(getCookieValue(CookieKey("UDBHABON_SESSION").saveAs("superiorSession")))
                        .exec(getCookieValue(CookieKey("UDBHABON_CSRF").saveAs("superiorCsrf")))
                        .exec(session -> {
                            SUPERIORS.putIfAbsent(session.getString("superiorUser"),
                                    new String[] {session.getString("superiorSession"), session.getString("superiorCsrf")});
                            return session;
                        }));
    }

    static ChainBuilder office() {
        return exec(session -> session.set("clientAddress", address(Long.parseLong(session.getString("office")))))
                .exec(signIn("#{user}", "sign in"))
                .exitHereIfFailed()
                .exec(http("start page").get("/"))
                .exec(think());
    }

    // ---- the stand-in over the pages that existed before the plan's

    static ChainBuilder decisionSteps() {
        return exec(http("office page").get("/offices/#{office}"))
                .exec(think())
                .exec(http("plan template").get("/offices/#{office}/plan-template?year=" + YEAR))
                .exec(think())
                .exec(http("progress page (decision)").get("/offices/#{office}/decisions/#{decision}")
                        .check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(think())
                .exec(http("save progress + 2 evidence").post("/offices/#{office}/decisions/#{decision}/progress")
                        .asMultipartForm()
                        .formParam("_csrf", "#{csrf}").formParam("reportedOn", TODAY)
                        .formParam("text", "ই-নথিতে নিষ্পত্তির হার ৯৭.৭৬%; প্রমাণক সংযুক্ত।")
                        .bodyPart(ByteArrayBodyPart("evidence", EVIDENCE_1).fileName("pramanok-1.pdf").contentType("application/pdf"))
                        .bodyPart(ByteArrayBodyPart("evidence", EVIDENCE_2).fileName("pramanok-2.pdf").contentType("application/pdf"))
                        .disableFollowRedirect()
                        .check(status().in(302, 303), header("Location").saveAs("next")))
                .exec(http("progress page after save").get("#{next}"))
                .exec(think())
                .exec(asSuperior("/offices/#{superior}/decisions/scope", "roll-up (decision scope)"));
    }

    // ---- the plan's pages (issue 14, points 3 and 5)

    static String planPath() {
        return "/offices/#{office}/plans/" + YEAR;
    }

    static ChainBuilder planSteps() {
        String progress = planPath() + "/progress/" + QUARTER;
        String report = planPath() + "/reports/" + QUARTER;
        String rollUp = "/offices/#{superior}/plan-reports?year=" + YEAR + "&quarter=" + QUARTER;
        return exec(http("plan page").get(planPath()))
                .exec(think())
                .exec(http("progress page").get(progress).check(bodyString().saveAs("page")))
                .exec(session -> fill(session, progressPath(session), a -> a.contains("/progress/" + QUARTER),
                        b -> !b.attr("value").matches("(?i).*(submit|delete|remove).*"), "save"))
                .exec(think())
                .doIfOrElse(session -> session.getBoolean("saveMultipart"))
                .then(exec(http("save progress + 2 evidence").post("#{saveAction}").asMultipartForm()
                        .formParamSeq(session -> session.<List<Map.Entry<String, Object>>>get("saveFields"))
                        .bodyPart(ByteArrayBodyPart("#{saveFile1}", EVIDENCE_1).fileName("pramanok-1.pdf").contentType("application/pdf"))
                        .bodyPart(ByteArrayBodyPart("#{saveFile2}", EVIDENCE_2).fileName("pramanok-2.pdf").contentType("application/pdf"))
                        .disableFollowRedirect()
                        .check(status().in(302, 303), header("Location").saveAs("next"))))
                .orElse(exec(http("save progress").post("#{saveAction}")
                        .formParamSeq(session -> session.<List<Map.Entry<String, Object>>>get("saveFields"))
                        .disableFollowRedirect()
                        .check(status().in(302, 303), header("Location").saveAs("next"))))
                .exec(http("progress page after save").get("#{next}"))
                .exec(think())
                .exec(http("report page").get(report).check(bodyString().saveAs("page")))
                .exec(session -> fill(session, reportPath(session), a -> a.contains("/reports/" + QUARTER),
                        b -> true, "submit"))
                .exec(think())
                .exec(http("submit report").post("#{submitAction}")
                        .formParamSeq(session -> session.<List<Map.Entry<String, Object>>>get("submitFields"))
                        .disableFollowRedirect()
                        .check(status().in(302, 303), header("Location").saveAs("next")))
                .exec(http("report page after submit").get("#{next}"))
                .exec(think())
                .exec(asSuperior(rollUp, "roll-up"))
                // from the roll-up to the office's report, which leads its superior to the review
                .exec(http("report page (superior)").get(report).check(bodyString().saveAs("page")))
                .exec(session -> HtmlForms.link(session.getString("page"),
                                Pattern.compile("/offices/" + session.getString("superior") + "/plan-reports/(\\d+)"), null)
                        .map(id -> session.remove("page").set("reportId", id)).orElseGet(() -> {
                            System.err.println("no review link for office " + session.getString("office"));
                            return session.markAsFailed();
                        }))
                .exitHereIfFailed()
                .exec(http("review page").get("/offices/#{superior}/plan-reports/#{reportId}").check(bodyString().saveAs("page")))
                .exec(session -> fill(session, "/offices/" + session.getString("superior") + "/plan-reports/" + session.getString("reportId"),
                        a -> a.contains("/plan-reports/") && !a.matches("(?i).*return.*"),
                        b -> (b.attr("name") + b.attr("value") + b.text()).matches("(?is).*(accept|গ্রহণ).*"), "accept"))
                .exec(think())
                .exec(http("accept report").post("#{acceptAction}")
                        .formParamSeq(session -> session.<List<Map.Entry<String, Object>>>get("acceptFields"))
                        .disableFollowRedirect()
                        .check(status().in(302, 303)));
    }

    static String progressPath(Session session) {
        return "/offices/" + session.getString("office") + "/plans/" + YEAR + "/progress/" + QUARTER;
    }

    static String reportPath(Session session) {
        return "/offices/" + session.getString("office") + "/plans/" + YEAR + "/reports/" + QUARTER;
    }

    /** The page's form as the officer sends it, kept in the session as {@code <key>Action}, {@code <key>Fields}, …; a page without it fails the office. */
    static Session fill(Session session, String pagePath, java.util.function.Predicate<String> action,
                        java.util.function.Predicate<org.jsoup.nodes.Element> button, String key) {
        var filled = HtmlForms.fill(session.getString("page"), pagePath, action, button, Long.parseLong(session.getString("office")), DAY);
        if (filled.isEmpty()) {
            System.err.println("no " + key + " form on " + pagePath);
            return session.markAsFailed();
        }
        var form = filled.get();
        List<String> files = form.fileInputs();
        return session.remove("page").set(key + "Action", form.action()).set(key + "Fields", new ArrayList<>(form.fields()))
                .set(key + "Multipart", form.multipart() && !files.isEmpty())
                .set(key + "File1", files.isEmpty() ? "evidence" : files.get(0))
                .set(key + "File2", files.size() > 1 ? files.get(1) : files.isEmpty() ? "evidence" : files.get(0));
    }

    /** The measured slice is the file's first rows (whole superiors' groups); a warm-up takes as many from its end. */
    static List<Map<String, Object>> slice() {
        List<Map<String, Object>> all = csv(OFFICES_FILE).readRecords();
        int n = Math.min(OFFICES, all.size());
        return new ArrayList<>(WARM_UP ? all.subList(all.size() - n, all.size()) : all.subList(0, n));
    }

    static final List<String> PAGES = SCENARIO.equals("plan")
            ? List.of("sign in (form)", "sign in", "start page", "plan page", "progress page", "progress page after save",
                    "report page", "submit report", "report page after submit", "roll-up", "report page (superior)", "review page",
                    "accept report",
                    "superior sign in (form)", "superior sign in")
            : List.of("sign in (form)", "sign in", "start page", "office page", "plan template", "progress page (decision)",
                    "progress page after save", "roll-up (decision scope)", "superior sign in (form)", "superior sign in");
    static final List<String> UPLOADS = List.of("save progress + 2 evidence");

    {
        ScenarioBuilder quarterEnd = scenario("quarter-end (" + SCENARIO + ")")
                .feed(listFeeder(slice()).queue())
                .exec(office())
                .exitHereIfFailed()
                // a failed step ends the office's visit: what follows would only fail for want of its page
                .exitBlockOnFail().on(SCENARIO.equals("plan") ? planSteps() : decisionSteps());

        List<Assertion> goals = new ArrayList<>();
        if (!WARM_UP) {
            goals.add(global().failedRequests().count().is(0L));
            for (String page : PAGES) {
                goals.add(details(page).responseTime().percentile(99.0).lt(200));
            }
            for (String upload : UPLOADS) {
                goals.add(details(upload).responseTime().percentile(99.0).lt(1000));
            }
        }
        System.out.printf((WARM_UP ? "warm-up" : "quarter-end") + ": %s, %d offices at %.2f offices/s (the country's %,d in %.0f minutes): %d s of load%n",
                SCENARIO, OFFICES, RATE, COUNTRY, WINDOW_MINUTES, SLICE.toSeconds());
        setUp(quarterEnd.injectOpen(constantUsersPerSec(RATE).during(SLICE)))
                .protocols(protocol)
                .assertions(goals)
                .maxDuration(SLICE.plus(Duration.ofMinutes(3)));
    }
}
