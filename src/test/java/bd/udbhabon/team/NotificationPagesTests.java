package bd.udbhabon.team;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.people.Grade;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A Cabinet Division administrator enters the next notification through the pages, corrects the one
 * in force, and makes mistakes; a district administrator may read but not write.
 */
@IntegrationTest
@TestPropertySource(properties = NotificationPagesTests.OWN_DATABASE)
class NotificationPagesTests {

    /** These tests change the rules in force: they get an application (and a database) of their own. */
    static final String OWN_DATABASE = "udbhabon.test.context=notifications";
    private static final long NOTIFICATION_2025 = 2;

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Policies policies;
    @Autowired
    JdbcClient jdbc;

    long cabinet;
    Browsing admin;

    @BeforeEach
    void signIn() {
        cabinet = accounts.cabinetDivision();
        accounts.create("cabinet-admin", Role.OFFICE_ADMIN, cabinet);
        admin = new Browsing(port);
        admin.signIn("cabinet-admin", TestAccounts.PASSWORD);
    }

    @Test
    void anAdministratorEntersTheNextNotificationFromTheCurrentRulesAndCorrectsTheUpazilaLevel() {
        Notification current = policies.find(NOTIFICATION_2025).orElseThrow();
        long latest = policies.all().getFirst().id();
        var page = admin.get("/notifications/new");
        assertThat(page.status()).isEqualTo(200);
        var form = HtmlForm.on(page.body(), "form[action=/notifications/new]");
        assertThat(form.value("copy_from")).as("starts from the latest notification's rules").isEqualTo(Long.toString(latest));

        var created = form.set("title_bn", "ইনোভেশন টিম পুনর্গঠন সংক্রান্ত প্রজ্ঞাপন (১০.০১.২০২৭)")
                .set("title_en", "")
                .set("memo_number", "04.00.0000.833.33.002.20.150")
                .set("issued_on", "2027-01-10")
                .set("effective_from", "১৫-০১-২০২৭")
                .set("cadence", "MONTHLY")
                .set("duties", "১। সেবা প্রদান প্রক্রিয়ায় গুণগত পরিবর্তন আনয়ন;\r\n(খ) বাৎসরিক কর্মপরিকল্পনা প্রণয়ন;\r\n\r\n৩. প্রতি মাসে টিমের সভা অনুষ্ঠান।")
                .set("copy_from", Long.toString(NOTIFICATION_2025))
                .submit(admin, port);
        assertThat(created.status()).isEqualTo(302);
        long id = Long.parseLong(created.location().substring(created.location().lastIndexOf('/') + 1));

        // the upazila level: 8-10 members, and one more requirement in the first empty row
        var levelPage = admin.get("/notifications/" + id + "/levels/UPAZILA");
        assertThat(levelPage.body()).contains("value=\"উপজেলা নির্বাহী অফিসার\"", "value=\"সহকারী কমিশনার (ভূমি)\"");
        var level = HtmlForm.on(levelPage.body(), "form[data-testid=level-form]");
        assertThat(level.value("r5_description_bn")).as("an empty row after the five requirements").isEmpty();
        var saved = level.set("min_members", "৮").set("max_members", "10")
                .set("r5_description_bn", "পরিকল্পনা শাখার কর্মকর্তা")
                .set("r5_min", "১")
                .set("r5_wings", "PLANNING")
                .submit(admin, port);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/notifications/" + id + "#level-UPAZILA");

        Notification n = policies.inForce(LocalDate.of(2027, 1, 16)).orElseThrow();
        assertThat(n.id()).isEqualTo(id);
        assertThat(policies.inForce(LocalDate.of(2027, 1, 14)).orElseThrow().id()).isNotEqualTo(id);
        assertThat(n.memoNumber()).isEqualTo("০৪.০০.০০০০.৮৩৩.৩৩.০০২.২০.১৫০");
        assertThat(n.titleEn()).as("English left blank").isEqualTo(n.titleBn());
        assertThat(n.issuedOn()).isEqualTo(LocalDate.of(2027, 1, 10));
        assertThat(n.effectiveFrom()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(n.cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(n.duties()).containsExactly("সেবা প্রদান প্রক্রিয়ায় গুণগত পরিবর্তন আনয়ন;", "বাৎসরিক কর্মপরিকল্পনা প্রণয়ন;",
                "প্রতি মাসে টিমের সভা অনুষ্ঠান।");
        LevelRules upazila = n.rules(OfficeLevel.UPAZILA).orElseThrow();
        LevelRules before = current.rules(OfficeLevel.UPAZILA).orElseThrow();
        assertThat(upazila.minMembers()).isEqualTo(8);
        assertThat(upazila.maxMembers()).isEqualTo(10);
        assertThat(upazila.headGrades()).containsExactly(Grade.UPAZILA_NIRBAHI_OFFICER);
        assertThat(upazila.formingAuthority()).isEqualTo(FormingAuthority.ADMINISTRATIVE_PARENT);
        assertThat(upazila.requirements()).hasSize(6).startsWith(before.requirements().toArray(Requirement[]::new));
        assertThat(upazila.requirements().getLast()).isEqualTo(new Requirement("পরিকল্পনা শাখার কর্মকর্তা",
                "পরিকল্পনা শাখার কর্মকর্তা", 1, null, null, java.util.Set.of(bd.udbhabon.people.Wing.PLANNING), null, null, null, null));
        for (OfficeLevel other : List.of(OfficeLevel.MINISTRY, OfficeLevel.DIRECTORATE, OfficeLevel.DISTRICT)) {
            assertThat(n.rules(other)).as("copied as they were: " + other).isEqualTo(current.rules(other));
        }
        assertThat(n.rules(OfficeLevel.DIVISION)).isEmpty();
        assertThat(policies.find(NOTIFICATION_2025).orElseThrow()).as("the old one is untouched").isEqualTo(current);

        var list = admin.get("/notifications").body();
        assertThat(list).contains("ইনোভেশন টিম পুনর্গঠন সংক্রান্ত প্রজ্ঞাপন (১০.০১.২০২৭)", "০৪.০০.০০০০.৮৩৩.৩৩.০০২.২০.১৫০",
                "১৫ জানুয়ারি ২০২৭", "মাসিক");
        assertThat(list).containsPattern("data-testid=\"notification-2\">\\s*<td><a [^>]+>[^<]+</a>\\s*<br><span class=\"tag\" data-testid=\"in-force\">এখন কার্যকর");
        assertThat(list).doesNotContainPattern("data-testid=\"notification-" + id + "\">\\s*<td><a [^>]+>[^<]+</a>\\s*<br><span class=\"tag\" data-testid=\"in-force\"");

        var view = admin.get("/notifications/" + id).body();
        assertThat(view).contains("<span class=\"serial\">১।</span> সেবা প্রদান প্রক্রিয়ায়", "<span class=\"serial\">৩।</span> প্রতি মাসে",
                "৮-১০ জন", "প্রশাসনিক ঊর্ধ্বতন দপ্তর", "পদমর্যাদা: সহকারী কমিশনার (ভূমি)", "শিক্ষকতার স্তর: মাধ্যমিক",
                "বিষয়: তথ্য ও যোগাযোগ প্রযুক্তি / বিজ্ঞান", "শাখা: আইসিটি", "শাখা: পরিকল্পনা", "অন্য দপ্তরের পদ",
                "এই স্তরের জন্য প্রজ্ঞাপনে কোনো বিধান নেই");

        var trail = admin.get("/offices/" + cabinet + "/audit/notification/" + id).body();
        assertThat(trail).contains("প্রজ্ঞাপন যোগ", "প্রজ্ঞাপনের স্তরভিত্তিক বিধান সংরক্ষণ");
    }

    @Test
    void aFormWithMistakesComesBackWithBanglaMessagesAndEverythingTypedAndNothingIsSaved() {
        List<Notification> before = policies.all();
        long auditEntries = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();

        var form = HtmlForm.on(admin.get("/notifications/new").body(), "form[action=/notifications/new]");
        var rejected = form.set("title_bn", "ভুলে ভরা প্রজ্ঞাপন").set("memo_number", " ")
                .set("issued_on", "2027-03-01").set("effective_from", "2027-02-01")
                .set("duties", "১। প্রথম কাজ\n২। দ্বিতীয় কাজ").submit(admin, port);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body()).contains("স্মারক নম্বর লিখুন।", "কার্যকর হওয়ার তারিখ জারির তারিখের আগে হতে পারে না।",
                "value=\"ভুলে ভরা প্রজ্ঞাপন\"", "value=\"2027-03-01\"", "value=\"2027-02-01\"", "১। প্রথম কাজ\n২। দ্বিতীয় কাজ</textarea>");
        assertThat(HtmlForm.on(rejected.body(), "form[action=/notifications/new]").value("copy_from"))
                .isEqualTo(form.value("copy_from"));

        var levelPage = admin.get("/notifications/" + NOTIFICATION_2025 + "/levels/DISTRICT").body();
        var level = HtmlForm.on(levelPage, "form[data-testid=level-form]")
                .set("min_members", "৯").set("max_members", "৭")
                .set("r0_max", "")
                .set("r5_description_bn", "আইসিটি সেলের সদস্য").set("r5_min", "১");
        var wrong = level.submit(admin, port);
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("কিছু তথ্য ঠিক নেই", "সর্বোচ্চ সংখ্যা ন্যূনতমের চেয়ে কম হতে পারে না।",
                "শর্তে অন্তত একটি বৈশিষ্ট্য বেছে নিন");
        var back = HtmlForm.on(wrong.body(), "form[data-testid=level-form]");
        assertThat(back.value("min_members")).isEqualTo("৯");
        assertThat(back.value("max_members")).isEqualTo("৭");
        assertThat(back.value("r5_description_bn")).isEqualTo("আইসিটি সেলের সদস্য");
        assertThat(back.value("r5_min")).isEqualTo("১");
        assertThat(back.value("r0_max")).isEmpty();
        assertThat(back.values("r0_grades")).containsExactlyInAnyOrder("SENIOR_ASSISTANT_COMMISSIONER", "ASSISTANT_COMMISSIONER");
        assertThat(back.values("r4_subjects")).containsExactlyInAnyOrder("ICT", "SCIENCE");
        assertThat(back.values("head_grades")).containsExactly("ADDITIONAL_DEPUTY_COMMISSIONER");
        assertThat(wrong.body()).containsPattern("data-testid=\"r5-error\">শর্তে অন্তত একটি বৈশিষ্ট্য");

        assertThat(policies.all()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from notification").query(Long.class).single()).isEqualTo(before.size());
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(auditEntries);
    }

    @Test
    void aMemoNumberIsOneNotificationInEitherDigits() {
        var form = HtmlForm.on(admin.get("/notifications/new").body(), "form[action=/notifications/new]");
        var taken = form.set("title_bn", "একই স্মারক নম্বর").set("memo_number", "04.00.0000.833.33.002.20.100")
                .set("issued_on", "2028-01-01").set("effective_from", "2028-01-01").set("duties", "কাজ").submit(admin, port);
        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.body()).contains("এই স্মারক নম্বরের একটি প্রজ্ঞাপন আগে থেকেই আছে।");
    }

    @Test
    void correctingTheNotificationInForceJudgesTeamsAgainAndIssuedOrdersKeepTheirFindings() {
        long bogura = accounts.office(OfficeLevel.DISTRICT, "Bogura");
        long sherpur = accounts.upazila(bogura, "Sherpur");
        long order = issuedOrderWithOnlyAHead(bogura, sherpur);
        String findings = jdbc.sql("select findings::text from team_order where id = ?").param(order).query(String.class).single();
        LevelRules rules = policies.find(NOTIFICATION_2025).orElseThrow().rules(OfficeLevel.UPAZILA).orElseThrow();
        var levelPage = admin.get("/notifications/" + NOTIFICATION_2025 + "/levels/UPAZILA").body();

        var deleted = admin.post("/notifications/" + NOTIFICATION_2025 + "/levels/UPAZILA/delete", Map.of());
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(policies.find(NOTIFICATION_2025).orElseThrow().rules(OfficeLevel.UPAZILA)).isEmpty();
        assertThat(verdict(sherpur)).isEqualTo("NO_RULES/2");
        assertThat(admin.get("/notifications/" + NOTIFICATION_2025).body())
                .containsPattern("data-testid=\"level-UPAZILA\">\\s*<h3>[^<]+</h3>\\s*<p class=\"empty\">এই স্তরের জন্য প্রজ্ঞাপনে কোনো বিধান নেই");

        // entered again as they were, from the form the administrator had open
        var restored = HtmlForm.on(levelPage, "form[data-testid=level-form]").submit(admin, port);
        assertThat(restored.status()).isEqualTo(302);
        assertThat(policies.find(NOTIFICATION_2025).orElseThrow().rules(OfficeLevel.UPAZILA)).contains(rules);
        assertThat(verdict(sherpur)).isEqualTo("NOT_COMPLIANT/2");
        assertThat(jdbc.sql("select findings::text from team_compliance where office_id = ?").param(sherpur).query(String.class).single())
                .contains("৭-৯ জন মনোনীত সদস্য নেই");
        assertThat(jdbc.sql("select findings::text from team_order where id = ?").param(order).query(String.class).single())
                .isEqualTo(findings);

        var trail = admin.get("/offices/" + cabinet + "/audit/notification/" + NOTIFICATION_2025).body();
        assertThat(trail).contains("প্রজ্ঞাপনের স্তরভিত্তিক বিধান মুছে ফেলা", "প্রজ্ঞাপনের স্তরভিত্তিক বিধান সংরক্ষণ");
    }

    @Test
    void aDistrictAdministratorReadsTheNotificationsButChangesNothing() {
        long bogura = accounts.office(OfficeLevel.DISTRICT, "Bogura");
        accounts.create("bogura-admin", Role.OFFICE_ADMIN, bogura);
        var district = new Browsing(port);
        district.signIn("bogura-admin", TestAccounts.PASSWORD);
        var list = district.get("/notifications");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("ইনোভেশন টিম গঠন ও কার্যপরিধি সংশোধন সংক্রান্ত প্রজ্ঞাপন (০৬.১১.২০২৫)")
                .doesNotContain("data-testid=\"new-notification\"");
        assertThat(district.get("/notifications/" + NOTIFICATION_2025).body()).doesNotContain("data-testid=\"edit-level-");
        Notification before = policies.find(NOTIFICATION_2025).orElseThrow();
        assertThat(district.get("/notifications/new").status()).isEqualTo(403);
        assertThat(district.post("/notifications/new", Map.of("title_bn", "x", "memo_number", "y")).status()).isEqualTo(403);
        assertThat(district.get("/notifications/" + NOTIFICATION_2025 + "/levels/UPAZILA").status()).isEqualTo(403);
        assertThat(district.post("/notifications/" + NOTIFICATION_2025 + "/levels/UPAZILA/delete", Map.of()).status()).isEqualTo(403);
        assertThat(district.post("/notifications/" + NOTIFICATION_2025 + "/edit", Map.of("title_bn", "x")).status()).isEqualTo(403);
        assertThat(policies.find(NOTIFICATION_2025).orElseThrow()).isEqualTo(before);

        var english = new Browsing(port).get("/notifications/" + NOTIFICATION_2025 + "?lang=en");
        assertThat(english.status()).as("published orders: anyone may read them").isEqualTo(200);
        assertThat(english.body()).contains("Notification revising the forming of innovation teams", "7-9",
                "The administrative superior", "<span class=\"serial\">1.</span>");
    }

    /** An issued order for the upazila naming only its head, as if issued by the district (see V7 for the columns). */
    private long issuedOrderWithOnlyAHead(long district, long upazila) {
        long file = jdbc.sql("""
                        insert into memo_file (office_id, file_number, subject_bn) values (?, '05.55.1000.025.13.002.26', 'ইনোভেশন টিম')
                        returning id""").param(district).query(Long.class).single();
        jdbc.sql("insert into issued_memo (memo_number, file_id, paper) values ('05.55.1000.025.13.002.26.1', ?, 'team-order')")
                .param(file).update();
        long post = jdbc.sql("""
                        insert into post (office_id, title_bn, grade) values (?, 'উপজেলা নির্বাহী অফিসার, শেরপুর', 'UPAZILA_NIRBAHI_OFFICER')
                        returning id""").param(upazila).query(Long.class).single();
        // its paper as paper.OfficialPapers keeps one (since V66 an issued order has one, not bytes of its own)
        long paper = jdbc.sql("""
                        insert into issued_paper (office_id, memo_file_id, memo_number, issued_on, subject, signatory_name_bn, pdf, docx)
                        values (?, ?, '05.55.1000.025.13.002.26.1', date '2026-01-01', 'team-order', 'জেলা প্রশাসক', ?, ?) returning id""")
                .params(district, file, new byte[] {1}, new byte[] {1}).query(Long.class).single();
        long order = jdbc.sql("""
                        insert into team_order (office_id, forming_office_id, kind, status, effective_from, notification_id, preamble_bn,
                                                findings, compliant, justification, memo_number, issued_on, signatory_name_bn, paper_id)
                        values (?, ?, 'FORMATION', 'DRAFT', date '2026-01-01', 2, 'প্রজ্ঞাপন মোতাবেক টিম গঠন করা হলো।',
                                cast('[{"met": false, "textBn": "৭-৯ জন মনোনীত সদস্য নেই", "textEn": "7-9 nominated members: none"}]' as jsonb),
                                false, 'পরীক্ষার জন্য', '05.55.1000.025.13.002.26.1', date '2026-01-01', 'জেলা প্রশাসক', ?)
                        returning id""")
                .params(upazila, district, paper).query(Long.class).single();
        jdbc.sql("insert into team_order_member (order_id, position, post_id, role) values (?, 1, ?, 'HEAD')").params(order, post).update();
        jdbc.sql("update team_order set status = 'ISSUED' where id = ?").param(order).update();
        return order;
    }

    private String verdict(long officeId) {
        return jdbc.sql("select verdict || '/' || judged_under from team_compliance where office_id = ?").param(officeId)
                .query(String.class).single();
    }
}
