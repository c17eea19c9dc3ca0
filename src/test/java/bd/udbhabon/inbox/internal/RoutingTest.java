package bd.udbhabon.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.inbox.InboxKind;
import bd.udbhabon.inbox.internal.InboxItem.Status;
import bd.udbhabon.shell.UserFacingException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where each kind goes, and the acknowledgement's table (plain JUnit). */
class RoutingTest {

    static final long CD = 1;
    static final long DIVISION = 10;
    static final long DISTRICT = 20;
    static final long UPAZILA = 30;
    static final long MINISTRY = 40;
    static final long DIRECTORATE = 50;

    @Test
    void aTeamOrderGoesToTheSuperiorsAndTheCabinetDivision() {
        assertThat(Routing.recipients(InboxKind.TEAM_ORDER, DISTRICT, "DISTRICT", List.of(DIVISION), null, CD))
                .containsExactly(DIVISION, CD);
        // a field office under both hierarchies: both superiors
        assertThat(Routing.recipients(InboxKind.TEAM_ORDER, 60, "OTHER", List.of(DIRECTORATE, UPAZILA), null, CD))
                .containsExactly(DIRECTORATE, UPAZILA, CD);
    }

    @Test
    void minutesGoToTheSuperiorAndFromDistrictsAndUpazilasToTheCabinetDivisionToo() {
        assertThat(Routing.recipients(InboxKind.MINUTES, UPAZILA, "UPAZILA", List.of(DISTRICT), null, CD)).containsExactly(DISTRICT, CD);
        assertThat(Routing.recipients(InboxKind.MINUTES, DISTRICT, "DISTRICT", List.of(DIVISION), null, CD)).containsExactly(DIVISION, CD);
        assertThat(Routing.recipients(InboxKind.MINUTES, DIRECTORATE, "DIRECTORATE", List.of(MINISTRY), null, CD)).containsExactly(MINISTRY);
    }

    @Test
    void planToTheSuperiorAnnualReportAlsoToTheCabinetDivision() {
        assertThat(Routing.recipients(InboxKind.PLAN, DIRECTORATE, "DIRECTORATE", List.of(MINISTRY), null, CD)).containsExactly(MINISTRY);
        assertThat(Routing.recipients(InboxKind.ANNUAL_REPORT, DIRECTORATE, "DIRECTORATE", List.of(MINISTRY), null, CD))
                .containsExactly(MINISTRY, CD);
    }

    @Test
    void anOfficeAtTheTopReportsToTheCabinetDivisionOnceAndItsOwnPapersStayHome() {
        assertThat(Routing.recipients(InboxKind.TEAM_ORDER, MINISTRY, "MINISTRY", List.of(), null, CD)).containsExactly(CD);
        assertThat(Routing.recipients(InboxKind.PLAN, MINISTRY, "MINISTRY", List.of(), null, CD)).containsExactly(CD);
        assertThat(Routing.recipients(InboxKind.TEAM_ORDER, CD, "CABINET_DIVISION", List.of(), null, CD)).isEmpty();
    }

    @Test
    void aPlanReportGoesToTheReviewerItNames() {
        assertThat(Routing.recipients(InboxKind.PLAN_REPORT, 60, "OTHER", List.of(DIRECTORATE, UPAZILA), DIRECTORATE, CD))
                .containsExactly(DIRECTORATE);
    }

    @Test
    void kindsByTheirSubjects() {
        assertThat(InboxKind.of("team-order:12")).contains(InboxKind.TEAM_ORDER);
        assertThat(InboxKind.of("annual-report:3")).contains(InboxKind.ANNUAL_REPORT);
        assertThat(InboxKind.of("plan-report")).contains(InboxKind.PLAN_REPORT);
        assertThat(InboxKind.of("meeting-notice:5")).isEmpty();
        assertThat(InboxKind.of("showcase-result:1")).isEmpty();
    }

    @Test
    void anItemIsAcknowledgedOnce() {
        assertThat(InboxWorkflow.TRANSITIONS.next(Status.RECEIVED, InboxWorkflow.Step.ACKNOWLEDGE)).isEqualTo(Status.ACKNOWLEDGED);
        assertThatThrownBy(() -> InboxWorkflow.TRANSITIONS.next(Status.ACKNOWLEDGED, InboxWorkflow.Step.ACKNOWLEDGE))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("inbox.error.acknowledged"));
    }
}
