package bd.udbhabon.meeting.web;

import bd.udbhabon.document.Minutes.Style;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.MinutesContent.ItemKind;
import bd.udbhabon.meeting.PlanRows;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The minutes editor's side of the action plan (issue 14, point 7): the office's plan for the meeting's fiscal
 * year through {@link PlanRows}, when a module provides one (none: the editor says there is no plan and works
 * as before); its rows added as items of the activity style; an item's discussion kept as the quarter's note.
 */
@Component
class MinutesPlanPart {

    private final ObjectProvider<PlanRows> planRows;

    MinutesPlanPart(ObjectProvider<PlanRows> planRows) {
        this.planRows = planRows;
    }

    /** The office's plan for the fiscal year of the meeting's day, the quarter being the meeting's. */
    Optional<PlanRows.Plan> plan(long officeId, Meeting meeting) {
        PlanRows rows = planRows.getIfAvailable();
        return rows == null ? Optional.empty() : rows.plan(officeId, meeting.date());
    }

    /**
     * The form in the activity style with one item for each plan row it does not yet have (by the code its
     * subject starts with): the code and indicator, the target, and the achievement to date to start the
     * discussion with. Items typed stay where they were; nothing is saved.
     */
    static MinutesForm filled(MinutesForm form, PlanRows.Plan plan) {
        List<MinutesForm.ItemRow> rows = new ArrayList<>(form.withoutBlankRows().items());
        Set<String> present = new HashSet<>();
        rows.forEach(r -> Optional.ofNullable(PlanRows.codeOf(r.subject())).ifPresent(present::add));
        for (PlanRows.Row row : plan.rows()) {
            if (present.add(row.codeBn()) && rows.size() < MinutesForm.MAX_ROWS) {
                rows.add(new MinutesForm.ItemRow(ItemKind.AGENDA.name(), row.subjectBn(), row.targetBn(), row.achievedBn(), List.of()));
            }
        }
        return new MinutesForm(Style.ACTIVITY_TABLE.name(), form.title(), form.subject(), form.opening(), form.itemsIntro(),
                form.closing(), form.chairName(), form.chairDesignation(), form.correctionNote(), rows);
    }

    /** Keeps the discussion of item {@code item} (as the form showed it) as the note of its plan row for the meeting's quarter. */
    PlanRows.Outcome keepNote(long officeId, Meeting meeting, MinutesForm form, int item) {
        PlanRows rows = planRows.getIfAvailable();
        String code = item >= 0 && item < form.items().size() ? PlanRows.codeOf(form.items().get(item).subject()) : null;
        if (rows == null || code == null) {
            return new PlanRows.Outcome(false, "minutes.plan.noCode", List.of());
        }
        return rows.saveNote(officeId, meeting.date(), code, form.items().get(item).discussion());
    }
}
