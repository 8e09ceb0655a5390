package org.reportschedules.conformance.pay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;

import org.opentest4j.TestAbortedException;
import org.reportschedules.conformance.AdminClient;
import org.reportschedules.conformance.profile.Capability;
import org.reportschedules.conformance.profile.TargetProfile;

/**
 * Merchants whose requests carry real Amazon Pay signatures the target can check. Against a target that takes
 * keys through this project's admin API and any merchant, each scenario registers the run's own key pair under a
 * fresh public key id (isolated, so scenarios may run in parallel); otherwise the scenario acts as a profile
 * merchant with a private key; with neither, it is skipped, saying what is missing.
 */
final class SigningMerchants {

    private static KeyPair runKeys;

    private SigningMerchants() {
    }

    /** A merchant that signs; a key registered here is reported through {@code registered} for deletion. */
    static PayMerchant forScenario(TargetProfile target, java.util.function.Consumer<String> registered) {
        if (target.claims(Capability.KEY_REGISTRATION) && target.claims(Capability.ANY_MERCHANT)) {
            String publicKeyId = PayMerchant.fresh().publicKeyId();
            AdminClient.registerPayPublicKey(publicKeyId, publicPem(runKeys()));
            registered.accept(publicKeyId);
            return new PayMerchant(publicKeyId, Optional.of(runKeys().getPrivate()));
        }
        return target.payMerchants().stream()
                .filter(merchant -> merchant.privateKey().isPresent())
                .findFirst()
                .map(merchant -> new PayMerchant(merchant.publicKeyId(), merchant.privateKey()))
                .orElseThrow(() -> new TestAbortedException("Skipped: no merchant can sign: the target (" + target.name()
                        + ") does not claim key-registration with any-merchant, and its profile gives no Amazon Pay merchant a privateKeyFile"));
    }

    /** A merchant with a real signature under a public key id no target was given. */
    static PayMerchant unknownToTheTarget() {
        return new PayMerchant(PayMerchant.fresh().publicKeyId().replace("LIVE-CONF", "LIVE-CONFUNKNOWN"), Optional.of(runKeys().getPrivate()));
    }

    /** One RSA 2048 key pair per run: generating one per scenario would cost more than the scenario. */
    private static synchronized KeyPair runKeys() {
        if (runKeys == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                runKeys = generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("every JDK generates RSA keys", e);
            }
        }
        return runKeys;
    }

    private static String publicPem(KeyPair keys) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }
}
