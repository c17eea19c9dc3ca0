package bd.udbhabon.initiative.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.NewDecision;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.Uploads;
import bd.udbhabon.shell.UserFacingException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Field visits of an initiative (issue 15, point 6): the day, the visiting office, who went, what they
 * found, photos and papers, and the follow-up decisions, each recorded in the decision register as the
 * visiting office's (source "পরিদর্শন, <day>"), given to the visited office by default. A visit is recorded
 * by a writer of the initiative's office or of an office above it (either hierarchy), as that office:
 * checked here, since writing does not reach down. A refused visit writes nothing, decisions included.
 */
@Service
public class FieldVisits {

    /** An evidence file of a visit, without its bytes. */
    public record File(long id, String fileName, String contentType, int size) {
    }

    /** A recorded visit, with its files and the register's decisions it led to. */
    public record Visit(long id, long initiativeId, long visitingOfficeId, LocalDate visitedOn, String visitorsBn,
                        String findingsBn, List<File> evidence, List<Long> decisionIds, Instant createdAt) {
    }

    /** A file with its bytes, to serve. */
    public record Download(String fileName, String contentType, byte[] bytes) {
    }

    /** A file as the browser sent it; its type is found from the bytes. */
    public record Upload(String fileName, byte[] bytes) {
    }

    /** A follow-up decision as typed: the decision, its owner ({@link Owner#key()}, blank: the visited office) and due day. */
    public record FollowUp(String textBn, String ownerKey, LocalDate dueOn) {

        boolean blank() {
            return (textBn == null || textBn.isBlank()) && dueOn == null;
        }
    }

    public record NewVisit(Long visitingOfficeId, LocalDate visitedOn, String visitorsBn, String findingsBn,
                           List<Upload> evidence, List<FollowUp> followUps) {

        public NewVisit {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
            followUps = followUps == null ? List.of() : List.copyOf(followUps);
        }
    }

    /** Whom a follow-up decision may be given to: the visited office, or one the user records visits as. */
    public record OwnerOption(String key, Office office) {
    }

    private static final String EVIDENCE_NAME = "পরিদর্শনের-প্রমাণক";

    private final InitiativeRepository initiatives;
    private final VisitRepository repository;
    private final OfficeDirectory offices;
    private final DecisionRegister register;
    private final AccessPolicy access;
    private final AuditLog audit;

    FieldVisits(InitiativeRepository initiatives, VisitRepository repository, OfficeDirectory offices, DecisionRegister register,
                AccessPolicy access, AuditLog audit) {
        this.initiatives = initiatives;
        this.repository = repository;
        this.offices = offices;
        this.register = register;
        this.access = access;
        this.audit = audit;
    }

