package org.peercert.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.peercert.report.PostalAreas;

/** Kansas postal codes of the demo's addresses and the state's larger towns, with their county and region, for the reports (#25). */
@ApplicationScoped
class DemoPostalAreas {

    private record Area(String postalCode, String county, String region) {
    }

    private static final List<Area> KANSAS = List.of(
            new Area("66603", "Shawnee", "Northeast"), new Area("66604", "Shawnee", "Northeast"), new Area("66612", "Shawnee", "Northeast"),
            new Area("66044", "Douglas", "Northeast"), new Area("66101", "Wyandotte", "Northeast"), new Area("66202", "Johnson", "Northeast"),
            new Area("66502", "Riley", "North Central"), new Area("67401", "Saline", "North Central"), new Area("66801", "Lyon", "Southeast"),
            new Area("66762", "Crawford", "Southeast"), new Area("67202", "Sedgwick", "South Central"), new Area("67501", "Reno", "South Central"),
            new Area("67601", "Ellis", "Northwest"), new Area("67846", "Finney", "Southwest"), new Area("67801", "Ford", "Southwest"));

    @Inject
    PostalAreas areas;

    void seed() {
        KANSAS.forEach(a -> areas.put(a.postalCode(), a.county(), a.region()));
    }
}
