package bd.udbhabon.identity.internal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store, asked at most once per request for a session by its id. Spring Session's filter forgets the
 * session it found once the response is complete (a page sent whole, a redirect) and, finishing the request, looks
 * it up again only to read its id: a second SELECT and transaction on every request (issue 14, point 11). Inside a
 * request ({@link Scope}, around Spring Session's filter) the session found first is answered again while it still
 * has that id; a session deleted or given a new id is looked up in the store as before.
 */
final class SessionsFoundOncePerRequest<S extends Session> implements FindByIndexNameSessionRepository<S> {

    private static final ThreadLocal<Map<String, Session>> FOUND = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<S> store;

    private SessionsFoundOncePerRequest(FindByIndexNameSessionRepository<S> store) {
        this.store = store;
    }

    static <S extends Session> SessionsFoundOncePerRequest<S> over(FindByIndexNameSessionRepository<S> store) {
        return new SessionsFoundOncePerRequest<>(store);
    }

    @Override
    public S createSession() {
        return store.createSession();
    }

    @Override
    public void save(S session) {
        store.save(session);
    }

    @Override
    @SuppressWarnings("unchecked")
    public S findById(String id) {
        Map<String, Session> found = FOUND.get();
        if (found != null) {
            Session earlier = found.get(id);
            if (earlier != null && earlier.getId().equals(id)) {
                return (S) earlier;
            }
        }
        S session = store.findById(id);
        if (found != null && session != null) {
            found.put(id, session);
        }
        return session;
    }

    @Override
    public void deleteById(String id) {
        Map<String, Session> found = FOUND.get();
        if (found != null) {
            found.values().removeIf(s -> s.getId().equals(id));
            found.remove(id);
        }
        store.deleteById(id);
    }

    @Override
    public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return store.findByIndexNameAndIndexValue(indexName, indexValue);
    }

    /** One request on this thread: sessions found inside it are remembered until it ends (the outermost, when nested). */
    static final class Scope implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
            if (FOUND.get() != null) {
                chain.doFilter(request, response);
                return;
            }
            FOUND.set(new HashMap<>(2));
            try {
                chain.doFilter(request, response);
            } finally {
                FOUND.remove();
            }
        }
    }
}
