package bd.udbhabon.identity.internal;

import bd.udbhabon.access.PublicAccess;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@PublicAccess
class LoginPage {

    private final ObjectProvider<ClientRegistrationRepository> singleSignOn;

    LoginPage(ObjectProvider<ClientRegistrationRepository> singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String next,
                 @CookieValue(name = LoginOutcomes.TYPED_USERNAME, required = false) String typed, Model model) {
        // no session here: a visit to the sign-in page must not make the server store anything
        model.addAttribute("username", typed == null || error == null ? "" : typed);
        model.addAttribute("error", error == null ? "" : switch (error) {
            case "rate" -> "login.error.rate";
            case "sso" -> "login.error.sso";
            default -> "login.error.bad";
        });
        model.addAttribute("next", LoginOutcomes.isLocalPath(next) ? next : "");
        model.addAttribute("providers", providers());
        return "account/login";
    }

    /** Configured OpenID Connect providers: registration id to display name. */
    private Map<String, String> providers() {
        var providers = new LinkedHashMap<String, String>();
        if (singleSignOn.getIfAvailable() instanceof InMemoryClientRegistrationRepository registrations) {
            for (ClientRegistration registration : registrations) {
                providers.put(registration.getRegistrationId(), registration.getClientName());
            }
        }
        return providers;
    }
}
