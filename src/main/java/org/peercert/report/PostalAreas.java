package org.peercert.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The office's list of postal codes with their county and region (issue #25), which the reports group addresses by. */
@ApplicationScoped
@Transactional
public class PostalAreas {

    @PersistenceContext
    EntityManager em;

    /** Lists a postal code in a county and region, or moves it there. */
    public void put(String postalCode, String county, String region) {
        if (postalCode == null || !postalCode.matches("\\d{5}") || county == null || county.isBlank() || region == null || region.isBlank()) {
            throw new IllegalArgumentException("a postal area is five digits, a county and a region");
        }
        em.createNativeQuery("INSERT INTO postal_area (postal_code, county, region) VALUES (?1, ?2, ?3) "
                        + "ON DUPLICATE KEY UPDATE county = VALUES(county), region = VALUES(region)")
                .setParameter(1, postalCode).setParameter(2, county.strip()).setParameter(3, region.strip()).executeUpdate();
    }
}
