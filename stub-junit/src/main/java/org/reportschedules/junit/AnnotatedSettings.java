package org.reportschedules.junit;

import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.reportschedules.embedded.ReportSchedulesStub;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SigningKeys;
import org.reportschedules.pay.PayPublicKeys;
import org.reportschedules.pay.PaySettings;
import org.reportschedules.seed.Seed;
import org.reportschedules.server.StubSettings;
import org.reportschedules.tls.HttpsSettings;

/** The settings a {@link ReportSchedulesStubTest} annotation names; a value the stub refuses is reported with its attribute. */
final class AnnotatedSettings {

    private final ReportSchedulesStubTest annotation;
    private final Class<?> testClass;

    private AnnotatedSettings(ReportSchedulesStubTest annotation, Class<?> testClass) {
        this.annotation = annotation;
        this.testClass = testClass;
    }

    /** @throws ExtensionConfigurationException naming the test class, the attribute and why its value is refused */
    static StubSettings of(ReportSchedulesStubTest annotation, Class<?> testClass) {
        return new AnnotatedSettings(annotation, testClass).settings();
    }

    private StubSettings settings() {
        PayPublicKeys payKeys = attribute("payPublicKeys", () -> PayPublicKeys.parse(List.of(annotation.payPublicKeys())));
        PaySettings pay = attribute("scheduleConflictStatus", () -> new PaySettings(annotation.scheduleByIdShape(),
                annotation.scheduleConflictStatus(), annotation.paySignatureMode(), payKeys));
        SigningKeys mwsKeys = attribute("mwsKeys", () -> SigningKeys.parse(List.of(annotation.mwsKeys())));
        StubSettings settings = ReportSchedulesStub.defaultSettings().withPay(pay).withMws(new MwsSettings(
                annotation.mwsSignatureMode(), mwsKeys, annotation.mwsThrottling(), annotation.mwsReportTypes()));
        if (!annotation.reportProcessingDelay().isEmpty()) {
            StubSettings before = settings;
            settings = attribute("reportProcessingDelay",
                    () -> before.withReportProcessingDelay(duration(annotation.reportProcessingDelay())));
        }
        if (!annotation.seed().isEmpty()) {
            StubSettings before = settings;
            settings = attribute("seed", () -> before.withSeed(Seed.classpath(annotation.seed())));
        }
        if (annotation.https()) {
            settings = settings.withHttps(HttpsSettings.selfSigned(0));
        }
        StubSettings annotated = settings;
        return attribute("settings", () -> customizer().apply(annotated));
    }

    private static Duration duration(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected an ISO 8601 duration such as PT5S, not '" + text + "'");
        }
    }

    private UnaryOperator<StubSettings> customizer() {
        Class<? extends UnaryOperator<StubSettings>> type = annotation.settings();
        try {
            return type.getConstructor().newInstance();
        } catch (NoSuchMethodException | IllegalAccessException | InstantiationException e) {
            throw new IllegalArgumentException(type.getName() + " needs to be a public class with a public no-argument constructor");
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(type.getName() + " could not be made: " + e.getCause());
        }
    }

    private <T> T attribute(String name, Supplier<T> value) {
        try {
            return value.get();
        } catch (RuntimeException e) {
            throw new ExtensionConfigurationException("@ReportSchedulesStubTest(" + name + " = ...) on " + testClass.getName()
                    + " is refused: " + e.getMessage(), e);
        }
    }
}
