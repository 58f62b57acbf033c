package org.peercert.certificate.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.peercert.certificate.credential.CredentialService;
import org.peercert.platform.api.CrossOriginReads;

/**
 * GET /.well-known/jwks.json: the portal's credential keys where verifiers look first (#27), the same JWK Set as
 * /api/v1/credentials/keys, readable from any site. Public.
 */
@WebServlet("/.well-known/jwks.json")
public class KeySetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CredentialService credentials;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = credentials.publicKeys().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/jwk-set+json");
        response.setHeader("Cache-Control", "public, max-age=3600");
        CrossOriginReads.writeTo(response::setHeader);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
