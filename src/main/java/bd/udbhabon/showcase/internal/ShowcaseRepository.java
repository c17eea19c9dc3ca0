package bd.udbhabon.showcase.internal;

import bd.udbhabon.showcase.Ranking;
import bd.udbhabon.showcase.Showcase;
import bd.udbhabon.showcase.ShowcaseStatus;
import bd.udbhabon.showcase.Showcases;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The showcases' own SQL (V38): the event, its criteria, judges, entries and scores. */
@Repository
public class ShowcaseRepository {

    private static final String SELECT = "select id, office_id, title_bn, title_en, held_on, venue_bn, status, paper_id from showcase";

    /** A criterion as stored. */
    public record Criterion(long id, int position, String nameBn, BigDecimal weight, int maxScore) {

        public Ranking.Criterion forRanking() {
            return new Ranking.Criterion(id, weight, maxScore);
        }
    }

    /** A judge: the account, the office that decides their conflicts of interest, name and designation. */
    public record Judge(long id, long accountId, long officeId, String nameBn, String designationBn) {
    }

    /** An entry: the initiative entered and whether the organiser chose it among the best. */
    public record Entry(long id, long initiativeId, boolean selected) {
    }

    private final JdbcClient jdbc;

    ShowcaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Showcase> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(ShowcaseRepository::showcase).optional();
    }

    /** Locks the showcase: set-up, scoring and publishing of one showcase happen one at a time. */
    Optional<Showcase> lock(long id) {
        return jdbc.sql(SELECT + " where id = ? for update").param(id).query(ShowcaseRepository::showcase).optional();
    }

    List<Showcase> ofOffice(long officeId) {
        return jdbc.sql(SELECT + " where office_id = ? order by held_on desc, id desc").param(officeId)
                .query(ShowcaseRepository::showcase).list();
    }

    List<Showcase> published(long officeId) {
        return jdbc.sql(SELECT + " where office_id = ? and status = 'PUBLISHED' order by held_on desc, id desc").param(officeId)
                .query(ShowcaseRepository::showcase).list();
    }

    List<Showcases.Entered> enteredIn(long initiativeId) {
        return jdbc.sql("""
                        select s.id, s.office_id, s.title_bn, s.title_en, s.held_on, s.venue_bn, s.status, s.paper_id, e.selected
                          from showcase s join showcase_entry e on e.showcase_id = s.id
                         where e.initiative_id = ? order by s.held_on desc, s.id desc""")
                .param(initiativeId).query((rs, n) -> new Showcases.Entered(showcase(rs, n), rs.getBoolean("selected"))).list();
    }

    long insert(long officeId, ShowcaseRules.Draft d, Long accountId) {
        return jdbc.sql("""
                        insert into showcase (office_id, title_bn, title_en, held_on, venue_bn, created_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .param(officeId).param(d.titleBn()).param(d.titleEn()).param(d.heldOn()).param(d.venueBn()).param(accountId)
                .query(Long.class).single();
    }

    void update(long id, ShowcaseRules.Draft d) {
        jdbc.sql("update showcase set title_bn = ?, title_en = ?, held_on = ?, venue_bn = ? where id = ?")
                .param(d.titleBn()).param(d.titleEn()).param(d.heldOn()).param(d.venueBn()).param(id).update();
    }

    void status(long id, ShowcaseStatus status, Long paperId) {
        jdbc.sql("update showcase set status = ?, paper_id = ? where id = ?").param(status.name()).param(paperId).param(id).update();
    }

    public List<Criterion> criteria(long showcaseId) {
        return jdbc.sql("select id, position, name_bn, weight, max_score from showcase_criterion where showcase_id = ? order by position")
                .param(showcaseId).query((rs, n) -> new Criterion(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getInt(5))).list();
    }

    void replaceCriteria(long showcaseId, List<ShowcaseRules.NewCriterion> criteria) {
        jdbc.sql("delete from showcase_criterion where showcase_id = ?").param(showcaseId).update();
        int position = 1;
        for (ShowcaseRules.NewCriterion c : criteria) {
            jdbc.sql("insert into showcase_criterion (showcase_id, position, name_bn, weight, max_score) values (?, ?, ?, ?, ?)")
                    .param(showcaseId).param(position++).param(c.nameBn()).param(c.weight()).param(c.maxScore()).update();
        }
    }

    public List<Judge> judges(long showcaseId) {
        return jdbc.sql("select id, account_id, office_id, name_bn, designation_bn from showcase_judge where showcase_id = ? order by id")
                .param(showcaseId).query((rs, n) -> new Judge(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    /** Adds the judge; false when the account already judges this showcase. */
    boolean insertJudge(long showcaseId, long accountId, long officeId, String nameBn, String designationBn) {
        return jdbc.sql("""
                        insert into showcase_judge (showcase_id, account_id, office_id, name_bn, designation_bn)
                        values (?, ?, ?, ?, ?) on conflict (showcase_id, account_id) do nothing""")
                .param(showcaseId).param(accountId).param(officeId).param(nameBn).param(designationBn).update() == 1;
    }

    boolean deleteJudge(long showcaseId, long judgeId) {
        return jdbc.sql("delete from showcase_judge where showcase_id = ? and id = ?").param(showcaseId).param(judgeId).update() == 1;
    }

    public List<Entry> entries(long showcaseId) {
        return jdbc.sql("select id, initiative_id, selected from showcase_entry where showcase_id = ? order by id")
                .param(showcaseId).query((rs, n) -> new Entry(rs.getLong(1), rs.getLong(2), rs.getBoolean(3))).list();
    }

    /** Enters the initiative; false when it is entered already. */
    boolean insertEntry(long showcaseId, long initiativeId) {
        return jdbc.sql("insert into showcase_entry (showcase_id, initiative_id) values (?, ?) on conflict (showcase_id, initiative_id) do nothing")
                .param(showcaseId).param(initiativeId).update() == 1;
    }

    boolean deleteEntry(long showcaseId, long entryId) {
        return jdbc.sql("delete from showcase_entry where showcase_id = ? and id = ?").param(showcaseId).param(entryId).update() == 1;
    }

    void select(long showcaseId, List<Long> entryIds) {
        jdbc.sql("update showcase_entry set selected = (id = any(?)) where showcase_id = ?")
                .param(entryIds.toArray(Long[]::new)).param(showcaseId).update();
    }

    public List<Ranking.Score> scores(long showcaseId) {
        return jdbc.sql("""
                        select sc.judge_id, sc.entry_id, sc.criterion_id, sc.score
                          from showcase_score sc join showcase_entry e on e.id = sc.entry_id
                         where e.showcase_id = ? order by sc.judge_id, sc.entry_id, sc.criterion_id""")
                .param(showcaseId).query((rs, n) -> new Ranking.Score(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4)))
                .list();
    }

    /** Whether the judge has scored the entry (on any criterion). */
    boolean scored(long judgeId, long entryId) {
        return jdbc.sql("select exists (select 1 from showcase_score where judge_id = ? and entry_id = ?)")
                .param(judgeId).param(entryId).query(Boolean.class).single();
    }

    void insertScore(long judgeId, long entryId, long criterionId, BigDecimal score) {
        jdbc.sql("insert into showcase_score (judge_id, entry_id, criterion_id, score) values (?, ?, ?, ?)")
                .param(judgeId).param(entryId).param(criterionId).param(score).update();
    }

    /** The showcases being scored that the account judges as a person of {@code judgeOfficeId}, by day. */
    List<Showcase> scoringFor(long accountId, long judgeOfficeId) {
        return jdbc.sql(SELECT + " where status = 'SCORING' and id in (select showcase_id from showcase_judge where account_id = ? and office_id = ?)"
                        + " order by held_on, id")
                .param(accountId).param(judgeOfficeId).query(ShowcaseRepository::showcase).list();
    }

    /** Whether {@code officeId} is the organising office or below it (office_scope, both hierarchies). */
    boolean inScope(long organiserId, long officeId) {
        return jdbc.sql("select exists (select 1 from office_scope where ancestor_id = ? and office_id = ?)")
                .param(organiserId).param(officeId).query(Boolean.class).single();
    }

    private static Showcase showcase(ResultSet rs, int n) throws SQLException {
        return new Showcase(rs.getLong("id"), rs.getLong("office_id"), rs.getString("title_bn"), rs.getString("title_en"),
                rs.getObject("held_on", LocalDate.class), rs.getString("venue_bn"), ShowcaseStatus.valueOf(rs.getString("status")),
                rs.getObject("paper_id", Long.class));
    }
}
