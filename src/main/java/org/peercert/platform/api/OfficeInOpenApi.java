package org.peercert.platform.api;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.peercert.platform.OfficeDetails;

/**
 * The OpenAPI document names the office that runs the portal as the API's contact (#28). The OpenAPI runtime makes
 * this filter itself, outside CDI, so it reads the same settings as {@code platform.Office} from the configuration.
 */
public class OfficeInOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        // The OpenAPI service may run with the server's class loader as the context one: ask for the deployment's configuration.
        Config config = ConfigProvider.getConfig(OfficeInOpenApi.class.getClassLoader());
        openApi.getInfo().title(value(config, "peercert.office.program", "PeerCert") + " API").contact(OASFactory.createContact()
                .name(value(config, "peercert.office.name", OfficeDetails.DEMO_NAME))
                .email(value(config, "peercert.office.email", null))
                .url(value(config, "peercert.office.website", null)));
    }

    private static String value(Config config, String name, String otherwise) {
        return config.getOptionalValue(name, String.class).orElse(otherwise);
    }
}
