package bd.udbhabon.identity.internal;

import bd.udbhabon.access.NationalAccess;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.PublicAccess;
import bd.udbhabon.access.SignedIn;
import bd.udbhabon.shell.UserFacingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Checks every request against its handler's access annotation before the handler runs. A
 * handler of ours without one is refused (and logged): deny by default.
 */
class AccessInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AccessInterceptor.class);
    /** Third-party handlers that serve only public documentation. */
    private static final String API_DOCS_PACKAGE = "org.springdoc.";

    private final ScopedAccessPolicy policy;

    AccessInterceptor(ScopedAccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof ResourceHttpRequestHandler) {
            return true; // static files
        }
        if (CorsUtils.isPreFlightRequest(request)) {
            return true; // Spring answers it without calling any handler of ours (foreign ones were refused before)
        }
        if (!(handler instanceof HandlerMethod method)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        if (method.getBeanType().getName().startsWith(API_DOCS_PACKAGE) || has(method, PublicAccess.class)) {
            return true;
        }
        var user = ScopedAccessPolicy.currentUser();
        if (user.isEmpty()) {
            if (has(method, SignedIn.class) || method.hasMethodAnnotation(OfficeAccess.class)
                    || method.hasMethodAnnotation(NationalAccess.class)) {
                throw new UserFacingException(401, "error.unauthorized");
            }
        } else if (has(method, SignedIn.class)) {
            return true;
        }
        NationalAccess national = method.getMethodAnnotation(NationalAccess.class);
        if (national != null) {
            if (!policy.allowsNationally(national.value())) {
                throw new UserFacingException(403, "error.forbidden");
            }
            return true;
        }
        OfficeAccess rule = method.getMethodAnnotation(OfficeAccess.class);
        if (rule == null) {
            log.error("Refused {} {}: its handler {} declares no access rule", request.getMethod(),
                    request.getRequestURI(), method.getShortLogMessage());
            throw new UserFacingException(403, "error.forbidden");
        }
        long officeId = officeId(request, rule.office());
        if (!policy.allows(rule.value(), officeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        request.setAttribute(ScopedAccessPolicy.ACTING_OFFICE, officeId);
        return true;
    }

    private static boolean has(HandlerMethod method, Class<? extends java.lang.annotation.Annotation> annotation) {
        return method.hasMethodAnnotation(annotation)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), annotation);
    }

    @SuppressWarnings("unchecked")
    private static long officeId(HttpServletRequest request, String name) {
        var pathVariables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String value = pathVariables != null && pathVariables.containsKey(name) ? pathVariables.get(name) : request.getParameter(name);
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw UserFacingException.badRequest("error.parameter.invalid", name);
        }
    }
}
