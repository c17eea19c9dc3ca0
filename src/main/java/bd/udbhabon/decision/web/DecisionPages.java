package bd.udbhabon.decision.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Bilingual;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.DecisionStatus;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.decision.OwnerChoice;
import bd.udbhabon.decision.OwnerNames;
import bd.udbhabon.decision.Progress;
import bd.udbhabon.decision.StatusChange;
import bd.udbhabon.decision.OfficeStatus;
import bd.udbhabon.decision.Rate;
import bd.udbhabon.decision.RateGroup;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import bd.udbhabon.shell.Uploads;
import bd.udbhabon.shell.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * An office's decision register (what its team decided, with the implementation rate per meeting
 * and overall), the decisions given to it to implement, one decision with its history and progress,
 * the forms to report progress and change the status (the register as CSV or XLSX: {@link DecisionExports}). A decision
 * is reached through an office it concerns: the deciding office or an implementing one.
 */
@Controller
class DecisionPages {

    private final OfficeDirectory offices;
    private final Decisions decisions;
    private final DecisionRegister register;

    DecisionPages(OfficeDirectory offices, Decisions decisions, DecisionRegister register) {
        this.offices = offices;
        this.decisions = decisions;
        this.register = register;
    }

    @GetMapping("/offices/{officeId}/decisions")
    @OfficeAccess(Permission.READ_RECORDS)
    String register(@PathVariable long officeId, @RequestParam(required = false) String show, Model model) {
        Office office = office(officeId);
        LocalDate today = Dhaka.today();
        List<Decision> all = decisions.ofOffice(officeId, today);
        model.addAttribute("office", office);
        model.addAttribute("rate", Rate.ofDecisions(all));
        model.addAttribute("meetings", RateGroup.byMeeting(all));
        model.addAttribute("quarters", RateGroup.byQuarter(all));
        model.addAttribute("show", show == null ? "open" : show);
        List<Decision> shown = filter(all, show);
        model.addAttribute("decisions", shown);
        model.addAttribute("ownerNames", ownerNames(shown));
        model.addAttribute("assigned", false);
        // nothing decided here (a reviewer's or a division's office): lead to the offices below instead
        model.addAttribute("below", all.isEmpty() ? decisions.scope(officeId, today).below() : List.of());
        return "decision/register";
    }

    /** The offices below, each over its own scope: who implements what was decided, and who does not. */
    @GetMapping("/offices/{officeId}/decisions/scope")
    @OfficeAccess(Permission.READ_RECORDS)
    String scope(@PathVariable long officeId, Model model) {
        model.addAttribute("office", office(officeId));
        model.addAttribute("scope", decisions.scope(officeId, Dhaka.today()));
        return "decision/scope";
    }

    @GetMapping("/offices/{officeId}/decisions/assigned")
    @OfficeAccess(Permission.READ_RECORDS)
    String assigned(@PathVariable long officeId, @RequestParam(required = false) String show, Model model) {
        Office office = office(officeId);
        List<Decision> all = decisions.assignedTo(officeId, Dhaka.today());
        model.addAttribute("office", office);
        model.addAttribute("rate", Rate.ofDecisions(all));
        model.addAttribute("meetings", List.of());
        model.addAttribute("quarters", List.of());
        model.addAttribute("show", show == null ? "open" : show);
        List<Decision> shown = filter(all, show);
        model.addAttribute("decisions", shown);
        model.addAttribute("ownerNames", ownerNames(shown));
        model.addAttribute("assigned", true);
        return "decision/register";
    }

    /** "open" (the default), "overdue", "closed" or "all". */
    private static List<Decision> filter(List<Decision> all, String show) {
        return switch (show == null ? "open" : show) {
            case "all" -> all;
            case "overdue" -> all.stream().filter(Decision::overdue).toList();
            case "closed" -> all.stream().filter(d -> d.status().closed()).toList();
            default -> all.stream().filter(d -> !d.status().closed()).toList();
        };
    }

