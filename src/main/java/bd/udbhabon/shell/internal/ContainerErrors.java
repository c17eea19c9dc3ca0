package bd.udbhabon.shell.internal;

import bd.udbhabon.database.DatabaseUnavailable;
import bd.udbhabon.shell.Ui;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * What Tomcat answers itself, before any of our code runs (a request line or headers too long, such as
 * a search of 10,000 characters in the address): in the user's language, as JSON under the API,
 * instead of Tomcat's English page. Replaces the container's error report valve on the host.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final MessageSource messages;

    ContainerErrors(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after Spring Boot's, whose valve this one replaces
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            var pipeline = context.getParent().getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new Report(messages));
            if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                host.setErrorReportValveClass(Report.class.getName()); // else the host adds Tomcat's own again when it starts
            }
        });
    }

    static final class Report extends ErrorReportValve {

        private final MessageSource messages;

        Report(MessageSource messages) {
            this.messages = messages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            boolean databaseDown = status == 500 && throwable != null && DatabaseUnavailable.causedBy(throwable);
            if (databaseDown) {
                // a filter before our controllers (the session's, which reads the database) failed, and so did the
                // error page's own request: the database is down, which the user hears as on any other page
                status = 503;
                response.setStatus(status);
            }
            Locale locale = english(request) ? Locale.ENGLISH : Ui.BANGLA;
            String key = databaseDown ? "error.databaseUnavailable" : switch (status) {
                case 400 -> "error.requestUnreadable";
                case 404 -> "error.notFound";
                case 413 -> "error.tooLarge.form";
                default -> status < 500 ? "error.badRequest" : "error.internal";
            };
            String message = messages.getMessage(key, null, key, locale);
            String uri = request.getRequestURI();
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer out = response.getReporter();
                if (out == null) {
                    return;
                }
                if (uri != null && ErrorHandling.isApi(uri)) {
                    response.setContentType("application/json");
                    out.write("{\"status\":" + status + ",\"error\":\"" + (status == 413 ? "too_large" : databaseDown ? "unavailable"
                            : status < 500 ? "bad_request" : "internal_error")
                            + "\",\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
                } else {
                    response.setContentType("text/html");
                    String lang = locale.getLanguage();
                    out.write("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>"
                            + HtmlUtils.htmlEscape(messages.getMessage("error.title", null, locale)) + "</title>"
                            + "<link rel=\"stylesheet\" href=\"/css/udbhabon.css\"></head><body><main id=\"main\">"
                            + "<section class=\"error-page\"><h1>" + HtmlUtils.htmlEscape(message) + "</h1><p><a href=\"/\">"
                            + HtmlUtils.htmlEscape(messages.getMessage("error.home", null, locale)) + "</a></p></section></main></body></html>");
                }
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client has gone, or the response cannot be written: nothing more to tell anyone
            }
        }

        /** The language the user chose, if Tomcat got far enough to read it (the query, then the cookie). */
        private static boolean english(Request request) {
            try {
                String query = request.getQueryString();
                if (query != null && (query.startsWith("lang=en") || query.contains("&lang=en"))) {
                    return true;
                }
                Cookie[] cookies = request.getCookies();
                if (cookies != null) {
                    for (Cookie c : cookies) {
                        if (LanguageConfiguration.COOKIE.equals(c.getName())) {
                            return c.getValue().startsWith("en");
                        }
                    }
                }
            } catch (RuntimeException e) {
                // headers Tomcat could not parse: Bangla, the default
            }
            return false;
        }
    }
}
