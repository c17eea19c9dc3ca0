package bd.udbhabon.decision;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.office.OfficeLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19, point 3: a decision of the Rajshahi divisional team given to "জেলা প্রশাসক (সকল), রাজশাহী
 * বিভাগ". Each of the eight districts keeps its own status, progress and evidence; the decision is
 * implemented when all eight are, or when the division closes it as a whole; the division sees the
 * eight, a district only its own; rates count the decision once, and decisions not yet due apart.
 */
@IntegrationTest
class GroupDecisionTests {

    private static final LocalDate JUNE = LocalDate.of(2023, 6, 19);
    private static final String EVERY_DC = "জেলা প্রশাসক (সকল), রাজশাহী বিভাগ";
    private static final List<String> DISTRICTS = List.of("Sirajganj", "Pabna", "Bogura", "Rajshahi", "Natore", "Joypurhat",
            "Chapainawabganj", "Naogaon");
    private static final byte[] PDF = "%PDF-1.4\n% bogura evidence\n".getBytes(StandardCharsets.US_ASCII);
    /** Each test's own meeting number (the tests share the division). */
    private static long nextMeeting = 910_000; // meeting numbers no other test in this context uses

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Decisions decisions;
    @Autowired
    DecisionRegister register;
    @Autowired
    JdbcClient jdbc;

    long division;
    final Map<String, Long> district = new LinkedHashMap<>();

    @BeforeEach
    void accounts() {
        division = accounts.office(OfficeLevel.DIVISION, "Rajshahi");
        accounts.create("rajshahi-div-ms", Role.MEMBER_SECRETARY, division);
        for (String place : DISTRICTS) {
            long id = accounts.office(OfficeLevel.DISTRICT, place);
            district.put(place, id);
            accounts.create("group-" + place.toLowerCase() + "-dc", Role.OFFICE_ADMIN, id);
        }
        accounts.create("group-cabinet-reader", Role.AUDITOR, accounts.cabinetDivision());
    }

