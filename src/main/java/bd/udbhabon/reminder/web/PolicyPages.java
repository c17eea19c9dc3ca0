package bd.udbhabon.reminder.web;

import bd.udbhabon.access.NationalAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.reminder.ReminderPolicy;
import bd.udbhabon.reminder.internal.ReminderPolicies;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.Ui;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The reminders' policy data (issue 16, point 5), set by the Cabinet Division's administrators as the APA calendar
 * is ({@code /plan-deadlines}): the days before a deadline to remind, the days overdue before the superior office is
 * told. A refused form keeps what was typed; a save is audited with what it replaced.
 */
@Controller
class PolicyPages {

    private final ReminderPolicies policies;

    PolicyPages(ReminderPolicies policies) {
        this.policies = policies;
    }

    @GetMapping("/reminder-policy")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String show(Locale locale, Model model) {
        ReminderPolicy policy = policies.current();
        boolean bangla = Ui.isBangla(locale);
        String days = policy.daysBefore().stream().map(String::valueOf).collect(Collectors.joining(", "));
        return page(new PolicyForm(digits(days, bangla), digits(String.valueOf(policy.escalateAfterDays()), bangla)),
                new FormErrors(), model);
    }

    @PostMapping("/reminder-policy")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String save(@ModelAttribute("policyForm") PolicyForm form, BindingResult binding, Model model) {
        FormErrors errors = Forms.errors(binding);
        List<Integer> days = daysBefore(form.daysBefore(), errors);
        Integer escalate = number(form.escalateAfterDays(), 1, ReminderPolicy.MAX_ESCALATE_AFTER);
        if (escalate == null) {
            errors.add("escalateAfterDays", "reminder.policy.error.escalate", ReminderPolicy.MAX_ESCALATE_AFTER);
        }
        return Forms.saveOrShow(errors, () -> {
            policies.save(days, escalate);
            return "redirect:/reminder-policy";
        }, problems -> page(form, problems, model));
    }

    /** "7, 1" (commas or spaces, either digits): one to five whole numbers of 0 to 60 days; else a problem. */
    static List<Integer> daysBefore(String typed, FormErrors errors) {
        List<Integer> days = new ArrayList<>();
        String text = typed == null ? "" : BanglaDigits.toLatin(typed).strip();
        for (String part : text.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            Integer day = number(part, 0, ReminderPolicy.MAX_DAYS_BEFORE);
            if (day == null) {
                days = null;
                break;
            }
            days.add(day);
        }
        if (days == null || days.isEmpty() || days.stream().distinct().count() > 5) {
            errors.add("daysBefore", "reminder.policy.error.days", ReminderPolicy.MAX_DAYS_BEFORE);
            return List.of();
        }
        return days;
    }

    private static Integer number(String typed, int min, int max) {
        if (typed == null) {
            return null;
        }
        String text = BanglaDigits.toLatin(typed).strip();
        if (!text.matches("\\d{1,3}")) {
            return null;
        }
        int n = Integer.parseInt(text);
        return n < min || n > max ? null : n;
    }

    private String page(PolicyForm form, FormErrors errors, Model model) {
        model.addAttribute("policy", policies.current());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "reminder/policy";
    }

    private static String digits(String text, boolean bangla) {
        return bangla ? BanglaDigits.toBangla(text) : text;
    }
}
