package bd.udbhabon.showcase.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.showcase.Showcase;
import bd.udbhabon.showcase.ShowcaseStatus;
import bd.udbhabon.showcase.internal.ShowcaseWorkflow.Step;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a showcase's result as an official paper, the way every paper is issued ({@link OfficialPapers}: the
 * office's memo file, the date, the signatory; the number confirmed first, the preview exactly the paper): the best
 * initiative(s) chosen first, the day neither before the showcase nor ahead of today; then it is PUBLISHED, on the
 * corner, and nothing of it changes.
 */
@Component
public class ShowcasePublishing {

    static final OfficialPapers.IssueMessages MESSAGES = new OfficialPapers.IssueMessages("showcase.issue.error.memoFile",
            "showcase.issue.error.issuedOn", "showcase.issue.error.signatoryName", "showcase.issue.error.signatoryDesignation");

    /** What the issue form supplies. */
    public record Input(long memoFileId, ShowcasePaper.Issue paper) {
    }

    private record Checked(ShowcaseResults.View view, OfficialPapers.Issue issue) {
    }

    private final ShowcaseService showcases;
    private final ShowcaseRepository repository;
    private final ShowcaseResults results;
    private final OfficialPapers papers;
    private final AccessPolicy access;

    ShowcasePublishing(ShowcaseService showcases, ShowcaseRepository repository, ShowcaseResults results, OfficialPapers papers,
                       AccessPolicy access) {
        this.showcases = showcases;
        this.repository = repository;
        this.results = results;
        this.papers = papers;
        this.access = access;
    }

    /** The form checked; the memo number the result would take now (as {@code MemoNumber.formatLatin}), nothing taken. */
    @Transactional(readOnly = true)
    public String next(long officeId, long showcaseId, Input input) {
        Checked c = check(officeId, showcaseId, input);
        return papers.next(officeId, c.issue()).formatLatin();
    }

    /** The result paper exactly as it would be issued now, as a PDF; nothing taken or stored. */
    @Transactional(readOnly = true)
    public byte[] preview(long officeId, long showcaseId, Input input) {
        Checked c = check(officeId, showcaseId, input);
        return papers.preview(officeId, c.issue(), memo -> ShowcasePaper.document(c.view(), memo, input.paper()));
    }

    /** Issues the result under the number confirmed ({@code confirmed} null: whatever comes) and publishes the showcase. */
    @Transactional
    public OfficialPapers.IssuedPaper publish(long officeId, long showcaseId, Input input, String confirmed) {
        Showcase showcase = showcases.lock(officeId, showcaseId, Step.PUBLISH);
        Checked c = check(officeId, showcaseId, input);
        OfficialPapers.IssuedPaper paper = papers.issue(officeId, c.issue(), "showcase:" + showcaseId, confirmed,
                memo -> ShowcasePaper.document(c.view(), memo, input.paper()));
        repository.status(showcaseId, ShowcaseWorkflow.TRANSITIONS.next(showcase.status(), Step.PUBLISH), paper.id());
        showcases.record("showcase.published", showcase, Map.of("status", showcase.status().name()),
                Map.of("status", ShowcaseStatus.PUBLISHED.name(), "paperId", paper.id(), "memoNumber", paper.memoNumber().formatLatin(),
                        "selected", c.view().selected().stream().map(e -> e.initiative().id()).toList()));
        return paper;
    }

    /** The published result's paper: {@code pdf} true for the PDF, else the DOCX; empty unless the showcase of this office is published. */
    @Transactional(readOnly = true)
    public Optional<byte[]> paper(long officeId, long showcaseId, boolean pdf) {
        return repository.find(showcaseId).filter(s -> s.officeId() == officeId && s.paperId() != null)
                .flatMap(s -> pdf ? papers.pdf(s.paperId()) : papers.docx(s.paperId()));
    }

    /** The issued paper's memo number and day, for pages naming it. */
    @Transactional(readOnly = true)
    public Optional<OfficialPapers.IssuedPaper> issued(Showcase showcase) {
        return showcase.paperId() == null ? Optional.empty() : papers.find(showcase.paperId());
    }

    private Checked check(long officeId, long showcaseId, Input input) {
        if (!access.allows(Permission.WRITE_RECORDS, officeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        ShowcaseResults.View view = results.view(officeId, showcaseId);
        ShowcaseWorkflow.TRANSITIONS.next(view.showcase().status(), Step.PUBLISH);
        ShowcasePaper.Issue paper = input.paper();
        OfficialPapers.Issue issue = new OfficialPapers.Issue(input.memoFileId(), paper.issuedOn(),
                new OfficialPapers.Signatory(paper.signatoryNameBn(), paper.signatoryDesignationBn(), paper.phone(), paper.email()));
        FormErrors errors = new FormErrors();
        papers.check(officeId, issue, MESSAGES, errors);
        if (!errors.has("issuedOn")) {
            if (paper.issuedOn().isBefore(view.showcase().heldOn())) {
                errors.add("issuedOn", "showcase.issue.error.beforeShowcase");
            } else if (paper.issuedOn().isAfter(Dhaka.today())) {
                errors.add("issuedOn", "showcase.issue.error.future");
            }
        }
        if (view.selected().isEmpty()) {
            errors.add("selected", "showcase.error.noneSelected");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        return new Checked(view, issue);
    }
}
