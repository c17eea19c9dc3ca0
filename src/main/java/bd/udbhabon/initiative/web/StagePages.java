package bd.udbhabon.initiative.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.internal.InitiativeService;
import bd.udbhabon.initiative.internal.ScaleUps;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.UserFacingException;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;

/**
 * What is done on an initiative's page: its writers move it to another stage (with the day, a note, the
 * reason a skip, a move back or a stop needs, the office's deciding decision and evidence files) and list
 * the offices that take it up once it is at scale-up; a superior office's people comment. Each form that is
 * refused comes back on the page as typed, each problem beside its field, nothing written.
 */
@Controller
class StagePages {

    private static final String PAGE = "/offices/{officeId}/initiatives/{initiativeId}";

    private final InitiativeService initiatives;
    private final ScaleUps scaleUps;
    private final InitiativeView view;

    StagePages(InitiativeService initiatives, ScaleUps scaleUps, InitiativeView view) {
        this.initiatives = initiatives;
        this.scaleUps = scaleUps;
        this.view = view;
    }

    @PostMapping(PAGE + "/stage")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String move(@PathVariable long officeId, @PathVariable long initiativeId, @Valid @ModelAttribute("moveForm") MoveForm form,
                BindingResult binding, Model model) {
        view.own(officeId, initiativeId);
        // the deciding decision's office is checked by InitiativeService.move, as everything else of the move
        FormErrors found = Forms.errors(binding, Map.of("on", "initiative.error.date", "decision", "initiative.error.choice"));
        return Forms.saveOrShow(found, () -> {
            try {
                initiatives.move(initiativeId, new InitiativeService.Move(form.stage(), form.on(), form.noteBn(), form.reasonBn(),
                        form.decision(), uploads(form.evidence())));
            } catch (UserFacingException e) {
                throw e.fieldErrors() == null && e.status() == 400 ? beside(e) : e;
            }
            return "redirect:/offices/" + officeId + "/initiatives/" + initiativeId;
        }, errors -> view.page(officeId, initiativeId, errors, typed(Forms.typed(form, binding), "evidence"), List.of(), null, model));
    }

    @PostMapping(PAGE + "/scale-up")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String scaleUp(@PathVariable long officeId, @PathVariable long initiativeId, @Valid @ModelAttribute("scaleUpForm") ScaleUpForm form,
                   BindingResult binding, Model model) {
        view.own(officeId, initiativeId);
        return Forms.saveOrShow(Forms.errors(binding, Map.of("since", "initiative.error.date", "offices", "initiative.error.choice")), () -> {
            scaleUps.record(initiativeId, form.offices(), form.byBn(), form.since());
            return "redirect:/offices/" + officeId + "/initiatives/" + initiativeId + "#scale-up";
        }, errors -> view.page(officeId, initiativeId, errors, typed(Forms.typed(form, binding), "offices"), form.offices(), null, model));
    }

    /**
     * A superior's comment: the user has COMMENT on the office (checked before) and holds a role at an office
     * above it, whose comment it is recorded as; the office's own people do not comment on it here.
     */
    @PostMapping(PAGE + "/comments")
    @OfficeAccess(Permission.COMMENT)
    String comment(@PathVariable long officeId, @PathVariable long initiativeId, @Valid @ModelAttribute("commentForm") CommentForm form,
                   BindingResult binding, Model model) {
        Initiative initiative = view.own(officeId, initiativeId);
        long commenting = view.commentingOffice(initiative)
                .orElseThrow(() -> new UserFacingException(403, "initiative.comment.error.notSuperior"));
        return Forms.saveOrShow(Forms.errors(binding), () -> {
            initiatives.comment(initiativeId, commenting, form.textBn());
            return "redirect:/offices/" + officeId + "/initiatives/" + initiativeId + "#comments";
        }, errors -> view.page(officeId, initiativeId, errors, Forms.typed(form, binding), List.of(), null, model));
    }

    /** The workflow's refusal (a reason missing, the same stage) said beside the field the user fixes it in. */
    private static UserFacingException beside(UserFacingException e) {
        String field = "initiative.error.sameStage".equals(e.messageKey()) ? "to" : "reasonBn";
        return UserFacingException.invalid(new FormErrors().add(field, e.messageKey(), e.args()));
    }

    private static Map<String, String> typed(Map<String, String> typed, String without) {
        Map<String, String> copy = new HashMap<>(typed);
        copy.remove(without);
        return copy;
    }

    private static List<InitiativeService.Upload> uploads(List<MultipartFile> files) {
        List<InitiativeService.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files) {
            if (file != null && !file.isEmpty()) {
                try {
                    uploads.add(new InitiativeService.Upload(file.getOriginalFilename(), file.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return uploads;
    }
}
