package bd.udbhabon.showcase.web;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.identity.AccountAdministration;
import bd.udbhabon.initiative.Initiatives;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.showcase.ShowcaseStatus;
import bd.udbhabon.showcase.internal.ShowcasePublishing;
import bd.udbhabon.showcase.internal.ShowcaseResults;
import bd.udbhabon.showcase.internal.ShowcaseRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The showcase page's model, for its own handler and for the set-up forms that show it again with their errors:
 * the showcase and its ranking, and for its writers while it is a draft the forms (criteria as typed or stored,
 * initiatives of the subtree found by {@code q}, the office's people with accounts as judges).
 */
@Component
class ShowcaseBoard {

    /** How many initiatives the entry form offers at once (the subtree may hold thousands: the search narrows it). */
    static final int OFFERED = 50;
    /** Blank criterion rows offered below the stored ones. */
    static final int BLANK_ROWS = 3;

    private final ShowcaseResults results;
    private final ShowcasePublishing publishing;
    private final Initiatives initiatives;
    private final AccountAdministration accounts;
    private final AccessPolicy access;

    ShowcaseBoard(ShowcaseResults results, ShowcasePublishing publishing, Initiatives initiatives, AccountAdministration accounts,
                  AccessPolicy access) {
        this.results = results;
        this.publishing = publishing;
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.access = access;
    }

    String page(long officeId, long showcaseId, String q, FormErrors errors, List<ShowcaseRules.CriterionRow> typedCriteria,
                Map<String, String> typedJudge, Model model) {
        ShowcaseResults.View view = results.view(officeId, showcaseId);
        boolean canWrite = access.allows(Permission.WRITE_RECORDS, officeId);
        boolean draft = view.showcase().status() == ShowcaseStatus.DRAFT;
        List<ShowcaseRules.CriterionRow> rows = new ArrayList<>();
        if (typedCriteria != null) {
            rows.addAll(typedCriteria);
        } else {
            view.criteria().forEach(c -> rows.add(new ShowcaseRules.CriterionRow(c.nameBn(),
                    c.weight().stripTrailingZeros().toPlainString(), Integer.toString(c.maxScore()))));
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new ShowcaseRules.CriterionRow("", "", ""));
        }
        Set<Long> entered = new HashSet<>(view.entries().stream().map(e -> e.initiative().id()).toList());
        long me = access.accountId().orElse(-1L);
        model.addAttribute("view", view);
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("errors", errors);
        model.addAttribute("criteriaRows", rows);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("offered", canWrite && draft
                ? initiatives.inScope(officeId, q, OFFERED).stream().filter(i -> !entered.contains(i.id())).toList() : List.of());
        model.addAttribute("people", canWrite && draft ? accounts.atOffice(officeId) : List.of());
        model.addAttribute("judgeForm", typedJudge == null ? Map.of() : typedJudge);
        model.addAttribute("isJudge", view.judges().stream().anyMatch(j -> j.judge().accountId() == me));
        model.addAttribute("paper", publishing.issued(view.showcase()).orElse(null));
        return "showcase/showcase";
    }
}
