package bd.udbhabon.decision.internal;

import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.DecisionStatus;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.decision.NewDecision;
import bd.udbhabon.decision.OfficeStatus;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.decision.OwnerChoice;
import bd.udbhabon.decision.OwnerNames;
import bd.udbhabon.decision.Progress;
import bd.udbhabon.decision.ScopeRates;
import bd.udbhabon.decision.StatusChange;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's public API ({@link Decisions}, {@link DecisionRegister}) over its parts, each with
 * one job: reading ({@link DecisionQueries}), the scope roll-up ({@link ScopeRollUp}), recording
 * and rewriting ({@link DecisionRecorder}), statuses ({@link StatusChanges}), progress reports
 * ({@link ProgressReports}) and the authorities an office can name ({@link OwnerChoices}).
 */
@Service
class DecisionService implements Decisions, DecisionRegister {

    private final DecisionQueries queries;
    private final ScopeRollUp scopes;
    private final DecisionRecorder recording;
    private final StatusChanges statusChanges;
    private final ProgressReports progressReports;
    private final OwnerChoices ownerChoices;

    DecisionService(DecisionQueries queries, ScopeRollUp scopes, DecisionRecorder recording, StatusChanges statusChanges,
                    ProgressReports progressReports, OwnerChoices ownerChoices) {
        this.queries = queries;
        this.scopes = scopes;
        this.recording = recording;
        this.statusChanges = statusChanges;
        this.progressReports = progressReports;
        this.ownerChoices = ownerChoices;
    }

    // ---- reading

    @Override
    public Optional<Decision> find(long decisionId, LocalDate asOf) {
        return queries.find(decisionId, asOf);
    }

    @Override
    public List<Decision> ofOffice(long officeId, LocalDate asOf) {
        return queries.ofOffice(officeId, asOf);
    }

    @Override
    public List<Decision> assignedTo(long officeId, LocalDate asOf) {
        return queries.assignedTo(officeId, asOf);
    }

    @Override
    public OwnerNames ownerNames(Collection<Owner> owners, boolean bangla) {
        return bangla ? OwnerNames.AS_PRINTED : new OwnerNames(ownerChoices.namesEn(owners));
    }

    @Override
    public List<Decision> ofMeeting(long meetingId, LocalDate asOf) {
        return queries.ofMeeting(meetingId, asOf);
    }

    @Override
    public List<Decision> carriedInto(long officeId, LocalDate date) {
        return queries.carriedInto(officeId, date);
    }

    @Override
    public ScopeRates scope(long officeId, LocalDate asOf) {
        return scopes.scope(officeId, asOf);
    }

    @Override
    public boolean concerns(long decisionId, long officeId) {
        return queries.concerns(decisionId, officeId);
    }

    @Override
    public List<StatusChange> history(long decisionId) {
        return queries.history(decisionId);
    }

    @Override
    public List<OfficeStatus> offices(long decisionId, LocalDate asOf) {
        return queries.offices(decisionId, asOf);
    }

    @Override
    public List<Progress> progress(long decisionId) {
        return queries.progress(decisionId);
    }

    @Override
    public Optional<EvidenceFile> evidence(long decisionId, long evidenceId) {
        return queries.evidence(decisionId, evidenceId);
    }

    // ---- writing

    @Override
    @Transactional
    public long record(long officeId, NewDecision decision) {
        return recording.record(officeId, decision);
    }

    @Override
    @Transactional
    public void changeStatus(long decisionId, long actingOfficeId, DecisionStatus status, LocalDate since, String reason) {
        statusChanges.changeStatus(decisionId, actingOfficeId, status, since, reason);
    }

    @Override
    @Transactional
    public void changeStatus(long decisionId, long actingOfficeId, Long forOfficeId, DecisionStatus status, LocalDate since,
                             String reason) {
        statusChanges.changeStatus(decisionId, actingOfficeId, forOfficeId, status, since, reason);
    }

    @Override
    @Transactional
    public long reportProgress(long decisionId, long actingOfficeId, LocalDate reportedOn, String textBn, List<Upload> evidence) {
        return progressReports.reportProgress(decisionId, actingOfficeId, reportedOn, textBn, evidence);
    }

    @Override
    @Transactional
    public void reassign(long decisionId, long actingOfficeId, List<Owner> owners) {
        recording.reassign(decisionId, actingOfficeId, owners);
    }

    @Override
    @Transactional
    public void revise(long decisionId, long actingOfficeId, NewDecision decision) {
        recording.revise(decisionId, actingOfficeId, decision);
    }

    @Override
    public List<OwnerChoice> ownerChoices(long officeId) {
        return ownerChoices.ownerChoices(officeId);
    }

    @Override
    public boolean mayReassign(long decisionId, long actingOfficeId) {
        return recording.mayReassign(decisionId, actingOfficeId);
    }

    @Override
    public boolean mayReport(long decisionId, long actingOfficeId) {
        return progressReports.mayReport(decisionId, actingOfficeId);
    }

    @Override
    public List<DecisionStatus> statusesAllowed(long decisionId, long actingOfficeId) {
        return statusChanges.statusesAllowed(decisionId, actingOfficeId);
    }
}
