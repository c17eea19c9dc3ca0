package bd.udbhabon.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.NewDecision;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.initiative.internal.InitiativeService;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.storage.FileStore;
import bd.udbhabon.storage.FilesInTheStore;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The initiative pages (issue 15, point 1) over HTTP: the form refuses in Bangla keeping what was typed and
 * writing nothing; the list groups by stage; a skip without its reason, a decision of another office or a
 * file that is no document is said beside its field with nothing written; evidence downloads by its content;
 * an initiative through another office's path is not found; scale-up offices; a superior's comment recorded
 * as the superior office's, the office's own people refused; the start page's stale ideas; the office link.
 */
@IntegrationTest
@TestPropertySource(properties = InitiativeFixtures.OWN_DATABASE)
class InitiativePagesTests {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    InitiativeFixtures fixtures;
    @Autowired
    InitiativeService initiatives;
    @Autowired
    DecisionRegister register;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FileStore store;

    long district;
    long upazila;
    long other;
    String writerName;
    Browsing writer;
    String base;

    @BeforeEach
    void setUp() {
        district = fixtures.office(OfficeLevel.DISTRICT, null, null);
        upazila = fixtures.office(OfficeLevel.UPAZILA, district, null);
        other = fixtures.office(OfficeLevel.UPAZILA, district, null);
        writerName = "ip-writer-" + upazila;
        accounts.create(writerName, Role.MEMBER_SECRETARY, upazila);
        writer = signedIn(writerName);
        base = "/offices/" + upazila + "/initiatives";
    }

    private Browsing signedIn(String name) {
        Browsing user = new Browsing(port);
        user.signIn(name, TestAccounts.PASSWORD);
        user.get("/account");
        return user;
    }

    private long post(long office, String title) {
        return jdbc.sql("insert into post (office_id, title_bn, grade) values (?, ?, 'UPAZILA_NIRBAHI_OFFICER') returning id")
                .param(office).param(title).query(Long.class).single();
    }

    private long officer(long office, String name) {
        return jdbc.sql("insert into officer (office_id, name_bn) values (?, ?) returning id").param(office).param(name)
                .query(Long.class).single();
    }

    private long count(long office) {
        return jdbc.sql("select count(*) from initiative where office_id = ?").param(office).query(Long.class).single();
    }

    private int stages(long initiative) {
        return initiatives.history(initiative).size();
    }

    @Test
    void theFormRefusesInBanglaKeepingWhatWasTypedThenRecordsAndTheListGroupsByStage() {
        long uno = post(upazila, "উপজেলা নির্বাহী অফিসার");
        long elsewhere = post(other, "অন্য দপ্তরের পদ");
        long rahim = officer(upazila, "মোঃ রহিম উদ্দিন");
        long karim = officer(upazila, "করিম মিয়া");
        assertThat(writer.get(base + "/new").status()).isEqualTo(200);

        Map<String, String> form = new HashMap<>(Map.of("kind", "", "titleBn", " ", "serviceBn", "নাগরিক সনদ হালনাগাদ",
                "problemBn", "সেবাপ্রার্থীরা সেবার তথ্য পান না", "solutionBn", "", "ownerPostId", Long.toString(elsewhere),
                "memberOfficerIds", rahim + "," + karim, "since", "2024-01-15"));
        var refused = writer.post(base + "/new", form);
        assertThat(refused.status()).isEqualTo(200);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.selectFirst("[data-testid=kind-error]").text()).isEqualTo("উদ্যোগের ধরন বেছে নিন।");
        assertThat(page.selectFirst("[data-testid=titleBn-error]").text()).isEqualTo("এই ঘরটি পূরণ করুন।");
        assertThat(page.selectFirst("[data-testid=solutionBn-error]").text()).isEqualTo("এই ঘরটি পূরণ করুন।");
        assertThat(page.selectFirst("[data-testid=ownerPostId-error]").text()).isEqualTo("দায়িত্বপ্রাপ্ত পদটি এই দপ্তরের পদের তালিকায় নেই।");
        assertThat(page.getElementById("serviceBn").val()).isEqualTo("নাগরিক সনদ হালনাগাদ");
        assertThat(page.getElementById("problemBn").text()).isEqualTo("সেবাপ্রার্থীরা সেবার তথ্য পান না");
        assertThat(page.select("input[name=memberOfficerIds][checked]")).hasSize(2);
        assertThat(page.getElementById("since").val()).isEqualTo("2024-01-15");
        assertThat(count(upazila)).isZero();

