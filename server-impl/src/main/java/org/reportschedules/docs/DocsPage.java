package org.reportschedules.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.webjars.WebJarVersionLocator;

/**
 * The page at {@value #PATH}: Swagger UI's files from its webjar (nothing from a CDN), with the stub's own page
 * and initializer in place of the webjar's, listing the contracts the stub serves.
 */
public final class DocsPage {

    public static final String PATH = "/docs";
    public static final String INITIALIZER = "swagger-initializer.js";

    private static final String WEBJAR = "swagger-ui";
    /** One file name of the webjar's folder: no slashes, no "..". */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "js", "text/javascript;charset=UTF-8",
            "css", "text/css;charset=UTF-8",
            "html", "text/html;charset=UTF-8",
            "png", "image/png",
            "txt", "text/plain;charset=UTF-8");

    private final ServedFile page;
    private final ServedFile initializer;
    private final String webjarFolder;
    // Bounded by the webjar's files: only names found there are kept.
    private final Map<String, ServedFile> assets = new ConcurrentHashMap<>();

    public DocsPage(List<ServedContracts.Entry> contracts) {
        page = new ServedFile(ownFile("index.html").getBytes(StandardCharsets.UTF_8), MEDIA_TYPES.get("html"));
        String script = ownFile(INITIALIZER).replace("/*CONTRACTS*/[]", json(contracts));
        initializer = new ServedFile(script.getBytes(StandardCharsets.UTF_8), MEDIA_TYPES.get("js"));
        String version = new WebJarVersionLocator().version(WEBJAR);
        if (version == null) {
            throw new IllegalStateException("The " + WEBJAR + " webjar is not on the classpath");
        }
        webjarFolder = "/" + WebJarVersionLocator.WEBJARS_PATH_PREFIX + "/" + WEBJAR + "/" + version + "/";
    }

    public ServedFile page() {
        return page;
    }

    /** A file of the page: the stub's initializer, or one of Swagger UI's. */
    public Optional<ServedFile> asset(String fileName) {
        if (fileName.equals(INITIALIZER)) {
            return Optional.of(initializer);
        }
        if (!FILE_NAME.matcher(fileName).matches() || fileName.equals("index.html")) {
            return Optional.empty();
        }
        return Optional.ofNullable(assets.computeIfAbsent(fileName, this::webjarFile));
    }

    private ServedFile webjarFile(String fileName) {
        try (InputStream in = DocsPage.class.getResourceAsStream(webjarFolder + fileName)) {
            if (in == null) {
                return null;
            }
            String extension = fileName.substring(fileName.lastIndexOf('.') + 1);
            return new ServedFile(in.readAllBytes(), MEDIA_TYPES.getOrDefault(extension, "application/octet-stream"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + webjarFolder + fileName, e);
        }
    }

    private static String ownFile(String name) {
        return ClasspathText.read("/docs/" + name);
    }

    /** Swagger UI's {@code urls} option; Jackson escapes what a script must not hold as is ("</script>"). */
    private static String json(List<ServedContracts.Entry> contracts) {
        try {
            return new ObjectMapper().writeValueAsString(contracts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Names and urls are always JSON", e);
        }
    }
}
