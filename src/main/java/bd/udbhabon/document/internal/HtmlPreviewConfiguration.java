package bd.udbhabon.document.internal;

import bd.udbhabon.document.HtmlRenderer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

/**
 * The HTML preview: the renderer bean, and the PDF's own fonts (classpath:/fonts/, the same files
 * OpenPdfRenderer embeds) served under {@link HtmlRenderer#FONT_PATH} so that the preview looks
 * like the PDF. Static files pass the access checks as public; the fonts are OFL, cached for a year
 * and readable from any origin, so that a preview saved to disk can still load them.
 */
@Configuration(proxyBeanMethods = false)
class HtmlPreviewConfiguration implements WebMvcConfigurer {

    @Bean
    HtmlRenderer htmlRenderer(@Value("${server.servlet.context-path:}") String contextPath) {
        return new HtmlPaperRenderer(contextPath);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(HtmlRenderer.FONT_PATH + "**")
                .addResourceLocations("classpath:/fonts/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic());
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping(HtmlRenderer.FONT_PATH + "**").allowedOrigins("*").allowedMethods("GET", "HEAD");
    }
}
