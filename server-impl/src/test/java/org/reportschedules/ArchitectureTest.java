package org.reportschedules;

import java.time.Clock;
import java.time.Instant;

import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Singleton;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.reportschedules.domain.ScheduleBook;
import org.reportschedules.store.InMemoryMerchantRepository;
import org.reportschedules.store.MerchantRepository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the stub (docs/ARCHITECTURE.md), checked in every build. A broken rule fails `mvn verify`
 * with ArchUnit's message, which names the offending class and the dependency.
 */
@AnalyzeClasses(packages = "org.reportschedules",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.WithoutGeneratedCode.class})
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {"jakarta.ws.rs..", "org.glassfish..", "com.fasterxml..", "org.slf4j.."};

    /** The interfaces and models generated from the contract live in the api-spec module. */
    static final class WithoutGeneratedCode implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/org/reportschedules/api/");
        }
    }

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("org.reportschedules.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domainDependsOnJavaOnly = classes().that().resideInAPackage("org.reportschedules.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.reportschedules.domain..")
            .because("the domain holds the rules of both dialects and must outlive any framework");

    @ArchTest
    static final ArchRule journalDependsOnJavaOnly = classes().that().resideInAPackage("org.reportschedules.journal")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.reportschedules.journal")
            .because("the request journal is plain values and a ring; what HTTP it sees is journal.http's");

    @ArchTest
    static final ArchRule journalRecordingKnowsNoDialect = noClasses().that().resideInAPackage("org.reportschedules.journal..")
            .should().dependOnClassesThat().resideInAnyPackage("org.reportschedules.pay..", "org.reportschedules.mws..",
                    "org.reportschedules.admin..", "org.reportschedules.documents..", "org.reportschedules.docs..")
            .because("each dialect tells the journal its merchant, operation and refusal through the Dialect interface");

    @ArchTest
    static final ArchRule textDependsOnJavaOnly = classes().that().resideInAPackage("org.reportschedules.text..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.reportschedules.text..")
            .because("how a message echoes a value is shared by every dialect and the command line, so it sees none of them");

    @ArchTest
    static final ArchRule domainAndStoreSeeNoFramework = noClasses()
            .that().resideInAnyPackage("org.reportschedules.domain..", "org.reportschedules.store..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("state and rules are tested, and will be stored, without HTTP, JSON or logging");

    @ArchTest
    static final ArchRule applicationLayersSeeNoHttp = noClasses()
            .that().resideInAnyPackage("org.reportschedules.pay", "org.reportschedules.mws", "org.reportschedules.clock",
                    "org.reportschedules.scheduler", "org.reportschedules.documents")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.glassfish..", "com.fasterxml..",
                    "org.reportschedules.wire..")
            .because("each dialect's rules are unit-tested without HTTP; HTTP lives in its http subpackage");

    @ArchTest
    static final ArchRule docsSeeNoHttpNorDialect = noClasses().that().resideInAPackage("org.reportschedules.docs")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.glassfish..", "org.reportschedules.wire..",
                    "org.reportschedules.pay..", "org.reportschedules.mws..", "org.reportschedules.admin..")
            .because("what the docs serve (contracts, Swagger UI's files) is plain text and bytes; docs.http answers it over HTTP");

    @ArchTest
    static final ArchRule payNeverSeesMws = noClasses().that().resideInAPackage("org.reportschedules.pay..")
            .should().dependOnClassesThat().resideInAnyPackage("org.reportschedules.mws..", "org.reportschedules.api.mws..");

    @ArchTest
    static final ArchRule mwsNeverSeesPay = noClasses().that().resideInAPackage("org.reportschedules.mws..")
            .should().dependOnClassesThat().resideInAnyPackage("org.reportschedules.pay..", "org.reportschedules.api.pay..");

    @ArchTest
    static final ArchRule adminStaysOutOfTheDialects = noClasses().that().resideInAnyPackage("org.reportschedules.pay..", "org.reportschedules.mws..")
            .should().dependOnClassesThat().resideInAPackage("org.reportschedules.admin..")
            .orShould().dependOnClassesThat().resideInAPackage("org.reportschedules.api.admin..");

    @ArchTest
    static final ArchRule documentsKnowNoDialect = noClasses().that().resideInAPackage("org.reportschedules.documents..")
            .should().dependOnClassesThat().resideInAnyPackage("org.reportschedules.pay..", "org.reportschedules.mws..",
                    "org.reportschedules.admin..", "org.reportschedules.api..")
            .because("a document link is served the same whichever dialect issued it");

    @ArchTest
    static final ArchRule nothingDependsOnTheWiring = noClasses().that().resideOutsideOfPackage("org.reportschedules.server..")
            .should().dependOnClassesThat().resideInAPackage("org.reportschedules.server..")
            .because("server wires the parts together; nothing depends on the wiring");

    @ArchTest
    static final ArchRule timeComesFromTheStubClock = noClasses().that().resideOutsideOfPackage("org.reportschedules.clock..")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("every time-dependent rule reads the stub's clock, which tests move instead of sleeping");

    @ArchTest
    static final ArchRule resourcesOnlyTranslate = noClasses().that().haveSimpleNameEndingWith("Resource")
            .should().dependOnClassesThat().belongToAnyOf(ScheduleBook.class, MerchantRepository.class, InMemoryMerchantRepository.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.reportschedules.contract..")
            .because("resources translate HTTP into calls of their dialect's application layer, which holds the rules and the state");

    @ArchTest
    static final ArchRule resourcesAreBuiltOnce = classes().that().haveSimpleNameEndingWith("Resource")
            .and().resideInAPackage("org.reportschedules..")
            .should().beAnnotatedWith(Singleton.class)
            .because("Jersey builds a resource without @Singleton anew for every request, through HK2's injection: "
                    + "an eighth of a GET's time in the profile (docs/BENCHMARKS.md)");

    @ArchTest
    static final ArchRule payResourceCallsOnlyItsApplicationLayer = classes().that().haveSimpleNameEndingWith("Resource")
            .and().resideInAPackage("org.reportschedules.pay.http")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta..", "org.reportschedules.api.pay..",
                    "org.reportschedules.pay..", "org.reportschedules.domain..", "org.reportschedules.wire..");

    @ArchTest
    static final ArchRule mwsResourceCallsOnlyItsApplicationLayer = classes().that().haveSimpleNameEndingWith("Resource")
            .and().resideInAPackage("org.reportschedules.mws.http")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta..", "org.reportschedules.api.mws..",
                    "org.reportschedules.mws..", "org.reportschedules.wire..");

    @ArchTest
    static final ArchRule certificatesStayInTls = noClasses().that().resideOutsideOfPackage("org.reportschedules.tls..")
            .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
            .because("making and reading certificates is the tls package's job; the rest of the stub never sees BouncyCastle");

    @ArchTest
    static final ArchRule tlsSeesOnlyTheJdkAndBouncyCastle = classes().that().resideInAPackage("org.reportschedules.tls..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "org.bouncycastle..", "org.reportschedules.tls..")
            .because("TLS identities know no dialect, no framework and no clock: the wiring hands them the real time");

    @ArchTest
    static final ArchRule onlyTheWiringReadsTheWallClock = noClasses().that().resideOutsideOfPackages("org.reportschedules.server..",
                    "org.reportschedules.clock..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.reportschedules.clock.WallClock")
            .because("every API rule reads the stub's movable clock; real time is for what clients judge by theirs (certificate validity)");

    @ArchTest
    static final ArchRule onlyTheDurableStoreSeesTheDatabase = noClasses().that().resideOutsideOfPackage("org.reportschedules.store.sqlite..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("the rest of the stub works on its records in memory; writing them through to SQLite is store.sqlite's job");

    @ArchTest
    static final ArchRule theDurableStoreKnowsNoDialect = noClasses().that().resideInAPackage("org.reportschedules.store.sqlite..")
            .should().dependOnClassesThat().resideInAnyPackage("org.reportschedules.pay..", "org.reportschedules.mws..",
                    "org.reportschedules.admin..", "org.reportschedules.api..", "org.reportschedules.server..")
            .because("it keeps domain values through the store's ports, whichever dialect made them");

    @ArchTest
    static final ArchRule configurationKnowsNoStubPart = classes().that().resideInAPackage("org.reportschedules.config..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "picocli..", "com.fasterxml.jackson..",
                    "org.reportschedules.config..", "org.reportschedules.text..")
            .because("reading settings from flags, the environment and a file is generic; which settings the stub has is server's");

    @ArchTest
    static final ArchRule onlyTheCommandLineSeesPicocli = noClasses().that().resideOutsideOfPackages("org.reportschedules.config..",
                    "org.reportschedules.server..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("settings reach the rest of the stub as plain values (StubSettings), whatever source gave them");

    @ArchTest
    static final ArchRule theSeedSeesNoHttpNorDialectWire = noClasses().that().resideInAPackage("org.reportschedules.seed..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.glassfish..", "org.reportschedules.wire..",
                    "org.reportschedules.pay.http..", "org.reportschedules.mws.http..", "org.reportschedules.admin..",
                    "org.reportschedules.store.sqlite..", "org.reportschedules.server..")
            .because("a seed is read into domain records with the dialects' own rules, on plain values; serving them is the dialects' job");

    @ArchTest
    static final ArchRule onlyTheWiringLoadsTheSeed = noClasses().that().resideOutsideOfPackages("org.reportschedules.server..",
                    "org.reportschedules.seed..")
            .should().dependOnClassesThat().resideInAPackage("org.reportschedules.seed..")
            .because("the store and the dialects get the seeded records as any others, through the wiring");
}
