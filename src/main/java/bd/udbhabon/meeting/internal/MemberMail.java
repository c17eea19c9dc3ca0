package bd.udbhabon.meeting.internal;

import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.notify.Mailer;
import bd.udbhabon.team.TeamMember;
import bd.udbhabon.team.Teams;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A meeting's papers by mail to the team as it stood on the meeting's day: the notice and the
 * minutes go to the same people, so who they are is decided here once.
 */
@Component
class MemberMail {

    private final Teams teams;
    private final Mailer mailer;

    MemberMail(Teams teams, Mailer mailer) {
        this.teams = teams;
        this.mailer = mailer;
    }

    /** Sends to every member with an e-mail and to {@code extra}, each address once. */
    void send(Meeting meeting, Collection<String> extra, String subject, String html, Mailer.Attachment paper,
                     String purpose) {
        Set<String> to = new LinkedHashSet<>();
        members(meeting).stream().filter(m -> m.holder() != null && m.holder().email() != null)
                .forEach(m -> to.add(m.holder().email()));
        to.addAll(extra);
        for (String address : to) {
            mailer.send(new Mailer.Message(address, subject, html, List.of(paper), purpose, meeting.officeId()));
        }
    }

    /** The members the mail cannot reach: "name, post", or the post alone when it is vacant. */
    List<String> withoutEmail(Meeting meeting) {
        List<String> without = new ArrayList<>();
        members(meeting).stream().filter(m -> m.holder() == null || m.holder().email() == null)
                .forEach(m -> without.add(m.holder() == null ? m.post().titleBn() : m.holder().nameBn() + ", " + m.post().titleBn()));
        return without;
    }

    private List<TeamMember> members(Meeting meeting) {
        return teams.onDate(meeting.officeId(), meeting.date()).map(t -> t.members()).orElse(List.of());
    }
}
