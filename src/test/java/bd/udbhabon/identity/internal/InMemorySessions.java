package bd.udbhabon.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

/**
 * Spring's in-memory repository as the indexed kind the session wrappers take (no index: no session is looked up by
 * one), noting each id it is asked for.
 */
record InMemorySessions(MapSessionRepository sessions, List<String> lookups) implements FindByIndexNameSessionRepository<MapSession> {

    static InMemorySessions create() {
        return new InMemorySessions(new MapSessionRepository(new ConcurrentHashMap<>()), new ArrayList<>());
    }

    public MapSession createSession() {
        return sessions.createSession();
    }

    public void save(MapSession session) {
        sessions.save(session);
    }

    public MapSession findById(String id) {
        lookups.add(id);
        return sessions.findById(id);
    }

    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return Map.of();
    }
}
