package io.relink.platform;

import io.relink.RestApplication;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.Json;
import jakarta.json.JsonReader;
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
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The OpenAPI document leaves no endpoint out: every resource method of {@link RestApplication}
 * says what it does, what it answers, which scope it needs and what it takes, so that a new
 * endpoint cannot be added undocumented. Payara builds the document from these annotations at run
 * time; this checks them where they are written.
 */
class ApiDocumentationTest {

    static final Pattern WEBJAR = Pattern.compile("webjars/swagger-ui/([0-9][^/]*)/swagger-ui-bundle\\.js");

    static Stream<Named<Method>> endpoints() {
        return new RestApplication().getClasses().stream()
                .filter(type -> type.isAnnotationPresent(Path.class))
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> Modifier.isPublic(method.getModifiers()) && httpMethod(method) != null)
                .map(method -> Named.of(method.getDeclaringClass().getSimpleName() + "." + method.getName(), method));
    }

    @Test
    void theApplicationHasEndpointsToCheck() {
        assertThat(endpoints()).hasSizeGreaterThan(20);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void everyEndpointHasAnOperationWithSummaryDescriptionAndId(Method endpoint) {
        Operation operation = endpoint.getAnnotation(Operation.class);
        assertThat(operation).as("@Operation").isNotNull();
        assertThat(operation.summary()).as("summary").isNotBlank();
        assertThat(operation.description()).as("description").isNotBlank();
        assertThat(operation.operationId()).as("operationId (the method name is not unique across resources)").isNotBlank();
    }

    @Test
    void operationIdsAreUnique() {
        Map<String, List<String>> byId = new HashMap<>();
        endpoints().map(Named::getPayload).filter(m -> m.isAnnotationPresent(Operation.class))
                .forEach(m -> byId.computeIfAbsent(m.getAnnotation(Operation.class).operationId(), id -> new ArrayList<>()).add(m.toString()));
        assertThat(byId).allSatisfy((id, methods) -> assertThat(methods).as(id).hasSize(1));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void everyEndpointDocumentsItsSuccessAndItsProblems(Method endpoint) {
        APIResponse[] responses = endpoint.getAnnotationsByType(APIResponse.class);
        assertThat(responses).as("@APIResponse").isNotEmpty();
        assertThat(responses).as("a 2xx answer").anySatisfy(r -> assertThat(r.responseCode()).startsWith("2"));
        for (APIResponse response : responses) {
            if (response.responseCode().startsWith("2")) {
                assertThat(response.content()).as(response.responseCode() + " content").isNotEmpty();
                assertThat(response.content()).as(response.responseCode() + " example").allSatisfy(c -> assertThat(c.examples()).isNotEmpty());
            } else if (response.ref().isEmpty()) {
                assertThat(response.content()).as(response.responseCode() + " is a problem document").singleElement().satisfies(c -> {
                    assertThat(c.mediaType()).isEqualTo(ApiDefinition.PROBLEM_JSON);
                    assertThat(c.schema().ref()).isEqualTo(ApiDefinition.PROBLEM);
                });
                assertThat(response.description()).as(response.responseCode() + " description").isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void everySecuredEndpointNamesItsScopeAndEveryOpenOneSaysSo(Method endpoint) {
        boolean open = endpoint.isAnnotationPresent(PermitAll.class)
                || !endpoint.isAnnotationPresent(RolesAllowed.class) && endpoint.getDeclaringClass().isAnnotationPresent(PermitAll.class);
        if (open) {
            assertThat(endpoint.isAnnotationPresent(SecurityRequirementsSet.class)
                    || endpoint.getDeclaringClass().isAnnotationPresent(SecurityRequirementsSet.class))
                    .as("an empty @SecurityRequirementsSet lifts the document's global API key").isTrue();
            return;
        }
        RolesAllowed roles = endpoint.isAnnotationPresent(RolesAllowed.class) ? endpoint.getAnnotation(RolesAllowed.class)
                : endpoint.getDeclaringClass().getAnnotation(RolesAllowed.class);
        assertThat(roles).as("@RolesAllowed").isNotNull();
        assertThat(endpoint.getAnnotation(Operation.class)).isNotNull();
        assertThat(endpoint.getAnnotation(Operation.class).description()).as("the description names the scope")
                .contains(Arrays.stream(roles.value()).map(scope -> "`" + scope + "`").toList());
        assertThat(endpoint.getAnnotationsByType(APIResponse.class)).extracting(APIResponse::responseCode).contains("401", "403");
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void everyEndpointIsTagged(Method endpoint) {
        assertThat(endpoint.getAnnotationsByType(Tag.class).length + endpoint.getDeclaringClass().getAnnotationsByType(Tag.class).length)
                .isPositive();
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void everyBodyHasASchemaAndAnExample(Method endpoint) {
        // As JAX-RS reads it: the one parameter with no annotation (@Context and the params are annotated).
        boolean takesBody = Arrays.stream(endpoint.getParameters()).anyMatch(p -> p.getAnnotations().length == 0);
        RequestBody body = endpoint.getAnnotation(RequestBody.class);
        if (!takesBody) {
            assertThat(body).as("@RequestBody on an endpoint that reads none").isNull();
            return;
        }
        assertThat(body).as("@RequestBody").isNotNull();
        assertThat(body.content()).isNotEmpty();
        for (Content content : body.content()) {
            assertThat(content.mediaType()).as("media type").isNotBlank();
            assertThat(content.schema().type()).as(content.mediaType() + " schema").isNotEqualTo(SchemaType.DEFAULT);
            assertThat(content.examples()).as(content.mediaType() + " example").isNotEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void everyPathAndQueryParameterIsDescribed(Method endpoint) {
        for (Parameter parameter : endpoint.getParameters()) {
            if (parameter.isAnnotationPresent(PathParam.class) || parameter.isAnnotationPresent(QueryParam.class)) {
                org.eclipse.microprofile.openapi.annotations.parameters.Parameter described =
                        parameter.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
                assertThat(described).as(parameter.getName()).isNotNull();
                assertThat(described.description()).as(parameter.getName()).isNotBlank();
            }
            assertThat(Stream.of(FormParam.class, HeaderParam.class, CookieParam.class, MatrixParam.class, BeanParam.class)
                    .noneMatch(parameter::isAnnotationPresent)).as("a parameter kind this test does not check yet").isTrue();
        }
    }

    @Test
    void everyJsonExampleIsJson() throws IllegalAccessException {
        for (Field field : ApiExamples.class.getFields()) {
            String value = (String) field.get(null);
            if (field.getName().endsWith("_FORM")) {
                continue;
            }
            try (JsonReader reader = Json.createReader(new StringReader(value))) {
                assertThat(reader.readValue()).as(field.getName()).isNotNull();
            } catch (RuntimeException notJson) {
                throw new AssertionError(field.getName() + " is not JSON: " + notJson.getMessage(), notJson);
            }
        }
    }

    @Test
    void theApiPageLoadsTheShippedSwaggerUiAndTheDocument() throws IOException {
        String page = Files.readString(java.nio.file.Path.of("src/main/webapp/api.html"));
        Matcher bundle = WEBJAR.matcher(page);
        assertThat(bundle.find()).as("api.html loads swagger-ui-bundle.js from the webjar").isTrue();
        String version = bundle.group(1);
        assertThat(getClass().getClassLoader().getResource("META-INF/resources/webjars/swagger-ui/" + version + "/swagger-ui-bundle.js"))
                .as("swagger-ui " + version + " is the webjar version in pom.xml").isNotNull();
        assertThat(page).doesNotContainPattern("webjars/swagger-ui/(?!" + Pattern.quote(version) + "/)");
        String script = Files.readString(java.nio.file.Path.of("src/main/webapp/resources/js/api.js"));
        assertThat(script).contains("/openapi?format=json");
    }

    private static Annotation httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations()).filter(a -> a.annotationType().isAnnotationPresent(HttpMethod.class)).findFirst()
                .orElse(null);
    }
}
