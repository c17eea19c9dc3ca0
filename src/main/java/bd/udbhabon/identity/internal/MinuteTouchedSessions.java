package bd.udbhabon.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The sessions as Spring Session keeps them in PostgreSQL, but their time of last use written at most once a
 * minute: Spring marks it changed on every request, which costs an UPDATE and a commit each (issue 14, point
 * 11). An 8-hour session may so end up to a minute early, never late. Attributes, a new session and a changed
 * id are saved as before.
 */
final class MinuteTouchedSessions<S extends Session>
        implements FindByIndexNameSessionRepository<MinuteTouchedSessions.Touched<S>> {

    static final Duration GRAIN = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<S> store;

    private MinuteTouchedSessions(FindByIndexNameSessionRepository<S> store) {
        this.store = store;
    }

    static <S extends Session> MinuteTouchedSessions<S> over(FindByIndexNameSessionRepository<S> store) {
        return new MinuteTouchedSessions<>(store);
    }

    @Override
    public Touched<S> createSession() {
        return new Touched<>(store.createSession());
    }

    @Override
    public void save(Touched<S> session) {
        store.save(session.stored);
    }

    @Override
    public Touched<S> findById(String id) {
        S found = store.findById(id);
        return found == null ? null : new Touched<>(found);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    @Override
    public Map<String, Touched<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Touched<S>> found = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, session) -> found.put(id, new Touched<>(session)));
        return found;
    }

    /** A stored session whose last use moves only when it is a minute or more later than the stored one. */
    static final class Touched<S extends Session> implements Session {

        private final S stored;

        Touched(S stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(GRAIN))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
