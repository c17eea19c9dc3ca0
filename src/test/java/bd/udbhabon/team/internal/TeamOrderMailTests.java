package bd.udbhabon.team.internal;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.notify.Mailer;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.paper.PaperIssued;
import bd.udbhabon.team.TeamFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import java.time.LocalDate;
import java.util.List;

/**
 * An issued team order by mail (issue 16, point 4): to the members with an address and to the copy lines that print
 * one, each once; a line without an address is left to the inbox. Without a mail server here, each message is
 * recorded as failed and kept for the retry job (MailRetryTests sends such messages once a server is up).
 */
@IntegrationTest
@TestPropertySource(properties = "udbhabon.test.own-database=issue16")
class TeamOrderMailTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    OfficeDirectory offices;
    @Autowired
    ComplianceUpdater compliance;
    @Autowired
    TeamOrderMail mail;
    @Autowired
    OfficialPapers papers;
    @Autowired
    Mailer mailer;

    private long office(String level, Long parent, String place) {
        return jdbc.sql("""
                        insert into office (level, name_bn, name_en, place_bn, place_en, admin_parent_id)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(level, "কার্যালয়, " + place, "Office " + System.nanoTime(), place, "Place " + System.nanoTime(), parent)
                .query(Long.class).single();
    }

    /** An issued formation order with this copy list (TeamFixtures issues without one; an issued order is final). */
    private long issued(long upazila, long forming, String[] copies, List<Long> posts) {
        LocalDate since = TeamFixtures.SINCE;
        long n = System.nanoTime();
        String fileNumber = "05.56.%04d.%03d.13.002.26".formatted(forming % 10_000, n / 1000 % 1000);
        long file = jdbc.sql("insert into memo_file (office_id, file_number, subject_bn) values (?, ?, 'ইনোভেশন টিম') returning id")
                .params(forming, fileNumber).query(Long.class).single();
        String memo = fileNumber + ".1";
        long order = jdbc.sql("""
                        insert into team_order (office_id, forming_office_id, kind, status, effective_from, notification_id, preamble_bn, copies)
                        values (?, ?, 'FORMATION', 'DRAFT', ?, 2, 'প্রজ্ঞাপন মোতাবেক টিম গঠন করা হলো:', ?) returning id""")
                .params(upazila, forming, since, copies).query(Long.class).single();
        for (int i = 0; i < posts.size(); i++) {
            jdbc.sql("insert into team_order_member (order_id, position, post_id, role) values (?, ?, ?, ?)")
                    .params(order, i + 1, posts.get(i), i == 0 ? "HEAD" : i == 2 ? "MEMBER_SECRETARY" : "MEMBER").update();
        }
        jdbc.sql("insert into issued_memo (memo_number, file_id, paper) values (?, ?, ?)").params(memo, file, "team-order:" + order).update();
        long paper = jdbc.sql("""
                        insert into issued_paper (office_id, memo_file_id, memo_number, issued_on, subject, signatory_name_bn, pdf, docx)
                        values (?, ?, ?, ?, ?, 'জেলা প্রশাসক', ?, ?) returning id""")
                .params(forming, file, memo, since, "team-order:" + order, new byte[] {37, 80}, new byte[] {1}).query(Long.class).single();
        jdbc.sql("""
                update team_order set status = 'ISSUED', memo_number = ?, issued_on = ?, compliant = false, justification = 'পরীক্ষা',
                       findings = '[]', signatory_name_bn = 'জেলা প্রশাসক', paper_id = ? where id = ?""")
                .params(memo, since, paper, order).update();
        return order;
    }

    @Test
    void anIssuedOrderGoesToItsMembersAndTheCopyLinesThatPrintAnAddress() {
        long district = office("DISTRICT", null, "ডাকজেলা " + System.nanoTime());
        long upazila = office("UPAZILA", district, "ডাকউপজেলা " + System.nanoTime());
        TeamFixtures fixtures = new TeamFixtures(jdbc, offices, compliance);
        long headPost = fixtures.held(fixtures.post(upazila, "উপজেলা নির্বাহী অফিসার", "UPAZILA_NIRBAHI_OFFICER", false, null), upazila, false);
        long memberPost = fixtures.held(fixtures.post(upazila, "উপজেলা কৃষি অফিসার", "OFFICER", true, null), upazila, false);
        long secretaryPost = fixtures.held(fixtures.post(upazila, "সহকারী প্রোগ্রামার", "ASSISTANT_PROGRAMMER", false, null), upazila, false);
        String head = "uno-" + upazila + "@example.gov.bd";
        String secretary = "ap-" + upazila + "@example.gov.bd";
        jdbc.sql("update officer set email = ? where id = (select officer_id from holding where post_id = ?)").params(head, headPost).update();
        jdbc.sql("update officer set email = ? where id = (select officer_id from holding where post_id = ?)")
                .params(secretary, secretaryPost).update();
        String[] copies = {"জেলা প্রশাসক, ডাকজেলা (dc-" + district + "@example.gov.bd)", "সচিব, মন্ত্রিপরিষদ বিভাগ, ঢাকা।",
                "উপজেলা নির্বাহী অফিসার (" + head + ")"};
        long orderId = issued(upazila, district, copies, List.of(headPost, memberPost, secretaryPost));
        long paperId = jdbc.sql("select paper_id from team_order where id = ?").param(orderId).query(Long.class).single();
        record Team(long orderId) {
        }
        Team team = new Team(orderId);

        mail.on(new PaperIssued(papers.find(paperId).orElseThrow()));

        var sent = mailer.sentFor("team-order-issued:" + team.orderId());
        assertThat(sent).extracting(Mailer.Sent::recipient)
                .containsExactly(head, secretary, "dc-" + district + "@example.gov.bd");
        assertThat(sent).allSatisfy(s -> assertThat(s.subject()).contains("ইনোভেশন টিম গঠনের অফিস আদেশ"));
        assertThat(jdbc.sql("select count(*) from mail_pending p join mail_out m on m.id = p.mail_id where m.purpose = ?")
                .param("team-order-issued:" + team.orderId()).query(Long.class).single())
                .as("no server here: each kept for the retry job").isEqualTo(3);
        assertThat(jdbc.sql("""
                        select count(*) from mail_pending_attachment a join mail_out m on m.id = a.mail_id
                        where m.purpose = ? and a.content_type = 'application/pdf'""")
                .param("team-order-issued:" + team.orderId()).query(Long.class).single()).isEqualTo(3);

        mail.on(new PaperIssued(new OfficialPapers.IssuedPaper(paperId, district, papers.find(paperId).orElseThrow().memoNumber(),
                java.time.LocalDate.now(), "minutes:" + team.orderId(), 0)));
        assertThat(mailer.sentFor("team-order-issued:" + team.orderId())).as("other papers are not team orders").hasSize(3);
    }
}
