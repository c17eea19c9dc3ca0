package bd.udbhabon.shell.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document says about the API as a whole. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI udbhabonApi() {
        return new OpenAPI()
                .info(new Info().title("Udbhabon API").version("v1")
                        .description("""
                                The innovation-team system of Bangladesh government offices, for other government systems.
                                Published information (the office registry, the calendar) needs no credentials; everything
                                else takes a personal access token (`Authorization: Bearer udb_…`, made on /account) and
                                acts with its owner's roles. Errors are `{"status","error","message"}` in Bangla, or in
                                English with `?lang=en`.""")
                        .license(new License().name("Reference data: bangladesh-geocode (MIT)")))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("udb_…")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
