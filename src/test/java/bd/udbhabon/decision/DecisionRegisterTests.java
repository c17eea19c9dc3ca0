package bd.udbhabon.decision;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.storage.FileStore;
import bd.udbhabon.storage.FilesInTheStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Barisal divisional team's decisions of a meeting on 19 June 2023, given to "every deputy
 * commissioner of the division" and to the division's ICT section: the districts find them in their
 * lists and report progress with evidence; the rate of that meeting is computed as of any day and
 * follows every later change; what a later meeting carries over is computed the same way.
 */
@IntegrationTest
class DecisionRegisterTests {

    private static final LocalDate JUNE_MEETING = LocalDate.of(2023, 6, 19);
    private static final LocalDate OCTOBER_MEETING = LocalDate.of(2023, 10, 17);
    /** Each test's own meeting: the tests share the division and its register. */
    private static long nextMeeting = 900_000;
    private static final byte[] PDF = "%PDF-1.4\n% evidence\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Decisions decisions;
    @Autowired
    DecisionRegister register;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    FileStore store;

    long division;
    long bhola;
    long patuakhali;
    List<Long> taken = new ArrayList<>();
    long meeting;

    @BeforeEach
    void sixDecisionsOfTheJuneMeeting() {
        division = accounts.office(OfficeLevel.DIVISION, "Barisal");
        bhola = accounts.office(OfficeLevel.DISTRICT, "Bhola");
        patuakhali = accounts.office(OfficeLevel.DISTRICT, "Patuakhali");
        accounts.create("barisal-ict", Role.MEMBER_SECRETARY, division);
        accounts.create("bhola-dc", Role.OFFICE_ADMIN, bhola);
        accounts.create("patuakhali-dc", Role.OFFICE_ADMIN, patuakhali);
        accounts.create("bhola-member", Role.TEAM_MEMBER, bhola);
        accounts.create("narail-dc", Role.OFFICE_ADMIN, accounts.office(OfficeLevel.DISTRICT, "Narail"));
        taken.clear();
        meeting = nextMeeting++;
        for (int i = 1; i <= 6; i++) {
            Owner owner = i % 2 == 1
                    ? Owner.everyOffice(OfficeLevel.DISTRICT, division, "জেলা প্রশাসক (সকল), বরিশাল বিভাগ")
                    : Owner.office(division, "অতিরিক্ত বিভাগীয় কমিশনার (উন্নয়ন ও আইসিটি), বরিশাল");
            NewDecision decision = new NewDecision(meeting, i, "বিভাগীয় ইনোভেশন টিমের সভা, ১৯ জুন ২০২৩", JUNE_MEETING,
                    "আলোচ্য বিষয় " + BanglaDigits.toBangla(i),
                    "সিদ্ধান্ত " + BanglaDigits.toBangla(i) + ": ইনোভেশন কর্নার হালনাগাদ করতে হবে।", JUNE_MEETING.plusMonths(3), List.of(owner));
            taken.add(accounts.as("barisal-ict", () -> register.record(division, decision)));
        }
    }

