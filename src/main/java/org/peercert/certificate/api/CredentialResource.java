package org.peercert.certificate.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercert.certificate.credential.CredentialService;
import org.peercert.platform.api.OpenToOtherSites;
import org.peercert.platform.api.Problem;

/**
 * What any verifier of the portal's credentials needs, starting from the credential alone (#27): the issuer's profile
 * (the credential's {@code issuer.id}), its public keys (each key at the URL a credential names as {@code kid}), and the
 * status lists it signs. All readable from other sites' pages.
 */
@Path("v1/credentials")
@RequestScoped
@OpenToOtherSites
@Tag(name = "Verifiable credentials", description = "Open Badges 3.0 credentials of certificates: the issuer, its keys and status lists")
public class CredentialResource {

    static final String JWK_SET = "application/jwk-set+json";
    static final String JWK = "application/jwk+json";
    static final String LD_JSON = "application/ld+json";
    private static final Variant COMPACT = new Variant(MediaType.valueOf(CredentialService.MEDIA_TYPE), (String) null, null);
    /** JSON first for a client that names its types (a generated client names them all); the compact JWS when asked for alone. */
    private static final List<Variant> STATUS_LIST_FORMS = Variant.mediaTypes(MediaType.valueOf(LD_JSON), MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(CredentialService.MEDIA_TYPE)).build();
    private static final String A_DAY = "public, max-age=86400";

    @Inject
    CredentialService credentials;

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    @GET
    @Path("issuer")
    @Produces({LD_JSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getCredentialIssuer", summary = "The issuer's Open Badges 3.0 profile", description = "The certification office that signs every credential: the "
            + "document at the credential's issuer.id, with its name, web site and contact details.")
    @APIResponse(responseCode = "200", description = "The issuer's Profile (JSON-LD)", content = {
        @Content(mediaType = LD_JSON, schema = @Schema(type = SchemaType.OBJECT)),
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    public Response issuer() {
        return Response.ok(credentials.issuerProfileJson()).header("Cache-Control", "public, max-age=3600").build();
    }

    @GET
    @Path("keys")
    @Produces({JWK_SET, MediaType.APPLICATION_JSON})
    @Operation(operationId = "listCredentialKeys", summary = "The public keys the portal signs credentials with", description = "A JWK Set (ES256, P-256): the key in use "
            + "first, then every earlier key, so credentials signed before a key rotation still verify. Also at /.well-known/jwks.json.")
    @APIResponse(responseCode = "200", description = "The JWK Set", content = {
        @Content(mediaType = JWK_SET, schema = @Schema(type = SchemaType.OBJECT)),
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    public Response keys() {
        return Response.ok(credentials.publicKeys()).header("Cache-Control", "public, max-age=3600").build();
    }

    @GET
    @Path("keys/{kid}")
    @Produces({JWK, MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "getCredentialKey", summary = "One public key", description = "The public JWK of the key whose thumbprint (RFC 7638) ends the URL: what a "
            + "credential's kid header names.")
    @APIResponse(responseCode = "200", description = "The JWK", content = {
        @Content(mediaType = JWK, schema = @Schema(type = SchemaType.OBJECT)),
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    @APIResponse(responseCode = "404", description = "The portal never signed with such a key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response key(@PathParam("kid") String keyId) {
        return credentials.publicKey(keyId).map(jwk -> Response.ok(jwk).header("Cache-Control", A_DAY).build())
                .orElseGet(() -> Problem.response(404, "key-not-found", "No such key", "The portal never signed with a key of this id."));
    }

    @GET
    @Path("status/{purpose}/{list}")
    @Produces({LD_JSON, MediaType.APPLICATION_JSON, CredentialService.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(operationId = "getStatusList", summary = "A Bitstring Status List", description = "The signed BitstringStatusListCredential of one purpose and block of "
            + "certificates, as named in each credential's credentialStatus: message (each certificate's two-bit standing: valid, "
            + "suspended, revoked), or revocation and suspension for credentials issued before 2027. As a compact JWS "
            + "(application/vc+jwt, and to a client that accepts anything), or wrapped as an EnvelopedVerifiableCredential whose id is "
            + "the JWS as a data: URL (application/ld+json or application/json).")
    @APIResponse(responseCode = "200", description = "The status list credential", content = {
        @Content(mediaType = LD_JSON, schema = @Schema(implementation = EnvelopedCredential.class)),
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnvelopedCredential.class)),
        @Content(mediaType = CredentialService.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = "A compact JWS"))})
    @APIResponse(responseCode = "404", description = "No such list",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response statusList(@PathParam("purpose") String purpose, @PathParam("list") String list) {
        if (!list.matches("\\d{1,12}")) {
            return notFound();
        }
        Variant form = acceptsAnything() ? COMPACT : request.selectVariant(STATUS_LIST_FORMS);
        if (form == null) {
            return Problem.response(406, "not-acceptable", "Not an available form",
                    "Status lists are served as application/vc+jwt, application/ld+json or application/json.");
        }
        boolean compact = form.getMediaType().toString().equals(CredentialService.MEDIA_TYPE);
        return credentials.statusList(purpose, Long.parseLong(list))
                .map(jws -> Response.ok(compact ? jws : CredentialService.enveloped(jws), form).header("Cache-Control", "no-cache").build())
                .orElseGet(CredentialResource::notFound);
    }

    private boolean acceptsAnything() {
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        return accepted.isEmpty() || accepted.stream().allMatch(MediaType::isWildcardType);
    }

    /** A secured credential in JSON-LD (VC 2.0 EnvelopedVerifiableCredential), for the OpenAPI document. */
    @Schema(name = "EnvelopedVerifiableCredential", requiredProperties = {"@context", "id", "type"})
    record EnvelopedCredential(@Schema(name = "@context", example = "https://www.w3.org/ns/credentials/v2") String context,
                               @Schema(example = "data:application/vc+jwt,eyJhbGciOiJFUzI1NiIsImtpZCI6Ii4uLiIsInR5cCI6IkpXVCJ9.e30.c2ln") String id,
                               @Schema(enumeration = "EnvelopedVerifiableCredential") String type) {
    }

    private static Response notFound() {
        return Problem.response(404, "status-list-not-found", "No such status list", "Status lists are message/N, revocation/N or suspension/N.");
    }
}
