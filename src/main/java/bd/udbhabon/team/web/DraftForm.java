package bd.udbhabon.team.web;

import static bd.udbhabon.team.web.IssueForm.nz;
import static bd.udbhabon.team.web.IssueForm.parseLong;

import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.team.OrderKind;
import bd.udbhabon.team.PlannedMember;
import bd.udbhabon.team.TeamFormation.DraftInput;
import bd.udbhabon.team.TeamRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The draft form as typed: everything a string, so nothing typed is lost when it comes back. */
public record DraftForm(String kind, String effectiveFrom, String preamble, String closing, List<MemberRow> members) {

    /** A member row as typed. */
    public record MemberRow(String post, String role, String label) {
        public MemberRow {
            post = nz(post); // a field not sent is blank, as typed
            role = nz(role);
            label = nz(label);
        }
    }

    /** Empty member rows offered below the chosen ones; "more rows" adds twice as many. */
    static final int EMPTY_ROWS = 3;
    static final int MAX_ROWS = 60;

    public static DraftForm of(DraftInput d) {
        return new DraftForm(d.kind() == null ? "" : d.kind().name(),
                d.effectiveFrom() == null ? "" : d.effectiveFrom().toString(), nz(d.preambleBn()), nz(d.closingBn()),
                d.members().stream().map(m -> new MemberRow(String.valueOf(m.postId()), m.role().name(), nz(m.labelBn())))
                        .toList());
    }

    /** The bound form as typed: a day that could not be read as it was typed ({@code typedDay}). */
    static DraftForm of(DraftFields fields, String typedDay) {
        return new DraftForm(nz(fields.kind()), typedDay, nz(fields.preamble()), nz(fields.closing()), fields.members());
    }

    /**
     * The draft for the service, with the day as bound ({@code date}, null when blank or unreadable: binding
     * reported that); what cannot be read is reported in {@code errors} and left out.
     */
    DraftInput input(LocalDate date, FormErrors errors) {
        OrderKind orderKind = null;
        try {
            orderKind = kind.isBlank() ? null : OrderKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            errors.add("kind", "team.kind.missing");
        }
        // Rows are numbered as shown again: the filled ones first, in order (see rowsWithRoom).
        List<PlannedMember> planned = new ArrayList<>();
        List<MemberRow> filled = members.stream().filter(r -> !r.post().isBlank()).toList();
        for (int i = 0; i < filled.size(); i++) {
            MemberRow row = filled.get(i);
            long postId = parseLong(row.post());
            TeamRole role = Arrays.stream(TeamRole.values()).filter(r -> r.name().equals(row.role())).findFirst().orElse(null);
            if (postId <= 0) {
                errors.add("members[" + i + "]", "team.member.unknownPost");
            } else if (role == null) {
                errors.add("members[" + i + "]", "team.member.role");
            } else {
                planned.add(new PlannedMember(postId, role, Inputs.clean(row.label())));
            }
        }
        // A dissolution has no members: rows left over from the team it ends are not the officer's mistake.
        return new DraftInput(orderKind, date, printed(preamble), printed(closing),
                orderKind == OrderKind.DISSOLUTION ? List.of() : planned);
    }

    /** The text as the order prints it; null when it cannot be printed ({@code @FormText} on the bound form said so). */
    private static String printed(String text) {
        return Inputs.unprintable(text) == null ? Inputs.clean(text) : null;
    }

    /** The rows to show: those typed and a few empty ones to add members. */
    public List<MemberRow> rowsWithRoom(int extra) {
        List<MemberRow> rows = new ArrayList<>(members.stream().filter(r -> !r.post().isBlank()).toList());
        for (int i = 0; i < extra && rows.size() < MAX_ROWS; i++) {
            rows.add(new MemberRow("", TeamRole.MEMBER.name(), ""));
        }
        return rows;
    }
}
