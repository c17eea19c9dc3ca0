package bd.udbhabon.meeting.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.shell.UserFacingException;
import org.springframework.stereotype.Component;

/** Who may write an office's meetings, the meeting a path names (404 otherwise), and the audit trail of the writes. */
@Component
class MeetingGuard {

    private final AccessPolicy access;
    private final MeetingRepository meetings;
    private final AuditLog audit;

    MeetingGuard(AccessPolicy access, MeetingRepository meetings, AuditLog audit) {
        this.access = access;
        this.meetings = meetings;
        this.audit = audit;
    }

    void requireWrite(long officeId) {
        if (!access.allows(Permission.WRITE_RECORDS, officeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
    }

    Meeting meeting(long officeId, long meetingId) {
        return meetings.find(officeId, meetingId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    void audit(String action, String entity, String id, long officeId, Object before, Object after) {
        audit.record(new AuditEvent(access.actor(), action, entity, id, officeId, before, after));
    }
}