    /**
     * The offices the current user may record a visit to the office's initiatives as: the office and every
     * office above it whose records they write, the office itself first, then the nearest above.
     */
    @Transactional(readOnly = true)
    public List<Office> visitingOffices(long officeId) {
        Set<Long> candidates = new LinkedHashSet<>();
        candidates.add(officeId);
        candidates.addAll(offices.superiorIds(officeId));
        List<Long> allowed = candidates.stream().filter(id -> access.allows(Permission.WRITE_RECORDS, id)).toList();
        Map<Long, Office> found = offices.findAll(allowed);
        return allowed.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The owners a follow-up may be given: the visited office first (the default), then the visiting offices. */
    @Transactional(readOnly = true)
    public List<OwnerOption> owners(long officeId) {
        List<OwnerOption> options = new ArrayList<>();
        options.add(new OwnerOption(Owner.office(officeId, "-").key(), offices.require(officeId)));
        for (Office visiting : visitingOffices(officeId)) {
            if (visiting.id() != officeId) {
                options.add(new OwnerOption(Owner.office(visiting.id(), "-").key(), visiting));
            }
        }
        return options;
    }

    @Transactional(readOnly = true)
    public List<Visit> visits(long initiativeId) {
        return repository.ofInitiative(initiativeId);
    }

    @Transactional(readOnly = true)
    public Optional<Download> evidence(long initiativeId, long visitId, long fileId) {
        return repository.evidence(initiativeId, visitId, fileId);
    }

    /** Records the visit, its files and its follow-up decisions in one transaction; refused as a whole, field by field. */
    @Transactional
    public Visit record(long initiativeId, NewVisit visit) {
        Initiative initiative = initiatives.find(initiativeId)
                .orElseThrow(() -> UserFacingException.notFound("initiative.error.notFound", initiativeId));
        List<Office> mayVisitAs = visitingOffices(initiative.officeId());
        if (mayVisitAs.isEmpty()) {
            throw new UserFacingException(403, "initiative.visit.error.notWriter");
        }
        FormErrors errors = new FormErrors();
        Office visiting = visiting(visit.visitingOfficeId(), mayVisitAs, errors);
        LocalDate on = visit.visitedOn();
        if (on == null) {
            errors.add("visitedOn", "initiative.visit.error.day");
        } else if (on.isAfter(Dhaka.today())) {
            errors.add("visitedOn", "initiative.error.future");
        }
        String visitors = required(errors, "visitorsBn", visit.visitorsBn(), 1000);
        String findings = required(errors, "findingsBn", visit.findingsBn(), 8000);
        List<Uploads.Accepted> files = new ArrayList<>();
        for (Upload file : visit.evidence()) {
            if (file.bytes() != null && file.bytes().length > 0) {
                Uploads.Accepted accepted = Uploads.DOCUMENTS.check(file.fileName(), file.bytes(), EVIDENCE_NAME, "evidence", errors);
                if (accepted != null) {
                    files.add(accepted);
                }
            }
        }
        List<NewDecision> decisions = followUps(initiative, visit.followUps(), on, errors);
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        Long by = access.accountId().orElse(null);
        long id = repository.insert(initiativeId, visiting.id(), on, visitors, findings, by);
        files.forEach(file -> repository.insertEvidence(id, file, by));
        List<Long> decisionIds = new ArrayList<>();
        for (NewDecision decision : decisions) {
            long decisionId = register.record(visiting.id(), decision);
            repository.insertDecision(id, decisionId);
            decisionIds.add(decisionId);
        }
        audit.record(new AuditEvent(access.actor(), "initiative.visited", "initiative", Long.toString(initiativeId),
                initiative.officeId(), null, Map.of("visit", id, "visitingOffice", visiting.id(), "on", on.toString(),
                        "files", files.size(), "decisions", decisionIds)));
        return repository.ofInitiative(initiativeId).stream().filter(v -> v.id() == id).findFirst().orElseThrow();
    }

    /** The visiting office chosen, one the user may visit as; the only one when none was chosen. */
    private static Office visiting(Long chosen, List<Office> mayVisitAs, FormErrors errors) {
        if (chosen == null && mayVisitAs.size() == 1) {
            return mayVisitAs.getFirst();
        }
        Optional<Office> office = mayVisitAs.stream().filter(o -> chosen != null && o.id() == chosen).findFirst();
        if (office.isEmpty()) {
            errors.add("visitingOfficeId", "initiative.visit.error.office");
            return null;
        }
        return office.get();
    }

    /** The decisions to record: rows left blank are skipped; each other needs its text, a known owner and a due day. */
    private List<NewDecision> followUps(Initiative initiative, List<FollowUp> rows, LocalDate on, FormErrors errors) {
        List<OwnerOption> owners = owners(initiative.officeId());
        String source = on == null ? null : "পরিদর্শন, " + DualDate.gregorianDate(on);
        String subject = "উদ্ভাবনী উদ্যোগ: " + initiative.titleBn();
        List<NewDecision> decisions = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            FollowUp row = rows.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            String field = "decisions[" + i + "].";
            String text = required(errors, field + "textBn", row.textBn(), 4000);
            String key = row.ownerKey() == null || row.ownerKey().isBlank() ? owners.getFirst().key() : row.ownerKey().strip();
            Optional<OwnerOption> owner = owners.stream().filter(o -> o.key().equals(key)).findFirst();
            if (owner.isEmpty()) {
                errors.add(field + "owner", "initiative.visit.error.owner");
            }
            if (row.dueOn() == null) {
                errors.add(field + "dueOn", "initiative.visit.error.due");
            } else if (on != null && row.dueOn().isBefore(on)) {
                errors.add(field + "dueOn", "initiative.visit.error.dueBeforeVisit");
            }
            if (owner.isPresent() && text != null && row.dueOn() != null && on != null) {
                Office o = owner.get().office();
                decisions.add(new NewDecision(null, null, source, on, subject, text, row.dueOn(), List.of(Owner.office(o.id(), o.nameBn()))));
            }
        }
        return decisions;
    }

    private static String required(FormErrors errors, String field, String value, int max) {
        String clean = Inputs.text(errors, field, value, max);
        if (clean == null) {
            errors.add(field, "initiative.error.required");
        }
        return clean;
    }
}
