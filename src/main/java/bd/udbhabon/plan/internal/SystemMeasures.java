package bd.udbhabon.plan.internal;

import static bd.udbhabon.plan.internal.MeasureWords.clip;
import static bd.udbhabon.plan.internal.MeasureWords.day;
import static bd.udbhabon.plan.internal.MeasureWords.days;
import static bd.udbhabon.plan.internal.MeasureWords.number;
import static bd.udbhabon.plan.internal.MeasureWords.period;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.decision.Rate;
import bd.udbhabon.meeting.MeetingFacts;
import bd.udbhabon.plan.Quantity;
import bd.udbhabon.plan.SystemMeasure;
import bd.udbhabon.team.Finding;
import bd.udbhabon.team.TeamStanding;
import bd.udbhabon.team.TeamStandings;
import bd.udbhabon.team.Verdict;
import bd.udbhabon.training.TrainingFacts;
import bd.udbhabon.training.TrainingKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The figures the product already knows, proposed for the indicators whose template names a
 * {@link SystemMeasure} (issue 14, point 6): the value for an office's quarter in the measure's unit, with
 * its source in words that say where it came from. The office may override a proposal only with a reason,
 * shown to the superior. Asked of the modules that own the facts ({@code meeting}, {@code decision},
 * {@code team}, {@code training}), which never ask {@code plan}.
 *
 * <p>Read to the quarter's last day, or to today while the quarter runs; a quarter not begun has no proposal.
 * Meetings and minutes count what happened in the quarter (the quarters add up); the decision rate is of the
 * decisions that fell due in the quarter (the quarters average); the team is as it stood on that day; trainings,
 * workshops and learning sessions count by their first day (the quarters add up).
 */
@Component
public class SystemMeasures {

    /** What the system proposes for one indicator's quarter, and where it comes from (in Bangla and English). */
    public record Proposal(BigDecimal value, String sourceBn, String sourceEn) {
    }

    private final MeetingFacts meetings;
    private final Decisions decisions;
    private final TeamStandings teams;
    private final TrainingFacts trainings;

