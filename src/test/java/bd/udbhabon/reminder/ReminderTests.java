package bd.udbhabon.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Permission;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeSearch;
import bd.udbhabon.reminder.DeadlineSource.Deadline;
import bd.udbhabon.reminder.internal.ReminderJob;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.plan.PlanFixtures;
import bd.udbhabon.plan.internal.PlanDeadlines;
import bd.udbhabon.team.TeamFixtures;
import bd.udbhabon.team.internal.ComplianceUpdater;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reminders end to end (issue 16, point 5) with a real mail server of the test (GreenMail on 127.0.0.1 and a free
 * port): the steps of a deadline each sent once (a rerun, as after a restart, and two runs at once send nothing
 * twice), the superior told when overdue, a user without an address reminded in the product only and the skip
 * recorded, a mail server down recorded and retried by the next run, the preferences, the pages; and the deadlines
 * the meeting and decision modules give. Its own application (the mail server's port is known at run time only),
 * so it uses Pabna's offices freely; a test source gives deadlines whose days the test chooses.
 */
@IntegrationTest
@Import(ReminderTests.Deadlines.class)
class ReminderTests {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("udbhabon.reminder.site-url", () -> "https://udbhabon.gov.bd");
    }

    /** The test's deadlines, as a module would give them. */
    @TestConfiguration
    static class Deadlines {
        static final List<Deadline> OPEN = new CopyOnWriteArrayList<>();

        @Bean
        DeadlineSource testDeadlines() {
            return until -> OPEN.stream().filter(d -> !d.due().isAfter(until)).toList();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OfficeDirectory offices;
    @Autowired
    ReminderJob job;
    @Autowired
    List<DeadlineSource> sources;
    @Autowired
    ComplianceUpdater compliance;
    @Autowired
    PlanFixtures planFixtures;
    @Autowired
    PlanDeadlines planCalendar;

    private final LocalDate today = Dhaka.today();

    @BeforeEach
    void clear() {
        Deadlines.OPEN.clear();
    }

    @Test
    void eachStepIsSentOnceTheSuperiorToldWhenOverdueAndNoAddressIsRemindedInTheProduct() throws Exception {
        long pabna = accounts.office(OfficeLevel.DISTRICT, "Pabna");
        long upazila = upazila(pabna, 0);
        long secretary = accounts.create("rem-ms-" + upazila, Role.MEMBER_SECRETARY, upazila);
        email(secretary, "ms-" + upazila + "@pabna.gov.bd");
        long noAddress = accounts.create("rem-noaddr-" + upazila, Role.MEMBER_SECRETARY, upazila);
        accounts.create("rem-member-" + upazila, Role.TEAM_MEMBER, upazila); // may not write: not reminded
        long head = accounts.create("rem-head-" + pabna, Role.TEAM_HEAD, pabna);
        email(head, "head-" + pabna + "@pabna.gov.bd");
        LocalDate due = today.plusDays(7);
        String key = "test-due:" + upazila + ":" + due;
        Deadlines.OPEN.add(new Deadline(key, upazila, Permission.WRITE_RECORDS, due, "পরীক্ষার কাজ", "The test's work",
                "/offices/" + upazila + "/meetings"));

        // seven days before: the two writers, one by e-mail, the other in the product only (the skip recorded)
        job.runOn(today);
        assertThat(steps(key)).containsExactly("before-7");
        assertThat(deliveries(key)).containsExactlyInAnyOrder(secretary + ":SENT", noAddress + ":NO_ADDRESS");
        MimeMessage[] first = mailsTo("ms-" + upazila + "@pabna.gov.bd");
        assertThat(first).hasSize(1);
        assertThat(first[0].getSubject()).isEqualTo("স্মরণ: পরীক্ষার কাজ");
        assertThat(body(first[0])).contains("https://udbhabon.gov.bd/offices/" + upazila + "/meetings", "আর ৭ দিন বাকি।");

        // a rerun the same day, as after a restart: nothing new
        job.runOn(today);
        assertThat(deliveries(key)).hasSize(2);
        assertThat(mailsTo("ms-" + upazila + "@pabna.gov.bd")).hasSize(1);

        // the day before, then overdue, then the superior (the district's team head) after the policy's seven days
        job.runOn(due.minusDays(1));
        job.runOn(due.plusDays(1));
        job.runOn(due.plusDays(3));
        assertThat(steps(key)).containsExactly("before-7", "before-1", "overdue");
        job.runOn(due.plusDays(7));
        job.runOn(due.plusDays(8));
        assertThat(steps(key)).containsExactly("before-7", "before-1", "overdue", "escalated");
        assertThat(mailsTo("ms-" + upazila + "@pabna.gov.bd")).hasSize(3);
        MimeMessage[] told = mailsTo("head-" + pabna + "@pabna.gov.bd");
        assertThat(told).hasSize(1);
        assertThat(told[0].getSubject()).startsWith("মেয়াদোত্তীর্ণ (").endsWith("): পরীক্ষার কাজ");
        // the superior is led to the office's page, not to a form only the office may open
        assertThat(body(told[0])).contains("https://udbhabon.gov.bd/offices/" + upazila + "\"", "ঊর্ধ্বতন দপ্তর হিসেবে আপনাকে জানানো হলো");
        assertThat(jdbc.sql("select count(*) from mail_out where purpose like 'reminder:%' and recipient like ?")
                .param("%" + upazila + "@pabna.gov.bd").query(Long.class).single()).isEqualTo(3);

        // the in-product list and the header's count of the user without an address; marking read
        Browsing user = signedIn("rem-noaddr-" + upazila);
        String page = user.get("/account/notifications").body();
        assertThat(page).contains("অনুস্মারক (৩টি অপঠিত)", "পরীক্ষার কাজ", "আপনার ই-মেইল ঠিকানা নেই, কেবল এখানে দেখানো হলো",
                "মেয়াদোত্তীর্ণ", "শেষ তারিখের ১ দিন আগে", "শেষ তারিখের ৭ দিন আগে");
        long one = jdbc.sql("select min(d.id) from reminder_delivery d where d.account_id = ?").param(noAddress).query(Long.class).single();
        assertThat(user.post("/account/notifications/" + one + "/read", Map.of()).status()).isEqualTo(302);
        assertThat(user.get("/account/notifications").body()).contains("অনুস্মারক (২টি অপঠিত)");
        // another's notification is not found
        long others = jdbc.sql("select min(d.id) from reminder_delivery d where d.account_id = ?").param(secretary).query(Long.class).single();
        assertThat(user.post("/account/notifications/" + others + "/read", Map.of()).status()).isEqualTo(404);
        assertThat(user.post("/account/notifications/read-all", Map.of()).status()).isEqualTo(302);
        assertThat(user.get("/account/notifications").body()).doesNotContain("টি অপঠিত)");
    }

    @Test
    void aMailServerDownIsRecordedAndTheNextRunSendsWhatFailed() throws Exception {
        long pabna = accounts.office(OfficeLevel.DISTRICT, "Pabna");
        long upazila = upazila(pabna, 1);
        long secretary = accounts.create("rem-down-" + upazila, Role.MEMBER_SECRETARY, upazila);
        String address = "down-" + upazila + "@pabna.gov.bd";
        email(secretary, address);
        LocalDate due = today.plusDays(1);
        String key = "test-down:" + upazila + ":" + due;
        Deadlines.OPEN.add(new Deadline(key, upazila, Permission.WRITE_RECORDS, due, "ডাক সার্ভার বন্ধের দিনের কাজ",
                "Work on the day mail is down", "/offices/" + upazila));

        mail.stop();
        try {
            ReminderJob.Outcome down = job.runOn(today);
            assertThat(down.failed()).isGreaterThanOrEqualTo(1);
        } finally {
            mail.start();
        }
        assertThat(deliveries(key)).containsExactly(secretary + ":FAILED");
        assertThat(jdbc.sql("select status from mail_out where recipient = ? order by id").param(address).query(String.class).list())
                .containsExactly("FAILED");
        // the in-product notification is there all the same
        assertThat(signedIn("rem-down-" + upazila).get("/account/notifications").body()).contains("ডাক সার্ভার বন্ধের দিনের কাজ",
                "পাঠানো যায়নি, আবার চেষ্টা করা হবে");

        job.runOn(today);
        assertThat(deliveries(key)).containsExactly(secretary + ":SENT");
        assertThat(mailsTo(address)).hasSize(1);
        assertThat(jdbc.sql("select status from mail_out where recipient = ? order by id").param(address).query(String.class).list())
                .containsExactly("FAILED", "SENT");
        job.runOn(today);
        assertThat(mailsTo(address)).hasSize(1);
    }

    @Test
    void twoRunsAtOnceSendEachStepOnce() throws Exception {
        long pabna = accounts.office(OfficeLevel.DISTRICT, "Pabna");
        long upazila = upazila(pabna, 2);
        String address = "twice-" + upazila + "@pabna.gov.bd";
        email(accounts.create("rem-twice-" + upazila, Role.MEMBER_SECRETARY, upazila), address);
        for (int i = 0; i < 20; i++) {
            LocalDate due = today.plusDays(i % 7);
            Deadlines.OPEN.add(new Deadline("test-twice:" + upazila + ":" + i, upazila, Permission.WRITE_RECORDS, due,
                    "একসঙ্গে দুই নোডের কাজ " + i, "Two nodes' work " + i, "/offices/" + upazila));
        }
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ReminderJob.Outcome>> runs = List.of(
                    nodes.submit(() -> { start.await(); return job.runOn(today); }),
                    nodes.submit(() -> { start.await(); return job.runOn(today); }));
            start.countDown();
            int taken = 0;
            for (Future<ReminderJob.Outcome> run : runs) {
                taken += run.get().stepsTaken();
            }
            assertThat(taken).isGreaterThanOrEqualTo(20); // the other sources' steps besides, if any
        } finally {
            nodes.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from reminder_step where deadline_key like ?").param("test-twice:" + upazila + ":%")
                .query(Long.class).single()).isEqualTo(20);
        assertThat(mailsTo(address)).hasSize(20);
    }

    @Test
    void aUserWhoTurnsAKindsEmailOffIsRemindedInTheProductOnly() throws Exception {
        long pabna = accounts.office(OfficeLevel.DISTRICT, "Pabna");
        long upazila = upazila(pabna, 3);
        long secretary = accounts.create("rem-pref-" + upazila, Role.MEMBER_SECRETARY, upazila);
        String address = "pref-" + upazila + "@pabna.gov.bd";
        email(secretary, address);
        Browsing user = signedIn("rem-pref-" + upazila);
        assertThat(user.get("/account/notifications/preferences").body()).contains("কর্মপরিধি অনুযায়ী টিমের সভা", "name=\"emailOn\"");
        assertThat(user.post("/account/notifications/preferences", Map.of("kinds", "test-pref")).status()).isEqualTo(302);
        // a kind the page did not offer is not stored
        assertThat(jdbc.sql("select count(*) from reminder_preference where account_id = ?").param(secretary).query(Long.class).single()).isZero();
        assertThat(user.post("/account/notifications/preferences", Map.of("kinds", "meeting-due")).status()).isEqualTo(302);
        assertThat(user.get("/account/notifications/preferences").body()).contains("data-testid=\"email-meeting-due\"")
                .doesNotContain("value=\"meeting-due\" checked");

        LocalDate due = today.plusDays(3);
        Deadlines.OPEN.add(new Deadline("meeting-due:" + upazila + ":test", upazila, Permission.WRITE_RECORDS, due,
                "পছন্দের সভা", "A meeting", "/offices/" + upazila));
        job.runOn(today);
        assertThat(deliveries("meeting-due:" + upazila + ":test")).containsExactly(secretary + ":EMAIL_OFF");
        assertThat(mailsTo(address)).isEmpty();
    }

    @Test
    void theCabinetDivisionSetsThePolicyAndABadFormKeepsWhatWasTyped() {
        long cd = accounts.cabinetDivision();
        accounts.create("rem-cd-admin", Role.OFFICE_ADMIN, cd);
        Browsing admin = signedIn("rem-cd-admin");
        assertThat(admin.get("/reminder-policy").body()).contains("value=\"৭, ১\"");
        var refused = admin.post("/reminder-policy", Map.of("daysBefore", "সাত", "escalateAfterDays", "৯১"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("value=\"সাত\"", "value=\"৯১\"", "এক থেকে পাঁচটি দিনের সংখ্যা লিখুন",
                "১ থেকে ৯০-এর মধ্যে একটি দিনের সংখ্যা লিখুন।");
        assertThat(admin.post("/reminder-policy", Map.of("daysBefore", "১০, ৩, ১", "escalateAfterDays", "৫")).status()).isEqualTo(302);
        assertThat(admin.get("/reminder-policy").body()).contains("value=\"১০, ৩, ১\"", "value=\"৫\"");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'reminder-policy.saved'").query(Long.class).single()).isEqualTo(1);
        // back to the default for the other tests
        assertThat(admin.post("/reminder-policy", Map.of("daysBefore", "7, 1", "escalateAfterDays", "7")).status()).isEqualTo(302);
        // a district's administrator may not
        long pabna = accounts.office(OfficeLevel.DISTRICT, "Pabna");
        accounts.create("rem-district-admin", Role.OFFICE_ADMIN, pabna);
        assertThat(signedIn("rem-district-admin").get("/reminder-policy").status()).isEqualTo(403);
    }

    @Test
    void theMeetingDueByTheCadenceAndADecisionsDueDayAreDeadlines() {
        long sirajganj = accounts.office(OfficeLevel.DISTRICT, "Sirajganj");
        long upazila = upazila(sirajganj, 0);
        new TeamFixtures(jdbc, offices, compliance).upazilaTeam(upazila, true); // quarterly, since 1 December 2025
        LocalDate quarterEnd = bd.udbhabon.bangla.FiscalYear.of(today).quarterEnd(bd.udbhabon.bangla.FiscalYear.of(today).quarterOf(today));
        LocalDate due = today.plusDays(3);
        long decision = jdbc.sql("""
                        insert into decision (office_id, taken_on, subject_bn, text_bn, due_on) values (?, ?, ?, ?, ?) returning id""")
                .params(sirajganj, today.minusDays(20), "ই-নথি চালু", "উপজেলায় ই-নথি চালু করতে হবে।", due).query(Long.class).single();
        jdbc.sql("insert into decision_owner (decision_id, position, office_id, label_bn) values (?, 1, ?, 'উপজেলা')")
                .params(decision, upazila).update();

        List<String> keys = open(today.plusDays(120));
        assertThat(keys).contains("meeting-due:" + upazila + ":" + quarterEnd, "decision-due:" + upazila + ":" + decision + ":" + due);
        // the quarter before ended without a meeting: overdue, to be escalated
        LocalDate previousEnd = quarterEnd.minusMonths(3).withDayOfMonth(quarterEnd.minusMonths(3).lengthOfMonth());
        assertThat(keys).contains("meeting-due:" + upazila + ":" + previousEnd);
        // not yet within reach: the decision's day is asked for only when near
        assertThat(open(today.plusDays(1))).doesNotContain("decision-due:" + upazila + ":" + decision + ":" + due);

        // implemented by the upazila: no longer a deadline
        jdbc.sql("""
                        insert into decision_status (decision_id, status, since, office_id, for_office_id) values (?, 'IMPLEMENTED', ?, ?, ?)""")
                .params(decision, today, upazila, upazila).update();
        assertThat(open(today.plusDays(120))).doesNotContain("decision-due:" + upazila + ":" + decision + ":" + due);
    }

    @Test
    void aDraftPlanIsToBeApprovedAndAnApprovedPlansQuarterlyReportsAreDue() {
        long bogura = accounts.office(OfficeLevel.DISTRICT, "Bogura");
        long office = planFixtures.office(OfficeLevel.UPAZILA, bogura, null);
        FiscalYear year = FiscalYear.of(today);
        var plan = planFixtures.plan(office, year);
        String approval = "plan-approval:" + office + ":" + year.shortLabelLatin();
        assertThat(open(year.start().plusDays(31))).contains(approval);

        planFixtures.issueBySql(plan);
        // the quarters due ahead, or in the last thirty days, until submitted
        List<String> keys = open(today.plusDays(200));
        assertThat(keys).doesNotContain(approval);
        for (int q = 1; q <= 4; q++) {
            LocalDate due = planCalendar.quarter(year, q).submitBy(year);
            String key = "plan-report:" + office + ":" + year.shortLabelLatin() + ":" + q;
            if (!due.isBefore(today.minusDays(30)) && !due.isAfter(today.plusDays(200))) {
                assertThat(keys).as("quarter %d due %s", q, due).contains(key);
            } else {
                assertThat(keys).as("quarter %d due %s", q, due).doesNotContain(key);
            }
        }
    }

    private List<String> open(LocalDate until) {
        return sources.stream().flatMap(s -> s.open(until).stream()).map(Deadline::key).toList();
    }

    private long upazila(long districtId, int index) {
        return offices.search(new OfficeSearch(OfficeLevel.UPAZILA, districtId, null, 0, 100)).items().get(index).id();
    }

    private void email(long accountId, String address) {
        jdbc.sql("update account set email = ? where id = ?").params(address, accountId).update();
    }

    private List<String> steps(String key) {
        return jdbc.sql("select step from reminder_step where deadline_key = ? order by id").param(key).query(String.class).list();
    }

    private List<String> deliveries(String key) {
        return jdbc.sql("""
                        select d.account_id || ':' || d.status from reminder_delivery d join reminder_step s on s.id = d.step_id
                         where s.deadline_key = ? order by d.id""").param(key).query(String.class).list();
    }

    private static MimeMessage[] mailsTo(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    /** The message's text parts, decoded. */
    private static String body(jakarta.mail.Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(body(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return content instanceof String text ? text : "";
    }

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        assertThat(user.signIn(username, TestAccounts.PASSWORD).status()).isEqualTo(302);
        user.get("/account");
        return user;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
