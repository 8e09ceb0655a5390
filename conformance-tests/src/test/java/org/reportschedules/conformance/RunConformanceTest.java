package org.reportschedules.conformance;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;

/**
 * The conformance suite: every feature under features/, against the target named in {@link Target}.
 * Plugins and tag filters are set in junit-platform.properties and can be overridden with -D.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "org.reportschedules.conformance")
public class RunConformanceTest {
}
