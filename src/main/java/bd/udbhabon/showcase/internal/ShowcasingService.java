package bd.udbhabon.showcase.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.showcase.Showcase;
import bd.udbhabon.showcase.Showcasing;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Showcasing} over the services the pages use; of its own only the pages' access rule (their
 * {@code @OfficeAccess(WRITE_RECORDS)}) and finding an initiative's entry and the criteria's ids.
 */
@Service
class ShowcasingService implements Showcasing {

    private final ShowcaseService showcases;
    private final ShowcaseScoring scoring;
    private final ShowcasePublishing publishing;
    private final ShowcaseRepository repository;
    private final AccessPolicy access;

    ShowcasingService(ShowcaseService showcases, ShowcaseScoring scoring, ShowcasePublishing publishing,
                      ShowcaseRepository repository, AccessPolicy access) {
        this.showcases = showcases;
        this.scoring = scoring;
        this.publishing = publishing;
        this.repository = repository;
        this.access = access;
    }

    @Override
    public Showcase create(long officeId, String titleBn, String titleEn, LocalDate heldOn, String venueBn) {
        writes(officeId);
        return showcases.create(officeId, new ShowcaseRules.Draft(titleBn, titleEn, heldOn, venueBn));
    }

    @Override
    public void criteria(long officeId, long showcaseId, List<Criterion> criteria) {
        writes(officeId);
        showcases.criteria(officeId, showcaseId, criteria.stream()
                .map(c -> new ShowcaseRules.CriterionRow(c.nameBn(), c.weight(), c.maxScore())).toList());
    }

    @Override
    public void enter(long officeId, long showcaseId, long initiativeId) {
        writes(officeId);
        showcases.enter(officeId, showcaseId, initiativeId);
    }

    @Override
    public void judge(long officeId, long showcaseId, String username, String designationBn) {
        writes(officeId);
        showcases.judge(officeId, showcaseId, username, null, designationBn);
    }

    @Override
    public void openScoring(long officeId, long showcaseId) {
        writes(officeId);
        showcases.openScoring(officeId, showcaseId);
    }

    @Override
    @Transactional
    public void score(long officeId, long showcaseId, long initiativeId, List<String> scores) {
        List<ShowcaseRepository.Criterion> criteria = repository.criteria(showcaseId);
        Map<Long, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < criteria.size() && i < scores.size(); i++) {
            typed.put(criteria.get(i).id(), scores.get(i));
        }
        scoring.score(officeId, showcaseId, entryOf(showcaseId, initiativeId), typed);
    }

    @Override
    @Transactional
    public void select(long officeId, long showcaseId, List<Long> initiativeIds) {
        writes(officeId);
        showcases.select(officeId, showcaseId, initiativeIds.stream().map(i -> entryOf(showcaseId, i)).toList());
    }

    @Override
    public OfficialPapers.IssuedPaper publish(long officeId, long showcaseId, long memoFileId, LocalDate issuedOn, Signatory s,
                                              List<String> copies) {
        writes(officeId);
        return publishing.publish(officeId, showcaseId, new ShowcasePublishing.Input(memoFileId,
                new ShowcasePaper.Issue(issuedOn, s.nameBn(), s.designationBn(), s.phone(), s.email(), copies)), null);
    }

    private Long entryOf(long showcaseId, long initiativeId) {
        return repository.entries(showcaseId).stream().filter(e -> e.initiativeId() == initiativeId).map(ShowcaseRepository.Entry::id)
                .findFirst().orElse(null);
    }

    private void writes(long officeId) {
        if (!access.allows(Permission.WRITE_RECORDS, officeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
    }
}
