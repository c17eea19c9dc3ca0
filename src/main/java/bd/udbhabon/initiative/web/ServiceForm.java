package bd.udbhabon.initiative.web;

import bd.udbhabon.initiative.RegisteredService;
import bd.udbhabon.initiative.internal.ServiceRules;
import bd.udbhabon.shell.FormDates;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.FormText;
import java.time.LocalDate;

/**
 * The service form as bound: the names, the kind, the link, the initiative it came from (an id, blank
 * for none) and, for a new service, whether it runs ("true"/"false") and the day that was checked
 * (either digits, ISO or day first). Kept as typed, so a refused form comes back as it was.
 */
public record ServiceForm(@FormText(max = 300) String nameBn, @FormText(max = 300) String nameEn, String kind,
                   @FormText(max = 1000) String link, String initiativeId, String running, String checkedOn) {

    public ServiceForm {
        nameBn = nz(nameBn);
        nameEn = nz(nameEn);
        kind = nz(kind);
        link = nz(link);
        initiativeId = nz(initiativeId);
        running = nz(running);
        checkedOn = nz(checkedOn);
    }

    static ServiceForm empty(LocalDate today) {
        return new ServiceForm("", "", "", "", "", "", today.toString());
    }

    static ServiceForm of(RegisteredService s) {
        return new ServiceForm(s.nameBn(), s.nameEn(), s.kind().name(), s.link(),
                s.initiativeId() == null ? "" : s.initiativeId().toString(), Boolean.toString(s.running()), s.checkedOn().toString());
    }

    /** What the register checks; a day or an initiative that cannot be read is said here, on its field. */
    ServiceRules.Input input(FormErrors errors) {
        LocalDate day = FormDates.read(checkedOn);
        if (day == null && !checkedOn.isBlank()) {
            errors.add("checkedOn", "form.error.date");
        }
        Long initiative = null;
        if (!initiativeId.isBlank()) {
            try {
                initiative = Long.parseLong(initiativeId.strip());
            } catch (NumberFormatException e) {
                errors.add("initiativeId", "initiative.service.error.initiative");
            }
        }
        Boolean runs = yesOrNo(running);
        return new ServiceRules.Input(nameBn, nameEn, kind, link, initiative, runs, day);
    }

    /** "true" or "false" as the radio buttons send them; anything else is no answer (the register asks for one). */
    static Boolean yesOrNo(String typed) {
        return switch (typed.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
