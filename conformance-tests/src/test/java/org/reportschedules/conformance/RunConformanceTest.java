package org.reportschedules.conformance;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The conformance suite: every feature under features/, against the target named in {@link Target}.
 * Glue, plugins and tag filters are set in junit-platform.properties and can be overridden with -D.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
public class RunConformanceTest {
}
