package org.reportschedules.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the build puts under openapi/ in the jar: each contract as YAML and JSON at the project version, and its HTML reference. */
class PackagedContractsTest {

    private static final String PROJECT_VERSION = System.getProperty("project.version");

    @ParameterizedTest
    @ValueSource(strings = {"amazon-pay-reports", "mws-reports", "stub-admin"})
    void theContractIsPackagedAtTheProjectVersion(String name) throws IOException {
        JsonNode yaml = Contracts.read(Contracts.BUILT.resolve(name + ".yaml"));
        JsonNode json = new ObjectMapper().readTree(Contracts.BUILT.resolve(name + ".json").toFile());

        assertTrue(PROJECT_VERSION != null && !PROJECT_VERSION.isBlank(), "project.version is handed to the tests");
        assertEquals(PROJECT_VERSION, yaml.path("info").path("version").asText());
        assertEquals(yaml, json, "the JSON is the YAML contract, bundled");
        String html = Files.readString(Contracts.BUILT.resolve("html/" + name + ".html"));
        assertTrue(html.contains(yaml.path("info").path("title").asText()), "the HTML reference is the contract's");
    }

    @ParameterizedTest
    @ValueSource(strings = {"amazon-pay-reports.yaml", "mws-reports.yaml", "stub-admin.yaml", "mws-reports.xsd"})
    void fillingInTheVersionTouchesNothingElse(String file) throws IOException {
        String source = Files.readString(Contracts.SOURCES.resolve(file));
        String built = Files.readString(Contracts.BUILT.resolve(file));

        assertEquals(source.replace("@project.version@", PROJECT_VERSION), built);
        assertTrue(file.endsWith(".xsd") || source.contains("version: \"@project.version@\""), "info.version is the placeholder");
    }

}
