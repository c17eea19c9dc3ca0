package bd.udbhabon.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.IntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V22 copies every paper issued before it into issued_paper and points its record at it: a team
 * order, a meeting's notice, and minutes issued and then corrected (two versions, two papers), each
 * byte for byte. Run on a scratch database of the test server, migrated to V21, filled, then to V65;
 * then V66 (issue 17) drops the old copies, and refuses to when one is not its paper's byte for byte.
 */
@IntegrationTest
class IssuedPaperMigrationTests {

    private static final String SCRATCH = "v22_scratch";

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @Test
    void copiesEveryIssuedPaperAndPointsItsRecordAtIt() throws SQLException {
        onScratch((db, flyway) -> {
            Ids ids = fill(db);
            flyway.apply("65");
            check(db, ids);
            flyway.apply(null);
            // V66 (issue 17): the old copies are gone; every record still points at its paper, which keeps the bytes
            assertThat(db.sql("""
                            select count(*) from information_schema.columns
                             where (table_name, column_name) in (('team_order', 'pdf'), ('team_order', 'docx'), ('meeting', 'notice_pdf'),
                                                                 ('meeting', 'notice_docx'), ('minutes', 'pdf'), ('minutes', 'docx'))""")
                    .query(Long.class).single()).isZero();
            assertThat(paper(db, "select paper_id from team_order where id = " + ids.order()).pdf()).isEqualTo("order pdf");
            assertThat(paper(db, "select notice_paper_id from meeting where id = " + ids.meeting()).docx()).isEqualTo("notice docx");
            assertThat(paper(db, "select paper_id from minutes where id = " + ids.correction()).pdf()).isEqualTo("correction pdf");
            assertThatThrownBy(() -> db.sql("update team_order set paper_id = null where id = ?").param(ids.order()).update())
                    .hasMessageContaining("cannot be changed");
            assertThatThrownBy(() -> db.sql("update minutes set paper_id = null where id = ?").param(ids.firstMinutes()).update())
                    .hasMessageContaining("minutes_issued_complete");
        });
    }

    @Test
    void theOldBytesAreNotDroppedWhenTheirPaperDiffers() throws SQLException {
        onScratch((db, flyway) -> {
            Ids ids = fill(db);
            flyway.apply("65");
            db.sql("update issued_paper set docx = convert_to('another docx', 'UTF8') where id = (select notice_paper_id from meeting where id = ?)")
                    .param(ids.meeting()).update();
            assertThatThrownBy(() -> flyway.apply(null)).hasMessageContaining("nothing was dropped");
            assertThat(db.sql("select convert_from(notice_docx, 'UTF8') from meeting where id = ?").param(ids.meeting())
                    .query(String.class).single()).isEqualTo("notice docx");
        });
    }

    /** Migrates the scratch database to a version ({@code null}: to the end). */
    private interface Migrations {
        void apply(String target);
    }

    private interface ScratchWork {
        void run(JdbcClient db, Migrations flyway) throws SQLException;
    }

