package bd.udbhabon.shell.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long a browser keeps the static files (issue 17, point 2: light pages on slow links). A file under its
 * content-versioned name ({@link AssetUrls}: {@code /css/udbhabon-<md5>.css}) never changes, so it is kept a year
 * without asking again ({@value #VERSIONED}); under its plain name it is asked again each time ({@code no-cache}:
 * a 304 when unchanged). Set here, before the handler runs, because Spring Security's default headers
 * ({@code no-cache, no-store}) are written only where no {@code Cache-Control} was set. A refusal (a hash that is not
 * the file's, during a rolling upgrade perhaps a newer node's) is never cached: {@code no-store}.
 */
@Configuration(proxyBeanMethods = false)
class AssetCaching {

    static final String VERSIONED = "public, max-age=31536000, immutable";
    static final String PLAIN = "no-cache";
    /** The name Spring's content strategy gives: {@code name-<32 hex digits of MD5>.ext}. */
    private static final Pattern CONTENT_VERSIONED = Pattern.compile(".+-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> assetCachingFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter());
        registration.addUrlPatterns("/css/*", "/js/*", "/fonts/*", "/icons/*", "/webjars/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    static String cacheControl(String path) {
        return CONTENT_VERSIONED.matcher(path).matches() ? VERSIONED : PLAIN;
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl(request.getRequestURI()));
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void setStatus(int status) {
                    refused(status);
                    super.setStatus(status);
                }

                @Override
                public void sendError(int status) throws IOException {
                    refused(status);
                    super.sendError(status);
                }

                @Override
                public void sendError(int status, String message) throws IOException {
                    refused(status);
                    super.sendError(status, message);
                }

                private void refused(int status) {
                    if (status >= 400) {
                        setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                    }
                }
            });
        }
    }
}
