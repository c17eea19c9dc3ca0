package bd.udbhabon.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.MinutesTeamChanges.SubCommitteeToForm;
import bd.udbhabon.team.SubCommittees.Member;
import bd.udbhabon.team.internal.ComplianceUpdater;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What issued minutes decided about the team, as the meeting module publishes it: the sub-committee is
 * formed and the co-opted post lands in the team's change draft, in the publisher's transaction; a
 * refused sub-committee rolls back everything the event did.
 */
@IntegrationTest
class MinutesTeamChangesTests {

    private static final LocalDate MET = LocalDate.of(2026, 1, 11);
    private static final LocalDate ISSUED = LocalDate.of(2026, 1, 15);
    private static final MemoNumber MEMO = MemoNumber.parse("05.55.7200.025.13.002.26.7");

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OfficeDirectory offices;
    @Autowired
    ComplianceUpdater updater;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    SubCommittees subCommittees;
    @Autowired
    Teams teams;

    private void publish(MinutesTeamChanges changes) {
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> events.publishEvent(changes));
    }

    @Test
    void formsTheSubCommitteeAndDraftsTheCooption() {
        long netrokona = accounts.office(OfficeLevel.DISTRICT, "Netrokona");
        long kendua = accounts.upazila(netrokona, "Kendua");
        var fixtures = new TeamFixtures(jdbc, offices, updater);
        TeamFixtures.UpazilaTeam team = fixtures.upazilaTeam(kendua, true);
        long librarian = fixtures.post(kendua, "লাইব্রেরিয়ান, কেন্দুয়া", "OFFICER", true, null);
        accounts.create("kendua-secretary", Role.MEMBER_SECRETARY, kendua);
        List<Member> members = List.of(new Member(team.postIds().get(1), "সহকারী কমিশনার (ভূমি)", CommitteeRole.CONVENER),
                new Member(team.postIds().get(2), "সহকারী প্রোগ্রামার", CommitteeRole.MEMBER),
                new Member(null, "লাইব্রেরিয়ান", CommitteeRole.MEMBER_SECRETARY));
        String source = "উপজেলা ইনোভেশন টিমের সভা, " + DualDate.gregorianDate(MET) + ", ৩ নং বিষয়";

        accounts.as("kendua-secretary", () -> {
            publish(new MinutesTeamChanges(kendua, 1, 2, MET, MEMO, ISSUED,
                    List.of(new SubCommitteeToForm(" ডিজিটাল সেবা কমিটি ", " সেবা সহজিকরণের প্রস্তাব ", source, members)),
                    List.of(librarian)));
            return null;
        });

        assertThat(subCommittees.onDate(kendua, MET)).singleElement().satisfies(c -> {
            assertThat(c.nameBn()).isEqualTo("ডিজিটাল সেবা কমিটি");
            assertThat(c.purposeBn()).isEqualTo("সেবা সহজিকরণের প্রস্তাব");
            assertThat(c.formedOn()).isEqualTo(MET);
            assertThat(c.sourceBn()).isEqualTo(source);
            assertThat(c.members()).extracting(Member::labelBn).containsExactly("সহকারী কমিশনার (ভূমি)", "সহকারী প্রোগ্রামার", "লাইব্রেরিয়ান");
        });
        TeamOrder draft = teams.draft(kendua).orElseThrow();
        assertThat(draft.kind()).isEqualTo(OrderKind.CHANGE);
        assertThat(draft.effectiveFrom()).isEqualTo(ISSUED);
        assertThat(draft.preambleBn()).isEqualTo("উপজেলা ইনোভেশন টিমের " + DualDate.gregorianDate(MET)
                + " খ্রি. তারিখের সভার সিদ্ধান্ত (কার্যবিবরণী স্মারক নং ০৫.৫৫.৭২০০.০২৫.১৩.০০২.২৬.৭) অনুযায়ী "
                + "লাইব্রেরিয়ান, কেন্দুয়া-কে ইনোভেশন টিমের সদস্য হিসেবে অন্তর্ভুক্ত (কো-অপ্ট) করা হলো।");
        List<PlannedMember> expected = new ArrayList<>(teams.order(team.orderId()).orElseThrow().members());
        expected.add(new PlannedMember(librarian, TeamRole.COOPTED));
        assertThat(draft.members()).isEqualTo(expected);
    }

    @Test
    void aRefusedSubCommitteeRollsBackTheWholeIssue() {
        long netrokona = accounts.office(OfficeLevel.DISTRICT, "Netrokona");
        long durgapur = accounts.upazila(netrokona, "Durgapur");
        var fixtures = new TeamFixtures(jdbc, offices, updater);
        TeamFixtures.UpazilaTeam team = fixtures.upazilaTeam(durgapur, true);
        long coopted = fixtures.post(durgapur, "উপজেলা মৎস্য কর্মকর্তা, দুর্গাপুর", "OFFICER", true, null);
        accounts.create("durgapur-secretary", Role.MEMBER_SECRETARY, durgapur);
        SubCommitteeToForm fine = new SubCommitteeToForm("প্রথম কমিটি", "কাজ", "সভা", List.of(
                new Member(team.postIds().get(1), "সহকারী কমিশনার (ভূমি)", CommitteeRole.CONVENER),
                new Member(null, "লাইব্রেরিয়ান", CommitteeRole.MEMBER)));
        SubCommitteeToForm noConvener = new SubCommitteeToForm("দ্বিতীয় কমিটি", "কাজ", "সভা", List.of(
                new Member(team.postIds().get(2), "সহকারী প্রোগ্রামার", CommitteeRole.MEMBER)));

        assertThatThrownBy(() -> accounts.as("durgapur-secretary", () -> {
            publish(new MinutesTeamChanges(durgapur, 1, 2, MET, MEMO, ISSUED, List.of(fine, noConvener), List.of(coopted)));
            return null;
        })).isInstanceOf(UserFacingException.class);

        assertThat(subCommittees.onDate(durgapur, MET)).isEmpty();
        assertThat(teams.draft(durgapur)).isEmpty();
    }
}
