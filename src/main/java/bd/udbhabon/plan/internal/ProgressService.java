package bd.udbhabon.plan.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.plan.IndicatorCode;
import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.plan.Scores;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.Uploads;
import bd.udbhabon.shell.UserFacingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's quarterly progress (issue 14, point 3): each indicator's achievement with a note and
 * evidence, saved as a draft any number of times by the office's writers, every row checked before
 * anything is written; the system's proposal kept beside the figure, a different figure only with a
 * reason. A quarter whose report was submitted or accepted no longer changes (returned, it opens again).
 */
@Service
public class ProgressService {

    static final int MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
    static final String EVIDENCE_NAME = "প্রমাণক";
    /** plan_report states in which the quarter is with the superior or done (plan-submit's workflow). */
    private static final Set<String> CLOSED = Set.of("SUBMITTED", "ACCEPTED");

    private final PlanService plans;
    private final PlanRepository planRepository;
    private final ProgressRepository repository;
    private final PlanScores scores;
    private final SystemMeasures measures;
    private final PlanDeadlines deadlines;
    private final AccessPolicy access;
    private final AuditLog audit;

    ProgressService(PlanService plans, PlanRepository planRepository, ProgressRepository repository, PlanScores scores,
                    SystemMeasures measures, PlanDeadlines deadlines, AccessPolicy access, AuditLog audit) {
        this.plans = plans;
        this.planRepository = planRepository;
        this.repository = repository;
        this.scores = scores;
        this.measures = measures;
        this.deadlines = deadlines;
        this.access = access;
        this.audit = audit;
    }

    /** A file given as evidence, as the browser sent it (its declared type is never looked at). */
    public record Upload(String fileName, byte[] bytes) {
    }

    /**
     * One row of the form as typed: the indicator's code, the figure, the note, the override reason, new evidence
     * files, and the ids of its stored files to remove (a file not of this row's quarter is left alone).
     */
    public record Input(String code, String achieved, String note, String overrideReason, List<Upload> files, List<Long> remove) {

        public Input(String code, String achieved, String note, String overrideReason, List<Upload> files) {
            this(code, achieved, note, overrideReason, files, List.of());
        }
    }

    /** A stored evidence file, to be served through {@code Uploads.download}. */
    public record EvidenceFile(String fileName, String contentType, byte[] bytes) {
    }

    /** The office's plan for the year, if it has one. */
    public Optional<ActionPlan> find(long officeId, FiscalYear year) {
        return plans.find(officeId, year);
    }

    /** The office's plan for the year, or 404. */
    public ActionPlan plan(long officeId, FiscalYear year) {
        return plans.find(officeId, year).orElseThrow(() -> UserFacingException.notFound("plan.progress.error.noPlan", year.shortLabel()));
    }

    @Transactional(readOnly = true)
    public ProgressSheet sheet(long officeId, FiscalYear year, int quarter) {
        checkQuarter(quarter);
        ActionPlan plan = plan(officeId, year);
        Map<IndicatorCode, List<BigDecimal>> figures = scores.quarters(plan.id());
        Map<IndicatorCode, ProgressRepository.Stored> stored = repository.quarter(plan.id(), quarter);
        Map<IndicatorCode, List<ProgressRepository.EvidenceFile>> files = repository.evidence(plan.id(), quarter);
        Scores.PlanScore planScore = scores.toDate(plan, quarter);
        Map<IndicatorCode, Scores.IndicatorScore> byCode = new HashMap<>();
        planScore.sections().forEach(s -> s.indicators().forEach(i -> byCode.put(i.code(), i)));
        List<ProgressSheet.Row> rows = new ArrayList<>();
        for (PlanTemplate.Indicator indicator : plan.current().content().indicators().toList()) {
            IndicatorCode code = indicator.code();
            List<BigDecimal> quarters = figures.getOrDefault(code, Arrays.asList(null, null, null, null));
            BigDecimal quarterTarget = plan.current().detail(code).map(ActionPlan.RowDetail::quarterTargets)
                    .map(t -> t.get(quarter - 1)).orElse(null);
            var entry = Optional.ofNullable(stored.get(code)).map(s -> new ProgressSheet.Entry(s.figure(), s.noteBn(), s.proposed(),
                    s.proposedSourceBn(), s.proposedSourceEn(), s.overrideReasonBn())).orElse(null);
            rows.add(new ProgressSheet.Row(indicator, quarterTarget, java.util.Collections.unmodifiableList(new ArrayList<>(quarters)),
                    indicator.calculation().through(quarters, quarter), entry, proposal(indicator, officeId, year, quarter),
                    byCode.get(code), files.getOrDefault(code, List.of()).stream()
                    .map(f -> new ProgressSheet.Evidence(f.id(), f.fileName(), f.size())).toList()));
        }
        String status = repository.reportStatus(plan.id(), quarter).orElse(null);
        return new ProgressSheet(plan, quarter, status, status != null && CLOSED.contains(status), dueOn(year, quarter),
                planScore, List.copyOf(rows));
    }

    /** The day the quarter's report is due, from the APA calendar (as the report itself reckons it). */
    public LocalDate dueOn(FiscalYear year, int quarter) {
        checkQuarter(quarter);
        return deadlines.quarter(year, quarter).submitBy(year);
    }

    /** Whether the quarter's report is with the superior or accepted (its progress fixed). */
    public boolean locked(long planId, int quarter) {
        return repository.reportStatus(planId, quarter).map(CLOSED::contains).orElse(false);
    }

