package bd.udbhabon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Http;
import bd.udbhabon.IntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Nothing that changes state can be done without signing in: never a 2xx, never a 5xx. */
@IntegrationTest
class AnonymousWritesTests {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyStateChangingOperationRefusesAnAnonymousCaller() {
        var http = new Http(port);
        List<String> checked = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getName().startsWith("bd.udbhabon.")) {
                return;
            }
            for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
                if (verb == RequestMethod.GET || verb == RequestMethod.HEAD || verb == RequestMethod.OPTIONS) {
                    continue;
                }
                for (String pattern : info.getPatternValues()) {
                    String path = pattern.replaceAll("\\{[^}]+}", "1");
                    for (String authorization : new String[] {null, "Bearer udb_not-a-real-token"}) {
                        var request = HttpRequest.newBuilder(URI.create(http.base() + path))
                                .header("Content-Type", path.startsWith("/api/") ? "application/json" : "application/x-www-form-urlencoded")
                                .method(verb.name(), HttpRequest.BodyPublishers.ofString(path.startsWith("/api/") ? "{}" : "name=x"));
                        if (authorization != null) {
                            request.header("Authorization", authorization);
                        }
                        var response = http.sendRaw(request.build());
                        int status = response.statusCode();
                        String where = verb + " " + pattern + (authorization == null ? "" : " with a bogus token");
                        if (path.startsWith("/api/")) {
                            assertThat(status).as(where).isIn(401, 403);
                            assertThat(response.body()).as(where).contains("\"error\"").doesNotContain("Exception");
                        } else {
                            boolean toSignIn = status == 302 && response.headers().firstValue("Location").orElse("").contains("/login");
                            assertThat(status == 401 || status == 403 || toSignIn).as(where + ": " + status).isTrue();
                        }
                        checked.add(where);
                    }
                }
            }
        });
        assertThat(checked).as("state-changing operations found").hasSizeGreaterThan(20)
                .anyMatch(c -> c.startsWith("POST /api/v1/offices/{officeId}/children"))
                .anyMatch(c -> c.startsWith("PUT /api/v1/offices/{officeId}"));
    }
}
