package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.notify.Mailer;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.plan.PlanReport;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A report's step by e-mail (in Bangla, as the offices write): a submission to the superior office's address,
 * a return or an acceptance to the reporting office's. Sent by the pages after the step committed (SMTP is slow
 * and a failure loses nothing: the mailer records it); an office without an address is skipped.
 */
@Component
public class ReportMail {

    private static final String[] QUARTERS = {"প্রথম", "দ্বিতীয়", "তৃতীয়", "চতুর্থ"};

    private final Mailer mailer;
    private final OfficeDirectory offices;

    ReportMail(Mailer mailer, OfficeDirectory offices) {
        this.mailer = mailer;
        this.offices = offices;
    }

    /** What the report's last step asks of whom: the superior reviews a submission, the office reads a decision. */
    public Optional<Mailer.Sent> lastStep(PlanReport report) {
        if (report.steps().isEmpty() || report.superiorId() == null) {
            return Optional.empty();
        }
        PlanReport.Step step = report.steps().getLast();
        Office office = offices.require(report.officeId());
        Office superior = offices.require(report.superiorId());
        Office to = step.action() == PlanReport.Action.SUBMIT ? superior : office;
        if (to.email() == null || to.email().isBlank()) {
            return Optional.empty();
        }
        String which = BanglaDigits.toBangla(report.fiscalYear().shortLabelLatin()) + " অর্থবছরের " + QUARTERS[report.quarter() - 1]
                + " ত্রৈমাসিক কর্মপরিকল্পনা প্রতিবেদন";
        String subject = switch (step.action()) {
            case SUBMIT -> office.nameBn() + ": " + which + " দাখিল" + (step.late() ? " (বিলম্বে)" : "");
            case RETURN -> which + " সংশোধনের জন্য ফেরত";
            case ACCEPT -> which + " গৃহীত";
        };
        String link = step.action() == PlanReport.Action.SUBMIT
                ? "/offices/" + superior.id() + "/plan-reports/" + report.id()
                : "/offices/" + office.id() + "/plans/" + report.fiscalYear().shortLabelLatin() + "/reports/" + report.quarter();
        String html = "<p>" + HtmlUtils.htmlEscape(subject) + "।</p>"
                + (step.commentBn() == null ? "" : "<p>মন্তব্য: " + HtmlUtils.htmlEscape(step.commentBn()) + "</p>")
                + "<p>উদ্ভাবন-এ দেখুন: " + HtmlUtils.htmlEscape(link) + "</p>";
        return Optional.of(mailer.send(new Mailer.Message(to.email(), subject, html, List.of(),
                "plan-report:" + report.id(), to.id())));
    }
}
