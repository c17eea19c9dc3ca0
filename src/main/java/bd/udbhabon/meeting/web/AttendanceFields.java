package bd.udbhabon.meeting.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The attendance form as Spring binds it: each member of the day's team by post, {@code members[<post id>].status}
 * and {@code members[<post id>].representedBy}, and the guests as rows {@code guests[0].name},
 * {@code guests[0].designation}, {@code guests[0].office}. The service checks the rest (its errors keep the
 * keys {@code rep_<post id>}, as the API's).
 */
record AttendanceFields(Map<String, Member> members, List<GuestRow> guests) {

    /** More guest rows than the form ever offers are not read. */
    static final int MAX_GUESTS = 60;

    AttendanceFields {
        members = members == null ? Map.of() : members;
        guests = guests == null ? List.of() : guests.stream().filter(Objects::nonNull).limit(MAX_GUESTS).toList();
    }

    record Member(String status, String representedBy) {
    }

    record GuestRow(String name, String designation, String office) {
    }

    Member member(long postId) {
        Member m = members.get(String.valueOf(postId));
        return m == null ? new Member(null, null) : m;
    }
}
