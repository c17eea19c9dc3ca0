package bd.udbhabon.meeting.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.meeting.MinutesVersion;
import bd.udbhabon.meeting.internal.MinutesWorkflow.Step;
import bd.udbhabon.shell.UserFacingException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may take a step of the minutes' workflow on an office (as {@link MinutesWorkflow} says), the
 * version and meeting a path names (404 otherwise), and the audit trail of the steps taken.
 */
@Component
class MinutesGuard {

    private final AccessPolicy access;
    private final MinutesRepository minutes;
    private final Meetings meetings;
    private final AuditLog audit;

    MinutesGuard(AccessPolicy access, MinutesRepository minutes, Meetings meetings, AuditLog audit) {
        this.access = access;
        this.minutes = minutes;
        this.meetings = meetings;
        this.audit = audit;
    }

    boolean may(long officeId, Step step) {
        return step.mayBeTakenBy(p -> access.allows(p, officeId));
    }

    /** 403 unless the current user may take {@code step} on the office. */
    void require(long officeId, Step step) {
        if (!may(officeId, step)) {
            throw new UserFacingException(403, "error.forbidden");
        }
    }

    MinutesVersion version(long officeId, long minutesId) {
        return minutes.version(officeId, minutesId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    Meeting meeting(long officeId, long meetingId) {
        return meetings.find(officeId, meetingId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    Optional<Long> accountId() {
        return access.accountId();
    }

    /** The current user as a comment's author: the full name, else the account name. */
    String authorBn() {
        return access.fullNameBn().orElse(access.actor().accountName());
    }

    void audit(String action, long minutesId, long officeId, Object before, Object after) {
        audit.record(new AuditEvent(access.actor(), action, "minutes", String.valueOf(minutesId), officeId, before, after));
    }
}
