package bd.udbhabon.identity.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Authentication (form sign-in, access tokens, optional OpenID Connect), CSRF and the security
 * headers. Authorisation is not decided here but per handler by {@link AccessInterceptor}, so
 * that each endpoint's rule sits on the endpoint and a missing rule means "refused".
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private final ScopedAccessPolicy policy;

    SecurityConfiguration(ScopedAccessPolicy policy) {
        this.policy = policy;
    }

    /**
     * The actuator (issue 17, point 7): health and info are for anyone (a load balancer's probes); the Prometheus
     * scrape only with the bearer token {@code udbhabon.security.metrics-token}, refused to everyone while it is
     * unset; any other endpoint refused even if exposed. Machines only: no session, no CSRF.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuatorChain(HttpSecurity http, IdentityProperties properties) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health", "info")).permitAll()
                        .requestMatchers(EndpointRequest.to("prometheus")).access(new ScrapeToken(properties.metricsToken()))
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(ScrapeToken::challenge))
                .build();
    }

    /**
     * No trace of each security filter, authentication and authorisation on every request: nothing reads them,
     * and wrapping every filter for them cost ~5 % of the CPU at the national deadline (docs/modules/plan.md).
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** The browsable API documentation: public, read-only, and its UI needs inline styles. */
    @Bean
    @Order(1)
    SecurityFilterChain apiDocumentationChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/swagger-ui/**", "/v3/api-docs/**", "/v3/api-docs", "/api-docs")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"))))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain applicationChain(HttpSecurity http, LoginOutcomes outcomes, AccessTokens tokens,
                                    AccountRepository accounts, IdentityProperties properties,
                                    SessionCookieProperties sessionCookie,
                                    ObjectProvider<ClientRegistrationRepository> singleSignOn,
                                    SingleSignOn singleSignOnOutcome) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login").loginProcessingUrl("/login")
                        .successHandler(outcomes).failureHandler(outcomes))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(AccessTokenFilter::signedInByToken))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=()")))
                .addFilterBefore(new LoginRateLimiter(properties.loginAttemptsPerMinute()), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AccessTokenFilter(tokens, accounts), CsrfFilter.class);
        // after the rate limit: an (account, address) that must wait is answered like any failure
        http.addFilterBefore(new LoginBackoffFilter(outcomes), UsernamePasswordAuthenticationFilter.class);
        // the CSRF token in a cookie, not in a session: a visit to the sign-in page must not make a session row
        http.csrf(csrf -> csrf.csrfTokenRepository(csrfCookie(sessionCookie.secure())));
        // no other site may call us from a browser: preflights are refused here (403), before any handler
        http.cors(cors -> cors.configurationSource(request -> CorsUtils.isPreFlightRequest(request) ? new CorsConfiguration() : null));
        if (singleSignOn.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login")
                    .successHandler(singleSignOnOutcome).failureHandler(singleSignOnOutcome));
        }
        return http.build();
    }

    private static CookieCsrfTokenRepository csrfCookie(boolean secure) {
        var repository = new CookieCsrfTokenRepository(); // HttpOnly: pages carry the token in their forms
        repository.setCookieName("UDBHABON_CSRF");
        repository.setHeaderName("X-CSRF-TOKEN");
        repository.setCookieCustomizer(cookie -> cookie.secure(secure).sameSite("Lax"));
        return repository;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AccessInterceptor(policy)).order(0);
        registry.addInterceptor(new PasswordChangeInterceptor()).order(1);
    }
}
