package org.peercert.agency.api;

import jakarta.enterprise.context.RequestScoped;
import org.peercert.agency.ApiKeys;

/** The agency behind this API request, known once {@link AgencyKeyFilter} has checked its key. */
@RequestScoped
public class AgencyCaller {

    private ApiKeys.Caller caller;

    void knownAs(ApiKeys.Caller caller) {
        this.caller = caller;
    }

    public ApiKeys.Caller get() {
        if (caller == null) {
            throw new IllegalStateException("No agency key was checked for this request: is the resource marked @AgencyKey?");
        }
        return caller;
    }
}
