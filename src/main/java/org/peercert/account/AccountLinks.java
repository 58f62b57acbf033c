package org.peercert.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** An account's one-time links (email confirmation, password reset, invitation): issued, checked, retired. */
@ApplicationScoped
public class AccountLinks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public String issue(UserAccount account, TokenPurpose purpose, Duration validity) {
        String token = AccountTokens.newToken();
        Instant now = clock.instant();
        em.persist(new AccountToken(account, AccountTokens.hash(token), purpose, now, now.plus(validity)));
        return token;
    }

    public AccountToken usable(String token, Set<TokenPurpose> purposes) {
        if (token == null || token.isBlank()) {
            throw new LinkProblem(LinkProblem.Reason.UNKNOWN);
        }
        AccountToken link = em.createQuery("select t from AccountToken t join fetch t.user where t.tokenHash = :hash", AccountToken.class)
                .setParameter("hash", AccountTokens.hash(token.strip()))
                .getResultStream().findFirst()
                .filter(t -> purposes.contains(t.getPurpose()))
                .orElseThrow(() -> new LinkProblem(LinkProblem.Reason.UNKNOWN));
        return switch (link.stateAt(clock.instant())) {
            case VALID -> link;
            case USED -> throw new LinkProblem(LinkProblem.Reason.USED);
            case EXPIRED -> throw new LinkProblem(LinkProblem.Reason.EXPIRED);
        };
    }

    /** A new link, or a new password, makes the account's other open links of the same purpose worthless. */
    public void retireOpen(UserAccount account, TokenPurpose purpose) {
        Instant now = clock.instant();
        em.createQuery("select t from AccountToken t where t.user = :user and t.purpose = :purpose and t.usedAt is null", AccountToken.class)
                .setParameter("user", account).setParameter("purpose", purpose)
                .getResultList().stream()
                .filter(t -> t.stateAt(now) == AccountToken.State.VALID)
                .forEach(t -> t.use(now));
    }
}
