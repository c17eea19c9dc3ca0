package bd.udbhabon.shell.internal;

import bd.udbhabon.shell.FormDates;
import java.time.LocalDate;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every form field and query parameter typed {@link LocalDate} is read one way: {@link FormDates}. */
@Configuration(proxyBeanMethods = false)
class FormBinding implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new FormDates());
    }
}
