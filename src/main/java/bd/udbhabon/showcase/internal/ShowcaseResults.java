package bd.udbhabon.showcase.internal;

import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.Initiatives;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.showcase.Ranking;
import bd.udbhabon.showcase.Showcase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A showcase as its pages and its result paper show it: the organiser, criteria, judges with their offices, and
 * the entries in ranking order ({@link Ranking}) with their initiatives and offices.
 */
@Component
public class ShowcaseResults {

    /** An entry: the initiative, its office, its place in the ranking, whether chosen among the best. */
    public record EntryView(ShowcaseRepository.Entry entry, Initiative initiative, Office office, Ranking.Place place) {
    }

    /** A judge with the office that decides their conflicts of interest. */
    public record JudgeView(ShowcaseRepository.Judge judge, Office office) {
    }

    public record View(Showcase showcase, Office organiser, List<ShowcaseRepository.Criterion> criteria, List<JudgeView> judges,
                       List<EntryView> entries, int scoresGiven) {

        public List<EntryView> selected() {
            return entries.stream().filter(e -> e.entry().selected()).toList();
        }
    }

    /** A published showcase with its result's memo number (as printed) and day: the corner's line. */
    public record Published(View view, String memoNumber, java.time.LocalDate issuedOn) {
    }

    private final ShowcaseRepository repository;
    private final Initiatives initiatives;
    private final OfficeDirectory offices;

    ShowcaseResults(ShowcaseRepository repository, Initiatives initiatives, OfficeDirectory offices) {
        this.repository = repository;
        this.initiatives = initiatives;
        this.offices = offices;
    }

    @Transactional(readOnly = true)
    public View view(long officeId, long showcaseId) {
        Showcase showcase = repository.find(showcaseId).filter(s -> s.officeId() == officeId)
                .orElseThrow(() -> UserFacingException.notFound("showcase.error.notFound"));
        return view(showcase);
    }

    View view(Showcase showcase) {
        List<ShowcaseRepository.Criterion> criteria = repository.criteria(showcase.id());
        List<ShowcaseRepository.Entry> entries = repository.entries(showcase.id());
        List<ShowcaseRepository.Judge> judges = repository.judges(showcase.id());
        List<Ranking.Score> scores = repository.scores(showcase.id());
        Map<Long, Initiative> byId = entries.stream().map(e -> initiatives.find(e.initiativeId()).orElseThrow())
                .collect(Collectors.toMap(Initiative::id, Function.identity(), (a, b) -> a));
        Set<Long> officeIds = new HashSet<>();
        officeIds.add(showcase.officeId());
        byId.values().forEach(i -> officeIds.add(i.officeId()));
        judges.forEach(j -> officeIds.add(j.officeId()));
        Map<Long, Office> named = offices.findAll(officeIds);
        Map<Long, ShowcaseRepository.Entry> entryById = entries.stream()
                .collect(Collectors.toMap(ShowcaseRepository.Entry::id, Function.identity()));
        List<EntryView> ranked = new ArrayList<>();
        for (Ranking.Place place : Ranking.rank(criteria.stream().map(ShowcaseRepository.Criterion::forRanking).toList(),
                entries.stream().map(ShowcaseRepository.Entry::id).toList(), scores)) {
            ShowcaseRepository.Entry entry = entryById.get(place.entryId());
            Initiative initiative = byId.get(entry.initiativeId());
            ranked.add(new EntryView(entry, initiative, named.get(initiative.officeId()), place));
        }
        return new View(showcase, named.get(showcase.officeId()), criteria,
                judges.stream().map(j -> new JudgeView(j, named.get(j.officeId()))).toList(), ranked, scores.size());
    }
}
