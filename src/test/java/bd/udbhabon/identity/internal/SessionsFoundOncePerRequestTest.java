package bd.udbhabon.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.web.http.SessionRepositoryFilter;

/** Spring Session's own filter over an in-memory store that counts its look-ups. */
class SessionsFoundOncePerRequestTest {

    private final InMemorySessions store = InMemorySessions.create();
    private final List<String> lookups = store.lookups();
    private final SessionsFoundOncePerRequest<MapSession> sessions = SessionsFoundOncePerRequest.over(store);

    @Test
    void aPageSentWholeLooksItsSessionUpOnceWhereSpringSessionAloneLooksTwice() throws Exception {
        String id = storedSession();
        assertThat(page(new SessionRepositoryFilter<>(store), id)).isEqualTo("kushtia-head");
        assertThat(lookups).as("Spring Session alone").containsExactly(id, id);

        lookups.clear();
        var filter = new SessionRepositoryFilter<>(sessions);
        var request = request(id);
        var response = new MockHttpServletResponse();
        new SessionsFoundOncePerRequest.Scope().doFilter(request, response,
                (req, res) -> filter.doFilter(req, res, (inner, out) -> sendWhole((HttpServletRequest) inner, out)));
        assertThat(response.getContentAsString()).isEqualTo("kushtia-head");
        assertThat(lookups).as("inside the request's scope").containsExactly(id);

        lookups.clear();
        page(filter, id);
        page(filter, id);
        assertThat(lookups).as("each request looks again: outside a scope nothing is remembered").hasSize(4);
    }

    @Test
    void aSessionDeletedOrGivenANewIdInsideTheRequestIsLookedUpAgain() throws Exception {
        String id = storedSession();
        var scope = new SessionsFoundOncePerRequest.Scope();
        scope.doFilter(request(id), new MockHttpServletResponse(), (req, res) -> {
            MapSession found = sessions.findById(id);
            String newId = found.changeSessionId();
            store.save(found);
            assertThat(sessions.findById(id)).as("the old id is gone").isNull();
            assertThat(sessions.findById(newId).<String>getAttribute("user")).isEqualTo("kushtia-head");
            sessions.deleteById(newId);
            assertThat(sessions.findById(newId)).as("deleted").isNull();
        });
    }

    private String storedSession() {
        MapSession session = store.createSession();
        session.setAttribute("user", "kushtia-head");
        store.save(session);
        return session.getId();
    }

    private String page(SessionRepositoryFilter<?> filter, String id) throws Exception {
        var response = new MockHttpServletResponse();
        filter.doFilter(request(id), response, (req, res) -> sendWhole((HttpServletRequest) req, res));
        return response.getContentAsString();
    }

    /** As WholePages sends a page: its length first, then all of it, which completes the response. */
    private static void sendWhole(HttpServletRequest request, jakarta.servlet.ServletResponse response) throws java.io.IOException {
        byte[] body = ((String) request.getSession(false).getAttribute("user")).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static MockHttpServletRequest request(String id) {
        var request = new MockHttpServletRequest("GET", "/");
        request.setCookies(new Cookie("SESSION", Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8))));
        return request;
    }
}
