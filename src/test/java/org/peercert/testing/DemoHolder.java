package org.peercert.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo certificate holder, as the test server seeded it. Its certificate number carries the year the seed ran
 * (R-TRN-3 numbering), so tests read it from the holder's own home page instead of writing the year down.
 */
public final class DemoHolder {

    public static final String EMAIL = "holder@demo.peercert.test";
    private static final Pattern NUMBER = Pattern.compile("/verify/(PS-CPS-\\d{4}-\\d{6})\"");

    private DemoHolder() {
    }

    public static String certificateNumber() {
        PortalClient holder = new PortalClient();
        holder.signIn(EMAIL, DemoUsers.PASSWORD);
        PortalClient.Page home = holder.get("/applicant/index.xhtml");
        Matcher number = NUMBER.matcher(home.body());
        if (home.status() != 200 || !number.find()) {
            throw new AssertionError("The demo holder's home page shows no certificate (status " + home.status() + ")");
        }
        return number.group(1);
    }
}
