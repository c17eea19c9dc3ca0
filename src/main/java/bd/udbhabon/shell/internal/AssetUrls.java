package bd.udbhabon.shell.internal;

import java.util.function.UnaryOperator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * A static file's path to the URL pages link it by: Spring's resource chain
 * ({@code spring.web.resources.chain.strategy.content}) puts the MD5 of its content into its name
 * ({@code /css/udbhabon-0f3c….css}, the htmx WebJar's path with its version and hash), so the browser may keep it
 * for a year ({@link AssetCaching}) and a changed file is fetched under its new name. A path the chain does not
 * know stays as it is.
 */
@Component
class AssetUrls implements UnaryOperator<String> {

    private final ObjectProvider<ResourceUrlProvider> urls;

    AssetUrls(ObjectProvider<ResourceUrlProvider> urls) {
        this.urls = urls;
    }

    @Override
    public String apply(String path) {
        ResourceUrlProvider provider = urls.getIfAvailable();
        String versioned = provider == null ? null : provider.getForLookupPath(path);
        return versioned == null ? path : versioned;
    }
}
