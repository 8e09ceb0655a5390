package org.reportschedules.domain;

import java.util.Objects;

/**
 * Whose schedules a request reads and changes: an account within a realm. Realms keep apart what the real
 * services keep apart (Amazon Pay live and sandbox, MWS sellers), so the same account name in two realms
 * names two merchants.
 *
 * @param realm   e.g. {@code pay-live}, {@code pay-sandbox}, {@code mws}
 * @param account the public key id or seller id within the realm
 */
public record MerchantId(String realm, String account) {

    public MerchantId {
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(account, "account");
        if (realm.isBlank() || account.isBlank()) {
            throw new IllegalArgumentException("A merchant needs a realm and an account: " + realm + ":" + account);
        }
    }

    @Override
    public String toString() {
        return realm + ":" + account;
    }
}
