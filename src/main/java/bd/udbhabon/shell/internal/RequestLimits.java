package bd.udbhabon.shell.internal;

import bd.udbhabon.shell.Ui;
import bd.udbhabon.shell.UserFacingException;
import gg.jte.TemplateEngine;
import gg.jte.output.PrintWriterOutput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every request's parameters before anything else does and refuses, in the user's language,
 * what no handler can take: a form over the container's size limits (413), more than
 * {@value #MAX_FIELDS} fields (413), a NUL character in any field (400; PostgreSQL cannot store it).
 * Left to the security filters, a form the container cannot read loses its CSRF token and ends in
 * a misleading 403, or in a 500; and the container's error dispatch cannot read the parameters
 * either, so the answer is written here rather than through {@code /error}.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

    static final int MAX_FIELDS = 1000;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestLimitsFilter(JsonMapper json, ErrorMessages errors, MessageSource messages,
                                                                     LocaleResolver locales, TemplateEngine templates, AssetUrls assets) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(json, errors, messages, locales, templates, assets));
        // after the character encoding filter (highest precedence), which must come before any parameter is read
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final JsonMapper json;
        private final ErrorMessages errors;
        private final MessageSource messages;
        private final LocaleResolver locales;
        private final TemplateEngine templates;
        private final AssetUrls assets;

        Filter(JsonMapper json, ErrorMessages errors, MessageSource messages, LocaleResolver locales, TemplateEngine templates,
               AssetUrls assets) {
            this.assets = assets;
            this.json = json;
            this.errors = errors;
            this.messages = messages;
            this.locales = locales;
            this.templates = templates;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Throwable refusal;
            try {
                refusal = check(request.getParameterMap());
            } catch (IllegalStateException e) { // the container's parse failure: too large, too many parts, malformed
                refusal = e instanceof InvalidParameterException ? e : new InvalidParameterException(e);
            }
            if (refusal == null) {
                chain.doFilter(request, response);
                return;
            }
            Locale locale = locale(request);
            write(errors.describe(refusal, locale), request, response, locale);
        }

        private static UserFacingException check(Map<String, String[]> parameters) {
            int count = 0;
            for (var entry : parameters.entrySet()) {
                count += entry.getValue().length;
                if (entry.getKey().indexOf('\0') >= 0) {
                    return UserFacingException.badRequest("input.nul", entry.getKey().replace('\0', ' '));
                }
                for (String value : entry.getValue()) {
                    if (value != null && value.indexOf('\0') >= 0) {
                        return UserFacingException.badRequest("input.nul", entry.getKey());
                    }
                }
            }
            return count > MAX_FIELDS ? new UserFacingException(413, "error.tooManyFields", MAX_FIELDS) : null;
        }

        /** As the language interceptor would decide, without reading the (unreadable) form: the query string, then the cookie. */
        private Locale locale(HttpServletRequest request) {
            String query = request.getQueryString();
            if (query != null) {
                for (String pair : query.split("&")) {
                    if (pair.equals("lang=en")) {
                        return Locale.ENGLISH;
                    }
                    if (pair.equals("lang=bn")) {
                        return Ui.BANGLA;
                    }
                }
            }
            return locales.resolveLocale(request);
        }

        private void write(ApiError error, HttpServletRequest request, HttpServletResponse response, Locale locale)
                throws IOException {
            response.setStatus(error.status());
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            if (ErrorHandling.isApi(request.getRequestURI())) {
                response.setContentType("application/json");
                response.getWriter().write(json.writeValueAsString(error));
                return;
            }
            response.setContentType("text/html");
            templates.render("errorpage.jte", Map.of("ui", UiFactory.create(request, locale, messages, assets),
                    "status", error.status(), "message", ErrorHandling.pageMessage(error)), new PrintWriterOutput(response.getWriter()));
        }
    }
}
