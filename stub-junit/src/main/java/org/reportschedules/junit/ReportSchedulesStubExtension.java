package org.reportschedules.junit;

import java.lang.reflect.Parameter;
import java.net.URI;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.reportschedules.adminclient.StubAdmin;
import org.reportschedules.embedded.ReportSchedulesStub;
import org.reportschedules.server.StubSettings;

/**
 * Starts a stub per test class, resets it before each test and stops it after the class; see
 * {@link ReportSchedulesStubTest} for the declarative form. The programmatic form, for settings made in code:
 * <pre>
 * &#64;RegisterExtension
 * static ReportSchedulesStubExtension stub = ReportSchedulesStubExtension.withSettings(s -&gt; s.withPay(...));
 * </pre>
 * The stub lives in the class's extension store, not in this object, so classes run in parallel each have their own.
 */
public final class ReportSchedulesStubExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ReportSchedulesStubExtension.class);
    private static final String STUB = "stub";

    /** Empty for the declarative form: the settings are read from the class's annotation. */
    private final Optional<UnaryOperator<StubSettings>> customizer;

    /** Used by {@link ReportSchedulesStubTest}; the settings come from the annotation. */
    public ReportSchedulesStubExtension() {
        this.customizer = Optional.empty();
    }

    private ReportSchedulesStubExtension(UnaryOperator<StubSettings> customizer) {
        this.customizer = Optional.of(customizer);
    }

    /** The defaults on a free port, as the customizer changes them (keys, modes, seed data...). */
    public static ReportSchedulesStubExtension withSettings(UnaryOperator<StubSettings> customizer) {
        return new ReportSchedulesStubExtension(customizer);
    }

    public static ReportSchedulesStubExtension withDefaults() {
        return withSettings(UnaryOperator.identity());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        stubOf(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        stubOf(context).admin().reset();
    }

    /** Stops the stub this class started; a nested class leaves its outer class's stub running. */
    @Override
    public void afterAll(ExtensionContext context) {
        ReportSchedulesStub startedHere = context.getStore(NAMESPACE).remove(STUB, ReportSchedulesStub.class);
        if (startedHere != null) {
            startedHere.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == StubRuntimeInfo.class || type == URI.class || type == StubAdmin.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        ReportSchedulesStub stub = stubOf(extensionContext);
        Parameter parameter = parameterContext.getParameter();
        if (parameter.getType() == URI.class) {
            return stub.baseUri();
        }
        if (parameter.getType() == StubAdmin.class) {
            return stub.admin();
        }
        return StubRuntimeInfo.of(stub);
    }

    /**
     * The stub of the context's class, started when it has none yet: a store lookup also sees the enclosing
     * classes' stores, so a nested class finds its outer class's stub. Started lazily, because a test instance
     * made once per class takes its constructor's parameters before any callback runs.
     */
    private ReportSchedulesStub stubOf(ExtensionContext context) {
        ExtensionContext classContext = classContextOf(context);
        ExtensionContext.Store store = classContext.getStore(NAMESPACE);
        ReportSchedulesStub stub = store.get(STUB, ReportSchedulesStub.class);
        if (stub == null) {
            stub = start(settingsFor(classContext.getRequiredTestClass()));
            store.put(STUB, stub);
        }
        return stub;
    }

    private static ExtensionContext classContextOf(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        return classContext;
    }

    private StubSettings settingsFor(Class<?> testClass) {
        StubSettings settings = customizer.map(change -> change.apply(ReportSchedulesStub.defaultSettings()))
                .orElseGet(() -> AnnotatedSettings.of(annotationOn(testClass), testClass));
        if (settings.admin() == StubSettings.AdminApi.OFF) {
            throw new ExtensionConfigurationException("The stub of " + testClass.getName() + " has its admin API off, but the "
                    + "extension resets the stub through it before each test; keep it on, or start the stub yourself "
                    + "(ReportSchedulesStub.start) to share one without it.");
        }
        return settings;
    }

    private static ReportSchedulesStubTest annotationOn(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            Optional<ReportSchedulesStubTest> found = AnnotationSupport.findAnnotation(type, ReportSchedulesStubTest.class);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new ExtensionConfigurationException(testClass.getName() + " uses ReportSchedulesStubExtension without "
                + "@ReportSchedulesStubTest: annotate the class, or register ReportSchedulesStubExtension.withSettings(...)");
    }

    private static ReportSchedulesStub start(StubSettings settings) {
        try {
            return ReportSchedulesStub.start(settings);
        } catch (RuntimeException e) {
            throw new ExtensionConfigurationException("The stub could not start: " + e.getMessage(), e);
        }
    }
}
