package org.reportschedules.conformance.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The suite's own version, written into every report. */
public final class SuiteVersion {

    private SuiteVersion() {
    }

    public static String get() {
        Properties properties = new Properties();
        try (InputStream in = SuiteVersion.class.getResourceAsStream("/conformance-suite.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
