package bd.udbhabon.shell.internal;

import bd.udbhabon.shell.Ui;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;

final class UiFactory {

    private UiFactory() {
    }

    static Ui create(HttpServletRequest request, Locale locale, MessageSource messages) {
        String query = request.getQueryString();
        String path = request.getRequestURI() + (query == null ? "" : "?" + query);
        return new Ui(locale, messages, path);
    }
}
