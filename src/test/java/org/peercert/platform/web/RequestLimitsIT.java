package org.peercert.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.testing.Deployments;
import org.peercert.testing.PortalClient;

/** Issue #22, finding 6: a request the server cannot read answers 400 with the portal's page, never a bare 500. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestLimitsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aFormOfFiveThousandFieldsIsABadRequestWithThePortalsPage() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < 5000; i++) {
            fields.put("field" + i, "x");
        }
        PortalClient.Page answer = new PortalClient().post("/login.xhtml", fields);

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("The request could not be read"), answer.body());
        assertTrue(answer.body().contains("Go to your home page"), "a way on");
    }

    @Test
    void anOrdinaryFormIsStillRead() {
        assertEquals(200, new PortalClient().post("/login.xhtml", Map.of("field", "x")).status());
    }
}
