package bd.udbhabon.decision;

import bd.udbhabon.bangla.FiscalYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decisions grouped as registers and corners show them (by meeting, by fiscal quarter taken), each
 * group with its rate and overdue count on the day the decisions were read.
 *
 * @param labelBn the meeting as lists name it; null for a quarter (see {@link #quarterLabel})
 * @param start   the meeting's day, or the quarter's first day
 */
public record RateGroup(String labelBn, LocalDate start, Rate rate, long overdue) {

    private static final String[] ORDINAL_BN = {"১ম", "২য়", "৩য়", "৪র্থ"};

    /** One group per meeting (decisions without a meeting: per day taken), the latest first. */
    public static List<RateGroup> byMeeting(List<Decision> decisions) {
        return groups(decisions, d -> d.sourceMeetingId() == null ? "day:" + d.takenOn() : "meeting:" + d.sourceMeetingId(),
                list -> list.getFirst().sourceLabelBn(), list -> list.getFirst().takenOn());
    }

    /** One group per fiscal-year quarter in which decisions were taken, the latest first. */
    public static List<RateGroup> byQuarter(List<Decision> decisions) {
        return groups(decisions, d -> quarterStart(d.takenOn()), list -> null, list -> quarterStart(list.getFirst().takenOn()));
    }

    private static <K> List<RateGroup> groups(List<Decision> decisions, Function<Decision, K> key,
                                              Function<List<Decision>, String> label, Function<List<Decision>, LocalDate> start) {
        Map<K, List<Decision>> grouped = decisions.stream()
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
        List<RateGroup> groups = new ArrayList<>();
        grouped.values().forEach(list -> groups.add(new RateGroup(label.apply(list), start.apply(list), Rate.ofDecisions(list),
                list.stream().filter(Decision::overdue).count())));
        return groups.reversed();
    }

    private static LocalDate quarterStart(LocalDate day) {
        FiscalYear year = FiscalYear.of(day);
        return year.quarterStart(year.quarterOf(day));
    }

    /** "২০২৩-২০২৪ অর্থবছর, ২য় প্রান্তিক" / "FY 2023-2024, Q2": the fiscal quarter the day falls in. */
    public static String quarterLabel(LocalDate day, boolean bangla) {
        FiscalYear year = FiscalYear.of(day);
        int quarter = year.quarterOf(day);
        return bangla ? year.longLabel() + " অর্থবছর, " + ORDINAL_BN[quarter - 1] + " প্রান্তিক"
                : "FY " + year.longLabelLatin() + ", Q" + quarter;
    }
}