    @Test
    void theRateOfAMeetingIsComputedAsOfAnyDayAndFollowsEveryLaterChange() {
        Browsing ict = signedIn("barisal-ict");
        for (long id : taken) {
            var saved = ict.post("/offices/" + division + "/decisions/" + id + "/status",
                    Map.of("status", "IMPLEMENTED", "since", "2023-09-30", "reason", ""));
            assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        }
        // Seed 003, item 2: as the October meeting saw it.
        assertThat(rate(OCTOBER_MEETING).text(true)).isEqualTo("৬টি সিদ্ধান্তের মধ্যে ৬টি বাস্তবায়িত; বাস্তবায়নের হার ১০০%");
        assertThat(decisions.carriedInto(division, OCTOBER_MEETING)).extracting(Decision::id).filteredOn(taken::contains).isEmpty();
        assertThat(rate(LocalDate.of(2023, 9, 1)).text(true)).isEqualTo("৬টি সিদ্ধান্তের মধ্যে ০টি বাস্তবায়িত; বাস্তবায়নের হার ০%");

        // Reopened after the October meeting: October's figure stands, today's and the next meeting's follow.
        var reopened = ict.post("/offices/" + division + "/decisions/" + taken.get(1) + "/status",
                Map.of("status", "IN_PROGRESS", "since", "2023-11-01", "reason", "ওয়েব পোর্টাল আবার অসম্পূর্ণ"));
        assertThat(reopened.status()).isEqualTo(302);
        assertThat(rate(OCTOBER_MEETING).percent()).hasValue(100);
        assertThat(rate(Dhaka.today()).text(true)).isEqualTo("৬টি সিদ্ধান্তের মধ্যে ৫টি বাস্তবায়িত; বাস্তবায়নের হার ৮৩%");
        assertThat(decisions.carriedInto(division, LocalDate.of(2024, 1, 15))).extracting(Decision::id).filteredOn(taken::contains)
                .containsExactly(taken.get(1));

        // Dropped with a reason: it leaves the count, and says so.
        var dropped = ict.post("/offices/" + division + "/decisions/" + taken.get(1) + "/status",
                Map.of("status", "DROPPED", "since", "2024-02-01", "reason", "মন্ত্রিপরিষদ বিভাগের নতুন নির্দেশনায় প্রযোজ্য নয়"));
        assertThat(dropped.status()).isEqualTo(302);
        assertThat(rate(Dhaka.today()).text(true)).isEqualTo("৬টি সিদ্ধান্তের মধ্যে ১টি বাদ, ৫টি বাস্তবায়িত; বাস্তবায়নের হার ১০০%");
        assertThat(decisions.carriedInto(division, LocalDate.of(2024, 3, 1))).extracting(Decision::id).filteredOn(taken::contains).isEmpty();

        String page = ict.get("/offices/" + division + "/decisions?show=all").body();
        assertThat(page).contains("৬টি সিদ্ধান্তের মধ্যে ১টি বাদ, ৫টি বাস্তবায়িত; বাস্তবায়নের হার ১০০%", "বিভাগীয় ইনোভেশন টিমের সভা, ১৯ জুন ২০২৩");
        String one = ict.get("/offices/" + division + "/decisions/" + taken.get(1)).body();
        assertThat(one).contains("মন্ত্রিপরিষদ বিভাগের নতুন নির্দেশনায় প্রযোজ্য নয়", "ওয়েব পোর্টাল আবার অসম্পূর্ণ", "বাদ");
    }

