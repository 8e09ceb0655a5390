package org.reportschedules.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportschedules.config.Setting;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SignatureMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's Configuration section and the settings the code declares cannot drift apart. */
class ConfigurationDocsTest {

    /** server-impl's tests run in the module's directory; the README is the repository's. */
    private static final Path README = Path.of("..", "README.md");

    @Test
    void theReadmeTableListsEverySettingWithItsVariableKeyAndDefault() throws Exception {
        List<String> documented = section().stream().filter(line -> line.startsWith("| `--"))
                .map(line -> String.join(" |", List.of(line.split(" \\|")).subList(0, 4)) + " |").toList();
        List<String> declared = StubOptions.ALL.stream().map(ConfigurationDocsTest::row).toList();
        assertEquals(String.join("\n", declared), String.join("\n", documented));
    }

    @Test
    void theReadmeExampleConfigFileIsReadAsItSays(@TempDir Path dir) throws Exception {
        List<String> section = section();
        int start = section.indexOf("```yaml");
        Path file = Files.writeString(dir.resolve("stub.yaml"), String.join("\n", section.subList(start + 1,
                section.subList(start, section.size()).indexOf("```") + start)));
        UnaryOperator<String> noEnvironment = name -> null;
        StubSettings settings = ConfigurationSourcesTest.parse(noEnvironment, "--config", file.toString());
        assertEquals("0.0.0.0", settings.host());
        assertEquals("example-secret", settings.mws().signingKeys().secretFor("AKIDEXAMPLE").orElseThrow());
        assertEquals(SignatureMode.STRICT, settings.mws().signatureMode());
        assertEquals(MwsSettings.Throttling.OFF, settings.mws().throttling());
        assertEquals(200, settings.journalSize());
        assertEquals(dir.resolve("stub-data"), settings.dataDir().orElseThrow(), "next to the file");
    }

    /** The row's first four cells: | `--flag LABEL` | `VARIABLE`[, then `OTHER`] | `key` | default | */
    private static String row(Setting<?> setting) {
        String variables = "`" + setting.environmentVariable() + "`"
                + setting.otherVariables().stream().map(other -> ", then `" + other + "`").reduce("", String::concat);
        return "| `" + setting.flag() + " " + setting.label().replace("|", "\\|") + "` | " + variables + " | `" + setting.name() + "` | "
                + setting.unsetMeans() + " |";
    }

    private static List<String> section() throws Exception {
        List<String> lines = Files.readAllLines(README);
        int start = lines.indexOf("## Configuration");
        assertTrue(start >= 0, "README.md has a '## Configuration' section");
        int end = lines.subList(start, lines.size()).indexOf("## HTTPS") + start;
        return lines.subList(start, end);
    }
}
