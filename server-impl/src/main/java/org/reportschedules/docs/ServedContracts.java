package org.reportschedules.docs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.reportschedules.contract.ContractFile;

/**
 * The contract files the stub serves under {@value #PATH}: each OpenAPI file as YAML (the file itself but for
 * its servers) and as JSON (converted from it), and the MWS XML Schema as it is. The files are read from the
 * api-spec jar once, at start; only the servers are written per request, since they name the stub as that
 * request reached it.
 */
public final class ServedContracts {

    public static final String PATH = "/openapi";

    /** A contract as the docs page lists it (Swagger UI's {@code urls} entry: its name and where to fetch it). */
    public record Entry(String name, String url) {
    }

    private record Contract(String title, String yaml, JsonNode tree) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XSD = "mws-reports.xsd";

    private final Map<String, Contract> byBaseName = new LinkedHashMap<>();
    private final byte[] xsd;

    private ServedContracts(boolean withAdmin) {
        add("Amazon Pay v2 Reports", "amazon-pay-reports");
        add("MWS Reports", "mws-reports");
        if (withAdmin) {
            add("Stub admin", "stub-admin");
        }
        xsd = read(XSD).getBytes(StandardCharsets.UTF_8);
    }

    /** @param withAdmin whether the stub serves its admin API, and so its contract */
    public static ServedContracts load(boolean withAdmin) {
        return new ServedContracts(withAdmin);
    }

    /** The contract as the stub already read it for its own facts: the same file, read and parsed once. */
    private void add(String title, String baseName) {
        ContractFile file = ContractFile.load(baseName + ".yaml");
        JsonNode tree = file.document();
        if (!tree.path("servers").isArray()) {
            throw new IllegalStateException(baseName + ".yaml has no servers list");
        }
        byBaseName.put(baseName, new Contract(title, file.source(), tree));
    }

    /** The api-spec jar holds the contract files under openapi/. */
    private static String read(String name) {
        return ClasspathText.read("/openapi/" + name);
    }

    /** The OpenAPI contracts, Amazon Pay first, as the docs page offers them (YAML). */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        byBaseName.forEach((baseName, contract) -> entries.add(new Entry(contract.title(), PATH + "/" + baseName + ".yaml")));
        return entries;
    }

    /** Every name served under {@value #PATH}, for a 404 that says what there is. */
    public List<String> fileNames() {
        List<String> names = new ArrayList<>();
        byBaseName.keySet().forEach(baseName -> {
            names.add(baseName + ".yaml");
            names.add(baseName + ".json");
        });
        names.add(XSD);
        return names;
    }

    /**
     * The file of that name, its servers naming the stub.
     *
     * @param baseUrl scheme, host and port the request reached the stub at, without a trailing slash
     */
    public Optional<ServedFile> file(String fileName, String baseUrl) {
        if (fileName.equals(XSD)) {
            return Optional.of(new ServedFile(xsd, "application/xml"));
        }
        int dot = fileName.lastIndexOf('.');
        Contract contract = dot < 0 ? null : byBaseName.get(fileName.substring(0, dot));
        if (contract == null) {
            return Optional.empty();
        }
        List<StubServers.Server> servers = StubServers.of(contract.tree().path("servers"), baseUrl);
        return switch (fileName.substring(dot + 1)) {
            case "yaml" -> Optional.of(new ServedFile(StubServers.yaml(contract.yaml(), servers).getBytes(StandardCharsets.UTF_8),
                    "application/yaml;charset=UTF-8"));
            case "json" -> Optional.of(new ServedFile(json(contract.tree(), servers), "application/json"));
            default -> Optional.empty();
        };
    }

    private static byte[] json(JsonNode tree, List<StubServers.Server> servers) {
        ObjectNode copy = tree.deepCopy();
        copy.set("servers", StubServers.json(servers)); // an existing key keeps its place
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(copy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree read from YAML is always JSON", e);
        }
    }
}
