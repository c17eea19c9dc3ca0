package bd.udbhabon.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.Visit;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.team.HtmlForm;
import bd.udbhabon.team.TeamFixtures;
import bd.udbhabon.team.internal.ComplianceUpdater;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19, point 8: the minutes editor as a member-secretary writes in it (Chromium), and the agenda
 * that repeats a standing item. Sylhet's upazilas Beanibazar, Golapganj and Kanaighat are this class's own.
 */
@IntegrationTest
class MinutesEditorTests {

    /**
     * This test's 10-item minutes (each item discussed, one decision) in the editor before issue 19, at 1280 px:
     * measured by this test on the old editor (docs/modules/meeting.md).
     */
    static final int TEN_ITEMS_HEIGHT_BEFORE = 14_173;

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

    @Test
    void aTenItemMinutesIsWrittenInACompactEditorWithDecisionsAddedBeforeSaving() throws Exception {
        long sylhet = accounts.office(OfficeLevel.DISTRICT, "Sylhet");
        long beanibazar = accounts.upazila(sylhet, "Beanibazar");
        var team = new TeamFixtures(jdbc, offices, compliance).upazilaTeam(beanibazar, true);
        accounts.create("beanibazar-ms", Role.MEMBER_SECRETARY, beanibazar);
        MinutesDesk desk = new MinutesDesk(port, signedIn("beanibazar-ms"));
        List<String> agenda = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            agenda.add("উদ্ভাবনী উদ্যোগ " + i);
        }
        long meeting = desk.hold(beanibazar, LocalDate.of(2026, 1, 15), "11:00", "উপজেলা পরিষদ সভাকক্ষ", agenda, team.postIds());
        // The same minutes for the figure before and after: ten items, each discussed and decided.
        HtmlForm form = desk.form(beanibazar, meeting);
        for (int i = 0; i < 10; i++) {
            String n = "items[" + i + "]";
            form.set(n + ".discussion", ("উদ্যোগটির অগ্রগতি সভায় বিস্তারিত আলোচনা করা হয়। সংশ্লিষ্ট কর্মকর্তা জানান যে পাইলটিং "
                    + "সম্পন্ন হয়েছে এবং সেবাগ্রহীতাদের মতামত সংগ্রহ করা হচ্ছে। ").repeat(2))
                    .set(n + ".decisions[0].text", "উদ্যোগটি উপজেলার সকল ইউনিয়নে সম্প্রসারণ করতে হবে।")
                    .set(n + ".decisions[0].owners[0].key", "office:" + beanibazar).set(n + ".decisions[0].due", "2026-03-31");
        }
        assertThat(desk.save(form).status()).isEqualTo(302);
        String edit = desk.base(beanibazar, meeting) + "/edit";

