package bd.udbhabon.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.DecisionStatus;
import bd.udbhabon.decision.NewDecision;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.initiative.InitiativeFixtures;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.team.TeamFixtures;
import bd.udbhabon.team.internal.ComplianceUpdater;
import bd.udbhabon.supervision.internal.SupervisionReadSide;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The read side kept in step by the audit events of real writes equals, row for row, a rebuild from the facts; and
 * the sums of a scope are those of the offices in it.
 */
@IntegrationTest
@TestPropertySource(properties = "udbhabon.test.own-database=issue16")
class SupervisionReadSideTests {

    @Autowired
    SupervisionReadSide readSide;
    @Autowired
    DecisionRegister register;
    @Autowired
    InitiativeFixtures initiatives;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OfficeDirectory offices;
    @Autowired
    ComplianceUpdater compliance;

    @Test
    void afterASeriesOfRealWritesTheReadSideEqualsAFreshRebuild() {
        long division = initiatives.office(OfficeLevel.DIVISION, null, null);
        long district = initiatives.office(OfficeLevel.DISTRICT, division, null);
        long upazila = initiatives.office(OfficeLevel.UPAZILA, district, null);
        String secretary = "supervision-" + division;
        accounts.create(secretary, Role.MEMBER_SECRETARY, district);
        readSide.rebuild(Dhaka.today()); // the offices made by plain SQL, as the nightly rebuild would take them in

        LocalDate taken = LocalDate.of(2024, 8, 20); // fiscal 2024-25, quarter 1
        List<Long> decisions = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            int item = i;
            decisions.add(accounts.as(secretary, () -> register.record(district, new NewDecision(null, item,
                    "জেলা ইনোভেশন টিমের সভা", taken, "আলোচ্য বিষয় " + item, "সিদ্ধান্ত " + item + ": ইনোভেশন কর্নার হালনাগাদ করতে হবে।",
                    taken.plusMonths(2), List.of(Owner.office(district, "জেলা প্রশাসক"))))));
        }
        accounts.as(secretary, () -> {
            register.changeStatus(decisions.get(0), district, DecisionStatus.IMPLEMENTED, taken.plusDays(30), null);
            register.changeStatus(decisions.get(1), district, DecisionStatus.IMPLEMENTED, taken.plusDays(30), null);
            // implemented, then reopened: its figure goes back
            register.changeStatus(decisions.get(1), district, DecisionStatus.IN_PROGRESS, taken.plusDays(60), null);
            return null;
        });
        initiatives.initiativeAt(upazila, Stage.RUNNING, "তত্ত্বাবধান " + upazila);
        initiatives.initiativeAt(upazila, Stage.PILOT, "তত্ত্বাবধান-২ " + upazila);

        FiscalYear year = new FiscalYear(2024);
        assertThat(scope(division, year, 1, "decision.taken")).containsExactly(4L, 0L);
        assertThat(scope(division, year, 1, "decision.implemented")).containsExactly(1L, 4L);
        assertThat(scope(district, year, 1, "decision.overdue")).containsExactly(3L, 0L);
        assertThat(scope(upazila, year, 1, "decision.taken")).isEmpty();
        FiscalYear current = FiscalYear.of(Dhaka.today());
        int quarter = current.quarterOf(Dhaka.today());
        assertThat(scope(division, current, quarter, "initiative.active")).containsExactly(2L, 0L);
        assertThat(scope(district, current, quarter, "initiative.running")).containsExactly(1L, 2L);

        List<String> kept = snapshot();
        readSide.rebuild(Dhaka.today());
        assertThat(snapshot()).as("the read side kept in step against a fresh rebuild").isEqualTo(kept);
        assertThat(kept).anyMatch(row -> row.startsWith("scope " + division + " "));
    }

    /**
     * An upazila team formed on 1 December 2025 under the 2025 notification (quarterly), one meeting held on 15 October
     * 2026: its schedule's quarters, as the meetings page counts them, and its team's standing, after a rebuild.
     */
    @Test
    void theTeamsAndMeetingsFiguresFollowTheSchedule() {
        long district = initiatives.office(OfficeLevel.DISTRICT, null, null);
        long upazila = initiatives.office(OfficeLevel.UPAZILA, district, null);
        new TeamFixtures(jdbc, offices, compliance).upazilaTeam(upazila, true);
        jdbc.sql("""
                        insert into meeting (office_id, chair_name_bn, chair_designation_bn, meeting_date, start_time, place_bn, status)
                        values (?, 'সভাপতি', 'উপজেলা নির্বাহী অফিসার', date '2026-10-15', time '10:00', 'সভাকক্ষ', 'HELD')""")
                .param(upazila).update();
        readSide.rebuild(LocalDate.of(2026, 12, 5));

        FiscalYear last = new FiscalYear(2025);
        FiscalYear year = new FiscalYear(2026);
        assertThat(own(upazila, last, 1, "meeting.held")).isEmpty(); // before the team
        assertThat(own(upazila, last, 2, "meeting.held")).containsExactly(0L, 1L);
        assertThat(own(upazila, last, 2, "meeting.overdue")).containsExactly(1L, 0L);
        assertThat(own(upazila, year, 1, "meeting.overdue")).containsExactly(1L, 0L);
        assertThat(own(upazila, year, 2, "meeting.held")).containsExactly(1L, 1L);
        assertThat(own(upazila, year, 2, "meeting.overdue")).isEmpty();
        assertThat(own(upazila, year, 2, "minutes.issued")).containsExactly(0L, 1L);
        assertThat(own(upazila, last, 2, "team.formed")).containsExactly(1L, 1L);
        assertThat(own(upazila, year, 1, "team.formed")).containsExactly(1L, 1L);
        assertThat(own(upazila, year, 1, "team.compliant")).containsExactly(1L, 1L);
        assertThat(own(upazila, year, 1, "team.current")).containsExactly(1L, 1L);
        assertThat(scope(district, year, 2, "meeting.held")).containsExactly(1L, 1L);
    }

    private List<Long> own(long office, FiscalYear year, int quarter, String measure) {
        return jdbc.sql("select value, out_of from supervision_figure where office_id = ? and fiscal_year = ? and quarter = ? and measure = ?")
                .param(office).param(year.startYear()).param(quarter).param(measure)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).optional().orElse(List.of());
    }

    private List<Long> scope(long office, FiscalYear year, int quarter, String measure) {
        return jdbc.sql("select value, out_of from supervision_scope_figure where ancestor_id = ? and fiscal_year = ? and quarter = ? and measure = ?")
                .param(office).param(year.startYear()).param(quarter).param(measure)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).optional().orElse(List.of());
    }

    private List<String> snapshot() {
        List<String> rows = new ArrayList<>(jdbc.sql("""
                        select 'own ' || office_id || ' ' || fiscal_year || ' ' || quarter || ' ' || measure || ' ' || value || '/' || out_of
                          from supervision_figure order by office_id, fiscal_year, quarter, measure""").query(String.class).list());
        rows.addAll(jdbc.sql("""
                        select 'scope ' || ancestor_id || ' ' || fiscal_year || ' ' || quarter || ' ' || measure || ' ' || value || '/' || out_of
                          from supervision_scope_figure order by ancestor_id, fiscal_year, quarter, measure""").query(String.class).list());
        return rows;
    }
}
