package bd.udbhabon.reminder.web;

import java.util.List;

/**
 * The e-mail preferences' form: every kind the page showed ({@code kinds}, hidden) and those ticked for e-mail
 * ({@code emailOn}, checkboxes): a kind shown and not ticked is off.
 */
public record PreferencesForm(List<String> kinds, List<String> emailOn) {

    public PreferencesForm {
        kinds = kinds == null ? List.of() : kinds;
        emailOn = emailOn == null ? List.of() : emailOn;
    }
}
