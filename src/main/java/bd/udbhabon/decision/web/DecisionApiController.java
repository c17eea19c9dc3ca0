package bd.udbhabon.decision.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.DecisionStatus;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.decision.OfficeStatus;
import bd.udbhabon.decision.Progress;
import bd.udbhabon.decision.Rate;
import bd.udbhabon.decision.ScopeRates;
import bd.udbhabon.decision.StatusChange;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.FormDates;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/offices/{officeId}/decisions")
@Tag(name = "Decisions", description = """
        The decision register of an office: the decisions its innovation team took and the decisions given to it to
        implement, each with its status on a day (`asOf`, yyyy-mm-dd; today if absent), and implementation rates computed
        from the status history as of that day. A decision is reached through an office it concerns (the deciding
        office or an implementing one). Reading needs the office's records (superior offices read too); changing a
        status or reporting progress acts for the office in the path and needs write access to it.""")
class DecisionApiController {

    private final Decisions decisions;
    private final DecisionRegister register;
    private final OfficeDirectory offices;

    DecisionApiController(Decisions decisions, DecisionRegister register, OfficeDirectory offices) {
        this.decisions = decisions;
        this.register = register;
        this.offices = offices;
    }

    record OwnerJson(Long officeId, Long postId, String level, String label) {
        static OwnerJson of(Owner o) {
            return new OwnerJson(o.officeId(), o.postId(), o.level() == null ? null : o.level().name(), o.labelBn());
        }
    }

    /** inProgress and notStarted count due decisions; notYetDue the open ones before their due day; percent = implemented / due. */
    record RateJson(int taken, int implemented, int inProgress, int notStarted, int dropped, int notYetDue, int due,
                    Integer percent, String text) {
        static RateJson of(Rate r) {
            return new RateJson(r.taken(), r.implemented(), r.inProgress(), r.notStarted(), r.dropped(), r.notYetDue(), r.due(),
                    r.percent().isPresent() ? r.percent().getAsInt() : null, r.text(true));
        }
    }

    record DecisionJson(long id, long officeId, Long meetingId, Integer agendaItem, String meeting, LocalDate takenOn,
                        String subject, String text, LocalDate dueOn, List<OwnerJson> owners, LocalDate asOf, String status,
                        LocalDate statusSince, String reason, boolean overdue, boolean notYetDue) {
        static DecisionJson of(Decision d) {
            return new DecisionJson(d.id(), d.officeId(), d.sourceMeetingId(), d.sourceItem(), d.sourceLabelBn(), d.takenOn(),
                    d.subjectBn(), d.textBn(), d.dueOn(), d.owners().stream().map(OwnerJson::of).toList(), d.asOf(),
                    d.status().name(), d.statusSince(), d.reason(), d.overdue(), d.notYetDue());
        }
    }

    record RegisterJson(RateJson rate, List<DecisionJson> decisions) {
    }

    /** forOfficeId: the implementing office whose entry it is; null for a ruling on the whole decision. */
    record StatusJson(String status, LocalDate since, String reason, long officeId, Long forOfficeId) {
        static StatusJson of(StatusChange c) {
            return new StatusJson(c.status().name(), c.since(), c.reason(), c.officeId(), c.forOfficeId());
        }
    }

    /** One implementing office's own entry on the day: ruling = the deciding office's ruling on the whole decision applies. */
    record OfficeStatusJson(long officeId, String name, String status, LocalDate since, String reason, boolean ruling,
                            LocalDate lastProgressOn, EvidenceJson lastEvidence) {
        static OfficeStatusJson of(OfficeStatus o) {
            var e = o.lastEvidence();
            return new OfficeStatusJson(o.officeId(), o.nameBn(), o.status().name(), o.since(), o.reason(), o.ruling(),
                    o.lastProgressOn(), e == null ? null : new EvidenceJson(e.id(), e.fileName(), e.contentType(), e.size()));
        }
    }

    record EvidenceJson(long id, String fileName, String contentType, int size) {
    }

    record ProgressJson(long id, long officeId, LocalDate reportedOn, String text, List<EvidenceJson> evidence) {
        static ProgressJson of(Progress p) {
            return new ProgressJson(p.id(), p.officeId(), p.reportedOn(), p.textBn(), p.evidence().stream()
                    .map(e -> new EvidenceJson(e.id(), e.fileName(), e.contentType(), e.size())).toList());
        }
    }

    record DecisionDetailJson(DecisionJson decision, List<OfficeStatusJson> offices, List<StatusJson> history,
                              List<ProgressJson> progress) {
    }

    record ScopeJson(RateJson rate, int overdue, List<OfficeRateJson> below) {
    }

    record OfficeRateJson(long officeId, String name, RateJson rate, int overdue) {
    }

    /**
     * A status change: NOT_STARTED, IN_PROGRESS, IMPLEMENTED or DROPPED (with a reason), since a day. forOffice:
     * the implementing office whose entry it sets, or "all" for the whole decision (the deciding office only);
     * absent: the deciding office rules on the whole decision, an implementing office sets its own entry.
     */
    record StatusChangeJson(String status, LocalDate since, String reason, String forOffice) {
    }

    record ProgressReportJson(LocalDate reportedOn, String text) {
    }

    record Created(long id) {
    }

