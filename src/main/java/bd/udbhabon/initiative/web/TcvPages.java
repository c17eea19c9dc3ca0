package bd.udbhabon.initiative.web;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.Initiatives;
import bd.udbhabon.initiative.ProcessStep;
import bd.udbhabon.initiative.Tcv;
import bd.udbhabon.initiative.internal.TcvService;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.Ui;
import bd.udbhabon.shell.UserFacingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An initiative's process before and after and the citizen's time, cost and visits (issue 15, point 2): the
 * steps side by side with their counts, the TCV table with the savings per case and per year, the bar chart;
 * for the office's writers the form below it. A refused form comes back as typed with every problem beside
 * its field, nothing written. The initiative must be the office's in the path (else 404).
 */
@Controller
public class TcvPages {

    private final Initiatives initiatives;
    private final TcvService tcv;
    private final OfficeDirectory offices;
    private final AccessPolicy access;

    TcvPages(Initiatives initiatives, TcvService tcv, OfficeDirectory offices, AccessPolicy access) {
        this.initiatives = initiatives;
        this.tcv = tcv;
        this.offices = offices;
        this.access = access;
    }

    static String path(long officeId, long initiativeId) {
        return "/offices/" + officeId + "/initiatives/" + initiativeId + "/tcv";
    }

    /** A row of the side-by-side process table: the step number, the step before and after (either null). */
    public record SideBySide(int no, ProcessStep before, ProcessStep after) {
    }

    @GetMapping("/offices/{officeId}/initiatives/{initiativeId}/tcv")
    @OfficeAccess(Permission.READ_RECORDS)
    String page(@PathVariable long officeId, @PathVariable("initiativeId") long id, @RequestParam(required = false) String saved,
                Locale locale, Model model) {
        Initiative initiative = initiative(officeId, id);
        TcvForm form = TcvForm.of(tcv.process(id), tcv.tcv(id).orElse(null), Dhaka.today(), Ui.isBangla(locale));
        model.addAttribute("saved", saved != null);
        return show(initiative, form, null, new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/initiatives/{initiativeId}/tcv")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String save(@PathVariable long officeId, @PathVariable("initiativeId") long id, @ModelAttribute("tcvForm") TcvForm form,
                BindingResult binding, Model model) {
        Initiative initiative = initiative(officeId, id);
        model.addAttribute("saved", false);
        String measuredOn = Forms.typed(form, binding).get("measuredOn");
        if (form.wantsMoreRows()) {
            return show(initiative, form.withMoreRows(), measuredOn, new FormErrors(), model);
        }
        return Forms.saveOrShow(Forms.errors(binding), () -> {
            tcv.save(id, TcvForm.steps(form.before()), TcvForm.steps(form.after()), form.figures());
            return "redirect:" + path(officeId, id) + "?saved";
        }, problems -> show(initiative, form, measuredOn, problems, model));
    }

    private String show(Initiative initiative, TcvForm form, String measuredOnTyped, FormErrors errors, Model model) {
        List<ProcessStep> process = tcv.process(initiative.id());
        Tcv measured = tcv.tcv(initiative.id()).orElse(null);
        model.addAttribute("office", offices.require(initiative.officeId()));
        model.addAttribute("initiative", initiative);
        model.addAttribute("rows", sideBySide(process));
        model.addAttribute("stepsBefore", process.stream().filter(s -> s.phase() == ProcessStep.Phase.BEFORE).count());
        model.addAttribute("stepsAfter", process.stream().filter(s -> s.phase() == ProcessStep.Phase.AFTER).count());
        model.addAttribute("tcv", measured);
        model.addAttribute("chart", measured == null ? null : TcvChart.of(measured));
        model.addAttribute("mayWrite", access.allows(Permission.WRITE_RECORDS, initiative.officeId()));
        model.addAttribute("form", form);
        model.addAttribute("measuredOn", measuredOnTyped != null ? measuredOnTyped
                : form.measuredOn() == null ? "" : form.measuredOn().toString());
        model.addAttribute("errors", errors);
        return "initiative/tcv";
    }

    static List<SideBySide> sideBySide(List<ProcessStep> process) {
        List<ProcessStep> before = process.stream().filter(s -> s.phase() == ProcessStep.Phase.BEFORE).toList();
        List<ProcessStep> after = process.stream().filter(s -> s.phase() == ProcessStep.Phase.AFTER).toList();
        List<SideBySide> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            rows.add(new SideBySide(i + 1, i < before.size() ? before.get(i) : null, i < after.size() ? after.get(i) : null));
        }
        return rows;
    }

    /** The initiative, if it is the office's: an id against another office's path is not found. */
    private Initiative initiative(long officeId, long id) {
        return initiatives.find(id).filter(i -> i.officeId() == officeId)
                .orElseThrow(() -> UserFacingException.notFound("initiative.error.notFound", id));
    }
}
