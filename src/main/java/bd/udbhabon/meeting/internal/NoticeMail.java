package bd.udbhabon.meeting.internal;

import bd.udbhabon.team.TeamNames;
import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.document.MeetingNotice;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.NoticeRevision;
import bd.udbhabon.meeting.Meetings.Mailing;
import bd.udbhabon.notify.Mailer;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.UserFacingException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The issued notice by mail to the members of the meeting's day and the extra addresses, after the commit; and what was sent. */
@Component
class NoticeMail {

    private final MeetingGuard guard;
    private final MeetingRepository meetings;
    private final MeetingNotices notices;
    private final OfficeDirectory offices;
    private final MemberMail memberMail;
    private final Mailer mailer;

    NoticeMail(MeetingGuard guard, MeetingRepository meetings, MeetingNotices notices, OfficeDirectory offices, MemberMail memberMail, Mailer mailer) {
        this.guard = guard;
        this.meetings = meetings;
        this.notices = notices;
        this.offices = offices;
        this.memberMail = memberMail;
        this.mailer = mailer;
    }

    Mailing mailNotice(long officeId, long meetingId) {
        guard.requireWrite(officeId);
        Meeting meeting = meetings.find(officeId, meetingId).filter(Meeting::noticeIssued)
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        byte[] notice = notices.pdf(officeId, meetingId).orElseThrow();
        Office office = offices.require(officeId);
        String subject = MeetingNotice.TITLE + ": " + TeamNames.of(office) + "-এর সভা, " + DualDate.gregorianDate(meeting.date());
        String html = "<p>" + HtmlUtils.htmlEscape(office.nameBn()) + "</p><p>"
                + HtmlUtils.htmlEscape(TeamNames.of(office) + "-এর সভা " + DualDate.gregorianDate(meeting.date())
                + " তারিখে অনুষ্ঠিত হবে। সভার নোটিশ (স্মারক নং " + bd.udbhabon.bangla.BanglaDigits.toBangla(meeting.noticeMemoNumber())
                + ") সংযুক্ত করা হলো।") + "</p><p>" + HtmlUtils.htmlEscape(MeetingNotice.PLEASE_ATTEND) + "</p>";
        memberMail.send(meeting, meeting.noticeExtraEmails(), subject, html,
                new Mailer.Attachment("sabhar-notice-" + meetingId + ".pdf", "application/pdf", notice), purpose(meetingId));
        return mailing(officeId, meetingId);
    }

    /** The revised notice to whom the first went: the members of the meeting's day and the first notice's extra addresses. */
    Mailing mailRevision(long officeId, long meetingId, NoticeRevision revision, byte[] paper) {
        guard.requireWrite(officeId);
        Meeting meeting = guard.meeting(officeId, meetingId);
        Office office = offices.require(officeId);
        String subject = NoticeRevisions.TITLE + ": " + TeamNames.of(office) + "-এর সভা, " + DualDate.gregorianDate(meeting.date());
        String html = "<p>" + HtmlUtils.htmlEscape(office.nameBn()) + "</p><p>"
                + HtmlUtils.htmlEscape("স্মারক নং " + BanglaDigits.toBangla(revision.revisesMemo()) + " সংখ্যক সভার নোটিশ সংশোধন করা হয়েছে: "
                + String.join("; ", revision.changesBn()) + "। সংশোধিত নোটিশ (স্মারক নং " + BanglaDigits.toBangla(revision.memoNumber())
                + ") সংযুক্ত করা হলো।") + "</p><p>" + HtmlUtils.htmlEscape(MeetingNotice.PLEASE_ATTEND) + "</p>";
        memberMail.send(meeting, meeting.noticeExtraEmails(), subject, html,
                new Mailer.Attachment("sanshodhito-notice-" + revision.id() + ".pdf", "application/pdf", paper),
                revisionPurpose(revision.id()));
        return revisionMailing(officeId, meetingId, revision.id());
    }

    Mailing revisionMailing(long officeId, long meetingId, long revisionId) {
        Meeting meeting = guard.meeting(officeId, meetingId);
        return new Mailing(mailer.configured(), mailer.sentFor(revisionPurpose(revisionId)), memberMail.withoutEmail(meeting));
    }

    private static String revisionPurpose(long revisionId) {
        return "meeting-notice-revision:" + revisionId;
    }

    Mailing mailing(long officeId, long meetingId) {
        Meeting meeting = guard.meeting(officeId, meetingId);
        return new Mailing(mailer.configured(), mailer.sentFor(purpose(meetingId)), memberMail.withoutEmail(meeting));
    }

    private static String purpose(long meetingId) {
        return "meeting-notice:" + meetingId;
    }
}
