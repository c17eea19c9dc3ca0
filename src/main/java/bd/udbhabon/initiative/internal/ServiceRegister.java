package bd.udbhabon.initiative.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.initiative.RegisteredService;
import bd.udbhabon.initiative.ServiceFacts;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services register (issue 15, point 3): an office's innovated, simplified and digitised services,
 * each with its link, the initiative it came from and whether it runs as last checked. The endpoint has
 * checked that the caller writes the office's records; here the rules ({@link ServiceRules}), the
 * initiative of the office's own ("unknown service link" otherwise), a name not taken in the office, and
 * every check kept. Audited; a refused change writes nothing.
 */
@Service
public class ServiceRegister implements ServiceFacts {

    /** One check of a service as its history shows it, latest first. */
    public record Check(long id, boolean running, LocalDate checkedOn, String noteBn, Long createdBy, Instant createdAt) {
    }

    /** A check as the office records it: did the service run, on which day, anything to note. */
    public record CheckInput(Boolean running, LocalDate on, String noteBn) {
    }

    private final ServiceRepository repository;
    private final OfficeDirectory offices;
    private final AuditLog audit;
    private final AccessPolicy access;

    ServiceRegister(ServiceRepository repository, OfficeDirectory offices, AuditLog audit, AccessPolicy access) {
        this.repository = repository;
        this.offices = offices;
        this.audit = audit;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RegisteredService> service(long serviceId) {
        return repository.find(serviceId);
    }

    /** The office's service, or 404: a service is never reached through another office's path. */
    @Transactional(readOnly = true)
    public RegisteredService require(long officeId, long serviceId) {
        return repository.find(serviceId).filter(s -> s.officeId() == officeId)
                .orElseThrow(() -> UserFacingException.notFound("initiative.service.error.notFound", serviceId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegisteredService> services(long officeId) {
        return repository.ofOffice(officeId);
    }

    @Override
    @Transactional(readOnly = true)
    public Count count(long officeId) {
        return repository.count(officeId);
    }

    @Override
    @Transactional(readOnly = true)
    public Count countOverScope(long officeId) {
        return repository.countOverScope(officeId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Count> countBelow(long officeId) {
        return repository.countBelow(officeId);
    }

    @Transactional(readOnly = true)
    public List<Check> checks(long serviceId) {
        return repository.checks(serviceId);
    }

    /** Registers the office's service with its first check; refused field by field (400, the form's errors). */
    @Transactional
    public RegisteredService create(long officeId, ServiceRules.Input input) {
        offices.require(officeId);
        FormErrors errors = new FormErrors();
        ServiceRules.Draft draft = ServiceRules.check(input, true, Dhaka.today(), errors);
        checkOffice(officeId, draft, null, errors);
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        Long by = access.accountId().orElse(null);
        long id = insert(officeId, draft, by);
        repository.insertCheck(id, draft.running(), draft.checkedOn(), null, by);
        RegisteredService created = repository.find(id).orElseThrow();
        audit.record(new AuditEvent(access.actor(), "service.registered", "office-service", Long.toString(id), officeId, null, created));
        return created;
    }

    /** Changes what the register says of the service (not its state: that is a check's). */
    @Transactional
    public RegisteredService update(long officeId, long serviceId, ServiceRules.Input input) {
        RegisteredService before = repository.lock(serviceId).filter(s -> s.officeId() == officeId)
                .orElseThrow(() -> UserFacingException.notFound("initiative.service.error.notFound", serviceId));
        FormErrors errors = new FormErrors();
        ServiceRules.Draft draft = ServiceRules.check(input, false, Dhaka.today(), errors);
        checkOffice(officeId, draft, serviceId, errors);
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        try {
            repository.update(serviceId, draft);
        } catch (DuplicateKeyException e) {
            throw UserFacingException.invalid(new FormErrors().add("nameBn", "initiative.service.error.duplicate", draft.nameBn()));
        }
        RegisteredService after = repository.find(serviceId).orElseThrow();
        audit.record(new AuditEvent(access.actor(), "service.updated", "office-service", Long.toString(serviceId), officeId, before, after));
        return after;
    }

    /**
     * Records a check of the service: whether it ran, on which day, a note. The service's state becomes the
     * latest check's (a check of an earlier day is kept in the history only).
     */
    @Transactional
    public RegisteredService check(long officeId, long serviceId, CheckInput input) {
        RegisteredService before = repository.lock(serviceId).filter(s -> s.officeId() == officeId)
                .orElseThrow(() -> UserFacingException.notFound("initiative.service.error.notFound", serviceId));
        FormErrors errors = new FormErrors();
        if (input.running() == null) {
            errors.add("running", "initiative.service.error.running");
        }
        ServiceRules.checkDay(input.on(), "on", Dhaka.today(), errors);
        String note = Inputs.text(errors, "noteBn", input.noteBn(), 1000);
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        repository.insertCheck(serviceId, input.running(), input.on(), note, access.accountId().orElse(null));
        repository.takeState(serviceId, input.running(), input.on());
        RegisteredService after = repository.find(serviceId).orElseThrow();
        audit.record(new AuditEvent(access.actor(), "service.checked", "office-service", Long.toString(serviceId), officeId,
                Map.of("running", before.running(), "checkedOn", before.checkedOn().toString()),
                Map.of("running", input.running(), "on", input.on().toString(), "state", after.running())));
        return after;
    }

    /** The initiative must be the office's own, and the name not another service's of the office. */
    private void checkOffice(long officeId, ServiceRules.Draft draft, Long serviceId, FormErrors errors) {
        if (draft.initiativeId() != null && !repository.initiativeOf(draft.initiativeId(), officeId)) {
            errors.add("initiativeId", "initiative.service.error.initiative");
        }
        if (draft.nameBn() != null && !errors.has("nameBn") && repository.nameTaken(officeId, draft.nameBn(), serviceId)) {
            errors.add("nameBn", "initiative.service.error.duplicate", draft.nameBn());
        }
    }

    /** Two writers of the office registering the same name at once: the second is told as if it had been checked. */
    private long insert(long officeId, ServiceRules.Draft draft, Long by) {
        try {
            return repository.insert(officeId, draft, by);
        } catch (DuplicateKeyException e) {
            throw UserFacingException.invalid(new FormErrors().add("nameBn", "initiative.service.error.duplicate", draft.nameBn()));
        }
    }
}
