package bd.udbhabon.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.DecisionStatus;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.document.Docx;
import bd.udbhabon.document.SeedDocuments;
import bd.udbhabon.document.Tools;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.team.HtmlForm;
import bd.udbhabon.team.PlannedMember;
import bd.udbhabon.team.SubCommittees;
import bd.udbhabon.team.TeamRole;
import bd.udbhabon.team.Teams;
import bd.udbhabon.team.TeamFixtures;
import bd.udbhabon.team.internal.ComplianceUpdater;
import bd.udbhabon.office.OfficeDirectory;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seeds 003 and 004 recreated through the minutes pages: the Rajshahi divisional team's meetings of
 * 19 June and 17 October 2023 (the October minutes' item 2 computed from June's decisions in the
 * register) and a ministry's meeting in the activity table with a sub-committee and a co-opted
 * member. The Rajshahi division's team and the ministry made here are this class's own.
 */
@IntegrationTest
class MinutesTests {

    private static final LocalDate JUNE = LocalDate.of(2023, 6, 19);
    private static final LocalDate OCTOBER = LocalDate.of(2023, 10, 17);
    private static final String RAJSHAHI_FILE = "05.43.0000.017.02.001.23";

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
    Decisions decisions;
    @Autowired
    DecisionRegister register;
    @Autowired
    Teams teams;
    @Autowired
    SubCommittees subCommittees;
    @Autowired
    bd.udbhabon.team.TeamFormation formation;
    @Autowired
    bd.udbhabon.office.MemoNumbering numbering;

