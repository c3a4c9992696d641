package org.songbungraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.FieldVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.SpringAsmInfo;
import org.springframework.shell.command.annotation.Command;

/**
 * The rules that keep the code's shape, checked on every build: a newcomer finds a change's room by the
 * folder names, and no package can reach round to depend on itself.
 */
@AnalyzeClasses(packages = "org.songbungraph", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.songbungraph";

    /** Every package on its own, sub-packages and the application's root package included. */
    @ArchTest
    static final ArchRule noPackageDependsOnAPackageThatDependsBackOnIt = slices().assignedFrom(new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                    return javaClass.getPackageName().startsWith(ROOT)
                            ? SliceIdentifier.of(javaClass.getPackageName())
                            : SliceIdentifier.ignore();
                }

                @Override
                public String getDescription() {
                    return "each package of " + ROOT;
                }
            })
            .should()
            .beFreeOfCycles();

    /** A feature with its sub-packages, as a whole: browser.http belongs to browser. */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    /** A command is its feature's face to the user; another feature uses the feature's services instead. */
    @ArchTest
    static final ArchRule commandClassesAreUsedOnlyInsideTheirFeature =
            classes().that().areAnnotatedWith(Command.class).should(beUsedOnlyInsideTheirOwnFeature());

    /** shell holds what every command shares (tables, exit codes, query files); it knows no feature. */
    @ArchTest
    static final ArchRule shellDependsOnNoFeature = noClasses()
            .that()
            .resideInAPackage(ROOT + ".shell..")
            .should()
            .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "belong to another package of " + ROOT,
                    (JavaClass c) -> c.getPackageName().startsWith(ROOT)
                            && !c.getPackageName().startsWith(ROOT + ".shell")));

    /** Custody, load, export and generate must name a file by the same digest, so one class computes it. */
    @ArchTest
    static final ArchRule onlyTheDigestPackageHashes = noClasses()
            .that()
            .resideOutsideOfPackage(ROOT + ".digest")
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(MessageDigest.class, DigestInputStream.class, DigestOutputStream.class);

    /**
     * Cypher lives in .cypher files with bound $parameters. Only the classes that read or parse those files
     * (the query-file reader and the load-script parsers, whose patterns match Cypher) may hold text that
     * looks like Cypher.
     */
    @ArchTest
    static final ArchRule cypherLivesInQueryFiles = classes()
            .should(holdNoCypherTextExceptIn(
                    Set.of(ROOT + ".shell.QueryFile", ROOT + ".load.BulkPlan", ROOT + ".load.LoadScripts")));

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirOwnFeature() {
        return new ArchCondition<>("be used only by classes of their own feature") {
            @Override
            public void check(JavaClass command, ConditionEvents events) {
                String feature = feature(command);
                for (Dependency d : command.getDirectDependenciesToSelf()) {
                    JavaClass user = d.getOriginClass();
                    if (user.getPackageName().startsWith(ROOT) && !feature(user).equals(feature)) {
                        events.add(SimpleConditionEvent.violated(command, d.getDescription()));
                    }
                }
            }
        };
    }

    /** The first package below the root: the feature a class belongs to. */
    private static String feature(JavaClass c) {
        String rest =
                c.getPackageName().length() > ROOT.length() ? c.getPackageName().substring(ROOT.length() + 1) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    // A Cypher statement starts with a clause and goes on with a pattern, a projection or a procedure. Plain
    // English ("it does not MERGE exactly one node") has no such shape.
    static final Pattern CYPHER = Pattern.compile(
            "(?is)^\\s*(OPTIONAL\\s+MATCH|MATCH|MERGE|CREATE|UNWIND|CALL|WITH|RETURN|SHOW|DROP|LOAD\\s+CSV|DETACH"
                    + "\\s+DELETE|FOREACH)\\b.*(\\(|\\bRETURN\\b|\\bYIELD\\b|\\bINDEX\\b|\\bCONSTRAINT\\b|\\{).*");

    private static ArchCondition<JavaClass> holdNoCypherTextExceptIn(Set<String> readers) {
        return new ArchCondition<>("hold no Cypher text outside .cypher files") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (readers.contains(javaClass.getName())
                        || readers.stream().anyMatch(r -> javaClass.getName().startsWith(r + "$"))) {
                    return;
                }
                for (String text : stringConstants(javaClass)) {
                    if (CYPHER.matcher(text).matches()) {
                        events.add(SimpleConditionEvent.violated(
                                javaClass,
                                javaClass.getName() + " holds Cypher text \"" + text.strip()
                                        + "\"; move it into a file under src/main/resources/queries"));
                    }
                }
            }
        };
    }

    /**
     * The string constants a class's bytecode holds: literals its methods load, constant fields, and the
     * recipes of string concatenations (where a query built from pieces would show).
     */
    static List<String> stringConstants(JavaClass javaClass) {
        List<String> found = new ArrayList<>();
        String resource = javaClass.getName().replace('.', '/') + ".class";
        try (InputStream in = javaClass.reflect().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no class file for " + javaClass.getName());
            }
            new ClassReader(in).accept(new ConstantCollector(found), ClassReader.SKIP_FRAMES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static final class ConstantCollector extends ClassVisitor {

        private final List<String> found;

        ConstantCollector(List<String> found) {
            super(SpringAsmInfo.ASM_VERSION);
            this.found = found;
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            if (value instanceof String s) {
                found.add(s);
            }
            return null;
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String name, String descriptor, String signature, String[] exceptions) {
            return new MethodVisitor(SpringAsmInfo.ASM_VERSION) {
                @Override
                public void visitLdcInsn(Object value) {
                    if (value instanceof String s) {
                        found.add(s);
                    }
                }

                @Override
                public void visitInvokeDynamicInsn(String n, String d, Handle bootstrap, Object... arguments) {
                    for (Object argument : arguments) {
                        if (argument instanceof String s) {
                            found.add(s);
                        }
                    }
                }
            };
        }
    }
}
