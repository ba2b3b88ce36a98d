package io.relink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.RestApplication;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI document leaves no endpoint out: every resource method of {@link RestApplication} has
 * an operation in {@code META-INF/openapi.yaml} (its path and HTTP method) that says what it does,
 * what it answers with an example, which scope it needs and what it takes, so that a new endpoint
 * cannot be added undocumented; and the file names no endpoint the code does not have. Payara
 * serves that file as the document; this checks it against the code.
 */
class ApiDocumentationTest {

    static final Pattern WEBJAR =
            Pattern.compile("webjars/swagger-ui/([0-9][^/]*)/swagger-ui-bundle\\.js");
    static final String DOCUMENT = "META-INF/openapi.yaml";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM = "#/components/schemas/Problem";

    static final Map<String, Object> API = load();

    static Stream<Named<Method>> endpoints() {
        return new RestApplication()
                .getClasses().stream()
                        .filter(type -> type.isAnnotationPresent(Path.class))
                        .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                        .filter(
                                method ->
                                        Modifier.isPublic(method.getModifiers())
                                                && httpMethod(method) != null)
                        .map(
                                method ->
                                        Named.of(
                                                method.getDeclaringClass().getSimpleName()
                                                        + "."
                                                        + method.getName()
                                                        + " ("
                                                        + key(method)
                                                        + ")",
                                                method));
    }

