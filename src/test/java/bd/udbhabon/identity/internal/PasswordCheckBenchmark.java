package bd.udbhabon.identity.internal;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * One sign-in's password check, by the C library the application uses and by the pure-Java one it
 * falls back to; same parameters, same stored hash. Run:
 * {@code ./mvnw -q -B -Pbench -DskipTests test-compile exec:exec@jmh -Djmh.args="PasswordCheckBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PasswordCheckBenchmark {

    private static final String PASSWORD = "উদ্ভাবন-২০২৬-secret";

    private PasswordEncoder nativeLibrary;
    private PasswordEncoder pureJava;
    private String stored;

    @Setup
    public void setUp() {
        nativeLibrary = Argon2Passwords.encoder();
        pureJava = Argon2Passwords.pureJava();
        stored = pureJava.encode(PASSWORD);
    }

    @Benchmark
    public boolean checkByTheCLibrary() {
        return nativeLibrary.matches(PASSWORD, stored);
    }

    @Benchmark
    public boolean checkByPureJava() {
        return pureJava.matches(PASSWORD, stored);
    }
}
