package bd.udbhabon.showcase.web;

import bd.udbhabon.access.SignedIn;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.showcase.internal.ShowcaseResults;
import bd.udbhabon.showcase.internal.ShowcaseScoring;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A judge's page: the entries they may score (none of their own office), one form per entry with a score per
 * criterion; those scored shown with what was given. A judge may sit at any office (a judge from elsewhere holds
 * no role at the organiser), so the page is for anyone signed in and the server lets in only the showcase's judges
 * ({@link ShowcaseScoring#judge}: 403 for others, 404 for a showcase of another office).
 */
@Controller
class ScorePages {

    private final ShowcaseScoring scoring;
    private final ShowcaseResults results;

    ScorePages(ShowcaseScoring scoring, ShowcaseResults results) {
        this.scoring = scoring;
        this.results = results;
    }

    @GetMapping("/offices/{officeId}/showcases/{showcaseId}/score")
    @SignedIn
    String form(@PathVariable long officeId, @PathVariable long showcaseId, Model model) {
        return page(officeId, showcaseId, null, Map.of(), new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/showcases/{showcaseId}/score")
    @SignedIn
    String score(@PathVariable long officeId, @PathVariable long showcaseId, @Valid @ModelAttribute SetupForms.Score form,
                 BindingResult binding, Model model) {
        Map<Long, String> typed = new HashMap<>();
        for (SetupForms.ScoreRow row : form.scores()) {
            if (row != null && row.criterionId() != null) {
                typed.put(row.criterionId(), row.score());
            }
        }
        return Forms.saveOrShow(Forms.errors(binding), () -> {
            scoring.score(officeId, showcaseId, form.entryId(), typed);
            return "redirect:/offices/" + officeId + "/showcases/" + showcaseId + "/score?scored";
        }, errors -> page(officeId, showcaseId, form.entryId(), typed, errors, model));
    }

    private String page(long officeId, long showcaseId, Long entryId, Map<Long, String> typed, FormErrors errors, Model model) {
        var judge = scoring.judge(officeId, showcaseId);
        ShowcaseResults.View view = results.view(officeId, showcaseId);
        List<ShowcaseScoring.ToScore> entries = scoring.toScore(officeId, showcaseId);
        model.addAttribute("view", view);
        model.addAttribute("judge", judge);
        model.addAttribute("entries", entries);
        model.addAttribute("typedEntry", entryId);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("ownOfficeEntries", view.entries().size() - entries.size());
        return "showcase/score";
    }
}
