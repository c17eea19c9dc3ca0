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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
    @Autowired
    PlatformTransactionManager transactionManager;

    private long office(String level, Long parent, String place) {
        return jdbc.sql("""
                        insert into office (level, name_bn, name_en, place_bn, place_en, admin_parent_id)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(level, "কার্যালয়, " + place, "Office " + System.nanoTime(), place, "Place " + System.nanoTime(), parent)
                .query(Long.class).single();
    }

    @Test
    void anIssuedOrderGoesToItsMembersAndTheCopyLinesThatPrintAnAddress() {
        long district = office("DISTRICT", null, "ডাকজেলা " + System.nanoTime());
        long upazila = office("UPAZILA", district, "ডাকউপজেলা " + System.nanoTime());
        var team = new TeamFixtures(jdbc, offices, compliance).upazilaTeam(upazila, true);
        String head = "uno-" + upazila + "@example.gov.bd";
        String secretary = "ap-" + upazila + "@example.gov.bd";
        jdbc.sql("update officer set email = ? where id = (select officer_id from holding where post_id = ?)")
                .params(head, team.postIds().get(0)).update();
        jdbc.sql("update officer set email = ? where id = (select officer_id from holding where post_id = ?)")
                .params(secretary, team.postIds().get(2)).update();
        // the fixture issues without a copy list, and an issued order is final (V7's trigger): set past it, this once
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update team_order set copies = ? where id = ?").params(new String[] {
                    "জেলা প্রশাসক, ডাকজেলা (dc-" + district + "@example.gov.bd)", "সচিব, মন্ত্রিপরিষদ বিভাগ, ঢাকা।",
                    "উপজেলা নির্বাহী অফিসার (" + head + ")"}, team.orderId()).update();
        });
        long paperId = jdbc.sql("select paper_id from team_order where id = ?").param(team.orderId()).query(Long.class).single();

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
