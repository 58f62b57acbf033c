package org.peercert.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API for agencies, payers and the public, under /api; its OpenAPI document is at /api/openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "PeerCert API", version = "1",
        description = "Public verification of peer support certificates, and agency services. Errors are RFC 9457 problem details."))
public class RestApi extends Application {
}
