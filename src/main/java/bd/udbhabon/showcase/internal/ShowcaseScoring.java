package bd.udbhabon.showcase.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.identity.AccountAdministration;
import bd.udbhabon.identity.RoleGrant;
import bd.udbhabon.initiative.Initiatives;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.showcase.Showcase;
import bd.udbhabon.showcase.internal.ShowcaseWorkflow.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A judge's scores: the signed-in account must be a judge of the showcase; an entry of the judge's own office is
 * neither offered nor taken, and the judge's own offices are the one recorded with them and every office their
 * account holds a role at when they score (V38's trigger refuses the recorded one too, whoever writes, and its
 * refusal is told in Bangla); a judge scores an entry once, every criterion at once, each at most its maximum.
 */
@Component
public class ShowcaseScoring {

    /** An entry as offered to a judge: whether they have scored it already (then their scores). */
    public record ToScore(ShowcaseResults.EntryView entry, boolean scored, Map<Long, BigDecimal> given) {
    }

    private final ShowcaseService showcases;
    private final ShowcaseRepository repository;
    private final ShowcaseResults results;
    private final Initiatives initiatives;
    private final AccessPolicy access;
    private final AccountAdministration accounts;

    ShowcaseScoring(ShowcaseService showcases, ShowcaseRepository repository, ShowcaseResults results, Initiatives initiatives,
                    AccessPolicy access, AccountAdministration accounts) {
        this.accounts = accounts;
        this.showcases = showcases;
        this.repository = repository;
        this.results = results;
        this.initiatives = initiatives;
        this.access = access;
    }

    /** The signed-in account's judge row on this showcase of this office; 404 for another office's, 403 for a non-judge. */
    @Transactional(readOnly = true)
    public ShowcaseRepository.Judge judge(long officeId, long showcaseId) {
        showcases.require(officeId, showcaseId);
        long account = access.accountId().orElseThrow(() -> new UserFacingException(403, "error.forbidden"));
        return repository.judges(showcaseId).stream().filter(j -> j.accountId() == account).findFirst()
                .orElseThrow(() -> new UserFacingException(403, "showcase.error.notJudge"));
    }

    /**
     * The offices whose entries the judge may not score: the one recorded with them (where they were chosen) and
     * every office their account holds a role at now, not only the first (a person may serve two offices).
     */
    Set<Long> ownOffices(ShowcaseRepository.Judge judge) {
        Set<Long> own = new HashSet<>();
        own.add(judge.officeId());
        accounts.find(judge.accountId()).ifPresent(a -> a.grants().stream().map(RoleGrant::officeId).forEach(own::add));
        return own;
    }

    /** A showcase waiting for the signed-in judge's scores, and how many entries they have left. */
    public record Waiting(Showcase showcase, long left) {
    }

    /**
     * The showcases being scored where the signed-in account is a judge recorded at {@code judgeOfficeId}, with the
     * entries they may still score: the judge's start-page task at their own office.
     */
    @Transactional(readOnly = true)
    public List<Waiting> waiting(long judgeOfficeId) {
        Long account = access.accountId().orElse(null);
        if (account == null) {
            return List.of();
        }
        List<Waiting> waiting = new ArrayList<>();
        for (Showcase showcase : repository.scoringFor(account, judgeOfficeId)) {
            long left = toScore(showcase.officeId(), showcase.id()).stream().filter(t -> !t.scored()).count();
            if (left > 0) {
                waiting.add(new Waiting(showcase, left));
            }
        }
        return waiting;
    }

    /** The entries this judge may score (none of their own office), in the order entered. */
    @Transactional(readOnly = true)
    public List<ToScore> toScore(long officeId, long showcaseId) {
        ShowcaseRepository.Judge judge = judge(officeId, showcaseId);
        ShowcaseResults.View view = results.view(officeId, showcaseId);
        Map<Long, Map<Long, BigDecimal>> mine = new LinkedHashMap<>();
        repository.scores(showcaseId).stream().filter(s -> s.judgeId() == judge.id())
                .forEach(s -> mine.computeIfAbsent(s.entryId(), e -> new LinkedHashMap<>()).put(s.criterionId(), s.score()));
        List<ToScore> offered = new ArrayList<>();
        Set<Long> own = ownOffices(judge);
        view.entries().stream().sorted(java.util.Comparator.comparingLong(e -> e.entry().id()))
                .filter(e -> !own.contains(e.initiative().officeId()))
                .forEach(e -> offered.add(new ToScore(e, mine.containsKey(e.entry().id()), mine.getOrDefault(e.entry().id(), Map.of()))));
        return offered;
    }

    /**
     * The signed-in judge's scores for one entry, one per criterion by its id as typed; refused as a whole (field
     * errors {@code scores[i].score} in the criteria's order, or {@code entryId} for an entry they may not score).
     */
    @Transactional
    public void score(long officeId, long showcaseId, Long entryId, Map<Long, String> typed) {
        Showcase showcase = showcases.lock(officeId, showcaseId, Step.SCORE);
        ShowcaseRepository.Judge judge = judge(officeId, showcaseId);
        ShowcaseRepository.Entry entry = repository.entries(showcaseId).stream().filter(e -> entryId != null && e.id() == entryId)
                .findFirst().orElseThrow(() -> UserFacingException.notFound("showcase.error.notFound"));
        FormErrors errors = new FormErrors();
        if (ownOffices(judge).contains(initiatives.find(entry.initiativeId()).orElseThrow().officeId())) {
            errors.add("entryId", "showcase.error.ownOffice");
        } else if (repository.scored(judge.id(), entry.id())) {
            errors.add("entryId", "showcase.error.scoredTwice");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        List<ShowcaseRepository.Criterion> criteria = repository.criteria(showcaseId);
        Map<Long, BigDecimal> scores = new LinkedHashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            ShowcaseRepository.Criterion c = criteria.get(i);
            BigDecimal score = ShowcaseRules.score(typed.get(c.id()), c.maxScore(), "scores[" + i + "].score", errors);
            scores.put(c.id(), score);
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        insert(judge.id(), entry.id(), scores);
        showcases.record("showcase.scored", showcase, null, Map.of("judge", judge.id(), "entry", entry.id(), "scores", scores));
    }

    /**
     * Writes the scores; the database's own refusals (V38: a second score, a judge's own office, above the maximum)
     * told as the form's Bangla messages. Whoever writes, these hold: the checks above only say it first.
     */
    void insert(long judgeId, long entryId, Map<Long, BigDecimal> scores) {
        try {
            scores.forEach((criterion, score) -> repository.insertScore(judgeId, entryId, criterion, score));
        } catch (DataIntegrityViolationException e) {
            throw refusal(e);
        }
    }

    /** The database's refusal of a score as the form's message. */
    static UserFacingException refusal(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        String key = e instanceof DuplicateKeyException ? "showcase.error.scoredTwice"
                : message.contains("their own office") ? "showcase.error.ownOffice"
                : message.contains("maximum") ? "showcase.error.scoreAboveAny"
                : null;
        if (key == null) {
            throw e;
        }
        return UserFacingException.invalid(new FormErrors().add("entryId", key));
    }
}
