package org.peercert.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.peercert.platform.web.ClientAddress;
import java.util.stream.Collectors;

/** The Jakarta Security identity store: accounts in the portal's database, roles as groups. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    SignInService signIn;

    @Inject
    SignInAttempt attempt;

    @Inject
    ClientAddress clientAddress;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInService.Result result = signIn.signIn(login.getCaller(), login.getPasswordAsString(), clientAddress.current().orElse(null));
        attempt.record(result.outcome());
        if (result.outcome() != SignInOutcome.SUCCESS) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = result.account().getRoles().stream().map(Role::name).collect(Collectors.toSet());
        return new CredentialValidationResult(result.account().getEmail(), groups);
    }
}