    @GetMapping("/offices/{officeId}/decisions/{decisionId}")
    @OfficeAccess(Permission.READ_RECORDS)
    String decision(@PathVariable long officeId, @PathVariable long decisionId, Model model) {
        return decisionPage(officeId, decisionId, new FormErrors(), Map.of(), model);
    }

    /** The path's office is the one acting (the deciding or an implementing office): its writers only. */
    @PostMapping("/offices/{officeId}/decisions/{decisionId}/status")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String status(@PathVariable long officeId, @PathVariable long decisionId, @Valid @ModelAttribute("change") StatusForm form,
                  BindingResult binding, Model model) {
        requireConcerns(officeId, decisionId);
        DecisionStatus status = parseStatus(form.status());
        String target = form.forOffice() == null ? "" : form.forOffice().strip();
        return Forms.saveOrShow(Forms.errors(binding, Map.of("since", "decision.error.since")), () -> {
            if (target.isEmpty()) {
                register.changeStatus(decisionId, officeId, status, form.since(), form.reason());
            } else {
                // "all": the whole decision; otherwise one implementing office's entry (a malformed one is refused there)
                register.changeStatus(decisionId, officeId, "all".equals(target) ? null : parseLong(target), status,
                        form.since(), form.reason());
            }
            return "redirect:/offices/" + officeId + "/decisions/" + decisionId;
        }, errors -> decisionPage(officeId, decisionId, errors, Forms.typed(form, binding), model));
    }

