package bd.udbhabon.initiative.web;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.Initiatives;
import bd.udbhabon.initiative.RegisteredService;
import bd.udbhabon.initiative.internal.ServiceRegister;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficePageLink;
import bd.udbhabon.office.OfficePageLinks;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The services register (issue 15, point 3): an office's services with their links, running or not as
 * last checked and the initiative each came from, the seed's summary ("৬৩টি … যার মাঝে ৬১টি সেবা সচল"),
 * over the office's scope too for an office with offices below; one service with its checks and the check
 * form. The office's readers (its superiors' too) read; its writers check. New and edit: {@link ServiceFormPages}.
 */
@Controller
class ServicePages implements OfficePageLinks {

    private final ServiceRegister register;
    private final Initiatives initiatives;
    private final OfficeDirectory offices;
    private final AccessPolicy access;

    ServicePages(ServiceRegister register, Initiatives initiatives, OfficeDirectory offices, AccessPolicy access) {
        this.register = register;
        this.initiatives = initiatives;
        this.offices = offices;
        this.access = access;
    }

    @Override
    public List<OfficePageLink> links(Office office) {
        return List.of(OfficePageLink.action(360, Permission.READ_RECORDS, "/offices/" + office.id() + "/services",
                "initiative.services.link", "services-link"));
    }

    /** The register; {@code initiative}: only the services that came from that initiative of the office. */
    @GetMapping("/offices/{officeId}/services")
    @OfficeAccess(Permission.READ_RECORDS)
    String register(@PathVariable long officeId, @RequestParam(required = false) Long initiative, Model model) {
        Office office = offices.require(officeId);
        Map<Long, Initiative> byId = initiatives.ofOffice(officeId).stream()
                .collect(Collectors.toMap(Initiative::id, Function.identity()));
        List<RegisteredService> services = register.services(officeId);
        Initiative from = initiative == null ? null : byId.get(initiative);
        model.addAttribute("office", office);
        model.addAttribute("services", from == null ? services
                : services.stream().filter(s -> from.id() == (s.initiativeId() == null ? -1 : s.initiativeId())).toList());
        model.addAttribute("from", from);
        model.addAttribute("initiatives", byId);
        model.addAttribute("count", register.count(officeId));
        model.addAttribute("scope", office.childCount() == 0 ? null : register.countOverScope(officeId));
        model.addAttribute("mayWrite", access.allows(Permission.WRITE_RECORDS, officeId));
        return "initiative/services";
    }

    @GetMapping("/offices/{officeId}/services/{serviceId}")
    @OfficeAccess(Permission.READ_RECORDS)
    String service(@PathVariable long officeId, @PathVariable long serviceId, Model model) {
        return page(officeId, register.require(officeId, serviceId), CheckForm.empty(Dhaka.today()), new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/services/{serviceId}/check")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String check(@PathVariable long officeId, @PathVariable long serviceId, @Valid @ModelAttribute("checkForm") CheckForm form,
                 BindingResult binding, Model model) {
        RegisteredService service = register.require(officeId, serviceId);
        FormErrors errors = Forms.errors(binding);
        ServiceRegister.CheckInput input = form.input(errors);
        return Forms.saveOrShow(errors, () -> {
            register.check(officeId, serviceId, input);
            return "redirect:/offices/" + officeId + "/services/" + serviceId;
        }, problems -> page(officeId, service, form, problems, model));
    }

    private String page(long officeId, RegisteredService service, CheckForm form, FormErrors errors, Model model) {
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("service", service);
        model.addAttribute("initiative", service.initiativeId() == null ? null : initiatives.find(service.initiativeId()).orElse(null));
        model.addAttribute("checks", register.checks(service.id()));
        model.addAttribute("mayWrite", access.allows(Permission.WRITE_RECORDS, officeId));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", Dhaka.today().toString());
        return "initiative/service";
    }
}
