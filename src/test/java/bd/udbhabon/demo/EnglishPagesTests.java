package bd.udbhabon.demo;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.office.OfficeLevel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 19, point 12: a reader who chose English reads every date, count and serial of the main
 * pages in English, over the demo's data (Bangla names, Bangla memo numbers, minutes typed in Bangla).
 * What officers typed stays as typed: a piece of text (between " — ", "; " or ": ") that reads the
 * same on the Bangla page and holds more than digits and month names is theirs. Anything else with a
 * Bangla digit or month name, an ISO date or a "(s)" plural on an English page is the application's
 * and a leak.
 */
@IntegrationTest
@TestPropertySource(properties = "udbhabon.demo=true")
class EnglishPagesTests {

    private static final Pattern BANGLA_DATE_OR_DIGIT = Pattern.compile(
            "[০-৯]|জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর|বঙ্গাব্দ|খ্রিস্টাব্দ|খ্রিষ্টাব্দ|অর্থবছর");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyDateCountAndSerialOfTheMainPagesFollowsEnglish() {
        long rajshahi = accounts.office(OfficeLevel.DIVISION, "Rajshahi");
        long dinajpur = accounts.office(OfficeLevel.DISTRICT, "Dinajpur");
        long mowca = jdbc.sql("select id from office where name_bn = ?").param(DemoData.MOWCA_BN).query(Long.class).single();
        Browsing english = new Browsing(port);
        english.signIn("cabinet-reviewer", "demo-2026");
        english.get("/?lang=en");
        Browsing bangla = new Browsing(port);
        bangla.signIn("cabinet-reviewer", "demo-2026");
        Browsing secretary = new Browsing(port);
        secretary.signIn("rajshahi-ms", "demo-2026");
        secretary.get("/?lang=en");

        List<String> paths = new ArrayList<>(List.of("/", "/offices", "/notifications"));
        for (long office : List.of(rajshahi, dinajpur, mowca)) {
            String o = "/offices/" + office;
            paths.addAll(List.of(o, o + "/team", o + "/meetings", o + "/decisions", o + "/decisions/scope", o + "/decisions/assigned",
                    o + "/people", o + "/compliance", "/corner/" + office));
            for (long meeting : jdbc.sql("select id from meeting where office_id = ?").param(office).query(Long.class).list()) {
                paths.addAll(List.of(o + "/meetings/" + meeting, o + "/meetings/" + meeting + "/minutes"));
            }
            for (long decision : jdbc.sql("select id from decision where office_id = ? order by id limit 3").param(office).query(Long.class).list()) {
                paths.add(o + "/decisions/" + decision);
            }
        }
        List<String> leaks = new ArrayList<>();
        for (String path : paths) {
            leaks.addAll(leaks(english, bangla, path));
        }
        leaks.addAll(leaks(secretary, secretary, "/offices/" + rajshahi + "/meetings/new"));
        for (long meeting : jdbc.sql("select id from meeting where office_id = ?").param(rajshahi).query(Long.class).list()) {
            leaks.addAll(leaks(secretary, secretary, "/offices/" + rajshahi + "/meetings/" + meeting + "/attendance"));
        }
        assertThat(leaks).as("Bangla dates or digits, ISO dates or '(s)' plurals written by the application on English pages").isEmpty();

        // What a reader saw in Bangla before, named now in English.
        assertThat(text(english, "/")).contains(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)
                .format(bd.udbhabon.bangla.Dhaka.today()));
        assertThat(text(english, "/corner/" + rajshahi)).contains("Meeting of 17 Oct 2023 (meeting 1 of fiscal year 2023-2024)");
        long juneDecision = jdbc.sql("select min(id) from decision where office_id = ?").param(rajshahi).query(Long.class).single();
        assertThat(text(english, "/offices/" + rajshahi + "/decisions/" + juneDecision))
                .contains("Meeting of 19 June 2023", "Taken 19 June 2023", "Due 30 September 2023", "implemented (since 30 September 2023)");
        assertThat(text(english, "/offices/" + rajshahi + "/decisions")).contains("Meeting of 17 October 2023", "17 Oct 2023");
    }

    @Test
    void theEnglishTitleOfAPostIsUsedOnEnglishPages() {
        long rajshahi = accounts.office(OfficeLevel.DIVISION, "Rajshahi");
        Browsing ms = new Browsing(port);
        ms.signIn("rajshahi-ms", "demo-2026");
        ms.get("/?lang=en");
        assertThat(text(ms, "/offices/" + rajshahi + "/team")).contains("Divisional Commissioner", "Assistant Programmer")
                .doesNotContain("বিভাগীয় কমিশনার ড.");
        assertThat(text(ms, "/corner/" + rajshahi)).contains("Additional Divisional Commissioner (Development and ICT)");
        long october = jdbc.sql("select id from meeting where office_id = ? order by meeting_date desc limit 1").param(rajshahi).query(Long.class).single();
        assertThat(text(ms, "/offices/" + rajshahi + "/meetings/" + october + "/attendance")).contains("Director (Local Government)");
        ms.get("/?lang=bn");
        assertThat(text(ms, "/offices/" + rajshahi + "/team")).contains("বিভাগীয় কমিশনার", "সহকারী প্রোগ্রামার").doesNotContain("Divisional Commissioner");
    }

    /**
     * A decision keeps each owner's Bangla label as the minutes printed it; an English page names the
     * owner by the English title of its post with its office's English name, the office's English name,
     * or "Deputy Commissioners (all), …" (the decision page and the register, the own and the assigned).
     */
    @Test
    void theOwnersOfADecisionAreNamedInEnglishOnEnglishPages() {
        long rajshahi = accounts.office(OfficeLevel.DIVISION, "Rajshahi");
        long rajshahiDistrict = accounts.office(OfficeLevel.DISTRICT, "Rajshahi");
        String rajshahiEn = jdbc.sql("select name_en from office where id = ?").param(rajshahi).query(String.class).single();
        String programmerEn = jdbc.sql("select p.title_en from decision_owner o join decision d on d.id = o.decision_id join post p on p.id = o.post_id"
                + " where d.office_id = ? and o.label_bn like 'সহকারী প্রোগ্রামার%' limit 1").param(rajshahi).query(String.class).single();
        long programmers = decisionNaming(rajshahi, "সহকারী প্রোগ্রামার%");
        long districts = decisionNaming(rajshahi, "জেলা প্রশাসক (সকল)%");
        Browsing reader = new Browsing(port);
        reader.signIn("rajshahi-ms", "demo-2026");
        reader.get("/?lang=en");

        String o = "/offices/" + rajshahi + "/decisions/";
        assertThat(owners(reader, o + programmers)).contains(programmerEn + ", " + rajshahiEn);
        assertThat(owners(reader, o + districts)).contains("Deputy Commissioners (all), " + rajshahiEn);
        Document register = Jsoup.parse(reader.get("/offices/" + rajshahi + "/decisions?show=all").body());
        assertThat(register.select("[data-testid=decision-owners]")).isNotEmpty()
                .allSatisfy(cell -> assertThat(cell.text()).as("an owner in the register").doesNotContainPattern("[\\u0980-\\u09FF]"));
        assertThat(register.select("[data-testid=decision-owners]").text()).contains("Deputy Commissioners (all), " + rajshahiEn);
        Browsing reviewer = new Browsing(port);
        reviewer.signIn("cabinet-reviewer", "demo-2026");
        reviewer.get("/?lang=en");
        Document assigned = Jsoup.parse(reviewer.get("/offices/" + rajshahiDistrict + "/decisions/assigned?show=all").body());
        assertThat(assigned.select("[data-testid=decision-owners]").text()).contains("Deputy Commissioners (all), " + rajshahiEn)
                .doesNotContainPattern("[\\u0980-\\u09FF]");

        // Bangla pages (and the papers) keep the label the minutes printed.
        reader.get("/?lang=bn");
        assertThat(owners(reader, o + districts)).contains("জেলা প্রশাসক (সকল), রাজশাহী বিভাগ").doesNotContain("Deputy Commissioners");
    }

    /** The first decision of the office with an owner whose label is like {@code label}. */
    private long decisionNaming(long office, String label) {
        return jdbc.sql("select min(d.id) from decision d join decision_owner o on o.decision_id = d.id where d.office_id = ? and o.label_bn like ?")
                .params(office, label).query(Long.class).single();
    }

    private static String owners(Browsing visit, String path) {
        var page = visit.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return Jsoup.parse(page.body()).select("[data-testid=owners]").text();
    }

    private static String text(Browsing visit, String path) {
        var page = visit.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return Jsoup.parse(page.body()).body().text();
    }

    /** The texts of an English page the application wrote in Bangla (or as ISO dates, or with "(s)"). */
    private static List<String> leaks(Browsing english, Browsing bangla, String path) {
        var page = english.get(path + (path.contains("?") ? "&" : "?") + "lang=en");
        assertThat(page.status()).as(path).isEqualTo(200);
        Document englishPage = Jsoup.parse(page.body());
        Set<String> banglaTexts = new HashSet<>();
        var banglaPage = Jsoup.parse(bangla.get(path + (path.contains("?") ? "&" : "?") + "lang=bn").body());
        banglaPage.body().select("*").forEach(e -> e.textNodes().forEach(t -> banglaTexts.addAll(pieces(t.text()))));
        english.get(path + (path.contains("?") ? "&" : "?") + "lang=en"); // the language cookie back to English
        List<String> found = new ArrayList<>();
        for (var element : englishPage.body().select("*")) {
            for (TextNode node : element.textNodes()) {
                String text = node.text().strip();
                if (text.isEmpty()) {
                    continue;
                }
                boolean leak = ISO_DATE.matcher(text).find() || text.contains("(s)");
                for (String piece : pieces(text)) {
                    boolean typed = banglaTexts.contains(piece) && moreThanADate(piece);
                    leak |= BANGLA_DATE_OR_DIGIT.matcher(piece).find() && !typed;
                }
                if (leak) {
                    found.add(path + ": " + text);
                }
            }
        }
        return found;
    }

    /** The parts a page joins texts with: a label and a typed value, a source and a subject. */
    private static List<String> pieces(String text) {
        return java.util.Arrays.stream(text.strip().split(" — |; |: ")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** More than digits, month names and the calendars' names ("৮৫%", "[১.১.১] …"): what someone typed, not a date left unconverted. */
    private static boolean moreThanADate(String text) {
        return !BANGLA_DATE_OR_DIGIT.matcher(text).replaceAll("").replaceAll("[\\s.,/\\-]", "").isEmpty();
    }
}
