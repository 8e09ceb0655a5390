package org.reportschedules.server;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contracts under /openapi and the docs page under /docs, over HTTP (DocsPageBrowserTest opens the page). */
class DocsOverHttpTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static StubServer stub;

    @BeforeAll
    static void start() {
        stub = StubServer.start(StubSettings.onPort(0));
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"amazon-pay-reports", "mws-reports", "stub-admin"})
    void yamlAndJsonAreTheContractWithServersNamingTheStub(String contract) throws Exception {
        JsonNode original = new YAMLMapper().readTree(resource("/openapi/" + contract + ".yaml"));

        HttpResponse<String> yaml = get(stub, "/openapi/" + contract + ".yaml");
        assertEquals(200, yaml.statusCode());
        assertEquals("application/yaml;charset=UTF-8", yaml.headers().firstValue("content-type").orElseThrow());
        JsonNode servedYaml = new YAMLMapper().readTree(yaml.body());
        HttpResponse<String> json = get(stub, "/openapi/" + contract + ".json");
        assertEquals(200, json.statusCode());
        assertEquals("application/json", json.headers().firstValue("content-type").orElseThrow());
        JsonNode servedJson = new ObjectMapper().readTree(json.body());

        assertEquals(withoutServers(original), withoutServers(servedYaml));
        assertEquals(servedYaml, servedJson);
        assertFalse(servedYaml.path("servers").isEmpty());
        servedYaml.path("servers").forEach(server ->
                assertTrue(server.path("url").asText().startsWith(stub.uri().toString()), server.toString()));
        assertEquals(stub.uri().toString(), servedYaml.path("servers").get(0).path("url").asText());
    }

    @Test
    void theYamlKeepsEveryLineOutsideItsServers() throws Exception {
        String original = resource("/openapi/amazon-pay-reports.yaml");
        String served = get(stub, "/openapi/amazon-pay-reports.yaml").body();
        assertEquals(original.substring(0, original.indexOf("servers:")), served.substring(0, served.indexOf("servers:")));
        assertEquals(original.substring(original.indexOf("\ntags:")), served.substring(served.indexOf("\ntags:")));
        assertTrue(served.contains("  - url: \"" + stub.uri() + "/sandbox\"\n"), served);
    }

    @Test
    void theMwsRegionsBecomeOneServer() throws Exception {
        JsonNode servers = new ObjectMapper().readTree(get(stub, "/openapi/mws-reports.json").body()).path("servers");
        assertEquals(1, servers.size(), servers.toString());
    }

    @Test
    void theXmlSchemaIsServedAsItIs() throws Exception {
        HttpResponse<String> xsd = get(stub, "/openapi/mws-reports.xsd");
        assertEquals(200, xsd.statusCode());
        assertEquals("application/xml", xsd.headers().firstValue("content-type").orElseThrow());
        assertEquals(resource("/openapi/mws-reports.xsd"), xsd.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/openapi/nothing.yaml", "/openapi/amazon-pay-reports.txt", "/openapi", "/openapi/", "/docs/nothing.js",
            "/docs/index.html", "/docs/a/b"})
    void unknownNamesAre404WithAPlainLine(String path) throws Exception {
        HttpResponse<String> answer = get(stub, path);
        assertEquals(404, answer.statusCode());
        assertEquals("text/plain;charset=UTF-8", answer.headers().firstValue("content-type").orElseThrow());
        assertTrue(answer.body().startsWith("Nothing is served at " + path + ". "), answer.body());
        assertTrue(answer.body().contains("stub-admin.yaml"), answer.body());
        assertTrue(answer.headers().firstValue("x-stub-request-id").isPresent());
    }

    @Test
    void otherMethodsAre405() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(stub.uri() + "/openapi/mws-reports.yaml"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, answer.statusCode());
        assertEquals("POST is not allowed on /openapi/mws-reports.yaml; the docs and contracts are read with GET.\n", answer.body());
        assertTrue(answer.headers().firstValue("allow").orElseThrow().contains("GET"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs", "/docs/"})
    void thePageLoadsSwaggerUiFromTheStub(String path) throws Exception {
        HttpResponse<String> page = get(stub, path);
        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=UTF-8", page.headers().firstValue("content-type").orElseThrow());
        assertFalse(page.body().contains("//"), "no file from elsewhere: " + page.body());
        assertTrue(page.body().contains("src=\"/docs/swagger-ui-bundle.js\""), page.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "swagger-ui.css", "index.css", "favicon-32x32.png"})
    void swaggerUiFilesComeFromTheWebjar(String file) throws Exception {
        HttpResponse<String> asset = get(stub, "/docs/" + file);
        assertEquals(200, asset.statusCode());
        String type = asset.headers().firstValue("content-type").orElseThrow();
        String expected = file.endsWith(".js") ? "text/javascript" : file.endsWith(".css") ? "text/css" : "image/png";
        assertTrue(type.startsWith(expected), type);
        assertFalse(asset.body().isEmpty());
    }

    @Test
    void theInitializerListsTheContractsAmazonPayFirst() throws Exception {
        String script = get(stub, "/docs/swagger-initializer.js").body();
        assertTrue(script.contains("[{\"name\":\"Amazon Pay v2 Reports\",\"url\":\"/openapi/amazon-pay-reports.yaml\"},"
                + "{\"name\":\"MWS Reports\",\"url\":\"/openapi/mws-reports.yaml\"},"
                + "{\"name\":\"Stub admin\",\"url\":\"/openapi/stub-admin.yaml\"}]"), script);
        assertTrue(script.contains("tryItOutEnabled: true"), script);
    }

    @Test
    void withoutTheAdminApiItsContractIsNeitherServedNorListed() throws Exception {
        try (StubServer noAdmin = StubServer.start(StubSettings.onPort(0).withAdmin(StubSettings.AdminApi.OFF))) {
            for (String file : new String[] {"stub-admin.yaml", "stub-admin.json"}) {
                HttpResponse<String> answer = get(noAdmin, "/openapi/" + file);
                assertEquals(404, answer.statusCode());
                assertTrue(answer.body().endsWith("one of amazon-pay-reports.yaml, amazon-pay-reports.json, mws-reports.yaml, "
                        + "mws-reports.json, mws-reports.xsd.\n"), answer.body());
            }
            assertEquals(200, get(noAdmin, "/openapi/amazon-pay-reports.json").statusCode());
            String script = get(noAdmin, "/docs/swagger-initializer.js").body();
            assertTrue(script.contains("MWS Reports"), script);
            assertFalse(script.contains("stub-admin") || script.contains("Stub admin"), script);
        }
    }

    private static JsonNode withoutServers(JsonNode contract) {
        ObjectNode copy = contract.deepCopy();
        copy.remove("servers");
        return copy;
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = DocsOverHttpTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static HttpResponse<String> get(StubServer server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.uri() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
