package bd.udbhabon.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Over Spring Session's own in-memory repository: the stored time of last use moves once a minute at most. */
class MinuteTouchedSessionsTest {

    private final InMemorySessions store = InMemorySessions.create();

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
