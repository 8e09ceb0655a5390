package org.reportschedules.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Where the module's tests find the contracts: as written (src) and as the build filled and packaged them. */
final class Contracts {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Path MODULE = Path.of(System.getProperty("apiSpec.basedir", "."));
    static final Path SOURCES = MODULE.resolve("src/main/openapi");
    /** The folder Maven packages under openapi/ (filled YAML and XSD, JSON, HTML). */
    static final Path BUILT = MODULE.resolve("target/openapi");
    static final String[] NAMES = {"amazon-pay-reports", "mws-reports", "stub-admin"};

    private Contracts() {
    }

    static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
