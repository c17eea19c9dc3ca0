package bd.udbhabon.initiative.internal;

import bd.udbhabon.initiative.ServiceKind;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service of the register must say, pure: a Bangla name, a kind, a link that is a web address
 * (http or https, with a host) or none; a new service also says whether it runs and on which day that
 * was checked (not in the future). A name's words are kept one space apart. Field names are the form's. Whether the initiative is the office's
 * and whether the name is taken are the register's to say (they need the database).
 */
public final class ServiceRules {

    /** The database's own limit on a link (V37). */
    static final int MAX_LINK = 1000;
    /** "https://seba.gov.bd/path?q", a scheme in any case, a host of at least two labels (Bangla ones too), no spaces. */
    private static final Pattern WEB_ADDRESS =
            Pattern.compile("(?i)(https?)://([^\\s/?#@:.]+(?:\\.[^\\s/?#@:.]+)+)(:\\d{1,5})?([/?#]\\S*)?");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ServiceRules() {
    }

    /** A service as the office typed it; {@code running} and {@code checkedOn} are read only for a new one. */
    public record Input(String nameBn, String nameEn, String kind, String link, Long initiativeId, Boolean running,
                        LocalDate checkedOn) {
    }

    /** The service as it will be stored, its texts cleaned and the link's scheme in lower case. */
    record Draft(String nameBn, String nameEn, ServiceKind kind, String link, Long initiativeId, Boolean running,
                 LocalDate checkedOn) {
    }

    static Draft check(Input in, boolean isNew, LocalDate today, FormErrors errors) {
        String name = oneSpaced(Inputs.text(errors, "nameBn", in.nameBn(), 300));
        if (name == null) {
            errors.add("nameBn", "initiative.error.required");
        }
        String nameEn = oneSpaced(Inputs.text(errors, "nameEn", in.nameEn(), 300));
        ServiceKind kind = kind(in.kind());
        if (kind == null) {
            errors.add("kind", "initiative.service.error.kind");
        }
        String link = link(in.link(), errors);
        if (isNew) {
            if (in.running() == null) {
                errors.add("running", "initiative.service.error.running");
            }
            checkDay(in.checkedOn(), "checkedOn", today, errors);
        }
        return new Draft(name, nameEn, kind, link, in.initiativeId(), in.running(), in.checkedOn());
    }

    /** A check's day: given, and not after today. */
    static void checkDay(LocalDate day, String field, LocalDate today, FormErrors errors) {
        if (day == null) {
            errors.add(field, "initiative.service.error.checkedOn");
        } else if (day.isAfter(today)) {
            errors.add(field, "initiative.error.future");
        }
    }

    /** The link cleaned, or null when none was typed; a field error when it is no web address. */
    static String link(String typed, FormErrors errors) {
        String link = Inputs.text(errors, "link", typed, MAX_LINK);
        if (link == null || errors.has("link")) {
            return link;
        }
        Matcher m = WEB_ADDRESS.matcher(link);
        if (!m.matches()) {
            errors.add("link", "initiative.service.error.link", link);
            return link;
        }
        return m.group(1).toLowerCase(Locale.ROOT) + link.substring(m.group(1).length());
    }

    /** A name with its words one space apart, so that "নাগরিক  সনদ" is the name "নাগরিক সনদ" already taken. */
    static String oneSpaced(String name) {
        return name == null ? null : WHITESPACE.matcher(name).replaceAll(" ");
    }

    static ServiceKind kind(String typed) {
        for (ServiceKind kind : ServiceKind.values()) {
            if (kind.name().equals(typed == null ? "" : typed.strip())) {
                return kind;
            }
        }
        return null;
    }
}
