package bd.udbhabon.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The C library's hashes and BouncyCastle's are one format: accounts made before keep signing in, and after. */
class Argon2PasswordsTests {

    private final PasswordEncoder nativeOne = Argon2Passwords.encoder();
    private final PasswordEncoder pureJava = Argon2Passwords.pureJava();

    @Test
    void theReferenceLibraryLoadsOnThisPlatform() {
        assertThat(nativeOne).isInstanceOf(Argon2Passwords.Native.class);
    }

    @Test
    void eachChecksTheOthersHashesWithSpringSecuritysParameters() {
        String password = "গোপন-পাসওয়ার্ড ১২৩ secret";
        String byNative = nativeOne.encode(password);
        String byJava = pureJava.encode(password);
        assertThat(byNative).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");
        assertThat(byJava).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");
        assertThat(pureJava.matches(password, byNative)).isTrue();
        assertThat(nativeOne.matches(password, byJava)).isTrue();
        assertThat(nativeOne.matches("গোপন-পাসওয়ার্ড ১২৪ secret", byJava)).isFalse();
        assertThat(pureJava.matches("গোপন-পাসওয়ার্ড ১২৪ secret", byNative)).isFalse();
    }

    @Test
    void aHashItCannotReadIsAMismatchNotAnError() {
        assertThat(nativeOne.matches("x", "$argon2id$v=19$m=16384,t=2,p=1$not-base64!$zz")).isFalse();
        assertThat(nativeOne.matches("x", "{noop}x")).isFalse();
    }
}
