package bd.udbhabon.team.web;

import static bd.udbhabon.team.web.IssueForm.nz;
import static bd.udbhabon.team.web.IssueForm.parseLong;

import bd.udbhabon.people.Post;
import bd.udbhabon.shell.FormDates;
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

    public static SubCommitteeForm of(Map<String, String> form) {
        List<MemberRow> rows = new ArrayList<>();
        int count = (int) Math.min(Math.max(parseLong(form.get("rows")), 0), MAX_ROWS);
        for (int i = 0; i < count; i++) {
            rows.add(new MemberRow(nz(form.get("post_" + i)), nz(form.get("label_" + i)), nz(form.get("role_" + i))));
        }
        return new SubCommitteeForm(nz(form.get("name")), nz(form.get("purpose")), nz(form.get("formedOn")),
                nz(form.get("source")), rows);
    }

    /** The date formed, or null when blank (the service says so) or unreadable (said in {@code errors}). */
    LocalDate formedOnDate(FormErrors errors) {
        if (formedOn.isBlank()) {
            return null;
        }
        LocalDate day = FormDates.read(formedOn);
        if (day == null) {
            errors.add("formedOn", "team.subcommittee.formedOn.invalid");
        }
        return day;
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
