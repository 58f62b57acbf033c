package org.peercert.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.testing.Deployments;
import org.peercert.testing.NodeTools;

/**
 * #32: the live OpenAPI document passes Redocly's recommended rules (src/test/node/redocly.yaml) with no error and no
 * warning. Skipped where Node.js is not installed.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiLintIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void theDocumentPassesTheLintersRecommendedRules() throws Exception {
        Path tools = NodeTools.installed();
        HttpResponse<String> document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Deployments.url("/api/openapi?format=JSON")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode());
        Path file = Files.createTempFile(tools, "openapi", ".json");
        try {
            Files.writeString(file, document.body());
            NodeTools.Result lint = NodeTools.run(List.of("node_modules/.bin/redocly", "lint", file.toString(), "--config", "redocly.yaml"), 120);
            assertEquals(0, lint.exitCode(), lint.output());
            assertTrue(lint.output().contains("Your API description is valid"), lint.output());
            assertFalse(lint.output().matches("(?s).*You have \\d+ warnings?.*"), lint.output());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
