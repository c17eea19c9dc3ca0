package bd.udbhabon.initiative.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.InitiativeKind;
import bd.udbhabon.initiative.InitiativeRollUp;
import bd.udbhabon.initiative.Initiatives;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.initiative.Tcv;
import bd.udbhabon.initiative.internal.InitiativeRollUpQueries;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Innovation initiatives", description = """
        An office's innovation initiatives (ideas, service simplifications, digitisations, replications of another
        office's initiative), each with its stage history (days as yyyy-mm-dd) and its TCV (the citizen's time in days,
        cost in taka and visits per case, before and after, the cases a year and the savings computed from them); and the
        roll-up of an office's scope (the office and every office below it in either hierarchy): counts by stage, kind
        and level, the savings a year, replications, services. Reading needs the office's records: its own users and its
        superiors'. 404 when the initiative is not the office's.""")
class InitiativeApiController {

    private final Initiatives initiatives;
    private final InitiativeRollUp rollUp;
    private final InitiativeRollUpQueries queries;
    private final OfficeDirectory offices;

    InitiativeApiController(Initiatives initiatives, InitiativeRollUp rollUp, InitiativeRollUpQueries queries, OfficeDirectory offices) {
        this.initiatives = initiatives;
        this.rollUp = rollUp;
        this.queries = queries;
        this.offices = offices;
    }

    record InitiativeJson(long id, long officeId, String kind, String title, String titleEn, String service, boolean internalProcess,
                          String stage, LocalDate stageSince, Long replicatedFromId) {
    }

    record StageJson(String stage, LocalDate enteredOn, String note, String reason, Long decisionId) {
    }

    record TcvJson(BigDecimal timeBefore, BigDecimal timeAfter, BigDecimal costBefore, BigDecimal costAfter, int visitsBefore,
                   int visitsAfter, long casesPerYear, LocalDate measuredOn, BigDecimal timeSavedPerCase, BigDecimal costSavedPerCase,
                   int visitsSavedPerCase, BigDecimal timeSavedPerYear, BigDecimal costSavedPerYear, long visitsSavedPerYear) {
    }

    record ReplicationJson(long id, long officeId, String stage) {
    }

    record DetailJson(long id, long officeId, String kind, String title, String titleEn, String service, boolean internalProcess,
                      String problem, String rootCause, String solution, Long ownerPostId, List<Long> memberOfficerIds,
                      String stage, LocalDate stageSince, Long replicatedFromId, List<StageJson> history, TcvJson tcv,
                      List<ReplicationJson> replications) {
    }

    record FiguresJson(long total, long running, Map<String, Long> byStage, Map<String, Long> byKind, long replicated,
                       long tcvMeasured, BigDecimal daysSavedPerYear, BigDecimal takaSavedPerYear, long visitsSavedPerYear,
                       long services, long servicesRunning) {
    }

    record BelowJson(long id, String name, String nameEn, String level, FiguresJson figures) {
    }

    record RollUpJson(long officeId, FiguresJson total, Map<String, FiguresJson> byLevel, List<BelowJson> below) {
    }

    @GetMapping("/api/v1/offices/{officeId}/initiatives")
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "The office's initiatives, newest first, each with its stage and since when")
    List<InitiativeJson> list(@PathVariable long officeId) {
        offices.require(officeId);
        return initiatives.ofOffice(officeId).stream().map(InitiativeApiController::summary).toList();
    }

    @GetMapping("/api/v1/offices/{officeId}/initiatives/{id}")
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "One initiative of the office: what it says, its stage history (oldest first), its TCV with the "
            + "savings per case and per year (left out when not measured), and the initiatives replicating it")
    DetailJson one(@PathVariable long officeId, @PathVariable long id) {
        Initiative i = initiatives.find(id).filter(found -> found.officeId() == officeId)
                .orElseThrow(() -> UserFacingException.notFound("initiative.error.notFound", id));
        return new DetailJson(i.id(), i.officeId(), i.kind().name(), i.titleBn(), i.titleEn(), i.serviceBn(), i.internalProcess(),
                i.problemBn(), i.rootCauseBn(), i.solutionBn(), i.ownerPostId(), i.memberOfficerIds(), i.stage().name(), i.stageSince(),
                i.replicatedFromId(),
                initiatives.history(id).stream().map(h -> new StageJson(h.stage().name(), h.enteredOn(), h.noteBn(), h.reasonBn(),
                        h.decisionId())).toList(),
                queries.tcv(id).map(InitiativeApiController::tcv).orElse(null),
                initiatives.replications(id).stream().map(r -> new ReplicationJson(r.id(), r.officeId(), r.stage().name())).toList());
    }

    @GetMapping("/api/v1/offices/{officeId}/initiatives/roll-up")
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "The roll-up of the office's scope (itself and every office below it): counts by stage and kind, "
            + "per level of the offices and in all, the citizen's savings a year from the TCV of the initiatives not stopped, "
            + "replications of them by any office, the services register; and the offices directly below, each over its scope")
    RollUpJson rollUp(@PathVariable long officeId) {
        offices.require(officeId);
        InitiativeRollUp.RollUp view = rollUp.rollUp(officeId);
        Map<String, FiguresJson> byLevel = new LinkedHashMap<>();
        view.byLevel().forEach((level, f) -> byLevel.put(level.name(), figures(f)));
        return new RollUpJson(officeId, figures(view.total()), byLevel, view.below().stream()
                .map(b -> new BelowJson(b.officeId(), b.nameBn(), b.nameEn(), b.level().name(), figures(b.figures()))).toList());
    }

    private static InitiativeJson summary(Initiative i) {
        return new InitiativeJson(i.id(), i.officeId(), i.kind().name(), i.titleBn(), i.titleEn(), i.serviceBn(), i.internalProcess(),
                i.stage().name(), i.stageSince(), i.replicatedFromId());
    }

    private static TcvJson tcv(Tcv t) {
        return new TcvJson(t.timeBefore(), t.timeAfter(), t.costBefore(), t.costAfter(), t.visitsBefore(), t.visitsAfter(),
                t.casesPerYear(), t.measuredOn(), t.timeSavedPerCase(), t.costSavedPerCase(), t.visitsSavedPerCase(),
                t.timeSavedPerYear(), t.costSavedPerYear(), t.visitsSavedPerYear());
    }

    static FiguresJson figures(InitiativeRollUp.Figures f) {
        Map<String, Long> stages = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            stages.put(s.name(), f.stage(s));
        }
        Map<String, Long> kinds = new LinkedHashMap<>();
        for (InitiativeKind k : InitiativeKind.values()) {
            kinds.put(k.name(), f.kind(k));
        }
        return new FiguresJson(f.total(), f.running(), stages, kinds, f.replicated(), f.measured(), f.daysSaved(), f.takaSaved(),
                f.visitsSaved(), f.services(), f.servicesRunning());
    }
}
