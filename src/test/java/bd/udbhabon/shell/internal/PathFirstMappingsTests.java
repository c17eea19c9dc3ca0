package bd.udbhabon.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.IntegrationTest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finding mappings by their path first changes no route: a request to every route of the application (its path
 * with each variable filled, with each of its methods, with a method it lacks, one level deeper, with a trailing
 * slash, percent-encoded) reaches the handler that Spring's own handler mapping, holding the same mappings,
 * reaches, or is refused alike.
 */
@IntegrationTest
class PathFirstMappingsTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    ApplicationContext context;

    @Test
    void everyRouteReachesTheHandlerSpringsOwnMappingReaches() throws Exception {
        assertThat(mappings).isInstanceOf(PathFirstMappings.PathFirst.class);
        var plain = new RequestMappingHandlerMapping();
        plain.setApplicationContext(context);
        mappings.getHandlerMethods().forEach((info, method) -> plain.registerMapping(info, method.getBean(), method.getMethod()));
        List<RequestMappingInfo> infos = new ArrayList<>(mappings.getHandlerMethods().keySet());
        assertThat(infos).hasSizeGreaterThan(300);

        int reached = 0;
        for (MockHttpServletRequest request : requests(infos)) {
            String expected = handler(plain, request);
            assertThat(handler(mappings, request)).as("%s %s", request.getMethod(), request.getRequestURI()).isEqualTo(expected);
            reached += expected.startsWith("refused") || expected.equals("none") ? 0 : 1;
        }
        assertThat(reached).as("each route's own request reaches a handler").isGreaterThanOrEqualTo(infos.size());
    }

    private static String handler(RequestMappingHandlerMapping mapping, MockHttpServletRequest original) {
        HttpServletRequest request = copy(original);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            return chain == null ? "none" : ((HandlerMethod) chain.getHandler()).getMethod().toGenericString();
        } catch (Exception refused) {
            return "refused: " + refused.getClass().getSimpleName();
        }
    }

    private static MockHttpServletRequest copy(MockHttpServletRequest original) {
        var request = new MockHttpServletRequest(original.getMethod(), original.getRequestURI());
        request.addHeader("Accept", "text/html,application/json");
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }

    private static List<MockHttpServletRequest> requests(List<RequestMappingInfo> infos) {
        List<MockHttpServletRequest> requests = new ArrayList<>();
        for (RequestMappingInfo info : infos) {
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                String path = pattern.getPatternString().replaceAll("\\{\\*[^}]+}", "a/b").replaceAll("\\{[^}]+}", "7")
                        .replace("**", "a/b").replace("*", "a");
                var methods = info.getMethodsCondition().getMethods();
                List<String> verbs = new ArrayList<>(methods.isEmpty() ? List.of("GET") : methods.stream().map(Enum::name).toList());
                verbs.add("PATCH");
                for (String verb : verbs) {
                    requests.add(new MockHttpServletRequest(verb, path));
                }
                requests.add(new MockHttpServletRequest("GET", path + "/x"));
                requests.add(new MockHttpServletRequest("GET", path + "/"));
                requests.add(new MockHttpServletRequest("GET", path.replace("o", "%6F")));
            }
        }
        return requests;
    }
}
