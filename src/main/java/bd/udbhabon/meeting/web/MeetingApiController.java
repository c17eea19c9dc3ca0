package bd.udbhabon.meeting.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.Rate;
import bd.udbhabon.meeting.AttendanceStatus;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.Meeting.Attendance;
import bd.udbhabon.meeting.Meeting.Guest;
import bd.udbhabon.meeting.MeetingSchedule;
import bd.udbhabon.meeting.MeetingSerials;
import bd.udbhabon.meeting.MeetingStatus;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.meeting.MinutesBook;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.FormDates;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.Notification;
import bd.udbhabon.team.Policies;
import bd.udbhabon.team.TeamMember;
import bd.udbhabon.team.TeamOnDate;
import bd.udbhabon.team.Teams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An office's meetings for other government systems, over the same {@link Meetings} service as the
 * pages (and its checks, audit and validation). Files (working papers, the notice's PDF and DOCX, the
 * attendance sheet) are not served twice: the JSON names the pages' download paths, which take the
 * same credentials.
 */
@RestController
@RequestMapping("/api/v1/offices/{officeId}/meetings")
@Tag(name = "Meetings", description = """
        Meetings of an office's innovation team (ইনোভেশন টিমের সভা): the schedule its notification's cadence makes due,
        each meeting with its agenda (আলোচ্যসূচি), working papers (কার্যপত্র), notice (সভার নোটিশ), attendance (উপস্থিতি)
        and the standing item on the previous meeting's decisions (the rate of the last held meeting's decisions as of
        this meeting's day, and the decisions still open carried to it). Texts are as typed, in Bangla; dates are
        yyyy-mm-dd, times HH:mm. Files are downloaded from the paths given in the JSON (`/offices/…`), with the same
        credentials. Reading needs the office's records (superior offices read too); planning a meeting and recording
        its attendance need write access to the office. Uploading working papers and issuing the notice are done on
        the pages. সভার তালিকা, সূচি, একটি সভার বিবরণ; নতুন সভা ও উপস্থিতি লেখা।""")
class MeetingApiController {

    /** Times are written as they are typed: 11:30. */
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Meetings meetings;
    private final MinutesBook minutes;
    private final Teams teams;
    private final OfficeDirectory offices;
    private final Policies policies;

    MeetingApiController(Meetings meetings, MinutesBook minutes, Teams teams, OfficeDirectory offices, Policies policies) {
        this.policies = policies;
        this.meetings = meetings;
        this.minutes = minutes;
        this.teams = teams;
        this.offices = offices;
    }

    // ---- what is answered

    /**
     * A meeting as listed (startTime HH:mm): {@code serial} is its order among the office's meetings of the fiscal year
     * that were not cancelled, {@code serialText} as minutes title it ("২০২৫-২০২৬ অর্থবছরের ২য় সভা"); null when cancelled.
     */
    record MeetingJson(long id, Integer serial, String serialText, String title, LocalDate date, String startTime,
                       String place, String onlineLink, String status, String chairName, String chairDesignation,
                       String noticeMemoNumber, LocalDate noticeIssuedOn) {
        static MeetingJson of(Meeting m, Map<Long, Integer> serials) {
            Integer serial = serials.get(m.id());
            return new MeetingJson(m.id(), serial, serial == null ? null : MeetingSerials.label(m, serial, true), m.titleBn(),
                    m.date(), m.startTime().format(HH_MM), m.placeBn(), m.onlineLink(), m.status().name(), m.chairNameBn(),
                    m.chairDesignationBn(), m.noticeMemoNumber(), m.noticeIssuedOn());
        }
    }

    record AgendaJson(int position, String title, String presenter) {
    }

    /** A working paper; {@code download} is the page's path that serves it. */
    record WorkingPaperJson(long id, String fileName, String contentType, int size, String download) {
    }

    record AttendanceJson(long postId, String post, String holderName, String status, String representedBy) {
    }

    record GuestJson(String name, String designation, String office) {
    }

    /** The issued notice: its memo number and day, and the pages' paths of its PDF and DOCX. */
    record NoticeJson(String memoNumber, LocalDate issuedOn, String pdf, String docx) {
    }

    /** The implementation rate of a meeting's decisions, worded as seed 003 does. */
    record RateJson(int taken, int implemented, int inProgress, int notStarted, int dropped, Integer percent, String text) {
        static RateJson of(Rate r) {
            return new RateJson(r.taken(), r.implemented(), r.inProgress(), r.notStarted(), r.dropped(),
                    r.percent().isPresent() ? r.percent().getAsInt() : null, r.text(true));
        }
    }

    /** The last meeting held before this one's day, and the rate of its decisions as of this meeting's day. */
    record PreviousJson(long meetingId, LocalDate date, RateJson rate) {
    }

    /** A decision carried into the meeting: taken before its day and still open on it. */
    record CarriedJson(long id, String subject, String text, String status, LocalDate dueOn) {
        static CarriedJson of(Decision d) {
            return new CarriedJson(d.id(), d.subjectBn(), d.textBn(), d.status().name(), d.dueOn());
        }
    }

