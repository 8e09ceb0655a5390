package org.reportschedules.conformance.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a target profile (YAML). Values may name environment variables as ${NAME}, so that credentials
 * stay out of the file; a private key file and a trusted certificate file are read relative to the profile's folder. Anything unusable
 * (a missing file, an unknown key or capability, an unreadable key) is a {@link ProfileException}.
 */
public final class ProfileFile {

    private static final Set<String> TOP_LEVEL = Set.of("name", "version", "baseUri", "pay", "mws", "admin",
            "capabilities", "expectedFailures", "tls");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    /** The profile of this project's stub, inside the suite's jar. */
    public static final String BUILT_IN = "/profiles/stub.yaml";

    private final String file;
    private final Path folder;
    private final Function<String, String> environment;

    private ProfileFile(String file, Path folder, Function<String, String> environment) {
        this.file = file;
        this.folder = folder;
        this.environment = environment;
    }

    public static TargetProfile read(Path file) {
        return read(file, System::getenv);
    }

    static TargetProfile read(Path file, Function<String, String> environment) {
        ProfileFile profile = new ProfileFile(file.toString(), file.toAbsolutePath().getParent(), environment);
        if (!Files.isRegularFile(file)) {
            throw profile.fail("no such file");
        }
        try {
            return profile.parse(Files.readString(file));
        } catch (IOException e) {
            throw profile.fail("cannot be read: " + e.getMessage(), e);
        }
    }

    /** The built-in stub's profile (no key files, no environment variables). */
    public static TargetProfile builtIn() {
        ProfileFile profile = new ProfileFile(BUILT_IN, Path.of("."), name -> null);
        try (InputStream in = ProfileFile.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw profile.fail("is not on the classpath");
            }
            return profile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw profile.fail("cannot be read: " + e.getMessage(), e);
        }
    }

    private TargetProfile parse(String yaml) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(yaml);
        } catch (IOException e) {
            throw fail("not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (root == null || !root.isObject()) {
            throw fail("expected a YAML map with name, baseUri, capabilities, ...");
        }
        root.fieldNames().forEachRemaining(key -> {
            if (!TOP_LEVEL.contains(key)) {
                throw fail("unknown key '" + key + "' (known: " + String.join(", ", TOP_LEVEL.stream().sorted().toList()) + ")");
            }
        });
        Optional<URI> base = uri(root, "baseUri");
        URI pay = uri(root.path("pay"), "baseUri").or(() -> base).orElseThrow(() -> fail("no baseUri (or pay.baseUri)"));
        URI mws = uri(root.path("mws"), "baseUri").or(() -> base).orElse(pay);
        URI admin = uri(root.path("admin"), "baseUri").or(() -> base).orElse(pay);
        return new TargetProfile(text(root, "name").orElse(file), text(root, "version").orElse("unknown"),
                pay, mws, admin, merchants(root.path("pay").path("merchants")), mws(root.path("mws")),
                capabilities(root.path("capabilities")), expectedFailures(root.path("expectedFailures")),
                text(root.path("tls"), "trustCertificate").map(this::trustedCertificates).orElse(List.of()));
    }

    private List<X509Certificate> trustedCertificates(String name) {
        try {
            return TrustedCertificates.read(folder.resolve(name));
        } catch (IllegalArgumentException e) {
            throw fail("tls.trustCertificate: " + e.getMessage(), e);
        }
    }

    private List<TargetProfile.PayCredentials> merchants(JsonNode list) {
        List<TargetProfile.PayCredentials> merchants = new ArrayList<>();
        for (JsonNode merchant : list) {
            String id = text(merchant, "publicKeyId").orElseThrow(() -> fail("a pay.merchants entry has no publicKeyId"));
            merchants.add(new TargetProfile.PayCredentials(id, text(merchant, "privateKeyFile").map(this::privateKey)));
        }
        return merchants;
    }

    private TargetProfile.MwsCredentials mws(JsonNode mws) {
        List<String> sellers = new ArrayList<>();
        mws.path("sellerIds").forEach(seller -> sellers.add(resolve(seller.asText())));
        return new TargetProfile.MwsCredentials(text(mws, "accessKeyId").orElse(""), text(mws, "secretKey").orElse(""), sellers);
    }

    private Set<Capability> capabilities(JsonNode list) {
        Set<Capability> claimed = EnumSet.noneOf(Capability.class);
        for (JsonNode label : list) {
            claimed.add(Capability.ofLabel(label.asText()).orElseThrow(() -> fail("unknown capability '" + label.asText()
                    + "' (known: " + String.join(", ", Arrays.stream(Capability.values()).map(Capability::label).toList()) + ")")));
        }
        return claimed;
    }

    private List<TargetProfile.ExpectedFailure> expectedFailures(JsonNode list) {
        List<TargetProfile.ExpectedFailure> expected = new ArrayList<>();
        for (JsonNode entry : list) {
            String scenario = text(entry, "scenario").orElseThrow(() -> fail("an expectedFailures entry has no scenario"));
            String reason = text(entry, "reason").orElseThrow(() -> fail("expected failure '" + scenario + "' gives no reason"));
            expected.add(new TargetProfile.ExpectedFailure(scenario, reason));
        }
        return expected;
    }

    private PrivateKey privateKey(String name) {
        Path keyFile = folder.resolve(name);
        String pem;
        try {
            pem = Files.readString(keyFile);
        } catch (IOException e) {
            throw fail("cannot read private key file " + keyFile + ": " + e.getMessage(), e);
        }
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw fail("private key " + keyFile + " is PKCS#1; convert it with: openssl pkcs8 -topk8 -nocrypt -in OLD.pem -out NEW.pem");
        }
        Matcher body = Pattern.compile("-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----").matcher(pem);
        if (!body.find()) {
            throw fail("private key " + keyFile + " is not a PEM PKCS#8 private key (-----BEGIN PRIVATE KEY-----)");
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(body.group(1));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw fail("private key " + keyFile + " is not a readable RSA key: " + e.getMessage(), e);
        }
    }

    private Optional<URI> uri(JsonNode node, String field) {
        return text(node, field).map(text -> {
            try {
                URI uri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
                if (uri.getScheme() == null || uri.getHost() == null) {
                    throw new IllegalArgumentException("no scheme or host");
                }
                return uri;
            } catch (IllegalArgumentException e) {
                throw fail(field + " '" + text + "' is not an http(s) URL");
            }
        });
    }

    private Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty() : Optional.of(resolve(value.asText()));
    }

    private String resolve(String value) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String variable = environment.apply(m.group(1));
            if (variable == null) {
                throw fail("environment variable " + m.group(1) + " is not set");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(variable));
        }
        return m.appendTail(out).toString();
    }

    private ProfileException fail(String what) {
        return new ProfileException("Profile " + file + ": " + what);
    }

    private ProfileException fail(String what, Throwable cause) {
        return new ProfileException("Profile " + file + ": " + what, cause);
    }

}
