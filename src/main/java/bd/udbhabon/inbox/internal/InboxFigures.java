package bd.udbhabon.inbox.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.supervision.OfficeFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
        Long cabinet = items.cabinetDivision().orElse(null);
        if (cabinet == null) {
            return List.of();
        }
        Map<String, long[]> counts = new TreeMap<>(); // "office:quarter:measure"
        for (InboxRepository.Reached r : items.reached(cabinet, year, officeIds)) {
            String measure = switch (r.kind()) {
                case "team-order" -> TEAM_ORDERS;
                case "minutes" -> MINUTES;
                default -> null;
            };
            if (measure != null) {
                counts.computeIfAbsent(r.fromOfficeId() + ":" + year.quarterOf(r.sentOn()) + ":" + measure, k -> new long[1])[0]++;
            }
        }
        List<Figure> figures = new ArrayList<>();
        counts.forEach((key, n) -> {
            String[] p = key.split(":", 3);
            figures.add(new Figure(Long.parseLong(p[0]), Integer.parseInt(p[1]), p[2], n[0], 0));
        });
        return figures;
    }
}
