package bd.udbhabon.shell.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The handlers' mappings found by their path first. For a path with variables ({@code /offices/{id}/…}) Spring
 * tries every mapping of the application (~470), each by its method, parameters, headers and media types before
 * its path, which alone rejects nearly all of them (issue 14, point 11: 8 % of the application's CPU at the
 * national deadline). Here a tree of the patterns' segments names the few mappings whose path may match, and only
 * those are tried, in Spring's own order of conditions: the same mapping wins.
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

        /** The mappings whose path may match the request being looked up (set for the look-up only). */
        private static final ThreadLocal<Set<RequestMappingInfo>> CANDIDATES = new ThreadLocal<>();

        private volatile Segments tree;

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            Segments index = tree;
            if (index == null) {
                index = Segments.of(getHandlerMethods().keySet());
                tree = index;
            }
            CANDIDATES.set(index.candidates(ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()));
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                CANDIDATES.remove();
            }
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            Set<RequestMappingInfo> candidates = CANDIDATES.get();
            if (candidates != null && !candidates.contains(info)) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }

        @Override
        protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
            super.handlerMethodsInitialized(handlerMethods);
            tree = Segments.of(handlerMethods.keySet());
        }

        @Override
        public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
            super.registerMapping(mapping, handler, method);
            tree = null;
        }

        @Override
        public void unregisterMapping(RequestMappingInfo mapping) {
            super.unregisterMapping(mapping);
            tree = null;
        }
    }

    /**
     * The patterns' segments as a tree: a literal segment by its text, any segment with a variable or a wildcard
     * as "any one", {@code **} and {@code {*rest}} as "all that follows". What it names for a path is never
     * less than what matches it (a superset: the mappings' own conditions decide).
     */
    static final class Segments {

        private final Map<String, Segments> literal = new HashMap<>();
        private Segments anyOne;
        private final List<RequestMappingInfo> endHere = new ArrayList<>();
        private final List<RequestMappingInfo> restHere = new ArrayList<>();
        /** Mappings without path patterns: tried for every path. */
        private final List<RequestMappingInfo> always = new ArrayList<>();

        static Segments of(Collection<RequestMappingInfo> infos) {
            Segments root = new Segments();
            for (RequestMappingInfo info : infos) {
                PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
                if (patterns == null) {
                    root.always.add(info);
                    continue;
                }
                for (PathPattern pattern : patterns.getPatterns()) {
                    root.add(pattern.getPatternString(), info);
                }
            }
            return root;
        }

        private void add(String pattern, RequestMappingInfo info) {
            Segments node = this;
            for (String segment : pattern.split("/")) {
                if (segment.isEmpty()) {
                    continue;
                }
                if (segment.equals("**") || segment.startsWith("{*")) {
                    node.restHere.add(info);
                    return;
                }
                if (segment.indexOf('{') >= 0 || segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0) {
                    node = node.anyOne == null ? (node.anyOne = new Segments()) : node.anyOne;
                } else {
                    node = node.literal.computeIfAbsent(segment, s -> new Segments());
                }
            }
            node.endHere.add(info);
        }

        Set<RequestMappingInfo> candidates(PathContainer path) {
            List<String> segments = new ArrayList<>();
            for (PathContainer.Element element : path.elements()) {
                if (element instanceof PathContainer.PathSegment segment && !segment.valueToMatch().isEmpty()) {
                    segments.add(segment.valueToMatch());
                }
            }
            Set<RequestMappingInfo> found = Collections.newSetFromMap(new IdentityHashMap<>());
            found.addAll(always);
            collect(segments, 0, found);
            return found;
        }

        private void collect(List<String> segments, int at, Set<RequestMappingInfo> found) {
            found.addAll(restHere);
            if (at == segments.size()) {
                found.addAll(endHere);
                return;
            }
            Segments next = literal.get(segments.get(at));
            if (next != null) {
                next.collect(segments, at + 1, found);
            }
            if (anyOne != null) {
                anyOne.collect(segments, at + 1, found);
            }
        }
    }
}
