package bd.udbhabon.meeting.internal;

import bd.udbhabon.team.TeamNames;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.meeting.MinutesVersion;
import bd.udbhabon.meeting.internal.MinutesWorkflow.Step;
import bd.udbhabon.notify.Mailer;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The minutes by mail, after the step's commit: the circulated draft and the issued minutes to the
 * members of the meeting's day (as {@link MemberMail} decides), issued minutes also to the Cabinet
 * Division when recorded as sent to it and to every distribution and copy line that prints an address;
 * and what was mailed.
 */
@Component
class MinutesMail {

    private final MinutesGuard guard;
    private final MinutesRepository minutes;
    private final MinutesPaper paper;
    private final OfficeDirectory offices;
    private final Meetings meetings;
    private final MemberMail memberMail;
    private final Mailer mailer;

    MinutesMail(MinutesGuard guard, MinutesRepository minutes, MinutesPaper paper, OfficeDirectory offices, Meetings meetings,
                MemberMail memberMail, Mailer mailer) {
        this.guard = guard;
        this.minutes = minutes;
        this.paper = paper;
        this.offices = offices;
        this.meetings = meetings;
        this.memberMail = memberMail;
        this.mailer = mailer;
    }

    Meetings.Mailing mailCirculated(long officeId, long minutesId) {
        guard.require(officeId, Step.EDIT);
        MinutesVersion minutes = guard.version(officeId, minutesId);
        Meeting meeting = guard.meeting(officeId, minutes.meetingId());
        Office office = offices.require(officeId);
        byte[] paper = this.paper.previewPdf(officeId, minutesId);
        String what = TeamNames.ofGenitive(office) + " " + DualDate.gregorianDate(meeting.date()) + " তারিখের সভার কার্যবিবরণীর খসড়া";
        String html = "<p>" + HtmlUtils.htmlEscape(office.nameBn()) + "</p><p>" + HtmlUtils.htmlEscape(what
                + " মতামতের জন্য সংযুক্ত করা হলো। মতামত উদ্ভাবন-এ কার্যবিবরণীর পাতায় লিখুন।") + "</p>";
        return mail(officeId, meeting, what, html, paper, "minutes-circulated:" + minutesId);
    }

    Meetings.Mailing mailIssued(long officeId, long minutesId) {
        guard.require(officeId, Step.EDIT);
        MinutesVersion minutes = guard.version(officeId, minutesId);
        Meeting meeting = guard.meeting(officeId, minutes.meetingId());
        Office office = offices.require(officeId);
        byte[] paper = this.paper.pdf(officeId, minutesId).orElseThrow();
        String what = TeamNames.ofGenitive(office) + " " + DualDate.gregorianDate(meeting.date()) + " তারিখের সভার কার্যবিবরণী";
        String html = "<p>" + HtmlUtils.htmlEscape(office.nameBn()) + "</p><p>" + HtmlUtils.htmlEscape(what + " (স্মারক নং "
                + BanglaDigits.toBangla(minutes.memoNumber()) + ") সংযুক্ত করা হলো।") + "</p>";
        List<String> extra = new ArrayList<>();
        if (minutes.sentToCabinetOn() != null) {
            cabinetDivisionEmail().ifPresent(extra::add);
        }
        // the distribution and copy lines that print an address get the minutes too (issue 16, point 4)
        java.util.stream.Stream.concat(minutes.distribution().stream(), minutes.copies().stream())
                .map(Mailer::addressIn).flatMap(Optional::stream).forEach(extra::add);
        return mail(officeId, meeting, what, html, paper, "minutes-issued:" + minutesId, extra);
    }

    Meetings.Mailing mailing(long officeId, long minutesId) {
        MinutesVersion minutes = guard.version(officeId, minutesId);
        Meetings.Mailing members = meetings.mailing(officeId, minutes.meetingId());
        List<Mailer.Sent> sent = new ArrayList<>(mailer.sentFor("minutes-circulated:" + minutesId));
        sent.addAll(mailer.sentFor("minutes-issued:" + minutesId));
        return new Meetings.Mailing(members.mailConfigured(), sent, members.withoutEmail());
    }

    Optional<String> cabinetDivisionEmail() {
        return cabinetDivision().map(Office::email).filter(e -> !e.isBlank());
    }

    private Optional<Office> cabinetDivision() {
        return offices.search(new OfficeSearch(OfficeLevel.CABINET_DIVISION, null, null, 0, 1)).items().stream().findFirst();
    }

    private Meetings.Mailing mail(long officeId, Meeting meeting, String subject, String html, byte[] paper, String purpose) {
        return mail(officeId, meeting, subject, html, paper, purpose, List.of());
    }

    private Meetings.Mailing mail(long officeId, Meeting meeting, String subject, String html, byte[] paper, String purpose,
                                  List<String> extra) {
        memberMail.send(meeting, extra, subject, html,
                new Mailer.Attachment("karjobiboroni-" + meeting.id() + ".pdf", "application/pdf", paper), purpose);
        return new Meetings.Mailing(mailer.configured(), mailer.sentFor(purpose), memberMail.withoutEmail(meeting));
    }
}
