package io.relink.platform;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Takes Payara's {@code endpoints} out of the served OpenAPI document ({@code mp.openapi.filter}).
 *
 * <p>Payara Micro 6.2025.10 adds a top-level {@code endpoints} map (each application's context root
 * and its paths) to every document whose paths are not empty. OpenAPI 3.0 allows no such key (only
 * {@code x-} extensions), so linters reject the document and client generators may too. Payara has
 * no setting for it ({@code mp.openapi.servers} only replaces {@code servers}); Payara has since
 * renamed it {@code x-endpoints} (payara/Payara#7891, FISH-12303), and on a release with that
 * change this filter and its configuration line can go. The map is not part of the MicroProfile
 * OpenAPI model, so it is reached by name: Payara builds it before it runs this filter and leaves
 * an empty one out when it writes the document. On a Payara without the method, this does nothing.
 */
public class OpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        try {
            Method setter = openAPI.getClass().getMethod("setEndpoints", Map.class);
            setter.invoke(openAPI, new LinkedHashMap<String, Object>());
        } catch (NoSuchMethodException notPayaras) {
            // Another implementation, or a Payara that no longer adds the key: nothing to take out.
        } catch (ReflectiveOperationException | RuntimeException failed) {
            throw new IllegalStateException(
                    "Cannot take Payara's endpoints out of the OpenAPI document", failed);
        }
    }
}