        form.putAll(Map.of("kind", "SIMPLIFICATION", "titleBn", "নাগরিক সনদ ডিজিটাল বোর্ডে", "solutionBn", "ডিজিটাল বোর্ডে নাগরিক সনদ",
                "ownerPostId", Long.toString(uno), "memberOfficerIds", Long.toString(rahim)));
        var created = writer.post(base + "/new", form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        long id = Long.parseLong(created.location().replaceAll(".*/initiatives/(\\d+)$", "$1"));
        Document shown = Jsoup.parse(writer.get(base + "/" + id).body());
        assertThat(shown.selectFirst("[data-testid=initiative-title]").text()).isEqualTo("নাগরিক সনদ ডিজিটাল বোর্ডে");
        assertThat(shown.selectFirst("[data-testid=kind]").text()).isEqualTo("সেবা সহজিকরণ");
        assertThat(shown.selectFirst("[data-testid=stage-since]").text()).contains("১৫ জানুয়ারি ২০২৪");
        assertThat(shown.selectFirst("[data-testid=owner-post]").text()).isEqualTo("উপজেলা নির্বাহী অফিসার");
        assertThat(shown.selectFirst("[data-testid=members]").text()).isEqualTo("মোঃ রহিম উদ্দিন");

        // edited: the kind and the members change, the stage does not
        form.putAll(Map.of("kind", "DIGITISATION", "memberOfficerIds", rahim + "," + karim));
        assertThat(writer.post(base + "/" + id + "/edit", form).status()).isEqualTo(302);
        assertThat(initiatives.find(id).orElseThrow().memberOfficerIds()).containsExactlyInAnyOrder(rahim, karim);
        assertThat(initiatives.find(id).orElseThrow().kind()).isEqualTo(InitiativeKind.DIGITISATION);

        fixtures.initiativeAt(upazila, Stage.PILOT, "তালিকা");
        Document list = Jsoup.parse(writer.get(base).body());
        assertThat(list.select("[data-testid=stage-IDEA] tbody tr")).hasSize(1);
        assertThat(list.select("[data-testid=stage-PILOT] tbody tr")).hasSize(1);
        assertThat(list.selectFirst("[data-testid=count-PILOT]").text()).isEqualTo("পাইলটিং: ১");
        Document pilots = Jsoup.parse(writer.get(base + "?stage=PILOT").body());
        assertThat(pilots.select("[data-testid^=stage-] tbody tr")).hasSize(1);
        assertThat(Jsoup.parse(writer.get(base + "?kind=REPLICATION").body()).selectFirst("[data-testid=none-shown]")).isNotNull();
    }