    @Test
    void oneDistrictImplementsOnlyItsOwnEntryAndTheDecisionWaitsForAllEight() {
        long meeting = nextMeeting++;
        long decision = toEveryDistrict(meeting, "প্রত্যেক জেলায় ইনোভেশন কর্নার হালনাগাদ করতে হবে।", LocalDate.of(2023, 9, 30));
        assertThat(decisions.offices(decision, Dhaka.today())).extracting(OfficeStatus::officeId)
                .containsExactlyInAnyOrderElementsOf(district.values());

        // Bogura reports progress with evidence and marks its part implemented, from its own page.
        long bogura = district.get("Bogura");
        Browsing dc = signedIn("group-bogura-dc");
        var reported = dc.multipart("/offices/" + bogura + "/decisions/" + decision + "/progress",
                Map.of("reportedOn", "2023-08-10", "text", "বগুড়ায় কর্নার হালনাগাদ হয়েছে।"),
                List.of(new Browsing.Upload("evidence", "বগুড়া-প্রতিবেদন.pdf", "application/pdf", PDF)));
        assertThat(reported.status()).as(reported.body()).isEqualTo(302);
        var marked = dc.post("/offices/" + bogura + "/decisions/" + decision + "/status",
                Map.of("status", "IMPLEMENTED", "since", "2023-08-10", "reason", ""));
        assertThat(marked.status()).as(marked.body()).isEqualTo(302);

        Decision now = decisions.find(decision, Dhaka.today()).orElseThrow();
        assertThat(now.status()).as("one district of eight is not the decision").isEqualTo(DecisionStatus.IN_PROGRESS);
        assertThat(decisions.offices(decision, Dhaka.today())).filteredOn(o -> o.status() == DecisionStatus.IMPLEMENTED)
                .extracting(OfficeStatus::officeId).containsExactly(bogura);
        assertThat(meetingRate(meeting, LocalDate.of(2023, 10, 17)).text(true))
                .isEqualTo("১টি সিদ্ধান্তের মধ্যে ০টি বাস্তবায়িত; বাস্তবায়নের হার ০%");

        // Bogura's list of decisions to implement shows its part done; Pabna's shows its own not started.
        assertThat(decisions.assignedTo(bogura, Dhaka.today())).filteredOn(d -> d.id() == decision).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DecisionStatus.IMPLEMENTED));
        assertThat(decisions.assignedTo(district.get("Pabna"), Dhaka.today())).filteredOn(d -> d.id() == decision).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DecisionStatus.NOT_STARTED));
        assertThat(dc.get("/offices/" + bogura + "/decisions/assigned?show=closed").body())
                .contains("প্রত্যেক জেলায় ইনোভেশন কর্নার হালনাগাদ করতে হবে।");
        // The division's register lists it as still open, as the grid below says.
        Browsing divisionMs = signedIn("rajshahi-div-ms");
        assertThat(divisionMs.get("/offices/" + division + "/decisions?show=open").body())
                .contains("প্রত্যেক জেলায় ইনোভেশন কর্নার হালনাগাদ করতে হবে।");
        assertThat(divisionMs.get("/offices/" + division + "/decisions?show=closed").body())
                .doesNotContain("প্রত্যেক জেলায় ইনোভেশন কর্নার হালনাগাদ করতে হবে।");

        // The division sees the eight, Bogura's progress day and evidence among them.
        String grid = signedIn("rajshahi-div-ms").get("/offices/" + division + "/decisions/" + decision).body();
        assertThat(grid).contains("৮টি দপ্তরের মধ্যে ১টি বাস্তবায়ন করেছে", "বগুড়া-প্রতিবেদন.pdf", "১০ আগস্ট ২০২৩");
        assertThat(count(grid, "data-testid=\"office-entry\"")).isEqualTo(8);
        assertThat(count(grid, "data-status=\"IMPLEMENTED\"")).isEqualTo(1);
        assertThat(count(grid, "data-status=\"NOT_STARTED\"")).isEqualTo(7);

        // Pabna sees its own entry, not started, and nothing of Bogura's.
        long pabna = district.get("Pabna");
        String own = signedIn("group-pabna-dc").get("/offices/" + pabna + "/decisions/" + decision).body();
        assertThat(count(own, "data-testid=\"office-entry\"")).isEqualTo(1);
        assertThat(own).contains("data-office=\"" + pabna + "\" data-status=\"NOT_STARTED\"")
                .doesNotContain("বগুড়া-প্রতিবেদন.pdf", "বগুড়ায় কর্নার হালনাগাদ হয়েছে।");
        long evidence = decisions.progress(decision).getFirst().evidence().getFirst().id();
        assertThat(signedIn("group-pabna-dc").bytes("/offices/" + pabna + "/decisions/" + decision + "/evidence/" + evidence).status())
                .as("nor Bogura's evidence by its number").isEqualTo(404);
        assertThat(signedIn("rajshahi-div-ms").bytes("/offices/" + division + "/decisions/" + decision + "/evidence/" + evidence).body())
                .isEqualTo(PDF);

        // The other seven, one by one; the decision is implemented on the day the last one is.
        int day = 1;
        for (String place : DISTRICTS) {
            if (!place.equals("Bogura")) {
                LocalDate on = LocalDate.of(2023, 9, day++);
                accounts.as("group-" + place.toLowerCase() + "-dc", () -> {
                    register.changeStatus(decision, district.get(place), DecisionStatus.IMPLEMENTED, on, null);
                    return 0;
                });
            }
        }
        assertThat(decisions.find(decision, LocalDate.of(2023, 9, 6)).orElseThrow().status())
                .as("seven of eight on 6 September").isEqualTo(DecisionStatus.IN_PROGRESS);
        Decision all = decisions.find(decision, LocalDate.of(2023, 9, 7)).orElseThrow();
        assertThat(all.status()).isEqualTo(DecisionStatus.IMPLEMENTED);
        assertThat(all.statusSince()).isEqualTo(LocalDate.of(2023, 9, 7));
        assertThat(meetingRate(meeting, LocalDate.of(2023, 10, 17)).text(true))
                .isEqualTo("১টি সিদ্ধান্তের মধ্যে ১টি বাস্তবায়িত; বাস্তবায়নের হার ১০০%");
        assertThat(meetingRate(meeting, LocalDate.of(2023, 8, 31)).text(true)).as("before its due day, Bogura alone done")
                .isEqualTo("১টি সিদ্ধান্তের মধ্যে ১টির মেয়াদ আসেনি, ০টি বাস্তবায়িত; বাস্তবায়নের হার —");
        assertThat(signedIn("rajshahi-div-ms").get("/offices/" + division + "/decisions/" + decision).body())
                .contains("৮টি দপ্তরের মধ্যে ৮টি বাস্তবায়ন করেছে");
    }

    @Test
    void theDecidingOfficeClosesTheDecisionForEveryOffice() {
        long meeting = nextMeeting++;
        long dropped = toEveryDistrict(meeting, "জেলা পর্যায়ে ড্রোন জরিপ চালু করতে হবে।", LocalDate.of(2023, 9, 30));
        long closed = toEveryDistrict(meeting, "জেলা ওয়েব পোর্টালে সেবা বক্স হালনাগাদ করতে হবে।", LocalDate.of(2023, 9, 30));
        long bogura = district.get("Bogura");
        long pabna = district.get("Pabna");
        accounts.as("group-bogura-dc", () -> {
            register.changeStatus(closed, bogura, DecisionStatus.IMPLEMENTED, LocalDate.of(2023, 8, 1), null);
            return 0;
        });

        Browsing ms = signedIn("rajshahi-div-ms");
        var drop = ms.post("/offices/" + division + "/decisions/" + dropped + "/status",
                Map.of("forOffice", "all", "status", "DROPPED", "since", "2023-09-01", "reason", "বাজেট বরাদ্দ পাওয়া যায়নি"));
        assertThat(drop.status()).as(drop.body()).isEqualTo(302);
        var implement = ms.post("/offices/" + division + "/decisions/" + closed + "/status",
                Map.of("forOffice", "all", "status", "IMPLEMENTED", "since", "2023-09-15", "reason", "বিভাগীয় পর্যায়ে সম্পন্ন"));
        assertThat(implement.status()).as(implement.body()).isEqualTo(302);

        assertThat(decisions.find(dropped, Dhaka.today()).orElseThrow().status()).isEqualTo(DecisionStatus.DROPPED);
        assertThat(decisions.find(closed, Dhaka.today()).orElseThrow().status()).isEqualTo(DecisionStatus.IMPLEMENTED);
        assertThat(decisions.offices(closed, Dhaka.today())).hasSize(8)
                .allSatisfy(o -> assertThat(o.status()).isEqualTo(DecisionStatus.IMPLEMENTED));
        assertThat(decisions.offices(dropped, Dhaka.today())).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(DecisionStatus.DROPPED);
            assertThat(o.ruling()).isTrue();
        });
        assertThat(meetingRate(meeting, LocalDate.of(2023, 10, 17)).text(true))
                .isEqualTo("২টি সিদ্ধান্তের মধ্যে ১টি বাদ, ১টি বাস্তবায়িত; বাস্তবায়নের হার ১০০%");
        assertThat(meetingRate(meeting, LocalDate.of(2023, 9, 10)).text(true)).as("between the rulings, Bogura alone on the second")
                .isEqualTo("২টি সিদ্ধান্তের মধ্যে ১টি বাদ, ১টির মেয়াদ আসেনি, ০টি বাস্তবায়িত; বাস্তবায়নের হার —");

        // Closed as a whole, a district cannot reopen its part; the form says why and keeps the page.
        var refused = signedIn("group-pabna-dc").post("/offices/" + pabna + "/decisions/" + dropped + "/status",
                Map.of("status", "IN_PROGRESS", "since", "2023-09-20", "reason", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("সিদ্ধান্ত গ্রহণকারী দপ্তর সিদ্ধান্তটি সকল দপ্তরের জন্য নিষ্পত্তি করেছে");
        assertThat(decisions.find(dropped, Dhaka.today()).orElseThrow().status()).isEqualTo(DecisionStatus.DROPPED);

        // Reopened as a whole, every district's entry is open again, Bogura's too.
        var reopened = ms.post("/offices/" + division + "/decisions/" + closed + "/status",
                Map.of("forOffice", "all", "status", "IN_PROGRESS", "since", "2023-11-01", "reason", "সেবা বক্স আবার অসম্পূর্ণ"));
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(302);
        assertThat(decisions.offices(closed, Dhaka.today())).allSatisfy(o -> assertThat(o.status()).isEqualTo(DecisionStatus.IN_PROGRESS));
        assertThat(decisions.find(closed, LocalDate.of(2023, 10, 17)).orElseThrow().status()).as("as October saw it")
                .isEqualTo(DecisionStatus.IMPLEMENTED);
    }

    @Test
    void decisionsNotYetDueStandApartFromOverdueOnesInEveryRate() {
        long meeting = nextMeeting++;
        LocalDate taken = Dhaka.today().minusDays(40);
        long overdue = record(meeting, 1, taken, "মেয়াদোত্তীর্ণ সিদ্ধান্ত", Dhaka.today().minusDays(10));
        long notYetDue = record(meeting, 2, taken, "এখনও সময় আছে এমন সিদ্ধান্ত", Dhaka.today().plusDays(30));
        long done = record(meeting, 3, taken, "আগেভাগে বাস্তবায়িত সিদ্ধান্ত", Dhaka.today().plusDays(30));
        accounts.as("rajshahi-div-ms", () -> {
            register.changeStatus(done, division, DecisionStatus.IMPLEMENTED, Dhaka.today(), null);
            return 0;
        });

        Rate rate = meetingRate(meeting, Dhaka.today());
        assertThat(rate.notYetDue()).isEqualTo(1);
        assertThat(rate.due()).isEqualTo(2);
        assertThat(rate.text(true)).isEqualTo("৩টি সিদ্ধান্তের মধ্যে ১টির মেয়াদ আসেনি, ১টি বাস্তবায়িত; বাস্তবায়নের হার ৫০%");
        assertThat(rate.minutesSentenceBn()).isEqualTo("৩টি সিদ্ধান্ত গৃহীত হয়। তন্মধ্যে ১টি সিদ্ধান্ত বাস্তবায়িত হয়, ১টি বাস্তবায়নাধীন, "
                + "১টির মেয়াদ আসেনি। সিদ্ধান্ত বাস্তবায়ন হার ৫০% (২টির মধ্যে ১টি)।");

        Browsing ms = signedIn("rajshahi-div-ms");
        String api = ms.get("/api/v1/offices/" + division + "/decisions/meetings/" + meeting).body();
        assertThat(api).contains("\"notYetDue\":1", "\"due\":2", "\"percent\":50");
        String page = ms.get("/offices/" + division + "/decisions/" + notYetDue).body();
        assertThat(page).contains("মেয়াদ আসেনি").doesNotContain("tag overdue");
        assertThat(ms.get("/offices/" + division + "/decisions/" + overdue).body()).contains("tag overdue");

        // The Cabinet Division's scope counts them the same way in the division's row.
        ScopeRates.OfficeRate row = decisions.scope(accounts.cabinetDivision(), Dhaka.today()).below().stream()
                .filter(r -> r.officeId() == division).findFirst().orElseThrow();
        ScopeRates own = decisions.scope(division, Dhaka.today());
        assertThat(row.rate()).isEqualTo(own.rate());
        assertThat(own.rate().notYetDue()).isGreaterThanOrEqualTo(1);
        assertThat(own.rate().due()).isEqualTo(own.rate().taken() - own.rate().dropped() - own.rate().notYetDue());
    }

    @Test
    void theApiShowsEachOfficesEntryAndAnOfficeSetsOnlyItsOwn() {
        long decision = toEveryDistrict(nextMeeting++, "জেলা পর্যায়ে ই-নথি প্রশিক্ষণ দিতে হবে।", LocalDate.of(2023, 9, 30));
        long bogura = district.get("Bogura");
        long pabna = district.get("Pabna");
        Browsing dc = signedIn("group-bogura-dc");
        var own = dc.json("POST", "/api/v1/offices/" + bogura + "/decisions/" + decision + "/status",
                "{\"status\":\"IMPLEMENTED\",\"since\":\"2023-09-01\"}");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.body()).as("the decision itself waits for the others").contains("\"status\":\"IN_PROGRESS\"");
        var other = dc.json("POST", "/api/v1/offices/" + bogura + "/decisions/" + decision + "/status",
                "{\"status\":\"IMPLEMENTED\",\"since\":\"2023-09-01\",\"forOffice\":\"" + pabna + "\"}");
        assertThat(other.status()).as("Bogura may not speak for Pabna").isEqualTo(403);
        var whole = dc.json("POST", "/api/v1/offices/" + bogura + "/decisions/" + decision + "/status",
                "{\"status\":\"IMPLEMENTED\",\"since\":\"2023-09-01\",\"forOffice\":\"all\"}");
        assertThat(whole.status()).as("nor for the whole decision").isEqualTo(403);

        String mine = dc.get("/api/v1/offices/" + bogura + "/decisions/" + decision).body();
        assertThat(mine).contains("\"officeId\":" + bogura + ",\"name\"").doesNotContain("\"officeId\":" + pabna + ",\"name\"");
        String divisionView = signedIn("rajshahi-div-ms").get("/api/v1/offices/" + division + "/decisions/" + decision).body();
        assertThat(Pattern.compile("\\{\"officeId\":\\d+,\"name\":").matcher(divisionView).results().count()).isEqualTo(8);
        assertThat(divisionView).containsPattern("\"officeId\":" + bogura + ",\"name\":\"[^\"]+\",\"status\":\"IMPLEMENTED\"");

        // Superiors read: the Cabinet Division reads the division's view; the division reads Bogura's own.
        Browsing cabinet = signedIn("group-cabinet-reader");
        assertThat(cabinet.get("/api/v1/offices/" + division + "/decisions/" + decision).body()).isEqualTo(divisionView);
        assertThat(signedIn("rajshahi-div-ms").get("/api/v1/offices/" + bogura + "/decisions/" + decision).status()).isEqualTo(200);
        assertThat(cabinet.json("POST", "/api/v1/offices/" + division + "/decisions/" + decision + "/status",
                "{\"status\":\"IMPLEMENTED\",\"since\":\"2023-09-01\"}").status()).as("reading is not writing").isEqualTo(403);

        // The division may set one district's entry, e.g. reopen Bogura's alone.
        var reopen = signedIn("rajshahi-div-ms").json("POST", "/api/v1/offices/" + division + "/decisions/" + decision + "/status",
                "{\"status\":\"IN_PROGRESS\",\"since\":\"2023-09-05\",\"reason\":\"ছবি অস্পষ্ট\",\"forOffice\":\"" + bogura + "\"}");
        assertThat(reopen.status()).as(reopen.body()).isEqualTo(200);
        assertThat(decisions.offices(decision, Dhaka.today())).filteredOn(o -> o.officeId() == bogura).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(DecisionStatus.IN_PROGRESS));
    }

    /** The group's offices are those the register lists the decision for: here two levels down, through the districts. */
    @Test
    void aGroupTwoLevelsDownIsEveryUpazilaOfTheDivision() {
        long decision = accounts.as("rajshahi-div-ms", () -> register.record(division, new NewDecision(nextMeeting++, 1, null, JUNE,
                null, "প্রত্যেক উপজেলায় ই-নথি চালু করতে হবে।", null,
                List.of(Owner.everyOffice(OfficeLevel.UPAZILA, division, "উপজেলা নির্বাহী অফিসার (সকল), রাজশাহী বিভাগ")))));
        List<Long> upazilas = jdbc.sql("""
                        select u.id from office u join office d on d.id = u.admin_parent_id
                        where u.level = 'UPAZILA' and d.admin_parent_id = ?""").param(division).query(Long.class).list();
        assertThat(upazilas).hasSizeGreaterThan(60);
        assertThat(decisions.offices(decision, Dhaka.today())).extracting(OfficeStatus::officeId)
                .containsExactlyInAnyOrderElementsOf(upazilas);
        long bagatipara = accounts.upazila(district.get("Natore"), "Bagatipara");
        assertThat(decisions.assignedTo(bagatipara, Dhaka.today())).extracting(Decision::id).contains(decision);
        assertThat(decisions.offices(decision, Dhaka.today())).as("not the districts themselves")
                .extracting(OfficeStatus::officeId).doesNotContainAnyElementsOf(district.values());
    }

    /** V21 moves a shared status an implementing office set into every member office's history, rates unchanged. */
    @Test
    void theMigrationGivesEveryOfficeTheSharedHistory() throws IOException {
        long meeting = nextMeeting++;
        long decision = toEveryDistrict(meeting, "পুরোনো ভাগাভাগি অবস্থার সিদ্ধান্ত।", LocalDate.of(2023, 9, 30));
        long bogura = district.get("Bogura");
        // As the register wrote it before V21: Bogura's "implemented" was the decision's, for all eight.
        jdbc.sql("insert into decision_status (decision_id, status, since, office_id) values (?, 'IMPLEMENTED', '2023-08-10', ?)")
                .params(decision, bogura).update();
        assertThat(decisions.find(decision, Dhaka.today()).orElseThrow().status()).isEqualTo(DecisionStatus.IMPLEMENTED);

        String migration = new ClassPathResource("db/migration/V21__decision_office_status.sql").getContentAsString(StandardCharsets.UTF_8);
        for (String statement : migration.substring(migration.indexOf("insert into decision_status")).split(";")) {
            if (!statement.isBlank()) {
                jdbc.sql(statement).update();
            }
        }

        assertThat(decisions.history(decision)).filteredOn(c -> c.status() == DecisionStatus.IMPLEMENTED).hasSize(8)
                .allSatisfy(c -> {
                    assertThat(c.officeId()).as("recorded by Bogura").isEqualTo(bogura);
                    assertThat(c.since()).isEqualTo(LocalDate.of(2023, 8, 10));
                }).extracting(StatusChange::forOfficeId).containsExactlyInAnyOrderElementsOf(district.values());
        assertThat(decisions.find(decision, Dhaka.today()).orElseThrow().status()).as("nothing lost").isEqualTo(DecisionStatus.IMPLEMENTED);
        assertThat(decisions.find(decision, LocalDate.of(2023, 8, 9)).orElseThrow().status()).isEqualTo(DecisionStatus.NOT_STARTED);
        assertThat(decisions.offices(decision, Dhaka.today())).allSatisfy(o -> assertThat(o.ruling()).isFalse());
    }

    private long toEveryDistrict(long meeting, String text, LocalDate due) {
        return accounts.as("rajshahi-div-ms", () -> register.record(division, new NewDecision(meeting, 1,
                "বিভাগীয় ইনোভেশন টিমের সভা, ১৯ জুন ২০২৩", JUNE, "জেলা পর্যায়ের কাজ", text, due,
                List.of(Owner.everyOffice(OfficeLevel.DISTRICT, division, EVERY_DC)))));
    }

    private long record(long meeting, int item, LocalDate taken, String text, LocalDate due) {
        return accounts.as("rajshahi-div-ms", () -> register.record(division, new NewDecision(meeting, item, null, taken, null, text,
                due, List.of(Owner.office(division, "বিভাগীয় কমিশনার, রাজশাহী")))));
    }

    private Rate meetingRate(long meeting, LocalDate asOf) {
        return Rate.ofDecisions(decisions.ofMeeting(meeting, asOf));
    }

    private static long count(String page, String needle) {
        return Pattern.compile(Pattern.quote(needle)).matcher(page).results().count();
    }

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        user.signIn(username, TestAccounts.PASSWORD);
        user.get("/account");
        return user;
    }
}
