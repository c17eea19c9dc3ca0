package bd.udbhabon.training.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.initiative.Initiatives;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.people.Officer;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Uploads;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.training.NewTraining;
import bd.udbhabon.training.Training;
import bd.udbhabon.training.Trainings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording an office's trainings, workshops and learning sessions. The endpoint has checked who may (the
 * office's writers); here the rules ({@link TrainingRules}), the participants are the office's own officers,
 * the initiative visited exists, evidence by the product's upload rules. Every change is audited; a refused
 * one writes nothing.
 */
@Service
public class TrainingService implements Trainings {

    private static final String EVIDENCE_NAME = "প্রমাণক";

    private final TrainingRepository repository;
    private final OfficeDirectory offices;
    private final PeopleDirectory people;
    private final Initiatives initiatives;
    private final AuditLog audit;
    private final AccessPolicy access;

    TrainingService(TrainingRepository repository, OfficeDirectory offices, PeopleDirectory people, Initiatives initiatives,
                    AuditLog audit, AccessPolicy access) {
        this.repository = repository;
        this.offices = offices;
        this.people = people;
        this.initiatives = initiatives;
        this.audit = audit;
        this.access = access;
    }

    /** A stored evidence file, to be served through {@code Uploads.download}. */
    public record File(String fileName, String contentType, byte[] bytes) {
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Training> find(long trainingId) {
        return repository.find(trainingId).map(row -> assemble(List.of(row)).getFirst());
    }

    /** The training, if it is this office's: an id under another office's address is no training (404). */
    @Transactional(readOnly = true)
    public Training require(long officeId, long trainingId) {
        return find(trainingId).filter(t -> t.officeId() == officeId)
                .orElseThrow(() -> UserFacingException.notFound("training.error.notFound", trainingId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Training> ofOffice(long officeId) {
        return assemble(repository.ofOffice(officeId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Training> followingInitiative(long initiativeId) {
        return assemble(repository.followingInitiative(initiativeId));
    }

    @Override
    @Transactional
    public Training create(long officeId, NewTraining draft, List<Upload> evidence) {
        offices.require(officeId);
        FormErrors errors = new FormErrors();
        NewTraining t = checked(officeId, draft, errors);
        List<Uploads.Accepted> files = files(evidence, errors);
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        Long by = access.accountId().orElse(null);
        long id = repository.insert(officeId, t, by);
        repository.replaceParticipants(id, t);
        files.forEach(f -> repository.insertEvidence(id, f, by));
        Training created = find(id).orElseThrow();
        audit.record(new AuditEvent(access.actor(), "training.created", "training", Long.toString(id), officeId, null, created));
        return created;
    }

    /** Changes what the training says and who took part; adds the files given and removes those named (the training's own). */
    @Transactional
    public Training update(long officeId, long trainingId, NewTraining draft, List<Upload> evidence, Collection<Long> remove) {
        repository.lock(trainingId).filter(r -> r.officeId() == officeId)
                .orElseThrow(() -> UserFacingException.notFound("training.error.notFound", trainingId));
        Training before = find(trainingId).orElseThrow();
        FormErrors errors = new FormErrors();
        NewTraining t = checked(officeId, draft, errors);
        List<Uploads.Accepted> files = files(evidence, errors);
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        Long by = access.accountId().orElse(null);
        repository.update(trainingId, t);
        repository.replaceParticipants(trainingId, t);
        repository.removeEvidence(trainingId, remove == null ? List.of() : remove);
        files.forEach(f -> repository.insertEvidence(trainingId, f, by));
        Training after = find(trainingId).orElseThrow();
        audit.record(new AuditEvent(access.actor(), "training.updated", "training", Long.toString(trainingId), officeId, before, after));
        return after;
    }

    /** An evidence file of the office's training; any other is no file (404). */
    @Transactional(readOnly = true)
    public File evidence(long officeId, long trainingId, long evidenceId) {
        require(officeId, trainingId);
        return repository.file(trainingId, evidenceId).map(f -> new File(f.fileName(), f.contentType(), f.bytes()))
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    /**
     * Every problem of the training and its files added to {@code errors}, nothing written: for a form whose
     * other fields could not be read, so that all its problems are said at once.
     */
    @Transactional(readOnly = true)
    public void check(long officeId, NewTraining draft, List<Upload> evidence, FormErrors errors) {
        checked(officeId, draft, errors);
        files(evidence, errors);
    }

    private NewTraining checked(long officeId, NewTraining draft, FormErrors errors) {
        NewTraining t = TrainingRules.check(draft, Dhaka.today(), errors);
        for (Long officer : t.officerIds()) {
            if (people.officer(officer).filter(o -> o.officeId() == officeId).isEmpty()) {
                errors.add("officers", "training.error.officerNotOfOffice");
                break;
            }
        }
        if (t.initiativeId() != null && !errors.has("initiative") && initiatives.find(t.initiativeId()).isEmpty()) {
            errors.add("initiative", "training.error.initiativeUnknown");
        }
        return t;
    }

    private static List<Uploads.Accepted> files(List<Upload> evidence, FormErrors errors) {
        List<Uploads.Accepted> files = new ArrayList<>();
        for (Upload file : evidence == null ? List.<Upload>of() : evidence) {
            if (file.bytes() != null && file.bytes().length > 0) {
                Uploads.Accepted accepted = Uploads.DOCUMENTS.check(file.fileName(), file.bytes(), EVIDENCE_NAME, "evidence", errors);
                if (accepted != null) {
                    files.add(accepted);
                }
            }
        }
        return files;
    }

    /** The rows with their participants (officers named as the registry has them) and evidence, in three queries. */
    private List<Training> assemble(List<TrainingRepository.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(TrainingRepository.Row::id).toList();
        Map<Long, List<TrainingRepository.ParticipantRow>> participants = repository.participants(ids).stream()
                .collect(Collectors.groupingBy(TrainingRepository.ParticipantRow::trainingId));
        Map<Long, List<TrainingRepository.File>> files = repository.evidence(ids).stream()
                .collect(Collectors.groupingBy(TrainingRepository.File::trainingId));
        Map<Long, Officer> officers = new HashMap<>();
        rows.stream().map(TrainingRepository.Row::officeId).distinct()
                .forEach(o -> people.officers(o).forEach(officer -> officers.put(officer.id(), officer)));
        Function<Long, Officer> officer = id -> officers.computeIfAbsent(id, i -> people.officer(i).orElse(null)); // moved on since
        return rows.stream().map(r -> new Training(r.id(), r.officeId(), r.kind(), r.heldOn(), r.days(), r.topicBn(), r.topicEn(),
                r.venueBn(), r.resourcePersonsBn(), r.initiativeId(), r.visitedBn(),
                participants.getOrDefault(r.id(), List.of()).stream().map(p -> {
                    if (p.officerId() == null) {
                        return new Training.Participant(null, p.guestNameBn(), null, p.guestDesignationBn());
                    }
                    Officer o = officer.apply(p.officerId());
                    return new Training.Participant(p.officerId(), o == null ? "#" + p.officerId() : o.nameBn(),
                            o == null ? null : o.nameEn(), null);
                }).toList(),
                files.getOrDefault(r.id(), List.of()).stream()
                        .map(f -> new Training.Evidence(f.id(), f.fileName(), f.contentType(), f.size())).toList()))
                .toList();
    }
}
