package org.reportschedules.server;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The contracts describe the stub's own choices as x-stub-choice extensions, apart from Amazon's behaviour.
 * Each one that names a switch must name a real command-line option, with the same default, accepting every
 * value listed.
 */
class StubChoicesTest {

    @Test
    void everyStubChoiceNamesARealSwitchWithItsDefaultAndValues() throws Exception {
        List<JsonNode> choices = new ArrayList<>();
        for (String file : List.of("amazon-pay-reports.yaml", "mws-reports.yaml")) {
            collectChoices(new YAMLMapper().readTree(getClass().getResourceAsStream("/openapi/" + file)), choices);
        }
        assertFalse(choices.isEmpty());
        for (JsonNode choice : choices) {
            if (!choice.has("switch")) {
                continue;
            }
            String name = choice.get("switch").asText();
            OptionSpec option = StubServerCommand.commandLine().getCommandSpec().findOption(name);
            assertNotNull(option, name + " is named by x-stub-choice but is no option of the stub");
            assertEquals(choice.get("default").asText(), option.defaultValue(), name + " default");
            for (JsonNode value : choice.get("values")) {
                CommandLine commandLine = StubServerCommand.commandLine();
                commandLine.parseArgs(name, value.asText());
                ((StubServerCommand) commandLine.getCommand()).settings();
            }
        }
    }

    private static void collectChoices(JsonNode node, List<JsonNode> choices) {
        if (node.has("x-stub-choice")) {
            choices.add(node.get("x-stub-choice"));
        }
        node.forEach(child -> collectChoices(child, choices));
    }
}