    /**
     * One meeting in full; {@code notice} is null until it is issued, {@code attendance} empty until it is recorded,
     * {@code previous} null when no meeting was held before this one's day.
     */
    record MeetingDetailJson(MeetingJson meeting, List<AgendaJson> agenda, List<WorkingPaperJson> workingPapers,
                             NoticeJson notice, List<AttendanceJson> attendance, List<GuestJson> guests,
                             String attendanceSheet, PreviousJson previous, List<CarriedJson> carried) {
    }

    /** A period, the cadence in force on its first day (MONTHLY or QUARTERLY), its state and the meetings held in it. */
    record PeriodJson(LocalDate from, LocalDate to, String cadence, String state, List<LocalDate> held) {
    }

    /**
     * The cadence in force that day (MONTHLY or QUARTERLY), the team's formation, the periods from it on, the latest
     * first, and the memo number of the notification the team is to be re-formed under (null if none).
     */
    record ScheduleJson(String cadence, String cadenceText, LocalDate formedOn, LocalDate asOf, List<PeriodJson> periods,
                        String reformUnder) {
    }

    // ---- what is sent

    record AgendaItemJson(String title, String presenter) {
    }

    /** A meeting to plan: date yyyy-mm-dd, startTime HH:mm, a place or an online link (or both), at least one agenda item. */
    record NewMeetingJson(String title, String chairName, String chairDesignation, String date, String startTime,
                          String place, String onlineLink, List<AgendaItemJson> agenda) {
    }

    /** A member's attendance: status PRESENT, ABSENT or REPRESENTED (with representedBy). */
    record MemberAttendanceJson(Long postId, String status, String representedBy) {
    }

    /** Every member of the team of the meeting's day, and the guests. */
    record AttendanceInputJson(List<MemberAttendanceJson> members, List<GuestJson> guests) {
    }

    // ---- endpoints

