package bd.udbhabon.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

/** Over Spring Session's own in-memory repository: the stored time of last use moves once a minute at most. */
class MinuteTouchedSessionsTest {

    private final Indexed store = new Indexed(new MapSessionRepository(new ConcurrentHashMap<>()));

    /** Spring's in-memory repository as the indexed kind the wrapper takes (no index: no session is looked up by one). */
    record Indexed(MapSessionRepository sessions) implements FindByIndexNameSessionRepository<MapSession> {
        public MapSession createSession() {
            return sessions.createSession();
        }

        public void save(MapSession session) {
            sessions.save(session);
        }

        public MapSession findById(String id) {
            return sessions.findById(id);
        }

        public void deleteById(String id) {
            sessions.deleteById(id);
        }

        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }

    @Test
    void aRequestWithinAMinuteOfTheStoredUseLeavesItAndOneAMinuteLaterMovesIt() {
        var sessions = MinuteTouchedSessions.over(store);
        var session = sessions.createSession();
        session.setAttribute("user", "kushtia-head");
        sessions.save(session);
        Instant stored = sessions.findById(session.getId()).getLastAccessedTime();

        var next = sessions.findById(session.getId());
        next.setLastAccessedTime(stored.plusSeconds(59));
        sessions.save(next);
        assertThat(sessions.findById(session.getId()).getLastAccessedTime()).isEqualTo(stored);

        var later = sessions.findById(session.getId());
        later.setLastAccessedTime(stored.plusSeconds(60));
        sessions.save(later);
        assertThat(sessions.findById(session.getId()).getLastAccessedTime()).isEqualTo(stored.plusSeconds(60));
    }

    @Test
    void attributesAndIdsAreSavedAsBefore() {
        var sessions = MinuteTouchedSessions.over(store);
        var session = sessions.createSession();
        sessions.save(session);

        var next = sessions.findById(session.getId());
        next.setAttribute("csrf", "token");
        String newId = next.changeSessionId();
        next.setMaxInactiveInterval(Duration.ofHours(8));
        sessions.save(next);

        assertThat(sessions.findById(session.getId())).isNull();
        var found = sessions.findById(newId);
        assertThat(found.<String>getAttribute("csrf")).isEqualTo("token");
        assertThat(found.getMaxInactiveInterval()).isEqualTo(Duration.ofHours(8));
        sessions.deleteById(newId);
        assertThat(sessions.findById(newId)).isNull();
    }
}
