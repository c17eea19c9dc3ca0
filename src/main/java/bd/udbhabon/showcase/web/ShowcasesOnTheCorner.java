package bd.udbhabon.showcase.web;

import bd.udbhabon.access.PublicAccess;
import bd.udbhabon.corner.CornerFragment;
import bd.udbhabon.corner.CornerSection;
import bd.udbhabon.office.Office;
import bd.udbhabon.showcase.Showcase;
import bd.udbhabon.showcase.internal.ShowcasePublishing;
import bd.udbhabon.showcase.internal.ShowcaseResults;
import bd.udbhabon.showcase.internal.ShowcaseService;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The office's published showcases on its public corner (issue 15, points 5 and 8): each with the best
 * initiative(s) chosen and the result paper as issued (PDF, DOCX), for anyone; a showcase being set up or scored
 * never shows.
 */
@Controller
class ShowcasesOnTheCorner implements CornerSection {

    private final ShowcaseService showcases;
    private final ShowcaseResults results;
    private final ShowcasePublishing publishing;

    ShowcasesOnTheCorner(ShowcaseService showcases, ShowcaseResults results, ShowcasePublishing publishing) {
        this.showcases = showcases;
        this.results = results;
        this.publishing = publishing;
    }

    @Override
    public int order() {
        return 350;
    }

    @Override
    public Optional<CornerFragment> show(Office office, LocalDate today) {
        List<ShowcaseResults.Published> published = showcases.published(office.id()).stream().map(this::published).toList();
        return published.isEmpty() ? Optional.empty() : Optional.of(CornerFragment.of("showcase/corner-section", "published", published));
    }

    private ShowcaseResults.Published published(Showcase showcase) {
        var paper = publishing.issued(showcase).orElseThrow();
        return new ShowcaseResults.Published(results.view(showcase.officeId(), showcase.id()), paper.memoNumber().format(), paper.issuedOn());
    }

    @GetMapping("/corner/{officeId}/showcases/{showcaseId}/result.pdf")
    @PublicAccess
    ResponseEntity<byte[]> pdf(@PathVariable long officeId, @PathVariable long showcaseId) {
        return ShowcasePublishPages.download(publishing, officeId, showcaseId, true);
    }

    @GetMapping("/corner/{officeId}/showcases/{showcaseId}/result.docx")
    @PublicAccess
    ResponseEntity<byte[]> docx(@PathVariable long officeId, @PathVariable long showcaseId) {
        return ShowcasePublishPages.download(publishing, officeId, showcaseId, false);
    }
}
