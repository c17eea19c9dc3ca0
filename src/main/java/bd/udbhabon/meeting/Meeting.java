package bd.udbhabon.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting of an office's team: who chairs it, when and where (a place, an online link or both),
 * its agenda and working papers, and its notice once issued.
 *
 * @param teamOrderId the team's order in effect on the meeting's date
 */
public record Meeting(long id, long officeId, Long teamOrderId, String titleBn, String chairNameBn,
                      String chairDesignationBn, LocalDate date, LocalTime startTime, String placeBn, String onlineLink,
                      MeetingStatus status, String noticeMemoNumber, LocalDate noticeIssuedOn,
                      List<String> noticeExtraEmails, List<AgendaItem> agenda, List<AttachmentInfo> attachments) {

    public Meeting {
        noticeExtraEmails = List.copyOf(noticeExtraEmails);
        agenda = List.copyOf(agenda);
        attachments = List.copyOf(attachments);
    }

    public record AgendaItem(String titleBn, String presenterBn) {
    }

    public record AttachmentInfo(long id, String fileName, String contentType, int sizeBytes) {
    }

    /** A member's attendance, by post; the holder's name as it was that day. */
    public record Attendance(long postId, String holderNameBn, AttendanceStatus status, String representedBy) {
    }

    public record Guest(String nameBn, String designationBn, String officeBn) {

        /** "প্রধান শিক্ষক, লালপুর পাইলট উচ্চ বিদ্যালয়", as the attendance sheet prints it; either part may be missing. */
        public String designationAndOffice() {
            return designationBn == null ? officeBn : officeBn == null ? designationBn : designationBn + ", " + officeBn;
        }
    }

    public boolean noticeIssued() {
        return noticeMemoNumber != null;
    }
}
