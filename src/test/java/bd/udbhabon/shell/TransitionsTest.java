package bd.udbhabon.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The transition table itself: lines, refusals, and a table that misses an action or contradicts itself is not built. */
class TransitionsTest {

    enum State { OPEN, DONE }

    enum Action { CLOSE, NOTE }

    private static Transitions.Builder<State, Action> table() {
        return Transitions.of(State.class, Action.class)
                .allow(Action.CLOSE, State.OPEN, State.DONE).refuse(Action.CLOSE, "closed")
                .allow(Action.NOTE, State.OPEN, State.OPEN).refuse(Action.NOTE, State.DONE, "noteOnDone").refuse(Action.NOTE, "never");
    }

    @Test
    void leadsWhereTheTableSaysOrRefusesWithItsMessage() {
        Transitions<State, Action> t = table().build();
        assertThat(t.next(State.OPEN, Action.CLOSE)).isEqualTo(State.DONE);
        assertThat(t.next(State.OPEN, Action.NOTE)).isEqualTo(State.OPEN);
        assertThat(t.refusal(State.OPEN, Action.CLOSE)).isEmpty();
        assertThat(t.refusal(State.DONE, Action.CLOSE)).contains("closed");
        assertThatThrownBy(() -> t.next(State.DONE, Action.CLOSE)).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.messageKey()).isEqualTo("closed");
        });
        assertThatThrownBy(() -> t.next(State.DONE, Action.NOTE)).hasMessage("noteOnDone");
    }

    @Test
    void aTableMissingAnActionOrContradictingItselfIsNotBuilt() {
        assertThatThrownBy(() -> Transitions.of(State.class, Action.class).allow(Action.CLOSE, State.OPEN, State.DONE)
                .refuse(Action.CLOSE, "closed").build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> table().refuse(Action.CLOSE, State.OPEN, "x").build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> table().allow(Action.CLOSE, State.OPEN, State.OPEN)).isInstanceOf(IllegalStateException.class);
    }
}
