package org.reportschedules.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.extension.ExtendWith;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SignatureMode;
import org.reportschedules.pay.PaySignatureMode;
import org.reportschedules.pay.ScheduleByIdShape;
import org.reportschedules.server.StubSettings;

/**
 * A test class with its own stub: started once on a free port before the class's first test, reset before each
 * test (schedules, reports, ids, keys registered through the admin API, the clock, the request journal), stopped
 * after the class. Nested classes share their outer class's stub. Test methods may take a {@link StubRuntimeInfo},
 * the stub's base {@link java.net.URI} or its {@link org.reportschedules.adminclient.StubAdmin}.
 * Each attribute is the command-line flag of the same name; the defaults are the command line's.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ReportSchedulesStubExtension.class)
public @interface ReportSchedulesStubTest {

    /** --pay-signature-mode. */
    PaySignatureMode paySignatureMode() default PaySignatureMode.VERIFY_KNOWN;

    /** --pay-public-key: PUBLIC_KEY_ID=PEM_FILE, the file's path relative to the working directory. */
    String[] payPublicKeys() default {};

    /** --schedule-conflict-status: 400 or 409. */
    int scheduleConflictStatus() default 400;

    /** --schedule-by-id-shape. */
    ScheduleByIdShape scheduleByIdShape() default ScheduleByIdShape.FLAT;

    /** --mws-signature-mode. */
    SignatureMode mwsSignatureMode() default SignatureMode.VERIFY_KNOWN;

    /** --mws-key: ACCESS_KEY_ID=SECRET. */
    String[] mwsKeys() default {};

    /** --mws-throttling. */
    MwsSettings.Throttling mwsThrottling() default MwsSettings.Throttling.ON;

    /** --mws-report-types. */
    MwsSettings.ReportTypeRule mwsReportTypes() default MwsSettings.ReportTypeRule.STRICT;

    /** --report-processing-delay: an ISO 8601 duration from PT0S up to P90D; empty for the default, PT5S. */
    String reportProcessingDelay() default "";

    /** Also serve HTTPS, on a free port, with a self-signed certificate ({@link StubRuntimeInfo#certificate()}). */
    boolean https() default false;

    /**
     * --seed: a seed file on the test classpath (e.g. {@code seeds/partner.yaml}, JSON or YAML, see the README's "Seed
     * data"); every test starts from it, since the reset before each test returns to it. Empty for none.
     */
    String seed() default "";

    /**
     * Applied last, to the settings the other attributes made: for what has no attribute (a data directory, limits,
     * keys made in code). A public class with a public no-argument constructor.
     */
    Class<? extends UnaryOperator<StubSettings>> settings() default Unchanged.class;

    /** The settings as the attributes made them. */
    final class Unchanged implements UnaryOperator<StubSettings> {
        @Override
        public StubSettings apply(StubSettings settings) {
            return settings;
        }
    }
}
