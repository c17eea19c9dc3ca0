package bd.udbhabon.training.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.Initiatives;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.Ui;
import bd.udbhabon.training.Training;
import bd.udbhabon.training.TrainingKind;
import bd.udbhabon.training.Trainings;
import bd.udbhabon.training.internal.TrainingService;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;

/**
 * The office's writers recording a training, workshop or learning session and changing it: one form (kind, days,
 * topic, venue, resource persons, the innovation visited, the officers chosen from the office's people, guests
 * in rows, evidence files). Refused, it comes back as typed with each problem beside its field (files must be
 * chosen again: a browser never refills a file field) and nothing is written.
 */
@Controller
class TrainingFormPages {

    private final TrainingService trainings;
    private final OfficeDirectory offices;
    private final PeopleDirectory people;
    private final Initiatives initiatives;

    TrainingFormPages(TrainingService trainings, OfficeDirectory offices, PeopleDirectory people, Initiatives initiatives) {
        this.trainings = trainings;
        this.offices = offices;
        this.people = people;
        this.initiatives = initiatives;
    }

    /** What an initiative's page passes on: a learning session following that initiative. */
    record Start(String kind, String initiative) {
    }

    /** Unreadable values and their messages. */
    private static final Map<String, String> UNREADABLE = Map.of("heldOn", "training.error.day",
            "officers", "training.error.officerNotOfOffice", "remove", "error.notFound");

    @GetMapping("/offices/{officeId}/trainings/new")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String newTraining(@PathVariable long officeId, @ModelAttribute Start start, Model model) {
        String kind = TrainingPages.kind(start.kind()) == null ? "" : start.kind();
        String initiative = start.initiative() == null || !start.initiative().matches("\\d{1,18}") ? "" : start.initiative();
        TrainingForm form = TrainingForm.blank(kind, initiative);
        return page(officeId, null, form, form.rowsWithRoom(TrainingForm.EMPTY_ROWS), "", new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/trainings/new")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String create(@PathVariable long officeId, @Valid @ModelAttribute("trainingForm") TrainingForm form, BindingResult binding,
                  Model model) {
        return save(officeId, null, form, binding, model);
    }

    @GetMapping("/offices/{officeId}/trainings/{trainingId}/edit")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String edit(@PathVariable long officeId, @PathVariable long trainingId, Locale locale, Model model) {
        Training training = trainings.require(officeId, trainingId);
        TrainingForm form = TrainingForm.of(training, ownInitiatives(officeId).stream().map(Initiative::id).collect(Collectors.toSet()),
                Ui.isBangla(locale));
        return page(officeId, training, form, form.rowsWithRoom(TrainingForm.EMPTY_ROWS), "", new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/trainings/{trainingId}/edit")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String update(@PathVariable long officeId, @PathVariable long trainingId, @Valid @ModelAttribute("trainingForm") TrainingForm form,
                  BindingResult binding, Model model) {
        trainings.require(officeId, trainingId);
        return save(officeId, trainingId, form, binding, model);
    }

    private String save(long officeId, Long trainingId, TrainingForm form, BindingResult binding, Model model) {
        Training before = trainingId == null ? null : trainings.require(officeId, trainingId);
        String typedDay = Forms.typed(form, binding).get("heldOn");
        if ("more".equals(form.action())) {
            return page(officeId, before, form, form.rowsWithRoom(TrainingForm.EMPTY_ROWS * 2), typedDay, new FormErrors(), model);
        }
        FormErrors errors = Forms.errors(binding, UNREADABLE);
        var input = form.input(errors);
        if (errors.any()) {
            trainings.check(officeId, input, uploads(form.files()), errors); // every problem at once, not only the unreadable
        }
        return Forms.saveOrShow(errors, () -> {
            Training saved = trainingId == null ? trainings.create(officeId, input, uploads(form.files()))
                    : trainings.update(officeId, trainingId, input, uploads(form.files()),
                    form.remove().stream().filter(java.util.Objects::nonNull).toList());
            return "redirect:/offices/" + officeId + "/trainings/" + saved.id();
        }, refused -> {
            if (form.files().stream().anyMatch(f -> f != null && !f.isEmpty())) {
                refused.add("evidence", "training.error.chooseAgain"); // a browser never fills a file field again
            }
            return page(officeId, before, form, form.rowsWithRoom(TrainingForm.EMPTY_ROWS), typedDay, refused, model);
        });
    }

    private String page(long officeId, Training training, TrainingForm form, List<TrainingForm.GuestRow> rows, String typedDay,
                        FormErrors errors, Model model) {
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("training", training);
        model.addAttribute("form", form);
        model.addAttribute("heldOn", typedDay == null || typedDay.isEmpty() ? (form.heldOn() == null ? "" : form.heldOn().toString()) : typedDay);
        model.addAttribute("rows", rows);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", List.of(TrainingKind.values()));
        model.addAttribute("officers", people.officers(officeId));
        model.addAttribute("chosen", form.officers().stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        model.addAttribute("initiatives", ownInitiatives(officeId));
        return "training/form";
    }

    private List<Initiative> ownInitiatives(long officeId) {
        return initiatives.ofOffice(officeId);
    }

    private static List<Trainings.Upload> uploads(List<MultipartFile> files) {
        return files.stream().filter(f -> f != null && !f.isEmpty()).map(f -> {
            try {
                return new Trainings.Upload(f.getOriginalFilename(), f.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
