package bd.udbhabon.meeting;

import bd.udbhabon.decision.Owner;
import bd.udbhabon.document.Minutes.Style;
import bd.udbhabon.team.SubCommittees;
import java.time.LocalDate;
import java.util.List;

/**
 * What the minutes say, as the form edits them: the style, the opening, the items (the two standing
 * items first, then the agenda), the closing and the chair. The standing item on the last meeting's
 * decisions holds only what is typed beside the figures; the figures are computed (see
 * {@link MinutesBook#standing}).
 */
public record MinutesContent(Style style, String titleBn, String subjectBn, List<String> opening, String itemsIntroBn,
                             List<Item> items, String closingBn, String chairNameBn, String chairDesignationBn,
                             String correctionNoteBn) {

    public MinutesContent {
        opening = opening == null ? List.of() : List.copyOf(opening);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Standing item 1 (confirming the last minutes), standing item 2 (the last decisions' rate), or an agenda item. */
    public enum ItemKind {
        CONFIRMATION, RATE, AGENDA;

        public boolean standing() {
            return this != AGENDA;
        }
    }

    /** A plain decision, one that forms a sub-committee, or one that co-opts a member onto the team. */
    public enum DecisionKind { PLAIN, SUB_COMMITTEE, COOPT }

    /**
     * An item: its subject (in the activity style, the action plan's activity), the target (activity
     * style), the discussion and its decisions.
     */
    public record Item(ItemKind kind, String subjectBn, String targetBn, String discussionBn, List<DecisionEntry> decisions) {
        public Item {
            decisions = decisions == null ? List.of() : List.copyOf(decisions);
        }
    }

    /**
     * A decision as drafted. Agenda items' decisions go into the register when the minutes are issued
     * ({@code registerId} then names the row); the standing items' decisions are printed only.
     *
     * @param committeeNameBn and {@code committee}: the sub-committee a {@link DecisionKind#SUB_COMMITTEE} forms
     * @param cooptPostId the office's post a {@link DecisionKind#COOPT} adds to the team
     */
    public record DecisionEntry(String textBn, LocalDate dueOn, List<Owner> owners, DecisionKind kind, String committeeNameBn,
                                List<SubCommittees.Member> committee, Long cooptPostId, Long registerId) {
        public DecisionEntry {
            owners = owners == null ? List.of() : List.copyOf(owners);
            committee = committee == null ? List.of() : List.copyOf(committee);
            kind = kind == null ? DecisionKind.PLAIN : kind;
        }

        public DecisionEntry withRegisterId(Long id) {
            return new DecisionEntry(textBn, dueOn, owners, kind, committeeNameBn, committee, cooptPostId, id);
        }
    }
}
