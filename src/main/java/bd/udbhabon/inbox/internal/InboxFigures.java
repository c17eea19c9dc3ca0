package bd.udbhabon.inbox.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.supervision.OfficeFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * What reached the Cabinet Division, for the supervision dashboards (issue 16, point 2): per sending office and
 * quarter, the team orders it was informed of (§৪) and the minutes sent to it (seed 003 item 6), as its inbox
 * received them. Counted against the office that issued the paper (a team order: the forming office).
 */
@Component
class InboxFigures implements OfficeFigures {

    static final String TEAM_ORDERS = "inbox.team-orders.reported";
    static final String MINUTES = "inbox.minutes.sent";

    private final InboxRepository items;

    InboxFigures(InboxRepository items) {
        this.items = items;
    }

    @Override
    public List<Measure> measures() {
        return List.of(
                new Measure(TEAM_ORDERS, "মন্ত্রিপরিষদ বিভাগকে অবহিত করা টিম গঠনের আদেশ", "Team orders the Cabinet Division was informed of", false),
                new Measure(MINUTES, "মন্ত্রিপরিষদ বিভাগে পাঠানো কার্যবিবরণী", "Minutes sent to the Cabinet Division", false));
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("inbox_item");
    }

    @Override
    public List<Figure> figures(FiscalYear year, Collection<Long> officeIds, LocalDate asOf) {
        return count(List.of(year), officeIds).get(year);
    }

    /** One query for all the years (ten on every refresh of an office), where the default asks year by year. */
    @Override
    public Map<FiscalYear, List<Figure>> officeFigures(long officeId, List<FiscalYear> years, LocalDate asOf) {
        return count(years, List.of(officeId));
    }

    private Map<FiscalYear, List<Figure>> count(List<FiscalYear> years, Collection<Long> officeIds) {
        Map<FiscalYear, Map<String, long[]>> counts = new LinkedHashMap<>(); // per year: "office:quarter:measure"
        years.forEach(year -> counts.put(year, new TreeMap<>()));
        Long cabinet = items.cabinetDivision().orElse(null);
        if (cabinet != null && !years.isEmpty()) {
            LocalDate start = years.stream().map(FiscalYear::start).min(LocalDate::compareTo).orElseThrow();
            LocalDate end = years.stream().map(FiscalYear::end).max(LocalDate::compareTo).orElseThrow();
            for (InboxRepository.Reached r : items.reached(cabinet, start, end, officeIds)) {
                String measure = switch (r.kind()) {
                    case "team-order" -> TEAM_ORDERS;
                    case "minutes" -> MINUTES;
                    default -> null;
                };
                FiscalYear year = FiscalYear.of(r.sentOn());
                Map<String, long[]> ofYear = counts.get(year);
                if (measure != null && ofYear != null) {
                    ofYear.computeIfAbsent(r.fromOfficeId() + ":" + year.quarterOf(r.sentOn()) + ":" + measure, k -> new long[1])[0]++;
                }
            }
        }
        Map<FiscalYear, List<Figure>> figures = new LinkedHashMap<>();
        counts.forEach((year, ofYear) -> {
            List<Figure> list = new ArrayList<>();
            ofYear.forEach((key, n) -> {
                String[] p = key.split(":", 3);
                list.add(new Figure(Long.parseLong(p[0]), Integer.parseInt(p[1]), p[2], n[0], 0));
            });
            figures.put(year, list);
        });
        return figures;
    }
}