        ChromeDriver browser = Browser.start(1280, 1100);
        try {
            Visit visit = new Visit(browser, port);
            visit.signIn("beanibazar-ms");
            visit.open(edit);
            long height = pageHeight(browser);
            screenshot(browser, "minutes-editor-1280.png");
            System.out.println("MINUTES-EDITOR-HEIGHT 10 items at 1280 px: " + height);
            assertThat(height).as("the editor of ten items").isLessThan(TEN_ITEMS_HEIGHT_BEFORE / 3);
            assertThat(browser.findElement(By.id("minutes-form")).getSize().getWidth()).as("the editor uses the width").isGreaterThan(1150);

            // A discussion grows with its text: nothing hidden behind a scroll bar.
            WebElement discussion = browser.findElement(By.cssSelector("[data-testid=i0-discussion]"));
            discussion.sendKeys("\nআরও আলোচনা।\nএকটি লাইন।\nআরেকটি লাইন।\nশেষ লাইন।");
            assertThat(((Number) browser.executeScript("return arguments[0].scrollHeight - arguments[0].clientHeight", discussion))
                    .intValue()).as("the discussion box shows all its lines").isLessThanOrEqualTo(2);

            // The target belongs to the activity style only; the subject is then the activity.
            assertThat(browser.findElement(By.cssSelector("[data-testid=i0-target]")).isDisplayed()).isFalse();
            browser.findElement(By.cssSelector("[data-testid=style-ACTIVITY_TABLE]")).click();
            assertThat(browser.findElement(By.cssSelector("[data-testid=i0-target]")).isDisplayed()).isTrue();
            browser.findElement(By.cssSelector("[data-testid=i0-target]")).sendKeys("৩০ জুন ২০২৬ এর মধ্যে ১৩টি ইউনিয়ন");
            browser.findElement(By.cssSelector("[data-testid=style-DECISION_TABLE]")).click();
            assertThat(browser.findElement(By.cssSelector("[data-testid=i0-target]")).isDisplayed()).isFalse();
            browser.findElement(By.cssSelector("[data-testid=style-ACTIVITY_TABLE]")).click();

            // Two more decisions under item 3 before saving; nothing typed is lost on the way.
            browser.findElement(By.cssSelector("[data-testid=i2-subject]")).sendKeys(" (সংশোধিত)");
            visit.click("[data-testid=i2-add-decision]");
            assertThat(browser.findElement(By.cssSelector("[data-testid=i2-subject]")).getAttribute("value")).isEqualTo("উদ্ভাবনী উদ্যোগ 3 (সংশোধিত)");
            assertThat(browser.findElement(By.cssSelector("[data-testid=i0-discussion]")).getAttribute("value")).endsWith("শেষ লাইন।");
            assertThat(browser.findElement(By.cssSelector("[data-testid=i0-target]")).getAttribute("value")).isEqualTo("৩০ জুন ২০২৬ এর মধ্যে ১৩টি ইউনিয়ন");
            assertThat(browser.findElement(By.cssSelector("[data-testid=style-ACTIVITY_TABLE]")).isSelected()).isTrue();
            assertThat(browser.switchTo().activeElement().getAttribute("data-testid")).as("the new slot has the cursor").isEqualTo("i2d1-text");
            browser.findElement(By.cssSelector("[data-testid=i2d1-text]")).sendKeys("একটি ভিডিও টিউটোরিয়াল তৈরি করতে হবে।");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("[data-testid=i2d1-owner-0]")))
                    .selectByValue("office:" + beanibazar);
            visit.click("[data-testid=i2-add-decision]");
            browser.findElement(By.cssSelector("[data-testid=i2d2-text]")).sendKeys("ইউনিয়ন পরিষদের সচিবদের প্রশিক্ষণ দিতে হবে।");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("[data-testid=i2d2-owner-0]")))
                    .selectByValue("office:" + beanibazar);
            visit.click("[data-testid=i2-add-decision]");
            assertThat(browser.findElements(By.cssSelector("[data-testid=i2d3-text]"))).hasSize(1);
            visit.click("[data-testid=i2d3-remove]");
            assertThat(browser.findElements(By.cssSelector("[data-testid=i2d3-text]"))).as("the empty slot removed").isEmpty();
            assertThat(browser.findElement(By.cssSelector("[data-testid=i2d1-text]")).getAttribute("value")).isEqualTo("একটি ভিডিও টিউটোরিয়াল তৈরি করতে হবে।");
            visit.click("[data-testid=save-minutes]");
            assertThat(browser.findElements(By.cssSelector("[data-testid=minutes-status]"))).as(browser.findElement(By.tagName("main")).getText())
                    .singleElement().extracting(WebElement::getText).isEqualTo("খসড়া");

            // On a phone: the same editor, no sideways scrolling.
            browser.manage().window().setSize(new Dimension(360, 800));
            visit.open(edit);
            screenshot(browser, "minutes-editor-360.png");
            assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth")).intValue())
                    .as("no sideways scroll at 360 px").isLessThanOrEqualTo(((Number) browser.executeScript(
                            "return document.documentElement.clientWidth")).intValue());
        } finally {
            browser.quit();
        }

        List<Map<String, Object>> third = jdbc.sql("""
                        select d.text_bn from minutes_decision d join minutes m on m.id = d.minutes_id
                        where m.meeting_id = ? and d.item_position = 3 order by d.position""")
                .param(meeting).query().listOfRows();
        assertThat(third).extracting(r -> r.get("text_bn")).containsExactly("উদ্যোগটি উপজেলার সকল ইউনিয়নে সম্প্রসারণ করতে হবে।",
                "একটি ভিডিও টিউটোরিয়াল তৈরি করতে হবে।", "ইউনিয়ন পরিষদের সচিবদের প্রশিক্ষণ দিতে হবে।");
    }

    /**
     * An agenda item repeating a standing item is refused once the meeting follows another (its minutes
     * will open with them), with the Bangla message on the agenda and everything typed kept; the first
     * meeting has no standing items, so the same words are an agenda item there.
     */
    @Test
    void anAgendaItemRepeatingAStandingItemIsRefusedWithTheFormAsTyped() {
        long sylhet = accounts.office(OfficeLevel.DISTRICT, "Sylhet");
        long golapganj = accounts.upazila(sylhet, "Golapganj");
        new TeamFixtures(jdbc, offices, compliance).upazilaTeam(golapganj, true);
        accounts.create("golapganj-ms", Role.MEMBER_SECRETARY, golapganj);
        Browsing ms = signedIn("golapganj-ms");
        String base = "/offices/" + golapganj + "/meetings";
        Map<String, String> fields = new LinkedHashMap<>(Map.of("chairName", "মোঃ আবদুল করিম",
                "chairDesignation", "উপজেলা নির্বাহী অফিসার, গোলাপগঞ্জ", "date", "2026-01-12", "startTime", "11:00",
                "place", "উপজেলা পরিষদ সভাকক্ষ", "onlineLink", "", "agenda[0].title", "বিগত সভার সিদ্ধান্ত বাস্তবায়নের অগ্রগতি"));
        ms.get(base + "/new");
        assertThat(Multipart.post(ms, port, base + "/new", fields, null, null).status()).as("the first meeting").isEqualTo(302);

        fields.put("date", "2026-02-16");
        fields.put("agenda[0].title", "সেবা সহজিকরণ উদ্যোগ");
        fields.put("agenda[0].presenter", "সহকারী প্রোগ্রামার");
        fields.put("agenda[1].title", "গত সভার কার্যবিবরণী দৃঢ়ীকরণ");
        ms.get(base + "/new");
        var refused = Multipart.post(ms, port, base + "/new", fields, null, null);
        assertThat(refused.status()).isEqualTo(200);
        var page = org.jsoup.Jsoup.parse(refused.body());
        assertThat(page.select("[data-testid=agenda-error]").text()).isEqualTo("\"গত সভার কার্যবিবরণী দৃঢ়ীকরণ\" আলোচ্যসূচিতে লিখবেন না: "
                + "\"গত সভার কার্যবিবরণী অনুমোদন\" কার্যবিবরণীর স্থায়ী বিষয়, যা নিজে থেকেই যুক্ত হয়। বিষয়টি মুছে দিন।");
        assertThat(page.select("input[name=\"agenda[0].title\"]").val()).isEqualTo("সেবা সহজিকরণ উদ্যোগ");
        assertThat(page.select("input[name=\"agenda[0].presenter\"]").val()).isEqualTo("সহকারী প্রোগ্রামার");
        assertThat(page.select("input[name=\"agenda[1].title\"]").val()).isEqualTo("গত সভার কার্যবিবরণী দৃঢ়ীকরণ");
        assertThat(page.select("input[name=place]").val()).isEqualTo("উপজেলা পরিষদ সভাকক্ষ");
        assertThat(page.select("input[name=date]").val()).isEqualTo("2026-02-16");
        assertThat(jdbc.sql("select count(*) from meeting where office_id = ?").param(golapganj).query(Long.class).single())
                .as("nothing saved").isEqualTo(1L);

        fields.remove("agenda[1].title");
        ms.get(base + "/new");
        assertThat(Multipart.post(ms, port, base + "/new", fields, null, null).status()).as("without it").isEqualTo(302);
    }

    /**
     * Issue 19: a character the papers cannot print (an emoji) in an item's discussion and in a decision was
     * a 400 page from {@code Inputs.clean}, everything typed lost. It is the field's error now, in the
     * page's language, beside the field that holds it; every other field comes back as typed; nothing saved.
     */
    @Test
    void aCharacterThePapersCannotPrintIsAFieldErrorWithEverythingTypedKeptAndNothingSaved() {
        long sylhet = accounts.office(OfficeLevel.DISTRICT, "Sylhet");
        long kanaighat = accounts.upazila(sylhet, "Kanaighat");
        var team = new TeamFixtures(jdbc, offices, compliance).upazilaTeam(kanaighat, true);
        accounts.create("kanaighat-ms", Role.MEMBER_SECRETARY, kanaighat);
        MinutesDesk desk = new MinutesDesk(port, signedIn("kanaighat-ms"));
        long meeting = desk.hold(kanaighat, LocalDate.of(2026, 1, 20), "11:00", "উপজেলা পরিষদ সভাকক্ষ",
                List.of("ডিজিটাল সেবা কেন্দ্র", "ই-নথি ব্যবহার"), team.postIds());
        HtmlForm form = desk.form(kanaighat, meeting);
        int first = itemNamed(form, "ডিজিটাল সেবা কেন্দ্র");
        int second = itemNamed(form, "ই-নথি ব্যবহার");
        String a = "items[" + first + "]";
        String b = "items[" + second + "]";
        String owner = "office:" + kanaighat;
        form.set("title", "কানাইঘাট উপজেলা ইনোভেশন টিমের সভার কার্যবিবরণী")
                .set("closing", "আর কোনো আলোচ্য বিষয় না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।")
                .set(a + ".discussion", "কেন্দ্রের সেবা নিয়ে আলোচনা হয় 😀 সবাই একমত হন।")
                .set(a + ".decisions[0].text", "কেন্দ্রটি প্রতিদিন খোলা রাখতে হবে 🙂")
                .set(a + ".decisions[0].owners[0].key", owner).set(a + ".decisions[0].due", "2026-03-31")
                .set(b + ".discussion", "ই-নথিতে নিষ্পত্তির হার বাড়ানোর বিষয়ে আলোচনা হয়।")
                .set(b + ".decisions[0].text", "সকল শাখায় ই-নথি ব্যবহার নিশ্চিত করতে হবে।")
                .set(b + ".decisions[0].owners[0].key", owner).set(b + ".decisions[0].due", "2026-04-30");

        var refused = desk.save(form);
        assertThat(refused.status()).as("the form again, not an error page").isEqualTo(200);
        var page = org.jsoup.Jsoup.parse(refused.body());
        String p = "i" + first;
        assertThat(page.select("[data-testid=" + p + "-discussion-error]").text())
                .isEqualTo("“😀 (U+1F600)” অক্ষরটি দলিলে (PDF, DOCX) ছাপা যায় না; অক্ষরটি মুছে দিন।");
        assertThat(page.select("[data-testid=" + p + "d0-text-error]").text())
                .isEqualTo("“🙂 (U+1F642)” অক্ষরটি দলিলে (PDF, DOCX) ছাপা যায় না; অক্ষরটি মুছে দিন।");
        assertThat(page.select("[data-testid=form-errors] li")).as("only the two fields").hasSize(2);
        assertThat(page.select(".field-error")).hasSize(2);
        // everything typed, the two refused texts included, is back where it was typed
        assertThat(page.select("input[name=title]").val()).isEqualTo("কানাইঘাট উপজেলা ইনোভেশন টিমের সভার কার্যবিবরণী");
        assertThat(page.select("textarea[name=closing]").text())
                .isEqualTo("আর কোনো আলোচ্য বিষয় না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।");
        assertThat(page.select("input[name=chairName]").val()).isNotBlank().isEqualTo(form.value("chairName"));
        assertThat(field(page, "textarea", a + ".discussion").text()).isEqualTo("কেন্দ্রের সেবা নিয়ে আলোচনা হয় 😀 সবাই একমত হন।");
        assertThat(field(page, "textarea", a + ".decisions[0].text").text()).isEqualTo("কেন্দ্রটি প্রতিদিন খোলা রাখতে হবে 🙂");
        assertThat(field(page, "select", a + ".decisions[0].owners[0].key").select("option[selected]").val()).isEqualTo(owner);
        assertThat(field(page, "input", a + ".decisions[0].due").val()).isEqualTo("2026-03-31");
        assertThat(field(page, "input", b + ".subject").val()).isEqualTo("ই-নথি ব্যবহার");
        assertThat(field(page, "textarea", b + ".discussion").text()).isEqualTo("ই-নথিতে নিষ্পত্তির হার বাড়ানোর বিষয়ে আলোচনা হয়।");
        assertThat(field(page, "textarea", b + ".decisions[0].text").text()).isEqualTo("সকল শাখায় ই-নথি ব্যবহার নিশ্চিত করতে হবে।");
        assertThat(field(page, "select", b + ".decisions[0].owners[0].key").select("option[selected]").val()).isEqualTo(owner);
        assertThat(field(page, "input", b + ".decisions[0].due").val()).isEqualTo("2026-04-30");
        assertThat(jdbc.sql("select count(*) from minutes where meeting_id = ?").param(meeting).query(Long.class).single())
                .as("nothing saved").isZero();

        // In English, the same message in English.
        desk.user.get("/?lang=en");
        var english = org.jsoup.Jsoup.parse(desk.save(form).body());
        assertThat(english.select("[data-testid=" + p + "-discussion-error]").text())
                .isEqualTo("The character “😀 (U+1F600)” cannot be printed in the documents (PDF, DOCX); please remove it.");

        // The form as it came back, the two characters taken out, saves.
        HtmlForm mended = HtmlForm.on(refused.body(), "#minutes-form")
                .set(a + ".discussion", "কেন্দ্রের সেবা নিয়ে আলোচনা হয়; সবাই একমত হন।")
                .set(a + ".decisions[0].text", "কেন্দ্রটি প্রতিদিন খোলা রাখতে হবে।");
        assertThat(desk.save(mended).status()).isEqualTo(302);
        assertThat(jdbc.sql("select d.text_bn from minutes_decision d join minutes m on m.id = d.minutes_id"
                        + " where m.meeting_id = ? order by d.item_position, d.position")
                .param(meeting).query(String.class).list())
                .containsExactly("কেন্দ্রটি প্রতিদিন খোলা রাখতে হবে।", "সকল শাখায় ই-নথি ব্যবহার নিশ্চিত করতে হবে।");
    }

    /** The number of the form's item whose subject is {@code subject}. */
    private static int itemNamed(HtmlForm form, String subject) {
        for (int i = 0; form.value("items[" + i + "].kind") != null; i++) {
            if (subject.equals(form.value("items[" + i + "].subject"))) {
                return i;
            }
        }
        throw new AssertionError("no item " + subject + " on the form");
    }

    private static org.jsoup.nodes.Element field(org.jsoup.nodes.Document page, String tag, String name) {
        var found = page.selectFirst(tag + "[name=\"" + name + "\"]");
        assertThat(found).as(name).isNotNull();
        return found;
    }

    /** The visible part of the page, left in target/screenshots for a reviewer's eye. */
    private static void screenshot(ChromeDriver browser, String name) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(dir.resolve(name), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    private static long pageHeight(ChromeDriver browser) {
        return ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
    }

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        user.signIn(username, TestAccounts.PASSWORD);
        return user;
    }
}