    /** A scratch database of the test server migrated to V21, for the work given; dropped after. */
    private void onScratch(ScratchWork work) throws SQLException {
        HikariDataSource pool = (HikariDataSource) owner;
        JdbcClient server = JdbcClient.create(owner);
        server.sql("drop database if exists " + SCRATCH).update();
        server.sql("create database " + SCRATCH).update();
        String url = pool.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + SCRATCH + "$1");
        Migrations flyway = target -> {
            var config = Flyway.configure().dataSource(url, pool.getUsername(), pool.getPassword())
                    .locations("classpath:db/migration").placeholders(Map.of("appRole", "udbhabon_app"));
            (target == null ? config : config.target(target)).load().migrate();
        };
        try {
            flyway.apply("21");
            try (Connection connection = DriverManager.getConnection(url, pool.getUsername(), pool.getPassword())) {
                work.run(JdbcClient.create(new SingleConnectionDataSource(connection, true)), flyway);
            }
        } finally {
            server.sql("drop database if exists " + SCRATCH + " with (force)").update();
        }
    }

    private record Ids(long office, long file, long order, long meeting, long firstMinutes, long correction) {
    }

    private static Ids fill(JdbcClient db) {
        long office = db.sql("insert into office (level, name_bn, name_en) values ('DISTRICT', 'জেলা প্রশাসকের কার্যালয়, দিনাজপুর', 'Dinajpur') returning id")
                .query(Long.class).single();
        long file = db.sql("insert into memo_file (office_id, file_number, subject_bn) values (?, '05.55.2700.025.13.002.18', 'ইনোভেশন') returning id")
                .param(office).query(Long.class).single();
        for (String memo : List.of("05.55.2700.025.13.002.18.89", "05.55.2700.025.13.002.18.90", "05.55.2700.025.13.002.18.91",
                "05.55.2700.025.13.002.18.92")) {
            db.sql("insert into issued_memo (memo_number, file_id, paper) values (?, ?, 'x')").params(memo, file).update();
        }
        long order = db.sql("""
                        insert into team_order (office_id, forming_office_id, kind, status, effective_from, notification_id, preamble_bn)
                        values (?, ?, 'FORMATION', 'DRAFT', date '2023-11-16', 1, 'গঠন করা হলো') returning id""")
                .params(office, office).query(Long.class).single();
        db.sql("""
                        update team_order set status = 'ISSUED', memo_number = '05.55.2700.025.13.002.18.89', issued_on = date '2023-11-16',
                               compliant = true, signatory_name_bn = 'শাকিল আহমেদ', signatory_designation_bn = 'জেলা প্রশাসক',
                               issued_by = 7, pdf = ?, docx = ? where id = ?""")
                .params(bytes("order pdf"), bytes("order docx"), order).update();
        long meeting = db.sql("""
                        insert into meeting (office_id, chair_name_bn, chair_designation_bn, meeting_date, start_time, place_bn, status,
                                             notice_memo_number, notice_issued_on, notice_signatory_bn, notice_pdf, notice_docx)
                        values (?, 'শাকিল আহমেদ', 'জেলা প্রশাসক', date '2023-11-27', time '11:00', 'সম্মেলন কক্ষ', 'HELD',
                                '05.55.2700.025.13.002.18.90', date '2023-11-20', 'শাকিল আহমেদ, জেলা প্রশাসক', ?, ?) returning id""")
                .params(office, bytes("notice pdf"), bytes("notice docx")).query(Long.class).single();
        long first = minutes(db, meeting, 1, null, "05.55.2700.025.13.002.18.91", "first");
        long correction = minutes(db, meeting, 2, first, "05.55.2700.025.13.002.18.92", "correction");
        db.sql("insert into minutes (meeting_id, version, supersedes_id, style, chair_name_bn, chair_designation_bn, correction_note_bn) "
                        + "values (?, 3, ?, 'PARAGRAPHS', 'শাকিল আহমেদ', 'জেলা প্রশাসক', 'আরেকটি সংশোধন')")
                .params(meeting, correction).update(); // a draft: no paper
        return new Ids(office, file, order, meeting, first, correction);
    }

    private static long minutes(JdbcClient db, long meeting, int version, Long supersedes, String memo, String what) {
        return db.sql("""
                        insert into minutes (meeting_id, version, supersedes_id, style, status, chair_name_bn, chair_designation_bn,
                                             correction_note_bn, approved_on, memo_number, issued_on, signatory_name_bn,
                                             signatory_designation_bn, pdf, docx)
                        values (?, ?, ?, 'PARAGRAPHS', 'ISSUED', 'শাকিল আহমেদ', 'জেলা প্রশাসক', ?, date '2023-12-01', ?, date '2023-12-03',
                                'শাকিল আহমেদ', 'জেলা প্রশাসক', ?, ?) returning id""")
                .params(meeting, version, supersedes, supersedes == null ? null : "সংশোধন", memo, bytes(what + " pdf"),
                        bytes(what + " docx"))
                .query(Long.class).single();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private record Paper(long officeId, long fileId, String memo, String issuedOn, String subject, String signatory, String pdf,
                         String docx, Long issuedBy) {
    }

    private static Paper paper(JdbcClient db, String pointer) {
        return db.sql("select p.office_id, p.memo_file_id, p.memo_number, p.issued_on::text, p.subject, p.signatory_name_bn, "
                        + "convert_from(p.pdf, 'UTF8'), convert_from(p.docx, 'UTF8'), p.issued_by from issued_paper p where p.id = (" + pointer + ")")
                .query((rs, i) -> new Paper(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), (Long) rs.getObject(9)))
                .single();
    }

    private static void check(JdbcClient db, Ids ids) {
        assertThat(db.sql("select count(*) from issued_paper").query(Long.class).single()).isEqualTo(4);
        assertThat(paper(db, "select paper_id from team_order where id = " + ids.order())).isEqualTo(new Paper(ids.office(), ids.file(),
                "05.55.2700.025.13.002.18.89", "2023-11-16", "team-order:" + ids.order(), "শাকিল আহমেদ", "order pdf", "order docx", 7L));
        assertThat(paper(db, "select notice_paper_id from meeting where id = " + ids.meeting())).isEqualTo(new Paper(ids.office(),
                ids.file(), "05.55.2700.025.13.002.18.90", "2023-11-20", "meeting-notice:" + ids.meeting(), null, "notice pdf",
                "notice docx", null));
        assertThat(paper(db, "select paper_id from minutes where id = " + ids.firstMinutes())).isEqualTo(new Paper(ids.office(),
                ids.file(), "05.55.2700.025.13.002.18.91", "2023-12-03", "minutes:" + ids.firstMinutes(), "শাকিল আহমেদ", "first pdf",
                "first docx", null));
        assertThat(paper(db, "select paper_id from minutes where id = " + ids.correction())).isEqualTo(new Paper(ids.office(),
                ids.file(), "05.55.2700.025.13.002.18.92", "2023-12-03", "minutes:" + ids.correction(), "শাকিল আহমেদ",
                "correction pdf", "correction docx", null));
        assertThat(db.sql("select count(*) from minutes where paper_id is null").query(Long.class).single()).isEqualTo(1);
        // the old bytes stay until V66 drops them; an issued order is still final
        assertThat(db.sql("select convert_from(pdf, 'UTF8') from team_order where id = ?").param(ids.order()).query(String.class).single())
                .isEqualTo("order pdf");
        assertThatThrownBy(() -> db.sql("update team_order set paper_id = null where id = ?").param(ids.order()).update())
                .hasMessageContaining("cannot be changed");
    }
}
