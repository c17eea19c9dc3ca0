package bd.udbhabon.meeting.web;

import bd.udbhabon.access.PublicAccess;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.corner.CornerFragment;
import bd.udbhabon.corner.CornerSection;
import bd.udbhabon.meeting.MinutesBook;
import bd.udbhabon.office.Office;
import bd.udbhabon.shell.Downloads;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The issued minutes on the office's public corner, every version (corrections too) as issued, as PDFs for anyone. */
@Controller
class MinutesOnTheCorner implements CornerSection {

    private final MinutesBook minutes;

    MinutesOnTheCorner(MinutesBook minutes) {
        this.minutes = minutes;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Optional<CornerFragment> show(Office office, LocalDate today) {
        List<MinutesBook.Published> published = minutes.published(office.id());
        return published.isEmpty() ? Optional.empty()
                : Optional.of(CornerFragment.of("meeting/corner-section", "minutes", published));
    }

    /** Issued minutes of the office's meetings, each version as issued: published papers, downloadable by anyone. */
    @GetMapping("/corner/{id}/minutes/{minutesId}.pdf")
    @PublicAccess
    ResponseEntity<byte[]> minutes(@PathVariable("id") long officeId, @PathVariable long minutesId) {
        MinutesBook.Published published = minutes.published(officeId).stream().filter(m -> m.minutesId() == minutesId).findFirst()
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        return Downloads.attachment(minutes.publishedPdf(officeId, minutesId).orElseThrow(), MediaType.APPLICATION_PDF,
                "কার্যবিবরণী-" + BanglaDigits.toBangla(published.memoNumber()) + ".pdf");
    }
}
