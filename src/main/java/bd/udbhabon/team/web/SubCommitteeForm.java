package bd.udbhabon.team.web;

import static bd.udbhabon.team.web.IssueForm.nz;
import static bd.udbhabon.team.web.IssueForm.parseLong;

import bd.udbhabon.people.Post;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.team.CommitteeRole;
import bd.udbhabon.team.SubCommittees.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The form that forms a sub-committee, as typed: everything a string, so nothing typed is lost when it comes back. */
public record SubCommitteeForm(String name, String purpose, String formedOn, String source, List<MemberRow> members) {

    /** A member row as typed: a post of the office (its id) or words, and the role (a CommitteeRole name). */
    public record MemberRow(String post, String label, String role) {

        public MemberRow {
            post = nz(post); // a field not sent is blank, as typed
            label = nz(label);
            role = nz(role);
        }

        boolean blank() {
            return post.isBlank() && label.isBlank();
        }
    }

    /** Rows offered on an empty form, and empty rows below the filled ones; "more rows" adds as many again. */
    static final int EMPTY_ROWS = 5;
    static final int MAX_ROWS = 40;

    public static SubCommitteeForm empty(LocalDate formedOn) {
        return new SubCommitteeForm("", "", formedOn.toString(), "", List.of());
    }

    /** The bound form as typed: a day that could not be read as it was typed ({@code typedDay}). */
    static SubCommitteeForm of(SubCommitteeFields fields, String typedDay) {
        return new SubCommitteeForm(nz(fields.name()), nz(fields.purpose()), typedDay, nz(fields.source()), fields.members());
    }

    /** A member's words are printed on the order: one that cannot be printed is its row's field error, the form kept. */
    void printableLabels(FormErrors errors) {
        for (int i = 0; i < members.size(); i++) {
            String bad = Inputs.unprintable(members.get(i).label());
            if (bad != null) {
                errors.add("members[" + i + "].label", "input.unprintable", bad);
            }
        }
    }

    /**
     * The filled rows as members, numbered as shown again (see {@link #rowsWithRoom}). A post chosen
     * without words is printed as the post's title; a post that is not the office's goes to the service
     * as it is, to be refused there.
     */
    List<Member> members(Map<Long, Post> officePosts) {
        List<Member> result = new ArrayList<>();
        for (MemberRow row : filled()) {
            Long postId = row.post().isBlank() ? null : parseLong(row.post());
            String label = Inputs.clean(row.label());
            if (label == null && postId != null && officePosts.containsKey(postId)) {
                label = officePosts.get(postId).titleBn();
            }
            CommitteeRole role = Arrays.stream(CommitteeRole.values()).filter(r -> r.name().equals(row.role()))
                    .findFirst().orElse(null);
            result.add(new Member(postId, label, role));
        }
        return result;
    }

    private List<MemberRow> filled() {
        return members.stream().filter(r -> !r.blank()).toList();
    }

    /** The rows to show: those filled in, and empty ones to add members (at least {@link #EMPTY_ROWS} in all). */
    public List<MemberRow> rowsWithRoom(int extra) {
        List<MemberRow> rows = new ArrayList<>(filled());
        int wanted = Math.max(rows.size() + extra, EMPTY_ROWS);
        while (rows.size() < wanted && rows.size() < MAX_ROWS) {
            rows.add(new MemberRow("", "", rows.isEmpty() ? CommitteeRole.CONVENER.name() : CommitteeRole.MEMBER.name()));
        }
        return rows;
    }
}
