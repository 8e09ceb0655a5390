package org.reportschedules.embedding;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The shape of this module: a plain API any framework can use, an admin client for any stub, JUnit on top. */
@AnalyzeClasses(packages = {"org.reportschedules.adminclient", "org.reportschedules.embedded", "org.reportschedules.junit"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class EmbeddingArchitectureTest {

    @ArchTest
    static final ArchRule adminClientSpeaksOnlyHttp = classes().that().resideInAPackage("org.reportschedules.adminclient")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson..", "org.reportschedules.adminclient")
            .because("the admin client drives a stub over HTTP, so it works as well against one running elsewhere");

    @ArchTest
    static final ArchRule plainApiNeedsNoJUnit = noClasses().that().resideInAnyPackage("org.reportschedules.embedded", "org.reportschedules.adminclient")
            .should().dependOnClassesThat().resideInAnyPackage("org.junit..", "org.reportschedules.junit..")
            .because("partners on other test frameworks use them, and JUnit is only a provided dependency");
}
