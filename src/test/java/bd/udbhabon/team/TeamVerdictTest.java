package bd.udbhabon.team;

import bd.udbhabon.office.OfficeLevel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, point 5: a team is judged under the notification in force on the day, not the one its order was
 * issued under. Seed 001's Dinajpur team, issued under 2023's notification (no composition rules), is "all met"
 * under that one and lacks the skills-development officer under 2025's.
 */
class TeamVerdictTest {

    static final Notification OF_2023 = new Notification(1, "২০২৩", "2023", "৭৭", LocalDate.of(2023, 11, 16),
            LocalDate.of(2023, 11, 16), Cadence.MONTHLY, List.of("কার্যপরিধি"), Map.of());
    static final Notification OF_2025 = new Notification(2, "২০২৫", "2025", "১০০", LocalDate.of(2025, 11, 6),
            LocalDate.of(2025, 11, 6), Cadence.MONTHLY, List.of("কার্যপরিধি"),
            Map.of(OfficeLevel.DISTRICT, CompositionCheckTest.DISTRICT_2025));

    static final Policies POLICIES = new Policies() {
        @Override
        public List<Notification> all() {
            return List.of(OF_2025, OF_2023);
        }

        @Override
        public Optional<Notification> find(long id) {
            return all().stream().filter(n -> n.id() == id).findFirst();
        }
    };

    /** Dinajpur's places judged under a notification's district rules, as the team page's judge does. */
    static final Function<Notification, Judgement> DINAJPUR = n -> {
        List<Candidate> team = CompositionCheckTest.dinajpur();
        List<PlannedMember> places = java.util.stream.IntStream.range(0, team.size())
                .mapToObj(i -> new PlannedMember(i + 1, team.get(i).role())).toList();
        return n.rules(OfficeLevel.DISTRICT).map(r -> new Judgement(n, true, places, CompositionCheck.judge(r, team)))
                .orElseGet(() -> new Judgement(n, false, places, List.of()));
    };

    @Test
    void aTeamIssuedUnder2023IsJudgedUnder2025OnceItIsInForceAndTheOlderVerdictIsKeptApart() {
        TeamVerdict verdict = TeamVerdict.on(POLICIES, OF_2023.id(), LocalDate.of(2026, 1, 1), DINAJPUR).orElseThrow();

        assertThat(verdict.inForce().notification()).isEqualTo(OF_2025);
        assertThat(verdict.inForce().compliant()).isFalse();
        assertThat(verdict.inForce().unmet()).isEqualTo(1);
        assertThat(CompositionCheck.lacking(verdict.inForce().findings(), true))
                .isEqualTo("ন্যূনতম ১ জন দক্ষতা উন্নয়নে সক্ষমতাসম্পন্ন কর্মকর্তা নেই");
        // what the order's own notification said: it stated no rules for districts, which is not "all met"
        assertThat(verdict.formedUnder().notification()).isEqualTo(OF_2023);
        assertThat(verdict.formedUnder().stated()).isFalse();
        assertThat(verdict.formedUnder().compliant()).isFalse();
    }

    @Test
    void beforeThe2025NotificationTookEffectTheTeamIsJudgedUnderItsOwn() {
        TeamVerdict verdict = TeamVerdict.on(POLICIES, OF_2023.id(), LocalDate.of(2025, 11, 5), DINAJPUR).orElseThrow();
        assertThat(verdict.inForce().notification()).isEqualTo(OF_2023);
        assertThat(verdict.formedUnder()).isNull();
    }

    @Test
    void aTeamIssuedUnderTheNotificationInForceHasOneVerdict() {
        TeamVerdict verdict = TeamVerdict.on(POLICIES, OF_2025.id(), LocalDate.of(2026, 1, 1), DINAJPUR).orElseThrow();
        assertThat(verdict.inForce().notification()).isEqualTo(OF_2025);
        assertThat(verdict.formedUnder()).isNull();
        assertThat(TeamVerdict.on(POLICIES, OF_2023.id(), LocalDate.of(2023, 1, 1), DINAJPUR)).as("nothing in force").isEmpty();
    }
}