    @Test
    void aSkipNeedsItsReasonTheDecisionIsTheOfficesOwnAndTheEvidenceDownloads() {
        Initiative idea = fixtures.initiative(upazila, InitiativeKind.SIMPLIFICATION, "ধাপ");
        String page = base + "/" + idea.id();
        long decision = accounts.as(writerName, () -> register.record(upazila, new NewDecision(null, null,
                "উপজেলা ইনোভেশন টিমের সভা, ২০ আগস্ট ২০২৩", LocalDate.of(2023, 8, 20), null, "ই-নথির উদ্যোগটি সরাসরি পাইলটিং করা হবে।",
                null, List.of(Owner.office(upazila, "উপজেলা নির্বাহী অফিসার")))));
        String otherName = "ip-other-" + other;
        accounts.create(otherName, Role.MEMBER_SECRETARY, other);
        long othersDecision = accounts.as(otherName, () -> register.record(other, new NewDecision(null, null, "অন্য সভা",
                LocalDate.of(2023, 8, 20), null, "অন্য দপ্তরের সিদ্ধান্ত", null, List.of(Owner.office(other, "অন্য")))));
        writer.get(page);

        Map<String, String> move = new HashMap<>(Map.of("to", "PILOT", "on", "2023-09-01", "noteBn", "সভার সিদ্ধান্তে", "reasonBn", ""));
        var skip = writer.multipart(page + "/stage", move, List.of());
        assertThat(skip.status()).isEqualTo(200);
        Document refused = Jsoup.parse(skip.body());
        assertThat(refused.selectFirst("[data-testid=reasonBn-error]").text())
                .isEqualTo("\"ধারণা\" থেকে \"পাইলটিং\" ধাপে যেতে মাঝের ধাপ বাদ পড়ছে; কারণ লিখুন।");
        assertThat(refused.getElementById("noteBn").text()).isEqualTo("সভার সিদ্ধান্তে");
        assertThat(refused.selectFirst("#to option[selected]").val()).isEqualTo("PILOT");
        assertThat(refused.selectFirst("#to option[value=PILOT]").text()).contains("কারণ লিখতে হবে");
        assertThat(refused.selectFirst("#to option[value=PROCESS_MAP]").text()).doesNotContain("কারণ");

        move.put("reasonBn", "টিমের সভায় প্রসেস ম্যাপ ছাড়াই পাইলটিংয়ের সিদ্ধান্ত");
        move.put("decision", Long.toString(othersDecision));
        var foreign = writer.multipart(page + "/stage", move, List.of(new Browsing.Upload("evidence", "map.pdf", "application/pdf", PDF)));
        assertThat(Jsoup.parse(foreign.body()).selectFirst("[data-testid=decision-error]").text())
                .isEqualTo("সিদ্ধান্তটি এই দপ্তরের সিদ্ধান্তের তালিকায় নেই।");
        move.put("decision", Long.toString(decision));
        var html = writer.multipart(page + "/stage", move, List.of(new Browsing.Upload("evidence", "map.pdf", "application/pdf",
                "<html><body>not a pdf</body></html>".getBytes(StandardCharsets.UTF_8))));
        assertThat(Jsoup.parse(html.body()).selectFirst("[data-testid=evidence-error]").text()).contains("map.pdf", "HTML");
        assertThat(stages(idea.id())).isEqualTo(1);

        var moved = writer.multipart(page + "/stage", move, List.of(new Browsing.Upload("evidence", "পাইলটিং সিদ্ধান্ত.pdf", "application/pdf", PDF)));
        assertThat(moved.status()).as(moved.body()).isEqualTo(302);
        Document after = Jsoup.parse(writer.get(page).body());
        assertThat(after.selectFirst("[data-testid=stage]").text()).isEqualTo("পাইলটিং");
        var row = after.selectFirst("[data-testid=history-PILOT]");
        assertThat(row.selectFirst("[data-testid=reason]").text()).isEqualTo("টিমের সভায় প্রসেস ম্যাপ ছাড়াই পাইলটিংয়ের সিদ্ধান্ত");
        assertThat(row.text()).contains("১ সেপ্টেম্বর ২০২৩", "সভার সিদ্ধান্তে");
        assertThat(row.selectFirst("[data-testid=deciding]").attr("href")).isEqualTo("/offices/" + upazila + "/decisions/" + decision);
        String href = row.selectFirst("[data-testid=evidence]").attr("href");
        var file = writer.bytes(href);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.body()).isEqualTo(PDF);
        // issue 17: the evidence's bytes are in the file store, not in its row; a row from before is still served
        long evidence = Long.parseLong(href.replaceFirst(".*/", ""));
        FilesInTheStore.inTheStore(jdbc, store, "initiative_evidence", "bytes", "file_id", evidence, PDF);
        byte[] before = "%PDF-1.4\n% evidence from before the file store\n".getBytes(StandardCharsets.US_ASCII);
        FilesInTheStore.asBeforeTheStore(jdbc, "initiative_evidence", "bytes", "file_id", evidence, before);
        assertThat(writer.bytes(href).body()).isEqualTo(before);

