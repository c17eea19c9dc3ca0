package bd.udbhabon.shell.internal;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The messages of every module ({@code spring.messages.basename}, one bundle per module) as Spring Boot would
 * configure them, but looked up in one map per language: Spring's own source tries the bundles in turn, and a
 * page asks for a few hundred texts (issue 14, point 11: 4 % of the application's CPU at the national deadline).
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

    @Bean
    @ConfigurationProperties(prefix = "spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean
    MessageSource messageSource(MessageSourceProperties properties) {
        var source = new MergedBundles();
        source.setBasenames(properties.getBasename().toArray(String[]::new));
        source.setDefaultEncoding(properties.getEncoding() == null ? "UTF-8" : properties.getEncoding().name());
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        if (properties.getCacheDuration() != null) {
            source.setCacheMillis(properties.getCacheDuration().toMillis());
        }
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        return source;
    }

    /** The bundles merged per locale at first use, in basename order (the first bundle holding a key wins, as before). */
    static final class MergedBundles extends ResourceBundleMessageSource {

        private final ConcurrentMap<Locale, Map<String, String>> texts = new ConcurrentHashMap<>();
        private final ConcurrentMap<Locale, ConcurrentMap<String, MessageFormat>> formats = new ConcurrentHashMap<>();

        @Override
        protected String resolveCodeWithoutArguments(String code, Locale locale) {
            return reloads() ? super.resolveCodeWithoutArguments(code, locale) : texts(locale).get(code);
        }

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            if (reloads()) {
                return super.resolveCode(code, locale);
            }
            String text = texts(locale).get(code);
            return text == null ? null : formats.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                    .computeIfAbsent(code, c -> createMessageFormat(text, locale));
        }

        /** Bundles read again after a cache duration (a setting for editing texts) are not merged. */
        private boolean reloads() {
            return getCacheMillis() >= 0;
        }

        private Map<String, String> texts(Locale locale) {
            return texts.computeIfAbsent(locale, l -> {
                Map<String, String> merged = new HashMap<>();
                for (String basename : getBasenameSet()) {
                    ResourceBundle bundle = getResourceBundle(basename, l);
                    if (bundle != null) {
                        for (String key : bundle.keySet()) {
                            merged.putIfAbsent(key, bundle.getString(key));
                        }
                    }
                }
                return Map.copyOf(merged);
            });
        }
    }
}
