package bd.udbhabon.initiative.internal;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.InitiativeFixtures;
import bd.udbhabon.initiative.InitiativeKind;
import bd.udbhabon.initiative.InitiativeRollUp;
import bd.udbhabon.initiative.NewInitiative;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.office.OfficeLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The tally (V46) kept in step by every kind of write, whoever writes: the initiatives' service (record, move, stop, take up
 * again, replicate), plain SQL on the TCV and the services register (as parts B and C write them), an initiative deleted
 * with its TCV, an office moved to another district; after each, every office of the tree and the country read the same as
 * the plain count ({@link InitiativeCounts}), and the whole tally as its rebuild (the one command) makes it.
 */
@IntegrationTest
@TestPropertySource(properties = InitiativeFixtures.OWN_DATABASE)
class InitiativeTallyTests {

    @Autowired
    InitiativeFixtures fixtures;
    @Autowired
    InitiativeService initiatives;
    @Autowired
    InitiativeRollUp rollUp;
    @Autowired
    InitiativeTally tally;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyWriteKeepsTheTallyEqualToThePlainCountAndToItsRebuild() {
        long division = fixtures.office(OfficeLevel.DIVISION, accounts.cabinetDivision(), null);
        long district = fixtures.office(OfficeLevel.DISTRICT, division, null);
        long otherDistrict = fixtures.office(OfficeLevel.DISTRICT, division, null);
        long upazila = fixtures.office(OfficeLevel.UPAZILA, district, null);
        long ministry = fixtures.office(OfficeLevel.MINISTRY, null, accounts.cabinetDivision());
        long directorate = fixtures.office(OfficeLevel.DIRECTORATE, null, ministry);
        long field = fixtures.office(OfficeLevel.OTHER, district, directorate);
        List<Long> offices = List.of(accounts.cabinetDivision(), division, district, otherDistrict, upazila, ministry, directorate, field);

        Initiative running = fixtures.initiativeAt(upazila, Stage.RUNNING, "চলমান");
        Initiative idea = fixtures.initiative(field, InitiativeKind.SIMPLIFICATION, "মাঠ");
        Initiative gone = fixtures.initiative(field, InitiativeKind.DIGITISATION, "মুছে-ফেলা");
        tcv(running.id(), 30, 7, 1000);
        tcv(idea.id(), 12, 2, 250);
        tcv(gone.id(), 9, 3, 80);
        service(upazila, "সেবা ১", true);
        service(field, "সেবা ২", false);
        sameAsThePlainCount(offices);
        assertThat(rollUp.rollUp(division).total().measured()).isEqualTo(3);
        assertThat(rollUp.rollUp(division).total().daysSaved()).isEqualByComparingTo("25980"); // 23,000 + 2,500 + 480

        // moves, a stop and a resumption, a replication by the ministry
        initiatives.move(idea.id(), new InitiativeService.Move(Stage.PILOT, LocalDate.of(2023, 8, 1), null, "সরাসরি পাইলটিং", null, List.of()));
        initiatives.move(running.id(), new InitiativeService.Move(Stage.STOPPED, LocalDate.of(2023, 8, 1), null, "বাজেট নেই", null, List.of()));
        assertThat(rollUp.rollUp(upazila).total().measured()).as("a stopped one saves nothing").isZero();
        initiatives.move(running.id(), new InitiativeService.Move(Stage.RUNNING, LocalDate.of(2023, 9, 1), null, "বাজেট পাওয়া গেছে", null, List.of()));
        initiatives.create(ministry, new NewInitiative(InitiativeKind.REPLICATION, "রেপ্লিকেশন", null, "সেবা", false, "সমস্যা", null,
                "সমাধান", null, List.of(), Stage.IDEA, LocalDate.of(2024, 1, 1), running.id()));
        sameAsThePlainCount(offices);
        assertThat(rollUp.rollUp(district).total().replicated()).isEqualTo(1);

        // the TCV changed and removed, services changed and removed, an initiative deleted with its TCV
        jdbc.sql("update initiative_tcv set time_after = 10, cases_per_year = 2000 where initiative_id = ?").param(running.id()).update();
        jdbc.sql("delete from initiative_tcv where initiative_id = ?").param(idea.id()).update();
        jdbc.sql("update office_service set running = true where office_id = ?").param(field).update();
        jdbc.sql("delete from office_service where office_id = ?").param(upazila).update();
        jdbc.sql("delete from initiative where id = ?").param(gone.id()).update();
        sameAsThePlainCount(offices);
        InitiativeRollUp.Figures fieldOffice = rollUp.rollUp(field).total();
        assertThat(fieldOffice.total()).isEqualTo(1);
        assertThat(fieldOffice.measured()).isZero();
        assertThat(fieldOffice.servicesRunning()).isEqualTo(1);

        // the field office moves to the other district: its figures leave the first and join the second
        jdbc.sql("update office set admin_parent_id = ? where id = ?").param(otherDistrict).param(field).update();
        sameAsThePlainCount(offices);
        assertThat(rollUp.rollUp(otherDistrict).total().kind(InitiativeKind.SIMPLIFICATION)).isEqualTo(1);
        assertThat(rollUp.rollUp(district).total().kind(InitiativeKind.SIMPLIFICATION)).isZero();
        assertThat(rollUp.rollUp(directorate).total().kind(InitiativeKind.SIMPLIFICATION)).as("still in its line").isEqualTo(1);

        // the whole tally, as the triggers kept it, is what the one command rebuilds
        Map<String, BigDecimal> kept = wholeTally();
        tally.rebuild();
        assertThat(wholeTally()).isEqualTo(kept);
        sameAsThePlainCount(offices);
    }

    private void sameAsThePlainCount(List<Long> offices) {
        for (long office : offices) {
            assertThat(InitiativeCounts.comparable(rollUp.rollUp(office).byLevel()))
                    .as("office " + office).isEqualTo(InitiativeCounts.comparable(InitiativeCounts.plain(jdbc, office)));
        }
    }

    private Map<String, BigDecimal> wholeTally() {
        Map<String, BigDecimal> rows = new TreeMap<>();
        jdbc.sql("select 'own ' || office_id || ' ' || figure, value from initiative_tally where value <> 0 "
                        + "union all select 'scope ' || ancestor_id || ' ' || level || ' ' || figure, value from initiative_scope_tally where value <> 0")
                .query(rs -> {
                    rows.put(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros());
                });
        return rows;
    }

    private void tcv(long initiative, int timeBefore, int timeAfter, int cases) {
        jdbc.sql("""
                        insert into initiative_tcv (initiative_id, time_before, time_after, cost_before, cost_after, visits_before,
                                                    visits_after, cases_per_year, measured_on) values (?, ?, ?, 500, 100, 4, 1, ?, date '2024-06-30')""")
                .param(initiative).param(timeBefore).param(timeAfter).param(cases).update();
    }

    private void service(long office, String name, boolean running) {
        jdbc.sql("insert into office_service (office_id, name_bn, kind, running, checked_on) values (?, ?, 'SIMPLIFIED', ?, date '2025-06-30')")
                .param(office).param(name).param(running).update();
    }
}
