package bd.udbhabon.meeting.internal;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.document.Recipients;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.meeting.MinutesBook.IssueInput;
import bd.udbhabon.meeting.MinutesContent;
import bd.udbhabon.meeting.MinutesVersion;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.team.TeamMember;
import bd.udbhabon.team.TeamOnDate;
import bd.udbhabon.team.Teams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Where the minutes' issue form starts (issue 19, point 9): what the office wrote last time and what
 * these minutes say. The signatory is who signed the office's last minutes (its usual signatory),
 * else the meeting's chair; the distribution and copy lists are the previous minutes' of the team
 * (or this version's own, a correction's), with the offices these minutes name as implementers added
 * to the distribution and members who joined the team since the previous minutes added to the copies.
 * Every line mended where an empty part left a bare separator ({@link Recipients}).
 */
@Component
class IssueDefaults {

    private final MinutesRepository minutes;
    private final OfficialPapers papers;
    private final Teams teams;
    private final OfficeDirectory offices;
    private final Meetings meetings;

    IssueDefaults(MinutesRepository minutes, OfficialPapers papers, Teams teams, OfficeDirectory offices, Meetings meetings) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.papers = papers;
        this.teams = teams;
        this.offices = offices;
    }

    IssueInput starting(long officeId, MinutesVersion version, Meeting meeting) {
        MinutesContent c = version.content();
        OfficialPapers.Signatory signatory = papers.lastSignatory(officeId, "minutes:")
                .orElse(new OfficialPapers.Signatory(c.chairNameBn(), c.chairDesignationBn(), null, null));
        Optional<MinutesVersion> previous = minutes.lastIssuedBefore(officeId, meeting.date());
        List<String> distribution = !version.distribution().isEmpty() ? version.distribution()
                : previous.map(MinutesVersion::distribution).orElse(List.of());
        List<String> copies = !version.copies().isEmpty() ? version.copies()
                : previous.map(MinutesVersion::copies).orElse(List.of());
        Lines distributed = new Lines(distribution);
        implementers(officeId, c).forEach(distributed::add);
        Lines copied = new Lines(copies);
        if (previous.isPresent()) {
            Meeting before = meetingOf(officeId, previous.get());
            newMembers(officeId, before, meeting).stream().filter(line -> !distributed.has(line)).forEach(copied::add);
        }
        return new IssueInput(0, Dhaka.today(), signatory.nameBn(), signatory.designationBn(), signatory.phone(), signatory.email(),
                distributed.lines(), copied.lines(), true);
    }

    /** The implementers these minutes' agenda decisions name, but the issuing office itself (its members receive them anyway). */
    private static List<String> implementers(long officeId, MinutesContent c) {
        List<String> named = new ArrayList<>();
        for (MinutesContent.Item item : c.items()) {
            if (item.kind() != MinutesContent.ItemKind.AGENDA) {
                continue;
            }
            for (MinutesContent.DecisionEntry d : item.decisions()) {
                for (Owner owner : d.owners()) {
                    boolean ownOffice = owner.postId() == null && owner.level() == null && owner.officeId() != null
                            && owner.officeId() == officeId;
                    if (!ownOffice) {
                        named.add(owner.labelBn());
                    }
                }
            }
        }
        return named;
    }

    /** The members of the team on the meeting's day whose post was not on it on the previous minutes' meeting day. */
    private List<String> newMembers(long officeId, Meeting before, Meeting now) {
        List<TeamMember> then = teams.onDate(officeId, before.date()).map(TeamOnDate::members).orElse(List.of());
        Set<Long> thenPosts = then.stream().map(m -> m.post().id()).collect(Collectors.toSet());
        List<String> joined = new ArrayList<>();
        for (TeamMember m : teams.onDate(officeId, now.date()).map(TeamOnDate::members).orElse(List.of())) {
            if (!thenPosts.contains(m.post().id())) {
                String office = m.post().officeId() == officeId ? null
                        : offices.find(m.post().officeId()).map(o -> o.nameBn()).orElse(null);
                joined.add(Recipients.join(m.post().titleBn(), office));
            }
        }
        return joined;
    }

    private Meeting meetingOf(long officeId, MinutesVersion v) {
        return meetings.find(officeId, v.meetingId()).orElseThrow();
    }

    /** A list of recipients in order, each once (compared without its full stop), every line mended. */
    private static final class Lines {
        private final Map<String, String> byKey = new LinkedHashMap<>();

        Lines(List<String> lines) {
            Recipients.mendAll(lines).forEach(this::add);
        }

        void add(String line) {
            String mended = Recipients.mend(line);
            if (!mended.isEmpty()) {
                byKey.putIfAbsent(Recipients.key(mended), mended);
            }
        }

        boolean has(String line) {
            return byKey.containsKey(Recipients.key(line));
        }

        List<String> lines() {
            return List.copyOf(byKey.values());
        }
    }
}
