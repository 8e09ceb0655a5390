package org.reportschedules.docs;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * The {@code servers} a served contract names instead of Amazon's: the stub's own base URL, as the request for
 * the contract reached it, followed by each original server's path (Amazon Pay's {@code /live} and
 * {@code /sandbox}), so that "try it out" calls this stub. Servers that become the same URL (MWS's regional
 * hosts) become one.
 */
final class StubServers {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Server(String url, String description) {
    }

    private StubServers() {
    }

    /** @param baseUrl scheme, host and port of the stub, without a trailing slash */
    static List<Server> of(JsonNode contractServers, String baseUrl) {
        Map<String, List<String>> descriptionsByPath = new LinkedHashMap<>();
        contractServers.forEach(server -> descriptionsByPath
                .computeIfAbsent(pathOf(server.path("url").asText()), path -> new ArrayList<>())
                .add(server.path("description").asText("")));
        List<Server> servers = new ArrayList<>();
        descriptionsByPath.forEach((path, descriptions) -> {
            boolean onlyOne = descriptions.size() == 1 && !descriptions.get(0).isEmpty();
            servers.add(new Server(baseUrl + path, onlyOne ? "This stub: " + descriptions.get(0) : "This stub"));
        });
        return servers;
    }

    private static String pathOf(String url) {
        String path = URI.create(url).getRawPath();
        return path == null || path.equals("/") ? "" : path;
    }

    static ArrayNode json(List<Server> servers) {
        ArrayNode array = JSON.createArrayNode();
        servers.forEach(server -> array.addObject().put("url", server.url()).put("description", server.description()));
        return array;
    }

    /**
     * The YAML text with its top-level {@code servers:} block replaced and every other byte kept: the block runs
     * from the {@code servers:} line to the next top-level key. Values are written as JSON strings, which YAML
     * reads the same, so a strange Host header cannot change the document's shape.
     */
    static String yaml(String text, List<Server> servers) {
        List<String> lines = text.lines().toList();
        int start = lines.indexOf("servers:");
        if (start < 0) {
            throw new IllegalStateException("The contract has no top-level servers: block");
        }
        int end = start + 1;
        while (end < lines.size() && !isTopLevelKey(lines.get(end))) {
            end++;
        }
        StringBuilder out = new StringBuilder();
        lines.subList(0, start).forEach(line -> out.append(line).append('\n'));
        out.append("servers:\n  # Rewritten by the stub: its own address as this request reached it (the contract names Amazon's).\n");
        servers.forEach(server -> out.append("  - url: ").append(quoted(server.url()))
                .append("\n    description: ").append(quoted(server.description())).append('\n'));
        lines.subList(end, lines.size()).forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    private static boolean isTopLevelKey(String line) {
        return !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '#' && line.charAt(0) != '-';
    }

    private static String quoted(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A string is always JSON", e);
        }
    }
}
