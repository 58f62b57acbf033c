package org.peercert.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * The Jakarta Security identity store: accounts in the portal's database, roles as groups. It takes only a sign-in
 * the sign-in pages have checked (the password, then the second step where there is one), so nothing can skip a step.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof PasswordChecked checked)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.findByEmail(checked.email()).filter(account -> account.getStatus() == UserStatus.ACTIVE)
                .map(account -> new CredentialValidationResult(account.getEmail(),
                        account.getRoles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
