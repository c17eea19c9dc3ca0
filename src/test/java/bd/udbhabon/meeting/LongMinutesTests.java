package bd.udbhabon.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.decision.NewDecision;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.document.Docx;
import bd.udbhabon.document.Tools;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.team.HtmlForm;
import bd.udbhabon.team.PlannedMember;
import bd.udbhabon.team.TeamFixtures;
import bd.udbhabon.team.TeamRole;
import bd.udbhabon.team.internal.ComplianceUpdater;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Minutes whose standing item 2 carries forty open decisions (issue 19): one table row taller than
 * a page. The draft previews, is circulated and issued through the pages, the paper running over
 * pages with every decision. A paper that cannot be printed (a Tamil letter typed by mistake)
 * changes nothing: the draft stays a draft, the issue form comes back as typed, no memo number or
 * register row is taken. The office is this class's own.
 */
@IntegrationTest
class LongMinutesTests {

    private static final LocalDate JANUARY = LocalDate.of(2024, 1, 15);
    private static final LocalDate FEBRUARY = LocalDate.of(2024, 2, 20);
    private static final String FILE = "41.00.0000.099.16.001.24";
    private static final String TAMIL = "த";

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
    DecisionRegister register;
    @Autowired
    Decisions decisions;

    private static String carried(int i) {
        return "চলমান সিদ্ধান্ত " + BanglaDigits.toBangla(i) + ": উপজেলা পর্যায়ের সকল দপ্তরে ই-নথি ব্যবহার নিশ্চিত করে মাসিক অগ্রগতি প্রতিবেদন পাঠাতে হবে।";
    }