    @GetMapping
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "The decisions the office's team took, in the order taken, with their rate")
    RegisterJson register(@PathVariable long officeId,
                          @Parameter(description = "the day, yyyy-mm-dd; today if absent") @RequestParam(required = false) String asOf) {
        office(officeId);
        return registerOf(decisions.ofOffice(officeId, day(asOf)));
    }

    @GetMapping("/assigned")
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "The decisions given to the office (or one of its posts, or every office of its level under a superior) to implement")
    RegisterJson assigned(@PathVariable long officeId,
                          @Parameter(description = "the day, yyyy-mm-dd; today if absent") @RequestParam(required = false) String asOf) {
        office(officeId);
        return registerOf(decisions.assignedTo(officeId, day(asOf)));
    }

    @GetMapping("/meetings/{meetingId}")
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "The decisions of one of the office's meetings, in agenda order, with their rate as of a day")
    RegisterJson meeting(@PathVariable long officeId, @PathVariable long meetingId,
                         @Parameter(description = "the day, yyyy-mm-dd; today if absent") @RequestParam(required = false) String asOf) {
        office(officeId);
        return registerOf(decisions.ofMeeting(meetingId, day(asOf)).stream().filter(d -> d.officeId() == officeId).toList());
    }

    @GetMapping("/carried")
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "What a meeting of the office's team on a day carries over: its earlier decisions still open that day")
    List<DecisionJson> carried(@PathVariable long officeId,
                               @Parameter(description = "the meeting's day, yyyy-mm-dd; today if absent") @RequestParam(required = false) String on) {
        office(officeId);
        return decisions.carriedInto(officeId, day(on)).stream().map(DecisionJson::of).toList();
    }

    @GetMapping("/scope")
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "The rate over the office's scope (both hierarchies below it) and over each office directly below")
    ScopeJson scope(@PathVariable long officeId,
                    @Parameter(description = "the day, yyyy-mm-dd; today if absent") @RequestParam(required = false) String asOf) {
        office(officeId);
        ScopeRates scope = decisions.scope(officeId, day(asOf));
        return new ScopeJson(RateJson.of(scope.rate()), scope.overdue(), scope.below().stream()
                .map(o -> new OfficeRateJson(o.officeId(), o.nameBn(), RateJson.of(o.rate()), o.overdue())).toList());
    }

    @GetMapping("/{decisionId}")
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "One decision with each implementing office's own status (the deciding office sees all, an implementing office its own), its status history and progress reports")
    DecisionDetailJson decision(@PathVariable long officeId, @PathVariable long decisionId,
                                @Parameter(description = "the day, yyyy-mm-dd; today if absent") @RequestParam(required = false) String asOf) {
        LocalDate day = day(asOf);
        Decision d = concerning(officeId, decisionId, day);
        boolean deciding = d.officeId() == officeId;
        return new DecisionDetailJson(DecisionJson.of(d),
                decisions.offices(decisionId, day).stream().filter(o -> deciding || o.officeId() == officeId).map(OfficeStatusJson::of).toList(),
                decisions.history(decisionId).stream().filter(c -> deciding || c.forOfficeId() == null || c.forOfficeId() == officeId)
                        .map(StatusJson::of).toList(),
                decisions.progress(decisionId).stream().filter(p -> deciding || p.officeId() == officeId || p.officeId() == d.officeId())
                        .map(ProgressJson::of).toList());
    }

    @PostMapping("/{decisionId}/status")
    @OfficeAccess(Permission.WRITE_RECORDS)
    @Operation(summary = "Sets a status for the office in the path: the deciding office on the whole decision or any implementing office's entry (forOffice), an implementing office its own entry, IN_PROGRESS or IMPLEMENTED")
    DecisionJson status(@PathVariable long officeId, @PathVariable long decisionId, @RequestBody StatusChangeJson change) {
        concerning(officeId, decisionId, Dhaka.today());
        DecisionStatus status = null;
        try {
            status = change.status() == null ? null : DecisionStatus.valueOf(change.status());
        } catch (IllegalArgumentException e) {
            throw UserFacingException.invalid(new FormErrors().add("status", "decision.error.status"));
        }
        String target = change.forOffice() == null ? "" : change.forOffice().strip();
        if (target.isEmpty()) {
            register.changeStatus(decisionId, officeId, status, change.since(), change.reason());
        } else {
            Long forOffice = null;
            if (!"all".equals(target)) {
                try {
                    forOffice = Long.parseLong(target);
                } catch (NumberFormatException e) {
                    throw UserFacingException.invalid(new FormErrors().add("forOffice", "decision.error.forOffice"));
                }
            }
            register.changeStatus(decisionId, officeId, forOffice, status, change.since(), change.reason());
        }
        return DecisionJson.of(decisions.find(decisionId, Dhaka.today()).orElseThrow());
    }

    @PostMapping("/{decisionId}/progress")
    @OfficeAccess(Permission.WRITE_RECORDS)
    @Operation(summary = "Reports progress on the decision for the office in the path (evidence files through the page's form)")
    Created progress(@PathVariable long officeId, @PathVariable long decisionId, @RequestBody ProgressReportJson report) {
        concerning(officeId, decisionId, Dhaka.today());
        return new Created(register.reportProgress(decisionId, officeId, report.reportedOn(), report.text(), List.of()));
    }

    private static RegisterJson registerOf(List<Decision> list) {
        return new RegisterJson(RateJson.of(Rate.ofDecisions(list)),
                list.stream().map(DecisionJson::of).toList());
    }

    private Decision concerning(long officeId, long decisionId, LocalDate asOf) {
        if (!decisions.concerns(decisionId, officeId)) {
            throw UserFacingException.notFound("error.notFound");
        }
        return decisions.find(decisionId, asOf).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return Dhaka.today();
        }
        LocalDate day = FormDates.readIso(text);
        if (day == null) {
            throw UserFacingException.invalid(new FormErrors().add("asOf", "decision.error.day"));
        }
        return day;
    }

    private void office(long officeId) {
        offices.require(officeId);
    }
}
