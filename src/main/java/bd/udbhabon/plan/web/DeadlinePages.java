package bd.udbhabon.plan.web;

import bd.udbhabon.access.NationalAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.plan.ReportDeadline;
import bd.udbhabon.plan.internal.PlanDeadlines;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.Ui;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The APA calendar (issue 14, point 3) as policy data: the Cabinet Division's administrators (as for the
 * templates) set the default due days and a fiscal year's own; every line checked, every save audited.
 */
@Controller
class DeadlinePages {

    private static final Pattern DAY_MONTH = Pattern.compile("\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*");
    /** The years V31 takes (plan_deadline.fiscal_year). */
    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 2200;

    private final PlanDeadlines deadlines;

    DeadlinePages(PlanDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @GetMapping("/plan-deadlines")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String calendar(@RequestParam(name = "year", required = false) String year, Locale locale, Model model) {
        FormErrors errors = new FormErrors();
        FiscalYear fiscalYear = year(year, errors);
        List<ReportDeadline> lines = errors.any() || fiscalYear == null ? deadlines.all().get(null) : deadlines.calendar(fiscalYear);
        boolean bangla = Ui.isBangla(locale);
        List<DeadlineForm.Quarter> typed = lines.stream().map(d -> new DeadlineForm.Quarter(typed(d.submit(), bangla), typed(d.review(), bangla))).toList();
        String shownYear = fiscalYear == null ? "" : PlanText.digits(fiscalYear.shortLabelLatin(), bangla);
        return page(new DeadlineForm(shownYear, typed), errors, model);
    }

    @PostMapping("/plan-deadlines")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String save(@ModelAttribute("deadlineForm") DeadlineForm form, BindingResult binding, Model model) {
        FormErrors errors = Forms.errors(binding);
        FiscalYear year = year(form.fiscalYear(), errors);
        List<ReportDeadline> lines = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            MonthDay submit = day(form.at(i, false), "quarters[" + i + "].submit", true, errors);
            MonthDay review = day(form.at(i, true), "quarters[" + i + "].review", false, errors);
            if (submit != null) {
                lines.add(new ReportDeadline(i + 1, submit, review));
            }
        }
        return Forms.saveOrShow(errors, () -> {
            deadlines.save(year, lines);
            return "redirect:/plan-deadlines" + (year == null ? "" : "?year=" + year.shortLabelLatin());
        }, problems -> page(form, problems, model));
    }

    private String page(DeadlineForm form, FormErrors errors, Model model) {
        model.addAttribute("all", deadlines.all());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "plan/deadlines";
    }

    /** A fiscal year, or null for the default (blank); a problem on {@code fiscalYear} otherwise. */
    private static FiscalYear year(String typed, FormErrors errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            FiscalYear year = FiscalYear.parse(BanglaDigits.toLatin(typed.strip()));
            if (year.startYear() >= MIN_YEAR && year.startYear() <= MAX_YEAR) {
                return year;
            }
        } catch (IllegalArgumentException e) {
            // said below
        }
        errors.add("fiscalYear", "plan.deadline.error.year", typed);
        return null;
    }

    /** A day-month ("15-10", "১৫-১০", "15/10"); null when blank (a problem when required) or unreadable (a problem). */
    static MonthDay day(String typed, String field, boolean required, FormErrors errors) {
        if (typed == null || typed.isBlank()) {
            if (required) {
                errors.add(field, "plan.deadline.error.dayNeeded");
            }
            return null;
        }
        Matcher m = DAY_MONTH.matcher(BanglaDigits.toLatin(typed));
        if (m.matches()) {
            try {
                return MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            } catch (DateTimeException e) {
                // said below
            }
        }
        errors.add(field, "plan.deadline.error.day", typed);
        return null;
    }

    private static String typed(MonthDay day, boolean bangla) {
        return day == null ? "" : PlanText.digits(day.getDayOfMonth() + "-" + day.getMonthValue(), bangla);
    }
}
