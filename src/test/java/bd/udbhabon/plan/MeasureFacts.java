package bd.udbhabon.plan;

import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.DecisionStatus;
import bd.udbhabon.decision.NewDecision;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.meeting.MinutesBook;
import bd.udbhabon.meeting.MinutesContent;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.team.TeamFixtures;
import bd.udbhabon.team.internal.ComplianceUpdater;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The facts the system measures are read from, made through the modules' own services as an office's
 * administrator would make them: an upazila with its team (`TeamFixtures`), meetings planned and held
 * (attendance recorded), minutes drafted, approved and issued with a memo number, decisions in the register
 * and their statuses. Each call makes its own offices (the tests share one database).
 */
@Component
public class MeasureFacts {

    private final TestAccounts accounts;
    private final PlanFixtures plans;
    private final JdbcClient jdbc;
    private final OfficeDirectory offices;
    private final ComplianceUpdater compliance;
    private final Meetings meetings;
    private final MinutesBook minutes;
    private final MemoNumbering memos;
    private final DecisionRegister register;

    MeasureFacts(TestAccounts accounts, PlanFixtures plans, JdbcClient jdbc, OfficeDirectory offices, ComplianceUpdater compliance,
                 Meetings meetings, MinutesBook minutes, MemoNumbering memos, DecisionRegister register) {
        this.accounts = accounts;
        this.plans = plans;
        this.jdbc = jdbc;
        this.offices = offices;
        this.compliance = compliance;
        this.meetings = meetings;
        this.minutes = minutes;
        this.memos = memos;
        this.register = register;
    }

    /** A fresh upazila (under a fresh district) and the administrator's account there. */
    public record Upazila(long id, String admin, List<Long> memberPosts) {
    }

    /** A fresh upazila without a team; {@code place} names it ("Nabinagar" in tests' words). */
    public Upazila upazila(String place) {
        long district = plans.office(OfficeLevel.DISTRICT, null, null);
        long upazila = plans.office(OfficeLevel.UPAZILA, district, null);
        jdbc.sql("update office set place_bn = ?, place_en = ? where id = ?").params("পরীক্ষা", place, upazila).update();
        String admin = "measures-" + upazila;
        accounts.create(admin, Role.OFFICE_ADMIN, upazila);
        return new Upazila(upazila, admin, List.of());
    }

    /**
     * The upazila's team, formed from {@code from} under notification {@code notificationId} (1: 2023, 2: 2025);
     * with {@code skills} every rule of 2025 is met, without it the officer able to develop skills is missing.
     */
    public Upazila withTeam(Upazila upazila, boolean skills, long notificationId, LocalDate from) {
        var team = new TeamFixtures(jdbc, offices, compliance).upazilaTeam(upazila.id(), skills, notificationId, from);
        return new Upazila(upazila.id(), upazila.admin(), team.postIds());
    }

    /** A meeting planned on the day; held when {@code held} (every member present). */
    public long meeting(Upazila upazila, LocalDate day, boolean held) {
        return accounts.as(upazila.admin(), () -> {
            Meeting m = meetings.save(upazila.id(), null, new Meetings.MeetingInput("ইনোভেশন টিমের সভা", "উপজেলা নির্বাহী অফিসার",
                    "উপজেলা নির্বাহী অফিসার", day, LocalTime.of(11, 0), "সম্মেলন কক্ষ", null,
                    List.of(new Meeting.AgendaItem("সেবা সহজিকরণ", null))), List.of(), List.of());
            if (held) {
                List<Meeting.Attendance> present = upazila.memberPosts().stream()
                        .map(p -> new Meeting.Attendance(p, null, bd.udbhabon.meeting.AttendanceStatus.PRESENT, null)).toList();
                meetings.saveAttendance(upazila.id(), m.id(), present, List.of());
            }
            return m.id();
        });
    }

    /** The held meeting's minutes drafted, approved on {@code issuedOn} and issued that day from the upazila's memo file. */
    public void issueMinutes(Upazila upazila, long meetingId, LocalDate issuedOn) {
        accounts.as(upazila.admin(), () -> {
            MinutesContent start = minutes.startingContent(upazila.id(), meetingId);
            List<MinutesContent.Item> items = start.items().stream()
                    .map(i -> i.kind() == MinutesContent.ItemKind.AGENDA
                            ? new MinutesContent.Item(i.kind(), i.subjectBn(), null, "সেবা সহজিকরণ নিয়ে আলোচনা হয়।", List.of()) : i)
                    .toList();
            var draft = minutes.saveDraft(upazila.id(), meetingId, new MinutesContent(bd.udbhabon.document.Minutes.Style.PARAGRAPHS,
                    "ইনোভেশন টিমের সভার কার্যবিবরণী", null, List.of(), null, items, null, "উপজেলা নির্বাহী অফিসার",
                    "উপজেলা নির্বাহী অফিসার", null));
            minutes.approve(upazila.id(), draft.id(), issuedOn);
            String fileNumber = "05.66.%04d.777.13.001.26".formatted(upazila.id() % 10000);
            long file = memos.files(upazila.id()).stream().filter(f -> f.fileNumber().formatLatin().startsWith(fileNumber))
                    .map(MemoNumbering.MemoFile::id).findFirst()
                    .orElseGet(() -> memos.open(upazila.id(), fileNumber, "ইনোভেশন টিমের সভা", 1).id());
            minutes.issue(upazila.id(), draft.id(), new MinutesBook.IssueInput(file, issuedOn, "উপজেলা নির্বাহী অফিসার",
                    "উপজেলা নির্বাহী অফিসার", null, null, List.of("জেলা প্রশাসক"), List.of("অফিস কপি"), false));
            return 0;
        });
    }

    /** A decision of the meeting, taken on the meeting's day, due on {@code due}. */
    public long decision(Upazila upazila, long meetingId, LocalDate taken, LocalDate due, String text) {
        return accounts.as(upazila.admin(), () -> register.record(upazila.id(), new NewDecision(meetingId, 3,
                "ইনোভেশন টিমের সভা", taken, null, text, due, List.of(Owner.office(upazila.id(), "উপজেলা নির্বাহী অফিসার")))));
    }

    public void status(Upazila upazila, long decisionId, DecisionStatus status, LocalDate since, String reason) {
        accounts.as(upazila.admin(), () -> {
            register.changeStatus(decisionId, upazila.id(), status, since, reason);
            return 0;
        });
    }
}
