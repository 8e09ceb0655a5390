package org.reportschedules.conformance;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.reportschedules.conformance.profile.ProfileFile;
import org.reportschedules.conformance.profile.TargetProfile;

/**
 * The implementation under test, for the whole run. The runner (or the in-process launcher of the build)
 * sets it with {@link #use}; otherwise it comes from system properties: {@code conformance.profile} (a
 * profile file; default the built-in stub's) and {@code conformance.baseUri} (overrides the profile's base
 * URI for every dialect), or the environment variables CONFORMANCE_PROFILE and CONFORMANCE_BASE_URI.
 */
public final class Target {

    public static final String PROFILE_PROPERTY = "conformance.profile";
    public static final String BASE_URI_PROPERTY = "conformance.baseUri";

    private static TargetProfile profile;

    private Target() {
    }

    /** Judges this target from now on; null goes back to the one the system properties name. */
    public static synchronized void use(TargetProfile target) {
        profile = target;
        TargetClock.forget();
        TargetTrust.apply(target == null ? List.of() : target.trustedCertificates());
    }

    /** The target set with {@link #use}, if any. */
    public static synchronized Optional<TargetProfile> current() {
        return Optional.ofNullable(profile);
    }

    public static synchronized TargetProfile profile() {
        if (profile == null) {
            profile = configured();
            TargetTrust.apply(profile.trustedCertificates());
        }
        return profile;
    }

    /** Whether the run names a target of its own (otherwise the build starts the stub in-process). */
    public static boolean isConfigured() {
        return !setting(BASE_URI_PROPERTY, "CONFORMANCE_BASE_URI").isEmpty() || !setting(PROFILE_PROPERTY, "CONFORMANCE_PROFILE").isEmpty();
    }

    private static TargetProfile configured() {
        String file = setting(PROFILE_PROPERTY, "CONFORMANCE_PROFILE");
        TargetProfile named = file.isEmpty() ? ProfileFile.builtIn() : ProfileFile.read(Path.of(file));
        String baseUri = setting(BASE_URI_PROPERTY, "CONFORMANCE_BASE_URI");
        if (baseUri.isEmpty()) {
            return named;
        }
        return named.at(URI.create(baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri));
    }

    private static String setting(String property, String environment) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null ? "" : value.trim();
    }
}