    @GetMapping
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "The office's meetings (সভাসমূহ), the latest first, each with its serial in the fiscal year")
    List<MeetingJson> list(@PathVariable long officeId) {
        offices.require(officeId);
        List<Meeting> all = meetings.list(officeId);
        Map<Long, Integer> serials = MeetingSerials.of(all);
        return all.stream().map(m -> MeetingJson.of(m, serials)).toList();
    }

    @GetMapping("/schedule")
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "The schedule (সভার সূচি): the cadence of the team's notification and each period from its formation, "
            + "HELD, OVERDUE or DUE; 404 when the office has no team that day")
    ScheduleJson schedule(@PathVariable long officeId,
                          @Parameter(description = "the day, yyyy-mm-dd; today if absent") @RequestParam(required = false) String asOf) {
        offices.require(officeId);
        LocalDate day = day(asOf);
        Meetings.Schedule schedule = meetings.schedule(officeId, day)
                .orElseThrow(() -> UserFacingException.notFound("meeting.api.noTeam", day.toString()));
        return new ScheduleJson(schedule.cadence().name(), schedule.cadence().name(true), schedule.formedOn(), day,
                schedule.periods().stream().map(MeetingApiController::period).toList(),
                schedule.reformUnder() == null ? null : policies.find(schedule.reformUnder()).map(Notification::memoNumber).orElse(null));
    }

    @GetMapping("/{meetingId}")
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "One meeting (সভা) with its agenda, working papers, notice, attendance and guests, and the standing item "
            + "on the previous meeting's decisions: its rate as of this meeting's day and the decisions carried to this one")
    MeetingDetailJson meeting(@PathVariable long officeId, @PathVariable long meetingId) {
        offices.require(officeId);
        return detail(officeId, find(officeId, meetingId));
    }

    @PostMapping
    @OfficeAccess(Permission.WRITE_RECORDS)
    @Operation(summary = "Plans a meeting (নতুন সভা); 400 with every field's problem if the details are wrong. "
            + "Working papers are uploaded on the meeting's edit page")
    MeetingDetailJson create(@PathVariable long officeId, @RequestBody NewMeetingJson body) {
        offices.require(officeId);
        List<MeetingForm.AgendaRow> rows = body.agenda() == null ? List.of() : body.agenda().stream()
                .map(a -> a == null ? new MeetingForm.AgendaRow("", "")
                        : new MeetingForm.AgendaRow(MeetingForm.nz(a.title()), MeetingForm.nz(a.presenter())))
                .toList();
        MeetingForm form = new MeetingForm(MeetingForm.nz(body.title()), MeetingForm.nz(body.chairName()),
                MeetingForm.nz(body.chairDesignation()), MeetingForm.nz(body.date()), MeetingForm.nz(body.startTime()),
                MeetingForm.nz(body.place()), MeetingForm.nz(body.onlineLink()), rows);
        FormErrors errors = new FormErrors();
        Meetings.MeetingInput input = form.input(errors, FormDates::readIso);
        if (errors.any()) { // what could not be read, as the page's form answers it
            throw UserFacingException.invalid(errors);
        }
        Meeting saved = meetings.save(officeId, null, input, List.of(), List.of());
        return detail(officeId, saved);
    }

    @PostMapping("/{meetingId}/attendance")
    @OfficeAccess(Permission.WRITE_RECORDS)
    @Operation(summary = "Records the attendance (উপস্থিতি) of every member of the team of the meeting's day, and the guests; "
            + "the meeting is then held. It may be corrected later; 400 with every field's problem")
    MeetingDetailJson attendance(@PathVariable long officeId, @PathVariable long meetingId, @RequestBody AttendanceInputJson body) {
        offices.require(officeId);
        Meeting meeting = find(officeId, meetingId);
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw UserFacingException.badRequest("meeting.error.cancelled");
        }
        Map<Long, TeamMember> members = members(officeId, meeting);
        FormErrors errors = new FormErrors();
        List<Attendance> records = new ArrayList<>();
        for (MemberAttendanceJson m : body.members() == null ? List.<MemberAttendanceJson>of() : body.members()) {
            if (m == null || m.postId() == null) {
                errors.add("attendance", "meeting.error.notMember");
                continue;
            }
            AttendanceStatus status = Arrays.stream(AttendanceStatus.values()).filter(v -> v.name().equals(m.status()))
                    .findFirst().orElse(null);
            if (status == null) {
                errors.add("status_" + m.postId(), "meeting.error.status");
                continue;
            }
            TeamMember member = members.get(m.postId());
            records.add(new Attendance(m.postId(), member == null || member.holder() == null ? null : member.holder().nameBn(),
                    status, Inputs.clean(m.representedBy())));
        }
        List<Guest> guests = new ArrayList<>();
        List<GuestJson> typed = body.guests() == null ? List.of() : body.guests();
        for (int i = 0; i < typed.size(); i++) {
            GuestJson g = typed.get(i);
            Guest guest = g == null ? new Guest(null, null, null)
                    : new Guest(Inputs.clean(g.name()), Inputs.clean(g.designation()), Inputs.clean(g.office()));
            if (guest.nameBn() == null) {
                errors.add("guest_" + i, "meeting.error.guestName");
            }
            guests.add(guest);
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        meetings.saveAttendance(officeId, meetingId, records, guests);
        return detail(officeId, find(officeId, meetingId));
    }

    // ---- helpers

    private MeetingDetailJson detail(long officeId, Meeting meeting) {
        List<Meeting> all = meetings.list(officeId);
        String base = "/offices/" + officeId + "/meetings/" + meeting.id();
        List<AgendaJson> agenda = new ArrayList<>();
        for (int i = 0; i < meeting.agenda().size(); i++) {
            agenda.add(new AgendaJson(i + 1, meeting.agenda().get(i).titleBn(), meeting.agenda().get(i).presenterBn()));
        }
        List<WorkingPaperJson> papers = meeting.attachments().stream()
                .map(a -> new WorkingPaperJson(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), base + "/attachments/" + a.id()))
                .toList();
        NoticeJson notice = meeting.noticeIssued()
                ? new NoticeJson(meeting.noticeMemoNumber(), meeting.noticeIssuedOn(), base + "/notice.pdf", base + "/notice.docx")
                : null;
        Map<Long, TeamMember> members = members(officeId, meeting);
        List<AttendanceJson> attendance = meetings.attendance(officeId, meeting.id()).stream()
                .map(a -> new AttendanceJson(a.postId(), members.containsKey(a.postId()) ? members.get(a.postId()).post().titleBn() : null,
                        a.holderNameBn(), a.status().name(), a.representedBy()))
                .toList();
        List<GuestJson> guests = meetings.guests(officeId, meeting.id()).stream()
                .map(g -> new GuestJson(g.nameBn(), g.designationBn(), g.officeBn())).toList();
        MinutesBook.Standing standing = minutes.standing(officeId, meeting.id());
        PreviousJson previous = standing.previous() == null ? null
                : new PreviousJson(standing.previous().id(), standing.previous().date(), RateJson.of(standing.rate()));
        return new MeetingDetailJson(MeetingJson.of(meeting, MeetingSerials.of(all)), agenda, papers, notice, attendance, guests,
                meeting.status() == MeetingStatus.CANCELLED ? null : base + "/attendance.pdf", previous,
                standing.carried().stream().map(CarriedJson::of).toList());
    }

    private static PeriodJson period(MeetingSchedule.Period p) {
        return new PeriodJson(p.start(), p.end(), p.cadence().name(), p.state().name(), p.held());
    }

    private Map<Long, TeamMember> members(long officeId, Meeting meeting) {
        return teams.onDate(officeId, meeting.date()).map(TeamOnDate::members).orElse(List.of()).stream()
                .collect(Collectors.toMap(m -> m.post().id(), Function.identity(), (a, b) -> a));
    }

    private Meeting find(long officeId, long meetingId) {
        return meetings.find(officeId, meetingId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return Dhaka.today();
        }
        LocalDate day = FormDates.readIso(text);
        if (day == null) {
            throw UserFacingException.invalid(new FormErrors().add("asOf", "meeting.api.day"));
        }
        return day;
    }
}
