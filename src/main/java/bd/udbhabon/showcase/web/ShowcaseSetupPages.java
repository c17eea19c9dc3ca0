package bd.udbhabon.showcase.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.showcase.internal.ShowcaseService;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The showcase page's forms for its office's writers: the criteria (weights adding up to 100), entries, judges,
 * opening the scoring, choosing the best. A refused form shows the page again with what was typed and why.
 */
@Controller
class ShowcaseSetupPages {

    private final ShowcaseService showcases;
    private final ShowcaseBoard board;

    ShowcaseSetupPages(ShowcaseService showcases, ShowcaseBoard board) {
        this.showcases = showcases;
        this.board = board;
    }

    @PostMapping("/offices/{officeId}/showcases/{showcaseId}/criteria")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String criteria(@PathVariable long officeId, @PathVariable long showcaseId, @Valid @ModelAttribute SetupForms.Criteria form,
                    BindingResult binding, Model model) {
        return Forms.saveOrShow(Forms.errors(binding), () -> {
            showcases.criteria(officeId, showcaseId, form.criteria());
            return back(officeId, showcaseId, "criteria");
        }, errors -> board.page(officeId, showcaseId, null, errors, form.criteria(), null, model));
    }

    @PostMapping("/offices/{officeId}/showcases/{showcaseId}/entries")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String enter(@PathVariable long officeId, @PathVariable long showcaseId, @Valid @ModelAttribute SetupForms.Entry form,
                 BindingResult binding, Model model) {
        return Forms.saveOrShow(Forms.errors(binding, Map.of("initiativeId", "showcase.error.entryNotInScope")), () -> {
            showcases.enter(officeId, showcaseId, form.initiativeId());
            return back(officeId, showcaseId, "entries");
        }, errors -> board.page(officeId, showcaseId, null, errors, null, null, model));
    }

    @PostMapping("/offices/{officeId}/showcases/{showcaseId}/entries/{entryId}/withdraw")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String withdraw(@PathVariable long officeId, @PathVariable long showcaseId, @PathVariable long entryId) {
        showcases.withdraw(officeId, showcaseId, entryId);
        return back(officeId, showcaseId, "entries");
    }

    @PostMapping("/offices/{officeId}/showcases/{showcaseId}/judges")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String judge(@PathVariable long officeId, @PathVariable long showcaseId, @Valid @ModelAttribute SetupForms.Judge form,
                 BindingResult binding, Model model) {
        return Forms.saveOrShow(Forms.errors(binding, Map.of("accountId", "showcase.error.judgeUnknown")), () -> {
            showcases.judge(officeId, showcaseId, form.username(), form.accountId(), form.designationBn());
            return back(officeId, showcaseId, "judges");
        }, errors -> board.page(officeId, showcaseId, null, errors, null, Forms.typed(form, binding), model));
    }

    @PostMapping("/offices/{officeId}/showcases/{showcaseId}/judges/{judgeId}/remove")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String removeJudge(@PathVariable long officeId, @PathVariable long showcaseId, @PathVariable long judgeId) {
        showcases.removeJudge(officeId, showcaseId, judgeId);
        return back(officeId, showcaseId, "judges");
    }

    @PostMapping("/offices/{officeId}/showcases/{showcaseId}/scoring")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String openScoring(@PathVariable long officeId, @PathVariable long showcaseId, Model model) {
        return Forms.saveOrShow(new FormErrors(), () -> {
            showcases.openScoring(officeId, showcaseId);
            return back(officeId, showcaseId, "ranking");
        }, errors -> board.page(officeId, showcaseId, null, errors, null, null, model));
    }

    @PostMapping("/offices/{officeId}/showcases/{showcaseId}/selection")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String select(@PathVariable long officeId, @PathVariable long showcaseId, @Valid @ModelAttribute SetupForms.Selection form,
                  BindingResult binding, Model model) {
        return Forms.saveOrShow(Forms.errors(binding, Map.of("selected", "showcase.error.noneSelected")), () -> {
            showcases.select(officeId, showcaseId, form.selected());
            return back(officeId, showcaseId, "ranking");
        }, errors -> board.page(officeId, showcaseId, null, errors, null, null, model));
    }

    private static String back(long officeId, long showcaseId, String anchor) {
        return "redirect:/offices/" + officeId + "/showcases/" + showcaseId + "#" + anchor;
    }
}