    @Test
    void everyDistrictOfTheDivisionFindsItsDecisionsAndReportsProgressWithEvidence() {
        Browsing dc = signedIn("bhola-dc");
        String inbox = dc.get("/offices/" + bhola + "/decisions/assigned").body();
        assertThat(inbox).contains("সিদ্ধান্ত ১: ", "সিদ্ধান্ত ৩: ", "সিদ্ধান্ত ৫: ", "জেলা প্রশাসক (সকল), বরিশাল বিভাগ")
                .as("the division keeps the even ones for its ICT section").doesNotContain("সিদ্ধান্ত ২: ");
        assertThat(decisions.assignedTo(patuakhali, Dhaka.today())).extracting(Decision::id).filteredOn(taken::contains)
                .containsExactly(taken.get(0), taken.get(2), taken.get(4));

        long decision = taken.getFirst();
        var reported = dc.multipart("/offices/" + bhola + "/decisions/" + decision + "/progress",
                Map.of("reportedOn", "2023-08-10", "text", "ইনোভেশন কর্নার হালনাগাদ করা হয়েছে।"),
                List.of(new Browsing.Upload("evidence", "হালনাগাদ-প্রতিবেদন.pdf", "application/pdf", PDF)));
        assertThat(reported.status()).as(reported.body()).isEqualTo(302);
        var implemented = dc.post("/offices/" + bhola + "/decisions/" + decision + "/status",
                Map.of("status", "IMPLEMENTED", "since", "2023-08-10", "reason", ""));
        assertThat(implemented.status()).isEqualTo(302);

        String page = dc.get("/offices/" + bhola + "/decisions/" + decision).body();
        assertThat(page).contains("ইনোভেশন কর্নার হালনাগাদ করা হয়েছে।", "হালনাগাদ-প্রতিবেদন.pdf", "বাস্তবায়িত",
                "জেলা প্রশাসকের কার্যালয়, ভোলা");
        long evidence = decisions.progress(decision).getFirst().evidence().getFirst().id();
        var file = dc.bytes("/offices/" + bhola + "/decisions/" + decision + "/evidence/" + evidence);
        assertThat(file.body()).isEqualTo(PDF);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        // issue 17: the evidence's bytes are in the file store, not in its row; a row from before is still served
        FilesInTheStore.inTheStore(jdbc, store, "decision_evidence", "bytes", "file_id", evidence, PDF);
        byte[] before = "%PDF-1.4\n% evidence from before the file store\n".getBytes(StandardCharsets.US_ASCII);
        FilesInTheStore.asBeforeTheStore(jdbc, "decision_evidence", "bytes", "file_id", evidence, before);
        assertThat(dc.bytes("/offices/" + bhola + "/decisions/" + decision + "/evidence/" + evidence).body()).isEqualTo(before);

        // The district may not drop the division's decision; the form says so and keeps what was typed.
        var refused = dc.post("/offices/" + bhola + "/decisions/" + decision + "/status",
                Map.of("status", "DROPPED", "since", "2023-08-11", "reason", "আমাদের প্রযোজ্য নয়"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("এই অবস্থা আপনার দপ্তর দিতে পারে না।", "আমাদের প্রযোজ্য নয়");
        // An evidence file of another kind is refused, and nothing of the report is kept.
        var wrongFile = dc.multipart("/offices/" + bhola + "/decisions/" + decision + "/progress",
                Map.of("reportedOn", "2023-08-12", "text", "দ্বিতীয় প্রতিবেদন"),
                List.of(new Browsing.Upload("evidence", "setup.exe", "application/x-msdownload", new byte[] {77, 90})));
        assertThat(wrongFile.status()).isEqualTo(200);
        assertThat(wrongFile.body()).contains("setup.exe: ফাইলটির ভেতরে আসলে EXE", "কেবল PDF, DOCX, XLSX, JPG বা PNG ফাইল নেওয়া যায়।",
                "দ্বিতীয় প্রতিবেদন");
        assertThat(decisions.progress(decision)).hasSize(1);
    }

    @Test
    void onlyTheOfficesADecisionConcernsSeeItAndOnlyTheirWritersChangeIt() {
        long decision = taken.getFirst();
        assertThat(signedIn("narail-dc").get("/offices/" + accounts.office(OfficeLevel.DISTRICT, "Narail")
                + "/decisions/" + decision).status()).as("a district of another division").isEqualTo(404);
        assertThat(signedIn("bhola-dc").get("/offices/" + bhola + "/decisions/" + taken.get(1)).status())
                .as("a decision the division keeps for itself").isEqualTo(404);
        Browsing member = signedIn("bhola-member");
        assertThat(member.get("/offices/" + bhola + "/decisions/" + decision).status()).isEqualTo(200);
        assertThat(member.post("/offices/" + bhola + "/decisions/" + decision + "/progress",
                Map.of("reportedOn", "2023-08-10", "text", "x")).status()).isEqualTo(403);
        assertThat(accounts.as("bhola-dc", () -> {
            try {
                register.record(division, new NewDecision(null, null, null, JUNE_MEETING, null, "x", null,
                        List.of(Owner.office(bhola, "জেলা প্রশাসক, ভোলা"))));
                return 200;
            } catch (UserFacingException e) {
                return e.status();
            }
        })).as("a district records no decisions for its division").isEqualTo(403);

        accounts.create("barisal-auditor", Role.AUDITOR, division);
        String audit = signedIn("barisal-auditor").get("/offices/" + division + "/audit").body();
        assertThat(audit).contains("সিদ্ধান্ত লিপিবদ্ধ");
    }

    @Test
    void superiorsSeeTheRateOfEveryOfficeBelowAndEachQuarter() {
        long own = accounts.as("bhola-dc", () -> register.record(bhola, new NewDecision(null, null, "জেলা ইনোভেশন টিমের সভা, ১০ জুলাই ২০২৩",
                LocalDate.of(2023, 7, 10), null, "ভোলা: সেবা সহজিকরণের তালিকা পাঠাতে হবে।", LocalDate.of(2023, 8, 1),
                List.of(Owner.office(bhola, "জেলা প্রশাসক, ভোলা")))));
        ScopeRates scope = decisions.scope(division, Dhaka.today());
        assertThat(scope.below()).filteredOn(r -> r.officeId() == bhola).singleElement().satisfies(r -> {
            assertThat(r.rate().text(true)).isEqualTo("১টি সিদ্ধান্তের মধ্যে ০টি বাস্তবায়িত; বাস্তবায়নের হার ০%");
            assertThat(r.overdue()).isEqualTo(1);
        });
        assertThat(scope.rate().taken()).as("the division's own decisions and Bhola's")
                .isEqualTo(decisions.ofOffice(division, Dhaka.today()).size() + 1);
        assertThat(decisions.scope(accounts.cabinetDivision(), Dhaka.today()).below())
                .filteredOn(r -> r.officeId() == division).singleElement()
                .satisfies(r -> assertThat(r.rate().taken()).isEqualTo(scope.rate().taken()));

        String page = signedIn("barisal-ict").get("/offices/" + division + "/decisions/scope").body();
        assertThat(page).contains("জেলা প্রশাসকের কার্যালয়, ভোলা", "১টি সিদ্ধান্তের মধ্যে ০টি বাস্তবায়িত; বাস্তবায়নের হার ০%");
        assertThat(signedIn("barisal-ict").get("/offices/" + division + "/decisions").body())
                .as("19 June 2023 is in the last quarter of 2022-23").contains("২০২২-২০২৩ অর্থবছর, ৪র্থ প্রান্তিক");
        assertThat(own).isPositive();
    }

    @Test
    void reassignedToOneDistrictTheDecisionLeavesTheOthersLists() {
        long decision = taken.getFirst();
        Browsing ict = signedIn("barisal-ict");
        String page = ict.get("/offices/" + division + "/decisions/" + decision).body();
        assertThat(page).as("the choices the division can name").contains("জেলা প্রশাসক (সকল), বরিশাল বিভাগ",
                "জেলা প্রশাসকের কার্যালয়, ভোলা", "value=\"level:DISTRICT:" + division + "\" selected");
        var saved = ict.post("/offices/" + division + "/decisions/" + decision + "/owners", Map.of(
                "owners[0].key", "office:" + bhola, "owners[0].label", "জেলা প্রশাসক, ভোলা", "owners[1].key", "", "owners[1].label", "", "owners[2].key", "", "owners[2].label", ""));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(decisions.find(decision, Dhaka.today()).orElseThrow().owners()).extracting(Owner::labelBn)
                .containsExactly("জেলা প্রশাসক, ভোলা");
        assertThat(decisions.assignedTo(patuakhali, Dhaka.today())).extracting(Decision::id).doesNotContain(decision);
        assertThat(decisions.assignedTo(bhola, Dhaka.today())).extracting(Decision::id).contains(decision);
        assertThat(signedIn("patuakhali-dc").get("/offices/" + patuakhali + "/decisions/" + decision).status()).isEqualTo(404);

        var none = ict.post("/offices/" + division + "/decisions/" + decision + "/owners", Map.of("owners[0].key", ""));
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.body()).contains("অন্তত একটি বাস্তবায়নকারী কর্তৃপক্ষ দিন।");
        assertThat(signedIn("bhola-dc").post("/offices/" + bhola + "/decisions/" + decision + "/owners",
                Map.of("owners[0].key", "office:" + bhola)).status()).as("only the deciding office reassigns").isEqualTo(403);

        // Given to a post, the decision is the post's office's to implement: here one of the division's own posts.
        long programmer = jdbc.sql("insert into post (office_id, title_bn, grade) values (?, 'সহকারী প্রোগ্রামার', 'OFFICER') returning id")
                .param(division).query(Long.class).single();
        var toPost = ict.post("/offices/" + division + "/decisions/" + decision + "/owners", Map.of(
                "owners[0].key", "post:" + programmer, "owners[0].label", "সহকারী প্রোগ্রামার, বিভাগীয় কমিশনারের কার্যালয়"));
        assertThat(toPost.status()).as(toPost.body()).isEqualTo(302);
        assertThat(decisions.assignedTo(division, Dhaka.today())).extracting(Decision::id).contains(decision);
        assertThat(decisions.assignedTo(bhola, Dhaka.today())).extracting(Decision::id).doesNotContain(decision);
    }

    @Test
    void theRegisterExportsAsCsvAndXlsx() throws Exception {
        Browsing ict = signedIn("barisal-ict");
        var csv = ict.bytes("/offices/" + division + "/decisions.csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFক্রমিক,সভা,গৃহীত,আলোচ্য বিষয়,সিদ্ধান্ত,বাস্তবায়নকারী কর্তৃপক্ষ");
        assertThat(text.lines().filter(l -> l.contains("বিভাগীয় ইনোভেশন টিমের সভা, ১৯ জুন ২০২৩")).count())
                .isGreaterThanOrEqualTo(6);
        var xlsx = ict.bytes("/offices/" + division + "/decisions.xlsx");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("সিদ্ধান্ত");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("জেলা প্রশাসক (সকল), বরিশাল বিভাগ");
            assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(JUNE_MEETING);
        }
    }