    /**
     * Saves the quarter's draft: every row is checked first (the figure for its unit, the override reason
     * where the figure differs from the proposal, the texts, each file by its content and size) and every
     * problem is thrown together under its row's field ({@code rows[2].achieved}) with nothing written.
     */
    @Transactional
    public void save(long officeId, FiscalYear year, int quarter, List<Input> inputs) {
        checkQuarter(quarter);
        if (!access.allows(Permission.WRITE_RECORDS, officeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        ActionPlan plan = plan(officeId, year);
        planRepository.lock(plan.id());
        if (locked(plan.id(), quarter)) {
            throw UserFacingException.badRequest("plan.progress.error.locked", quarter);
        }
        Map<IndicatorCode, PlanTemplate.Indicator> indicators = new LinkedHashMap<>();
        plan.current().content().indicators().forEach(i -> indicators.put(i.code(), i));
        FormErrors errors = new FormErrors();
        LocalDate today = Dhaka.today();
        record Checked(ProgressRepository.Write write, List<Uploads.Accepted> files, List<Long> remove) {
        }
        List<Checked> checked = new ArrayList<>();
        Set<IndicatorCode> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input input = inputs.get(i);
            String row = "rows[" + i + "].";
            IndicatorCode code = IndicatorCode.parse(input.code());
            PlanTemplate.Indicator indicator = code == null ? null : indicators.get(code);
            if (indicator == null || !seen.add(code)) {
                errors.add(row + "achieved", "plan.progress.error.row", input.code() == null ? "" : input.code());
                continue;
            }
            var figure = ProgressRules.read(indicator.unit(), input.achieved(), year, quarter, today, row + "achieved", errors);
            String note = Inputs.text(errors, row + "note", input.note(), 4000);
            String reason = Inputs.text(errors, row + "overrideReason", input.overrideReason(), 2000);
            ProgressSheet.Proposal proposal = proposal(indicator, officeId, year, quarter);
            BigDecimal proposed = proposal == null ? null : proposal.value();
            if (ProgressRules.needsReason(figure, proposed)) {
                if (reason == null) {
                    errors.add(row + "overrideReason", "plan.progress.error.overrideReason",
                            ProgressRules.shown(indicator.unit(), proposed));
                }
            } else {
                reason = null; // the figure is the proposal (or none): nothing overridden
            }
            List<Uploads.Accepted> files = new ArrayList<>();
            for (Upload file : input.files() == null ? List.<Upload>of() : input.files()) {
                if (file.bytes().length > MAX_EVIDENCE_BYTES) {
                    errors.add(row + "evidence", "plan.progress.error.evidenceSize", file.fileName());
                } else if (file.bytes().length > 0) {
                    Uploads.Accepted accepted = Uploads.DOCUMENTS.check(file.fileName(), file.bytes(), EVIDENCE_NAME, row + "evidence", errors);
                    if (accepted != null) {
                        files.add(accepted);
                    }
                }
            }
            checked.add(new Checked(new ProgressRepository.Write(code, figure.day() == null ? figure.value() : null, figure.day(), note,
                    proposed, proposal == null ? null : proposal.sourceBn(), proposal == null ? null : proposal.sourceEn(), reason), files,
                    input.remove() == null ? List.of() : input.remove()));
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        Long by = access.accountId().orElse(null);
        Map<String, Object> saved = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<Checked> kept = new ArrayList<>();
        for (Checked c : checked) {
            var w = c.write();
            removed.addAll(repository.removeEvidence(plan.id(), quarter, w.code(), c.remove()).stream()
                    .map(name -> w.code().latin() + " " + name).toList());
            if (w.blank() && c.files().isEmpty()) {
                repository.clear(plan.id(), quarter, w.code(), by);
            } else {
                kept.add(c);
            }
        }
        Map<IndicatorCode, Long> ids = repository.saveAll(plan.id(), quarter, kept.stream().map(Checked::write).toList(), by);
        for (Checked c : kept) {
            var w = c.write();
            for (Uploads.Accepted file : c.files()) {
                repository.addEvidence(ids.get(w.code()), file, by);
                names.add(w.code().latin() + " " + file.fileName());
            }
            saved.put(w.code().latin(), w.achievedOn() != null ? w.achievedOn().toString()
                    : w.achieved() == null ? "" : w.achieved().toPlainString() + (w.overrideReasonBn() == null ? "" : " (overridden)"));
        }
        audit.record(new AuditEvent(access.actor(), "plan.progress-saved", "plan", Long.toString(plan.id()), officeId, null,
                Map.of("fiscalYear", year.shortLabelLatin(), "quarter", quarter, "figures", saved, "files", names,
                        "removed", removed)));
    }

    /** One evidence file of the office's plan's quarter, or 404. */
    @Transactional(readOnly = true)
    public EvidenceFile evidence(long officeId, FiscalYear year, int quarter, long evidenceId) {
        checkQuarter(quarter);
        ActionPlan plan = plan(officeId, year);
        return repository.evidenceFile(plan.id(), quarter, evidenceId)
                .map(f -> new EvidenceFile(f.fileName(), f.contentType(), f.bytes()))
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    private ProgressSheet.Proposal proposal(PlanTemplate.Indicator indicator, long officeId, FiscalYear year, int quarter) {
        if (indicator.measure() == null) {
            return null;
        }
        return measures.propose(indicator.measure(), officeId, year, quarter)
                .map(p -> new ProgressSheet.Proposal(p.value(), p.sourceBn(), p.sourceEn())).orElse(null);
    }

    static void checkQuarter(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw UserFacingException.notFound("plan.progress.error.quarter");
        }
    }
}
