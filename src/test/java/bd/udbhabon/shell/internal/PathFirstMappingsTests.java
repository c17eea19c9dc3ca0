package bd.udbhabon.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Trying the path first changes no route: for a request to every route of the application (its path with each
 * variable filled, each of its methods), every mapping answers as Spring's own order of conditions answers.
 */
@IntegrationTest
class PathFirstMappingsTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyRouteIsMatchedByTheSameMappingsAsInSpringsOrder() {
        assertThat(mappings).isInstanceOf(PathFirstMappings.PathFirst.class);
        var pathFirst = (PathFirstMappings.PathFirst) mappings;
        List<RequestMappingInfo> infos = new ArrayList<>(mappings.getHandlerMethods().keySet());
        assertThat(infos).hasSizeGreaterThan(300);
        int matched = 0;
        for (MockHttpServletRequest request : requests(infos)) {
            for (RequestMappingInfo info : infos) {
                RequestMappingInfo spring = info.getMatchingCondition(request);
                assertThat(pathFirst.getMatchingMapping(info, request))
                        .as("%s %s against %s", request.getMethod(), request.getRequestURI(), info).isEqualTo(spring);
                matched += spring == null ? 0 : 1;
            }
        }
        assertThat(matched).as("each route's request matches at least its own mapping").isGreaterThanOrEqualTo(infos.size());
    }

    private static List<MockHttpServletRequest> requests(List<RequestMappingInfo> infos) {
        List<MockHttpServletRequest> requests = new ArrayList<>();
        for (RequestMappingInfo info : infos) {
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                String path = pattern.getPatternString().replaceAll("\\{\\*[^}]+}", "a/b").replaceAll("\\{[^}]+}", "7")
                        .replace("**", "a/b").replace("*", "a");
                var methods = info.getMethodsCondition().getMethods();
                for (String method : methods.isEmpty() ? List.of("GET") : methods.stream().map(Enum::name).toList()) {
                    var request = new MockHttpServletRequest(method, path);
                    request.addHeader("Accept", "text/html,application/json");
                    ServletRequestPathUtils.parseAndCache(request);
                    requests.add(request);
                }
            }
        }
        return requests;
    }
}
