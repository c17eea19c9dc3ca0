package bd.udbhabon.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.initiative.InitiativeFixtures;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.office.OfficeLevel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The nightly job (run here by hand: tests run no schedule) rebuilds the read side from the facts: what no write told it
 * (here, figures lost) is right again the next morning.
 */
@IntegrationTest
@TestPropertySource(properties = "udbhabon.test.own-database=issue16")
class NightlyRebuildTests {

    @Autowired
    NightlyRebuild job;
    @Autowired
    InitiativeFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theNightlyJobPutsBackWhatNoWriteToldTheReadSide() {
        long district = fixtures.office(OfficeLevel.DISTRICT, null, null);
        long upazila = fixtures.office(OfficeLevel.UPAZILA, district, null);
        job.run(); // the offices made by plain SQL: their teams' figures come with a rebuild
        fixtures.initiativeAt(upazila, Stage.RUNNING, "রাত্রিকালীন " + upazila);
        List<String> kept = figures(district);
        assertThat(kept).contains("2026 1 initiative.running 1/1");
        assertThat(kept).isNotEmpty();
        jdbc.sql("delete from supervision_scope_figure where ancestor_id = ?").param(district).update();
        assertThat(figures(district)).isEmpty();
        job.run();
        assertThat(figures(district)).isEqualTo(kept);
        assertThat(jdbc.sql("select count(*) from supervision_rebuild").query(Long.class).single()).isEqualTo(10);
    }

    private List<String> figures(long office) {
        return jdbc.sql("""
                        select fiscal_year || ' ' || quarter || ' ' || measure || ' ' || value || '/' || out_of
                          from supervision_scope_figure where ancestor_id = ? order by fiscal_year, quarter, measure""")
                .param(office).query(String.class).list();
    }
}
