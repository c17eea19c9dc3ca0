package bd.udbhabon.shell.internal;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Pages rendered whole into a byte buffer, then sent in one write with their length. The starter's view writes
 * each fragment of a template to the response's writer, through Spring Security's and Spring Session's
 * wrappers that count every write (issue 14, point 11); a template that fails half-way now leaves nothing sent,
 * so the error page is whole too.
 */
@Configuration(proxyBeanMethods = false)
class WholePages {

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine engine, JteProperties properties) {
        return new JteViewResolver(engine, properties) {
            @Override
            protected AbstractUrlBasedView instantiateView() {
                return new WholePage(engine);
            }
        };
    }

    static final class WholePage extends JteView {

        private final TemplateEngine engine;

        WholePage(TemplateEngine engine) {
            super(engine);
            this.engine = engine;
        }

        @Override
        protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
                                                 HttpServletResponse response) throws IOException {
            var page = new Utf8ByteOutput();
            engine.render(getUrl(), model, page);
            response.setContentType("text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            byte[] bytes = page.toByteArray(); // one write: each write passes every wrapper of the response
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
