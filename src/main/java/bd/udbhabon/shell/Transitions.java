package bd.udbhabon.shell;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A workflow's transition table: for each action, the states it may be taken from and the state it
 * leads to; anything else is refused with the action's message key (or one given for that state).
 * Pure and immutable, so a workflow (the minutes', later the action plan's and the annual report's
 * approvals) is one table a unit test reads line by line, and its services only ask {@link #next}.
 *
 * @param <S> the states, e.g. DRAFT, APPROVED, ISSUED
 * @param <A> the actions, e.g. APPROVE, ISSUE
 */
public final class Transitions<S extends Enum<S>, A extends Enum<A>> {

    private final Map<A, Map<S, S>> allowed;
    private final Map<A, String> refusals;
    private final Map<A, Map<S, String>> refusalsFrom;

    private Transitions(Builder<S, A> b) {
        this.allowed = copy(b.allowed);
        this.refusals = Map.copyOf(b.refusals);
        this.refusalsFrom = copy(b.refusalsFrom);
    }

    public static <S extends Enum<S>, A extends Enum<A>> Builder<S, A> of(Class<S> states, Class<A> actions) {
        return new Builder<>(states, actions);
    }

    /** The state {@code action} leads to from {@code from}; refused (400, the table's message key) where the table has no such line. */
    public S next(S from, A action) {
        S to = allowed.getOrDefault(action, Map.of()).get(from);
        if (to == null) {
            String key = refusalsFrom.getOrDefault(action, Map.of()).getOrDefault(from, refusals.get(action));
            throw UserFacingException.badRequest(key);
        }
        return to;
    }

    public boolean allows(S from, A action) {
        return allowed.getOrDefault(action, Map.of()).containsKey(from);
    }

    /** The message key {@code action} is refused with from {@code from}; empty where it is allowed. */
    public Optional<String> refusal(S from, A action) {
        if (allows(from, action)) {
            return Optional.empty();
        }
        return Optional.of(refusalsFrom.getOrDefault(action, Map.of()).getOrDefault(from, refusals.get(action)));
    }

    private static <A, K, V> Map<A, Map<K, V>> copy(Map<A, Map<K, V>> table) {
        Map<A, Map<K, V>> copy = new java.util.HashMap<>();
        table.forEach((action, lines) -> copy.put(action, Map.copyOf(lines)));
        return Map.copyOf(copy);
    }

    public static final class Builder<S extends Enum<S>, A extends Enum<A>> {
        private final Class<S> states;
        private final Class<A> actions;
        private final EnumMap<A, Map<S, S>> allowed;
        private final EnumMap<A, String> refusals;
        private final EnumMap<A, Map<S, String>> refusalsFrom;

        private Builder(Class<S> states, Class<A> actions) {
            this.states = states;
            this.actions = actions;
            this.allowed = new EnumMap<>(actions);
            this.refusals = new EnumMap<>(actions);
            this.refusalsFrom = new EnumMap<>(actions);
        }

        /** {@code action} may be taken from {@code from} and leads to {@code to} (the same state for an action that records without moving). */
        public Builder<S, A> allow(A action, S from, S to) {
            Map<S, S> lines = allowed.computeIfAbsent(action, a -> new EnumMap<>(states));
            if (lines.putIfAbsent(Objects.requireNonNull(from), Objects.requireNonNull(to)) != null) {
                throw new IllegalStateException(action + " from " + from + " twice");
            }
            return this;
        }

        /** The message key {@code action} is refused with from any state it is not allowed from. */
        public Builder<S, A> refuse(A action, String messageKey) {
            refusals.put(action, Objects.requireNonNull(messageKey));
            return this;
        }

        /** A more telling message key for {@code action} from one state it is not allowed from. */
        public Builder<S, A> refuse(A action, S from, String messageKey) {
            refusalsFrom.computeIfAbsent(action, a -> new EnumMap<>(states)).put(from, Objects.requireNonNull(messageKey));
            return this;
        }

        /** Every action needs its refusal and at least one line, and a specific refusal must not name an allowed state. */
        public Transitions<S, A> build() {
            for (A action : EnumSet.allOf(actions)) {
                if (!allowed.containsKey(action) || !refusals.containsKey(action)) {
                    throw new IllegalStateException(action + " needs at least one allowed line and its refusal");
                }
                Set<S> special = refusalsFrom.getOrDefault(action, Map.of()).keySet();
                for (S s : special) {
                    if (allowed.get(action).containsKey(s)) {
                        throw new IllegalStateException(action + " both allowed and refused from " + s);
                    }
                }
            }
            return new Transitions<>(this);
        }
    }
}
