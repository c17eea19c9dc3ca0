package bd.udbhabon.office.internal;

import bd.udbhabon.office.OfficeDirectory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A national office registry for benchmarks, in plain SQL: the Cabinet Division, 8 divisions, 64
 * districts, 494 upazilas, 60 ministries, 400 directorates and 23,040 field offices (360
 * directorates × 64 districts, each with a line and an administrative parent): 24,067 offices.
 * Offices are keyed by {@code ref} as the reference loader keys them: {@code cabinet-division},
 * {@code div:1..8}, {@code dist:1..64}, {@code upz:1..494}, {@code min:1..60}, {@code dir:1..400};
 * field offices have no ref.
 */
public final class NationalRegistry {

    /** A benchmark's own embedded PostgreSQL with the migrations applied and this registry inserted. */
    public record Database(EmbeddedPostgres postgres, SingleConnectionDataSource dataSource, JdbcClient jdbc)
            implements AutoCloseable {

        public static Database start() throws IOException, SQLException {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off").start();
            var dataSource = new SingleConnectionDataSource(postgres.getPostgresDatabase().getConnection(), true);
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .placeholders(Map.of("appRole", "udbhabon_app")).load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            insert(jdbc);
            return new Database(postgres, dataSource, jdbc);
        }

        @Override
        public void close() throws IOException {
            dataSource.destroy();
            postgres.close();
        }
    }

    public static final long OFFICES = 24_067;

    private static final List<String> SQL = List.of(
            "insert into office (ref, level, name_bn, name_en) values ('cabinet-division', 'CABINET_DIVISION', 'মন্ত্রিপরিষদ বিভাগ', 'Cabinet Division')",
            """
            insert into office (ref, level, name_bn, name_en, place_bn, place_en, admin_parent_id)
            select 'div:' || g, 'DIVISION', 'বিভাগীয় কমিশনারের কার্যালয়, বিভাগ ' || g, 'Divisional Commissioner''s Office ' || g,
                   'বিভাগ ' || g, 'Division ' || g, (select id from office where ref = 'cabinet-division')
            from generate_series(1, 8) g""",
            """
            insert into office (ref, level, name_bn, name_en, place_bn, place_en, admin_parent_id)
            select 'dist:' || g, 'DISTRICT', 'জেলা প্রশাসকের কার্যালয়, জেলা ' || g, 'Deputy Commissioner''s Office ' || g,
                   'জেলা ' || g, 'District ' || g, (select id from office where ref = 'div:' || (1 + g % 8))
            from generate_series(1, 64) g""",
            """
            insert into office (ref, level, name_bn, name_en, place_bn, place_en, admin_parent_id)
            select 'upz:' || g, 'UPAZILA', 'উপজেলা নির্বাহী অফিসারের কার্যালয়, উপজেলা ' || g, 'UNO''s Office ' || g,
                   'উপজেলা ' || g, 'Upazila ' || g, (select id from office where ref = 'dist:' || (1 + g % 64))
            from generate_series(1, 494) g""",
            """
            insert into office (ref, level, name_bn, name_en, line_parent_id)
            select 'min:' || g, 'MINISTRY', 'মন্ত্রণালয় ' || g, 'Ministry ' || g, (select id from office where ref = 'cabinet-division')
            from generate_series(1, 60) g""",
            """
            insert into office (ref, level, name_bn, name_en, line_parent_id)
            select 'dir:' || g, 'DIRECTORATE', 'অধিদপ্তর ' || g, 'Directorate ' || g, (select id from office where ref = 'min:' || (1 + g % 60))
            from generate_series(1, 400) g""",
            """
            insert into office (level, name_bn, name_en, line_parent_id, admin_parent_id)
            select 'OTHER', 'অধিদপ্তর ' || d || ', জেলা কার্যালয় ' || t, 'Directorate ' || d || ', district office ' || t,
                   dir.id, dist.id
            from generate_series(1, 360) d join office dir on dir.ref = 'dir:' || d
            cross join generate_series(1, 64) t join office dist on dist.ref = 'dist:' || t""");

    private NationalRegistry() {
    }

    /** Inserts the registry into an empty, migrated database and checks it holds {@link #OFFICES} offices. */
    public static void insert(JdbcClient jdbc) {
        for (String sql : SQL) {
            jdbc.sql(sql).update();
        }
        long offices = jdbc.sql("select count(*) from office").query(Long.class).single();
        if (offices != OFFICES) {
            throw new IllegalStateException(offices + " offices, expected " + OFFICES);
        }
    }

    /** The office id with this ref ({@code cabinet-division}, {@code dist:7}, …). */
    public static long id(JdbcClient jdbc, String ref) {
        return jdbc.sql("select id from office where ref = ?").param(ref).query(Long.class).single();
    }

    /** The registry's own directory over the database, for services that need one outside Spring. */
    public static OfficeDirectory directory(JdbcClient jdbc) {
        return new JdbcOfficeDirectory(jdbc);
    }
}
