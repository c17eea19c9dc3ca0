package bd.udbhabon.shell.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request gets an id (issue 17, point 7): the caller's {@code X-Request-Id} when it is a sane token (a reverse
 * proxy's, so one id runs through both logs), else a new one. It is in the log's MDC as {@value #MDC_KEY} for every
 * line written while the request runs (the log pattern and the JSON log show it), sent back in the response's
 * {@code X-Request-Id}, and printed on the error page and in the API's error body, so a user can quote it.
 * At DEBUG ({@code logging.level.bd.udbhabon.shell.internal.RequestIds}) one line per request: method, path, status, time.
 */
@Configuration(proxyBeanMethods = false)
class RequestIds {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = RequestIds.class.getName();
    /** What a proxy sends (UUIDs, nginx's $request_id, hex, base64url): nothing that could forge a log line. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:+=-]{1,64}");
    private static final SecureRandom random = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(RequestIds.class);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter());
        // ahead of everything that may log or answer (RequestLimits, the security filters); the error dispatch too
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    /** The id of the request being answered, or null outside a request. */
    static String of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String id ? id : MDC.get(MDC_KEY);
    }

    /** The caller's id when it is sane, else a new one (16 random hex digits). */
    static String choose(String offered) {
        if (offered != null && SANE.matcher(offered).matches()) {
            return offered;
        }
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false; // the error page is written after the first pass has cleared the MDC
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String id = request.getAttribute(ATTRIBUTE) instanceof String known ? known : choose(request.getHeader(HEADER));
            request.setAttribute(ATTRIBUTE, id);
            if (!response.containsHeader(HEADER)) {
                response.setHeader(HEADER, id);
            }
            String outer = MDC.get(MDC_KEY);
            MDC.put(MDC_KEY, id);
            long start = System.nanoTime();
            try {
                chain.doFilter(request, response);
            } finally {
                if (log.isDebugEnabled() && request.getDispatcherType() == DispatcherType.REQUEST) {
                    log.debug("{} {} {} {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                            (System.nanoTime() - start) / 1_000_000);
                }
                if (outer == null) {
                    MDC.remove(MDC_KEY);
                } else {
                    MDC.put(MDC_KEY, outer);
                }
            }
        }
    }
}
