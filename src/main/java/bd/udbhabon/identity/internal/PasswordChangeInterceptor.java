package bd.udbhabon.identity.internal;

import bd.udbhabon.shell.UserFacingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** A user whose password must be changed (the first administrator, a reset) can do nothing else first. */
class PasswordChangeInterceptor implements HandlerInterceptor {

    static final String CHANGE_PASSWORD = "/account/password";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        if (!(handler instanceof HandlerMethod)
                || ScopedAccessPolicy.currentUser().filter(SignedInUser::mustChangePassword).isEmpty()
                || request.getRequestURI().equals(CHANGE_PASSWORD) || request.getRequestURI().equals("/error")) {
            return true;
        }
        if (request.getRequestURI().startsWith("/api/")) {
            throw new UserFacingException(403, "account.password.mustChange");
        }
        response.sendRedirect(CHANGE_PASSWORD);
        return false;
    }
}
