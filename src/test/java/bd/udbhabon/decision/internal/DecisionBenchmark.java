package bd.udbhabon.decision.internal;

import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.Rate;
import bd.udbhabon.decision.ScopeRates;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.internal.NationalRegistry;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.people.internal.PeopleDirectories;
import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The decision register at national scale, through {@link DecisionService} itself: the national
 * registry ({@link NationalRegistry}, 24,067 offices), of which 2,947 offices take decisions (the
 * Cabinet Division, the divisions, districts, upazilas, ministries and directorates, and every
 * twelfth field office): 16 quarterly meetings from October 2022 with 4 to 8 decisions each, about
 * 283,000 decisions in the order taken, each with one or two owners and one to three status rows.
 * The {@code scope…Before} benchmarks find the scope as it was before V23 (recursive walks over
 * {@code office} instead of the scope relation), {@code districtAssignedSqlBefore} the owners as
 * before 2026-11-23, so that the ratios are measured in one run; the set-up checks that the queries
 * as they were (both) give the same answers.
 * Run:
 * {@code mvn -q -B -Pbench -DskipTests test-compile exec:exec@jmh -Djmh.args="DecisionBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DecisionBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private NationalRegistry.Database database;
    private JdbcClient jdbc;
    private OfficeDirectory directory;
    private PeopleDirectory people;
    private DecisionService decisions;
    private long cabinet;
    private long division;
    private long district;

    @Setup
    public void setUp() throws IOException, SQLException {
        database = NationalRegistry.Database.start();
        jdbc = database.jdbc();
        for (String sql : REGISTER) {
            jdbc.sql(sql).update();
        }
        jdbc.sql("analyze").update();
        long taken = count("decision");
        long owners = count("decision_owner");
        long statuses = count("decision_status where for_office_id is null");
        long entries = count("decision_status where for_office_id is not null");
        long deciding = jdbc.sql("select count(distinct office_id) from decision").query(Long.class).single();
        if (taken != 282_911 || owners != 352_120 || statuses != 646_907 || deciding != 2_947 || entries < 1_000) {
            throw new IllegalStateException(taken + " decisions, " + owners + " owners, " + statuses + " statuses, "
                    + entries + " offices' own entries, " + deciding + " offices deciding");
        }
        cabinet = NationalRegistry.id(jdbc, "cabinet-division");
        division = NationalRegistry.id(jdbc, "div:1");
        district = NationalRegistry.id(jdbc, "dist:1");
        directory = NationalRegistry.directory(jdbc);
        people = PeopleDirectories.over(jdbc);
        decisions = new DecisionService(new DecisionQueries(jdbc, directory, people, null), new ScopeRollUp(jdbc, directory),
                null, null, null, null);
        sameAsBefore();
    }

    /** The queries as they were give exactly what the service gives now, over offices of every level and two days. */
    private void sameAsBefore() {
        long fieldOffice = jdbc.sql("select min(id) from office where level = 'OTHER' and id % 12 = 0").query(Long.class).single();
        long quietOffice = fieldOffice + 1;
        List<Long> offices = List.of(cabinet, division, district, NationalRegistry.id(jdbc, "min:1"),
                NationalRegistry.id(jdbc, "dir:1"), NationalRegistry.id(jdbc, "upz:1"), fieldOffice, quietOffice);
        for (LocalDate day : List.of(AS_OF, LocalDate.of(2022, 10, 20))) {
            for (long office : day.equals(AS_OF) ? offices : List.of(cabinet, district, fieldOffice)) {
                ScopeRates before = scopeBefore(office, day);
                if (!before.equals(withoutDueDays(decisions.scope(office, day)))) {
                    throw new IllegalStateException("scope of " + office + " on " + day + " differs from " + before);
                }
            }
        }
        for (long office : offices) {
            for (LocalDate day : List.of(AS_OF, LocalDate.of(2022, 10, 20))) {
                if (!scopeBeforeV23(office, day).equals(decisions.scope(office, day))) {
                    throw new IllegalStateException("scope of " + office + " on " + day + " differs from before V23");
                }
            }
        }
        ScopeRates country = decisions.scope(cabinet, AS_OF);
        if (country.below().size() != 68 || country.rate().taken() != 282_911) {
            throw new IllegalStateException("the Cabinet Division's scope is " + country);
        }
        for (long office : offices) {
            List<Long> before = assigned(OWNED_BY_BEFORE, office);
            if (!before.equals(assigned(DecisionQueries.OWNED_BY, office))
                    || !before.equals(decisions.assignedTo(office, AS_OF).stream().map(Decision::id).toList())) {
                throw new IllegalStateException("decisions assigned to " + office + " differ");
            }
        }
        if (assigned(DecisionQueries.OWNED_BY, district).size() < 1_000) {
            throw new IllegalStateException(assigned(DecisionQueries.OWNED_BY, district).size() + " decisions assigned to the district");
        }
    }

    /**
     * A scope with every open decision in one count: the old query knew no due days (its in progress and
     * not started hold the not yet due ones), so both sides are compared so; taken, implemented, dropped
     * and overdue as they are.
     */
    private static ScopeRates withoutDueDays(ScopeRates scope) {
        return new ScopeRates(fold(scope.rate()), scope.overdue(), scope.below().stream()
                .map(r -> new ScopeRates.OfficeRate(r.officeId(), r.nameBn(), r.nameEn(), fold(r.rate()), r.overdue())).toList());
    }

    private static Rate fold(Rate r) {
        return new Rate(r.taken(), r.implemented(), r.open(), 0, r.dropped());
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @TearDown
    public void tearDown() throws IOException {
        database.close();
    }

    /** {@code /offices/{cabinet}/decisions/scope}: the whole country and the 68 offices directly below. */
    @Benchmark
    public ScopeRates scopeCabinet() {
        return decisions.scope(cabinet, AS_OF);
    }

    @Benchmark
    public ScopeRates scopeDivision() {
        return decisions.scope(division, AS_OF);
    }

    @Benchmark
    public ScopeRates scopeDistrict() {
        return decisions.scope(district, AS_OF);
    }

    /** {@code /offices/{district}/decisions}: the district's register with its rate. */
    @Benchmark
    public Rate districtRegister() {
        return Rate.ofDecisions(decisions.ofOffice(district, AS_OF));
    }

    /** What the district's meeting on {@link #AS_OF} carries over. */
    @Benchmark
    public List<Decision> districtCarriedOver() {
        return decisions.carriedInto(district, AS_OF);
    }

    /** {@code /offices/{district}/decisions/assigned}. */
    @Benchmark
    public List<Decision> districtAssigned() {
        return decisions.assignedTo(district, AS_OF);
    }

    // ---- before and after, in the same run

    /** The scope as it was before V23: recursive walks over {@code office} ({@link ScopeBeforeV23}). */
    @Benchmark
    public ScopeRates scopeCabinetBefore() {
        return scopeBeforeV23(cabinet, AS_OF);
    }

    @Benchmark
    public ScopeRates scopeDivisionBefore() {
        return scopeBeforeV23(division, AS_OF);
    }

    @Benchmark
    public ScopeRates scopeDistrictBefore() {
        return scopeBeforeV23(district, AS_OF);
    }

    /** {@code scope} with the roots found as before V23, counted as now. */
    private ScopeRates scopeBeforeV23(long officeId, LocalDate asOf) {
        String sql = (officeId == cabinet ? ScopeBeforeV23.SCOPE_WALKING_UP : ScopeBeforeV23.SCOPE_WALKING_DOWN) + ScopeBeforeV23.SCOPE_COUNTS;
        List<ScopeRates.OfficeRate> rows = jdbc.sql(sql).param("office", officeId).param("asOf", asOf)
                .query((rs, i) -> new ScopeRates.OfficeRate(rs.getLong(1), rs.getString(2), rs.getString(3),
                        new Rate(rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(10)), rs.getInt(9)))
                .list();
        ScopeRates.OfficeRate own = rows.stream().filter(r -> r.officeId() == officeId).findFirst().orElse(null);
        return new ScopeRates(own == null ? new Rate(0, 0, 0, 0, 0, 0) : own.rate(), own == null ? 0 : own.overdue(),
                rows.stream().filter(r -> r.officeId() != officeId).toList());
    }

    /** The assigned decisions' rows as the service selects them, owners matched as before. */
    @Benchmark
    public List<Long> districtAssignedSqlBefore() {
        return assigned(OWNED_BY_BEFORE, district);
    }

    /** The same, owners matched as now. */
    @Benchmark
    public List<Long> districtAssignedSql() {
        return assigned(DecisionQueries.OWNED_BY, district);
    }

    /** {@code DecisionService.scope} as it was: the same mapping over {@link #SCOPE_RATES_BEFORE}. */
    private ScopeRates scopeBefore(long officeId, LocalDate asOf) {
        List<ScopeRates.OfficeRate> rows = jdbc.sql(SCOPE_RATES_BEFORE).param("office", officeId).param("asOf", asOf)
                .query((rs, i) -> new ScopeRates.OfficeRate(rs.getLong(1), rs.getString(2), rs.getString(3),
                        new Rate(rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)), rs.getInt(9)))
                .list();
        ScopeRates.OfficeRate own = rows.stream().filter(r -> r.officeId() == officeId).findFirst().orElse(null);
        return withoutDueDays(new ScopeRates(own == null ? new Rate(0, 0, 0, 0, 0) : own.rate(), own == null ? 0 : own.overdue(),
                rows.stream().filter(r -> r.officeId() != officeId).toList()));
    }

    /** The ids of the decisions {@code DecisionService.assignedTo} reads, with {@code ownedBy} as its condition. */
    private List<Long> assigned(String ownedBy, long officeId) {
        Office office = directory.find(officeId).orElseThrow();
        return jdbc.sql(DecisionQueries.SELECT + "where " + ownedBy + " order by d.due_on nulls last, d.taken_on, d.id")
                .param("asOf", AS_OF).param("office", office.id()).param("level", office.level().name())
                .param("superiors", directory.superiorIds(office.id()).toArray(Long[]::new))
                .param("posts", people.posts(office.id()).stream().map(Post::id).toArray(Long[]::new))
                .query((rs, i) -> rs.getLong(1)).list();
    }

    /** {@code DecisionService.SCOPE_RATES} before 2026-11-23. */
    private static final String SCOPE_RATES_BEFORE = """
            with recursive up(office_id, id, admin_parent, line_parent) as (
                select o.id, o.id, o.admin_parent_id, o.line_parent_id from office o
                where o.id in (select distinct office_id from decision)
                union
                select u.office_id, p.id, p.admin_parent_id, p.line_parent_id
                from up u join office p on p.id = u.admin_parent or p.id = u.line_parent
            ),
            roots as (
                select office_id, id as root from up
                where id = :office or ((admin_parent = :office or line_parent = :office) and id <> :office)
            ),
            st as (
                select d.office_id, d.due_on, coalesce(s.status, 'NOT_STARTED') as status
                from decision d
                left join lateral (select status from decision_status where decision_id = d.id and since <= :asOf
                                   order by since desc, id desc limit 1) s on true
                where d.office_id in (select office_id from roots) and d.taken_on <= :asOf
            )
            select r.root, o.name_bn, o.name_en, count(*) as taken,
                   count(*) filter (where st.status = 'IMPLEMENTED') as implemented,
                   count(*) filter (where st.status = 'IN_PROGRESS') as in_progress,
                   count(*) filter (where st.status = 'NOT_STARTED') as not_started,
                   count(*) filter (where st.status = 'DROPPED') as dropped,
                   count(*) filter (where st.status in ('IN_PROGRESS', 'NOT_STARTED') and st.due_on < :asOf) as overdue
            from roots r join st on st.office_id = r.office_id join office o on o.id = r.root
            group by r.root, o.name_bn, o.name_en
            order by o.name_bn collate "bn-x-icu", r.root
            """;

    /** {@code DecisionQueries.OWNED_BY} before 2026-11-23. */
    private static final String OWNED_BY_BEFORE = """
            exists (select 1 from decision_owner o where o.decision_id = d.id and (
                       (o.level is null and o.office_id = :office)
                    or o.post_id in (select p.id from post p where p.office_id = :office)
                    or (o.level = :level and o.office_id = any(:superiors))))""";

    /**
     * The register in plain SQL. Offices that take decisions: every office above the field level
     * and every twelfth field office (by id). Meetings quarterly from 10 October 2022, 16 of them,
     * with 4 to 8 decisions each, inserted in the order taken (as they would be). Owners: the
     * office itself, or for every third decision every office of the level below it ("জেলা
     * প্রশাসক (সকল)"), and for every fourth also the office above it; an upazila gives every fourth
     * from the second to its district's "জেলা প্রশাসক" post. Status: not started when
     * taken; 80 % in progress 20 days later; of those half implemented and one in eight dropped,
     * 30 to 210 days after taken; nothing after {@link #AS_OF}. Decisions given to every office of a
     * level that stay in progress also get one office's own entry (V21), so that the per-office path is measured.
     */
    private static final List<String> REGISTER = List.of(
            """
            insert into decision (office_id, source_meeting_id, source_item, source_label_bn, taken_on, subject_bn, text_bn, due_on)
            select o.id, o.id * 100 + m, k, 'ইনোভেশন টিমের সভা ' || (m + 1), day, 'আলোচ্যসূচি ' || k,
                   'সিদ্ধান্ত ' || k || ': সেবা সহজিকরণের উদ্যোগটি বাস্তবায়ন করা হবে এবং পরবর্তী সভায় অগ্রগতি জানানো হবে।',
                   case when k % 5 = 0 then null else day + 30 * (1 + k % 4) end
            from office o cross join generate_series(0, 15) m
            cross join lateral (select date '2022-10-10' + m * 91 + (o.id % 20)::int as day) t
            cross join lateral generate_series(1, 4 + ((o.id + m) % 5)::int) k
            where o.level <> 'OTHER' or o.id % 12 = 0
            order by day, o.id, k""",
            """
            insert into decision_owner (decision_id, position, office_id, level, label_bn)
            select d.id, 1, d.office_id, b.level,
                   case when b.level is null then o.name_bn else b.head || ' (সকল), ' || coalesce(o.place_bn, o.name_bn) end
            from decision d join office o on o.id = d.office_id
            left join (values ('CABINET_DIVISION', 'DIVISION', 'বিভাগীয় কমিশনার'), ('DIVISION', 'DISTRICT', 'জেলা প্রশাসক'),
                              ('DISTRICT', 'UPAZILA', 'উপজেলা নির্বাহী অফিসার'), ('MINISTRY', 'DIRECTORATE', 'অধিদপ্তর/সংস্থা প্রধান'),
                              ('DIRECTORATE', 'OTHER', 'দপ্তর প্রধান')) b(above, level, head)
                   on b.above = o.level and d.source_item % 3 = 0""",
            """
            insert into decision_owner (decision_id, position, office_id, label_bn)
            select d.id, 2, p.id, p.name_bn
            from decision d join office o on o.id = d.office_id join office p on p.id = coalesce(o.admin_parent_id, o.line_parent_id)
            where d.source_item % 4 = 0""",
            "insert into post (office_id, title_bn, grade) select id, 'জেলা প্রশাসক', 'DEPUTY_COMMISSIONER' from office where level = 'DISTRICT'",
            """
            insert into decision_owner (decision_id, position, post_id, label_bn)
            select d.id, 2, p.id, p.title_bn
            from decision d join office o on o.id = d.office_id and o.level = 'UPAZILA' join post p on p.office_id = o.admin_parent_id
            where d.source_item % 4 = 2""",
            "insert into decision_status (decision_id, status, since, office_id) select id, 'NOT_STARTED', taken_on, office_id from decision",
            """
            insert into decision_status (decision_id, status, since, office_id)
            select id, 'IN_PROGRESS', taken_on + 20, office_id from decision where id % 10 < 8 and taken_on + 20 <= date '2026-11-23'""",
            """
            insert into decision_status (decision_id, status, reason, since, office_id)
            select id, case when id % 10 < 4 then 'IMPLEMENTED' else 'DROPPED' end,
                   case when id % 10 = 7 then 'অর্থ বরাদ্দ পাওয়া যায়নি' end, taken_on + 30 + 30 * (id % 7)::int, office_id
            from decision where (id % 10 < 4 or id % 10 = 7) and taken_on + 30 + 30 * (id % 7)::int <= date '2026-11-23'""",
            // Offices' own entries (V21): for decisions given to every office of a level that stay in progress, the
            // first such office reports "in progress" 25 days after taken. The combined status is what it was (in
            // progress), so the old queries still agree; the new ones take the per-office path for these.
            """
            insert into decision_status (decision_id, status, since, office_id, for_office_id)
            select d.id, 'IN_PROGRESS', d.taken_on + 25, m.id, m.id
            from decision d join decision_owner w on w.decision_id = d.id and w.level is not null
            cross join lateral (select c.id from office c where (c.admin_parent_id = w.office_id or c.line_parent_id = w.office_id)
                                and c.level = w.level order by c.id limit 1) m
            where d.id % 10 in (4, 5, 6) and d.taken_on + 25 <= date '2026-11-23'""");
}