    @Test
    void seed003IsRecreatedWithItsRateComputedFromTheRegister() {
        long rajshahi = accounts.office(OfficeLevel.DIVISION, "Rajshahi");
        long commissioner = heldPost(rajshahi, "বিভাগীয় কমিশনার", "ড. দেওয়ান মুহাম্মদ হুমায়ুন কবীর");
        long adc = heldPost(rajshahi, "অতিরিক্ত বিভাগীয় কমিশনার (উন্নয়ন ও আইসিটি)", "ড. মোঃ মোকহেদ আলী");
        long director = heldPost(rajshahi, "পরিচালক (স্থানীয় সরকার)", "মোঃ রফিকুল ইসলাম");
        long programmer = heldPost(rajshahi, "সহকারী প্রোগ্রামার", "মোঃ সাইফুল ইসলাম");
        List<Long> members = List.of(commissioner, adc, director, programmer);
        new TeamFixtures(jdbc, offices, compliance).issue(rajshahi, accounts.cabinetDivision(), LocalDate.of(2023, 1, 1), 1,
                List.of(new PlannedMember(commissioner, TeamRole.HEAD), new PlannedMember(adc, TeamRole.MEMBER),
                        new PlannedMember(director, TeamRole.MEMBER), new PlannedMember(programmer, TeamRole.MEMBER_SECRETARY)), true);
        accounts.create("rajshahi-ms", Role.MEMBER_SECRETARY, rajshahi);
        accounts.create("rajshahi-divcom", Role.TEAM_HEAD, rajshahi);
        accounts.create("rajshahi-member", Role.TEAM_MEMBER, rajshahi);
        MinutesDesk ms = new MinutesDesk(port, signedIn("rajshahi-ms"));
        MinutesDesk chair = new MinutesDesk(port, signedIn("rajshahi-divcom"));

        // 19 June: six decisions, issued, all implemented by the end of September.
        List<String> juneAgenda = List.of("ই-সেবা", "উদ্ভাবনী উদ্যোগ", "ওয়েব পোর্টাল", "প্রশিক্ষণ", "কর্মপরিকল্পনা", "সেবা সহজিকরণ");
        long june = ms.hold(rajshahi, JUNE, "11:00", "সম্মেলন কক্ষ", juneAgenda, members);
        HtmlForm juneForm = ms.form(rajshahi, june);
        assertThat(juneForm.value("items[0].kind")).as("the first meeting has no standing items").isEqualTo("AGENDA");
        for (int i = 0; i < 6; i++) {
            String n = "items[" + i + "]";
            juneForm.set(n + ".discussion", "জুনের আলোচনা " + (i + 1)).set(n + ".decisions[0].text", "জুনের সিদ্ধান্ত " + (i + 1))
                    .set(n + ".decisions[0].owners[0].key", "office:" + rajshahi).set(n + ".decisions[0].due", "2023-09-30");
        }
        assertThat(ms.save(juneForm).status()).isEqualTo(302);
        long juneMinutes = ms.minutesId(rajshahi, june);
        assertThat(press(chair.user, rajshahi, june, juneMinutes, "approve", Map.of("approvedOn", "2023-06-25")).status()).isEqualTo(302);
        var juneIssued = ms.issue(rajshahi, june, juneMinutes, RAJSHAHI_FILE, 277, LocalDate.of(2023, 6, 25),
                "ড. মোঃ মোকহেদ আলী", "অতিরিক্ত বিভাগীয় কমিশনার", List.of("বিভাগীয় ইনোভেশন টিমের সকল সদস্য"), List.of());
        assertThat(juneIssued.status()).as(juneIssued.body()).isEqualTo(302);
        List<Decision> taken = decisions.ofMeeting(june, JUNE);
        assertThat(taken).hasSize(6).allMatch(d -> d.status() == DecisionStatus.NOT_STARTED);
        taken.forEach(d -> accounts.as("rajshahi-ms", () -> {
            register.changeStatus(d.id(), rajshahi, DecisionStatus.IMPLEMENTED, LocalDate.of(2023, 9, 30), null);
            return 0;
        }));

        // 17 October: the standing items come filled; nobody types the rate.
        List<List<String>> seed = SeedDocuments.seed003Items();
        List<String> agenda = seed.subList(2, 8).stream().map(r -> r.get(1)).toList();
        long october = ms.hold(rajshahi, OCTOBER, "13:15", "বিভাগীয় কমিশনার, রাজশাহী এর সম্মেলন কক্ষ", agenda, members);
        String formPage = ms.user.get(ms.base(rajshahi, october) + "/edit").body();
        String rate = "গত ১৯ জুন ২০২৩ খ্রি. তারিখে অনুষ্ঠিত বিভাগীয় ইনোভেশন টিমের সভায় ৬টি সিদ্ধান্ত গৃহীত হয়। "
                + "তন্মধ্যে ৬টি সিদ্ধান্ত বাস্তবায়িত হয়। সিদ্ধান্ত বাস্তবায়ন হার ১০০% (৬টির মধ্যে ৬টি)।";
        assertThat(formPage).contains(rate);
        HtmlForm form = HtmlForm.on(formPage, "#minutes-form");
        assertThat(form.value("items[0].kind")).isEqualTo("CONFIRMATION");
        assertThat(form.value("items[0].subject")).isEqualTo(seed.get(0).get(1));
        assertThat(form.value("items[0].discussion")).isEqualTo(seed.get(0).get(2).replace("দৃষ্টিকরণ", "দৃঢ়ীকরণ"));
        assertThat(form.value("items[0].decisions[0].text")).isEqualTo(seed.get(0).get(3).replace("দৃষ্টিকরণ", "দৃঢ়ীকরণ"));
        assertThat(form.value("items[1].kind")).isEqualTo("RATE");
        assertThat(form.value("items[1].subject")).isEqualTo(seed.get(1).get(1));
        assertThat(form.value("items[1].decisions[0].text")).isEqualTo(seed.get(1).get(3));
        assertThat(form.value("items[1].decisions[0].owners[0].label")).isEqualTo(seed.get(1).get(4));
        assertThat(form.values("items[1].discussion")).containsExactly("");

        Map<String, String> owners = Map.of(
                "অতিরিক্ত বিভাগীয় কমিশনার (উন্নয়ন ও আইসিটি), রাজশাহী বিভাগ", "post:" + adc,
                "জেলা প্রশাসক (সকল), রাজশাহী বিভাগ", "level:DISTRICT:" + rajshahi,
                "সহকারী প্রোগ্রামার, বিভাগীয় কমিশনারের কার্যালয়, রাজশাহী", "post:" + programmer);
        form.set("opening", String.join("\n\n", SeedDocuments.seed003Opening())).set("itemsIntro", "");
        form.set("items[0].decisions[0].owners[0].key", "post:" + adc).set("items[0].decisions[0].owners[0].label", seed.get(0).get(4));
        for (int i = 2; i < 8; i++) {
            List<String> row = seed.get(i);
            String n = "items[" + i + "]";
            form.set(n + ".discussion", row.get(2)).set(n + ".decisions[0].text", row.get(3));
            String[] implementers = row.get(4).split("\n");
            for (int k = 0; k < implementers.length; k++) {
                String label = implementers[k].replaceFirst("।$", "").strip();
                form.set(n + ".decisions[0].owners[" + k + "].key", owners.getOrDefault(label, "office:" + rajshahi))
                        .set(n + ".decisions[0].owners[" + k + "].label", label);
            }
        }
        var saved = ms.save(form);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        long minutesId = ms.minutesId(rajshahi, october);

        // The member-secretary cannot approve; circulated, a member comments; the chair approves.
        assertThat(press(ms.user, rajshahi, october, minutesId, "approve", Map.of()).status()).isEqualTo(403);
        assertThat(press(ms.user, rajshahi, october, minutesId, "circulate", Map.of()).status()).isEqualTo(302);
        Browsing member = signedIn("rajshahi-member");
        assertThat(press(member, rajshahi, october, minutesId, "comment", Map.of("text", "৮ নং বিষয়ে সহকারী প্রোগ্রামারকে যুক্ত করা হোক।"))
                .status()).isEqualTo(302);
        assertThat(member.get(ms.base(rajshahi, october) + "/edit").status()).isEqualTo(403);
        assertThat(chair.user.get(ms.base(rajshahi, october)).body()).as("the comment under its author's name")
                .contains("পরীক্ষক rajshahi-member", "৮ নং বিষয়ে সহকারী প্রোগ্রামারকে যুক্ত করা হোক।");
        // Entered in 2026 as they happened in 2023: approval before the meeting is refused, the day typed kept.
        var early = press(chair.user, rajshahi, october, minutesId, "approve", Map.of("approvedOn", "2023-10-16"));
        assertThat(early.status()).isEqualTo(200);
        assertThat(early.body()).contains("অনুমোদনের তারিখ সভার তারিখের আগে হতে পারে না।", "value=\"2023-10-16\"");
        assertThat(chair.user.get(ms.base(rajshahi, october)).body()).doesNotContain("সভাপতি কর্তৃক অনুমোদিত");
        assertThat(press(chair.user, rajshahi, october, minutesId, "approve", Map.of("approvedOn", "2023-10-25")).status()).isEqualTo(302);
        // Issued before the chair approved: refused, the form keeps the day.
        var beforeApproval = ms.issue(rajshahi, october, minutesId, RAJSHAHI_FILE, 0, LocalDate.of(2023, 10, 24), "ড. মোঃ মোকহেদ আলী",
                "অতিরিক্ত বিভাগীয় কমিশনার", SeedDocuments.seed003Distribution(), List.of());
        assertThat(beforeApproval.status()).isEqualTo(200);
        assertThat(beforeApproval.body()).contains("জারির তারিখ সভাপতির অনুমোদনের তারিখের আগে হতে পারে না।", "value=\"2023-10-24\"");
        var issued = ms.issue(rajshahi, october, minutesId, RAJSHAHI_FILE, 0, LocalDate.of(2023, 10, 25), "ড. মোঃ মোকহেদ আলী",
                "অতিরিক্ত বিভাগীয় কমিশনার", SeedDocuments.seed003Distribution(), List.of());
        assertThat(issued.status()).as(issued.body()).isEqualTo(302);

        // The paper: all eight items with discussion, decision and authorities; item 2 as computed; memo and dual date.
        String page = ms.user.get(ms.base(rajshahi, october)).body();
        assertThat(page).contains("০৫.৪৩.০০০০.০১৭.০২.০০১.২৩.২৭৮", "জারিকৃত", "৮ নং বিষয়ে সহকারী প্রোগ্রামারকে যুক্ত করা হোক।");
        byte[] pdf = ms.user.bytes(ms.base(rajshahi, october) + "/" + minutesId + ".pdf").body();
        String text = squash(Tools.pdfText(pdf));
        assertThat(text).contains(squash("বিভাগীয় ইনোভেশন টিমের সভার কার্যবিবরণী"), squash(rate),
                squash("০৫.৪৩.০০০০.০১৭.০২.০০১.২৩.২৭৮"), squash("৯ কার্তিক ১৪৩০"), squash("২৫ অক্টোবর ২০২৩"),
                squash("বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়)"), squash("মন্ত্রিপরিষদ সচিব, মন্ত্রিপরিষদ সচিব-এঁর দপ্তর, মন্ত্রিপরিষদ বিভাগ"),
                squash("পরিশিষ্ট-ক"), squash("ড. মোঃ মোকহেদ আলী"));
        // The chair's signature is dated the day of approval, as in seed 003, not the day it was typed in.
        assertThat(text).contains("২৫-১০-২০২৩").doesNotContain(bd.udbhabon.bangla.BanglaDigits.toBangla(
                bd.udbhabon.bangla.Dhaka.today().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"))));
        for (List<String> row : seed) {
            assertThat(text).as(row.get(1)).contains(squash(row.get(1)), squash(row.get(3).replace("দৃষ্টিকরণ", "দৃঢ়ীকরণ")));
            if (!row.get(0).equals("২.")) {
                assertThat(text).as(row.get(1)).contains(squash(row.get(2).substring(0, 60).replace("দৃষ্টিকরণ", "দৃঢ়ীকরণ")));
            }
            for (String implementer : row.get(4).split("\n")) {
                assertThat(text).contains(squash(implementer.replaceFirst("।$", "")));
            }
        }
        assertThat(Docx.paragraphs(Docx.open(ms.user.bytes(ms.base(rajshahi, october) + "/" + minutesId + ".docx").body())))
                .anyMatch(p -> p.contains("সিদ্ধান্ত বাস্তবায়ন হার ১০০% (৬টির মধ্যে ৬টি)"));

        // The agenda decisions are in the register with the meeting as their source; the standing ones are not.
        List<Decision> octoberDecisions = decisions.ofMeeting(october, OCTOBER);
        assertThat(octoberDecisions).hasSize(6).extracting(Decision::sourceItem).containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(octoberDecisions.get(0).owners()).extracting(o -> o.labelBn())
                .containsExactly("অতিরিক্ত বিভাগীয় কমিশনার (উন্নয়ন ও আইসিটি), রাজশাহী বিভাগ", "জেলা প্রশাসক (সকল), রাজশাহী বিভাগ");
        long bogura = accounts.office(OfficeLevel.DISTRICT, "Bogura");
        assertThat(decisions.assignedTo(bogura, OCTOBER)).extracting(Decision::id).contains(octoberDecisions.get(0).id());

        // Issued minutes never change: a June decision reopened afterwards moves today's figures, not the paper.
        accounts.as("rajshahi-ms", () -> {
            register.changeStatus(taken.get(0).id(), rajshahi, DecisionStatus.IN_PROGRESS, LocalDate.of(2023, 10, 1), null);
            return 0;
        });
        assertThat(ms.user.bytes(ms.base(rajshahi, october) + "/" + minutesId + ".pdf").body()).isEqualTo(pdf);
        assertThat(ms.user.get(ms.base(rajshahi, october)).body()).contains(rate);
        ms.user.get(ms.base(rajshahi, october));
        assertThat(ms.user.post(ms.base(rajshahi, october) + "/edit", Map.of("title", "পরে বদলানো শিরোনাম")).status()).isEqualTo(400);

        // The public corner lists the issued minutes, and their paper downloads without signing in.
        Browsing anonymous = new Browsing(port);
        String corner = anonymous.get("/corner/" + rajshahi).body();
        assertThat(corner).contains("০৫.৪৩.০০০০.০১৭.০২.০০১.২৩.২৭৮");
        assertThat(anonymous.bytes("/corner/" + rajshahi + "/minutes/" + minutesId + ".pdf").body()).isEqualTo(pdf);
    }

    @Test
    void seed004InTheActivityTableFormsASubCommitteeAndCoOptsAMember() {
        long ministry = jdbc.sql("""
                        insert into office (level, name_bn, name_en, admin_parent_id, line_parent_id, website)
                        values ('MINISTRY', 'মহিলা ও শিশু বিষয়ক মন্ত্রণালয় (কার্যবিবরণী)', 'Ministry of Women and Children Affairs (minutes)',
                                null, null, 'www.mowca.gov.bd') returning id""") // outside the registry's tree OfficeApiTests counts
                .query(Long.class).single();
        long chief = heldPost(ministry, "অতিরিক্ত সচিব (প্রশাসন)", "মুহাম্মদ ওয়াহিদুজ্জামান, এনডিসি");
        long jointAdmin = heldPost(ministry, "যুগ্মসচিব (প্রশাসন)", "মোছাঃ ফেরদৌসী বেগম");
        long development = heldPost(ministry, "উপসচিব (উন্নয়ন-১)", "মোঃ কামরুল হাসান");
        long admin2 = heldPost(ministry, "উপসচিব (প্রশাসন-২)", "মোঃ মাসুদুর রহমান");
        long librarian = heldPost(ministry, "লাইব্রেরীয়ান", "মোছাঃ নাসরিন আক্তার");
        long childCoordination = heldPost(ministry, "উপসচিব (শিশু ও সমন্বয় অধিশাখা)", "মোছাঃ রোকসানা পারভীন");
        List<Long> members = List.of(chief, jointAdmin, development, admin2, librarian);
        new TeamFixtures(jdbc, offices, compliance).issue(ministry, ministry, LocalDate.of(2023, 1, 1), 1,
                List.of(new PlannedMember(chief, TeamRole.HEAD), new PlannedMember(jointAdmin, TeamRole.MEMBER),
                        new PlannedMember(development, TeamRole.MEMBER), new PlannedMember(librarian, TeamRole.MEMBER),
                        new PlannedMember(admin2, TeamRole.MEMBER_SECRETARY)), true);
        accounts.create("mowca-ms", Role.MEMBER_SECRETARY, ministry);
        accounts.create("mowca-chief", Role.OFFICE_ADMIN, ministry);
        MinutesDesk ms = new MinutesDesk(port, signedIn("mowca-ms"));
        Browsing chiefUser = signedIn("mowca-chief");

        List<List<String>> seed = SeedDocuments.seed004Items();
        LocalDate day = LocalDate.of(2023, 11, 27);
        long meeting = ms.hold(ministry, day, "14:30", "সম্মেলন কক্ষ, মহিলা ও শিশু বিষয়ক মন্ত্রণালয়",
                List.of("ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪"), members);
        HtmlForm form = ms.form(ministry, meeting);
        assertThat(form.value("items[0].kind")).as("the ministry's first meeting here: no standing items").isEqualTo("AGENDA");
        form.set("style", "ACTIVITY_TABLE").set("title", "").set("subject", "মহিলা ও শিশু বিষয়ক মন্ত্রণালয়ের ইনোভেশন টিম সভার কার্যবিবরণী।")
                .set("chairName", "মুহাম্মদ ওয়াহিদুজ্জামান, এনডিসি").set("chairDesignation", "অতিরিক্ত সচিব (প্রশাসন) ও চীফ ইনোভেশন অফিসার")
                .set("itemsIntro", "বিস্তারিত আলোচনার পর সভায় নিম্নোক্ত সিদ্ধান্তসমূহ গৃহীত হয়ঃ");
        // One agenda row on the form and two empty ones; the page gives more rows as asked.
        HtmlForm more = HtmlForm.on(ms.user.post(ms.base(ministry, meeting) + "/edit", Map.of("items[0].kind", "AGENDA",
                "items[0].subject", seed.get(0).get(0), "action", "more", "style", "ACTIVITY_TABLE")).body(), "#minutes-form");
        assertThat(more.value("items[0].subject")).isEqualTo(seed.get(0).get(0));
        assertThat(more.value("items[4].kind")).as("at least five item rows").isEqualTo("AGENDA");
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : List.of("style", "title", "subject", "chairName", "chairDesignation", "opening", "itemsIntro", "closing")) {
            fields.put(name, form.value(name) == null ? "" : form.value(name));
        }
        for (int i = 0; i < seed.size(); i++) {
            List<String> row = seed.get(i);
            String p = "items[" + i + "]";
            fields.put(p + ".kind", "AGENDA");
            fields.put(p + ".subject", row.get(0));
            fields.put(p + ".target", row.get(1));
            fields.put(p + ".discussion", row.get(2));
            fields.put(p + ".decisions[0].text", row.get(3));
            fields.put(p + ".decisions[0].owners[0].key", "office:" + ministry);
            fields.put(p + ".decisions[0].kind", "PLAIN");
            if (!row.get(4).isEmpty()) {
                String[] committee = row.get(4).split("\n");
                fields.put(p + ".decisions[0].kind", "SUB_COMMITTEE");
                fields.put(p + ".decisions[0].committeeName", "স্মার্ট বাংলাদেশ কর্মপরিকল্পনা প্রণয়ন কমিটি");
                for (int k = 0; k < committee.length; k++) {
                    String[] parts = committee[k].split(" - ");
                    fields.put(p + ".decisions[0].committee[" + k + "].label", parts[0]);
                    fields.put(p + ".decisions[0].committee[" + k + "].role", switch (parts[1]) {
                        case "আহবায়ক" -> "CONVENER";
                        case "সদস্য সচিব" -> "MEMBER_SECRETARY";
                        default -> "MEMBER";
                    });
                }
                fields.put(p + ".decisions[0].committee[0].post", String.valueOf(jointAdmin));
            }
            if (row.get(0).equals("বিবিধ")) {
                fields.put(p + ".decisions[0].kind", "COOPT");
                fields.put(p + ".decisions[0].coopt", String.valueOf(jointAdmin)); // already a member: refused first
            }
        }
        var refused = ms.user.post(ms.base(ministry, meeting) + "/edit", fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("এই পদ ইতোমধ্যে টিমের সদস্য।", seed.get(5).get(2));
        assertThat(jdbc.sql("select count(*) from minutes where meeting_id = ?").param(meeting).query(Long.class).single()).isZero();
        fields.put("items[" + (seed.size() - 1) + "].decisions[0].coopt", String.valueOf(childCoordination));
        var saved = ms.user.post(ms.base(ministry, meeting) + "/edit", fields);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);

        long minutesId = ms.minutesId(ministry, meeting);
        assertThat(press(chiefUser, ministry, meeting, minutesId, "approve", Map.of("approvedOn", "2023-12-03")).status()).isEqualTo(302);
        var issued = ms.issue(ministry, meeting, minutesId, "32.00.0000.034.16.003.23", 5, LocalDate.of(2023, 12, 3),
                "মোঃ মাসুদুর রহমান", "উপসচিব (প্রশাসন-২)", SeedDocuments.seed004Distribution(), List.of("অফিস কপি"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(302);

        String text = squash(Tools.pdfText(ms.user.bytes(ms.base(ministry, meeting) + "/" + minutesId + ".pdf").body()));
        assertThat(text).contains(squash("কার্যক্রম"), squash("লক্ষ্যমাত্রা"), squash("যুগ্মসচিব (প্রশাসন) - আহবায়ক"),
                squash("লাইব্রেরীয়ান - সদস্য সচিব"), squash("৩২.০০.০০০০.০৩৪.১৬.০০৩.২৩"));
        for (List<String> row : seed) {
            assertThat(text).as(row.get(0)).contains(squash(row.get(0)), squash(row.get(1)), squash(row.get(3)));
        }
        // The table has no column for who implements: a line after the decisions, not numbered as one more decision.
        assertThat(text).contains(squash("বাস্তবায়নকারী কর্তৃপক্ষ: মহিলা ও শিশু বিষয়ক মন্ত্রণালয়"))
                .doesNotContainPattern("[০-৯]।বাস্তবায়নকারীকর্তৃপক্ষ");

        // The team: the sub-committee is kept; the co-opted member waits on the change order the minutes opened.
        List<SubCommittees.SubCommittee> committees = subCommittees.onDate(ministry, day);
        assertThat(committees).singleElement().satisfies(c -> {
            assertThat(c.nameBn()).isEqualTo("স্মার্ট বাংলাদেশ কর্মপরিকল্পনা প্রণয়ন কমিটি");
            assertThat(c.members()).extracting(SubCommittees.Member::labelBn).containsExactly(
                    "যুগ্মসচিব (প্রশাসন)", "উপসচিব (উন্নয়ন-১)", "উপসচিব (শিশু ও সমৰ্থয়)", "উপসচিব (পরিঃ-২)", "লাইব্রেরীয়ান");
        });
        assertThat(ms.user.get(ms.base(ministry, meeting)).body()).contains("data-testid=\"coopt-draft\"");
        var draft = teams.draft(ministry).orElseThrow();
        assertThat(draft.members()).anySatisfy(m -> {
            assertThat(m.postId()).isEqualTo(childCoordination);
            assertThat(m.role()).isEqualTo(TeamRole.COOPTED);
        });
        assertThat(draft.preambleBn()).contains("কো-অপ্ট", "উপসচিব (শিশু ও সমন্বয় অধিশাখা)");
        assertThat(ms.user.get("/offices/" + ministry + "/team").body()).contains("স্মার্ট বাংলাদেশ কর্মপরিকল্পনা প্রণয়ন কমিটি");

        // The forming office issues the change order: from its day the co-opted member is on the team.
        long forming = formation.formingOffice(ministry, bd.udbhabon.bangla.Dhaka.today());
        accounts.create("mowca-forming", Role.OFFICE_ADMIN, forming);
        accounts.as("mowca-forming", () -> {
            var file = numbering.open(forming, "32.00.0000.034.16.004.23", "ইনোভেশন টিম", 1);
            return formation.issue(ministry, new bd.udbhabon.team.TeamFormation.IssueInput(file.id(), LocalDate.of(2023, 12, 10),
                    null, "কো-অপ্ট সদস্য অন্তর্ভুক্তি", "মুহাম্মদ ওয়াহিদুজ্জামান, এনডিসি", "অতিরিক্ত সচিব (প্রশাসন)", null, null, List.of()));
        });
        // effective from the day the minutes were issued, as the draft they opened says
        assertThat(teams.onDate(ministry, LocalDate.of(2023, 12, 3)).orElseThrow().members())
                .anySatisfy(m -> assertThat(m.post().id()).isEqualTo(childCoordination));
        assertThat(teams.onDate(ministry, LocalDate.of(2023, 12, 2)).orElseThrow().members())
                .noneSatisfy(m -> assertThat(m.post().id()).isEqualTo(childCoordination));
    }

    private long heldPost(long officeId, String title, String holder) {
        long post = new TeamFixtures(jdbc, offices, compliance).post(officeId, title, "OFFICER", false, null);
        long officer = jdbc.sql("insert into officer (office_id, name_bn) values (?, ?) returning id").params(officeId, holder)
                .query(Long.class).single();
        jdbc.sql("insert into holding (post_id, officer_id, held_from) values (?, ?, ?)").params(post, officer, LocalDate.of(2022, 1, 1))
                .update();
        return post;
    }

    private Browsing.Page press(Browsing user, long officeId, long meetingId, long minutesId, String action, Map<String, String> fields) {
        return new MinutesDesk(port, user).press(officeId, meetingId, minutesId, action, fields);
    }

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        user.signIn(username, TestAccounts.PASSWORD);
        return user;
    }

    /** The text without spaces and line breaks, which a table cell's width puts anywhere. */
    static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }
}