    @Test
    void anotherSystemReadsTheRegisterAndReportsThroughTheApi() {
        Browsing dc = signedIn("bhola-dc");
        long decision = taken.getFirst();
        var progress = dc.json("POST", "/api/v1/offices/" + bhola + "/decisions/" + decision + "/progress",
                "{\"reportedOn\":\"2023-07-01\",\"text\":\"কাজ শুরু হয়েছে\"}");
        assertThat(progress.status()).as(progress.body()).isEqualTo(200);
        var status = dc.json("POST", "/api/v1/offices/" + bhola + "/decisions/" + decision + "/status",
                "{\"status\":\"IMPLEMENTED\",\"since\":\"2023-09-01\"}");
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        assertThat(status.body()).as("Bhola's own entry; the decision waits for the division's other districts")
                .contains("\"status\":\"IN_PROGRESS\"", "\"statusSince\":\"2023-09-01\"");
        var refused = dc.json("POST", "/api/v1/offices/" + bhola + "/decisions/" + decision + "/status",
                "{\"status\":\"DROPPED\",\"since\":\"2023-09-02\",\"reason\":\"x\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"status\":\"এই অবস্থা আপনার দপ্তর দিতে পারে না।\"");

        Browsing ict = signedIn("barisal-ict");
        String october = ict.get("/api/v1/offices/" + division + "/decisions/meetings/" + meeting + "?asOf=2023-10-17").body();
        assertThat(october).contains("\"taken\":6", "\"implemented\":0", "\"due\":6", "\"percent\":0");
        assertThat(ict.get("/api/v1/offices/" + division + "/decisions/meetings/" + meeting + "?asOf=2023-08-01").body())
                .as("due on 19 September: on 1 August nothing is due yet").contains("\"notYetDue\":6", "\"due\":0").doesNotContain("\"percent\"");
        String detail = ict.get("/api/v1/offices/" + division + "/decisions/" + decision).body();
        assertThat(detail).contains("কাজ শুরু হয়েছে", "\"officeId\":" + bhola,
                "\"officeId\":" + bhola + ",\"name\":\"জেলা প্রশাসকের কার্যালয়, ভোলা\",\"status\":\"IMPLEMENTED\"")
                .containsPattern("\"officeId\":" + patuakhali + ",\"name\":\"[^\"]+\",\"status\":\"NOT_STARTED\"");
        assertThat(ict.get("/api/v1/offices/" + division + "/decisions?asOf=17-10-2023").status()).isEqualTo(400);
        assertThat(signedIn("narail-dc").get("/api/v1/offices/" + accounts.office(OfficeLevel.DISTRICT, "Narail")
                + "/decisions/" + decision).status()).isEqualTo(404);
    }

    private Rate rate(LocalDate asOf) {
        return Rate.of(decisions.ofMeeting(meeting, asOf).stream().filter(d -> taken.contains(d.id())).map(Decision::status).toList());
    }

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        user.signIn(username, TestAccounts.PASSWORD);
        user.get("/account");
        return user;
    }
}