    @Test
    void fortyCarriedDecisionsRunOverPagesAndAPaperThatCannotBePrintedChangesNothing() {
        long office = jdbc.sql("""
                        insert into office (level, name_bn, name_en, admin_parent_id, line_parent_id, website)
                        values ('MINISTRY', 'তথ্য ও যোগাযোগ প্রযুক্তি বিভাগ (দীর্ঘ কার্যবিবরণী)', 'ICT Division (long minutes)',
                                null, null, 'www.ictd.gov.bd') returning id""") // outside the registry's tree OfficeApiTests counts
                .query(Long.class).single();
        TeamFixtures fixtures = new TeamFixtures(jdbc, offices, compliance);
        long head = heldPost(fixtures, office, "অতিরিক্ত সচিব", "মোঃ আব্দুল করিম");
        long member = heldPost(fixtures, office, "যুগ্মসচিব", "নাসরিন সুলতানা");
        long secretary = heldPost(fixtures, office, "উপসচিব", "মোঃ রফিকুল হাসান");
        fixtures.issue(office, office, LocalDate.of(2023, 7, 1), 1, List.of(new PlannedMember(head, TeamRole.HEAD),
                new PlannedMember(member, TeamRole.MEMBER), new PlannedMember(secretary, TeamRole.MEMBER_SECRETARY)), true);
        accounts.create("ictd-ms", Role.MEMBER_SECRETARY, office);
        accounts.create("ictd-head", Role.OFFICE_ADMIN, office);
        MinutesDesk ms = new MinutesDesk(port, signedIn("ictd-ms"));
        Browsing chair = signedIn("ictd-head");
        List<Long> members = List.of(head, member, secretary);

        // January's meeting left forty decisions open.
        long january = ms.hold(office, JANUARY, "11:00", "সম্মেলন কক্ষ", List.of("ই-নথি"), members);
        accounts.as("ictd-ms", () -> {
            for (int i = 1; i <= 40; i++) {
                register.record(office, new NewDecision(january, 1, "ইনোভেশন টিমের সভা, ১৫ জানুয়ারি ২০২৪", JANUARY, "ই-নথি",
                        carried(i), null, List.of(Owner.office(office, "তথ্য ও যোগাযোগ প্রযুক্তি বিভাগ"))));
            }
            return 0;
        });

        // February's draft carries them all into item 2. A Tamil letter typed now is refused on its field
        // (shell.Inputs); one stored before that check is what makes a paper unprintable here.
        long february = ms.hold(office, FEBRUARY, "11:00", "সম্মেলন কক্ষ", List.of("ডিজিটাল সেবা"), members);
        HtmlForm form = ms.form(office, february);
        assertThat(form.value("items[1].kind")).isEqualTo("RATE");
        assertThat(form.value("items[2].kind")).isEqualTo("AGENDA");
        form.set("items[2].discussion", "ডিজিটাল সেবার অগ্রগতি নিয়ে আলোচনা হয়।").set("items[2].decisions[0].text", "সকল সেবা অনলাইনে দিতে হবে।")
                .set("items[2].decisions[0].owners[0].key", "office:" + office);
        assertThat(ms.save(form).status()).isEqualTo(302);
        long minutesId = ms.minutesId(office, february);
        storeDiscussion(minutesId, "ডিজিটাল সেবার অগ্রগতি " + TAMIL + " নিয়ে আলোচনা হয়।");
        String page = ms.user.get(ms.base(office, february)).body();
        for (int i = 1; i <= 40; i++) {
            assertThat(page).contains(carried(i));
        }

        // The preview and the circulation say which letter to change; the draft stays a draft.
        Browsing.Page preview = ms.user.get(ms.base(office, february) + "/" + minutesId + ".pdf");
        assertThat(preview.status()).isEqualTo(400);
        assertThat(preview.body()).contains("লেখায় \"" + TAMIL + "\" অক্ষরটি আছে", "অক্ষরটি খুঁজে বদলে বা মুছে আবার চেষ্টা করুন")
                .doesNotContain("Exception", "at bd.udbhabon");
        assertThat(ms.user.get(ms.base(office, february) + "/" + minutesId + ".pdf?lang=en").body())
                .contains("the text has the character \"" + TAMIL + "\" (U+0BA4)");
        ms.user.get(ms.base(office, february) + "?lang=bn"); // the language chosen is remembered
        Browsing.Page refused = ms.press(office, february, minutesId, "circulate", Map.of());
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("data-testid=\"minutes-problems\"", "\"" + TAMIL + "\" অক্ষরটি", "কিছুই পরিবর্তন বা জারি করা হয়নি");
        assertThat(status(minutesId)).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select circulated_on is null from minutes where id = ?").param(minutesId).query(Boolean.class).single()).isTrue();

        // Mended, it is circulated and approved.
        HtmlForm mended = ms.form(office, february);
        mended.set("items[2].discussion", "ডিজিটাল সেবার অগ্রগতি নিয়ে আলোচনা হয়।");
        assertThat(ms.save(mended).status()).isEqualTo(302);
        assertThat(ms.user.bytes(ms.base(office, february) + "/" + minutesId + ".pdf").status()).isEqualTo(200);
        assertThat(ms.press(office, february, minutesId, "circulate", Map.of()).status()).isEqualTo(302);
        assertThat(status(minutesId)).isEqualTo("CIRCULATED");
        assertThat(new MinutesDesk(port, chair).press(office, february, minutesId, "approve",
                Map.of("approvedOn", FEBRUARY.plusDays(5).toString())).status()).isEqualTo(302);

        // A signatory's name typed with the Tamil letter: refused on its field, the form comes back as typed.
        List<String> distribution = List.of("সচিব, তথ্য ও যোগাযোগ প্রযুক্তি বিভাগ", "ইনোভেশন টিমের সকল সদস্য");
        List<String> copies = List.of("অফিস কপি");
        Browsing.Page refusedName = ms.issue(office, february, minutesId, FILE, 41, FEBRUARY.plusDays(5),
                "মোঃ রফিকুল " + TAMIL + " হাসান", "উপসচিব", distribution, copies);
        assertThat(refusedName.status()).isEqualTo(200);
        assertThat(refusedName.body()).contains("data-testid=\"signatoryName-error\">“" + TAMIL + " (U+0BA4)” অক্ষরটি দলিলে (PDF, DOCX) ছাপা যায় না");
        assertThat(HtmlForm.on(refusedName.body(), "#minutes-issue-form").value("signatoryName")).isEqualTo("মোঃ রফিকুল " + TAMIL + " হাসান");
        assertThat(status(minutesId)).isEqualTo("APPROVED");

        HtmlForm typed = HtmlForm.on(refusedName.body(), "#minutes-issue-form");
        assertThat(typed.value("distribution").lines().toList()).isEqualTo(distribution);
        assertThat(typed.value("copies").strip()).isEqualTo("অফিস কপি");
        assertThat(typed.value("signatoryDesignation")).isEqualTo("উপসচিব");
        assertThat(typed.value("issuedOn")).isEqualTo(FEBRUARY.plusDays(5).toString());

        // The letter stored in the approved text: the issue is refused naming it, and takes nothing.
        storeDiscussion(minutesId, "ডিজিটাল সেবার অগ্রগতি " + TAMIL + " নিয়ে আলোচনা হয়।");
        Browsing.Page failed = ms.issue(office, february, minutesId, FILE, 41, FEBRUARY.plusDays(5),
                "মোঃ রফিকুল হাসান", "উপসচিব", distribution, copies);
        assertThat(failed.status()).isEqualTo(400);
        assertThat(failed.body()).contains("“" + TAMIL + " (U+0BA4)” অক্ষরটি আছে").doesNotContain("Exception", "at bd.udbhabon");
        assertThat(status(minutesId)).isEqualTo("APPROVED");
        assertThat(decisions.ofMeeting(february, FEBRUARY)).as("no register row for a paper not issued").isEmpty();

        // The text mended and the name mended on the form as it came back: issued with the file's first number, the failed try took none.
        storeDiscussion(minutesId, "ডিজিটাল সেবার অগ্রগতি নিয়ে আলোচনা হয়।");
        Browsing.Page issued = MinutesDesk.confirm(ms.user, port, typed.set("signatoryName", "মোঃ রফিকুল হাসান").submit(ms.user, port));
        assertThat(issued.status()).as(issued.body()).isEqualTo(302);
        assertThat(status(minutesId)).isEqualTo("ISSUED");
        assertThat(jdbc.sql("select memo_number from minutes where id = ?").param(minutesId).query(String.class).single())
                .isEqualTo(FILE + ".41");
        assertThat(decisions.ofMeeting(february, FEBRUARY)).hasSize(1);

        // The paper: over more than one page, every carried decision in it, in order; the DOCX too.
        byte[] pdf = ms.user.bytes(ms.base(office, february) + "/" + minutesId + ".pdf").body();
        String text = Tools.pdfText(pdf);
        try { // left to look at, as the document tests leave theirs
            Files.write(Files.createDirectories(Path.of("target/document-preview")).resolve("minutes-40-carried.pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long pages = text.chars().filter(c -> c == '\f').count(); // poppler ends every page with a form feed
        assertThat(pages).as("pages").isGreaterThan(1);
        assertThat(text).contains("পৃষ্ঠা ১ / ");
        assertThat(text.substring(0, text.indexOf('\f')).replaceAll("\\s+", ""))
                .as("item 2 starts on page 1 under item 1, not on a page of its own").contains("চলমানসিদ্ধান্ত১:");
        int at = -1;
        for (int i = 1; i <= 40; i++) {
            int found = inOrder(text, carried(i), at);
            assertThat(found).as("carried decision %d, after the one before it", i).isGreaterThan(at);
            at = found;
        }
        String docx = String.join(" ", Docx.paragraphs(Docx.open(ms.user.bytes(ms.base(office, february) + "/" + minutesId + ".docx").body())));
        at = -1;
        for (int i = 1; i <= 40; i++) {
            int found = docx.indexOf(carried(i), at + 1);
            assertThat(found).as("carried decision %d in the DOCX, in order", i).isGreaterThan(at);
            at = found;
        }
    }

    /**
     * Where {@code wanted} starts in {@code text} after {@code from}, its words in order with only
     * line breaks between them, or once a page break: where the row continues on the next page, the
     * rest of the row, the page number and the repeated header come between two of its words.
     * -1 if it is not there.
     */
    private static int inOrder(String text, String wanted, int from) {
        String[] words = wanted.split(" ");
        for (int start = text.indexOf(words[0], from + 1); start >= 0; start = text.indexOf(words[0], start + 1)) {
            int at = start + words[0].length();
            boolean pageBroken = false;
            boolean all = true;
            for (int w = 1; w < words.length && all; w++) {
                int next = text.indexOf(words[w], at);
                String between = next < 0 ? "" : text.substring(at, next);
                if (next >= 0 && !between.isBlank() && !pageBroken && between.contains("\f") && between.contains("আলোচনার")) {
                    pageBroken = true;
                } else if (next < 0 || !between.isBlank()) {
                    all = false;
                }
                at = next + words[w].length();
            }
            if (all) {
                return start;
            }
        }
        return -1;
    }

    /** Writes item 2's discussion as it could have been stored before inputs were checked for printable letters. */
    private void storeDiscussion(long minutesId, String discussion) {
        assertThat(jdbc.sql("update minutes_item set discussion_bn = ? where minutes_id = ? and kind = 'AGENDA'")
                .params(discussion, minutesId).update()).isEqualTo(1);
    }

    private String status(long minutesId) {
        return jdbc.sql("select status from minutes where id = ?").param(minutesId).query(String.class).single();
    }

    private long heldPost(TeamFixtures fixtures, long officeId, String title, String holder) {
        long post = fixtures.post(officeId, title, "OFFICER", false, null);
        long officer = jdbc.sql("insert into officer (office_id, name_bn) values (?, ?) returning id").params(officeId, holder)
                .query(Long.class).single();
        jdbc.sql("insert into holding (post_id, officer_id, held_from) values (?, ?, ?)").params(post, officer, LocalDate.of(2022, 1, 1))
                .update();
        return post;
    }

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        user.signIn(username, TestAccounts.PASSWORD);
        return user;
    }
}
