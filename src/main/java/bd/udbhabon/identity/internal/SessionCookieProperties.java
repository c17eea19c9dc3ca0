package bd.udbhabon.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Spring Boot's own {@code server.servlet.session.cookie.secure} (UDBHABON_SECURE_COOKIES in
 * application.yml), read once here for the cookies we set ourselves: the CSRF token and the name
 * typed in a failed sign-in are as Secure as the session cookie.
 */
@ConfigurationProperties("server.servlet.session.cookie")
record SessionCookieProperties(@DefaultValue("true") boolean secure) {
}
