package bd.udbhabon.team.internal;

import bd.udbhabon.office.internal.NationalRegistry;
import bd.udbhabon.team.OfficeCompliance;
import bd.udbhabon.team.TeamCompliance;
import bd.udbhabon.team.Verdict;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Cabinet Division's compliance page over a national registry ({@link NationalRegistry}:
 * 24,067 offices), 1,100 of them with a {@code team_compliance} row. The page's three queries (own
 * row, counts per level, the offices directly below with their scopes' counts), the first page of
 * "not compliant", and the export's rows. Run:
 * {@code mvn -q -B -Pbench -DskipTests test-compile exec:exec@jmh -Djmh.args="ComplianceBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ComplianceBenchmark {

    private NationalRegistry.Database database;
    private ComplianceQueries queries;
    private ComplianceQueriesBefore before;
    private long cabinet;

    @Setup
    public void setUp() throws IOException, SQLException {
        database = NationalRegistry.Database.start();
        JdbcClient jdbc = database.jdbc();
        jdbc.sql(COMPLIANCE).update();
        jdbc.sql("analyze").update();
        cabinet = NationalRegistry.id(jdbc, "cabinet-division");
        long rows = jdbc.sql("select count(*) from team_compliance").query(Long.class).single();
        if (rows != 1_100) {
            throw new IllegalStateException(rows + " compliance rows");
        }
        queries = new ComplianceQueries(jdbc, JsonMapper.builder().build());
        before = new ComplianceQueriesBefore(jdbc, JsonMapper.builder().build());
        sameAsBefore(jdbc);
        long counted = queries.tallies(cabinet).values().stream().mapToLong(t -> t.offices()).sum();
        if (counted != 1_026 || queries.children(cabinet).size() != 68) {
            throw new IllegalStateException(counted + " counted offices, " + queries.children(cabinet).size() + " children");
        }
    }

    /** The queries on the scope relation (V23) give exactly what the recursive walks gave, for offices of every level. */
    private void sameAsBefore(JdbcClient jdbc) {
        for (String ref : List.of("cabinet-division", "div:1", "dist:1", "upz:1", "min:1", "dir:1")) {
            long office = NationalRegistry.id(jdbc, ref);
            List<OfficeCompliance> rows = new ArrayList<>();
            List<OfficeCompliance> rowsBefore = new ArrayList<>();
            queries.forEachInScope(office, rows::add);
            before.forEachInScope(office, rowsBefore::add);
            if (!queries.tallies(office).equals(before.tallies(office)) || !queries.children(office).equals(before.children(office))
                    || !queries.office(office).equals(before.office(office)) || !rows.equals(rowsBefore)
                    || !queries.withVerdict(office, Verdict.NOT_COMPLIANT, 1, 50).equals(before.withVerdict(office, Verdict.NOT_COMPLIANT, 1, 50))
                    || !queries.withVerdict(office, Verdict.NO_TEAM, 99, 50).equals(before.withVerdict(office, Verdict.NO_TEAM, 99, 50))) {
                throw new IllegalStateException("the compliance of " + ref + " differs from before");
            }
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        database.close();
    }

    /** What {@code GET /offices/{cabinet}/compliance} asks of the database. */
    @Benchmark
    public int cabinetPage() {
        return queries.office(cabinet).hashCode() + queries.tallies(cabinet).size() + queries.children(cabinet).size();
    }

    @Benchmark
    public TeamCompliance.Listing cabinetNotCompliantFirstPage() {
        return queries.withVerdict(cabinet, Verdict.NOT_COMPLIANT, 0, 100);
    }

    /** The rows of the Cabinet Division's CSV or XLSX, findings parsed. */
    @Benchmark
    public int cabinetExportRows() {
        int[] n = {0};
        queries.forEachInScope(cabinet, row -> n[0] += row.lacking().size() + 1);
        return n[0];
    }

    // ---- before V23 (the recursive walk up), in the same run

    @Benchmark
    public int cabinetPageBefore() {
        return before.office(cabinet).hashCode() + before.tallies(cabinet).size() + before.children(cabinet).size();
    }

    @Benchmark
    public TeamCompliance.Listing cabinetNotCompliantFirstPageBefore() {
        return before.withVerdict(cabinet, Verdict.NOT_COMPLIANT, 0, 100);
    }

    @Benchmark
    public int cabinetExportRowsBefore() {
        int[] n = {0};
        before.forEachInScope(cabinet, row -> n[0] += row.lacking().size() + 1);
        return n[0];
    }

    private static final String FINDINGS = """
            '[{"met":true,"textBn":"ইনোভেশন অফিসার: উপজেলা নির্বাহী অফিসার","textEn":"Innovation officer: the upazila nirbahi officer"},
              {"met":true,"textBn":"৭-৯ জন মনোনীত সদস্য: আছে ৭ জন","textEn":"7-9 nominated members: 7"},
              {"met":true,"textBn":"১ জন সহকারী কমিশনার (ভূমি): আছে ১ জন","textEn":"1 assistant commissioner (land): 1"},
              {"met":true,"textBn":"১ জন সহকারী প্রোগ্রামার: আছে ১ জন","textEn":"1 assistant programmer: 1"},
              {"met":true,"textBn":"৫-৭ জন উপজেলার অন্যান্য দপ্তর থেকে মনোনীত কর্মকর্তা: আছে ৫ জন","textEn":"5-7 officers nominated from other upazila offices: 5"},
              {"met":false,"textBn":"ন্যূনতম ১ জন দক্ষতা উন্নয়নে সক্ষমতাসম্পন্ন কর্মকর্তা নেই","textEn":"at least 1 officer able to develop skills: none"},
              {"met":true,"textBn":"ন্যূনতম ১ জন আইসিটি/বিজ্ঞান বিষয়ক মাধ্যমিক পর্যায়ের উদ্যমী শিক্ষক: আছে ১ জন","textEn":"at least 1 secondary-level ICT or science teacher: 1"}]'""";

    /** 1,100 rows: every counted office (1,026) and 74 field offices; verdicts spread by id. */
    private static final String COMPLIANCE = """
            insert into team_compliance (office_id, formed_under, judged_under, verdict, findings, last_change)
            select o.id, 2, 2,
                   case when o.level = 'DIVISION' then 'NO_RULES' when o.id % 10 < 5 then 'COMPLIANT'
                        when o.id % 10 < 8 then 'NOT_COMPLIANT' else 'NO_TEAM' end,
                   case when o.level <> 'DIVISION' and o.id % 10 between 5 and 7 then FINDINGS::jsonb else '[]'::jsonb end,
                   date '2025-12-01' + (o.id % 300)::int
            from office o where o.level in ('MINISTRY', 'DIRECTORATE', 'DIVISION', 'DISTRICT', 'UPAZILA')
               or o.id in (select id from office where level = 'OTHER' order by id limit 74)""".replace("FINDINGS", FINDINGS);
}
