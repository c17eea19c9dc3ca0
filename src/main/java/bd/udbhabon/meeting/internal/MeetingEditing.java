package bd.udbhabon.meeting.internal;

import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.MeetingStatus;
import bd.udbhabon.meeting.Meetings.MeetingInput;
import bd.udbhabon.meeting.Meetings.Upload;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Uploads;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.TeamOnDate;
import bd.udbhabon.team.Teams;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Planning a meeting: the form checked (the day's team, where, agenda, working papers by their content), saved; or cancelled. */
@Component
class MeetingEditing {

    /** Working papers: the multipart limit (spring.servlet.multipart.max-file-size) caps them lower. */
    static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
    static final int MAX_ATTACHMENTS = 20;

    private final MeetingGuard guard;
    private final MeetingRepository meetings;
    private final Teams teams;

    MeetingEditing(MeetingGuard guard, MeetingRepository meetings, Teams teams) {
        this.guard = guard;
        this.meetings = meetings;
        this.teams = teams;
    }

    @Transactional
    Meeting save(long officeId, Long meetingId, MeetingInput in, List<Upload> uploads, List<Long> removeAttachments) {
        guard.requireWrite(officeId);
        Optional<Meeting> before = meetingId == null ? Optional.empty() : Optional.of(guard.meeting(officeId, meetingId));
        if (before.isPresent() && !before.get().status().editable()) {
            throw UserFacingException.badRequest("meeting.error.notEditable");
        }
        FormErrors errors = new FormErrors();
        if (in.chairNameBn() == null) {
            errors.add("chairName", "meeting.error.chairName");
        }
        if (in.chairDesignationBn() == null) {
            errors.add("chairDesignation", "meeting.error.chairDesignation");
        }
        Optional<TeamOnDate> team = Optional.empty();
        if (in.date() == null) {
            errors.add("date", "meeting.error.date");
        } else {
            team = teams.onDate(officeId, in.date());
            if (team.isEmpty()) {
                errors.add("date", "meeting.error.noTeam");
            }
        }
        if (in.startTime() == null) {
            errors.add("startTime", "meeting.error.time");
        }
        if (in.placeBn() == null && in.onlineLink() == null) {
            errors.add("place", "meeting.error.where");
        }
        if (in.onlineLink() != null && !in.onlineLink().matches("(?i)https?://\\S+")) {
            errors.add("onlineLink", "meeting.error.link");
        }
        if (in.agenda().isEmpty()) {
            errors.add("agenda", "meeting.error.agenda");
        } else if (in.date() != null && followsAnotherMeeting(officeId, meetingId, in)) {
            // the minutes of a meeting after another open with the two standing items, computed: typed again they print twice
            for (Meeting.AgendaItem item : in.agenda()) {
                StandingAgenda.repeated(item.titleBn()).ifPresent(standing ->
                        errors.add("agenda", "meeting.error.agendaStanding", item.titleBn(), standing));
            }
        }
        int kept = before.map(m -> (int) m.attachments().stream().filter(a -> !removeAttachments.contains(a.id())).count()).orElse(0);
        if (kept + uploads.size() > MAX_ATTACHMENTS) {
            errors.add("files", "meeting.error.tooManyFiles", MAX_ATTACHMENTS);
        }
        List<Uploads.Accepted> papers = new ArrayList<>();
        for (Upload u : uploads) {
            String shown = Uploads.cleanName(u.fileName(), MeetingRepository.PAPER_NAME);
            if (u.bytes().length == 0) {
                errors.add("files", "meeting.error.fileEmpty", shown);
            } else if (u.bytes().length > MAX_ATTACHMENT_BYTES) {
                errors.add("files", "meeting.error.fileSize", shown);
            } else {
                // the type is what the content is, never the declared type or the extension
                Uploads.Accepted paper = Uploads.DOCUMENTS.check(u.fileName(), u.bytes(), MeetingRepository.PAPER_NAME, "files", errors);
                if (paper != null) {
                    papers.add(paper);
                }
            }
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        Long orderId = team.map(t -> t.order().id()).orElse(null);
        long id;
        if (before.isEmpty()) {
            id = meetings.insert(officeId, orderId, in);
        } else {
            id = before.get().id();
            meetings.update(id, orderId, in, removeAttachments);
        }
        meetings.addAgenda(id, in.agenda());
        for (Uploads.Accepted paper : papers) {
            meetings.addAttachment(id, paper);
        }
        Meeting saved = meetings.find(officeId, id).orElseThrow();
        guard.audit(before.isEmpty() ? "meeting.created" : "meeting.updated", "meeting",
                String.valueOf(id), officeId, before.orElse(null), saved);
        return saved;
    }

    /** Whether a meeting of the office not cancelled comes before this one's day: its minutes will have the standing items. */
    private boolean followsAnotherMeeting(long officeId, Long meetingId, MeetingInput in) {
        return meetings.list(officeId).stream().anyMatch(m -> !Long.valueOf(m.id()).equals(meetingId)
                && m.status() != MeetingStatus.CANCELLED && m.date().isBefore(in.date()));
    }

    @Transactional
    void cancel(long officeId, long meetingId) {
        guard.requireWrite(officeId);
        Meeting before = guard.meeting(officeId, meetingId);
        if (!before.status().editable()) {
            throw UserFacingException.badRequest("meeting.error.notEditable");
        }
        meetings.setStatus(meetingId, MeetingStatus.CANCELLED);
        guard.audit("meeting.cancelled", "meeting", String.valueOf(meetingId), officeId,
                before, meetings.find(officeId, meetingId).orElseThrow());
    }
}
