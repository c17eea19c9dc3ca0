package bd.udbhabon.meeting.internal;

import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.MeetingSerials;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.meeting.MinutesBook;
import bd.udbhabon.meeting.MinutesContent;
import bd.udbhabon.meeting.MinutesVersion;
import bd.udbhabon.meeting.internal.MinutesWorkflow.Step;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link MinutesBook} as the pages, the API and the corner see it, over the parts that each do one
 * job: {@link MinutesRepository} (SQL), {@link MinutesWorkflow} (the states, through
 * {@link MinutesGuard}), {@link MinutesValidation}, {@link StandingItems}, {@link MinutesPaper},
 * {@link MinutesDrafting}, {@link MinutesSteps}, {@link MinutesIssuing} (with
 * {@link DecisionRecording}) and {@link MinutesMail}.
 */
@Service
class MinutesService implements MinutesBook {

    private final MinutesRepository minutes;
    private final Meetings meetings;
    private final StandingItems standing;
    private final MinutesDrafting drafting;
    private final MinutesSteps steps;
    private final MinutesIssuing issuing;
    private final MinutesPaper paper;
    private final MinutesMail mail;

    MinutesService(MinutesRepository minutes, Meetings meetings, StandingItems standing, MinutesDrafting drafting,
                   MinutesSteps steps, MinutesIssuing issuing, MinutesPaper paper, MinutesMail mail) {
        this.minutes = minutes;
        this.meetings = meetings;
        this.standing = standing;
        this.drafting = drafting;
        this.steps = steps;
        this.issuing = issuing;
        this.paper = paper;
        this.mail = mail;
    }

    // ---- reading

    @Override
    public List<MinutesVersion> versions(long officeId, long meetingId) {
        return minutes.versions(officeId, meetingId);
    }

    @Override
    public Optional<MinutesVersion> version(long officeId, long minutesId) {
        return minutes.version(officeId, minutesId);
    }

    @Override
    public Standing standing(long officeId, long meetingId) {
        return standing.standing(officeId, meetingId);
    }

    @Override
    public MinutesContent startingContent(long officeId, long meetingId) {
        return standing.startingContent(officeId, meetingId);
    }

    @Override
    public List<Comment> comments(long officeId, long minutesId) {
        return steps.comments(officeId, minutesId);
    }

    @Override
    public boolean mayApprove(long officeId) {
        return steps.may(officeId, Step.APPROVE);
    }

    @Override
    public boolean mayComment(long officeId) {
        return steps.may(officeId, Step.COMMENT);
    }

    @Override
    public Optional<byte[]> pdf(long officeId, long minutesId) {
        return paper.pdf(officeId, minutesId);
    }

    @Override
    public Optional<byte[]> docx(long officeId, long minutesId) {
        return paper.docx(officeId, minutesId);
    }

    @Override
    public byte[] previewPdf(long officeId, long minutesId) {
        return paper.previewPdf(officeId, minutesId);
    }

    @Override
    public List<Published> published(long officeId) {
        List<Meeting> all = meetings.list(officeId);
        Map<Long, Integer> numbers = MeetingSerials.of(all);
        Map<Long, String> serialsBn = new HashMap<>();
        Map<Long, String> serialsEn = new HashMap<>();
        all.stream().filter(m -> numbers.containsKey(m.id())).forEach(m -> {
            serialsBn.put(m.id(), MeetingSerials.label(m, numbers.get(m.id()), true));
            serialsEn.put(m.id(), MeetingSerials.label(m, numbers.get(m.id()), false));
        });
        return minutes.published(officeId, serialsBn, serialsEn);
    }

    @Override
    public Optional<byte[]> publishedPdf(long officeId, long minutesId) {
        return paper.publishedPdf(officeId, minutesId);
    }

    // ---- the workflow

    @Override
    @Transactional
    public MinutesVersion saveDraft(long officeId, long meetingId, MinutesContent content) {
        return drafting.saveDraft(officeId, meetingId, content);
    }

    @Override
    @Transactional
    public MinutesVersion circulate(long officeId, long minutesId) {
        return steps.circulate(officeId, minutesId);
    }

    @Override
    @Transactional
    public void comment(long officeId, long minutesId, String textBn) {
        steps.comment(officeId, minutesId, textBn);
    }

    @Override
    @Transactional
    public MinutesVersion approve(long officeId, long minutesId, LocalDate approvedOn) {
        return steps.approve(officeId, minutesId, approvedOn);
    }

    @Override
    public IssueInput startingIssue(long officeId, long minutesId) {
        return issuing.starting(officeId, minutesId);
    }

    @Override
    public String checkIssue(long officeId, long minutesId, IssueInput input) {
        return issuing.nextMemo(officeId, minutesId, input);
    }

    @Override
    public byte[] issuePreview(long officeId, long minutesId, IssueInput input) {
        return issuing.preview(officeId, minutesId, input);
    }

    @Override
    @Transactional
    public MinutesVersion issue(long officeId, long minutesId, IssueInput in, String confirmedMemo) {
        return issuing.issue(officeId, minutesId, in, confirmedMemo);
    }

    @Override
    @Transactional
    public MinutesVersion startCorrection(long officeId, long minutesId, String noteBn) {
        return drafting.startCorrection(officeId, minutesId, noteBn);
    }

    @Override
    @Transactional
    public void sentToCabinet(long officeId, long minutesId, LocalDate on) {
        steps.sentToCabinet(officeId, minutesId, on);
    }

    // ---- mail, after the commit

    @Override
    public Meetings.Mailing mailCirculated(long officeId, long minutesId) {
        return mail.mailCirculated(officeId, minutesId);
    }

    @Override
    public Meetings.Mailing mailIssued(long officeId, long minutesId) {
        return mail.mailIssued(officeId, minutesId);
    }

    @Override
    public Meetings.Mailing mailing(long officeId, long minutesId) {
        return mail.mailing(officeId, minutesId);
    }

    @Override
    public Optional<String> cabinetDivisionEmail() {
        return mail.cabinetDivisionEmail();
    }
}
