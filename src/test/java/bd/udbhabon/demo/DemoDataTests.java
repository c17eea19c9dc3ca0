package bd.udbhabon.demo;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.document.Tools;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.Initiatives;
import bd.udbhabon.initiative.ServiceFacts;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.initiative.TcvFacts;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.meeting.MinutesBook;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.showcase.Showcase;
import bd.udbhabon.showcase.ShowcaseStatus;
import bd.udbhabon.showcase.Showcases;
import bd.udbhabon.team.PlannedMember;
import bd.udbhabon.team.SubCommittees;
import bd.udbhabon.team.TeamRole;
import bd.udbhabon.team.Teams;
import bd.udbhabon.training.Training;
import bd.udbhabon.training.TrainingKind;
import bd.udbhabon.training.Trainings;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** What a newcomer sees after starting with {@code udbhabon.demo=true}. */
@IntegrationTest
@TestPropertySource(properties = "udbhabon.demo=true")
class DemoDataTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DemoData demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Meetings meetings;
    @Autowired
    MinutesBook minutes;
    @Autowired
    Teams teams;
    @Autowired
    SubCommittees subCommittees;
    @Autowired
    Initiatives initiatives;
    @Autowired
    TcvFacts tcv;
    @Autowired
    ServiceFacts services;
    @Autowired
    Showcases showcases;
    @Autowired
    Trainings trainings;

    @Test
    void theDemoIsLoadedOnceThroughTheServices() {
        long rajshahi = accounts.office(OfficeLevel.DIVISION, "Rajshahi");
        long dinajpur = accounts.office(OfficeLevel.DISTRICT, "Dinajpur");

        // Rajshahi's October minutes print item 2 computed from June's six decisions, all implemented.
        Meeting october = accounts.as("rajshahi-ms", () -> meetings.list(rajshahi)).stream()
                .filter(m -> m.date().equals(DemoData.OCTOBER)).findFirst().orElseThrow();
        assertThat(october.noticeIssued()).isTrue();
        var issued = accounts.as("rajshahi-ms", () -> minutes.versions(rajshahi, october.id())).getFirst();
        assertThat(issued.memoNumber()).isEqualTo("05.43.0000.017.02.001.23.278");
        byte[] pdf = minutes.pdf(rajshahi, issued.id()).orElseThrow();
        assertThat(squash(Tools.pdfText(pdf))).contains(squash("সিদ্ধান্ত বাস্তবায়ন হার ১০০% (৬টির মধ্যে ৬টি)"),
                squash("০৫.৪৩.০০০০.০১৭.০২.০০১.২৩.২৭৮"), squash("৯ কার্তিক ১৪৩০"), squash("জেলা প্রশাসক (সকল), রাজশাহী বিভাগ"));

        // The public corner lists both minutes; the paper downloads without signing in.
        Browsing anonymous = new Browsing(port);
        assertThat(anonymous.get("/corner/" + rajshahi).body()).contains("০৫.৪৩.০০০০.০১৭.০২.০০১.২৩.২৭৮", "০৫.৪৩.০০০০.০১৭.০২.০০১.২৩.২৭৭");
        assertThat(anonymous.bytes("/corner/" + rajshahi + "/minutes/" + issued.id() + ".pdf").body()).isEqualTo(pdf);

        // Dinajpur: seed 001's nine members, the order numbered 89 in its file.
        var dinajpurTeam = teams.onDate(dinajpur, LocalDate.of(2024, 1, 1)).orElseThrow();
        assertThat(dinajpurTeam.members()).hasSize(9);
        assertThat(dinajpurTeam.order().memoNumber()).isEqualTo("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯");
        assertThat(dinajpurTeam.members().getFirst().printedRole(null)).isEqualTo("ইনোভেশন অফিসার");
        assertThat(anonymous.get("/corner/" + dinajpur).body()).contains("অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি), দিনাজপুর", "ইনোভেশন অফিসার", "০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯");

        // The ministry: the sub-committee in being, and the co-opted post on the team's change draft.
        long mowca = jdbc.sql("select id from office where name_bn = ?").param(DemoData.MOWCA_BN).query(Long.class).single();
        var committees = subCommittees.onDate(mowca, LocalDate.of(2023, 12, 31));
        assertThat(committees).hasSize(1);
        assertThat(committees.getFirst().members()).extracting(SubCommittees.Member::labelBn)
                .containsExactly("যুগ্মসচিব (প্রশাসন)", "উপসচিব (উন্নয়ন-১)", "উপসচিব (শিশু ও সমৰ্থয়)", "উপসচিব (পরিঃ-২)", "লাইব্রেরীয়ান");
        var draft = teams.draft(mowca).orElseThrow();
        List<PlannedMember> coopted = draft.members().stream().filter(m -> m.role() == TeamRole.COOPTED).toList();
        assertThat(coopted).hasSize(1);
        assertThat(jdbc.sql("select title_bn from post where id = ?").param(coopted.getFirst().postId()).query(String.class).single())
                .isEqualTo("উপসচিব (শিশু ও সমন্বয় অধিশাখা)");
        var mowcaMinutes = minutes.published(mowca);
        assertThat(mowcaMinutes).hasSize(1);
        assertThat(mowcaMinutes.getFirst().memoNumber()).isEqualTo("32.00.0000.034.16.003.23-05");

        // A demo account signs in with the documented password, without a forced change.
        Browsing ms = new Browsing(port);
        assertThat(ms.signIn("rajshahi-ms", "demo-2026").location()).endsWith("/");
        assertThat(ms.get("/api/v1/me").body()).contains("\"username\":\"rajshahi-ms\"", "MEMBER_SECRETARY");

        // Issue 19: a district under Rajshahi implements the October decisions given to every district (no due
        // day, so due since taken): its start page leads to them, it reports progress with evidence and marks its part done; the division sees it.
        long rajshahiDistrict = accounts.office(OfficeLevel.DISTRICT, "Rajshahi");
        Browsing dc = new Browsing(port);
        assertThat(dc.signIn("rajshahi-dc", "demo-2026").location()).endsWith("/");
        String start = dc.get("/").body();
        assertThat(start).contains("data-office=\"" + rajshahiDistrict + "\"", "data-testid=\"task-decisions-undated\"",
                "href=\"/offices/" + rajshahiDistrict + "/decisions/assigned?show=open\"");
        String assigned = dc.get("/offices/" + rajshahiDistrict + "/decisions/assigned?show=open").body();
        java.util.regex.Matcher first = java.util.regex.Pattern.compile("href=\"/offices/" + rajshahiDistrict + "/decisions/(\\d+)\"")
                .matcher(assigned);
        // one of the division's October decisions (the district's own plan approval is in its register too)
        boolean found = false;
        while (!found && first.find()) {
            found = jdbc.sql("select office_id from decision where id = ?").param(Long.parseLong(first.group(1)))
                    .query(Long.class).single() == rajshahi;
        }
        assertThat(found).as("an open decision of the division's to implement").isTrue();
        String decisionPage = "/offices/" + rajshahiDistrict + "/decisions/" + first.group(1);
        assertThat(dc.get(decisionPage).body()).contains("data-testid=\"progress-form\"");
        var reported = dc.multipart(decisionPage + "/progress", java.util.Map.of("reportedOn", bd.udbhabon.bangla.Dhaka.today().toString(),
                        "text", "রাজশাহী জেলায় কাজ শেষ হয়েছে।"),
                List.of(new Browsing.Upload("evidence", "রাজশাহী-প্রতিবেদন.pdf", "application/pdf",
                        "%PDF-1.4\n% demo evidence\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
        assertThat(reported.status()).as(reported.body()).isEqualTo(302);
        var marked = dc.post(decisionPage + "/status", java.util.Map.of("status", "IMPLEMENTED",
                "since", bd.udbhabon.bangla.Dhaka.today().toString(), "reason", ""));
        assertThat(marked.status()).as(marked.body()).isEqualTo(302);
        Browsing divisionMs = new Browsing(port);
        divisionMs.signIn("rajshahi-ms", "demo-2026");
        String grid = divisionMs.get("/offices/" + rajshahi + "/decisions/" + first.group(1)).body();
        assertThat(grid).contains("data-office=\"" + rajshahiDistrict + "\" data-status=\"IMPLEMENTED\"", "রাজশাহী-প্রতিবেদন.pdf")
                .contains("data-status=\"NOT_STARTED\"");

        // Starting again loads nothing more.
        int meetingsBefore = count("meeting");
        int ordersBefore = count("team_order");
        int officesBefore = count("office");
        assertThat(demo.load()).isFalse();
        assertThat(count("meeting")).isEqualTo(meetingsBefore).isEqualTo(3);
        assertThat(count("team_order")).isEqualTo(ordersBefore);
        assertThat(count("office")).isEqualTo(officesBefore);
    }

    @Test
    void theMinistrysAnnualReportOf2023_24IsDraftedFromItsRecords() {
        long mowca = jdbc.sql("select id from office where name_bn = ?").param(DemoData.MOWCA_BN).query(Long.class).single();
        Browsing cio = new Browsing(port);
        cio.signIn("mowca-cio", "demo-2026");
        // issue 16, point 1: a draft, its plan section from the issued plan and its decisions from the register, with charts
        String report = cio.get("/offices/" + mowca + "/reports/2023-24").body();
        assertThat(report).contains("data-testid=\"section-plan\"", "data-testid=\"section-decisions\"", "<svg class=\"bar-chart\"",
                "data-testid=\"approve-report\"");
        assertThat(jdbc.sql("select status from annual_report where office_id = ? and fiscal_year = 2023").param(mowca)
                .query(String.class).single()).isEqualTo("DRAFT");
    }

    @Test
    void thePlansReproduceSeed004AndADistrictMissingSomeUpazilas() {
        long mowca = jdbc.sql("select id from office where name_bn = ?").param(DemoData.MOWCA_BN).query(Long.class).single();
        long cabinet = accounts.cabinetDivision();
        // The ministry's 2023-24 plan: issued, its first quarter (seed 004's figures) scored 12.10 of 50 and sent on time.
        Browsing cio = new Browsing(port);
        cio.signIn("mowca-cio", "demo-2026");
        assertThat(cio.get("/offices/" + mowca + "/plans/2023-24/progress/1").body()).contains("৯৭.৭৬", "৬১", "১২.১০");
        assertThat(jdbc.sql("select count(*) from plan_version v join plan p on p.id = v.plan_id where p.office_id = ? and v.status = 'ISSUED'")
                .param(mowca).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select superior_id, late, score from plan_report r join plan p on p.id = r.plan_id where p.office_id = ?")
                .param(mowca).query((rs, n) -> List.of(rs.getLong(1), rs.getBoolean(2), rs.getBigDecimal(3).toPlainString())).single())
                .containsExactly(cabinet, false, "12.10");

        // Rajshahi district: of its nine upazilas, six sent the first quarter (one late, one returned), two did
        // not (one saved a draft), one has no plan; the district's own report, sent to the division, says which it lacks.
        long district = accounts.office(OfficeLevel.DISTRICT, "Rajshahi");
        Browsing dc = new Browsing(port);
        dc.signIn("rajshahi-dc", "demo-2026");
        String report = dc.get("/offices/" + district + "/plans/2023-24/reports/1").body();
        assertThat(report).contains("পাওয়া যায়নি");
        assertThat(jdbc.sql("select state, count(*) from plan_report_subordinate s join plan_report r on r.id = s.report_id "
                        + "join plan p on p.id = r.plan_id where p.office_id = ? group by state order by state")
                .param(district).query((rs, n) -> rs.getString(1) + "=" + rs.getInt(2)).list())
                .containsExactly("ACCEPTED=4", "MISSING=2", "NO_PLAN=1", "RETURNED=1", "SUBMITTED=1");
        assertThat(jdbc.sql("select count(*) from plan_report r join plan p on p.id = r.plan_id "
                        + "join office o on o.id = p.office_id where o.admin_parent_id = ? and r.late")
                .param(district).query(Integer.class).single()).isEqualTo(1);
        // the division's head finds the district's report waiting for review
        Browsing divcom = new Browsing(port);
        divcom.signIn("rajshahi-divcom", "demo-2026");
        assertThat(divcom.get("/").body()).contains("/plan-reports/");
    }

    @Test
    void theInitiativesReproduceSeed004AndRajshahisDistrictsRunTheirs() {
        long mowca = jdbc.sql("select id from office where name_bn = ?").param(DemoData.MOWCA_BN).query(Long.class).single();
        // seed 004 [১.১.১]: the earned-leave digitisation at its process map, the process before and after drawn
        Initiative leave = initiatives.ofOffice(mowca).stream().filter(i -> DemoInitiatives.LEAVE_BN.equals(i.serviceBn()))
                .findFirst().orElseThrow();
        assertThat(leave.stage()).isEqualTo(Stage.PROCESS_MAP);
        assertThat(initiatives.history(leave.id()).getLast().decisionId()).isNotNull();
        assertThat(tcv.process(leave.id())).hasSize(10);
        assertThat(tcv.tcv(leave.id())).isPresent();
        // [১.২.১]: 63 services in the register, 61 of them running
        assertThat(services.count(mowca)).isEqualTo(new ServiceFacts.Count(63, 61));
        // [১.৩.১]: the showcasing judged, its best initiative chosen and the result paper issued
        Showcase showcase = showcases.ofOffice(mowca).getFirst();
        assertThat(showcase.titleBn()).isEqualTo(DemoInitiatives.SHOWCASE_BN);
        assertThat(showcase.status()).isEqualTo(ShowcaseStatus.PUBLISHED);
        assertThat(showcase.paperId()).isNotNull();
        assertThat(jdbc.sql("select count(distinct judge_id) from showcase_score s join showcase_judge j on j.id = s.judge_id "
                + "where j.showcase_id = ?").param(showcase.id()).query(Integer.class).single()).isEqualTo(2);
        Initiative best = jdbc.sql("select initiative_id from showcase_entry where showcase_id = ? and selected").param(showcase.id())
                .query(Long.class).list().stream().map(id -> initiatives.find(id).orElseThrow()).findFirst().orElseThrow();
        assertThat(best.titleBn()).isEqualTo(DemoInitiatives.BEST_BN);
        // [১.৫.১] and [২.২.৩]: a workshop, and a learning session after visiting a Rajshahi district's initiative
        List<Training> held = trainings.ofOffice(mowca);
        assertThat(held).extracting(Training::kind).containsExactlyInAnyOrder(TrainingKind.WORKSHOP, TrainingKind.LEARNING_SESSION);
        Training learning = held.stream().filter(t -> t.kind() == TrainingKind.LEARNING_SESSION).findFirst().orElseThrow();
        assertThat(initiatives.find(learning.initiativeId()).orElseThrow().stage()).isEqualTo(Stage.RUNNING);
        // seed 003 item 3: the division's corner lists its districts' running initiatives, district by district
        long rajshahi = accounts.office(OfficeLevel.DIVISION, "Rajshahi");
        String corner = new Browsing(port).get("/corner/" + rajshahi).body();
        assertThat(corner).contains(DemoInitiatives.RUNNING_DISTRICTS_BN.toArray(String[]::new));
        assertThat(corner).contains("ওয়ারিশ সনদ এক দিনে", "আবেদনের অবস্থা এসএমএস-এ", "আম চাষিদের ট্রেড লাইসেন্স এক দিনে");
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }
}
