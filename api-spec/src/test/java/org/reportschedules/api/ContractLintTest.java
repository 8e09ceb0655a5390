package org.reportschedules.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build's lint (the same command and ruleset as package.json's "lint") fails on a broken contract, naming the
 * rule, and passes the contract as committed: so a green build means the contracts follow redocly.yaml.
 */
class ContractLintTest {

    private static final Path BROKEN = Contracts.MODULE.resolve("target/lint-test");

    @Test
    void theCommittedContractPasses() throws Exception {
        Lint lint = lint(copy("unchanged"));
        assertEquals(0, lint.exitCode(), lint.output());
    }

    @ParameterizedTest(name = "{0} of {1} {2} removed: {3}")
    @CsvSource({
            "responses, /v2/reports, get, The field `responses` must be present on this level",
            "400, /v2/reports/{reportId}, get, operation-4xx-response",
            "summary, /v2/report-schedules, post, operation-summary",
            "requestBody example, /v2/reports, post, rule/request-body-example",
    })
    void aBrokenContractFailsWithTheRulesMessage(String removed, String path, String method, String message) throws Exception {
        ObjectNode contract = (ObjectNode) Contracts.read(Contracts.SOURCES.resolve("amazon-pay-reports.yaml"));
        ObjectNode operation = (ObjectNode) contract.path("paths").path(path).path(method);
        switch (removed) {
            case "responses" -> operation.remove("responses");
            case "summary" -> operation.remove("summary");
            case "requestBody example" -> ((ObjectNode) operation.path("requestBody").path("content").path("application/json")).remove("example");
            default -> ((ObjectNode) operation.path("responses")).retain(List.of("200", "201"));
        }
        Path broken = copy(removed.replace(' ', '-'));
        Contracts.YAML.writeValue(broken.toFile(), contract);

        Lint lint = lint(broken);

        assertNotEquals(0, lint.exitCode(), lint.output());
        assertTrue(lint.output().contains(message), lint.output());
    }

    private static Path copy(String name) throws IOException {
        Files.createDirectories(BROKEN);
        return Files.copy(Contracts.SOURCES.resolve("amazon-pay-reports.yaml"), BROKEN.resolve(name + ".yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private record Lint(int exitCode, String output) {
    }

    /** The linter as the build runs it, with redocly.yaml (found in the module folder), on one file. */
    private static Lint lint(Path contract) throws Exception {
        Process process = new ProcessBuilder(Contracts.MODULE.resolve("node_modules/.bin/redocly").toString(),
                "lint", "--format=stylish", Contracts.MODULE.relativize(contract).toString())
                .directory(Contracts.MODULE.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Lint(process.waitFor(), output);
    }
}