    @Test
    void theApplicationHasEndpointsToCheck() {
        assertThat(endpoints()).hasSizeGreaterThan(20);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void everyEndpointHasAnOperationWithSummaryDescriptionAndId(Method endpoint) {
        Map<String, Object> operation = operation(endpoint);
        assertThat(operation)
                .as("an operation for " + key(endpoint) + " in " + DOCUMENT)
                .isNotNull();
        assertThat(text(operation, "summary")).as("summary").isNotBlank();
        assertThat(text(operation, "description")).as("description").isNotBlank();
        assertThat(text(operation, "operationId")).as("operationId").isNotBlank();
    }

    @Test
    void operationIdsAreUnique() {
        Map<String, List<String>> byId = new HashMap<>();
        operations()
                .forEach(
                        (key, operation) ->
                                byId.computeIfAbsent(
                                                text(operation, "operationId"),
                                                id -> new ArrayList<>())
                                        .add(key));
        assertThat(byId).allSatisfy((id, operations) -> assertThat(operations).as(id).hasSize(1));
    }

    @Test
    void everyOperationOfTheDocumentIsAnEndpoint() {
        Set<String> endpoints =
                endpoints().map(named -> key(named.getPayload())).collect(Collectors.toSet());
        assertThat(operations().keySet())
                .as("operations in " + DOCUMENT + " that no resource method serves")
                .isSubsetOf(endpoints);
        assertThat(endpoints)
                .as("resource methods with the same path and HTTP method")
                .hasSize((int) endpoints().count());
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void everyEndpointDocumentsItsSuccessAndItsProblems(Method endpoint) {
        Map<String, Object> responses = map(operation(endpoint), "responses");
        assertThat(responses).as("responses").isNotEmpty();
        assertThat(responses.keySet())
                .as("a 2xx answer")
                .anySatisfy(code -> assertThat(code).startsWith("2"));
        responses.forEach(
                (code, declared) -> {
                    Map<String, Object> response = resolve(asMap(declared));
                    assertThat(text(response, "description"))
                            .as(code + " description")
                            .isNotBlank();
                    Map<String, Object> content = map(response, "content");
                    if (code.startsWith("2")) {
                        assertThat(content).as(code + " content").isNotEmpty();
                        content.forEach(
                                (media, body) ->
                                        assertThat(map(asMap(body), "examples"))
                                                .as(code + " " + media + " example")
                                                .isNotEmpty());
                    } else {
                        assertThat(content)
                                .as(code + " is a problem document")
                                .containsOnlyKeys(PROBLEM_JSON);
                        assertThat(map(map(content, PROBLEM_JSON), "schema"))
                                .as(code + " schema")
                                .containsEntry("$ref", PROBLEM);
                    }
                });
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void everySecuredEndpointNamesItsScopeAndEveryOpenOneSaysSo(Method endpoint) {
        Map<String, Object> operation = operation(endpoint);
        boolean open =
                endpoint.isAnnotationPresent(PermitAll.class)
                        || !endpoint.isAnnotationPresent(RolesAllowed.class)
                                && endpoint.getDeclaringClass()
                                        .isAnnotationPresent(PermitAll.class);
        if (open) {
            // An empty requirement lifts the document's global API key (Payara leaves an empty list
            // out).
            assertThat(operation.get("security"))
                    .as("security: [{}] lifts the document's global API key")
                    .isEqualTo(List.of(Map.of()));
            return;
        }
        assertThat(operation)
                .as("a secured endpoint keeps the document's security")
                .doesNotContainKey("security");
        RolesAllowed roles =
                endpoint.isAnnotationPresent(RolesAllowed.class)
                        ? endpoint.getAnnotation(RolesAllowed.class)
                        : endpoint.getDeclaringClass().getAnnotation(RolesAllowed.class);
        assertThat(roles).as("@RolesAllowed").isNotNull();
        assertThat(text(operation, "description"))
                .as("the description names the scope")
                .contains(Arrays.stream(roles.value()).map(scope -> "`" + scope + "`").toList());
        assertThat(map(operation, "responses")).containsKeys("401", "403");
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void everyEndpointIsTagged(Method endpoint) {
        List<Object> tags = list(operation(endpoint), "tags");
        assertThat(tags).isNotEmpty();
        Set<Object> declared =
                list(API, "tags").stream()
                        .map(tag -> asMap(tag).get("name"))
                        .collect(Collectors.toSet());
        assertThat(declared)
                .as("tags declared, with a description, at the top of the document")
                .containsAll(tags);
        assertThat(list(API, "tags"))
                .allSatisfy(tag -> assertThat(text(asMap(tag), "description")).isNotBlank());
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void everyBodyHasASchemaAndAnExample(Method endpoint) {
        // As JAX-RS reads it: the one parameter with no annotation (@Context and the params are
        // annotated).
        boolean takesBody =
                Arrays.stream(endpoint.getParameters())
                        .anyMatch(p -> p.getAnnotations().length == 0);
        Map<String, Object> operation = operation(endpoint);
        if (!takesBody) {
            assertThat(operation)
                    .as("requestBody on an endpoint that reads none")
                    .doesNotContainKey("requestBody");
            return;
        }
        Map<String, Object> content = map(map(operation, "requestBody"), "content");
        assertThat(content).as("requestBody content").isNotEmpty();
        content.forEach(
                (media, body) -> {
                    assertThat(media).as("media type").isNotBlank();
                    Map<String, Object> schema = map(asMap(body), "schema");
                    assertThat(schema.containsKey("type") || schema.containsKey("$ref"))
                            .as(media + " schema")
                            .isTrue();
                    assertThat(map(asMap(body), "examples")).as(media + " example").isNotEmpty();
                });
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void everyPathAndQueryParameterIsDescribed(Method endpoint) {
        Map<String, Map<String, Object>> documented = new HashMap<>();
        for (Object declared : list(operation(endpoint), "parameters")) {
            Map<String, Object> parameter = resolve(asMap(declared));
            documented.put(parameter.get("in") + " " + parameter.get("name"), parameter);
        }
        Set<String> taken = new HashSet<>();
        for (Parameter parameter : endpoint.getParameters()) {
            String key =
                    parameter.isAnnotationPresent(PathParam.class)
                            ? "path " + parameter.getAnnotation(PathParam.class).value()
                            : parameter.isAnnotationPresent(QueryParam.class)
                                    ? "query " + parameter.getAnnotation(QueryParam.class).value()
                                    : null;
            if (key != null) {
                taken.add(key);
                assertThat(documented).as(key).containsKey(key);
                assertThat(text(documented.get(key), "description")).as(key).isNotBlank();
                assertThat(documented.get(key)).as(key + " schema").containsKey("schema");
                if (key.startsWith("path ")) {
                    assertThat(documented.get(key))
                            .as(key + " is required")
                            .containsEntry("required", true);
                }
            }
            assertThat(
                            Stream.of(
                                            FormParam.class,
                                            HeaderParam.class,
                                            CookieParam.class,
                                            MatrixParam.class,
                                            BeanParam.class)
                                    .noneMatch(parameter::isAnnotationPresent))
                    .as("a parameter kind this test does not check yet")
                    .isTrue();
        }
        assertThat(taken)
                .as("parameters the document names and the method does not take")
                .containsAll(documented.keySet());
    }

    @Test
    void everyJsonExampleIsJson() {
        // Payara serves what the file says: an example given as text would reach readers as one
        // string.
        operations()
                .forEach(
                        (key, operation) -> {
                            List<Map<String, Object>> contents = new ArrayList<>();
                            if (operation.containsKey("requestBody")) {
                                contents.add(map(map(operation, "requestBody"), "content"));
                            }
                            map(operation, "responses")
                                    .values()
                                    .forEach(r -> contents.add(map(resolve(asMap(r)), "content")));
                            for (Map<String, Object> content : contents) {
                                content.forEach(
                                        (media, body) -> {
                                            if (media.endsWith("json")) {
                                                map(asMap(body), "examples")
                                                        .forEach(
                                                                (name, example) ->
                                                                        assertThat(
                                                                                        asMap(
                                                                                                        example)
                                                                                                .get(
                                                                                                        "value"))
                                                                                .as(
                                                                                        key
                                                                                                + " "
                                                                                                + media
                                                                                                + " example '"
                                                                                                + name
                                                                                                + "' is a JSON object or array")
                                                                                .isInstanceOfAny(
                                                                                        Map.class,
                                                                                        List
                                                                                                .class));
                                            }
                                        });
                            }
                        });
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(API, refs);
        assertThat(refs)
                .isNotEmpty()
                .allSatisfy(ref -> assertThat(pointer(ref)).as(ref).isNotNull());
    }

    @Test
    void theApiPageLoadsTheShippedSwaggerUiAndTheDocument() throws IOException {
        String page = Files.readString(java.nio.file.Path.of("src/main/webapp/api.html"));
        Matcher bundle = WEBJAR.matcher(page);
        assertThat(bundle.find())
                .as("api.html loads swagger-ui-bundle.js from the webjar")
                .isTrue();
        String version = bundle.group(1);
        assertThat(
                        getClass()
                                .getClassLoader()
                                .getResource(
                                        "META-INF/resources/webjars/swagger-ui/"
                                                + version
                                                + "/swagger-ui-bundle.js"))
                .as("swagger-ui " + version + " is the webjar version in pom.xml")
                .isNotNull();
        assertThat(page)
                .doesNotContainPattern("webjars/swagger-ui/(?!" + Pattern.quote(version) + "/)");
        String script =
                Files.readString(java.nio.file.Path.of("src/main/webapp/resources/js/api.js"));
        assertThat(script).contains("/openapi?format=json");
    }

    /**
     * "GET /api/v1/channels/{id}": the method's path as the document writes it, after its HTTP
     * method.
     */
    static String key(Method method) {
        StringBuilder path = new StringBuilder();
        for (String part :
                new String[] {
                    RestApplication.class.getAnnotation(ApplicationPath.class).value(),
                    method.getDeclaringClass().getAnnotation(Path.class).value(),
                    method.isAnnotationPresent(Path.class)
                            ? method.getAnnotation(Path.class).value()
                            : ""
                }) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        // A template with a regular expression, {id: [0-9a-f-]+}, is {id} in the document.
        String template = path.toString().replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
        return httpMethod(method).annotationType().getSimpleName() + " " + template;
    }

    static Map<String, Object> operation(Method endpoint) {
        return operations().get(key(endpoint));
    }

    /** Every operation of the document, by "METHOD /path". */
    static Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> operations = new HashMap<>();
        map(API, "paths")
                .forEach(
                        (path, item) ->
                                asMap(item)
                                        .forEach(
                                                (method, operation) -> {
                                                    if (Set.of(
                                                                    "get", "put", "post", "delete",
                                                                    "options", "head", "patch",
                                                                    "trace")
                                                            .contains(method)) {
                                                        operations.put(
                                                                method.toUpperCase(Locale.ROOT)
                                                                        + " "
                                                                        + path,
                                                                asMap(operation));
                                                    }
                                                }));
        return operations;
    }

    /** A response or parameter, or the component it refers to. */
    static Map<String, Object> resolve(Map<String, Object> node) {
        if (!node.containsKey("$ref")) {
            return node;
        }
        Object target = pointer((String) node.get("$ref"));
        assertThat(target).as(node.get("$ref") + " resolves").isNotNull();
        return asMap(target);
    }

    static Object pointer(String ref) {
        assertThat(ref).as("a reference inside the document").startsWith("#/");
        Object node = API;
        for (String part : ref.substring(2).split("/")) {
            node =
                    node instanceof Map<?, ?> m
                            ? m.get(part.replace("~1", "/").replace("~0", "~"))
                            : null;
        }
        return node;
    }

    static void collectRefs(Object node, List<String> refs) {
        if (node instanceof Map<?, ?> m) {
            m.forEach(
                    (k, v) -> {
                        if ("$ref".equals(k)) {
                            refs.add((String) v);
                        } else {
                            collectRefs(v, refs);
                        }
                    });
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collectRefs(v, refs));
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    static Map<String, Object> map(Map<String, Object> node, String key) {
        assertThat(node).as("the node holding " + key).isNotNull();
        Object value = node.get(key);
        return value == null ? Map.of() : asMap(value);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> node, String key) {
        assertThat(node).as("the node holding " + key).isNotNull();
        Object value = node.get(key);
        return value == null ? List.of() : (List<Object>) value;
    }

    static String text(Map<String, Object> node, String key) {
        assertThat(node).as("the node holding " + key).isNotNull();
        Object value = node.get(key);
        return value == null ? "" : value.toString();
    }

    static Map<String, Object> load() {
        try (InputStream in =
                ApiDocumentationTest.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            assertThat(in).as(DOCUMENT + " on the class path").isNotNull();
            return new Yaml().load(in);
        } catch (IOException unreadable) {
            throw new AssertionError(DOCUMENT + " cannot be read", unreadable);
        }
    }

    private static Annotation httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .filter(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))
                .findFirst()
                .orElse(null);
    }
}
