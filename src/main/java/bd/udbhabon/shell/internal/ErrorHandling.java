package bd.udbhabon.shell.internal;

import bd.udbhabon.access.PublicAccess;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * One place for every error response: JSON for {@code /api/**}, a page in the user's language
 * for everything else. Handles failures thrown by controllers and, as the {@code /error}
 * controller, the ones the servlet container catches.
 */
@ControllerAdvice
@Controller
@PublicAccess
class ErrorHandling implements ErrorController {

    private final ErrorMessages errors;
    private final MessageSource messages;
    private final AssetUrls assets;

    ErrorHandling(ErrorMessages errors, MessageSource messages, AssetUrls assets) {
        this.errors = errors;
        this.assets = assets;
        this.messages = messages;
    }

    @ExceptionHandler(Exception.class)
    Object handle(Exception failure, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        return respond(errors.describe(failure, locale), request.getRequestURI(), request, locale);
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        ApiError error = failure instanceof Exception e
                ? errors.describe(e, locale)
                : errors.forStatus(status instanceof Integer s ? s : 404, locale); // no status: /error asked for directly
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return respond(error, path != null ? path : request.getRequestURI(), request, locale);
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("/v3/") || path.startsWith("/actuator/");
    }

    /** On a page, what is wrong with each field itself (the API's message points to its {@code fields}). */
    static String pageMessage(ApiError error) {
        return error.fields() == null || error.fields().isEmpty() ? error.message()
                : String.join(" ", new java.util.LinkedHashSet<>(error.fields().values()));
    }

    private Object respond(ApiError error, String path, HttpServletRequest request, Locale locale) {
        if (isApi(path)) {
            return ResponseEntity.status(error.status()).contentType(MediaType.APPLICATION_JSON).body(error);
        }
        if (error.status() == 401) { // a page that needs signing in: sign in, then come back
            String query = request.getQueryString();
            String back = path + (query == null ? "" : "?" + query);
            return "redirect:/login?next=" + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8);
        }
        var ui = UiFactory.create(request, locale, messages, assets);
        var page = new ModelAndView("errorpage", Map.of("ui", ui, "status", error.status(), "message", pageMessage(error)));
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(error.status()));
        return page;
    }
}
