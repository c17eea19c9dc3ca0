package bd.udbhabon.initiative.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.Initiatives;
import bd.udbhabon.initiative.NewInitiative;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.initiative.StageChange;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.Uploads;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording initiatives and moving them through their stages. Whoever calls it has been checked by the
 * endpoint (the office's writers record and move; a superior comments); here the rules: the texts, the
 * owner post and members of the office, the stage moves ({@link InitiativeWorkflow}), the day of a move
 * neither before the stage it leaves nor in the future, evidence by the product's upload rules. Every
 * change is audited; a refused change writes nothing.
 */
@Service
public class InitiativeService implements Initiatives {

    /** An evidence file as the browser sent it; its type is found from the bytes. */
    public record Upload(String fileName, byte[] bytes) {
    }

    /** A stage move as the office records it: to which stage, on which day, why, and the deciding decision. */
    public record Move(Stage to, LocalDate on, String noteBn, String reasonBn, Long decisionId, List<Upload> evidence) {

        public Move {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    private static final String EVIDENCE_NAME = "প্রমাণক";

    private final InitiativeRepository repository;
    private final OfficeDirectory offices;
    private final PeopleDirectory people;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Decisions decisions;

    InitiativeService(InitiativeRepository repository, OfficeDirectory offices, PeopleDirectory people, AuditLog audit,
                      AccessPolicy access, Decisions decisions) {
        this.decisions = decisions;
        this.repository = repository;
        this.offices = offices;
        this.people = people;
        this.audit = audit;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Initiative> find(long initiativeId) {
        return repository.find(initiativeId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Initiative> ofOffice(long officeId) {
        return repository.ofOffice(officeId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StageChange> history(long initiativeId) {
        return repository.history(initiativeId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Initiative> replications(long initiativeId) {
        return repository.replications(initiativeId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Initiative> inScope(long officeId, String text, int limit) {
        // typed % and _ are letters here, not wildcards (like's escape is the backslash)
        String words = text == null || text.isBlank() ? null : text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return repository.inScope(officeId, words, limit);
    }

    /** Records the office's initiative at its first stage; refused field by field (400 with the form's errors). */
    @Transactional
    public Initiative create(long officeId, NewInitiative draft) {
        offices.require(officeId);
        FormErrors errors = new FormErrors();
        NewInitiative n = InitiativeRules.check(draft, errors);
        checkPeople(officeId, n, errors);
        if (n.replicatedFromId() != null) {
            Initiative original = repository.find(n.replicatedFromId())
                    .orElseThrow(() -> UserFacingException.notFound("initiative.error.notFound", n.replicatedFromId()));
            if (original.officeId() == officeId) {
                errors.add("kind", "initiative.error.replicateOwn");
            }
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        Long by = access.accountId().orElse(null);
        long id = repository.insert(officeId, n, by);
        repository.insertStage(id, n.stage(), n.since(), null, null, null, by);
        Initiative created = repository.find(id).orElseThrow();
        audit.record(new AuditEvent(access.actor(), "initiative.created", "initiative", Long.toString(id), officeId, null, created));
        return created;
    }

    /** Changes what the initiative says (not its stage, kind of replication or office). */
    @Transactional
    public Initiative update(long initiativeId, NewInitiative draft) {
        Initiative before = repository.lock(initiativeId)
                .orElseThrow(() -> UserFacingException.notFound("initiative.error.notFound", initiativeId));
        FormErrors errors = new FormErrors();
        NewInitiative n = InitiativeRules.check(new NewInitiative(draft.kind(), draft.titleBn(), draft.titleEn(), draft.serviceBn(),
                draft.internalProcess(), draft.problemBn(), draft.rootCauseBn(), draft.solutionBn(), draft.ownerPostId(),
                draft.memberOfficerIds(), before.stage(), before.stageSince(), before.replicatedFromId()), errors);
        checkPeople(before.officeId(), n, errors);
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        repository.update(initiativeId, n);
        Initiative after = repository.find(initiativeId).orElseThrow();
        audit.record(new AuditEvent(access.actor(), "initiative.updated", "initiative", Long.toString(initiativeId),
                before.officeId(), before, after));
        return after;
    }

    /**
     * Moves the initiative to another stage on the day given, with the reason the move needs, the deciding
     * decision and evidence; refused (400, the form's errors) as a whole.
     */
    @Transactional
    public StageChange move(long initiativeId, Move move) {
        Initiative initiative = repository.lock(initiativeId)
                .orElseThrow(() -> UserFacingException.notFound("initiative.error.notFound", initiativeId));
        FormErrors errors = new FormErrors();
        if (move.to() == null) {
            errors.add("to", "initiative.error.stageMissing");
            throw UserFacingException.invalid(errors);
        }
        InitiativeWorkflow.check(initiative.stage(), move.to(), move.reasonBn());
        LocalDate on = move.on() == null ? Dhaka.today() : move.on();
        if (on.isAfter(Dhaka.today())) {
            errors.add("on", "initiative.error.future");
        } else if (on.isBefore(initiative.stageSince())) {
            errors.add("on", "initiative.error.beforeStage", initiative.stage().inMessage());
        }
        // the deciding body is one of the initiative's office's own decisions, never an id from elsewhere (whoever calls)
        if (move.decisionId() != null && decisions.find(move.decisionId(), Dhaka.today())
                .filter(d -> d.officeId() == initiative.officeId()).isEmpty()) {
            errors.add("decision", "initiative.error.decisionNotOfOffice");
        }
        String note = Inputs.text(errors, "noteBn", move.noteBn(), 4000);
        String reason = Inputs.text(errors, "reasonBn", move.reasonBn(), 2000);
        List<Uploads.Accepted> files = new ArrayList<>();
        for (Upload file : move.evidence()) {
            if (file.bytes() != null && file.bytes().length > 0) {
                Uploads.Accepted accepted = Uploads.DOCUMENTS.check(file.fileName(), file.bytes(), EVIDENCE_NAME, "evidence", errors);
                if (accepted != null) {
                    files.add(accepted);
                }
            }
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        Long by = access.accountId().orElse(null);
        long stageId = repository.insertStage(initiativeId, move.to(), on, note, reason, move.decisionId(), by);
        files.forEach(file -> repository.insertEvidence(stageId, file, by));
        audit.record(new AuditEvent(access.actor(), "initiative.stageChanged", "initiative", Long.toString(initiativeId),
                initiative.officeId(), Map.of("stage", initiative.stage().name()),
                Map.of("stage", move.to().name(), "on", on.toString(), "files", files.size())));
        return repository.history(initiativeId).getLast();
    }

    /** A superior office's comment on the initiative (an office above it in either hierarchy). */
    @Transactional
    public void comment(long initiativeId, long commentingOfficeId, String textBn) {
        Initiative initiative = repository.find(initiativeId)
                .orElseThrow(() -> UserFacingException.notFound("initiative.error.notFound", initiativeId));
        if (!offices.superiorIds(initiative.officeId()).contains(commentingOfficeId)) {
            throw UserFacingException.badRequest("initiative.error.notSuperior");
        }
        FormErrors errors = new FormErrors();
        String text = Inputs.text(errors, "textBn", textBn, 4000);
        if (text == null && !errors.any()) {
            errors.add("textBn", "initiative.error.required");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        long id = repository.insertComment(initiativeId, commentingOfficeId, text, access.accountId().orElse(null));
        audit.record(new AuditEvent(access.actor(), "initiative.commented", "initiative", Long.toString(initiativeId),
                initiative.officeId(), null, Map.of("comment", id, "office", commentingOfficeId)));
    }

    private void checkPeople(long officeId, NewInitiative n, FormErrors errors) {
        if (n.ownerPostId() != null && people.post(n.ownerPostId()).map(Post::officeId).filter(o -> o == officeId).isEmpty()) {
            errors.add("ownerPostId", "initiative.error.postNotOfOffice");
        }
        for (Long officer : n.memberOfficerIds()) {
            if (people.officer(officer).filter(o -> o.officeId() == officeId).isEmpty()) {
                errors.add("memberOfficerIds", "initiative.error.memberNotOfOffice");
                break;
            }
        }
    }
}
