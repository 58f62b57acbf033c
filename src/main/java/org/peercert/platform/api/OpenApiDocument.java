package org.peercert.platform.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.peercert.platform.OfficeDetails;

/**
 * What the annotations cannot say in the OpenAPI document (#28, #32): the office as the API's contact and its terms as
 * the license, the server to call, that every operation without an API key is public ({@code security: []}) and that
 * the certificate lookup takes the key when offered, the answers any operation may give (406, 415, 500), and the
 * catalogue of problem types. The OpenAPI runtime makes this filter itself, outside CDI, so it reads the configuration
 * directly.
 */
public class OpenApiDocument implements OASFilter {

    /** Every problem type the API answers, by the last part of its {@code urn:peercert:problem:} type. */
    static final Map<String, String> PROBLEM_TYPES = problemTypes();

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String AGENCY_KEY = "agencyKey";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        // The OpenAPI service may run with the server's class loader as the context one: ask for the deployment's configuration.
        Config config = ConfigProvider.getConfig(OpenApiDocument.class.getClassLoader());
        String baseUrl = value(config, "peercert.base-url", "http://localhost:8080/").replaceAll("/+$", "");
        openApi.getInfo().title(value(config, "peercert.office.program", "PeerCert") + " API")
                .contact(OASFactory.createContact()
                        .name(value(config, "peercert.office.name", OfficeDetails.DEMO_NAME))
                        .email(value(config, "peercert.office.email", null))
                        .url(value(config, "peercert.office.website", baseUrl)))
                .license(OASFactory.createLicense()
                        .name(value(config, "peercert.api.license-name", "Terms of use of the certification office"))
                        .url(value(config, "peercert.api.license-url", value(config, "peercert.office.website", baseUrl))));
        openApi.servers(List.of(OASFactory.createServer().url(baseUrl).description("This portal")));
        if (openApi.getPaths() != null) {
            openApi.getPaths().getPathItems().forEach(OpenApiDocument::pathParametersInPathOrder);
        }
        if (openApi.getComponents() != null) {
            openApi.getComponents()
                    .addHeader("RateLimit-Policy", header("The lookup quota and its window in seconds, e.g. \"lookups\";q=60;w=60 (IETF httpapi "
                            + "RateLimit fields): 60 a minute per client address, or a larger quota per agency with its API key"))
                    .addHeader("RateLimit", header("What is left of the quota and the seconds until it starts afresh, e.g. \"lookups\";r=59;t=42"));
        }
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null
                && openApi.getComponents().getSchemas().get("Problem") != null) {
            openApi.getComponents().getSchemas().get("Problem").description("RFC 9457 problem details. The type is one of:\n"
                    + PROBLEM_TYPES.entrySet().stream().map(type -> "- `urn:peercert:problem:" + type.getKey() + "`: " + type.getValue())
                    .collect(Collectors.joining("\n")));
        }
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if ("verifyCertificate".equals(operation.getOperationId())) {
            operation.security(List.of(OASFactory.createSecurityRequirement(), keyed()));
        } else if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.security(List.of());
        }
        APIResponses responses = operation.getResponses();
        if (responses != null) {
            addIfAbsent(responses, "406", "None of the media types in Accept is available");
            if (operation.getRequestBody() != null) {
                addIfAbsent(responses, "415", "The body is not application/json");
            }
            addIfAbsent(responses, "500", "The server failed; the failure is logged");
            addIfAbsent(responses, "503", "The portal cannot reach its records for a moment; nothing was changed (see Retry-After)");
        }
        return operation;
    }

    /** Path parameters in the order the path names them, so generated clients take (purpose, list), not (list, purpose). */
    private static void pathParametersInPathOrder(String path, PathItem item) {
        for (Operation operation : item.getOperations().values()) {
            if (operation.getParameters() != null) {
                List<Parameter> ordered = new ArrayList<>(operation.getParameters());
                ordered.sort(Comparator.comparingInt(parameter -> parameter.getIn() == Parameter.In.PATH
                        ? path.indexOf("{" + parameter.getName() + "}") : path.length()));
                operation.setParameters(ordered);
            }
        }
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static SecurityRequirement keyed() {
        return OASFactory.createSecurityRequirement().addScheme(AGENCY_KEY, List.of());
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (responses.getAPIResponse(status) == null) {
            APIResponse problem = OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                    .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            responses.addAPIResponse(status, problem);
        }
    }

    private static String value(Config config, String name, String otherwise) {
        return config.getOptionalValue(name, String.class).orElse(otherwise);
    }

    private static Map<String, String> problemTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("invalid-request", "fields of the request are wrong; each is in errors, with its JSON Pointer or parameter");
        types.put("malformed-request", "the body is not JSON at all");
        types.put("check-refused", "the eligibility rules cannot answer this question (an unknown code or modifier combination…)");
        types.put("request-refused", "the request is refused for its content");
        types.put("idempotency-key-reused", "the Idempotency-Key was used in the last 24 hours for another question");
        types.put("api-key-required", "no valid agency API key was sent");
        types.put("api-key-read-only", "a read-only key was used to record a check");
        types.put("not-on-roster", "the person is not on the calling agency's roster");
        types.put("not-yours", "the record belongs to someone else");
        types.put("birth-date-match-for-agencies", "a date-of-birth match was asked by a caller who is not an agency");
        types.put("too-many-birth-date-checks", "this certificate's date of birth was checked too often today");
        types.put("too-many-lookups", "too many lookups from this address; see Retry-After");
        types.put("malformed-certificate-number", "not a certificate number");
        types.put("malformed-date-of-birth", "not a date of birth");
        types.put("certificate-not-found", "no certificate has this number");
        types.put("check-not-found", "no check of the calling agency has this id");
        types.put("key-not-found", "the portal never signed with a key of this id");
        types.put("status-list-not-found", "no such status list");
        types.put("not-acceptable", "none of the media types in Accept is available");
        types.put("http-{status}", "what HTTP itself refuses: http-404 (no such path), http-405, http-406, http-415");
        types.put("service-unavailable", "the portal cannot reach its records for a moment; nothing was changed; see Retry-After");
        types.put("internal-error", "the server failed; the failure is logged");
        return Collections.unmodifiableMap(types);
    }
}
