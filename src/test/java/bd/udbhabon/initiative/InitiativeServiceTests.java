package bd.udbhabon.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.NewDecision;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.initiative.internal.InitiativeService;
import bd.udbhabon.initiative.internal.InitiativeService.Move;
import bd.udbhabon.initiative.internal.InitiativeService.Upload;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** The initiative core (issue 15, point 1): recorded, moved stage by stage with history and evidence, commented from above. */
@IntegrationTest
@TestPropertySource(properties = InitiativeFixtures.OWN_DATABASE)
class InitiativeServiceTests {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    @Autowired
    InitiativeFixtures fixtures;
    @Autowired
    InitiativeService initiatives;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DecisionRegister register;

    @Test
    void anInitiativeMovesStageByStageAndKeepsItsDatedHistoryWithEvidence() {
        long office = fixtures.office(OfficeLevel.DISTRICT, null, null);
        Initiative idea = fixtures.initiative(office, InitiativeKind.SIMPLIFICATION, "ক");
        assertThat(idea.stage()).isEqualTo(Stage.IDEA);

        initiatives.move(idea.id(), new Move(Stage.PROCESS_MAP, LocalDate.of(2023, 8, 1), "প্রসেস ম্যাপ তৈরি", null, null,
                List.of(new Upload("process-map.pdf", PDF))));
        var pilot = initiatives.move(idea.id(), new Move(Stage.PILOT, LocalDate.of(2023, 9, 1), null,
                "সভার সিদ্ধান্তে সরাসরি পাইলটিং", null, List.of()));

        assertThat(pilot.reasonBn()).isEqualTo("সভার সিদ্ধান্তে সরাসরি পাইলটিং");
        assertThat(initiatives.history(idea.id())).extracting(StageChange::stage, StageChange::enteredOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Stage.IDEA, LocalDate.of(2023, 7, 10)),
                org.assertj.core.groups.Tuple.tuple(Stage.PROCESS_MAP, LocalDate.of(2023, 8, 1)),
                org.assertj.core.groups.Tuple.tuple(Stage.PILOT, LocalDate.of(2023, 9, 1)));
        assertThat(initiatives.find(idea.id()).orElseThrow().stage()).isEqualTo(Stage.PILOT);
        assertThat(jdbc.sql("select e.file_name from initiative_evidence e join initiative_stage s on s.id = e.stage_id where s.initiative_id = ?")
                .param(idea.id()).query(String.class).list()).containsExactly("process-map.pdf");
        assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'initiative' and record_id = ?")
                .param(Long.toString(idea.id())).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aSkipWithoutAReasonABadFileOrADayBeforeTheStageWritesNothing() {
        long office = fixtures.office(OfficeLevel.DISTRICT, null, null);
        Initiative idea = fixtures.initiative(office, InitiativeKind.IDEA, "খ");

        assertThatThrownBy(() -> initiatives.move(idea.id(), new Move(Stage.PILOT, LocalDate.of(2023, 8, 1), null, null, null, List.of())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("initiative.error.skipReason"));
        assertThatThrownBy(() -> initiatives.move(idea.id(), new Move(Stage.PROCESS_MAP, LocalDate.of(2023, 8, 1), null, null, null,
                List.of(new Upload("map.pdf", "<html>not a pdf</html>".getBytes())))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors().has("evidence")).isTrue());
        assertThatThrownBy(() -> initiatives.move(idea.id(), new Move(Stage.PROCESS_MAP, LocalDate.of(2023, 7, 1), null, null, null, List.of())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors().has("on")).isTrue());

        assertThat(initiatives.history(idea.id())).hasSize(1);
        assertThat(initiatives.find(idea.id()).orElseThrow().stage()).isEqualTo(Stage.IDEA);
    }

    @Test
    void aReplicationLinksTheOriginalAndOnlyASuperiorComments() {
        long district = fixtures.office(OfficeLevel.DISTRICT, null, null);
        long upazila = fixtures.office(OfficeLevel.UPAZILA, district, null);
        long elsewhere = fixtures.office(OfficeLevel.UPAZILA, null, null);
        Initiative original = fixtures.initiativeAt(upazila, Stage.RUNNING, "গ");

        var draft = InitiativeFixtures.draft(InitiativeKind.REPLICATION, "গ");
        Initiative copy = initiatives.create(elsewhere, new NewInitiative(draft.kind(), draft.titleBn(), draft.titleEn(), draft.serviceBn(),
                false, draft.problemBn(), draft.rootCauseBn(), draft.solutionBn(), null, List.of(), Stage.IDEA, LocalDate.of(2024, 1, 1),
                original.id()));
        assertThat(initiatives.replications(original.id())).extracting(Initiative::officeId).containsExactly(elsewhere);
        assertThatThrownBy(() -> initiatives.create(upazila, new NewInitiative(InitiativeKind.REPLICATION, "নিজের", null, "সেবা", false,
                "সমস্যা", null, "সমাধান", null, List.of(), Stage.IDEA, null, original.id())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors().has("kind")).isTrue());

        initiatives.comment(original.id(), district, "চমৎকার উদ্যোগ; অন্য উপজেলায় ছড়িয়ে দিন");
        assertThatThrownBy(() -> initiatives.comment(original.id(), elsewhere, "মন্তব্য"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("initiative.error.notSuperior"));
        assertThat(copy.kind()).isEqualTo(InitiativeKind.REPLICATION);
    }

    /** The service itself (not only the page) refuses a deciding decision of another office: any caller, the demo too. */
    @Test
    void aMoveNamingAnotherOfficesDecisionIsRefusedByTheService() {
        long office = fixtures.office(OfficeLevel.UPAZILA, null, null);
        long other = fixtures.office(OfficeLevel.UPAZILA, null, null);
        Initiative idea = fixtures.initiative(office, InitiativeKind.SIMPLIFICATION, "ঘ");
        String otherName = "is-other-" + other;
        accounts.create(otherName, Role.MEMBER_SECRETARY, other);
        long othersDecision = accounts.as(otherName, () -> register.record(other, new NewDecision(null, null, "অন্য সভা",
                LocalDate.of(2023, 8, 20), null, "অন্য দপ্তরের সিদ্ধান্ত", null, List.of(Owner.office(other, "অন্য")))));

        assertThatThrownBy(() -> initiatives.move(idea.id(), new Move(Stage.PROCESS_MAP, LocalDate.of(2023, 8, 21), null, null,
                othersDecision, List.of())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors().has("decision")).isTrue());
        assertThat(initiatives.history(idea.id())).hasSize(1);
    }
}
