package org.reportschedules.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

import org.reportschedules.contract.ContractFile;

/**
 * The version the stub was built as (written into a resource by the build, never typed by hand) and the title and
 * info.version of each contract it carries, for GET /__admin/version.
 */
public final class StubVersions {

    private static final String RESOURCE = "/stub-version.properties";

    public record Contract(String file, String title, String version) {
    }

    private final String version;
    private final List<Contract> contracts;

    private StubVersions(String version, List<Contract> contracts) {
        this.version = version;
        this.contracts = List.copyOf(contracts);
    }

    /** Read once at start: a stub without its version resource is a broken build, and says so then. */
    public static StubVersions read() {
        Properties properties = new Properties();
        try (InputStream in = StubVersions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath (made by the server-impl build)");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        List<Contract> contracts = List.of(ContractFile.AMAZON_PAY, ContractFile.MWS, ContractFile.ADMIN).stream()
                .map(file -> new Contract(file, ContractFile.load(file).text("/info/title"), ContractFile.load(file).text("/info/version")))
                .toList();
        return new StubVersions(properties.getProperty("version"), contracts);
    }

    public String version() {
        return version;
    }

    public List<Contract> contracts() {
        return contracts;
    }
}
