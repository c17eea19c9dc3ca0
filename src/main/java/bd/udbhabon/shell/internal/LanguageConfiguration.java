package bd.udbhabon.shell.internal;

import bd.udbhabon.shell.Ui;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Bangla unless the user chose English: {@code ?lang=en} or {@code ?lang=bn} switches and a
 * cookie remembers the choice for a year. The browser's Accept-Language is deliberately ignored:
 * most office PCs run English Windows, yet their users expect Bangla.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "udbhabon-lang";

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver(COOKIE);
        resolver.setDefaultLocaleFunction(request -> Ui.BANGLA);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new SavedMessage());
    }
}