    SystemMeasures(MeetingFacts meetings, Decisions decisions, TeamStandings teams, TrainingFacts trainings) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.teams = teams;
        this.trainings = trainings;
    }

    /** The proposal for {@code measure} over the office's quarter (figures to the quarter's end), if the system knows it. */
    public Optional<Proposal> propose(SystemMeasure measure, long officeId, FiscalYear year, int quarter) {
        LocalDate from = year.quarterStart(quarter);
        LocalDate today = Dhaka.today();
        if (from.isAfter(today)) {
            return Optional.empty(); // nothing has happened yet
        }
        LocalDate to = year.quarterEnd(quarter).isAfter(today) ? today : year.quarterEnd(quarter);
        return switch (measure) {
            case MEETINGS_HELD_AGAINST_CADENCE -> Optional.of(meetingsHeld(officeId, from, to));
            case DECISION_IMPLEMENTATION_RATE -> implementationRate(officeId, from, to);
            case MINUTES_ISSUED -> Optional.of(minutes(meetings.minutesIssued(officeId, from, to), from, to,
                    "সভার কার্যবিবরণী: ", "টি সভার কার্যবিবরণী জারি", "Minutes: ", " issued"));
            case MINUTES_PUBLISHED -> Optional.of(minutes(meetings.minutesPublished(officeId, from, to), from, to,
                    "ইনোভেশন কর্নার: ", "টি সভার কার্যবিবরণী প্রকাশিত", "Innovation corner: ", " published"));
            case TEAM_FORMED -> Optional.of(teamFormed(teams.on(officeId, to)));
            case TRAININGS_HELD -> Optional.of(held(officeId, TrainingKind.TRAINING, from, to, "প্রশিক্ষণ", "training", "trainings"));
            case WORKSHOPS_HELD -> Optional.of(held(officeId, TrainingKind.WORKSHOP, from, to, "কর্মশালা", "workshop", "workshops"));
            case LEARNING_SESSIONS_HELD -> Optional.of(held(officeId, TrainingKind.LEARNING_SESSION, from, to, "লার্নিং সেশন",
                    "learning session", "learning sessions"));
        };
    }

    /** "কর্মশালা: ১ জুলাই–৩০ সেপ্টেম্বর ২০২৩-এ ২টি কর্মশালা অনুষ্ঠিত (১০ জুলাই, ১৪ আগস্ট)", from the training register. */
    private Proposal held(long officeId, TrainingKind kind, LocalDate from, LocalDate to, String whatBn, String oneEn, String manyEn) {
        List<LocalDate> held = trainings.held(officeId, kind, from, to).stream().map(TrainingFacts.Held::heldOn).toList();
        String bn = whatBn + ": " + period(from, to, true) + "-এ " + number(held.size(), true) + "টি " + whatBn + " অনুষ্ঠিত"
                + (held.isEmpty() ? "" : " (" + days(held, true) + ")");
        String what = held.size() == 1 ? oneEn : manyEn;
        String en = Character.toUpperCase(manyEn.charAt(0)) + manyEn.substring(1) + ": " + held.size() + " " + what + " held "
                + period(from, to, false) + (held.isEmpty() ? "" : " (" + days(held, false) + ")");
        return new Proposal(BigDecimal.valueOf(held.size()), clip(bn), clip(en));
    }

    /** "সভার তালিকা: ১ জুলাই–৩০ সেপ্টেম্বর ২০২৩-এ ৩টি সভা অনুষ্ঠিত (…), নির্ধারিত ৩টি". */
    private Proposal meetingsHeld(long officeId, LocalDate from, LocalDate to) {
        var facts = meetings.heldAgainstCadence(officeId, from, to);
        int held = facts.held().size();
        String bn = "সভার তালিকা: " + period(from, to, true) + "-এ " + number(held, true) + "টি সভা অনুষ্ঠিত"
                + (held == 0 ? "" : " (" + days(facts.held(), true) + ")");
        String en = "Meetings list: " + held + (held == 1 ? " meeting" : " meetings") + " held " + period(from, to, false)
                + (held == 0 ? "" : " (" + days(facts.held(), false) + ")");
        if (!facts.team()) {
            bn += "; " + day(to, true) + "-এ কোনো টিম ছিল না, নির্ধারিত নেই";
            en += "; no team on " + day(to, false) + ", none due";
        } else {
            bn += ", নির্ধারিত " + number(facts.due(), true) + "টি";
            en += ", " + facts.due() + " due";
            if (facts.met() < Math.min(held, facts.due())) { // two in one month do not make up for a month without
                bn += " (" + number(facts.met(), true) + "টি নির্ধারিত সময়ে সভা হয়েছে)";
                en += " (" + facts.met() + " of the periods met)";
            }
        }
        return new Proposal(BigDecimal.valueOf(held), clip(bn), clip(en));
    }

    /**
     * The quarter's own rate, so that the quarters average into the year's (the templates calculate it by গড়):
     * the team's decisions that fell due in the quarter (a decision without a due day is due the day it was
     * taken), as they stood on its last day. Each decision counts in one quarter; one taken late in a quarter and
     * due in the next counts in the next. None due is no proposal, not 0 %.
     */
    private Optional<Proposal> implementationRate(long officeId, LocalDate from, LocalDate to) {
        List<Decision> due = decisions.ofOffice(officeId, to).stream().filter(d -> {
            LocalDate dueOn = d.dueOn() != null ? d.dueOn() : d.takenOn();
            return !dueOn.isBefore(from) && !dueOn.isAfter(to) && !d.takenOn().isAfter(to);
        }).toList();
        Rate rate = Rate.ofDecisions(due);
        if (rate.percent().isEmpty()) {
            return Optional.empty();
        }
        String bn = "সিদ্ধান্ত রেজিস্টার: " + period(from, to, true) + "-এ বাস্তবায়নের মেয়াদ ছিল এমন সিদ্ধান্ত, " + day(to, true)
                + " অনুযায়ী: " + rate.text(true);
        String en = "Decision register: decisions due " + period(from, to, false) + ", as of " + day(to, false)
                + ": " + rate.text(false);
        return Optional.of(new Proposal(BigDecimal.valueOf(rate.percent().getAsInt()), clip(bn), clip(en)));
    }

    private static Proposal minutes(List<MeetingFacts.IssuedMinutes> list, LocalDate from, LocalDate to, String whereBn,
                                    String whatBn, String whereEn, String whatEn) {
        List<LocalDate> meetingDays = list.stream().map(MeetingFacts.IssuedMinutes::meetingDate).toList();
        String bn = whereBn + period(from, to, true) + "-এ " + number(list.size(), true) + whatBn
                + (list.isEmpty() ? "" : " (সভা: " + days(meetingDays, true) + ")");
        String en = whereEn + "minutes of " + list.size() + (list.size() == 1 ? " meeting" : " meetings") + whatEn + " "
                + period(from, to, false) + (list.isEmpty() ? "" : " (meetings of " + days(meetingDays, false) + ")");
        return new Proposal(BigDecimal.valueOf(list.size()), clip(bn), clip(en));
    }

    /** Yes (1) when the team of that day meets the notification then in force and need not be re-formed. */
    private static Proposal teamFormed(TeamStanding standing) {
        String on = day(standing.date(), true);
        String onEn = day(standing.date(), false);
        if (standing.verdict() == Verdict.NO_TEAM) {
            return new Proposal(Quantity.ofYesNo(false), "ইনোভেশন টিম: " + on + "-এ কোনো টিম বলবৎ ছিল না",
                    "Innovation team: no team in effect on " + onEn);
        }
        var order = standing.order();
        String orderBn = "আদেশ " + bd.udbhabon.bangla.BanglaDigits.toBangla(String.valueOf(order.memoNumber())) + (order.issuedOn() == null ? "" : ", " + day(order.issuedOn(), true));
        String orderEn = "order " + bd.udbhabon.bangla.BanglaDigits.toLatin(String.valueOf(order.memoNumber())) + (order.issuedOn() == null ? "" : " of " + day(order.issuedOn(), false));
        String bn = "ইনোভেশন টিম: " + on + "-এ বলবৎ " + orderBn;
        String en = "Innovation team: on " + onEn + ", " + orderEn;
        String underBn = standing.inForce() == null ? "" : standing.inForce().titleBn();
        String underEn = standing.inForce() == null ? "" : standing.inForce().titleEn();
        switch (standing.verdict()) {
            case COMPLIANT -> {
                bn += "; বলবৎ প্রজ্ঞাপনের (" + underBn + ") সব শর্ত পূরণ";
                en += "; every rule of the notification in force (" + underEn + ") met";
            }
            case NOT_COMPLIANT -> {
                bn += "; বলবৎ প্রজ্ঞাপনের সব শর্ত পূরণ হয়নি: " + lacking(standing.lacking(), true);
                en += "; not every rule of the notification in force met: " + lacking(standing.lacking(), false);
            }
            default -> {
                bn += "; বলবৎ প্রজ্ঞাপনে এই স্তরের টিমের গঠনের শর্ত নেই";
                en += "; the notification in force states no rules for this level";
            }
        }
        if (standing.reformUnder() != null) {
            bn += "; " + standing.reformUnder().titleBn() + " অনুযায়ী পুনর্গঠন করা হয়নি";
            en += "; not re-formed under " + standing.reformUnder().titleEn();
        }
        return new Proposal(Quantity.ofYesNo(standing.formedByNotification()), clip(bn), clip(en));
    }

    private static String lacking(List<Finding> findings, boolean bangla) {
        return findings.stream().map(f -> f.text(bangla)).collect(Collectors.joining("; "));
    }
}
