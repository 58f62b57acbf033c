package org.peercert.branding.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.peercert.branding.OfficeImages;

/** #28: the seal at the head of every page, when the office uploaded one: {@code #{officeSeal.path}}. */
@Named("officeSeal")
@ApplicationScoped
public class OfficeSealBean {

    @Inject
    OfficeImages images;

    /** The seal's address under the portal's context path, or null when the office has none. */
    public String getPath() {
        return images.currentSealId().map(id -> "/office-seal?id=" + id).orElse(null);
    }
}
