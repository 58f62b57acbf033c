package org.peercert.certificate.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercert.certificate.credential.CredentialService;
import org.peercert.platform.api.Problem;

/** What any verifier of the portal's credentials needs: its public key, and the status lists it signs. */
@Path("v1/credentials")
@RequestScoped
@Tag(name = "Verifiable credentials", description = "Open Badges 3.0 credentials of certificates: the issuer's key and status lists")
public class CredentialResource {

    @Inject
    CredentialService credentials;

    @GET
    @Path("keys")
    @Produces("application/jwk-set+json")
    @Operation(summary = "The public key the portal signs credentials with", description = "A JWK Set (ES256, P-256).")
    @APIResponse(responseCode = "200", description = "The JWK Set")
    public Response keys() {
        return Response.ok(credentials.publicKeys(), "application/jwk-set+json").header("Cache-Control", "public, max-age=3600").build();
    }

    @GET
    @Path("status/{purpose}/{list}")
    @Produces({CredentialService.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(summary = "A Bitstring Status List", description = "The signed BitstringStatusListCredential (vc+jwt) of one purpose "
            + "(revocation or suspension) and block of certificates, as named in each credential's credentialStatus.")
    @APIResponse(responseCode = "200", description = "The status list credential", content = @Content(mediaType = CredentialService.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such list",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response statusList(@PathParam("purpose") String purpose, @PathParam("list") String list) {
        if (!list.matches("\\d{1,12}")) {
            return notFound();
        }
        return credentials.statusList(purpose, Long.parseLong(list))
                .map(jws -> Response.ok(jws, CredentialService.MEDIA_TYPE).header("Cache-Control", "no-cache").build())
                .orElseGet(CredentialResource::notFound);
    }

    private static Response notFound() {
        return Problem.response(404, "status-list-not-found", "No such status list", "Status lists are revocation/N or suspension/N.");
    }
}
