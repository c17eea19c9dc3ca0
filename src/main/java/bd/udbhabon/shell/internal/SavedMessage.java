package bd.udbhabon.shell.internal;

import bd.udbhabon.shell.Ui;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Issue 19, point 13: after a form is saved the officer is told so. A form that was saved redirects
 * (one that was refused shows itself again), so every POST that ends in a redirect leaves the message
 * {@code flash.saved} for the page it leads to, which the layout shows once. A handler may leave a
 * message of its own under {@link Ui#FLASH}; a redirect whose query carries a value for the page's
 * own message ({@code team?issued=12}: "issued under memo number …") gets none.
 */
class SavedMessage implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (!"POST".equals(request.getMethod()) || view == null || view.getViewName() == null) {
            return;
        }
        String target = view.getViewName();
        int query = target.indexOf('?');
        if (target.startsWith("redirect:") && (query < 0 || target.indexOf('=', query) < 0)) {
            RequestContextUtils.getOutputFlashMap(request).putIfAbsent(Ui.FLASH, "flash.saved");
        }
    }
}
