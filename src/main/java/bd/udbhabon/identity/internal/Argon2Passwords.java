package bd.udbhabon.identity.internal;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id with Spring Security's parameters (16 MiB, 2 passes, 1 lane, 16-byte salt, 32-byte hash),
 * computed by the reference C library (libargon2 through JNA) where it loads: the same hashes in the
 * same PHC form, about three times less CPU than the pure-Java BouncyCastle one, which was half the
 * application's CPU at the national deadline (docs/modules/plan.md). Elsewhere, BouncyCastle's.
 */
final class Argon2Passwords {

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 1 << 14;
    static final int ITERATIONS = 2;

    private static final Logger log = LoggerFactory.getLogger(Argon2Passwords.class);

    private Argon2Passwords() {
    }

    static PasswordEncoder encoder() {
        try {
            return new Native(Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, SALT_BYTES, HASH_BYTES));
        } catch (LinkageError | RuntimeException unavailable) {
            log.warn("libargon2 did not load ({}); passwords are hashed by the slower pure-Java Argon2id", unavailable.toString());
            return pureJava();
        }
    }

    static PasswordEncoder pureJava() {
        return new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
    }

    /** libargon2's own verification compares in constant time. */
    static final class Native implements PasswordEncoder {

        private final Argon2 argon2;

        Native(Argon2 argon2) {
            this.argon2 = argon2;
            // load and run the library once now, so that a broken one is found at start and not at a sign-in
            argon2.verify(argon2.hash(1, 8, 1, new char[] {'x'}, StandardCharsets.UTF_8), new char[] {'x'}, StandardCharsets.UTF_8);
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return argon2.hash(ITERATIONS, MEMORY_KIB, PARALLELISM, chars(rawPassword), StandardCharsets.UTF_8);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            if (rawPassword == null || encodedPassword == null || !encodedPassword.startsWith("$argon2id$")) {
                return false;
            }
            try {
                return argon2.verify(encodedPassword, chars(rawPassword), StandardCharsets.UTF_8);
            } catch (IllegalStateException malformed) { // as Spring's encoder answers a stored hash it cannot read
                log.warn("a stored password hash could not be read: {}", malformed.getMessage());
                return false;
            }
        }

        private static char[] chars(CharSequence text) {
            char[] chars = new char[text.length()];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = text.charAt(i);
            }
            return chars;
        }
    }
}
