package bd.udbhabon.shell.internal;

import bd.udbhabon.shell.Ui;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;

final class UiFactory {

    private UiFactory() {
    }

    static Ui create(HttpServletRequest request, Locale locale, MessageSource messages, AssetUrls assets) {
        return create(request, locale, messages, null, assets);
    }

    static Ui create(HttpServletRequest request, Locale locale, MessageSource messages, bd.udbhabon.shell.UnreadCount unread,
                     AssetUrls assets) {
        String query = request.getQueryString();
        String path = request.getRequestURI() + (query == null ? "" : "?" + query);
        var principal = request.getUserPrincipal();
        var csrf = (org.springframework.security.web.csrf.CsrfToken)
                request.getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName());
        var flash = org.springframework.web.servlet.support.RequestContextUtils.getInputFlashMap(request);
        Object flashKey = flash == null ? null : flash.get(Ui.FLASH);
        return new Ui(locale, messages, path, principal == null ? null : principal.getName(),
                () -> csrf == null ? null : csrf.getToken(), flashKey == null ? null : flashKey.toString(),
                () -> unread == null ? 0L : unread.unread(), assets);
    }
}
