package bd.udbhabon.team;

import static bd.udbhabon.team.TeamDesk.Row;
import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.document.Tools;
import bd.udbhabon.office.OfficeLevel;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19, point 9, for the team order: the issue form checked answers with the memo number the order will take,
 * its preview (the PDF of exactly that order, nothing taken) and a way back with everything typed; only a POST naming
 * that number issues it; a number taken meanwhile is named again, the next one. Point 5's panel on the issue page:
 * each rule with the members it counted and the way to mend it, as beside the draft. Kathalia upazila, formed by
 * the Jhalakathi deputy commissioner's office.
 */
@IntegrationTest
class TeamOrderConfirmationTests {

    private static final String FILE = "০৫.৪২.৪২০০.০০০.১৩.০০১.২৬";
    private static final String UNMET_AC_LAND = "১ জন সহকারী কমিশনার (ভূমি) নেই";

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOrderIsCheckedPreviewedAndIssuedOnlyUnderTheNumberConfirmed() {
        long jhalakathi = accounts.office(OfficeLevel.DISTRICT, "Jhalakathi");
        long kathalia = accounts.upazila(jhalakathi, "Kathalia");
        long rajapur = accounts.upazila(jhalakathi, "Rajapur");
        accounts.create("kathalia-uno", Role.OFFICE_ADMIN, kathalia);
        accounts.create("jhalakathi-dc", Role.OFFICE_ADMIN, jhalakathi);
        TeamDesk upazila = new TeamDesk(port, "kathalia-uno");
        UpazilaPosts posts = UpazilaPosts.create(upazila, kathalia, "কাঠালিয়া");
        String today = Dhaka.today().toString();
        assertThat(upazila.saveDraft(kathalia, "FORMATION", today, "নিম্নবর্ণিত কর্মকর্তাগণের সমন্বয়ে উপজেলা ইনোভেশন টিম গঠন করা হলো:",
                posts.rows(false)).status()).isEqualTo(302);
        long draftId = jdbc.sql("select id from team_order where office_id = ? and status = 'DRAFT'").param(kathalia)
                .query(Long.class).single();

        // Point 5: the issue page's panel is the draft's: the members each rule counted, the unmet rule's fix on the draft.
        TeamDesk dc = new TeamDesk(port, "jhalakathi-dc");
        Document issuePage = Jsoup.parse(dc.user.get("/offices/" + kathalia + "/team/issue").body());
        assertThat(issuePage.select("#findings [data-testid=counted-member]").eachText())
                .contains("সহকারী প্রোগ্রামার, কাঠালিয়া (নাম লেখা হয়নি)", "উপজেলা যুব উন্নয়ন কর্মকর্তা, কাঠালিয়া (মোছাঃ নাসরিন আক্তার)");
        Element unmet = issuePage.select("#findings li.unmet").stream().filter(li -> li.text().contains(UNMET_AC_LAND))
                .findFirst().orElseThrow();
        assertThat(unmet.select("a.fix").attr("href")).startsWith("/offices/" + kathalia + "/team/draft#");

        long file = dc.openFile(kathalia, FILE, "উপজেলা ইনোভেশন টিম", 41);
        Map<String, String> fields = TeamDesk.issueFields(file, today, "আইসিটি শাখা", "মোঃ রফিকুল ইসলাম", "জেলা প্রশাসক",
                "01700000042", "dc@jhalakathi.gov.bd", List.of("মন্ত্রিপরিষদ সচিব, মন্ত্রিপরিষদ বিভাগ", "অফিস কপি"),
                "সহকারী কমিশনার (ভূমি) পদে যোগদান প্রক্রিয়াধীন");

        // A form with a mistake is refused as before: no confirmation.
        Map<String, String> noReason = new java.util.LinkedHashMap<>(fields);
        noReason.put("justification", "");
        var refused = dc.check(kathalia, noReason);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("জারি করতে কারণ লিখুন").doesNotContain("confirm-issue-form");

        // Checked: the number it will take is named; nothing is issued, numbered or stored.
        var checked = dc.check(kathalia, fields);
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        Document confirmation = Jsoup.parse(checked.body());
        assertThat(confirmation.select("[data-testid=confirm-number]").text())
                .isEqualTo("এই নম্বরে জারি হবে: " + FILE + ".৪১। জারির পর বদলানো যাবে না।");
        assertThat(confirmation.select("[data-testid=confirm-summary]").text()).contains("মোঃ রফিকুল ইসলাম", "অনুলিপি: ২ জন");
        assertThat(confirmation.select("#issue-form")).as("the form gives way to the confirmation").isEmpty();
        assertNothingIssued(kathalia, file, draftId, 41);

        // The preview: exactly that order, with that number; still nothing taken.
        HtmlForm confirm41 = HtmlForm.on(checked.body(), "#confirm-issue-form");
        assertThat(confirm41.value("confirmed")).isEqualTo("05.42.4200.000.13.001.26.41");
        String preview41 = preview(dc, kathalia, confirm41);
        assertThat(preview41).contains("অফিস আদেশ", "নম্বর: " + FILE + ".৪১", "আইসিটি শাখা", "সহকারী প্রোগ্রামার, কাঠালিয়া",
                "মোঃ রফিকুল ইসলাম", "অফিস কপি");
        assertNothingIssued(kathalia, file, draftId, 41);

        // Back to the form: everything as typed.
        var back = HtmlForm.on(checked.body(), "#confirm-issue-form").set("back", "1").submit(dc.user, port);
        assertThat(back.status()).isEqualTo(200);
        Document form = Jsoup.parse(back.body());
        assertThat(form.select("#confirm-issue-form")).isEmpty();
        assertThat(form.select("#memoFile option[selected]").attr("value")).isEqualTo(String.valueOf(file));
        for (String field : List.of("issuedOn", "section", "signatoryName", "signatoryDesignation", "signatoryPhone", "signatoryEmail")) {
            assertThat(form.select("#issue-form input[name=" + field + "]").val()).as(field).isEqualTo(fields.get(field));
        }
        assertThat(form.select("#issue-form textarea[name=copies]").first().wholeText().strip()).isEqualTo(fields.get("copies"));
        assertThat(form.select("#issue-form textarea[name=justification]").first().wholeText()).isEqualTo(fields.get("justification"));
        assertNothingIssued(kathalia, file, draftId, 41);

        // Meanwhile Rajapur's order takes ৪১ from the same file.
        long rajapurUno = jdbc.sql("insert into post (office_id, title_bn, grade) values (?, 'উপজেলা নির্বাহী অফিসার, রাজাপুর', "
                + "'UPAZILA_NIRBAHI_OFFICER') returning id").param(rajapur).query(Long.class).single();
        assertThat(dc.saveDraft(rajapur, "FORMATION", today, "উপজেলা ইনোভেশন টিম গঠন করা হলো:",
                List.of(Row.of(rajapurUno, "HEAD"))).status()).isEqualTo(302);
        long rajapurOrder = TeamDesk.issuedOrder(dc.issue(rajapur, TeamDesk.issueFields(file, today, "", "মোঃ রফিকুল ইসলাম",
                "জেলা প্রশাসক", "", "", List.of(), "পরীক্ষা: কেবল উপজেলা নির্বাহী অফিসার")));
        assertThat(dc.announcedMemo(rajapur, rajapurOrder)).isEqualTo(FILE + ".৪১");

        // Confirming ৪১ now issues nothing: the confirmation comes again, naming ৪২.
        var again = confirm41.submit(dc.user, port);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        Document renamed = Jsoup.parse(again.body());
        assertThat(renamed.select("[data-testid=number-changed]")).isNotEmpty();
        assertThat(renamed.select("[data-testid=confirm-number]").text())
                .isEqualTo("এই নম্বরে জারি হবে: " + FILE + ".৪২। জারির পর বদলানো যাবে না।");
        assertNothingIssued(kathalia, file, draftId, 42);

        // Confirmed: issued under ৪২, exactly the order the preview showed.
        HtmlForm confirm42 = HtmlForm.on(again.body(), "#confirm-issue-form");
        String preview42 = preview(dc, kathalia, confirm42);
        var issued = confirm42.submit(dc.user, port);
        long order = TeamDesk.issuedOrder(issued);
        assertThat(order).isEqualTo(draftId);
        assertThat(dc.announcedMemo(kathalia, order)).isEqualTo(FILE + ".৪২");
        assertThat(Tools.pdfText(dc.download("/offices/" + kathalia + "/team/orders/" + order + ".pdf")))
                .as("the issued order is the preview").isEqualTo(preview42);
        assertThat(preview42).isNotEqualTo(preview41).contains("নম্বর: " + FILE + ".৪২");
        assertThat(jdbc.sql("select next_serial from memo_file where id = ?").param(file).query(Long.class).single()).isEqualTo(43);

        // Nothing is left to confirm: a stale confirmation of the issued order is refused, no second order.
        assertThat(confirm42.submit(dc.user, port).status()).isEqualTo(400);
        assertThat(jdbc.sql("select next_serial from memo_file where id = ?").param(file).query(Long.class).single()).isEqualTo(43);
    }

    private String preview(TeamDesk desk, long officeId, HtmlForm confirmation) {
        Browsing.Download preview = desk.user.postBytes("/offices/" + officeId + "/team/issue/preview", confirmation.encoded());
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.contentType()).isEqualTo("application/pdf");
        assertThat(preview.disposition()).startsWith("inline");
        return Tools.pdfText(preview.body());
    }

    /** No memo number used from the file (its next serial still {@code nextSerial}), no paper stored, the draft still a draft. */
    private void assertNothingIssued(long officeId, long file, long draftId, long nextSerial) {
        assertThat(jdbc.sql("select next_serial from memo_file where id = ?").param(file).query(Long.class).single())
                .isEqualTo(nextSerial);
        assertThat(jdbc.sql("select count(*) from issued_memo where file_id = ? and paper = ?").params(file, "team-order:" + draftId)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from issued_paper where subject = ?").param("team-order:" + draftId)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select status from team_order where id = ?").param(draftId).query(String.class).single()).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select count(*) from team_order where office_id = ? and status = 'ISSUED'").param(officeId)
                .query(Long.class).single()).isZero();
    }
}
