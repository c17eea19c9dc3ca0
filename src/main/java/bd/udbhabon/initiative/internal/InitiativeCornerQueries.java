package bd.udbhabon.initiative.internal;

import bd.udbhabon.bangla.BanglaText;
import bd.udbhabon.initiative.InitiativeKind;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeLevel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public corner shows of initiatives (issue 15, point 8): the office's running initiatives (running or being
 * scaled up) and its services, and for a district or division the running initiatives of the offices below it, district
 * by district (seed 003 item 3, "জেলা ভিত্তিক তালিকা"). Only what offices publish anyway.
 */
@Repository
public class InitiativeCornerQueries {

    /** The most initiatives a district's list shows; the rest are counted ("আরও …টি"). */
    public static final int PER_DISTRICT = 30;

    public record Running(long id, long officeId, InitiativeKind kind, String titleBn, String titleEn, Stage stage,
                          LocalDate since) {

        public String title(boolean bangla) {
            return bangla || titleEn == null ? titleBn : titleEn;
        }
    }

    public record Service(long id, String nameBn, String nameEn, String link, LocalDate checkedOn) {

        public String name(boolean bangla) {
            return bangla || nameEn == null ? nameBn : nameEn;
        }
    }

    /** The services register in short: the running ones (with their links) and how many there are in all. */
    public record Services(List<Service> running, long total) {
    }

    /** A running initiative of an office below, with that office. */
    public record Below(Office office, Running initiative) {
    }

    /**
     * One district's list: the district (null for the offices below a division in no district), how many running
     * initiatives its offices have, and the first {@link #PER_DISTRICT} of them (latest first).
     */
    public record District(Office district, long total, List<Below> initiatives) {

        public long more() {
            return total - initiatives.size();
        }
    }

    private final JdbcClient jdbc;

    InitiativeCornerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Running> running(long officeId) {
        return jdbc.sql("""
                        select id, office_id, kind, title_bn, title_en, stage, stage_since from initiative
                         where office_id = ? and stage in ('RUNNING', 'SCALE_UP') order by stage_since desc, id desc""")
                .param(officeId).query(InitiativeCornerQueries::running).list();
    }

    @Transactional(readOnly = true)
    public Services services(long officeId) {
        List<Service> running = jdbc.sql("""
                        select id, name_bn, name_en, link, checked_on from office_service
                         where office_id = ? and running order by name_bn collate "bn-x-icu", id""")
                .param(officeId).query((rs, n) -> new Service(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class))).list();
        long total = jdbc.sql("select count(*) from office_service where office_id = ?").param(officeId).query(Long.class).single();
        return new Services(running, total);
    }

    /**
     * The running initiatives of every office below, grouped by the district whose scope holds the office (one set-based
     * pass over the districts' scopes; the district office's own count under it), districts by their Bangla place name, those in none last.
     */
    @Transactional(readOnly = true)
    public List<District> byDistrict(long officeId) {
        record Found(Office district, long total, Office office, Running initiative) {
        }
        List<Found> found = jdbc.sql("""
                        with districts as (select office_id as district_id from office_scope
                                            where ancestor_id = :office and level = 'DISTRICT'),
                             placed as (select d.district_id, x.office_id from districts d
                                          join office_scope x on x.ancestor_id = d.district_id),
                             offices as (select office_id, district_id from placed
                                         union all
                                         select s.office_id, null from office_scope s
                                          where s.ancestor_id = :office and s.depth > 0
                                            and s.office_id not in (select office_id from placed)),
                             running as (select i.id, i.office_id, i.kind, i.title_bn, i.title_en, i.stage, i.stage_since, o.district_id
                                           from offices o join initiative i on i.office_id = o.office_id
                                          where o.office_id <> :office and i.stage in ('RUNNING', 'SCALE_UP'))
                        select x.*, o.level, o.name_bn as office_bn, o.name_en as office_en, o.place_bn as office_place_bn,
                               o.place_en as office_place_en, d.name_bn as district_bn, d.name_en as district_en,
                               d.place_bn as district_place_bn, d.place_en as district_place_en
                          from (select r.*, count(*) over (partition by r.district_id) as in_district,
                                       row_number() over (partition by r.district_id order by r.stage_since desc, r.id desc) as position
                                  from running r) x
                          join office o on o.id = x.office_id
                          left join office d on d.id = x.district_id
                         where x.position <= :per""")
                .param("office", officeId).param("per", PER_DISTRICT)
                .query((rs, n) -> new Found(rs.getObject("district_id") == null ? null
                        : new Office(rs.getLong("district_id"), OfficeLevel.DISTRICT, rs.getString("district_bn"), rs.getString("district_en"),
                                rs.getString("district_place_bn"), rs.getString("district_place_en"), null, null, null, null, null, 0, null),
                        rs.getLong("in_district"),
                        new Office(rs.getLong("office_id"), OfficeLevel.valueOf(rs.getString("level")), rs.getString("office_bn"),
                                rs.getString("office_en"), rs.getString("office_place_bn"), rs.getString("office_place_en"), null, null,
                                null, null, null, 0, null),
                        running(rs, n))).list();
        Comparator<Office> byName = Comparator.comparing((Office o) -> o.place(true), BanglaText.collator());
        Map<Long, List<Found>> grouped = new LinkedHashMap<>();
        found.stream()
                .sorted(Comparator.comparing(Found::district, Comparator.nullsLast(byName))
                        .thenComparing(Found::office, InitiativeRollUpQueries.OFFICE_ORDER)
                        .thenComparing(f -> f.initiative().since(), Comparator.reverseOrder()))
                .forEach(f -> grouped.computeIfAbsent(f.district() == null ? null : f.district().id(), d -> new ArrayList<>()).add(f));
        List<District> districts = new ArrayList<>();
        grouped.forEach((district, list) -> districts.add(new District(list.getFirst().district(), list.getFirst().total(),
                list.stream().map(f -> new Below(f.office(), f.initiative())).toList())));
        return districts;
    }

    private static Running running(ResultSet rs, int n) throws SQLException {
        return new Running(rs.getLong("id"), rs.getLong("office_id"), InitiativeKind.valueOf(rs.getString("kind")),
                rs.getString("title_bn"), rs.getString("title_en"), Stage.valueOf(rs.getString("stage")),
                rs.getObject("stage_since", LocalDate.class));
    }
}
