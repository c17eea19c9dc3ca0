package bd.udbhabon.initiative.web;

import bd.udbhabon.initiative.internal.ServiceRegister;
import bd.udbhabon.shell.FormDates;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.FormText;
import java.time.LocalDate;

/** A check of a service as bound: did it run ("true"/"false"), on which day (either digits), a note. */
public record CheckForm(String running, String on, @FormText(max = 1000) String noteBn) {

    public CheckForm {
        running = running == null ? "" : running;
        on = on == null ? "" : on;
        noteBn = noteBn == null ? "" : noteBn;
    }

    static CheckForm empty(LocalDate today) {
        return new CheckForm("", today.toString(), "");
    }

    ServiceRegister.CheckInput input(FormErrors errors) {
        LocalDate day = FormDates.read(on);
        if (day == null && !on.isBlank()) {
            errors.add("on", "form.error.date");
        }
        return new ServiceRegister.CheckInput(ServiceForm.yesOrNo(running), day, noteBn);
    }
}
