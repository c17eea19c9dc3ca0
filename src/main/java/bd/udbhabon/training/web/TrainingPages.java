package bd.udbhabon.training.web;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.initiative.Initiatives;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficePageLink;
import bd.udbhabon.office.OfficePageLinks;
import bd.udbhabon.shell.Uploads;
import bd.udbhabon.training.Training;
import bd.udbhabon.training.TrainingKind;
import bd.udbhabon.training.internal.TrainingService;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An office's trainings, workshops and learning sessions: the list (this fiscal year's counts by kind, a
 * filter by kind) and one training's page (participants, evidence, the innovation visited), read by whoever
 * reads the office's records; the evidence served under the office only. The office page links here (370).
 */
@Controller
class TrainingPages implements OfficePageLinks {

    private final TrainingService trainings;
    private final OfficeDirectory offices;
    private final Initiatives initiatives;
    private final AccessPolicy access;

    TrainingPages(TrainingService trainings, OfficeDirectory offices, Initiatives initiatives, AccessPolicy access) {
        this.trainings = trainings;
        this.offices = offices;
        this.initiatives = initiatives;
        this.access = access;
    }

    /** The list's filter: one kind, or all. */
    record ListFilter(String kind) {
    }

    @Override
    public List<OfficePageLink> links(Office office) {
        return List.of(OfficePageLink.action(370, Permission.READ_RECORDS, "/offices/" + office.id() + "/trainings",
                "training.title", "trainings-link"));
    }

    @GetMapping("/offices/{officeId}/trainings")
    @OfficeAccess(Permission.READ_RECORDS)
    String list(@PathVariable long officeId, @ModelAttribute ListFilter filter, Model model) {
        Office office = offices.require(officeId);
        List<Training> all = trainings.ofOffice(officeId);
        TrainingKind kind = kind(filter.kind());
        FiscalYear year = FiscalYear.of(Dhaka.today());
        Map<TrainingKind, Long> thisYear = new EnumMap<>(TrainingKind.class);
        for (TrainingKind k : TrainingKind.values()) {
            thisYear.put(k, all.stream().filter(t -> t.kind() == k && !t.heldOn().isBefore(year.start()) && !t.heldOn().isAfter(year.end())).count());
        }
        model.addAttribute("office", office);
        model.addAttribute("trainings", kind == null ? all : all.stream().filter(t -> t.kind() == kind).toList());
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        model.addAttribute("thisYear", thisYear);
        model.addAttribute("mayWrite", access.allows(Permission.WRITE_RECORDS, officeId));
        return "training/list";
    }

    @GetMapping("/offices/{officeId}/trainings/{trainingId}")
    @OfficeAccess(Permission.READ_RECORDS)
    String training(@PathVariable long officeId, @PathVariable long trainingId, Model model) {
        Training training = trainings.require(officeId, trainingId);
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("training", training);
        model.addAttribute("initiative", training.initiativeId() == null ? null : initiatives.find(training.initiativeId()).orElse(null));
        model.addAttribute("mayWrite", access.allows(Permission.WRITE_RECORDS, officeId));
        return "training/training";
    }

    @GetMapping("/offices/{officeId}/trainings/{trainingId}/evidence/{evidenceId}")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> evidence(@PathVariable long officeId, @PathVariable long trainingId, @PathVariable long evidenceId) {
        TrainingService.File file = trainings.evidence(officeId, trainingId, evidenceId);
        return Uploads.download(file.fileName(), file.contentType(), file.bytes());
    }

    /** A kind named in an address; anything else is all kinds. */
    static TrainingKind kind(String text) {
        for (TrainingKind k : TrainingKind.values()) {
            if (k.name().equals(text)) {
                return k;
            }
        }
        return null;
    }
}
