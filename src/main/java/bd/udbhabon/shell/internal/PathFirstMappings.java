package bd.udbhabon.shell.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The handlers' mappings tried by their path first. For a path with variables ({@code /offices/{id}/…}) Spring
 * tries every mapping of the application (~470), each by its method, parameters, headers and media types before
 * its path, which alone rejects nearly all of them (issue 14, point 11: 8 % of the application's CPU at the
 * national deadline). The same mapping wins: a mapping matches only when all its conditions do.
 */
@Configuration(proxyBeanMethods = false)
class PathFirstMappings {

    @Bean
    WebMvcRegistrations pathFirstRegistrations() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new PathFirst();
            }
        };
    }

    static final class PathFirst extends RequestMappingHandlerMapping {

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
            if (patterns != null && ServletRequestPathUtils.hasParsedRequestPath(request)
                    && !anyMatches(patterns, ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication())) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }

        private static boolean anyMatches(PathPatternsRequestCondition patterns, PathContainer path) {
            for (PathPattern pattern : patterns.getPatterns()) {
                if (pattern.matches(path)) {
                    return true;
                }
            }
            return false;
        }
    }
}
