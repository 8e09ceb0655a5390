package org.reportschedules.conformance.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.reportschedules.conformance.Target;
import org.reportschedules.conformance.report.RunVerdict;
import org.reportschedules.conformance.profile.TargetProfile;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

/**
 * One run of the suite against one target, in this JVM, through the JUnit Platform and Cucumber: the same
 * engine the build uses, so a run from the jar and a run from the build judge alike.
 *
 * @param target    the implementation under test
 * @param tags      a Cucumber tag expression selecting scenarios, if any
 * @param reportDir where the reports go
 * @param threads   scenarios run at once; above 1 needs a target that accepts any merchant
 */
public record ConformanceRun(TargetProfile target, Optional<String> tags, Path reportDir, int threads) {

    /** The glue and the features inside the suite's jar. */
    static final String GLUE = "org.reportschedules.conformance";
    static final String FEATURES = "features";

    public RunVerdict execute() {
        Target.use(target);
        String dir = reportDir.toAbsolutePath().toString();
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(FEATURES))
                .filters(includeEngines("cucumber"))
                .configurationParameter("cucumber.glue", GLUE)
                .configurationParameter("cucumber.plugin", "html:" + dir + "/report.html, json:" + dir + "/report.json, "
                        + "org.reportschedules.conformance.report.VerdictPlugin:" + dir)
                .configurationParameter("cucumber.publish.quiet", "true")
                .configurationParameter("cucumber.execution.parallel.enabled", Boolean.toString(threads > 1))
                .configurationParameter("cucumber.execution.parallel.config.strategy", "fixed")
                .configurationParameter("cucumber.execution.parallel.config.fixed.parallelism", Integer.toString(threads))
                .configurationParameter("cucumber.execution.parallel.config.fixed.max-pool-size", Integer.toString(threads))
                // Scenarios that move the target's clock run alone; scenarios that only read the time run beside them,
                // but not MWS ones: a request dated just before a move would reach the target stale (request expiry).
                .configurationParameter("cucumber.execution.exclusive-resources.clock-control.read-write", "target-clock")
                .configurationParameter("cucumber.execution.exclusive-resources.mws.read", "target-clock");
        tags.ifPresent(expression -> request.configurationParameter("cucumber.filter.tags", expression));
        LauncherDiscoveryRequest discovery = request.build();
        // The build's in-process stub listener must not start a stub for a run that names its target.
        LauncherFactory.create(LauncherConfig.builder().enableLauncherSessionListenerAutoRegistration(false).build())
                .execute(discovery);
        RunVerdict verdict = RunVerdict.latest();
        if (verdict == null) {
            throw new IllegalStateException("The run ended without a verdict: no scenario was found under " + FEATURES);
        }
        return verdict;
    }
}
