package bd.udbhabon.initiative.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.initiative.Initiatives;
import bd.udbhabon.initiative.ServiceKind;
import bd.udbhabon.initiative.internal.ServiceRegister;
import bd.udbhabon.initiative.internal.ServiceRules;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Registering a service and changing what the register says of it, by the office's writers: a refused
 * form (a link that is no web address, an initiative not the office's, a name taken) comes back as typed
 * with the reasons in the reader's language, and nothing is written.
 */
@Controller
class ServiceFormPages {

    private final ServiceRegister register;
    private final Initiatives initiatives;
    private final OfficeDirectory offices;

    ServiceFormPages(ServiceRegister register, Initiatives initiatives, OfficeDirectory offices) {
        this.register = register;
        this.initiatives = initiatives;
        this.offices = offices;
    }

    @GetMapping("/offices/{officeId}/services/new")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String newService(@PathVariable long officeId, Model model) {
        return form(officeId, null, ServiceForm.empty(Dhaka.today()), new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/services/new")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String create(@PathVariable long officeId, @Valid @ModelAttribute("serviceForm") ServiceForm form, BindingResult binding,
                  Model model) {
        FormErrors errors = Forms.errors(binding);
        ServiceRules.Input input = form.input(errors);
        return Forms.saveOrShow(errors, () -> "redirect:/offices/" + officeId + "/services/" + register.create(officeId, input).id(),
                problems -> form(officeId, null, form, problems, model));
    }

    @GetMapping("/offices/{officeId}/services/{serviceId}/edit")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String edit(@PathVariable long officeId, @PathVariable long serviceId, Model model) {
        return form(officeId, serviceId, ServiceForm.of(register.require(officeId, serviceId)), new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/services/{serviceId}/edit")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String update(@PathVariable long officeId, @PathVariable long serviceId, @Valid @ModelAttribute("serviceForm") ServiceForm form,
                  BindingResult binding, Model model) {
        register.require(officeId, serviceId);
        FormErrors errors = Forms.errors(binding);
        ServiceRules.Input input = form.input(errors);
        return Forms.saveOrShow(errors, () -> {
            register.update(officeId, serviceId, input);
            return "redirect:/offices/" + officeId + "/services/" + serviceId;
        }, problems -> form(officeId, serviceId, form, problems, model));
    }

    private String form(long officeId, Long serviceId, ServiceForm form, FormErrors errors, Model model) {
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("serviceId", serviceId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", List.of(ServiceKind.values()));
        model.addAttribute("initiatives", initiatives.ofOffice(officeId));
        return "initiative/service-form";
    }
}