    /** New implementing authorities, chosen from what the deciding office can name, each with the words to print. */
    @PostMapping("/offices/{officeId}/decisions/{decisionId}/owners")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String owners(@PathVariable long officeId, @PathVariable long decisionId, @ModelAttribute("ownersForm") OwnersForm form,
                  BindingResult binding, Model model) {
        requireConcerns(officeId, decisionId);
        if (!register.mayReassign(decisionId, officeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        Map<String, Owner> choices = register.ownerChoices(officeId).stream()
                .collect(Collectors.toMap(OwnerChoice::key, OwnerChoice::owner, (a, b) -> a, LinkedHashMap::new));
        List<Owner> owners = new ArrayList<>();
        for (OwnersForm.Row row : form.owners()) {
            Owner choice = choices.get(row.key());
            if (choice != null) {
                owners.add(new Owner(choice.officeId(), choice.postId(), choice.level(), row.label().isEmpty() ? choice.labelBn() : row.label()));
            }
        }
        return Forms.saveOrShow(Forms.errors(binding), () -> {
            register.reassign(decisionId, officeId, owners);
            return "redirect:/offices/" + officeId + "/decisions/" + decisionId;
        }, errors -> decisionPage(officeId, decisionId, errors, Map.of(), model)); // the owners' rows show the decision's own
    }

    private static Long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    @PostMapping("/offices/{officeId}/decisions/{decisionId}/progress")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String progress(@PathVariable long officeId, @PathVariable long decisionId, @Valid @ModelAttribute("report") ProgressForm form, BindingResult binding,
                    @RequestParam(name = "evidence", required = false) List<MultipartFile> files, Model model) {
        requireConcerns(officeId, decisionId);
        List<DecisionRegister.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                try {
                    uploads.add(new DecisionRegister.Upload(file.getOriginalFilename(),
                            file.getContentType() == null ? "" : file.getContentType(), file.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Forms.saveOrShow(Forms.errors(binding, Map.of("reportedOn", "decision.error.since")), () -> {
            register.reportProgress(decisionId, officeId, form.reportedOn(), form.text(), uploads);
            return "redirect:/offices/" + officeId + "/decisions/" + decisionId;
        }, errors -> decisionPage(officeId, decisionId, errors, Forms.typed(form, binding), model));
    }

    @GetMapping("/offices/{officeId}/decisions/{decisionId}/evidence/{evidenceId}")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> evidence(@PathVariable long officeId, @PathVariable long decisionId, @PathVariable long evidenceId) {
        requireConcerns(officeId, decisionId);
        long deciding = decisions.find(decisionId, Dhaka.today()).map(Decision::officeId).orElse(-1L);
        // an implementing office reaches its own evidence and the deciding office's, not another implementer's
        boolean visible = deciding == officeId || decisions.progress(decisionId).stream()
                .filter(p -> p.officeId() == officeId || p.officeId() == deciding)
                .anyMatch(p -> p.evidence().stream().anyMatch(e -> e.id() == evidenceId));
        if (!visible) {
            throw UserFacingException.notFound("error.notFound");
        }
        var file = decisions.evidence(decisionId, evidenceId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        return Uploads.download(file.fileName(), file.contentType(), file.bytes());
    }

    private String decisionPage(long officeId, long decisionId, FormErrors errors, Map<String, String> form, Model model) {
        Office office = office(officeId);
        requireConcerns(officeId, decisionId);
        LocalDate today = Dhaka.today();
        Decision decision = decisions.find(decisionId, today).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        model.addAttribute("office", office);
        model.addAttribute("deciding", office(decision.officeId()));
        model.addAttribute("decision", decision);
        model.addAttribute("ownerNames", ownerNames(List.of(decision)));
        boolean decidingHere = decision.officeId() == officeId;
        // an implementing office sees the rulings on the whole decision and its own entries, not the other offices'
        List<StatusChange> history = decisions.history(decisionId).stream()
                .filter(c -> decidingHere || c.forOfficeId() == null || c.forOfficeId() == officeId).toList();
        List<Progress> progress = decisions.progress(decisionId).stream()
                .filter(p -> decidingHere || p.officeId() == officeId || p.officeId() == decision.officeId()).toList();
        model.addAttribute("history", history);
        model.addAttribute("progress", progress);
        model.addAttribute("officeNames", officeNames(history.stream()
                        .flatMap(c -> c.forOfficeId() == null ? java.util.stream.Stream.of(c.officeId()) : java.util.stream.Stream.of(c.officeId(), c.forOfficeId()))
                        .toList(),
                progress.stream().map(p -> p.officeId()).toList()));
        // The deciding office sees every implementing office's entry; an implementing office its own.
        List<OfficeStatus> entries = decisions.offices(decisionId, today);
        model.addAttribute("entries", decidingHere ? entries : entries.stream().filter(e -> e.officeId() == officeId).toList());
        model.addAttribute("entriesDone", entries.stream().filter(e -> e.status() == DecisionStatus.IMPLEMENTED).count());
        model.addAttribute("entriesAll", entries.size());
        model.addAttribute("decidingHere", decidingHere);
        model.addAttribute("statuses", register.statusesAllowed(decisionId, officeId));
        model.addAttribute("mayReport", register.mayReport(decisionId, officeId));
        boolean mayReassign = register.mayReassign(decisionId, officeId);
        model.addAttribute("mayReassign", mayReassign);
        model.addAttribute("choices", mayReassign ? register.ownerChoices(officeId) : List.of());
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("today", today.toString());
        return "decision/decision";
    }

    private Map<Long, String> officeNames(List<Long> a, List<Long> b) {
        boolean bangla = bangla();
        Map<Long, String> names = new LinkedHashMap<>();
        for (List<Long> ids : List.of(a, b)) {
            for (long id : ids) {
                names.computeIfAbsent(id, k -> offices.find(k).map(o -> o.name(bangla)).orElse(""));
            }
        }
        return names;
    }

    /** The decisions' owners as this page names them: the stored Bangla labels, or English names on an English page. */
    private OwnerNames ownerNames(List<Decision> shown) {
        return decisions.ownerNames(shown.stream().flatMap(d -> d.owners().stream()).toList(), bangla());
    }

    /** The page's language (the request's locale, as {@code shell.Ui} reads it). */
    private static boolean bangla() {
        return Bilingual.isBangla(LocaleContextHolder.getLocale());
    }

    private void requireConcerns(long officeId, long decisionId) {
        if (!decisions.concerns(decisionId, officeId)) {
            throw UserFacingException.notFound("error.notFound");
        }
    }

    private static DecisionStatus parseStatus(String value) {
        try {
            return value == null ? null : DecisionStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Office office(long officeId) {
        return offices.require(officeId);
    }

}
