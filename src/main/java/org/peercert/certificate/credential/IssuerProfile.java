package org.peercert.certificate.credential;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The certification office as an Open Badges 3.0 {@code Profile} (#27, #28): the issuer of every credential. Its id is a
 * URL that answers with this profile, so a verifier holding only a credential can look the issuer up.
 *
 * @param id    the URL of the profile itself
 * @param name  the office's name
 * @param url   the portal's home page
 * @param email the office's address, or null
 * @param phone the office's telephone number, or null
 */
public record IssuerProfile(String id, String name, String url, String email, String phone) {

    public IssuerProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
    }

    /** The profile as a credential's {@code issuer}: id, type, name, and the contact details the office has. */
    public Map<String, Object> toJson() {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", id);
        profile.put("type", List.of("Profile"));
        profile.put("name", name);
        profile.put("url", url);
        putIfPresent(profile, "email", email);
        putIfPresent(profile, "phone", phone);
        return profile;
    }

    private static void putIfPresent(Map<String, Object> json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.put(name, value.strip());
        }
    }
}
