package org.reportschedules.server;

import java.util.Optional;
import java.util.function.UnaryOperator;

import org.reportschedules.clock.StubClock;
import org.reportschedules.config.Configuration;
import org.reportschedules.config.ConfigurationRefused;
import org.reportschedules.config.Setting;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SigningKeys;
import org.reportschedules.pay.PayPublicKeys;
import org.reportschedules.pay.PaySettings;
import org.reportschedules.seed.Seed;
import org.reportschedules.seed.SeedRefused;
import org.reportschedules.tls.HttpsSettings;
import org.reportschedules.tls.KeystoreFile;

import static org.reportschedules.server.StubOptions.*;

/**
 * The effective configuration read as {@link StubSettings}: every value parsed, files read (keys, keystore), and the
 * checks that involve several settings, each refusal one line naming the setting and its source.
 */
final class StartupSettings {

    private final Configuration configuration;
    private final UnaryOperator<String> environment;

    private StartupSettings(Configuration configuration, UnaryOperator<String> environment) {
        this.configuration = configuration;
        this.environment = environment;
    }

    /** @param environment where the keystore password is read, under the name --tls-keystore-password-env gives */
    static StubSettings of(Configuration configuration, UnaryOperator<String> environment) {
        return new StartupSettings(configuration, environment).settings();
    }

    private StubSettings settings() {
        int port = configuration.value(PORT);
        String host = checkedAsFlag(HOST, () -> ListenHost.checked(configuration.value(HOST)));
        PayPublicKeys payKeys = checkedAsFlag(PAY_PUBLIC_KEY, () -> PayPublicKeys.parse(configuration.texts(PAY_PUBLIC_KEY)));
        PaySettings pay = new PaySettings(configuration.value(SCHEDULE_BY_ID_SHAPE), configuration.value(SCHEDULE_CONFLICT_STATUS),
                configuration.value(PAY_SIGNATURE_MODE), payKeys);
        SigningKeys mwsKeys = checkedAsFlag(MWS_KEY, () -> SigningKeys.parse(configuration.texts(MWS_KEY)));
        MwsSettings mws = new MwsSettings(configuration.value(MWS_SIGNATURE_MODE), mwsKeys, configuration.value(MWS_THROTTLING),
                configuration.value(MWS_REPORT_TYPES));
        ServerLimits limits = new ServerLimits(configuration.value(MAX_BODY_BYTES), ServerLimits.DEFAULT_MAX_HEAD_BYTES,
                configuration.value(IDLE_TIMEOUT), configuration.value(MAX_CONNECTIONS));
        return new StubSettings(host, port, StubClock.system(), pay, mws, configuration.value(ADMIN),
                configuration.value(REPORT_PROCESSING_DELAY), https(port), configuration.optional(DATA_DIR), limits,
                configuration.value(JOURNAL_SIZE), seed());
    }

    /**
     * The seed file, read and checked now: a mistake in it is one line naming the setting and its source, then the
     * file and the place in it.
     */
    private Optional<Seed> seed() {
        try {
            return configuration.optional(SEED).map(Seed::file);
        } catch (SeedRefused e) {
            throw new ConfigurationRefused(configuration.subject(SEED) + " " + e.getMessage());
        }
    }

    /** The HTTPS settings, checked together: each mistake is one line, before anything starts. */
    private Optional<HttpsSettings> https(int port) {
        Optional<Long> httpsPort = configuration.optional(HTTPS_PORT);
        if (httpsPort.isEmpty()) {
            for (Setting<?> needsHttps : new Setting<?>[] {TLS_CERT_OUT, TLS_KEYSTORE}) {
                if (configuration.given(needsHttps).isPresent()) {
                    throw configuration.refused(needsHttps, "needs " + HTTPS_PORT.flag()
                            + ": without it the stub serves no HTTPS and has no certificate");
                }
            }
            return Optional.empty();
        }
        int https = httpsPort.get().intValue();
        if (https != 0 && https == port) {
            throw new ConfigurationRefused(configuration.subject(HTTPS_PORT) + " " + https + " is the plain HTTP port ("
                    + configuration.subject(PORT) + ") too: give each its own port");
        }
        if (configuration.optional(TLS_KEYSTORE).isEmpty()) {
            return Optional.of(HttpsSettings.selfSigned(https));
        }
        String passwordVariable = configuration.value(TLS_KEYSTORE_PASSWORD_ENV);
        String password = environment.apply(passwordVariable);
        if (password == null) {
            throw configuration.refused(TLS_KEYSTORE, configuration.value(TLS_KEYSTORE) + ": the environment variable " + passwordVariable
                    + " (its password) is not set; set it, or name another with " + TLS_KEYSTORE_PASSWORD_ENV.flag());
        }
        return Optional.of(new HttpsSettings(https, Optional.of(checkedAsFlag(TLS_KEYSTORE,
                () -> KeystoreFile.read(configuration.value(TLS_KEYSTORE), password.toCharArray())))));
    }

    /** Runs a check whose refusal names the setting as its flag, and renames it after where the value came from. */
    private <T> T checkedAsFlag(Setting<?> setting, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            throw configuration.refusedAsFlag(setting, e.getMessage());
        }
    }
}
