package bd.udbhabon.plan;

import org.springframework.test.context.TestPropertySource;
import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.decision.DecisionStatus;
import bd.udbhabon.plan.internal.SystemMeasures;
import bd.udbhabon.plan.internal.SystemMeasures.Proposal;
import bd.udbhabon.training.NewTraining;
import bd.udbhabon.training.TrainingKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14, point 6: each system measure proposed from the facts the other modules keep, built as offices
 * make them (a team, meetings held, minutes issued, decisions in the register), with its source in words.
 * Fiscal year 2025-26: the upazila's team is formed on 1 December 2025 under the 2025 notification
 * (quarterly meetings).
 */
@IntegrationTest
@TestPropertySource(properties = PlanFixtures.OWN_DATABASE)
class SystemMeasuresTests {

    static final FiscalYear YEAR = new FiscalYear(2025);

    @Autowired
    SystemMeasures measures;
    @Autowired
    MeasureFacts facts;
    @Autowired
    bd.udbhabon.training.Trainings trainings;

    @Test
    void meetingsMinutesAndDecisionsOfAQuarterAreProposedWithTheirSource() {
        var upazila = facts.withTeam(facts.upazila("Measures"), true, 2, LocalDate.of(2025, 12, 1));
        long december = facts.meeting(upazila, LocalDate.of(2025, 12, 10), true);
        long january = facts.meeting(upazila, LocalDate.of(2026, 1, 15), true);
        long february = facts.meeting(upazila, LocalDate.of(2026, 2, 19), true);
        facts.meeting(upazila, LocalDate.of(2026, 3, 22), false); // planned, never held: not counted
        facts.issueMinutes(upazila, december, LocalDate.of(2026, 1, 5));
        facts.issueMinutes(upazila, january, LocalDate.of(2026, 1, 25));
        facts.issueMinutes(upazila, february, LocalDate.of(2026, 4, 2)); // issued in the next quarter

        // Q3 (January-March 2026): two meetings held against one asked for by the quarterly cadence.
        Proposal held = propose(SystemMeasure.MEETINGS_HELD_AGAINST_CADENCE, upazila, 3);
        assertThat(held.value()).isEqualByComparingTo("2");
        assertThat(held.sourceBn()).isEqualTo("সভার তালিকা: ১ জানুয়ারি–৩১ মার্চ ২০২৬-এ ২টি সভা অনুষ্ঠিত (১৫ জানুয়ারি, ১৯ ফেব্রুয়ারি), নির্ধারিত ১টি");
        assertThat(held.sourceEn()).isEqualTo("Meetings list: 2 meetings held 1 January–31 March 2026 (15 January, 19 February), 1 due");
        // Q2: the team's first quarter, December's meeting held.
        assertThat(propose(SystemMeasure.MEETINGS_HELD_AGAINST_CADENCE, upazila, 2).sourceBn())
                .isEqualTo("সভার তালিকা: ১ অক্টোবর–৩১ ডিসেম্বর ২০২৫-এ ১টি সভা অনুষ্ঠিত (১০ ডিসেম্বর), নির্ধারিত ১টি");
        // Q1: no team yet.
        Proposal before = propose(SystemMeasure.MEETINGS_HELD_AGAINST_CADENCE, upazila, 1);
        assertThat(before.value()).isEqualByComparingTo("0");
        assertThat(before.sourceBn()).isEqualTo("সভার তালিকা: ১ জুলাই–৩০ সেপ্টেম্বর ২০২৫-এ ০টি সভা অনুষ্ঠিত; ৩০ সেপ্টেম্বর ২০২৫-এ কোনো টিম ছিল না, নির্ধারিত নেই");

        // Minutes: December's and January's issued in Q3 (and published on the corner the day issued), February's in Q4.
        Proposal issued = propose(SystemMeasure.MINUTES_ISSUED, upazila, 3);
        assertThat(issued.value()).isEqualByComparingTo("2");
        assertThat(issued.sourceBn()).isEqualTo("সভার কার্যবিবরণী: ১ জানুয়ারি–৩১ মার্চ ২০২৬-এ ২টি সভার কার্যবিবরণী জারি (সভা: ১০ ডিসেম্বর, ১৫ জানুয়ারি)");
        assertThat(issued.sourceEn()).isEqualTo("Minutes: minutes of 2 meetings issued 1 January–31 March 2026 (meetings of 10 December, 15 January)");
        Proposal published = propose(SystemMeasure.MINUTES_PUBLISHED, upazila, 4);
        assertThat(published.value()).isEqualByComparingTo("1");
        assertThat(published.sourceBn()).isEqualTo("ইনোভেশন কর্নার: ১ এপ্রিল–৩০ জুন ২০২৬-এ ১টি সভার কার্যবিবরণী প্রকাশিত (সভা: ১৯ ফেব্রুয়ারি)");
        assertThat(propose(SystemMeasure.MINUTES_ISSUED, upazila, 2).value()).isEqualByComparingTo("0");

        // Decisions of the fiscal year to the quarter's end, as they stood that day.
        long old = facts.decision(upazila, december, LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 30), "গত অর্থবছরের সিদ্ধান্ত");
        facts.status(upazila, old, DecisionStatus.IMPLEMENTED, LocalDate.of(2025, 6, 20), null);
        long done = facts.decision(upazila, december, LocalDate.of(2025, 12, 10), LocalDate.of(2026, 1, 31), "ডিসেম্বরের সিদ্ধান্ত");
        facts.status(upazila, done, DecisionStatus.IMPLEMENTED, LocalDate.of(2026, 1, 20), null);
        long late = facts.decision(upazila, january, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 28), "জানুয়ারির সিদ্ধান্ত");
        facts.status(upazila, late, DecisionStatus.IMPLEMENTED, LocalDate.of(2026, 4, 5), null); // after the quarter
        long dropped = facts.decision(upazila, january, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 15), "বাদ পড়া সিদ্ধান্ত");
        facts.status(upazila, dropped, DecisionStatus.DROPPED, LocalDate.of(2026, 3, 1), "বরাদ্দ পাওয়া যায়নি");
        facts.decision(upazila, february, LocalDate.of(2026, 2, 19), LocalDate.of(2026, 4, 30), "ফেব্রুয়ারির সিদ্ধান্ত");

        // The quarter's own rate: the decisions that fell due in it, as they stood on its last day.
        Proposal rate = propose(SystemMeasure.DECISION_IMPLEMENTATION_RATE, upazila, 3);
        assertThat(rate.value()).isEqualByComparingTo("50");
        assertThat(rate.sourceBn()).isEqualTo("সিদ্ধান্ত রেজিস্টার: ১ জানুয়ারি–৩১ মার্চ ২০২৬-এ বাস্তবায়নের মেয়াদ ছিল এমন সিদ্ধান্ত, ৩১ মার্চ ২০২৬ অনুযায়ী: "
                + "৩টি সিদ্ধান্তের মধ্যে ১টি বাদ, ১টি বাস্তবায়িত; বাস্তবায়নের হার ৫০%");
        assertThat(rate.sourceEn()).isEqualTo("Decision register: decisions due 1 January–31 March 2026, as of 31 March 2026: "
                + "1 of 3 decisions implemented, 1 dropped; implementation rate 50%");
        // February's fell due in the fourth quarter undone; January's late one counted in the third, not again.
        Proposal fourth = propose(SystemMeasure.DECISION_IMPLEMENTATION_RATE, upazila, 4);
        assertThat(fourth.value()).isEqualByComparingTo("0");
        assertThat(fourth.sourceBn()).endsWith("১টি সিদ্ধান্তের মধ্যে ০টি বাস্তবায়িত; বাস্তবায়নের হার ০%");
        // No decision fell due in the second quarter: no rate, not 0 %.
        assertThat(measures.propose(SystemMeasure.DECISION_IMPLEMENTATION_RATE, upazila.id(), YEAR, 2)).isEmpty();
        // A quarter not begun proposes nothing.
        assertThat(measures.propose(SystemMeasure.MEETINGS_HELD_AGAINST_CADENCE, upazila.id(), PlanFixtures.FUTURE, 1)).isEmpty();
    }

    @Test
    void theTeamIsFormedByTheNotificationOnlyWhenItMeetsItAndNeedNotBeReformed() {
        var compliant = facts.withTeam(facts.upazila("Formed"), true, 2, LocalDate.of(2025, 12, 1));
        Proposal yes = propose(SystemMeasure.TEAM_FORMED, compliant, 3);
        assertThat(yes.value()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(yes.sourceBn()).startsWith("ইনোভেশন টিম: ৩১ মার্চ ২০২৬-এ বলবৎ আদেশ ০৫.৫৫.")
                .endsWith("; বলবৎ প্রজ্ঞাপনের (ইনোভেশন টিম গঠন ও কার্যপরিধি সংশোধন সংক্রান্ত প্রজ্ঞাপন (০৬.১১.২০২৫)) সব শর্ত পূরণ");
        assertThat(yes.sourceEn()).startsWith("Innovation team: on 31 March 2026, order 05.55.").contains("every rule of the notification in force");

        Proposal none = propose(SystemMeasure.TEAM_FORMED, compliant, 1);
        assertThat(none.value()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(none.sourceBn()).isEqualTo("ইনোভেশন টিম: ৩০ সেপ্টেম্বর ২০২৫-এ কোনো টিম বলবৎ ছিল না");

        var lacking = facts.withTeam(facts.upazila("Lacking"), false, 2, LocalDate.of(2025, 12, 1));
        Proposal no = propose(SystemMeasure.TEAM_FORMED, lacking, 3);
        assertThat(no.value()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(no.sourceBn()).contains("; বলবৎ প্রজ্ঞাপনের সব শর্ত পূরণ হয়নি: ", "দক্ষতা");

        // Formed under 2023 and never re-formed under 2025 (in force from 6 November 2025).
        var old = facts.withTeam(facts.upazila("Unreformed"), true, 1, LocalDate.of(2024, 1, 10));
        Proposal reform = propose(SystemMeasure.TEAM_FORMED, old, 3);
        assertThat(reform.value()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(reform.sourceBn()).endsWith("; ইনোভেশন টিম গঠন ও কার্যপরিধি সংশোধন সংক্রান্ত প্রজ্ঞাপন (০৬.১১.২০২৫) অনুযায়ী পুনর্গঠন করা হয়নি");
        assertThat(propose(SystemMeasure.TEAM_FORMED, old, 1).value()).as("in 2025's first quarter 2023's was in force")
                .isEqualByComparingTo(BigDecimal.ONE);
    }

    /**
     * Issue 15, point 7: the trainings, workshops and learning sessions the office recorded, counted in the quarter
     * their first day falls in (a workshop over the quarter's end counts once, in the quarter it began), each kind
     * apart, another office's not at all.
     */
    @Test
    void trainingsWorkshopsAndLearningSessionsHeldInAQuarterAreProposedWithTheirDays() {
        var upazila = facts.upazila("Trainings");
        var other = facts.upazila("Elsewhere");
        training(upazila, TrainingKind.TRAINING, LocalDate.of(2026, 1, 12), 1);
        training(upazila, TrainingKind.TRAINING, LocalDate.of(2026, 3, 3), 3);
        training(upazila, TrainingKind.WORKSHOP, LocalDate.of(2026, 3, 30), 3); // runs into April: Q3's
        training(upazila, TrainingKind.TRAINING, LocalDate.of(2025, 12, 31), 1); // Q2
        training(other, TrainingKind.TRAINING, LocalDate.of(2026, 2, 1), 1);

        Proposal trainingsHeld = propose(SystemMeasure.TRAININGS_HELD, upazila, 3);
        assertThat(trainingsHeld.value()).isEqualByComparingTo("2");
        assertThat(trainingsHeld.sourceBn()).isEqualTo("প্রশিক্ষণ: ১ জানুয়ারি–৩১ মার্চ ২০২৬-এ ২টি প্রশিক্ষণ অনুষ্ঠিত (১২ জানুয়ারি, ৩ মার্চ)");
        assertThat(trainingsHeld.sourceEn()).isEqualTo("Trainings: 2 trainings held 1 January–31 March 2026 (12 January, 3 March)");
        Proposal workshops = propose(SystemMeasure.WORKSHOPS_HELD, upazila, 3);
        assertThat(workshops.value()).isEqualByComparingTo("1");
        assertThat(workshops.sourceBn()).isEqualTo("কর্মশালা: ১ জানুয়ারি–৩১ মার্চ ২০২৬-এ ১টি কর্মশালা অনুষ্ঠিত (৩০ মার্চ)");
        assertThat(workshops.sourceEn()).isEqualTo("Workshops: 1 workshop held 1 January–31 March 2026 (30 March)");
        assertThat(propose(SystemMeasure.WORKSHOPS_HELD, upazila, 4).value()).as("counted once, where it began").isEqualByComparingTo("0");
        assertThat(propose(SystemMeasure.TRAININGS_HELD, upazila, 2).value()).isEqualByComparingTo("1");

        Proposal none = propose(SystemMeasure.LEARNING_SESSIONS_HELD, upazila, 3);
        assertThat(none.value()).isEqualByComparingTo("0");
        assertThat(none.sourceBn()).isEqualTo("লার্নিং সেশন: ১ জানুয়ারি–৩১ মার্চ ২০২৬-এ ০টি লার্নিং সেশন অনুষ্ঠিত");
        training(upazila, TrainingKind.LEARNING_SESSION, LocalDate.of(2026, 2, 18), 1);
        assertThat(propose(SystemMeasure.LEARNING_SESSIONS_HELD, upazila, 3).sourceEn())
                .isEqualTo("Learning sessions: 1 learning session held 1 January–31 March 2026 (18 February)");
        assertThat(SystemMeasure.LEARNING_SESSIONS_HELD.unit()).isEqualTo(IndicatorUnit.COUNT);
    }

    private void training(MeasureFacts.Upazila upazila, TrainingKind kind, LocalDate day, int days) {
        String visited = kind == TrainingKind.LEARNING_SESSION ? "এটুআই-এর সেবা সহজিকরণ প্রদর্শনী, ঢাকা" : null;
        trainings.create(upazila.id(), new NewTraining(kind, day, days, "ই-নথি " + kind.nameBn(), null, null, null, null, visited,
                List.of(), List.of(new NewTraining.Guest("জনাব রাশেদ করিম", "প্রশিক্ষক"))), List.of());
    }

    private Proposal propose(SystemMeasure measure, MeasureFacts.Upazila upazila, int quarter) {
        return measures.propose(measure, upazila.id(), YEAR, quarter).orElseThrow();
    }
}