        // never an id against another office's path
        String elsewhere = "/offices/" + other + "/initiatives/" + idea.id();
        Browsing otherWriter = signedIn(otherName);
        assertThat(otherWriter.get(elsewhere).status()).isEqualTo(404);
        assertThat(otherWriter.bytes(href.replace("/offices/" + upazila + "/", "/offices/" + other + "/")).status()).isEqualTo(404);
        assertThat(otherWriter.get(elsewhere + "/edit").status()).isEqualTo(404);
        assertThat(otherWriter.multipart(elsewhere + "/stage", Map.of("to", "ASSESSMENT"), List.of()).status()).isEqualTo(404);
        assertThat(stages(idea.id())).isEqualTo(2);
    }

    @Test
    void scaleUpOfficesASuperiorsCommentAndTheReplications() {
        Initiative scaling = fixtures.initiativeAt(upazila, Stage.SCALE_UP, "স্কেল");
        String page = base + "/" + scaling.id();
        String otherName = jdbc.sql("select name_bn from office where id = ?").param(other).query(String.class).single();
        Document search = Jsoup.parse(writer.get(page + "?find=" + java.net.URLEncoder.encode(otherName, StandardCharsets.UTF_8)).body());
        assertThat(search.selectFirst("[data-testid=candidate-" + other + "]")).isNotNull();

        var own = writer.post(page + "/scale-up", Map.of("offices", Long.toString(upazila), "byBn", "জেলা প্রশাসক", "since", "2023-08-01"));
        assertThat(Jsoup.parse(own.body()).selectFirst("[data-testid=offices-error]").text())
                .isEqualTo("উদ্যোগের নিজ দপ্তর স্কেল-আপের তালিকায় থাকতে পারে না।");
        var noBy = writer.post(page + "/scale-up", Map.of("offices", Long.toString(other), "byBn", "", "since", "2023-08-01"));
        assertThat(Jsoup.parse(noBy.body()).selectFirst("[data-testid=byBn-error]").text()).isEqualTo("এই ঘরটি পূরণ করুন।");
        assertThat(Jsoup.parse(noBy.body()).selectFirst("[data-testid=candidate-" + other + "]").hasAttr("checked")).isTrue();
        var early = writer.post(page + "/scale-up", Map.of("offices", Long.toString(other), "byBn", "জেলা প্রশাসক", "since", "2023-07-01"));
        assertThat(Jsoup.parse(early.body()).selectFirst("[data-testid=since-error]").text())
                .isEqualTo("তারিখ উদ্যোগটি স্কেল-আপ ধাপে পৌঁছানোর আগে হতে পারে না।");
        assertThat(jdbc.sql("select count(*) from initiative_scale_up where initiative_id = ?").param(scaling.id()).query(Long.class).single()).isZero();

        var scaled = writer.post(page + "/scale-up", Map.of("offices", Long.toString(other), "byBn", "জেলা প্রশাসক, জেলা ইনোভেশন টিমের সভা",
                "since", "2023-08-01"));
        assertThat(scaled.status()).as(scaled.body()).isEqualTo(302);
        Document after = Jsoup.parse(writer.get(page).body());
        assertThat(after.selectFirst("[data-testid=scale-up-" + other + "]").text()).contains("জেলা প্রশাসক, জেলা ইনোভেশন টিমের সভা", "১ আগস্ট ২০২৩");
        var twice = writer.post(page + "/scale-up", Map.of("offices", Long.toString(other), "byBn", "আবার", "since", "2023-08-02"));
        assertThat(Jsoup.parse(twice.body()).selectFirst("[data-testid=offices-error]").text()).contains("ইতিমধ্যে স্কেল-আপের তালিকায় আছে");

        // the district's reviewer comments as the district; the upazila's own team member may comment, but not here
        accounts.create("ip-reviewer-" + district, Role.REVIEWER, district);
        Browsing reviewer = signedIn("ip-reviewer-" + district);
        Document seen = Jsoup.parse(reviewer.get(page).body());
        assertThat(seen.selectFirst("[data-testid=comment-form]")).isNotNull();
        assertThat(seen.selectFirst("[data-testid=move-form]")).isNull();
        var empty = reviewer.post(page + "/comments", Map.of("textBn", "  "));
        assertThat(Jsoup.parse(empty.body()).selectFirst("[data-testid=textBn-error]").text()).isEqualTo("এই ঘরটি পূরণ করুন।");
        assertThat(reviewer.post(page + "/comments", Map.of("textBn", "অন্য উপজেলায় ছড়িয়ে দিন")).status()).isEqualTo(302);
        assertThat(jdbc.sql("select office_id from initiative_comment where initiative_id = ?").param(scaling.id()).query(Long.class).list())
                .containsExactly(district);
        assertThat(Jsoup.parse(writer.get(page).body()).selectFirst("[data-testid=comments]").text()).contains("অন্য উপজেলায় ছড়িয়ে দিন");
        accounts.create("ip-member-" + upazila, Role.TEAM_MEMBER, upazila);
        Browsing member = signedIn("ip-member-" + upazila);
        assertThat(Jsoup.parse(member.get(page).body()).selectFirst("[data-testid=comment-form]")).isNull();
        assertThat(member.post(page + "/comments", Map.of("textBn", "নিজের দপ্তরের মন্তব্য")).status()).isEqualTo(403);
        assertThat(writer.post(page + "/comments", Map.of("textBn", "লেখকের মন্তব্য")).status()).isEqualTo(403);

        var draft = InitiativeFixtures.draft(InitiativeKind.REPLICATION, "রেপ্লিকা");
        initiatives.create(other, new NewInitiative(draft.kind(), draft.titleBn(), null, draft.serviceBn(), false, draft.problemBn(), null,
                draft.solutionBn(), null, List.of(), Stage.IDEA, LocalDate.of(2024, 1, 1), scaling.id()));
        assertThat(Jsoup.parse(writer.get(page).body()).selectFirst("[data-testid=replications]").text()).contains(otherName);
    }

    @Test
    void anIdeaUnmovedForSixMonthsWaitsOnTheStartPageAndTheOfficePageLeadsToTheList() {
        Initiative idea = fixtures.initiative(upazila, InitiativeKind.IDEA, "পুরোনো"); // an idea since 10 July 2023
        Document tasks = Jsoup.parse(writer.get("/tasks").body());
        var task = tasks.selectFirst("[data-testid=task-initiatives-stale]");
        assertThat(task.text()).contains("১টি উদ্ভাবনী উদ্যোগ");
        assertThat(task.selectFirst("a").attr("href")).isEqualTo(base + "?show=stale");
        Document stale = Jsoup.parse(writer.get(base + "?show=stale").body());
        assertThat(stale.selectFirst("[data-testid=initiative-" + idea.id() + "] [data-testid=stale]")).isNotNull();

        initiatives.move(idea.id(), new InitiativeService.Move(Stage.PROCESS_MAP, LocalDate.of(2023, 8, 1), null, null, null, List.of()));
        assertThat(Jsoup.parse(writer.get("/tasks").body()).selectFirst("[data-testid=task-initiatives-stale]")).isNull();

        Document office = Jsoup.parse(writer.get("/offices/" + upazila).body());
        assertThat(office.selectFirst("[data-testid=initiatives-link]").text()).isEqualTo("উদ্ভাবনী উদ্যোগ");
        assertThat(Jsoup.parse(writer.get(base).body()).selectFirst("[data-testid=new-initiative]")).isNotNull();

        // in English when chosen (remembered by a cookie: last)
        Document english = Jsoup.parse(writer.get(base + "/" + idea.id() + "?lang=en").body());
        assertThat(english.selectFirst("h2#history").text()).isEqualTo("Stage history");
        assertThat(english.selectFirst("[data-testid=stage]").text()).isEqualTo("Process map");
        assertThat(english.selectFirst("[data-testid=history-PROCESS_MAP]").text()).contains("1 August 2023");
    }
}
