package bd.udbhabon.shell.internal;

import bd.udbhabon.shell.Ui;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page template its {@link Ui}. */
@ControllerAdvice
class UiAdvice {

    private final MessageSource messages;
    private final org.springframework.beans.factory.ObjectProvider<bd.udbhabon.shell.UnreadCount> unread;

    private final AssetUrls assets;

    UiAdvice(MessageSource messages, org.springframework.beans.factory.ObjectProvider<bd.udbhabon.shell.UnreadCount> unread,
             AssetUrls assets) {
        this.messages = messages;
        this.assets = assets;
        this.unread = unread;
    }

    @ModelAttribute("ui")
    Ui ui(HttpServletRequest request, Locale locale) {
        return UiFactory.create(request, locale, messages, unread.getIfAvailable(), assets);
    }
}
